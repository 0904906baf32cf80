"""Chinese first: what an accountant reads in Chinese holds no English words, command lines,
settings keys, MIME types or library messages. Latin letters are allowed only for the names
below (products, protocols, units) and for addresses, which are written as they are."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoice_tray.engine.monitor import Monitor, MonitorPolicy
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import Text, set_language, zh_CN
from invoice_tray.simulator.scenarios import SCENARIOS
from invoice_tray.simulator.server import Simulator
from tests.conftest import settings_for

PACKAGE = Path(__file__).resolve().parents[2] / "invoice_tray"
TS = PACKAGE / "translations" / "invoice_tray_zh_CN.ts"
ALLOWED = {
    # products and platforms
    "Windows", "macOS", "Linux", "GNOME", "KDE", "KWallet", "WinHTTP", "Excel", "WPS", "Wi-Fi",
    "QQ", "Prometheus", "Nagios",
    # protocols and units a helpdesk reads
    "DNS", "HTTP", "HTTPS", "TLS", "OCSP", "IP", "TCP", "DHCP", "CSV", "JSON", "UTF-8", "ms", "MB",
    "KB",
}  # fmt: skip
# The product's Chinese name stands first; the English one may follow it in brackets.
PRODUCT = re.compile(r"开票连接助手（invoice-tray）")
# Written as they are: addresses, host names, file name patterns, placeholders.
VERBATIM = re.compile(
    r"(https?|file)://[^\s，。；：）)“”\"]*"
    r"|\b[\w-]+(\.[\w-]+)+(:\d+)?\b"  # host.example.cn, 127.0.0.1:8443
    r"|\*?\.(pem|crt|cer|pfx|p12|json|csv|zip)\b"  # *.pem, .crt
    r"|\{\w+\}|%\d"  # {placeholders}, %1
)
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9'_-]*")
# Messages an accountant never reads: what a terminal prints (the command line, the
# simulator's console, the self-test), where commands are what a helpdesk types, and the
# Group Policy templates, which speak to a domain administrator in settings keys.
TERMINAL_ONLY = ("cli/", "simulator/", "selftest.py", "config/admx.py")


def foreign_words(text: str) -> set[str]:
    text = VERBATIM.sub(" ", PRODUCT.sub(" ", text))
    return {word for word in LATIN.findall(text) if word not in ALLOWED}


def gui_messages() -> Iterator[tuple[str, str]]:
    """Every engine message that can reach a window or a notice, with its translation."""
    where: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        module = str(path.relative_to(PACKAGE))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    where.setdefault(first.value, set()).add(module)
    for msgid, modules in where.items():
        if not all(m.startswith(TERMINAL_ONLY) for m in modules):
            yield msgid, zh_CN.MESSAGES.get(msgid, "")


def test_the_engine_messages_speak_chinese() -> None:
    leftovers = {
        msgid: sorted(words)
        for msgid, translation in gui_messages()
        if (words := foreign_words(translation))
    }
    assert leftovers == {}


def test_the_windows_speak_chinese() -> None:
    leftovers = {}
    for message in ET.parse(TS).iter("message"):
        words = foreign_words(message.findtext("translation") or "")
        if words:
            leftovers[message.findtext("source")] = sorted(words)
    assert leftovers == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "请运行 invoice-tray secrets set server-token",
            {"invoice-tray", "secrets", "set", "server-token"},
        ),
        ("收到的不是开票服务器的响应（text/html）", {"text", "html"}),
        ("无法连接代理：All connection attempts failed", {"All", "connection", "attempts"}),
        ("请检查 server.url", set()),  # a key looks like a host name: the next test finds it
        ("开票连接助手（invoice-tray）：设置", set()),
        ("经代理服务器 http://10.0.0.8:3128 连接 invoice.example.cn，用时 12 ms", set()),
    ],
)
def test_what_counts_as_a_foreign_word(text: str, words: set[str]) -> None:
    assert foreign_words(text) - {"failed"} == words


SETTINGS_KEY = re.compile(
    r"\b(server|polling|network|certificates|client_certificate|ui|fixes)\.\w+"
)


def test_no_settings_keys_in_what_the_tray_shows() -> None:
    keys = {msgid for msgid, translation in gui_messages() if SETTINGS_KEY.search(translation)}
    assert keys == set()


def certificate_names(report: Report) -> list[str]:
    found = []
    for check in report.checks:
        certificate = check.detail.get("certificate")
        if isinstance(certificate, dict):
            found += [
                str(certificate.get(k, "")) for k in ("issuer", "subject") if k in certificate
            ]
    return [name for name in found if name]


def shown_texts(report: Report) -> Iterator[Text]:
    """What the tray, its notices and the details window show of a report."""
    verdict = report.verdict
    yield verdict.title
    yield verdict.next_step
    for finding in (verdict.cause, *verdict.also):
        if finding is not None:
            yield finding.summary
            if finding.plain is not None:
                yield finding.plain
    for check in report.checks:
        yield check.summary
    monitor = Monitor(MonitorPolicy(failure_threshold=1))
    for notice in monitor.observe(report, 1.0, 1.0):
        yield notice.title
        yield notice.message


def test_every_scenario_reads_in_chinese(simulator: Simulator) -> None:
    """Run as the tray runs them, read as a Chinese accountant reads them: library messages
    and English fragments that arrive as parameters are caught here."""
    set_language("zh_CN")
    leftovers: dict[str, set[str]] = {}
    try:
        for name in SCENARIOS:
            simulator.set_scenario(name)
            report = run_check_sync(settings_for(simulator, timeout_s=3.0))
            names = certificate_names(report)  # data, written as it is
            for text in shown_texts(report):
                shown = str(text)
                for data in names:
                    shown = shown.replace(data, "")
                words = foreign_words(shown)
                if words:
                    leftovers.setdefault(f"{name}: {text.msgid}", set()).update(words)
    finally:
        simulator.set_scenario("healthy")
    assert leftovers == {}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_notice_says_each_thing_once(simulator: Simulator, language: str) -> None:
    """The headline is not repeated in the message, and no sentence comes twice (an expired
    certificate once said "the certificate has expired" three times)."""
    set_language(language)
    try:
        for name in ("cert-expired", "captive-portal", "down", "auth-failed", "maintenance"):
            simulator.set_scenario(name)
            report = run_check_sync(settings_for(simulator, timeout_s=3.0))
            (notice,) = Monitor(MonitorPolicy(failure_threshold=1)).observe(report, 1.0, 1.0)
            title, message = str(notice.title), str(notice.message)
            assert title not in message, name
            sentences = [s for s in re.split(r"[。.；;]\s*", message) if s]
            assert len(sentences) == len(set(sentences)), (name, message)
            assert message.count("可能是" if language == "zh_CN" else "may be") <= 1, name
    finally:
        simulator.set_scenario("healthy")
