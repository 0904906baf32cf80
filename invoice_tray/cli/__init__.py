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
    from invoice_tray.simulator.scenarios import SCENARIOS

    # Options accepted before and after the sub-command; SUPPRESS keeps a sub-command from
    # resetting what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="PATH", default=argparse.SUPPRESS, help="config file to use"
    )
    common.add_argument(
        "--lang",
        choices=["auto", "en", "zh_CN"],
        default=argparse.SUPPRESS,
        help="message language (default: ui.language, then the system)",
    )
    demo = argparse.ArgumentParser(add_help=False)
    demo.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="run against the embedded demo server",
    )
    demo.add_argument(
        "--scenario",
        choices=list(SCENARIOS),
        default=argparse.SUPPRESS,
        help="demo server scenario (with --demo)",
    )

    parser = argparse.ArgumentParser(
        prog="invoice-tray",
        description="Tells whether invoices can be issued right now, and if not, why.",
        parents=[common, demo],
    )
    parser.add_argument("--version", action="version", version=f"invoice-tray {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check", parents=[common, demo], help="run one full check and print the verdict"
    )
    check.add_argument("--server", metavar="URL", help="server address (overrides server.url)")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--timeout", type=float, metavar="S", help="overall deadline in seconds")

    simulate = sub.add_parser(
        "simulate", parents=[common], help="run the invoice-server simulator on loopback"
    )
    simulate.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    simulate.add_argument("--port", type=int, default=8443)
    simulate.add_argument(
        "--control-port",
        type=int,
        default=0,
        help="port of the control endpoint (default: any free port)",
    )
    simulate.add_argument(
        "--scenario", choices=list(SCENARIOS), default="healthy", dest="sim_scenario"
    )

    secrets = sub.add_parser(
        "secrets", parents=[common], help="store secrets in the system keyring"
    )
    secrets_sub = secrets.add_subparsers(dest="secrets_command", metavar="ACTION", required=True)
    set_cmd = secrets_sub.add_parser("set", help="store a secret read from standard input")
    set_cmd.add_argument("name")
    delete_cmd = secrets_sub.add_parser("delete", help="remove a stored secret")
    delete_cmd.add_argument("name")
    secrets_sub.add_parser("list", help="which secrets are stored (never their values)")

    sub.add_parser(
        "config",
        parents=[common],
        help="show the config file, its problems and the settings in force",
    )

    from invoice_tray.cli import fix

    fix.add_parser(sub, [common])

    from invoice_tray.cli import drafts

    drafts.add_parser(sub, [common])

    diagnostics = sub.add_parser(
        "diagnostics",
        parents=[common],
        help="run a check and write a redacted diagnostics bundle (.zip) for the helpdesk",
    )
    diagnostics.add_argument(
        "--output",
        metavar="PATH",
        default=".",
        help="folder (a dated name is chosen) or .zip file to write (default: this folder)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from invoice_tray.cli import commands

    args = build_parser().parse_args(argv)
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
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
