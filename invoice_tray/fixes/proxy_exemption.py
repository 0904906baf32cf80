"""Proxy exemption: let the invoice server (only it) bypass the proxy.

Where: the app's own HTTP client (``network.proxy_bypass``, effective at the next check);
Windows ``ProxyOverride`` (then WinINet is told to reload) and, optionally, WinHTTP; macOS
``networksetup`` for each active network service; GNOME's ``ignore-hosts``; elsewhere on
Linux, guidance for ``no_proxy``. Every previous value is backed up and restored exactly.
Where an automatic configuration script (PAC) chooses the proxy, only the app's own step is
taken: the system's exception lists are not read then, and the plan says so.
"""

from __future__ import annotations

import ast
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.config.types import ProxyKeyword, proxy_keyword, proxy_script
from invoice_tray.config.writer import ConfigSaveError, save_settings
from invoice_tray.engine.model import FixId
from invoice_tray.fixes import FIX_TITLES, validate
from invoice_tray.fixes.model import (
    Backup,
    FixContext,
    FixOption,
    OptionSpec,
    Plan,
    Step,
    StepFailed,
)
from invoice_tray.fixes.steps import show_command
from invoice_tray.i18n import Text, tr
from invoice_tray.system import proxy_script as proxy_settings

INTERNET_SETTINGS = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings"
PROXY_OVERRIDE = "ProxyOverride"
GNOME_SCHEMA = "org.gnome.system.proxy"
# networksetup answers in English whatever the desktop language (and runs in the "C" locale:
# oscommand.neutral_locale).
NO_MAC_BYPASS = "There aren't any bypass domains set"


def server_host(ctx: FixContext) -> str:
    url = ctx.config().primary_url
    host = urlsplit(url).hostname if url else None
    if not host:
        raise validate.UnsafeValue(tr("no server address is configured"))
    return validate.host_name(host)


class AppBypass(Step):
    id = "app-bypass"
    kind = "app-proxy-bypass"

    def __init__(self, host: str) -> None:
        self.host = host

    def title(self) -> Text:
        return tr("Let this program reach {host} without the proxy server", host=self.host)

    def actions(self, ctx: FixContext) -> list[str]:
        return []  # this program's own settings: no command to show

    def unavailable(self, ctx: FixContext) -> Text | None:
        if s.NETWORK_PROXY_BYPASS.key in load_config(ctx.config_path).locked:
            return tr("set by your IT department")
        return None

    def backup(self, ctx: FixContext) -> Backup:
        config = load_config(ctx.config_path)
        hosts: tuple[str, ...] = config[s.NETWORK_PROXY_BYPASS]
        return {
            "path": str(ctx.config_path),
            "present": s.NETWORK_PROXY_BYPASS.key in config.values,
            "value": list(hosts),
        }

    def run(self, ctx: FixContext, backup: Backup) -> str:
        current = list(backup["value"])
        if self.host in current:
            return f"{self.host} was already exempt"
        _save(Path(backup["path"]), {s.NETWORK_PROXY_BYPASS: (*current, self.host)})
        ctx.on_app_change()
        return f"network.proxy_bypass = {[*current, self.host]}"

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        path = Path(backup["path"])
        if backup["present"]:
            _save(path, {s.NETWORK_PROXY_BYPASS: tuple(backup["value"])})
        else:
            _save(path, {}, unset=True)
        ctx.on_app_change()
        return f"network.proxy_bypass restored to {backup['value']}"


def _save(path: Path, values: dict[s.Setting[Any], object], unset: bool = False) -> None:
    try:
        save_settings(path, values, unset=[s.NETWORK_PROXY_BYPASS] if unset else ())
    except ConfigSaveError as exc:
        raise StepFailed(exc.message) from exc


class WindowsProxyOverride(Step):
    id = "windows-proxy-override"
    kind = "windows-proxy-override"

    def __init__(self, host: str) -> None:
        self.host = host

    def title(self) -> Text:
        return tr("Add {host} to Windows' proxy exceptions", host=self.host)

    def actions(self, ctx: FixContext) -> list[str]:
        previous = ctx.registry.get(INTERNET_SETTINGS, PROXY_OVERRIDE)
        return [
            f"HKEY_CURRENT_USER\\{INTERNET_SETTINGS}\\{PROXY_OVERRIDE} = "
            f"{override_with(previous, self.host)}",
            "InternetSetOption(INTERNET_OPTION_SETTINGS_CHANGED, INTERNET_OPTION_REFRESH)",
        ]

    def backup(self, ctx: FixContext) -> Backup:
        return {"previous": ctx.registry.get(INTERNET_SETTINGS, PROXY_OVERRIDE)}

    def run(self, ctx: FixContext, backup: Backup) -> str:
        value = override_with(backup["previous"], self.host)
        ctx.registry.set(INTERNET_SETTINGS, PROXY_OVERRIDE, value)
        ctx.refresh_internet_settings()
        return f"{PROXY_OVERRIDE} = {value}"

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        previous = backup["previous"]
        if previous is None:
            ctx.registry.delete(INTERNET_SETTINGS, PROXY_OVERRIDE)
        else:
            ctx.registry.set(INTERNET_SETTINGS, PROXY_OVERRIDE, previous)
        ctx.refresh_internet_settings()
        return f"{PROXY_OVERRIDE} restored"


def override_with(previous: str | None, host: str) -> str:
    """``ProxyOverride`` with ``host`` added: ``;``-separated, ``<local>`` kept last."""
    entries = [e.strip() for e in (previous or "").split(";") if e.strip()]
    if host.lower() not in (e.lower() for e in entries):
        local = [e for e in entries if e.lower() == "<local>"]
        entries = [e for e in entries if e.lower() != "<local>"] + [host] + local
    return ";".join(entries)


class WinHttpFromWinInet(Step):
    """Services and some clients use WinHTTP, which has its own proxy settings (machine-wide,
    so administrator rights). ``import proxy source=ie`` copies the settings just made."""

    id = "winhttp-bypass"
    kind = "winhttp-bypass"
    needs_admin = True

    def title(self) -> Text:
        return tr("Copy the proxy exceptions to WinHTTP (for the whole computer)")

    def actions(self, ctx: FixContext) -> list[str]:
        return [show_command(ctx, ["netsh", "winhttp", "import", "proxy", "source=ie"])]

    def backup(self, ctx: FixContext) -> Backup:
        # netsh prints its settings as the commands that recreate them (language-neutral).
        dump = ctx.commands.run(["netsh", "winhttp", "dump"])
        if dump.code != 0:
            raise StepFailed(tr("the WinHTTP settings could not be read"), dump.output)
        return {"dump": dump.output}

    def run(self, ctx: FixContext, backup: Backup) -> str:
        done = ctx.commands.run(["netsh", "winhttp", "import", "proxy", "source=ie"], admin=True)
        if done.code != 0:
            raise StepFailed(tr("WinHTTP refused the new settings"), done.output)
        return done.output

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        with tempfile.TemporaryDirectory(prefix="invoice-tray-") as folder:
            script = Path(folder) / "winhttp.txt"
            script.write_text(str(backup["dump"]), encoding="utf-8")
            done = ctx.commands.run(["netsh", "-f", str(script)], admin=True)
        if done.code != 0:
            raise StepFailed(tr("WinHTTP refused the previous settings"), done.output)
        return "WinHTTP settings restored"


class MacBypassDomains(Step):
    kind = "macos-bypass"
    needs_admin = True

    def __init__(self, service: str, host: str) -> None:
        self.service = validate.reported_name(service)
        self.host = host
        self.id = f"macos-bypass:{service}"

    def title(self) -> Text:
        return tr(
            "Add {host} to the proxy exceptions of {service}",
            host=self.host,
            service=self.service,
        )

    def actions(self, ctx: FixContext) -> list[str]:
        argv = ["networksetup", "-setproxybypassdomains", self.service, "…", self.host]
        return [show_command(ctx, argv)]  # "…": the exceptions already there, kept

    def backup(self, ctx: FixContext) -> Backup:
        read = ctx.commands.run(["networksetup", "-getproxybypassdomains", self.service])
        if read.code != 0:
            raise StepFailed(tr("the proxy exceptions could not be read"), read.output)
        domains = [] if NO_MAC_BYPASS in read.output else read.output.split()
        return {"service": self.service, "domains": domains}

    def run(self, ctx: FixContext, backup: Backup) -> str:
        domains = list(backup["domains"])
        if self.host not in domains:
            domains.append(self.host)
        return _set_mac_domains(ctx, self.service, domains)

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        service = validate.reported_name(str(backup["service"]))
        return _set_mac_domains(ctx, service, list(backup["domains"]))


def _set_mac_domains(ctx: FixContext, service: str, domains: list[str]) -> str:
    argv = ["networksetup", "-setproxybypassdomains", service, *(domains or ["Empty"])]
    done = ctx.commands.run(argv, admin=True)
    if done.code != 0:
        raise StepFailed(tr("the system's network settings did not take the change"), done.output)
    return " ".join(domains) or "(none)"


def mac_services(ctx: FixContext) -> list[str]:
    listed = ctx.commands.run(["networksetup", "-listallnetworkservices"])
    if listed.code != 0:
        return []
    lines = listed.output.splitlines()[1:]  # the first line explains the asterisk
    return [line for line in (raw.strip() for raw in lines) if line and not line.startswith("*")]


class GnomeIgnoreHosts(Step):
    id = "gnome-ignore-hosts"
    kind = "gnome-ignore-hosts"

    def __init__(self, host: str) -> None:
        self.host = host

    def title(self) -> Text:
        return tr("Add {host} to the desktop's proxy exceptions", host=self.host)

    def actions(self, ctx: FixContext) -> list[str]:
        argv = ["gsettings", "set", GNOME_SCHEMA, "ignore-hosts", f"[…, '{self.host}']"]
        return [show_command(ctx, argv)]

    def unavailable(self, ctx: FixContext) -> Text | None:
        if ctx.which("gsettings") is None:
            return tr("the system tool it needs is not on this computer")
        if ctx.commands.run(["gsettings", "get", GNOME_SCHEMA, "ignore-hosts"]).code != 0:
            return tr("this desktop keeps no proxy settings of its own")
        return None

    def backup(self, ctx: FixContext) -> Backup:
        read = ctx.commands.run(["gsettings", "get", GNOME_SCHEMA, "ignore-hosts"])
        if read.code != 0:
            raise StepFailed(tr("the proxy exceptions could not be read"), read.output)
        return {"previous": read.output.strip()}

    def run(self, ctx: FixContext, backup: Backup) -> str:
        hosts = parse_string_array(str(backup["previous"]))
        if self.host not in hosts:
            hosts.append(self.host)
        return _gsettings_set(ctx, string_array(hosts))

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        previous = str(backup["previous"])
        parse_string_array(previous)  # refuse anything that is not what gsettings printed
        return _gsettings_set(ctx, previous)


def _gsettings_set(ctx: FixContext, value: str) -> str:
    done = ctx.commands.run(["gsettings", "set", GNOME_SCHEMA, "ignore-hosts", value])
    if done.code != 0:
        raise StepFailed(tr("the desktop's settings did not take the change"), done.output)
    return value


def parse_string_array(text: str) -> list[str]:
    """A GVariant string array as gsettings prints it: ``['a', 'b']`` or ``@as []``."""
    body = text.strip().removeprefix("@as").strip()
    try:
        value = ast.literal_eval(body)
    except (ValueError, SyntaxError) as exc:
        raise StepFailed(
            tr("the desktop's proxy exceptions could not be understood"), text
        ) from exc
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StepFailed(tr("the desktop's proxy exceptions could not be understood"), text)
    return value


def string_array(values: list[str]) -> str:
    quoted = ("'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'" for v in values)
    return "[" + ", ".join(quoted) + "]"


class NoProxyAdvice(Step):
    """Where the desktop keeps no proxy settings the app can change, say what to do."""

    id = "no-proxy-advice"

    def __init__(self, host: str) -> None:
        self.host = host

    def title(self) -> Text:
        return tr("Other programs on this computer")

    def actions(self, ctx: FixContext) -> list[str]:
        return [f"no_proxy={self.host}"]  # what the helpdesk sets, e.g. in ~/.profile

    def unavailable(self, ctx: FixContext) -> Text | None:
        return tr(
            "this desktop has no proxy settings to change; for other programs, your network "
            "administrator can add {host} to their proxy exceptions",
            host=self.host,
        )

    def run(self, ctx: FixContext, backup: Backup) -> str:
        return ""


WINHTTP = OptionSpec(
    FixOption.WINHTTP,
    tr("Also for WinHTTP (the whole computer; needs administrator rights)"),
    frozenset({"win32"}),
)


class ScriptAdvice(Step):
    """Where an automatic configuration script chooses the proxy, exception lists are not
    read (Windows, GNOME and macOS alike): only IT, changing the script, reaches the other
    programs."""

    id = "proxy-script-advice"

    def __init__(self, host: str, script: str) -> None:
        self.host = host
        self.script = script

    def title(self) -> Text:
        return tr("Other programs on this computer")

    def actions(self, ctx: FixContext) -> list[str]:
        return []

    def unavailable(self, ctx: FixContext) -> Text | None:
        return tr(
            "their proxy is chosen by the automatic configuration script {url}, which exception "
            "lists do not change; your IT department can send {host} direct in the script",
            url=self.script,
            host=self.host,
        )

    def run(self, ctx: FixContext, backup: Backup) -> str:
        return ""


def script_in_charge(ctx: FixContext) -> str | None:
    """The automatic configuration script that chooses this computer's proxy, if one does."""
    setting = ctx.config()[s.NETWORK_PROXY]
    configured = proxy_script(setting)
    if configured is not None:
        return configured
    if proxy_keyword(setting) is not ProxyKeyword.SYSTEM:
        return None
    if ctx.platform == "win32":
        return proxy_settings.from_registry(ctx.registry)
    return proxy_settings.system_script_url()


def plan(ctx: FixContext, options: frozenset[FixOption] = frozenset()) -> Plan:
    host = server_host(ctx)
    steps: list[Step] = [AppBypass(host)]
    script = script_in_charge(ctx)
    if script is not None:
        steps.append(ScriptAdvice(host, script))
        return Plan(
            FixId.PROXY_EXEMPTION,
            FIX_TITLES[FixId.PROXY_EXEMPTION],
            tr(
                "The proxy between this computer and {host} blocks or breaks the connection. "
                "This program will reach just this server without the proxy. This computer's "
                "proxy is chosen by an automatic configuration script, which this fix does not "
                "change: other programs keep the script's way.",
                host=host,
            ),
            steps,
        )
    if ctx.platform == "win32":
        steps.append(WindowsProxyOverride(host))
        if FixOption.WINHTTP in options:
            steps.append(WinHttpFromWinInet())
    elif ctx.platform == "darwin":
        steps.extend(MacBypassDomains(service, host) for service in mac_services(ctx))
    else:
        steps.append(GnomeIgnoreHosts(host))
        steps.append(NoProxyAdvice(host))
    return Plan(
        FixId.PROXY_EXEMPTION,
        FIX_TITLES[FixId.PROXY_EXEMPTION],
        tr(
            "The proxy between this computer and {host} blocks or breaks the connection. "
            "Letting just this server bypass the proxy usually fixes it; every other address "
            "keeps using the proxy.",
            host=host,
        ),
        steps,
    )
