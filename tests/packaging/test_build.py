"""packaging/build.py: one version, and the sums a helpdesk checks a download against."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import invoice_tray

import build


def test_the_version_is_the_packages() -> None:
    assert build.version() == invoice_tray.__version__


def test_every_artifact_is_in_the_sums_with_its_sha256(dist: Path) -> None:
    lines = (dist / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ", 1)
        listed[name] = digest
    assert f"invoice-tray_{invoice_tray.__version__}_amd64.deb" in listed
    for name, digest in listed.items():
        assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == digest, name
    # Installers around the placeholder are for testing here, never published.
    assert not any(name.startswith("placeholder/") for name in listed)


def test_sums_name_files_relative_to_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "DIST", tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.msi").write_bytes(b"msi")
    (tmp_path / "a.deb").write_bytes(b"deb")
    sums = build.write_sums([tmp_path / "sub" / "b.msi", tmp_path / "a.deb"])
    assert sums.read_text(encoding="utf-8") == (
        f"{hashlib.sha256(b'deb').hexdigest()}  a.deb\n"
        f"{hashlib.sha256(b'msi').hexdigest()}  sub/b.msi\n"
    )
