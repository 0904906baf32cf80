"""Secrets planted everywhere a real PC has them never leave in any member, in any form; and
the last look at the finished files refuses a bundle that would carry one."""

from __future__ import annotations

import base64
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from invoice_tray import diagnostics, secrets
from invoice_tray.config import Config
from invoice_tray.diagnostics import redaction
from invoice_tray.engine.model import CheckId, CheckResult, CheckStatus, Layer
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import set_language, tr
from invoice_tray.paths import AppPaths
from tests.conftest import MemoryKeyring

TOKEN = "tOk+en/with=odd&chars-令牌"
HELPDESK_TOKEN = "hd-Intake-Token-42"
PROXY_PASSWORD = "Prox y!Pass%word"
PERSON = "zhangweiming"


def every_form(value: str) -> list[str]:
    """Written out here, not taken from the code under test."""
    raw = value.encode()
    out = [
        value,
        quote(value, safe=""),
        quote(value, safe="").lower(),
        json.dumps(value)[1:-1],
        base64.b64encode(raw).decode()[:-4],
        base64.urlsafe_b64encode(raw).decode()[:-4],
    ]
    return [form for form in out if len(form) >= 6]


def planted_sources(paths: AppPaths, home: Path) -> diagnostics.Sources:
    detail = {
        "redirect": f"https://sso.example.cn/cb?token={quote(TOKEN, safe='')}&next=/",
        "cookie": base64.b64encode(f"user:{TOKEN}".encode()).decode(),
        "message": f"服务器拒绝了令牌{TOKEN}。",  # Chinese has no spaces around it
        "header": f"X-Intake: {HELPDESK_TOKEN}",
        "ca_file": str(home / "证书" / "ca.pem"),
    }
    check = CheckResult(CheckId.AUTH, Layer.SERVER, CheckStatus.FAIL, tr("x"), 1.0, detail)
    report = Report.build("https://s", datetime.now(UTC), 1.0, [check])
    config = Config(paths.config_dir / "config.toml").with_values(
        network_proxy=f"http://alice:{quote(PROXY_PASSWORD, safe='')}@proxy.example.cn:3128",
        client_certificate_path=str(home / "signing.pfx"),
    )
    log = [
        f"INFO GET https://s/limits?token={TOKEN}",
        f'DEBUG reply {{"error": "bad token {TOKEN}"}}',
        f"DEBUG Authorization: Bearer {TOKEN}",
        f"WARNING proxy {PROXY_PASSWORD} refused",
        f"INFO home is {home}",
    ]
    return diagnostics.Sources(paths, config, report, log_lines=log)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_planted_secrets_never_leave_in_any_form(
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    set_language(language)
    home = tmp_path / PERSON
    monkeypatch.setattr(Path, "home", lambda: home)
    secrets.set_secret(secrets.SERVER_TOKEN, TOKEN)
    secrets.set_secret(secrets.HELPDESK_TOKEN, HELPDESK_TOKEN)
    monkeypatch.setenv("HTTPS_PROXY", f"http://alice:{quote(PROXY_PASSWORD, safe='')}@p:3128")
    paths = AppPaths.from_environment()
    paths.log_dir.mkdir(parents=True)
    (paths.log_dir / "invoice-tray.log").write_text(
        f"2026-12-01 INFO sent {TOKEN} to {home}\n", encoding="utf-8"
    )
    written = diagnostics.export(planted_sources(paths, home), tmp_path / "out.zip")
    with zipfile.ZipFile(written.path) as bundle:
        members = {name: bundle.read(name).decode() for name in bundle.namelist()}
    for name, text in members.items():
        for secret in (TOKEN, HELPDESK_TOKEN, PROXY_PASSWORD):
            for form in every_form(secret):
                assert form not in text, (name, secret, form)
        assert str(home) not in text and PERSON not in text, name
    report = json.loads(members["report.json"])  # strict: valid JSON in either language
    (auth,) = report["last_check"]["checks"]
    assert re.fullmatch(r"服务器拒绝了令牌\[secret-\d\]。", auth["detail"]["message"])
    assert auth["detail"]["ca_file"] == "~/证书/ca.pem"
    assert "[secret-" in members["report.html"]


def test_a_secret_that_slips_through_stops_the_export(
    memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets.set_secret(secrets.SERVER_TOKEN, TOKEN)
    monkeypatch.setattr(redaction.Redactor, "__call__", lambda self, text: text)  # broken rule
    paths = AppPaths.from_environment()
    with pytest.raises(diagnostics.SecretLeft) as caught:
        diagnostics.export(planted_sources(paths, tmp_path / PERSON), tmp_path / "out.zip")
    assert {leak.what for leak in caught.value.leaks} == {"[secret-1]"}
    assert TOKEN not in str(caught.value.message)  # the message never names the value
    assert "report.json" in str(caught.value.message)
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".*.part")) == []


def test_forms_cover_base64_at_every_offset() -> None:
    value = "base64-secret-value"
    watched = [("[secret-1]", value)]
    for prefix in ("", "a", "ab", "abc"):
        carried = base64.b64encode(prefix.encode() + value.encode() + b"tail")
        leaks = redaction.find_leaks({"m": carried}, watched)
        assert [leak.how for leak in leaks] == ["encoded in base64"], prefix
    assert redaction.find_leaks({"m": b"nothing here"}, watched) == []
