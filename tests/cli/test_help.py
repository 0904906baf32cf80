"""The command line speaks the user's language from its first line of help to its errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.i18n.test_chinese import foreign_words

COMMANDS = [[], ["check"], ["fix"], ["drafts"], ["drafts", "import"], ["secrets"], ["config"],
            ["diagnostics"], ["simulate"]]  # fmt: skip


def run(tmp_path: Path, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INVOICE_TRAY_HOME": str(tmp_path), "LANG": lang}
    return subprocess.run([sys.executable, "-m", "invoice_tray", *args],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip


def described(help_text: str) -> list[str]:
    """The words of the help, without what is typed: the usage block, option and command
    names, choices and metavars."""
    _usage, _, rest = help_text.partition("\n\n")
    words = []
    for line in rest.splitlines():
        text = re.split(r"\s{2,}", line.strip())[-1]
        if not text or text.startswith(("-", "{")) or text.isupper() or " " not in text.strip():
            continue
        words.append(re.sub(r"--[\w-]+", " ", text))
    return words


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "invoice-tray")
def test_help_in_chinese(tmp_path: Path, command: list[str]) -> None:
    result = run(tmp_path, "--lang", "zh_CN", *command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("用法：invoice-tray")
    assert "选项：\n" in result.stdout
    leftovers = {w for text in described(result.stdout) for w in foreign_words(text)}
    assert leftovers <= {"server-token", "client-cert-password", "proxy-password"}


def test_the_language_follows_the_system_and_the_errors_too(tmp_path: Path) -> None:
    result = run(tmp_path, "fix", "bogus", lang="zh_CN.UTF-8")
    assert result.returncode == 2
    assert "错误：参数 name：无效的选择：'bogus'" in result.stderr
    english = run(tmp_path, "--help")
    assert english.stdout.startswith("usage: invoice-tray") and "options:" in english.stdout
