"""``[[endpoints]]``: read with the same rules as every setting, each problem with its line."""

from __future__ import annotations

from pathlib import Path

from invoice_tray.config import load_config
from invoice_tray.config.endpoints import EndpointSpec
from invoice_tray.config.policy import read_policy
from invoice_tray.engine.kinds import EndpointKind, Expectation
from invoice_tray.engine.settings import CheckSettings

TWO = """
[server]
url = "https://invoice.example.cn/api"

[[endpoints]]
name = "电子税务局"
url = "https://etax.example.cn:8443"
critical = false
expect_status = [200, "300-399", 401]
expect_text = "登录"

[[endpoints]]
name = "开票服务器"
url = "https://invoice.example.cn/api"
kind = "invoice-server"
"""


def test_endpoints_are_read_and_the_invoice_server_goes_first(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(TWO, encoding="utf-8")
    config = load_config(path)
    assert config.problems == ()
    etax, _invoice = config.endpoints
    assert etax == EndpointSpec(
        "电子税务局",
        "https://etax.example.cn:8443",
        EndpointKind.HTTPS,
        critical=False,
        expect=Expectation(((200, 200), (300, 399), (401, 401)), "登录"),
    )
    assert [e.name for e in config.endpoints_in_order()] == ["开票服务器", "电子税务局"]
    settings = CheckSettings.from_config(config, token="t")
    assert [(e.name, e.kind, e.token) for e in settings.endpoints] == [
        ("开票服务器", EndpointKind.INVOICE_SERVER, "t"),
        ("电子税务局", EndpointKind.HTTPS, None),  # the invoice server's token stays with it
    ]
    assert settings.server_url == "https://invoice.example.cn/api"


def test_without_endpoints_the_server_section_is_the_one_endpoint(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[server]\nurl = "https://invoice.example.cn"\n', encoding="utf-8")
    settings = CheckSettings.from_config(load_config(path))
    assert settings.endpoints == (settings,)
    assert (settings.name, settings.kind) == ("", EndpointKind.INVOICE_SERVER)


def test_problems_name_the_entry_field_and_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        """[[endpoints]]
name = "a"
url = "http://plain.example.cn"

[[endpoints]]
name = "b"
url = "https://b.example.cn"
expect_status = [200, 999]

[[endpoints]]
name = "c"
url = "https://c.example.cn"
kind = "ftp"
critical = "yes"
colour = "red"

[[endpoints]]
name = "d"
url = "https://d.example.cn"

[[endpoints]]
name = "d"
url = "https://d2.example.cn"
""",
        encoding="utf-8",
    )
    config = load_config(path)
    found = {(p.key, p.line) for p in config.problems}
    assert ("endpoints[1].url", 3) in found
    assert ("endpoints[2].expect_status", 8) in found
    assert ("endpoints[3].kind", 13) in found
    assert ("endpoints[3].critical", 14) in found
    assert ("endpoints[3].colour", 15) in found
    assert ("endpoints[5].name", 22) in found  # the name is used twice
    # None is checked otherwise than written: only the first "d" is left.
    assert [e.url for e in config.endpoints] == ["https://d.example.cn"]
    messages = {p.key: str(p.message) for p in config.problems}
    assert messages["endpoints[2].expect_status"] == "999 is not a status code or a range of them"


def test_the_policy_can_lock_the_endpoints(tmp_path: Path) -> None:
    policy_path = tmp_path / "policy.toml"
    policy_path.write_text(
        '[[locked.endpoints]]\nname = "电子税务局"\nurl = "https://etax.example.cn"\n',
        encoding="utf-8",
    )
    user = tmp_path / "config.toml"
    user.write_text('[[endpoints]]\nurl = "https://mine.example.cn"\n', encoding="utf-8")
    config = load_config(user, read_policy(policy_path))
    assert [e.url for e in config.endpoints] == ["https://etax.example.cn"]
    assert "endpoints" in config.locked


def test_the_server_section_stays_the_invoice_server_beside_other_services(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[server]\nurl = "https://invoice.example.cn"\n\n'
        '[[endpoints]]\nname = "电子税务局"\nurl = "https://etax.example.cn"\n',
        encoding="utf-8",
    )
    settings = CheckSettings.from_config(load_config(path), token="t")
    assert [(e.name, e.server_url, e.kind) for e in settings.endpoints] == [
        ("Invoice server", "https://invoice.example.cn", EndpointKind.INVOICE_SERVER),
        ("电子税务局", "https://etax.example.cn", EndpointKind.HTTPS),
    ]
    assert settings.token == "t"
