"""``invoice-tray`` command line. Nothing here imports Qt: ``check`` must stay light enough
for monitoring systems to run every minute."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from invoice_tray import __version__

EXIT_CODES = {"green": 0, "yellow": 1, "red": 2, "unknown": 3}


def build_parser() -> argparse.ArgumentParser:
    from invoice_tray.simulator.scenarios import SCENARIOS

    parser = argparse.ArgumentParser(
        prog="invoice-tray",
        description="Tells whether invoices can be issued right now, and if not, why.",
    )
    parser.add_argument("--version", action="version", version=f"invoice-tray {__version__}")
    parser.add_argument("--config", metavar="PATH", help="config file to use")
    parser.add_argument("--lang", choices=["auto", "en", "zh_CN"], help="message language")
    parser.add_argument("--demo", action="store_true", help="run against the embedded demo server")
    parser.add_argument(
        "--scenario",
        choices=list(SCENARIOS),
        default="healthy",
        help="demo server scenario (with --demo)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="run one full check and print the verdict")
    check.add_argument("--server", metavar="URL", help="server address (overrides server.url)")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--timeout", type=float, metavar="S", help="overall deadline in seconds")
    check.add_argument(
        "--demo",
        action="store_true",
        dest="check_demo",
        help="run against the embedded demo server",
    )
    check.add_argument(
        "--scenario",
        choices=list(SCENARIOS),
        dest="check_scenario",
        help="demo server scenario (with --demo)",
    )

    simulate = sub.add_parser("simulate", help="run the invoice-server simulator on loopback")
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

    secrets = sub.add_parser("secrets", help="store secrets in the system keyring")
    secrets_sub = secrets.add_subparsers(dest="secrets_command", metavar="ACTION", required=True)
    set_cmd = secrets_sub.add_parser("set", help="store a secret read from standard input")
    set_cmd.add_argument("name")
    delete_cmd = secrets_sub.add_parser("delete", help="remove a stored secret")
    delete_cmd.add_argument("name")
    secrets_sub.add_parser("list", help="which secrets are stored (never their values)")

    sub.add_parser("config", help="show the config file, its problems and the settings in force")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from invoice_tray.cli import commands

    args = build_parser().parse_args(argv)
    handlers = {
        None: commands.check,
        "check": commands.check,
        "simulate": commands.simulate,
        "secrets": commands.secrets,
        "config": commands.config,
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
