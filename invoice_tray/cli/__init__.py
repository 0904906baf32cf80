"""``invoice-tray`` command line. Nothing here imports Qt: ``check`` must stay light enough
for monitoring systems to run every minute."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from invoice_tray import __version__

if TYPE_CHECKING:
    from invoice_tray.i18n import Text

EXIT_CODES = {"green": 0, "yellow": 1, "red": 2, "unknown": 3}
# Defaults of the options shared by sub-commands. Not set with set_defaults(): that would
# change the shared option objects and let a sub-command reset what came before it.
SHARED_DEFAULTS = {"config": None, "lang": None, "demo": False, "scenario": "healthy"}


# Sub-commands whose parsers are made by modules of their own, imported only when that
# command is the one given (fix imports the fixes, drafts the drafts model and python-stdnum):
# `check`, run every minute by monitoring systems, pays for none of them.
MODULE_COMMANDS = {
    "fix": "invoice_tray.cli.fix",
    "drafts": "invoice_tray.cli.drafts",
    "diagnostics": "invoice_tray.cli.diagnostics",
}
# Options that may stand before the sub-command and take a value.
_VALUED = frozenset({"--config", "--lang", "--scenario"})
ALL = "*"  # build_parser(): every sub-command's own parser


def chosen_command(arguments: Sequence[str]) -> str | None:
    """The sub-command named in ``arguments`` (the first word that is not an option or an
    option's value), or None."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--":
            break
        elif argument.startswith("-"):
            skip = argument in _VALUED
        else:
            return argument
    return None


def command_help() -> dict[str, Text]:
    """What each module-made sub-command is for (the one text both parsers show)."""
    from invoice_tray.i18n import tr

    return {
        "fix": tr("run a guided fix without a window (plan, act, verify, undo)"),
        "drafts": tr("offline invoice drafts"),
        "diagnostics": tr("run a check and write the diagnostics (a .zip file) for the helpdesk"),
    }


def scenario_name(name: str) -> str:
    """A demo scenario, checked when given (the simulator is imported only then)."""
    from invoice_tray.simulator.scenarios import SCENARIOS

    if name not in SCENARIOS:
        from invoice_tray.i18n import tr

        raise argparse.ArgumentTypeError(
            str(tr("{name} is not a scenario; one of: {names}", name=name,
                   names=", ".join(SCENARIOS)))
        )  # fmt: skip
    return name


def build_parser(command: str | None = ALL) -> argparse.ArgumentParser:
    """The parser, its help in the current language (see :mod:`invoice_tray.cli.localize`),
    complete for ``command`` (every one: :data:`ALL`); the others only named."""
    from invoice_tray.cli.localize import LocalizedParser
    from invoice_tray.cli.localize import help_text as h
    from invoice_tray.i18n import tr

    # Options accepted before and after the sub-command; SUPPRESS keeps a sub-command from
    # resetting what was given before it.
    common = LocalizedParser(add_help=False)
    common.add_argument(
        "--config", metavar="PATH", default=argparse.SUPPRESS, help=h(tr("config file to use"))
    )
    common.add_argument(
        "--lang",
        choices=["auto", "en", "zh_CN"],
        default=argparse.SUPPRESS,
        help=h(tr("message language (default: the one chosen in Settings, then the system's)")),
    )
    demo = LocalizedParser(add_help=False)
    demo.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help=h(tr("run against the built-in demo server")),
    )
    demo.add_argument(
        "--scenario",
        type=scenario_name,
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=h(tr("what the demo server does (with --demo)")),
    )

    parser = LocalizedParser(
        prog="invoice-tray",
        description=h(tr("Tells whether invoices can be issued right now, and if not, why.")),
        parents=[common, demo],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"invoice-tray {__version__}",
        help=h(tr("show the version and exit")),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=h(tr("check that this installation is whole (for the helpdesk), then exit")),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check", parents=[common, demo], help=h(tr("run one full check and print the verdict"))
    )
    check.add_argument(
        "--server", metavar="URL", help=h(tr("server address (instead of the one in Settings)"))
    )
    check.add_argument("--json", action="store_true", help=h(tr("print one JSON object")))
    check.add_argument(
        "--format",
        choices=["text", "json", "prometheus", "nagios"],
        default=None,
        help=h(tr("how to print: text, json, prometheus (metrics) or nagios (a plugin line)")),
    )
    check.add_argument(
        "--timeout", type=float, metavar="S", help=h(tr("overall deadline in seconds"))
    )

    simulate = sub.add_parser(
        "simulate",
        parents=[common],
        help=h(tr("run the invoice server simulator on this computer")),
    )
    simulate.add_argument(
        "--host", default="127.0.0.1", help=h(tr("loopback address to listen on"))
    )
    simulate.add_argument("--port", type=int, default=8443, help=h(tr("port to listen on")))
    simulate.add_argument(
        "--control-port",
        type=int,
        default=0,
        help=h(tr("port for switching scenarios (default: any free port)")),
    )
    simulate.add_argument(
        "--scenario",
        type=scenario_name,
        metavar="NAME",
        default="healthy",
        dest="sim_scenario",
        help=h(tr("the scenario to start with")),
    )
    simulate.add_argument(
        "--plain",
        action="store_true",
        help=h(tr("a plain HTTPS site (a page, not the invoice contract), as a second endpoint")),
    )
    simulate.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        metavar="MS",
        help=h(tr("wait this long before every answer, as a distant server would")),
    )

    secrets = sub.add_parser(
        "secrets", parents=[common], help=h(tr("keep passwords and tokens in the system keyring"))
    )
    secrets_sub = secrets.add_subparsers(dest="secrets_command", metavar="ACTION", required=True)
    names = h(tr("server-token, client-cert-password or proxy-password"))
    set_cmd = secrets_sub.add_parser("set", help=h(tr("store a secret read from standard input")))
    set_cmd.add_argument("name", help=names)
    delete_cmd = secrets_sub.add_parser("delete", help=h(tr("remove a stored secret")))
    delete_cmd.add_argument("name", help=names)
    secrets_sub.add_parser("list", help=h(tr("which secrets are stored (never their values)")))

    sub.add_parser(
        "config",
        parents=[common],
        help=h(tr("show the config file, its problems and the settings in force")),
    )

    import importlib

    helps = command_help()
    for name, module in MODULE_COMMANDS.items():
        if command in (ALL, name):
            importlib.import_module(module).add_parser(sub, [common])
        else:
            sub.add_parser(name, help=h(helps[name]))  # named in the help, no more
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from invoice_tray.cli import commands
    from invoice_tray.cli.localize import early_language, localize_argparse

    arguments = list(sys.argv[1:] if argv is None else argv)
    early_language(arguments)
    localize_argparse()
    args = build_parser(chosen_command(arguments)).parse_args(arguments)
    for name, value in SHARED_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    handlers = {
        None: commands.tray,
        "check": commands.check,
        "simulate": commands.simulate,
        "secrets": commands.secrets,
        "config": commands.config,
        "diagnostics": commands.diagnostics,
        "fix": commands.fix,
        "drafts": commands.drafts,
    }
    if getattr(args, "self_test", False):
        from invoice_tray.selftest import run

        return run()
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
