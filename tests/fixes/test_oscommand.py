"""OS commands: argument lists, the elevation wrappers per system, refusals, and real runs."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from invoice_tray.fixes import network_reset, validate
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import StepStatus
from invoice_tray.fixes.oscommand import (
    WINDOWS_REFUSAL_MARK,
    CommandResult,
    SystemCommands,
    elevated_argv,
    is_refusal,
    neutral_locale,
)
from invoice_tray.fixes.runner import FixRunner
from tests.fixes.fakes import context


def test_linux_asks_polkit() -> None:
    assert elevated_argv("linux", ["ipconfig", "/renew"]) == ["pkexec", "ipconfig", "/renew"]


def test_macos_quotes_the_command_for_the_administrator_prompt() -> None:
    argv = elevated_argv("darwin", ["networksetup", "-setproxybypassdomains", 'Wi "Fi"', "a b"])
    assert argv[:2] == ["osascript", "-e"]
    assert argv[2] == (
        "do shell script \"networksetup -setproxybypassdomains 'Wi \\\"Fi\\\"' 'a b'\" "
        "with administrator privileges"
    )


def test_windows_uses_uac_through_start_process() -> None:
    argv = elevated_argv("win32", ["netsh", "winsock", "reset", "it's"])
    assert argv[:4] == ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command"]
    assert (
        "Start-Process -FilePath 'netsh' -ArgumentList @('winsock', 'reset', 'it''s')" in (argv[4])
    )
    assert "-Verb RunAs -Wait -PassThru" in argv[4]
    assert argv[4].endswith("exit $p.ExitCode")
    # A refusal is told by ERROR_CANCELLED, not by the (translated) words of the message.
    assert "NativeErrorCode -eq 1223" in argv[4]
    assert f"Write('{WINDOWS_REFUSAL_MARK}'); exit 1223" in argv[4]
    assert "canceled" not in argv[4].lower()


@pytest.mark.parametrize(
    ("platform", "result", "refused"),
    [
        ("linux", CommandResult(126, ""), True),
        ("linux", CommandResult(1, "failed"), False),
        ("darwin", CommandResult(1, "execution error: User canceled. (-128)"), True),
        ("darwin", CommandResult(1, "执行错误：用户已取消。 (-128)\n"), True),
        ("darwin", CommandResult(1, "error -1280 (-1280)"), False),
        ("win32", CommandResult(1223, WINDOWS_REFUSAL_MARK), True),
        # Chinese Windows says it in Chinese; the code is what counts.
        ("win32", CommandResult(1, "操作已被用户取消。"), False),
        ("win32", CommandResult(1, "The operation was canceled by the user."), False),
        ("win32", CommandResult(1223, "netsh: 1223"), False),  # the program's own exit code
        ("win32", CommandResult(1, "Access denied"), False),
    ],
)
def test_refusals_are_told_from_failures(
    platform: str, result: CommandResult, refused: bool
) -> None:
    assert is_refusal(platform, result) is refused


def test_real_commands_run_without_a_shell() -> None:
    commands = SystemCommands("linux")
    done = commands.run([sys.executable, "-c", "import sys; print('out'); sys.exit(3)"])
    assert (done.code, done.output.strip()) == (3, "out")
    literal = commands.run([sys.executable, "-c", "import sys; print(sys.argv[1])", "$(id); *"])
    assert literal.output.strip() == "$(id); *"  # no shell ever saw it
    assert commands.run(["no-such-program-here"]).code == 127


def test_slow_commands_are_stopped_and_gbk_output_is_read() -> None:
    commands = SystemCommands("linux")
    slow = commands.run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.5)
    assert slow.code == 124 and "stopped after" in slow.output
    gbk = commands.run(
        [sys.executable, "-c", "import sys; sys.stdout.buffer.write('已完成'.encode('gbk'))"]
    )
    assert gbk.output == "已完成"


def test_commands_whose_output_is_read_speak_the_neutral_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    monkeypatch.setenv("LANGUAGE", "zh_CN:en")
    monkeypatch.delenv("LC_CTYPE", raising=False)
    done = SystemCommands("linux").run(["env"])  # prints the environment it was given
    seen = dict(line.split("=", 1) for line in done.output.splitlines() if "=" in line)
    assert "LC_ALL" not in seen and "LANGUAGE" not in seen
    assert (seen["LC_MESSAGES"], seen["LC_CTYPE"]) == ("C", "zh_CN.UTF-8")


def test_the_neutral_locale_keeps_a_character_set_already_chosen() -> None:
    env = neutral_locale({"LC_ALL": "zh_CN.GB18030", "LC_CTYPE": "zh_CN.UTF-8", "PATH": "/bin"})
    assert env == {"LC_CTYPE": "zh_CN.UTF-8", "LC_MESSAGES": "C", "PATH": "/bin"}


@pytest.mark.parametrize(
    "bad", ["", "a b.cn", "evil.cn;rm", "-rf", "x" * 64 + ".cn", "a..b", "*.example.cn"]
)
def test_bad_host_names_are_refused(bad: str) -> None:
    with pytest.raises(validate.UnsafeValue):
        validate.host_name(bad)


def test_good_host_names_are_normalised() -> None:
    assert validate.host_name("Invoice.Example.CN.") == "invoice.example.cn"
    assert validate.host_name("发票.中国") == "xn--oors88f.xn--fiqs8s"
    assert validate.host_name("::1") == "::1"


@pytest.mark.parametrize("bad", ["", "-x", "a\nb", "tab\there"])
def test_names_reported_by_the_os_are_checked(bad: str) -> None:
    with pytest.raises(validate.UnsafeValue):
        validate.reported_name(bad)


def test_stopping_between_steps_leaves_the_rest_undone(tmp_path: Path) -> None:
    ctx = context(tmp_path, "win32", programs=["ipconfig", "netsh"])
    cancel = threading.Event()

    def progress(index: int, step: object, outcome: object) -> None:
        if outcome is not None and index == 1:
            cancel.set()  # the user pressed "Stop after this step" during step 2

    result = FixRunner(ctx, Journal(tmp_path / "j.sqlite3")).run(
        network_reset.plan(ctx), progress=progress, cancel=cancel
    )
    assert result.status == "cancelled"
    assert [o.status for o in result.outcomes] == [
        StepStatus.DONE, StepStatus.DONE, *[StepStatus.CANCELLED] * 4,
    ]  # fmt: skip
