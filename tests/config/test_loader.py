"""The config file: schema defaults, and broken files that never stop the program."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.config.types import InvalidValue
from invoice_tray.i18n import set_language
from invoice_tray.paths import AppPaths


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "absent.toml")
    assert config.problems == ()
    assert config[s.SERVER_TIMEOUT_S] == 10.0
    assert config[s.SERVER_SLOW_MS] == 2000
    assert config[s.POLLING_INTERVAL_S] == 60
    assert config[s.CERT_WARN_DAYS] == 30
    assert config[s.SERVER_URL] == ""


def test_valid_file_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[server]\nurl = "https://invoice.example.cn/api/"\ntimeout_s = 5\n'
        '[network]\nproxy_bypass = ["Invoice.Example.cn"]\n',
    )
    config = load_config(path)
    assert config.problems == ()
    assert config[s.SERVER_URL] == "https://invoice.example.cn/api"
    assert config[s.SERVER_TIMEOUT_S] == 5.0
    assert config[s.NETWORK_PROXY_BYPASS] == ("invoice.example.cn",)


def test_bad_toml_names_the_line_and_keeps_the_file(tmp_path: Path) -> None:
    text = '[server]\nurl = "https://a.cn"\ntimeout_s = = 3\n'
    path = write(tmp_path, text)
    config = load_config(path)
    assert config[s.SERVER_URL] == ""  # nothing half-read
    (problem,) = config.problems
    assert problem.line == 3
    assert "config.toml, line 3" in problem.render()
    assert path.read_text(encoding="utf-8") == text


def test_wrong_type_and_unknown_key_are_reported_with_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[server]\nurl = "https://a.cn"\n\ntimeout_s = "soon"\nsurprise = 1\n'
        "[polling]\ninterval_s = 2\n",
    )
    config = load_config(path)
    by_key = {p.key: p for p in config.problems}
    assert set(by_key) == {"server.timeout_s", "server.surprise", "polling.interval_s"}
    assert by_key["server.timeout_s"].line == 4
    assert by_key["server.surprise"].line == 5
    assert by_key["polling.interval_s"].line == 7
    assert "from 5 to 3600" in by_key["polling.interval_s"].render()
    # The good values still apply; the bad ones keep their defaults.
    assert config[s.SERVER_URL] == "https://a.cn"
    assert config[s.SERVER_TIMEOUT_S] == 10.0
    assert config[s.POLLING_INTERVAL_S] == 60


def test_plain_http_server_is_refused(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[server]\nurl = "http://a.cn"\n'))
    assert config[s.SERVER_URL] == ""
    assert "https://" in config.problems[0].render()


def test_problem_message_follows_the_language(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[server]\nslow_ms = -1\n"))
    set_language("zh_CN")
    rendered = config.problems[0].render()
    assert "第 2 行" in rendered
    assert "默认值" in rendered


def test_unreadable_encoding_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"[server]\nurl = '\xff\xfe'\n")
    config = load_config(path)
    assert len(config.problems) == 1
    assert config[s.SERVER_URL] == ""


def test_with_values_validates() -> None:
    config = load_config(Path("/nonexistent/config.toml"))
    assert config.with_values(server_timeout_s=3)[s.SERVER_TIMEOUT_S] == 3.0
    with pytest.raises(InvalidValue):
        config.with_values(server_timeout_s=0)


def test_locations_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVOICE_TRAY_HOME", str(tmp_path))
    paths = AppPaths.from_environment()
    assert paths.data_dir == tmp_path / "data"
    assert paths.config_file() == tmp_path / "config" / "config.toml"
    monkeypatch.setenv("INVOICE_TRAY_CONFIG", str(tmp_path / "other.toml"))
    assert paths.config_file() == tmp_path / "other.toml"
    assert paths.config_file(tmp_path / "cli.toml") == tmp_path / "cli.toml"


def test_every_setting_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text()
    for setting in s.ALL_SETTINGS:
        assert f"`{setting.key}`" in doc, setting.key


def test_shipped_example_loads_cleanly() -> None:
    example = Path(__file__).resolve().parents[2] / "resources" / "config.example.toml"
    config = load_config(example)
    assert config.problems == ()
    assert config[s.SERVER_URL] == "https://invoice.example.cn/api"
