"""The sub-commands. Each returns the process exit code."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from typing import TYPE_CHECKING

from invoice_tray.cli import EXIT_CODES
from invoice_tray.config import Config, SettingLocked, load_config
from invoice_tray.config import schema as s
from invoice_tray.config.types import InvalidValue, validate_server_url
from invoice_tray.i18n import set_language, tr
from invoice_tray.paths import AppPaths

if TYPE_CHECKING:
    from invoice_tray.engine.settings import CheckSettings


def _err(message: object) -> None:
    print(message, file=sys.stderr)


def _setup(args: argparse.Namespace) -> tuple[AppPaths, Config]:
    paths = AppPaths.from_environment()
    config = load_config(paths.config_file(args.config))
    set_language(args.lang or config[s.UI_LANGUAGE])
    for problem in config.problems:
        _err(tr("config problem: {problem}", problem=problem.render()))
    return paths, config


def check(args: argparse.Namespace) -> int:
    from invoice_tray.checking import full_check, settings_for

    paths, config = _setup(args)
    output = getattr(args, "format", None) or ("json" if getattr(args, "json", False) else "text")
    as_json = output != "text"  # only what was asked for goes to standard output
    overrides: dict[str, object] = {}
    if getattr(args, "server", None):
        try:
            overrides["server_url"] = validate_server_url(args.server)
        except InvalidValue as exc:
            _err(tr("--server {url}: {reason}", url=args.server, reason=str(exc.message)))
            return EXIT_CODES["unknown"]
    if getattr(args, "timeout", None) is not None:
        overrides["server_timeout_s"] = args.timeout
    try:
        config = config.with_values(**overrides)
    except SettingLocked as exc:
        option = "--server" if exc.key == s.SERVER_URL.key else "--timeout"
        _err(tr("{option}: {reason}", option=option, reason=exc.message))
        return EXIT_CODES["unknown"]
    except InvalidValue as exc:
        _err(tr("--timeout: {reason}", reason=str(exc.message)))
        return EXIT_CODES["unknown"]

    if args.demo:
        from invoice_tray.simulator.demo import Demo

        scenario = args.scenario
        demo = Demo.start(paths.data_dir, scenario)
        try:
            demo_config = config.for_demo(**demo.overrides())
            if not as_json:
                url = demo.server.url
                print(tr("Demo server on {url}, scenario {scenario}", url=url, scenario=scenario))
            # The demo server accepts any token.
            demo_settings = settings_for(demo_config, token="demo-token")  # noqa: S106
            report = full_check(demo_settings, paths.data_dir)
        finally:
            demo.close()
    else:
        report = full_check(_settings_with_secrets(config, quiet=as_json), paths.data_dir)

    if output == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    elif output == "prometheus":
        from invoice_tray.metrics import prometheus

        print(prometheus(report), end="")
    elif output == "nagios":
        from invoice_tray.metrics import nagios

        cause = report.verdict.cause
        words = f"{report.verdict.title}: {cause.summary}" if cause else report.verdict.title
        print(nagios(report, str(words)))
    else:
        from invoice_tray.cli.render import render_report

        print(render_report(report))
    return EXIT_CODES[report.verdict.light.label]


def _settings_with_secrets(config: Config, *, quiet: bool) -> CheckSettings:
    from invoice_tray import secrets
    from invoice_tray.checking import settings_for

    found = secrets.for_check(config)
    if not quiet:
        for problem in found.problems:
            _err(tr("note: {problem}", problem=problem))
    return settings_for(config, found=found)


def tray(args: argparse.Namespace) -> int:
    """The tray application (Qt is imported here only)."""
    from invoice_tray.ui.app import run_tray

    paths, config = _setup(args)
    return run_tray(config, paths, demo=args.demo, scenario=args.scenario)


def simulate(args: argparse.Namespace) -> int:
    from invoice_tray.simulator.scenarios import SCENARIOS
    from invoice_tray.simulator.server import Simulator, SimulatorError

    paths, _config = _setup(args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        sim = Simulator(
            paths.data_dir,
            host=args.host,
            port=args.port,
            control_port=args.control_port,
            scenario=args.sim_scenario,
            plain=args.plain,
            latency_s=args.latency_ms / 1000,
        )
        sim.start()
    except (SimulatorError, OSError) as exc:
        _err(tr("cannot start the simulator: {error}", error=str(exc)))
        return 2
    print(
        tr("Plain HTTPS site simulator on {url} (scenario: {scenario})",
           url=sim.url, scenario=sim.scenario.name)
        if args.plain
        else tr("Invoice server simulator on {url} (scenario: {scenario})",
                url=sim.url, scenario=sim.scenario.name)
    )  # fmt: skip
    print(tr('Trust its CA by setting server.ca_file = "{path}"', path=str(sim.ca_path)))
    print(tr("Switch scenario: curl -d NAME {url}/scenario", url=sim.control_url))
    print(tr("Scenarios: {names}", names=", ".join(SCENARIOS)))
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sim.close()
    return 0


def secrets(args: argparse.Namespace) -> int:
    from invoice_tray import secrets as store

    _setup(args)
    try:
        if args.secrets_command == "list":
            for name, description in store.KNOWN_SECRETS.items():
                state = tr("stored") if store.get_secret(name) else tr("not set")
                print(tr("{name}: {state} ({description})", name=name, state=state,
                         description=description))  # fmt: skip
            return 0
        if args.secrets_command == "delete":
            removed = store.delete_secret(args.name)
            print(
                tr("{name} removed", name=args.name)
                if removed
                else tr("{name} was not stored", name=args.name)
            )
            return 0
        store.ensure_available()
        store.check_name(args.name)
        if sys.stdin.isatty():
            _err(tr("Type the value of {name} and press Enter:", name=args.name))
        value = sys.stdin.readline().rstrip("\r\n")
        if not value:
            _err(tr("no value given on standard input; nothing stored"))
            return 2
        store.set_secret(args.name, value)
        print(tr("{name} stored in the system keyring", name=args.name))
        return 0
    except store.SecretsError as exc:
        _err(exc.message)
        return 2


def config(args: argparse.Namespace) -> int:
    paths, current = _setup(args)
    path = paths.config_file(args.config)
    exists = path.exists()
    print(
        tr("Config file: {path}", path=str(path))
        if exists
        else tr("Config file: {path} (does not exist: defaults in force)", path=str(path))
    )
    print(tr("Data folder: {path}", path=str(paths.data_dir)))
    from invoice_tray.config.policy import policy_file

    if current.locked or current.preset:
        print(tr("Policy of the IT department: {path}", path=str(policy_file())))
    for setting in s.ALL_SETTINGS:
        value = current[setting]
        if setting.key in current.locked:
            marker = f"  ({tr('locked by the IT department')})"
        elif setting.key in current.preset:
            marker = f"  ({tr('preset by the IT department')})"
        elif setting.key not in current.values:
            marker = f"  ({tr('default')})"
        else:
            marker = ""
        print(f"  {setting.key} = {json.dumps(value, ensure_ascii=False)}{marker}")
    from invoice_tray.config.endpoints import KEY

    marker = f"  ({tr('locked by the IT department')})" if KEY in current.locked else ""
    for number, endpoint in enumerate(current.endpoints, start=1):
        document = json.dumps(endpoint.to_document(), ensure_ascii=False)
        print(f"  {KEY}[{number}] = {document}{marker}")
    return 1 if current.problems else 0


def diagnostics(args: argparse.Namespace) -> int:
    from invoice_tray.checking import full_check
    from invoice_tray.cli import diagnostics as bundle

    paths, config = _setup(args)
    return bundle.run(
        args,
        paths,
        config,
        lambda: full_check(_settings_with_secrets(config, quiet=True), paths.data_dir),
    )


def fix(args: argparse.Namespace) -> int:
    from invoice_tray.checking import full_check
    from invoice_tray.cli import fix as fixes

    paths, config = _setup(args)

    def check() -> object:
        from invoice_tray.config import load_config

        # Read afresh: the fix may have changed the app's own settings.
        fresh = load_config(config.path) if config.path else config
        return full_check(_settings_with_secrets(fresh, quiet=True), paths.data_dir)

    return fixes.run(args, paths, config, check)


def drafts(args: argparse.Namespace) -> int:
    from invoice_tray.cli import drafts as offline

    paths, config = _setup(args)
    return offline.run(args, paths, lambda: _settings_with_secrets(config, quiet=True))
