"""Which proxy, if any, carries the connection to the invoice server.

One decision made here is both reported by the check and given to the HTTP client (which is
built with ``trust_env=False``), so the report always tells what was really used. httpx on
its own would read only the environment's NO_PROXY and ignore the OS bypass lists and any
proxy auto-configuration script (PAC), which :mod:`invoice_tray.engine.pac` evaluates.
"""

from __future__ import annotations

import enum
import ipaddress
import socket
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from invoice_tray.config.types import (
    ProxyKeyword,
    proxy_keyword,
    proxy_script,
    proxy_with_password,
    proxy_with_user,
    takes_proxy_user,
)
from invoice_tray.i18n import Text

WAY_TIMEOUT_S = 2.0  # for each proxy a script names, before the next way is tried


class ProxySource(enum.StrEnum):
    """Where the proxy decision comes from (the proxy check's ``detail.source``)."""

    CONFIG = "config"
    ENVIRONMENT = "environment"
    SYSTEM = "system"


@dataclass(frozen=True)
class ProxyChoice:
    url: str | None = field(repr=False)  # None: direct connection; may hold a password
    source: ProxySource
    bypassed_by: str | None = None  # the rule that sends this host direct
    script: str | None = None  # the auto-configuration script that decided, if one did
    rule: str | None = None  # its answer for this address ("PROXY a:8080; DIRECT")
    # Every way the script names, in its order (None: direct), the chosen one first.
    alternatives: tuple[str | None, ...] = ()
    problem: Text | None = None  # why the script (or its latest version) could not be used
    problem_detail: str = ""
    # The proxy's address, once the engine looked its name up (within its deadline): connected
    # to, while the name stays for signing in (Kerberos names the proxy by it) and reports.
    address: str | None = None

    @property
    def connect_url(self) -> str | None:
        """The proxy's URL with its looked-up address in place of its name."""
        if self.url is None or self.address is None:
            return self.url
        parts = urlsplit(self.url)
        host = f"[{self.address}]" if ":" in self.address else self.address
        netloc = parts.netloc.rpartition("@")
        at = netloc[0] + netloc[1]
        port = f":{parts.port}" if parts.port else ""
        return parts._replace(netloc=f"{at}{host}{port}").geturl()

    @property
    def display_url(self) -> str | None:
        """The proxy address without any user name or password in it."""
        return display(self.url)


def display(url: str | None) -> str | None:
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def script_in_use(setting: str, *, ask_system: bool = True) -> tuple[str, ProxySource] | None:
    """The auto-configuration script that decides for ``setting``: the configured one
    (``pac:URL``), or with ``system`` the system's, unless the environment names a proxy.
    Asking the system may run a command (GNOME, macOS): without ``ask_system``, the answer
    it last gave is used."""
    configured = proxy_script(setting)
    if configured is not None:
        return configured, ProxySource.CONFIG
    if proxy_keyword(setting) is not ProxyKeyword.SYSTEM or _environment_proxy(_environment()):
        return None
    from invoice_tray.system import proxy_script as system_scripts

    url = system_scripts.system_script_url() if ask_system else system_scripts.known()
    return (url, ProxySource.SYSTEM) if url else None


def choose_proxy(
    setting: str,
    app_bypass: Iterable[str],
    server_url: str,
    password: str | None = None,
    state_dir: Path | None = None,
    *,
    ask_system: bool = True,
    user: str = "",
) -> ProxyChoice:
    """``password`` (from the keyring) signs in to a configured proxy that names a user, and
    with ``user`` (``network.proxy_user``) to one the system, the environment or a script
    names. A script is asked with the copy kept in ``state_dir`` (fetched now when none is
    kept), and its ways are tried in order: this may block (name look-ups, connections).
    ``ask_system``: as for :func:`script_in_use`."""
    choice = _choose(setting, app_bypass, server_url, state_dir, ask_system)
    if choice.url is None:
        return choice
    # A typed proxy names its user in its own address.
    named = proxy_with_user(choice.url, user) if takes_proxy_user(setting) else choice.url
    return replace(choice, url=proxy_with_password(named, password))


def _choose(
    setting: str,
    app_bypass: Iterable[str],
    server_url: str,
    state_dir: Path | None,
    ask_system: bool,
) -> ProxyChoice:
    host = (urlsplit(server_url).hostname or "").lower()
    app_rule = match_bypass(host, app_bypass)
    keyword = proxy_keyword(setting)
    if keyword is ProxyKeyword.NONE:
        return ProxyChoice(None, ProxySource.CONFIG)
    script = script_in_use(setting, ask_system=ask_system)
    if script is not None:
        url, source = script
        if app_rule:
            return ProxyChoice(None, source, f"network.proxy_bypass: {app_rule}", script=url)
        return _scripted(url, source, server_url, state_dir)
    if keyword is None:  # a proxy of its own
        if app_rule:
            return ProxyChoice(None, ProxySource.CONFIG, f"network.proxy_bypass: {app_rule}")
        return ProxyChoice(setting, ProxySource.CONFIG)
    env = _environment()
    proxy = _environment_proxy(env)
    if proxy:
        rule = app_rule or match_bypass(host, _split(env.get("no", "")))
        if rule:
            where = "network.proxy_bypass" if app_rule else "NO_PROXY"
            return ProxyChoice(None, ProxySource.ENVIRONMENT, f"{where}: {rule}")
        return ProxyChoice(_with_scheme(proxy), ProxySource.ENVIRONMENT)
    system = {k: v for k, v in urllib.request.getproxies().items() if v}
    system_proxy = system.get("https") or system.get("all")
    if not system_proxy:
        return ProxyChoice(None, ProxySource.SYSTEM)
    if app_rule:
        return ProxyChoice(None, ProxySource.SYSTEM, f"network.proxy_bypass: {app_rule}")
    if host and urllib.request.proxy_bypass(host):
        # Windows ProxyOverride / macOS exceptions list, read by the standard library.
        return ProxyChoice(None, ProxySource.SYSTEM, "system bypass list")
    return ProxyChoice(_with_scheme(system_proxy), ProxySource.SYSTEM)


def _scripted(
    script_url: str, source: ProxySource, server_url: str, state_dir: Path | None
) -> ProxyChoice:
    """The script's first way for ``server_url``; without a usable script, direct (as
    browsers do), with the reason."""
    from invoice_tray.engine import pac

    got = pac.script_for(script_url, state_dir)
    if got.script is None:
        return ProxyChoice(
            None, source, script=script_url, problem=got.problem, problem_detail=got.detail
        )
    try:
        answer = pac.find_proxy(got.script, server_url)
    except pac.PacFailed as exc:
        return ProxyChoice(
            None, source, script=script_url, problem=exc.message, problem_detail=exc.detail
        )
    ways = pac.options(answer) or (None,)
    chosen = _first_answering(ways) if len(ways) > 1 else ways[0]
    return ProxyChoice(chosen, source, script=script_url, rule=answer, alternatives=ways)


def _first_answering(ways: tuple[str | None, ...]) -> str | None:
    """As browsers fall back: the first proxy that takes a TCP connection, or DIRECT where
    the script names it; when none answers, the first (its failure is then reported)."""
    for way in ways:
        if way is None:
            return None
        parts = urlsplit(way)
        try:
            address = (parts.hostname or "", parts.port or 80)
            with socket.create_connection(address, timeout=WAY_TIMEOUT_S):
                return way
        except (OSError, ValueError):
            continue
    return ways[0]


def _environment() -> dict[str, str]:
    return {k: v for k, v in urllib.request.getproxies_environment().items() if v}


def _environment_proxy(env: dict[str, str]) -> str | None:
    """HTTPS_PROXY, else ALL_PROXY: what the environment sends HTTPS requests through."""
    return env.get("https") or env.get("all")


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.replace(";", ",").split(",") if item.strip()]


def _with_scheme(proxy: str) -> str:
    return proxy if "://" in proxy else f"http://{proxy}"


def match_bypass(host: str, rules: Iterable[str]) -> str | None:
    """The first rule that sends ``host`` direct, or None.

    Rules follow the common NO_PROXY forms: ``*``, ``example.com`` (and its sub-domains),
    ``.example.com``, ``*.example.com``, an IP address, a CIDR range, ``<local>`` (plain
    names without a dot, as Windows uses it).
    """
    host = host.lower().strip("[]")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for raw in rules:
        rule = raw.strip().lower()
        if not rule:
            continue
        if rule == "*":
            return raw
        if rule == "<local>":
            if address is None and "." not in host:
                return raw
            continue
        rule_host = rule.rsplit(":", 1)[0] if rule.count(":") == 1 else rule
        rule_host = rule_host.strip("[]")
        if address is not None:
            try:
                if address in ipaddress.ip_network(rule_host, strict=False):
                    return raw
            except ValueError:
                pass
            continue
        domain = rule_host.removeprefix("*").removeprefix(".")
        if domain and (host == domain or host.endswith("." + domain)):
            return raw
    return None
