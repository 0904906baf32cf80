"""``invoice-tray`` command line. Nothing here imports Qt: ``check`` must stay light enough
for monitoring systems to run every minute."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from invoice_tray import __version__

EXIT_CODES = {"green": 0, "yellow": 1, "red": 2, "unknown": 3}
# Defaults of the options shared by sub-commands. Not set with set_defaults(): that would
# change the shared option objects and let a sub-command reset what came before it.
SHARED_DEFAULTS = {"config": None, "lang": None, "demo": False, "scenario": "healthy"}


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the current language (see :mod:`invoice_tray.cli.localize`)."""
    from invoice_tray.cli.localize import LocalizedParser
    from invoice_tray.cli.localize import help_text as h
    from invoice_tray.i18n import tr
    from invoice_tray.simulator.scenarios import SCENARIOS

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
        choices=list(SCENARIOS),
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
        choices=list(SCENARIOS),
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

    from invoice_tray.cli import fix

    fix.add_parser(sub, [common])

    from invoice_tray.cli import drafts

    drafts.add_parser(sub, [common])

    from invoice_tray.cli import diagnostics

    diagnostics.add_parser(sub, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from invoice_tray.cli import commands
    from invoice_tray.cli.localize import early_language, localize_argparse

    arguments = list(sys.argv[1:] if argv is None else argv)
    early_language(arguments)
    localize_argparse()
    args = build_parser().parse_args(arguments)
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
