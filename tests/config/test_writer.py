"""Saving settings: the user's comments survive, bad values and broken files lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.config.types import InvalidValue
from invoice_tray.config.writer import HEADER, ConfigSaveError, save_settings


def test_new_file_holds_only_what_differs_from_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    result = save_settings(
        path,
        {
            s.SERVER_URL: "https://invoice.example.cn/api/",
            s.POLLING_INTERVAL_S: 60,  # the default: not written
            s.POLLING_FAILURE_THRESHOLD: 4,
            s.NETWORK_PROXY_BYPASS: ("invoice.example.cn",),
        },
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {HEADER}")
    assert "interval_s" not in text
    assert result.set_aside is None
    assert result.config.problems == ()
    assert result.config[s.SERVER_URL] == "https://invoice.example.cn/api"
    assert result.config[s.POLLING_FAILURE_THRESHOLD] == 4
    assert result.config[s.NETWORK_PROXY_BYPASS] == ("invoice.example.cn",)
    assert load_config(path).values == result.config.values


def test_comments_and_unrelated_keys_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "# our helpdesk set this up\n"
        "[server]\n"
        'url = "https://old.example.cn"  # the old server\n'
        "timeout_s = 10.0\n"
        "\n"
        "[ui]\n"
        'language = "zh_CN"\n',
        encoding="utf-8",
    )
    save_settings(path, {s.SERVER_URL: "https://new.example.cn", s.SERVER_TIMEOUT_S: 10.0})
    text = path.read_text(encoding="utf-8")
    assert "# our helpdesk set this up" in text
    assert 'url = "https://new.example.cn"' in text
    assert "timeout_s = 10.0" in text  # named by the user: kept though it is the default
    assert 'language = "zh_CN"' in text
    assert load_config(path)[s.SERVER_URL] == "https://new.example.cn"


def test_a_refused_value_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[server]\nurl = "https://kept.example.cn"\n', encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InvalidValue):
        save_settings(path, {s.SERVER_URL: "http://plain.example.cn"})
    with pytest.raises(InvalidValue):
        save_settings(path, {s.POLLING_INTERVAL_S: 1})
    assert path.read_bytes() == before


def test_a_broken_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = '[server\nurl = "https://typo.example.cn"\n'
    path.write_text(broken, encoding="utf-8")
    result = save_settings(path, {s.SERVER_URL: "https://fixed.example.cn"})
    assert result.set_aside is not None
    assert result.set_aside.read_text(encoding="utf-8") == broken
    assert result.set_aside.name.startswith("config.toml.broken-")
    assert result.config.problems == ()
    assert result.config[s.SERVER_URL] == "https://fixed.example.cn"


def test_an_unwritable_place_says_so_and_leaves_nothing_behind(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    with pytest.raises(ConfigSaveError) as caught:
        save_settings(blocker / "config.toml", {s.SERVER_URL: "https://x.example.cn"})
    assert "nothing was changed" in str(caught.value.message)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_unset_removes_a_key_so_an_undo_restores_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    original = '[server]\nurl = "https://kept.example.cn"\n'
    path.write_text(original, encoding="utf-8")
    save_settings(path, {s.NETWORK_PROXY_BYPASS: ("invoice.example.cn",)})
    assert load_config(path)[s.NETWORK_PROXY_BYPASS] == ("invoice.example.cn",)
    save_settings(path, {}, unset=[s.NETWORK_PROXY_BYPASS])
    assert load_config(path)[s.NETWORK_PROXY_BYPASS] == ()
    assert "proxy_bypass" not in path.read_text(encoding="utf-8")
