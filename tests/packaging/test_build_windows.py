"""packaging/build_windows.py: what the installers are told to install and remove."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_windows import nsis_file_lists, numeric_version


def test_the_uninstaller_removes_exactly_what_was_installed(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    for name in ("invoice-tray.exe", "_internal/a.dll", "_internal/Qt/plugins/b.dll"):
        (payload / name).parent.mkdir(parents=True, exist_ok=True)
        (payload / name).write_bytes(b"x")
    files, unfiles = nsis_file_lists(payload, tmp_path / "nsis")
    install = files.read_text(encoding="utf-8-sig").splitlines()
    remove = unfiles.read_text(encoding="utf-8-sig").splitlines()
    assert install[0] == 'SetOutPath "$INSTDIR"'
    assert f'File "{payload / "invoice-tray.exe"}"' in install
    assert 'SetOutPath "$INSTDIR\\_internal\\Qt\\plugins"' in install
    assert sorted(line for line in remove if line.startswith("Delete")) == sorted(
        [
            'Delete "$INSTDIR\\invoice-tray.exe"',
            'Delete "$INSTDIR\\_internal\\a.dll"',
            'Delete "$INSTDIR\\_internal\\Qt\\plugins\\b.dll"',
        ]
    )
    # Folders after their files, deepest first, each only if empty: never RMDir /r.
    assert remove[-3:] == [
        'RMDir "$INSTDIR\\_internal\\Qt\\plugins"',
        'RMDir "$INSTDIR\\_internal\\Qt"',
        'RMDir "$INSTDIR\\_internal"',
    ]
    assert not any("/r" in line for line in remove)


def test_a_dollar_in_a_file_name_is_not_read_as_a_variable(tmp_path: Path) -> None:
    (tmp_path / "payload").mkdir()
    (tmp_path / "payload" / "a$b.txt").write_bytes(b"x")
    _, unfiles = nsis_file_lists(tmp_path / "payload", tmp_path / "nsis")
    assert 'Delete "$INSTDIR\\a$$b.txt"' in unfiles.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("version", "parts", "expected"),
    [
        ("0.1.0", 3, "0.1.0"),
        ("0.1.0", 4, "0.1.0.0"),
        ("1.2.3rc1", 3, "1.2.3"),
        ("2.0", 4, "2.0.0.0"),
    ],
)
def test_numeric_version(version: str, parts: int, expected: str) -> None:
    assert numeric_version(version, parts) == expected
