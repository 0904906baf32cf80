"""Cache clear on real folders: moved to quarantine and back, read-only and locked files stop
it cleanly, and invoice-tray's own data is never touched."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from invoice_tray.fixes import cache_clear
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import FixContext
from invoice_tray.fixes.runner import FixRunner
from tests.fixes.fakes import context


def fill(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def setup(tmp_path: Path) -> tuple[FixContext, Path, Journal]:
    ctx = context(tmp_path, "linux")
    client = tmp_path / "InvoiceClient" / "Cache"
    ctx.config_path.write_text(
        '[server]\nurl = "https://invoice.example.cn"\n'
        f'[fixes]\ncache_folders = ["{client.as_posix()}"]\n',
        encoding="utf-8",
    )
    fill(ctx.paths.cache_dir, {"trust/ca.bin": b"x" * 1000, "answers.json": b"{}"})
    fill(client, {"发票/模板.xml": b"<a/>" * 500, "session.dat": b"s" * 2048})
    fill(ctx.paths.data_dir, {"history.sqlite3": b"keep me"})
    return ctx, client, Journal(tmp_path / "journal.sqlite3")


def test_caches_go_to_quarantine_and_come_back_on_undo(
    setup: tuple[FixContext, Path, Journal],
) -> None:
    ctx, client, journal = setup
    own_before, client_before = snapshot(ctx.paths.cache_dir), snapshot(client)
    config_before = ctx.config_path.read_bytes()
    result = FixRunner(ctx, journal).run(cache_clear.plan(ctx))
    assert result.status == "done", result.problem
    assert [o.status.value for o in result.outcomes] == ["done", "done"]
    assert "moved 2 files (1002 B)" in result.outcomes[0].output
    assert "moved 2 files (4.0 KB)" in result.outcomes[1].output
    assert list(ctx.paths.cache_dir.iterdir()) == []
    assert list(client.iterdir()) == []
    quarantined = list((ctx.paths.data_dir / "quarantine").iterdir())
    assert len(quarantined) == 1  # one dated folder for the run
    assert (ctx.paths.data_dir / "history.sqlite3").read_bytes() == b"keep me"
    assert ctx.config_path.read_bytes() == config_before

    undone = FixRunner(ctx, journal).undo(result.run_id)
    assert undone.ok
    assert snapshot(ctx.paths.cache_dir) == own_before
    assert snapshot(client) == client_before


def test_a_read_only_file_stops_it_and_nothing_is_half_done(
    setup: tuple[FixContext, Path, Journal],
) -> None:
    ctx, client, journal = setup
    own_before, client_before = snapshot(ctx.paths.cache_dir), snapshot(client)
    locked = client / "session.dat"
    locked.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        result = FixRunner(ctx, journal).run(cache_clear.plan(ctx))
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert result.status == "failed"
    assert "session.dat is read-only" in str(result.problem)
    assert result.rolled_back == [f"quarantine:{ctx.paths.cache_dir}"]
    assert snapshot(ctx.paths.cache_dir) == own_before
    assert snapshot(client) == client_before


def test_a_locked_file_puts_back_what_already_moved(
    setup: tuple[FixContext, Path, Journal],
) -> None:
    """Windows refuses to move a file another program has open; here a mover stands in for
    that refusal (Linux does not lock files)."""
    ctx, client, journal = setup
    client_before = snapshot(client)

    def move(source: str, target: str) -> object:
        if source.endswith("session.dat"):
            raise PermissionError(13, "The process cannot access the file", source)
        return shutil.move(source, target)

    result = FixRunner(ctx, journal).run(cache_clear.plan(ctx, move=move))
    assert result.status == "failed"
    assert "is in use (locked)" in str(result.problem)
    assert "session.dat" in str(result.problem)
    assert snapshot(client) == client_before  # "发票" had moved already: it is back


@pytest.mark.parametrize("which", ["data", "config", "home"])
def test_folders_with_our_own_data_are_refused(tmp_path: Path, which: str) -> None:
    ctx = context(tmp_path, "linux")
    folder = {
        "data": ctx.paths.data_dir,
        "config": ctx.paths.config_dir.parent,  # contains the config folder
        "home": Path.home(),
    }[which]
    problem = cache_clear.protection_problem(ctx, folder)
    assert problem is not None
    assert ("too broad" if which == "home" else "never cleared") in str(problem)
    assert cache_clear.protection_problem(ctx, ctx.paths.cache_dir) is None
    assert cache_clear.protection_problem(ctx, ctx.paths.data_dir / "Cache") is not None


def test_missing_and_empty_folders_are_skipped_with_a_reason(tmp_path: Path) -> None:
    ctx = context(tmp_path, "linux")
    result = FixRunner(ctx, Journal(tmp_path / "j.sqlite3")).run(cache_clear.plan(ctx))
    assert result.status == "done"
    message = result.outcomes[0].message
    assert result.outcomes[0].status.value == "unavailable" and message is not None
    assert "does not exist" in str(message)


def test_windows_adds_the_wininet_temporary_files(tmp_path: Path) -> None:
    ctx = context(tmp_path, "win32", programs=["RunDll32.exe"])
    plan = cache_clear.plan(ctx)
    last = plan.to_json(ctx)["steps"][-1]
    assert last["actions"] == ["RunDll32.exe InetCpl.cpl,ClearMyTracksByProcess 8"]
    assert last["undoable"] is False
