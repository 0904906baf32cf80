"""``[[endpoints]]``: several services checked in one round, each by its kind.

    [[endpoints]]
    name = "电子税务局"
    url = "https://etax.example.cn:8443"
    kind = "https"            # or "invoice-server" (the full contract)
    critical = true           # failing turns the light red; false: at most yellow
    expect_status = [200, "300-399", 401]   # default: anything below 500
    expect_text = "登录"      # optional: the body must contain it
    ca_file = ""              # default: server.ca_file

Without ``[[endpoints]]``, ``[server]`` is the one ``invoice-server`` endpoint, as before.
Each field is read by the same value types as every other setting; an entry with a problem
is left out and the problem reported with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from invoice_tray.config.types import FilePath, HttpsUrl, InvalidValue, Line
from invoice_tray.engine.kinds import EndpointKind, Expectation
from invoice_tray.i18n import Text, tr

if TYPE_CHECKING:
    from collections.abc import Callable

MAX_ENDPOINTS = 8  # checked concurrently in one round, under one deadline
KEY = "endpoints"
FIELDS = ("name", "url", "kind", "critical", "expect_status", "expect_text", "ca_file")
_RANGE = re.compile(r"^\s*([1-5][0-9]{2})\s*(?:-\s*([1-5][0-9]{2}))?\s*$")


@dataclass(frozen=True)
class EndpointSpec:
    name: str
    url: str
    kind: EndpointKind = EndpointKind.HTTPS
    critical: bool = True
    expect: Expectation = field(default_factory=Expectation)
    ca_file: str = ""

    def to_document(self) -> dict[str, object]:
        """As written in the file (only what differs from the defaults, but name and url)."""
        out: dict[str, object] = {"name": self.name, "url": self.url, "kind": self.kind.value}
        if not self.critical:
            out["critical"] = False
        if self.expect.statuses:
            out["expect_status"] = [
                low if low == high else f"{low}-{high}" for low, high in self.expect.statuses
            ]
        if self.expect.text:
            out["expect_text"] = self.expect.text
        if self.ca_file:
            out["ca_file"] = self.ca_file
        return out


@dataclass(frozen=True)
class EntryProblem:
    index: int  # 0-based position in the file's list
    field: str  # "" for the entry as a whole
    message: Text


def parse_statuses(raw: object) -> tuple[tuple[int, int], ...]:
    """``[200, "300-399"]``: codes and ranges of codes (100 to 599)."""
    if not isinstance(raw, list):
        example = '[200, "300-399"]'
        raise InvalidValue(
            tr("expected a list of status codes, such as {example}", example=example)
        )
    ranges = []
    for item in raw:
        text = str(item) if isinstance(item, int) and not isinstance(item, bool) else item
        match = _RANGE.match(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidValue(
                tr("{value} is not a status code or a range of them", value=str(item))
            )
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if high < low:
            raise InvalidValue(
                tr("{value} is not a status code or a range of them", value=str(item))
            )
        ranges.append((low, high))
    return tuple(ranges)


def _kind(raw: object) -> EndpointKind:
    try:
        return EndpointKind(str(raw))
    except ValueError:
        kinds = ", ".join(f'"{kind.value}"' for kind in EndpointKind)
        raise InvalidValue(tr("expected one of {kinds}", kinds=kinds)) from None


def _critical(raw: object) -> bool:
    if not isinstance(raw, bool):
        raise InvalidValue(tr("expected {values}", values="true, false"))
    return raw


def parse_entry(table: dict[str, object]) -> tuple[EndpointSpec | None, list[tuple[str, Text]]]:
    """One ``[[endpoints]]`` table: the endpoint, or None, with the problems by field."""
    problems: list[tuple[str, Text]] = []
    readers: dict[str, Callable[[object], object]] = {
        "name": Line().parse,
        "url": HttpsUrl().parse,
        "kind": _kind,
        "critical": _critical,
        "expect_status": parse_statuses,
        "expect_text": Line().parse,
        "ca_file": FilePath().parse,
    }
    values: dict[str, object] = {}
    for name, raw in table.items():
        reader = readers.get(name)
        if reader is None:
            problems.append((name, tr("unknown setting; it is ignored")))
            continue
        try:
            values[name] = reader(raw)
        except InvalidValue as exc:
            problems.append((name, exc.message))
    url = values.get("url")
    if not url:
        if "url" not in {p[0] for p in problems}:
            problems.append(("url", tr("an endpoint needs its address (url)")))
        return None, problems
    if any(p[0] in ("url", "kind", "expect_status") for p in problems):
        return None, problems  # checked otherwise than meant: better not at all
    name = str(values.get("name") or urlsplit(str(url)).hostname or url)
    spec = EndpointSpec(
        name=name,
        url=str(url),
        kind=values.get("kind", EndpointKind.HTTPS),  # type: ignore[arg-type]
        critical=bool(values.get("critical", True)),
        expect=Expectation(
            values.get("expect_status", ()),  # type: ignore[arg-type]
            str(values.get("expect_text", "")),
        ),
        ca_file=str(values.get("ca_file", "")),
    )
    return spec, problems


def parse_endpoints(raw: object) -> tuple[tuple[EndpointSpec, ...], list[EntryProblem]]:
    """The ``endpoints`` array of tables: each good entry, in order, and every problem."""
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        message = tr("expected {tables} tables; they are ignored", tables="[[endpoints]]")
        return (), [EntryProblem(0, "", message)]
    specs: list[EndpointSpec] = []
    problems: list[EntryProblem] = []
    names: set[str] = set()
    for index, table in enumerate(raw):
        spec, found = parse_entry(table)
        problems.extend(EntryProblem(index, name, message) for name, message in found)
        if spec is None:
            problems.append(EntryProblem(index, "", tr("this endpoint is not checked")))
            continue
        if spec.name in names:
            problems.append(
                EntryProblem(index, "name", tr("the name {name} is used twice", name=spec.name))
            )
            continue
        if len(specs) == MAX_ENDPOINTS:
            message = tr("at most {count} endpoints are checked", count=MAX_ENDPOINTS)
            problems.append(EntryProblem(index, "", message))
            break
        names.add(spec.name)
        specs.append(spec)
    return tuple(specs), problems


def in_order(specs: tuple[EndpointSpec, ...]) -> tuple[EndpointSpec, ...]:
    """The invoice server first (drafts go to it; its checks are the round's own), then the
    others as written."""
    invoice = [s for s in specs if s.kind is EndpointKind.INVOICE_SERVER][:1]
    return (*invoice, *(s for s in specs if s not in invoice))


def from_fields(
    name: str, url: str, kind: EndpointKind, critical: bool, statuses: str, text: str, ca_file: str
) -> tuple[EndpointSpec | None, list[tuple[str, Text]]]:
    """An endpoint from a form's fields, by the same rule as the file: the codes are typed as
    ``200, 300-399`` (commas, semicolons or spaces between them; full-width too)."""
    table: dict[str, object] = {"url": url, "kind": kind.value, "critical": critical}
    if name.strip():
        table["name"] = name
    codes = [item for item in re.split(r"[,;，；\s]+", statuses.strip()) if item]
    if codes:
        table["expect_status"] = codes
    if text.strip():
        table["expect_text"] = text
    if ca_file.strip():
        table["ca_file"] = ca_file.strip()
    return parse_entry(table)
