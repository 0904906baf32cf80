"""The command line in the user's language: the language is chosen before the parser is
built (its help texts are rendered then), and argparse's own words (usage, options, its
error messages) are translated too. argparse looks its words up through its module's ``_``
at the moment it prints them; that one name is replaced, nothing else of argparse."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from invoice_tray.i18n import Text, current_language, set_language, tr

ARGPARSE: dict[str, Text] = {
    "usage: ": tr("usage: "),
    "positional arguments": tr("positional arguments"),
    "options": tr("options"),
    "show this help message and exit": tr("show this help message and exit"),
    "%(prog)s: error: %(message)s\n": tr("%(prog)s: error: %(message)s\n"),
    "the following arguments are required: %s": tr("the following arguments are required: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": tr(
        "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
    "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
    "expected one argument": tr("expected one argument"),
    "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": tr(
        "ambiguous option: %(option)s could match %(matches)s"
    ),
    "not allowed with argument %s": tr("not allowed with argument %s"),
    "one of the arguments %s is required": tr("one of the arguments %s is required"),
}


class LocalizedParser(argparse.ArgumentParser):
    """argparse ends each section title with an ASCII colon; Chinese takes the full-width
    one. Sub-commands' parsers are of this class too (argparse makes them like their parent)."""

    def format_help(self) -> str:
        text = super().format_help()
        if current_language() == "en":
            return text
        return re.sub(r"(?m)^(\S[^\n]*?):$", r"\1：", text)


def help_text(text: object) -> str:
    """A help text for argparse, rendered now (the parser is built in the chosen language);
    argparse formats help with %, so a literal % is doubled."""
    return str(text).replace("%", "%%")


def _translated(message: str) -> str:
    known = ARGPARSE.get(message)
    return known.render() if known is not None else message


def localize_argparse() -> None:
    argparse._ = _translated  # type: ignore[attr-defined]


def early_language(argv: Sequence[str]) -> str:
    """The language to build the parser in: ``--lang``, else the config file's, else the
    system's. Nothing here fails: a config that cannot be read means the system's."""
    wanted = _option(argv, "--lang")
    if wanted is None:
        try:
            from invoice_tray.config import load_config
            from invoice_tray.config import schema as s
            from invoice_tray.paths import AppPaths

            given = _option(argv, "--config")
            path = AppPaths.from_environment().config_file(given)
            wanted = load_config(Path(path))[s.UI_LANGUAGE]
        except Exception:  # any trouble here is told later, by the command itself
            wanted = "auto"
    if wanted not in ("auto", "en", "zh_CN"):
        wanted = "auto"
    set_language(wanted)
    return current_language()


def _option(argv: Sequence[str], name: str) -> str | None:
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None
