"""The IT department's policy: presets a user may change, locks nothing the user does can
escape (the Settings window, their file, a command-line option, an environment variable),
from a file or the Windows registry Group Policy writes; a broken policy never stops the app."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from invoice_tray import preferences
from invoice_tray.cli import main
from invoice_tray.config import SettingLocked, load_config, policy
from invoice_tray.config import schema as s
from invoice_tray.config.policy import REGISTRY_KEY, MemoryPolicyRegistry, read_policy
from invoice_tray.preferences import Changes, Rejected
from invoice_tray.system.autostart import XdgAutostart

LOCKED_URL = "https://invoice.company.cn/api"


@pytest.fixture
def machine_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "policy.toml"
    path.parent.mkdir()
    path.write_text(
        f'[locked.server]\nurl = "{LOCKED_URL}"\n\n[defaults.polling]\ninterval_s = 120\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(policy, "policy_file", lambda: path)
    return path


def user_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_lock_wins_over_the_users_file_and_a_preset_does_not(
    machine_policy: Path, tmp_path: Path
) -> None:
    path = user_file(
        tmp_path, '[server]\nurl = "https://elsewhere.example.cn"\n[ui]\nlanguage = "en"\n'
    )
    config = load_config(path)
    assert config[s.SERVER_URL] == LOCKED_URL
    assert config[s.POLLING_INTERVAL_S] == 120  # preset
    assert config.locked == {s.SERVER_URL.key}
    assert config.preset == {s.POLLING_INTERVAL_S.key}
    assert config.problems == ()
    overridden = load_config(user_file(tmp_path, "[polling]\ninterval_s = 30\n"))
    assert overridden[s.POLLING_INTERVAL_S] == 30  # a preset is only where one starts
    assert overridden.preset == frozenset()


def test_no_option_or_variable_escapes_a_lock(
    machine_policy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(user_file(tmp_path, ""))
    with pytest.raises(SettingLocked):
        config.with_values(server_url="https://elsewhere.example.cn")
    # Another settings file, another home folder: the policy stays where it is.
    other = user_file(tmp_path, '[server]\nurl = "https://elsewhere.example.cn"\n')
    monkeypatch.setenv("INVOICE_TRAY_CONFIG", str(other))
    monkeypatch.setenv("INVOICE_TRAY_HOME", str(tmp_path / "elsewhere"))
    assert policy.policy_file() == machine_policy
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["check", "--server", "https://elsewhere.example.cn", "--json"])
    assert code == 3  # unknown: refused, not checked elsewhere
    # The demo checks only its own server, for one run, and saves nothing: allowed.
    assert config.for_demo(server_url="https://127.0.0.1:8443")[s.SERVER_URL].endswith("8443")


def test_the_settings_window_cannot_save_a_locked_setting(
    machine_policy: Path, tmp_path: Path, memory_keyring: object
) -> None:
    path = tmp_path / "config.toml"
    with pytest.raises(Rejected) as refused:
        preferences.save(
            path, Changes({s.SERVER_URL: "https://elsewhere.example.cn"}), XdgAutostart(tmp_path)
        )
    assert {k: str(v) for k, v in refused.value.problems.items()} == {
        s.SERVER_URL.key: "set by your IT department"
    }
    assert not path.exists()


def test_config_says_what_the_policy_sets(
    machine_policy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVOICE_TRAY_HOME", str(tmp_path / "home"))
    out = io.StringIO()
    with redirect_stdout(out):
        main(["config"])
    shown = out.getvalue()
    assert f"Policy of the IT department: {machine_policy}" in shown
    assert f'server.url = "{LOCKED_URL}"  (locked by the IT department)' in shown
    assert "polling.interval_s = 120  (preset by the IT department)" in shown


def test_group_policy_in_the_registry_wins_over_the_file(machine_policy: Path) -> None:
    registry = MemoryPolicyRegistry(
        {
            f"{REGISTRY_KEY}\\Locked\\server": {"url": "https://gpo.company.cn/api"},
            f"{REGISTRY_KEY}\\Locked\\network": {"proxy_bypass": ["gpo.company.cn"]},
            f"{REGISTRY_KEY}\\Defaults\\polling": {"interval_s": 300, "retry_s": "30"},
            f"{REGISTRY_KEY}\\Locked\\polling": {"failure_threshold": 99},  # out of range
        }
    )
    found = read_policy(machine_policy, registry)
    assert found.locked == {
        "server.url": "https://gpo.company.cn/api",
        "network.proxy_bypass": ("gpo.company.cn",),
    }
    assert found.defaults == {"polling.interval_s": 300, "polling.retry_s": 30}
    (problem,) = found.problems
    assert problem.key == "polling.failure_threshold"
    assert "must be a whole number from 1 to 10" in str(problem.message)


def test_a_broken_policy_is_told_and_stops_nothing(machine_policy: Path, tmp_path: Path) -> None:
    machine_policy.write_text("[locked.server\nurl = ", encoding="utf-8")
    config = load_config(user_file(tmp_path, '[server]\nurl = "https://mine.example.cn"\n'))
    assert config[s.SERVER_URL] == "https://mine.example.cn"
    assert config.locked == frozenset()
    (problem,) = config.problems
    assert problem.path == machine_policy and problem.line == 1
    machine_policy.write_text('[locked.server]\nurl = "http://plain"\n[other]\n', encoding="utf-8")
    broken = load_config(user_file(tmp_path, ""))
    assert [p.key for p in broken.problems] == ["server.url", "other"]


def test_the_example_the_deb_ships_is_a_valid_policy() -> None:
    example = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "policy.example.toml"
    read = read_policy(example, MemoryPolicyRegistry())
    assert read.problems == ()
    assert read.locked == {s.SERVER_URL.key: "https://invoice.example.cn/api"}
    assert read.defaults == {s.POLLING_INTERVAL_S.key: 120}
