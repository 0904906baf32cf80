"""Network reset: flush the DNS cache, renew the address (DHCP), and on Windows reset Winsock
and the IP stack (a restart finishes that). Also resets invoice-tray's own network state.

None of these can be undone, and none needs to be: they only make the system ask again.
"""

from __future__ import annotations

from invoice_tray.engine.model import FixId
from invoice_tray.fixes import FIX_TITLES, validate
from invoice_tray.fixes.model import FixContext, Plan, Step
from invoice_tray.fixes.steps import CommandStep, ResetAppNetworkState
from invoice_tray.i18n import tr

# NetworkManager connection types worth re-activating (a new DHCP lease, fresh DNS servers).
NM_TYPES = ("802-3-ethernet", "802-11-wireless", "ethernet", "wifi", "gsm", "vpn", "wireguard")


def _windows() -> list[Step]:
    return [
        CommandStep("flush-dns", tr("Empty the DNS cache"), ["ipconfig", "/flushdns"]),
        CommandStep(
            "release", tr("Give back the network address"), ["ipconfig", "/release"],
            needs_admin=True,
        ),
        CommandStep(
            "renew", tr("Ask for a new network address (DHCP)"), ["ipconfig", "/renew"],
            needs_admin=True,
        ),
        CommandStep(
            "winsock-reset", tr("Reset Windows' network components (Winsock)"),
            ["netsh", "winsock", "reset"], needs_admin=True,
        ),
        CommandStep(
            "ip-reset", tr("Reset the TCP/IP settings"), ["netsh", "int", "ip", "reset"],
            needs_admin=True,
        ),
    ]  # fmt: skip


def _macos(ctx: FixContext) -> list[Step]:
    steps: list[Step] = [
        CommandStep(
            "flush-dns", tr("Empty the DNS cache"), ["dscacheutil", "-flushcache"],
            needs_admin=True,
        ),
        CommandStep(
            "restart-mdns", tr("Restart the system's name lookup service"),
            ["killall", "-HUP", "mDNSResponder"], needs_admin=True,
        ),
    ]  # fmt: skip
    interface = _mac_default_interface(ctx)
    if interface is not None:
        steps.append(
            CommandStep(
                f"renew:{interface}",
                tr("Ask for a new network address (DHCP) on {interface}", interface=interface),
                ["ipconfig", "set", interface, "DHCP"],
                needs_admin=True,
            )
        )
    return steps


def _mac_default_interface(ctx: FixContext) -> str | None:
    route = ctx.commands.run(["route", "-n", "get", "default"])
    for line in route.output.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "interface" and value.strip():
            try:
                return validate.interface_name(value.strip())
            except validate.UnsafeValue:
                return None
    return None


def _linux(ctx: FixContext) -> list[Step]:
    steps: list[Step] = [
        CommandStep("flush-dns", tr("Empty the DNS cache"), ["resolvectl", "flush-caches"])
    ]
    for name in _nm_active_connections(ctx):
        steps.append(
            CommandStep(
                f"reconnect:{name}",
                tr("Reconnect {connection} (new address and DNS servers)", connection=name),
                ["nmcli", "connection", "up", name],
            )
        )
    return steps


def _nm_active_connections(ctx: FixContext) -> list[str]:
    if ctx.which("nmcli") is None:
        return []
    listed = ctx.commands.run(["nmcli", "-t", "-f", "NAME,TYPE", "connection", "show", "--active"])
    if listed.code != 0:
        return []
    names = []
    for line in listed.output.splitlines():
        fields = split_terse(line)
        if len(fields) == 2 and fields[1] in NM_TYPES:
            try:
                names.append(validate.reported_name(fields[0]))
            except validate.UnsafeValue:
                continue
    return names


def split_terse(line: str) -> list[str]:
    """nmcli's terse output: fields split by ``:``, with ``\\:`` and ``\\\\`` escaped."""
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def plan(ctx: FixContext) -> Plan:
    steps: list[Step] = [ResetAppNetworkState()]
    if ctx.platform == "win32":
        steps.extend(_windows())
    elif ctx.platform == "darwin":
        steps.extend(_macos(ctx))
    else:
        steps.extend(_linux(ctx))
    return Plan(
        FixId.NETWORK_RESET,
        FIX_TITLES[FixId.NETWORK_RESET],
        tr(
            "The computer cannot find or reach the invoice server. Emptying the DNS cache "
            "and asking the network for a fresh address often clears a stale or broken "
            "network setting. Nothing else on the computer is changed."
        ),
        steps,
        restart_required=ctx.platform == "win32",
    )
