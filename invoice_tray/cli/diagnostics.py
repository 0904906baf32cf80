"""``invoice-tray diagnostics``: write a bundle for the helpdesk (after a fresh check), and,
for the helpdesk, ``diagnostics show BUNDLE.zip``: is a received bundle whole and unchanged,
and what does it say. Exit codes of ``show``: 0 intact, 1 damaged or changed, 2 unreadable."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from invoice_tray.cli import command_help
from invoice_tray.cli.localize import help_text
from invoice_tray.config import Config
from invoice_tray.i18n import Text, current_language, tr
from invoice_tray.paths import AppPaths


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    h = help_text
    diagnostics = sub.add_parser(
        "diagnostics",
        parents=parents,
        help=h(command_help()["diagnostics"]),
    )
    diagnostics.add_argument(
        "--output",
        metavar="PATH",
        default=".",
        help=h(tr("folder (a dated name is chosen) or .zip file to write (default: this folder)")),
    )
    diagnostics.add_argument(
        "--note", metavar="TEXT", default="", help=h(tr("what happened, in your own words"))
    )
    diagnostics.add_argument(
        "--include-drafts",
        action="store_true",
        help=h(tr("include the offline drafts themselves, not only how many there are")),
    )
    actions = diagnostics.add_subparsers(dest="diagnostics_action", metavar="show")
    show = actions.add_parser(
        "show",
        parents=parents,
        help=h(tr("check a received bundle against its manifest and print its summary")),
    )
    show.add_argument("bundle", metavar="BUNDLE.zip", help=h(tr("the bundle to read")))


def run(
    args: argparse.Namespace,
    paths: AppPaths,
    config: Config,
    check: Callable[[], Any],
) -> int:
    if getattr(args, "diagnostics_action", None) == "show":
        return show(Path(args.bundle).expanduser())
    return write(args, paths, config, check)


def _err(message: object) -> None:
    print(message, file=sys.stderr)


def write(
    args: argparse.Namespace, paths: AppPaths, config: Config, check: Callable[[], Any]
) -> int:
    from invoice_tray import diagnostics as bundle

    print(tr("Checking the connection for the diagnostics…"), flush=True)
    sources = bundle.Sources(paths, config, check(), log_lines=bundle.log_tail(paths, 200))
    options = bundle.Options(note=args.note, include_drafts=args.include_drafts)
    try:
        written = bundle.export(sources, Path(args.output).expanduser(), options)
    except bundle.SecretLeft as exc:
        _err(exc.message)
        return 1
    except OSError as exc:
        reason = bundle.why_not_written(exc)
        _err(
            tr(
                "The diagnostics could not be written to {path}: {error}",
                path=args.output,
                error=reason,
            )
        )
        return 1
    print(tr("Diagnostics written to {path} (secrets removed).", path=str(written.path.resolve())))
    print(written.summary(current_language()))
    return 0


def show(path: Path) -> int:
    from invoice_tray.diagnostics.reading import Problem, read_bundle

    try:
        reading = read_bundle(path)
    except OSError as exc:
        _err(tr("{path} cannot be read: {error}", path=str(path), error=exc.strerror or str(exc)))
        return 2
    print(tr("Bundle: {path}", path=str(path)))
    if reading.version:
        print(tr("Made by invoice-tray {version}", version=reading.version))
    words: dict[Problem, Callable[[str], Text]] = {
        Problem.NOT_A_BUNDLE: lambda _f: tr("not a diagnostics bundle, or cut short in transfer"),
        Problem.NO_MANIFEST: lambda _f: tr("it has no manifest: it cannot be checked"),
        Problem.CHANGED: lambda f: tr("{file} was changed after it was made", file=f),
        Problem.MISSING: lambda f: tr("{file} is missing", file=f),
        Problem.ADDED: lambda f: tr("{file} was added after it was made", file=f),
        Problem.DAMAGED: lambda f: tr("{file} is damaged", file=f),
    }
    if reading.intact:
        print(tr("Intact: every file matches the manifest."))
    else:
        print(tr("NOT intact: ask for the bundle again."))
        for finding in reading.findings:
            print(f"  - {words[finding.problem](finding.member)}")
    text = reading.summary(current_language())
    if text:
        print()
        print(text)
        note = (reading.report or {}).get("note")
        if isinstance(note, str) and note:
            print()
            print(tr("The user's note:"))
            print(note)
    if reading.findings and reading.findings[0].problem is Problem.NOT_A_BUNDLE:
        return 2
    return 0 if reading.intact else 1
