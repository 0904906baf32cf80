"""Drafts out and in: JSON (lossless, the documented draft format) and CSV for Excel.

The CSV is UTF-8 with a byte-order mark, so Excel shows Chinese correctly; one row per
invoice line, the buyer repeated, a first column grouping the rows of one draft. It is
written in the user's language: column headers, rates as on the invoice (13%, 免税),
yes/no as 是/否. Long digit strings (the 19-digit tax classification code, all-digit
taxpayer IDs) are written as ``="…"``, which Excel keeps as text: a plain number would turn
into 3.0402E+18 and lose its last digits. Reading accepts either language, those forms and
what Excel writes back.

Reading checks every row and says where each problem is: for CSV the row and the column of
the file, for JSON the draft's number; the caller adds all drafts or none.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from invoice_tray.drafts.model import (
    RATE_NAMES,
    RATES,
    Draft,
    Problem,
    blocking,
    parse_draft,
    rate_label,
    typed_number,
)
from invoice_tray.i18n import LANGUAGES, Text, TranslatedError, tr

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
# The columns' headers as the user reads them; a file with either language's headers reads.
CSV_HEADERS: dict[str, Text] = {
    "draft": tr("Draft"),
    "buyer_name": tr("Buyer name"),
    "buyer_tax_id": tr("Buyer taxpayer ID"),
    "buyer_address_phone": tr("Buyer address and phone"),
    "buyer_bank_account": tr("Buyer bank and account"),
    "remarks": tr("Remarks"),
    "name": tr("Item name"),
    "tax_code": tr("Tax classification code"),
    "spec": tr("Specification"),
    "unit": tr("Unit"),
    "quantity": tr("Quantity"),
    "unit_price": tr("Unit price"),
    "tax_rate": tr("Tax rate"),
    "price_includes_tax": tr("Price includes tax"),
    "amount": tr("Amount"),
    "tax": tr("Tax"),
}
BUYER_COLUMNS = {
    "buyer.name": "buyer_name",
    "buyer.tax_id": "buyer_tax_id",
    "buyer.address_phone": "buyer_address_phone",
    "buyer.bank_account": "buyer_bank_account",
    "remarks": "remarks",
}
YES, NO = tr("yes"), tr("no")
TRUE_WORDS = {"true", "yes", "y", "1", "是", "含税"}
FALSE_WORDS = {"false", "no", "n", "0", "否", "不含税", ""}
MAX_FILE_BYTES = 50 * 1024 * 1024
# Excel shows a number of more than 11 digits in E notation and keeps only 15 of them.
_LONG_DIGITS = re.compile(r"^\d{12,}$")
_EXCEL_TEXT = re.compile(r'^="(.*)"$')


@dataclass(frozen=True)
class ReadDraft:
    where: Text  # "#3" for JSON, "rows 4–6" for CSV
    draft: Draft
    problems: list[Problem]
    # CSV: where in the file each field was read ("row 5, column “Quantity”")
    places: Mapping[str, Text] = field(default_factory=dict)

    def described(self) -> list[str]:
        """Each problem on a line of its own, said where the user finds it: the row and the
        column of a CSV file, or the draft's number and its field."""
        lines = []
        for problem in self.problems:
            mark = "✗" if problem.blocking else "⚠"
            place = self.places.get(problem.field)
            if place is not None:
                lines.append(
                    f"{mark} {tr('{place}: {message}', place=place, message=problem.message)}"
                )
            else:
                lines.append(f"{mark} {self.where}: {problem.render()}")
        return lines


@dataclass(frozen=True)
class ImportReport:
    read: list[ReadDraft]
    ids: list[int]  # the drafts added; none when any draft had an error

    @property
    def refused(self) -> bool:
        return any(blocking(item.problems) for item in self.read)


class ExchangeError(TranslatedError, ValueError):
    pass


def to_json(drafts: Iterable[Draft]) -> bytes:
    documents = [draft.to_json() for draft in drafts]
    return json.dumps(documents, ensure_ascii=False, indent=2).encode("utf-8")


def to_csv(drafts: Iterable[Draft]) -> bytes:
    """The drafts as a CSV file for Excel, in the current language."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([str(CSV_HEADERS[column]) for column in CSV_COLUMNS])
    yes, no = str(YES), str(NO)
    for number, draft in enumerate(drafts, start=1):
        buyer = draft.buyer
        for line in draft.lines:
            amount, tax = line.totals()
            writer.writerow(
                [
                    number, buyer.name, _as_text(buyer.tax_id), buyer.address_phone,
                    buyer.bank_account, draft.remarks, line.name, _as_text(line.tax_code),
                    line.spec, line.unit, str(line.quantity), str(line.unit_price),
                    rate_label(line.tax_rate), yes if line.price_includes_tax else no,
                    str(amount), str(tax),
                ]
            )  # fmt: skip
    return out.getvalue().encode("utf-8-sig")  # the BOM tells Excel it is UTF-8


def _as_text(value: str) -> str:
    """A long digit string in the form Excel keeps as text (every digit stays)."""
    return f'="{value}"' if _LONG_DIGITS.match(value) else value


def _cell(row: Mapping[str, str], column: str) -> str:
    """A cell as typed, with Excel's ``="…"`` text form taken off."""
    value = (row.get(column) or "").strip()
    match = _EXCEL_TEXT.match(value)
    return match.group(1) if match else value


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


def _header_keys() -> dict[str, str]:
    """Every header a column may have in a file (its key, or its name in any language)."""
    keys = {column: column for column in CSV_COLUMNS}
    for column, header in CSV_HEADERS.items():
        for language in LANGUAGES:
            keys[header.render(language)] = column
    return keys


def _rate_codes() -> dict[str, str]:
    """Every way a rate may be written: 13%, 0.13, 0%, 免税, exempt, not taxable."""
    codes = {code: code for code in RATES}
    for code in RATES:
        codes[rate_label(code)] = code
        for language in LANGUAGES:
            if code in RATE_NAMES:
                codes[RATE_NAMES[code].render(language)] = code
    codes.update({"exempt": "exempt", "not taxable": "not-taxable", "0%": "0", "0.00": "0"})
    return {key.lower(): code for key, code in codes.items()}


def read_csv(raw: bytes) -> list[ReadDraft]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = tr("the file is not UTF-8 text (save it from Excel as CSV UTF-8)")
        raise ExchangeError(message) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return []
    known = _header_keys()
    columns = [known.get(name.strip(), name.strip()) for name in header]
    names = {column: name.strip() for column, name in zip(columns, header, strict=True)}
    missing = [c for c in CSV_COLUMNS[:14] if c not in columns]
    if missing:
        listed = "、".join(str(CSV_HEADERS[c]) for c in missing)
        raise ExchangeError(tr("the first row has no column for: {columns}", columns=listed))
    rows = [dict(zip(columns, cells, strict=False)) for cells in reader]
    if not rows:
        return []
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for index, row in enumerate(rows, start=2):  # row 1 is the header
        groups.setdefault(_cell(row, "draft") or f"row-{index}", []).append((index, row))
    rates = _rate_codes()
    return [_read_group(members, names, rates) for members in groups.values()]


def _rate_code(text: str, rates: Mapping[str, str]) -> str:
    """The draft's rate code for a rate as written: 13%, 13 %, 0.13, 免税, not taxable."""
    lowered = text.lower()
    if lowered in rates or lowered.replace(" ", "") in rates:
        return rates.get(lowered) or rates[lowered.replace(" ", "")]
    if lowered.endswith("%"):
        try:
            fraction = Decimal(lowered[:-1].strip()) / 100
        except InvalidOperation:
            return text
        return next((code for code, value in RATES.items() if value == fraction), text)
    return text


def _place(names: Mapping[str, str], row: int, column: str) -> Text:
    return tr("row {row}, column “{column}”", row=row, column=names.get(column, column))


def _read_group(
    members: list[tuple[int, dict[str, str]]], names: Mapping[str, str], rates: Mapping[str, str]
) -> ReadDraft:
    """One draft from its rows (one per invoice line), with where each field came from."""
    first_index, first = members[0]
    places: dict[str, Text] = {}
    own: list[Problem] = []
    lines = []
    for position, (index, row) in enumerate(members, start=1):
        where = f"lines[{position}]"
        places[where] = tr("row {row}", row=index)
        for column in ("name", "tax_code", "spec", "unit", "quantity", "unit_price",
                       "tax_rate", "price_includes_tax", "tax"):  # fmt: skip
            places[f"{where}.{column}"] = _place(names, index, column)
        includes = _cell(row, "price_includes_tax").lower()
        if includes not in TRUE_WORDS | FALSE_WORDS:
            own.append(Problem(f"{where}.price_includes_tax", tr("must be yes or no")))
        numbers = {}
        for column in ("quantity", "unit_price"):  # "1,000.00" as Excel writes it reads too
            cleaned, problem = typed_number(f"{where}.{column}", _cell(row, column))
            if problem is not None:
                own.append(problem)
            numbers[column] = cleaned
        rate = _cell(row, "tax_rate")
        lines.append(
            {
                "name": _cell(row, "name"),
                "tax_code": _cell(row, "tax_code"),
                "spec": _cell(row, "spec"),
                "unit": _cell(row, "unit"),
                **numbers,
                "tax_rate": _rate_code(rate, rates),
                "price_includes_tax": includes in TRUE_WORDS,
            }
        )
    for field_path, column in BUYER_COLUMNS.items():
        places[field_path] = _place(names, first_index, column)
    places["buyer"] = places["lines"] = tr("row {row}", row=first_index)
    document = {
        "buyer": {
            "name": _cell(first, "buyer_name"),
            "tax_id": _cell(first, "buyer_tax_id"),
            "address_phone": _cell(first, "buyer_address_phone"),
            "bank_account": _cell(first, "buyer_bank_account"),
        },
        "lines": lines,
        "remarks": _cell(first, "remarks"),
    }
    draft, problems = parse_draft(document)
    mentioned = {p.field for p in own}
    rows_at = [index for index, _row in members]
    where_text = (
        tr("row {row}", row=rows_at[0])
        if len(rows_at) == 1
        else tr("rows {first}–{last}", first=rows_at[0], last=rows_at[-1])
    )
    found = own + [p for p in problems if p.field not in mentioned]
    return ReadDraft(where_text, draft, found, places)


class FileForm(enum.StrEnum):
    JSON = "json"
    CSV = "csv"  # for Excel


def form_of(path: Path, form: FileForm | None = None) -> FileForm:
    """As asked, else by the file's extension."""
    if form is not None:
        return form
    return FileForm.CSV if path.suffix.lower() == ".csv" else FileForm.JSON


def write_file(path: Path, drafts: Iterable[Draft], form: FileForm | None = None) -> int:
    """Write the drafts whole or not at all (a half-written export is worse than none);
    returns how many were written."""
    listed = list(drafts)
    data = to_csv(listed) if form_of(path, form) is FileForm.CSV else to_json(listed)
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
        return read_csv(raw) if form_of(path) is FileForm.CSV else read_json(raw)
    except ExchangeError as exc:
        raise ExchangeError(tr("{path}: {reason}", path=str(path), reason=exc.message)) from exc


def import_file(path: Path, add: Callable[..., list[int]]) -> ImportReport:
    """Read a file and, when no draft in it has an error, add them all with
    ``add(drafts, reason=…)`` (one transaction); else add nothing."""
    read = read_file(path)
    report = ImportReport(read, [])
    if report.refused or not read:
        return report
    return ImportReport(read, add([item.draft for item in read], reason=tr("imported from a file")))
