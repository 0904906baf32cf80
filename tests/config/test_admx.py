"""The Group Policy templates: made from the settings schema, in step with packaging/policy/,
well-formed, every string they name present in both languages, and what Group Policy writes
from them is what the policy reader reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from invoice_tray.config import admx
from invoice_tray.config import schema as s
from invoice_tray.config.policy import MemoryPolicyRegistry, RegistryValue, read_policy

ROOT = Path(__file__).resolve().parents[2]
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def test_the_committed_templates_are_made_from_the_schema() -> None:
    for name, text in admx.templates().items():
        committed = (ROOT / "packaging" / "policy" / name).read_bytes()
        assert committed == text.replace("\n", "\r\n").encode("utf-8"), (
            f"{name}: run python3 scripts/dev.py policy-templates"
        )


def test_every_string_and_presentation_named_is_there_in_both_languages() -> None:
    definitions = admx.admx()
    wanted = set(re.findall(r"\$\(string\.([^)]+)\)", definitions))
    presentations = set(re.findall(r"\$\(presentation\.([^)]+)\)", definitions))
    ET.fromstring(definitions)
    for culture in admx.LANGUAGES:
        resources = ET.fromstring(admx.adml(culture))
        strings = {e.get("id") for e in resources.iterfind(".//p:string", NS)}
        shown = {e.get("id") for e in resources.iterfind(".//p:presentation", NS)}
        assert wanted <= strings, (culture, wanted - strings)
        assert presentations <= shown, (culture, presentations - shown)
    chinese = admx.adml("zh-CN")
    assert "开票服务器地址" in chinese and "锁定（用户不能更改）" in chinese


def test_what_group_policy_writes_is_what_the_app_reads(tmp_path: Path) -> None:
    """Each locked policy set as Group Policy stores it (decimal: a DWORD, text: a string,
    multi-line text: a list, a choice: its string) reads back as that setting's value."""
    samples: dict[str, tuple[RegistryValue, object]] = {
        s.SERVER_URL.key: ("https://invoice.company.cn/api", "https://invoice.company.cn/api"),
        s.SERVER_TIMEOUT_S.key: ("7.5", 7.5),
        s.POLLING_INTERVAL_S.key: (120, 120),
        s.NETWORK_PROXY_BYPASS.key: (["a.company.cn", ".b.company.cn"],
                                     ("a.company.cn", ".b.company.cn")),
        s.UI_LANGUAGE.key: ("zh_CN", "zh_CN"),
        s.NETWORK_PROXY.key: ("http://proxy.company.cn:8080", "http://proxy.company.cn:8080"),
    }  # fmt: skip
    root = ET.fromstring(admx.admx())
    written: dict[str, dict[str, RegistryValue]] = {}
    for policy in root.iterfind(".//p:policy", NS):
        name = policy.get("name", "")
        if not name.startswith("Locked_"):
            continue
        element = next(iter(policy.find("p:elements", NS) or []))
        setting_key = f"{policy.get('key', '').rsplit(chr(92), 1)[1]}.{element.get('valueName')}"
        assert setting_key in s.BY_KEY
        if setting_key in samples:
            written.setdefault(policy.get("key", ""), {})[element.get("valueName", "")] = samples[
                setting_key
            ][0]
    found = read_policy(tmp_path / "none.toml", MemoryPolicyRegistry(written))
    assert found.problems == ()
    assert dict(found.locked) == {key: value for key, (_raw, value) in samples.items()}
    assert len(root.findall(".//p:policy", NS)) == 2 * len(s.ALL_SETTINGS)
