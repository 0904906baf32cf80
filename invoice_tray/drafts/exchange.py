"""Drafts out and in: JSON (lossless, the documented draft format) and CSV (UTF-8 with a
byte-order mark, so Excel shows Chinese correctly; one row per invoice line, the buyer
repeated, a ``draft`` column grouping the rows of one draft).

Reading checks every row and says where each problem is (``row 7``, ``#3``); the caller adds
all drafts or none.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from invoice_tray.drafts.model import Draft, Problem, blocking, parse_draft
from invoice_tray.i18n import Text, tr

CSV_COLUMNS = (
    "draft",
    "buyer_name",
    "buyer_tax_id",
    "buyer_address_phone",
    "buyer_bank_account",
    "remarks",
    "name",
    "tax_code",
    "spec",
    "unit",
    "quantity",
    "unit_price",
    "tax_rate",
    "price_includes_tax",
    "amount",
    "tax",
)
MAX_FILE_BYTES = 50 * 1024 * 1024
TRUE_WORDS = {"true", "yes", "1", "是", "含税"}
FALSE_WORDS = {"false", "no", "0", "否", "不含税", ""}


@dataclass(frozen=True)
class ReadDraft:
    where: Text  # "#3" for JSON, "rows 4–6" for CSV
    draft: Draft
    problems: list[Problem]


@dataclass(frozen=True)
class ImportReport:
    read: list[ReadDraft]
    ids: list[int]  # the drafts added; none when any draft had an error

    @property
    def refused(self) -> bool:
        return any(blocking(item.problems) for item in self.read)


class ExchangeError(ValueError):
    def __init__(self, message: Text) -> None:
        super().__init__(message.msgid)
        self.message = message


def to_json(drafts: Iterable[Draft]) -> bytes:
    documents = [draft.to_json() for draft in drafts]
    return json.dumps(documents, ensure_ascii=False, indent=2).encode("utf-8")


def to_csv(drafts: Iterable[Draft]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for number, draft in enumerate(drafts, start=1):
        buyer = draft.buyer
        for line in draft.lines:
            amount, tax = line.totals()
            writer.writerow(
                [
                    number, buyer.name, buyer.tax_id, buyer.address_phone, buyer.bank_account,
                    draft.remarks, line.name, line.tax_code, line.spec, line.unit,
                    str(line.quantity), str(line.unit_price), line.tax_rate,
                    "true" if line.price_includes_tax else "false", str(amount), str(tax),
                ]
            )  # fmt: skip
    return out.getvalue().encode("utf-8-sig")  # the BOM tells Excel it is UTF-8


def read_json(raw: bytes) -> list[ReadDraft]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExchangeError(tr("the file is not UTF-8 text")) from exc
    except json.JSONDecodeError as exc:
        message = tr(
            "not valid JSON (line {line}, column {column}): {reason}",
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        )
        raise ExchangeError(message) from exc
    documents = data if isinstance(data, list) else [data]
    read = []
    for number, document in enumerate(documents, start=1):
        draft, problems = parse_draft(document)
        read.append(ReadDraft(tr("#{number}", number=number), draft, problems))
    return read


def read_csv(raw: bytes) -> list[ReadDraft]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = tr("the file is not UTF-8 text (save it from Excel as CSV UTF-8)")
        raise ExchangeError(message) from exc
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if not rows:
        return []
    missing = [c for c in CSV_COLUMNS[:14] if c not in rows[0]]
    if missing:
        raise ExchangeError(tr("missing columns: {columns}", columns=", ".join(missing)))
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for index, row in enumerate(rows, start=2):  # row 1 is the header
        groups.setdefault((row.get("draft") or "").strip() or f"row-{index}", []).append(
            (index, row)
        )
    read = []
    for members in groups.values():
        first = members[0][1]
        flag_problems: list[Problem] = []
        lines = []
        for position, (_index, row) in enumerate(members, start=1):
            includes = (row.get("price_includes_tax") or "").strip().lower()
            if includes not in TRUE_WORDS | FALSE_WORDS:
                flag_problems.append(
                    Problem(f"lines[{position}].price_includes_tax", tr("must be true or false"))
                )
            lines.append(
                {
                    "name": row.get("name", ""),
                    "tax_code": row.get("tax_code", ""),
                    "spec": row.get("spec", ""),
                    "unit": row.get("unit", ""),
                    "quantity": (row.get("quantity") or "").strip(),
                    "unit_price": (row.get("unit_price") or "").strip(),
                    "tax_rate": _rate(row.get("tax_rate") or ""),
                    "price_includes_tax": includes in TRUE_WORDS,
                }
            )
        document = {
            "buyer": {
                "name": first.get("buyer_name", ""),
                "tax_id": first.get("buyer_tax_id", ""),
                "address_phone": first.get("buyer_address_phone", ""),
                "bank_account": first.get("buyer_bank_account", ""),
            },
            "lines": lines,
            "remarks": first.get("remarks", ""),
        }
        draft, problems = parse_draft(document)
        rows_at = [index for index, _row in members]
        where = (
            tr("row {row}", row=rows_at[0])
            if len(rows_at) == 1
            else tr("rows {first}–{last}", first=rows_at[0], last=rows_at[-1])
        )
        read.append(ReadDraft(where, draft, flag_problems + problems))
    return read


def _rate(text: str) -> str:
    """``13%`` as Excel shows it, or ``0.13`` as the draft format has it."""
    value = text.strip()
    if value.endswith("%"):
        try:
            fraction = Decimal(value[:-1].strip()) / 100
        except InvalidOperation:
            return value
        return "0" if fraction == 0 else format(fraction.normalize(), "f")
    return value


def form_of(path: Path, form: str | None = None) -> str:
    """``csv`` or ``json``: as asked, else by the file's extension."""
    return form or ("csv" if path.suffix.lower() == ".csv" else "json")


def write_file(path: Path, drafts: Iterable[Draft], form: str | None = None) -> int:
    """Write the drafts whole or not at all (a half-written export is worse than none);
    returns how many were written."""
    listed = list(drafts)
    data = to_csv(listed) if form_of(path, form) == "csv" else to_json(listed)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        error = exc.strerror or str(exc)
        raise ExchangeError(
            tr("cannot write {path}: {error}", path=str(path), error=error)
        ) from exc
    return len(listed)


def read_file(path: Path) -> list[ReadDraft]:
    """Every draft in a JSON or CSV file (by its extension), each with its problems."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExchangeError(tr("{path} is too large (over 50 MB)", path=str(path)))
        raw = path.read_bytes()
    except OSError as exc:
        error = exc.strerror or str(exc)
        raise ExchangeError(tr("cannot read {path}: {error}", path=str(path), error=error)) from exc
    try:
        return read_csv(raw) if form_of(path) == "csv" else read_json(raw)
    except ExchangeError as exc:
        raise ExchangeError(
            tr("{path}: {reason}", path=str(path), reason=exc.message)
        ) from exc


def import_file(path: Path, add: Callable[..., list[int]]) -> ImportReport:
    """Read a file and, when no draft in it has an error, add them all with
    ``add(drafts, reason="imported")`` (one transaction); else add nothing."""
    read = read_file(path)
    report = ImportReport(read, [])
    if report.refused or not read:
        return report
    return ImportReport(read, add([item.draft for item in read], reason="imported"))
