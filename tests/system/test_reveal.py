"""Showing a file in its folder: the path is checked before any program sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoice_tray.system import reveal


def test_each_system_selects_the_file(tmp_path: Path) -> None:
    path = tmp_path / "诊断, 副本.zip"
    path.write_bytes(b"PK")
    assert reveal.command(path, "win32") == ["explorer.exe", f"/select,{path}"]
    assert reveal.command(path, "darwin") == ["/usr/bin/open", "-R", str(path)]
    linux = reveal.command(path, "linux")
    if linux is not None:  # where dbus-send is installed
        (item,) = [arg for arg in linux if arg.startswith("array:string:")]
        assert "," not in item.removeprefix("array:string:")  # one item, not two


@pytest.mark.parametrize("name", ["missing.zip", "a\nb.zip"])
def test_odd_or_missing_paths_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(reveal.UnsafePath):
        reveal.command(tmp_path / name, "win32")
    assert reveal.reveal(tmp_path / name, "win32") is False


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(reveal.UnsafePath):
        reveal.command(Path("report.zip"), "darwin")
