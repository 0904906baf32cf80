"""Group Policy templates (ADMX, with ADML in English and Chinese) made from the settings
schema, so a domain administrator can preset or lock any setting, and what Group Policy writes
is what :mod:`invoice_tray.config.policy` reads: one policy per setting under *Locked* and one
under *Defaults*, at ``HKLM\\Software\\Policies\\invoice-tray\\{Locked,Defaults}\\<section>``.

``python3 scripts/dev.py policy-templates`` writes them into ``packaging/policy/``; a test
keeps those files in step with the schema.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from invoice_tray.config import schema as s
from invoice_tray.config.policy import REGISTRY_KEY, Scope
from invoice_tray.config.schema import Setting
from invoice_tray.config.types import Choice, HostList, Integer, PathList
from invoice_tray.i18n import Text, tr

NAMESPACE = "InvoiceTray.Policies"
LANGUAGES = {"en-US": "en", "zh-CN": "zh_CN"}
KINDS = {  # the registry's subkeys (policy.Scope) and their category names
    Scope.LOCKED.subkey: tr("Locked (users cannot change these)"),
    Scope.DEFAULTS.subkey: tr("Defaults (users may change these)"),
}
TITLES: dict[str, Text] = {
    s.SERVER_URL.key: tr("Invoice server address"),
    s.SERVER_CA_FILE.key: tr("Extra root certificates (file)"),
    s.SERVER_TIMEOUT_S.key: tr("Give up a check after (seconds)"),
    s.SERVER_SLOW_MS.key: tr("Warn when the server answers slower than (milliseconds)"),
    s.POLLING_INTERVAL_S.key: tr("Check every (seconds)"),
    s.POLLING_RETRY_S.key: tr("After a failure, check again after (seconds)"),
    s.POLLING_FAILURE_THRESHOLD.key: tr("Failed checks in a row before red"),
    s.POLLING_RECOVERY_THRESHOLD.key: tr("Good checks in a row before a change back"),
    s.POLLING_BACKOFF_CAP_S.key: tr("While red, check at least every (seconds)"),
    s.REMINDER_MINUTES.key: tr("While red, remind every (minutes)"),
    s.CERT_WARN_DAYS.key: tr("Warn before a certificate expires (days)"),
    s.CLIENT_CERT_PATH.key: tr("Signing certificate (file)"),
    s.NETWORK_PROXY.key: tr("Proxy server: system, none, or an address"),
    s.NETWORK_PROXY_USER.key: tr("Proxy user name (for the system's or a script's proxy)"),
    s.NETWORK_PROXY_BYPASS.key: tr("Reached without the proxy server (one name a line)"),
    s.UI_LANGUAGE.key: tr("Language: auto, en or zh_CN"),
    s.FIX_CACHE_FOLDERS.key: tr("Cache folders the cache-clear fix empties (one a line)"),
    s.HELPDESK_NAME.key: tr("Helpdesk: name"),
    s.HELPDESK_PHONE.key: tr("Helpdesk: telephone"),
    s.HELPDESK_EMAIL.key: tr("Helpdesk: e-mail"),
    s.HELPDESK_HOURS.key: tr("Helpdesk: opening hours"),
    s.HELPDESK_URL.key: tr("Helpdesk: web page"),
    s.HELPDESK_UPLOAD_URL.key: tr("Helpdesk: intake address for diagnostics"),
    s.METRICS_TEXTFILE.key: tr("Metrics file for node_exporter or windows_exporter (.prom)"),
}


def policy_name(kind: str, setting: Setting[object]) -> str:
    return f"{kind}_{setting.key.replace('.', '_')}"


def _element(setting: Setting[object]) -> str:
    element_id = setting.key.replace(".", "_")
    kind = setting.type
    if isinstance(kind, Integer):
        return (
            f'<decimal id="{element_id}" valueName="{setting.name}" '
            f'minValue="{kind.minimum}" maxValue="{kind.maximum}" required="true" />'
        )
    if isinstance(kind, Choice):
        items = "".join(
            f'<item displayName="$(string.{element_id}_{c})"><value><string>{c}</string>'
            "</value></item>"
            for c in kind.choices
        )
        return f'<enum id="{element_id}" valueName="{setting.name}" required="true">{items}</enum>'
    if isinstance(kind, HostList | PathList):
        return f'<multiText id="{element_id}" valueName="{setting.name}" />'
    # Text, addresses, paths, and numbers with decimals (Float: read from text, as a field is).
    return f'<text id="{element_id}" valueName="{setting.name}" required="true" />'


def admx() -> str:
    policies = []
    for kind in KINDS:
        for setting in s.ALL_SETTINGS:
            element_id = setting.key.replace(".", "_")
            policies.append(
                f'    <policy name="{policy_name(kind, setting)}" class="Machine" '
                f'displayName="$(string.{element_id})" explainText="$(string.{element_id}_Help)" '
                f'presentation="$(presentation.{element_id})" '
                f'key="{REGISTRY_KEY}\\{kind}\\{setting.section}">\n'
                f'      <parentCategory ref="{kind}" />\n'
                '      <supportedOn ref="SUPPORTED_InvoiceTray" />\n'
                f"      <elements>{_element(setting)}</elements>\n"
                "    </policy>"
            )
    categories = "\n".join(
        f'    <category name="{kind}" displayName="$(string.{kind})">'
        '<parentCategory ref="InvoiceTray" /></category>'
        for kind in KINDS
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!-- Made from invoice-tray's settings: python3 scripts/dev.py policy-templates -->\n"
        '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" '
        'schemaVersion="1.0" '
        'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">\n'
        "  <policyNamespaces>\n"
        f'    <target prefix="invoicetray" namespace="{NAMESPACE}" />\n'
        "  </policyNamespaces>\n"
        '  <resources minRequiredRevision="1.0" />\n'
        "  <supportedOn><definitions>"
        '<definition name="SUPPORTED_InvoiceTray" displayName="$(string.SUPPORTED_InvoiceTray)" />'
        "</definitions></supportedOn>\n"
        "  <categories>\n"
        '    <category name="InvoiceTray" displayName="$(string.InvoiceTray)" />\n'
        f"{categories}\n"
        "  </categories>\n"
        "  <policies>\n" + "\n".join(policies) + "\n  </policies>\n</policyDefinitions>\n"
    )


def adml(culture: str) -> str:
    language = LANGUAGES[culture]
    strings = {
        "InvoiceTray": tr("invoice-tray").render(language),
        "SUPPORTED_InvoiceTray": tr("invoice-tray 0.1 and later").render(language),
        **{kind: text.render(language) for kind, text in KINDS.items()},
    }
    presentations = []
    for setting in s.ALL_SETTINGS:
        element_id = setting.key.replace(".", "_")
        title = TITLES[setting.key].render(language)
        strings[element_id] = title
        strings[f"{element_id}_Help"] = tr(
            "{title}. Setting in the configuration file: {key} (see docs/configuration.md).",
            title=TITLES[setting.key],
            key=setting.key,
        ).render(language)
        kind = setting.type
        label = escape(title)
        if isinstance(kind, Integer):
            box = f'<decimalTextBox refId="{element_id}">{label}</decimalTextBox>'
        elif isinstance(kind, Choice):
            for choice in kind.choices:
                strings[f"{element_id}_{choice}"] = choice
            box = f'<dropdownList refId="{element_id}">{label}</dropdownList>'
        elif isinstance(kind, HostList | PathList):
            box = f'<multiTextBox refId="{element_id}">{label}</multiTextBox>'
        else:
            box = f'<textBox refId="{element_id}"><label>{label}</label></textBox>'
        presentations.append(f'      <presentation id="{element_id}">{box}</presentation>')
    table = "\n".join(
        f"      <string id={quoteattr(key)}>{escape(value)}</string>"
        for key, value in strings.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" '
        'schemaVersion="1.0" '
        'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">\n'
        f"  <displayName>{escape(strings['InvoiceTray'])}</displayName>\n"
        "  <description />\n"
        "  <resources>\n"
        f"    <stringTable>\n{table}\n    </stringTable>\n"
        "    <presentationTable>\n" + "\n".join(presentations) + "\n    </presentationTable>\n"
        "  </resources>\n"
        "</policyDefinitionResources>\n"
    )


def templates() -> dict[str, str]:
    """Every file, by its path under packaging/policy/."""
    files = {"invoice-tray.admx": admx()}
    for culture in LANGUAGES:
        files[f"{culture}/invoice-tray.adml"] = adml(culture)
    return files
