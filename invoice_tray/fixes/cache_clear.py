"""Cache clear: empty invoice-tray's own cache and the invoicing client's cache folders (from
``fixes.cache_folders``), and on Windows the WinINet temporary files.

Files are moved into a dated quarantine folder under the data folder, never deleted, so an
undo puts them back. Before anything moves, every file is checked: a read-only file stops the
step with a clear message; a file that cannot be moved (locked) puts back what already moved.
Folders holding invoice-tray's config, history or drafts are refused outright.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from invoice_tray.config import schema as s
from invoice_tray.engine.model import FixId
from invoice_tray.fixes import FIX_TITLES
from invoice_tray.fixes.model import Backup, FixContext, Plan, Step, StepFailed
from invoice_tray.fixes.steps import CommandStep
from invoice_tray.i18n import Text, tr

QUARANTINE = "quarantine"
Mover = Callable[[str, str], object]


def quarantine_root(ctx: FixContext) -> Path:
    return ctx.paths.data_dir / QUARANTINE


def protected_folders(ctx: FixContext) -> list[Path]:
    return [ctx.paths.config_dir, ctx.paths.data_dir, ctx.paths.log_dir, ctx.config_path.parent]


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))


def protection_problem(ctx: FixContext, folder: Path) -> Text | None:
    target = _resolved(folder)
    if target == Path(target.anchor) or target == _resolved(Path.home()):
        return tr("{folder} is too broad to be a cache folder", folder=str(folder))
    own_cache = _resolved(ctx.paths.cache_dir)
    # On Windows the app's cache sits inside its data folder: that one is meant to be cleared.
    inside_own_cache = target == own_cache or own_cache in target.parents
    for kept in protected_folders(ctx):
        kept = _resolved(kept)
        if target == kept or target in kept.parents:
            return tr(
                "{folder} holds invoice-tray's own settings or data and is never cleared",
                folder=str(folder),
            )
        if kept in target.parents and not inside_own_cache:
            return tr(
                "{folder} holds invoice-tray's own settings or data and is never cleared",
                folder=str(folder),
            )
    return None


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class QuarantineFolder(Step):
    kind = "quarantine"

    def __init__(self, folder: Path, label: Text, move: Mover = shutil.move) -> None:
        self.folder = folder
        self.label = label
        self.id = f"quarantine:{folder}"
        self.move = move

    def title(self) -> Text:
        return self.label

    def actions(self, ctx: FixContext) -> list[str]:
        return []  # files moved by this program: no command to show

    def unavailable(self, ctx: FixContext) -> Text | None:
        problem = protection_problem(ctx, self.folder)
        if problem is not None:
            return problem
        if not self.folder.is_dir():
            return tr("{folder} does not exist", folder=str(self.folder))
        if not any(self.folder.iterdir()):
            return tr("{folder} is already empty", folder=str(self.folder))
        return None

    def backup(self, ctx: FixContext) -> Backup:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        root = quarantine_root(ctx) / stamp
        index = 1
        while (root / str(index)).exists():
            index += 1
        return {"folder": str(self.folder), "quarantine": str(root / str(index)), "moved": []}

    def run(self, ctx: FixContext, backup: Backup) -> str:
        entries = sorted(self.folder.iterdir())
        files, size = _preflight(entries)
        target = Path(backup["quarantine"])
        target.mkdir(parents=True, exist_ok=True)
        moved: list[str] = backup["moved"]  # kept in the backup: the undo reads it
        try:
            for entry in entries:
                self.move(str(entry), str(target / entry.name))
                moved.append(entry.name)
        except OSError as exc:
            _move_back(self.folder, target, moved, self.move)
            moved.clear()
            raise StepFailed(
                tr(
                    "{path} is in use (locked) and cannot be moved; nothing was changed. "
                    "Close the invoicing software and try again.",
                    path=getattr(exc, "filename", None) or str(entry),
                ),
                str(exc),
            ) from exc
        return f"moved {files} files ({human_size(size)}) from {self.folder} to {target}"

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        folder, target = Path(backup["folder"]), Path(backup["quarantine"])
        names = [str(name) for name in backup["moved"]]
        clashes = [name for name in names if (folder / name).exists()]
        if clashes:
            raise StepFailed(
                tr(
                    "{folder} has new files with the same names ({names}); move them away "
                    "and undo again",
                    folder=str(folder),
                    names=", ".join(clashes[:5]),
                )
            )
        folder.mkdir(parents=True, exist_ok=True)
        _move_back(folder, target, names, shutil.move)
        return f"restored {len(names)} entries to {folder}"


def _walk(entries: list[Path]) -> Iterator[Path]:
    for entry in entries:
        yield entry
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(sorted(entry.iterdir()))


def _preflight(entries: list[Path]) -> tuple[int, int]:
    """Count and size the files, refusing before anything moves if one is read-only."""
    files = size = 0
    for path in _walk(entries):
        info = path.lstat()
        if not stat.S_ISLNK(info.st_mode) and not info.st_mode & stat.S_IWUSR:
            raise StepFailed(
                tr(
                    "{path} is read-only, so it was left alone and nothing was changed. "
                    "Remove its read-only attribute, or remove it by hand, and try again.",
                    path=str(path),
                )
            )
        if stat.S_ISREG(info.st_mode):
            files += 1
            size += info.st_size
    return files, size


def _move_back(folder: Path, target: Path, names: list[str], move: Mover) -> None:
    for name in reversed(names):
        move(str(target / name), str(folder / name))
    with contextlib.suppress(OSError):  # left behind if not empty: nothing is lost
        target.rmdir()


def cache_folders(ctx: FixContext) -> list[Path]:
    folders = []
    for raw in ctx.config()[s.FIX_CACHE_FOLDERS]:
        folders.append(Path(os.path.expandvars(raw)).expanduser())
    return folders


def plan(ctx: FixContext, move: Mover = shutil.move) -> Plan:
    steps: list[Step] = [
        QuarantineFolder(ctx.paths.cache_dir, tr("Empty this program's own cache"), move)
    ]
    for folder in cache_folders(ctx):
        label = tr("Empty the cache folder {folder}", folder=str(folder))
        steps.append(QuarantineFolder(folder, label, move))
    if ctx.platform == "win32":
        steps.append(
            CommandStep(
                "wininet-cache",
                tr("Delete Windows' temporary Internet files (cannot be undone)"),
                ["RunDll32.exe", "InetCpl.cpl,ClearMyTracksByProcess", "8"],
            )
        )
    return Plan(
        FixId.CACHE_CLEAR,
        FIX_TITLES[FixId.CACHE_CLEAR],
        tr(
            "Old cached files (certificates, server answers, pages) can make the invoicing "
            "software use outdated information. The files are moved to a quarantine folder, "
            "not deleted, so this can be undone. Drafts, settings and history are never touched."
        ),
        steps,
    )
