"""An invoice draft: buyer, lines and remarks; money as ``Decimal``; totals and rounding as
the Chinese VAT invoice has them.

Parsing never throws away what the user typed: :func:`parse_draft` returns the draft with
every problem, each naming its field (``lines[2].quantity``) in the user's language. Errors
block queuing; warnings (a taxpayer ID of another length, a failed check digit, a tax amount
off by more than the tolerance) are shown but do not block.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from invoice_tray import validtext
from invoice_tray.i18n import Text, tr

CENT = Decimal("0.01")
# Rates a line may carry; the three kinds of zero are distinct on an invoice.
RATES: dict[str, Decimal] = {
    "0.13": Decimal("0.13"),
    "0.09": Decimal("0.09"),
    "0.06": Decimal("0.06"),
    "0.05": Decimal("0.05"),
    "0.03": Decimal("0.03"),
    "0.01": Decimal("0.01"),
    "0": Decimal(0),  # zero-rated (0 %)
    "exempt": Decimal(0),  # 免税
    "not-taxable": Decimal(0),  # 不征税
}
RATE_NAMES: dict[str, Text] = {
    "0": tr("0% (zero-rated)"),
    "exempt": tr("exempt"),
    "not-taxable": tr("not taxable"),
}
LINE_TAX_TOLERANCE = Decimal("0.06")
INVOICE_TAX_TOLERANCE = Decimal("1.27")
MAX_LINES = 2000
MAX_TEXT = 200
MAX_AMOUNT = Decimal("999999999999.99")
_TAX_CODE = re.compile(r"^\d{19}$")
_TAX_ID = re.compile(r"^[0-9A-Z]+$")


def rate_label(value: str) -> str:
    """A tax rate as written on the invoice: "13%", "0% (zero-rated)", "exempt"."""
    if value in RATE_NAMES:
        return str(RATE_NAMES[value])
    if value in RATES:
        return f"{(RATES[value] * 100).normalize():f}%"
    return value


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


FIELD_LABELS: dict[str, Text] = {
    "": tr("Draft"),
    "buyer": tr("Buyer"),
    "buyer.name": tr("Buyer name"),
    "buyer.tax_id": tr("Buyer taxpayer ID"),
    "buyer.address_phone": tr("Buyer address and phone"),
    "buyer.bank_account": tr("Buyer bank and account"),
    "lines": tr("Lines"),
    "remarks": tr("Remarks"),
}
LINE_FIELD_LABELS: dict[str, Text] = {
    "name": tr("item name"),
    "tax_code": tr("tax classification code"),
    "spec": tr("specification"),
    "unit": tr("unit"),
    "quantity": tr("quantity"),
    "unit_price": tr("unit price"),
    "tax_rate": tr("tax rate"),
    "price_includes_tax": tr("price includes tax"),
    "tax": tr("tax"),
}
# A field path of a line: "lines[2]" or "lines[2].quantity".
LINE_FIELD = re.compile(r"^lines\[(\d+)\](?:\.(\w+))?$")


def field_label(path: str) -> str:
    """``lines[2].quantity`` as the user knows it ("Line 2, quantity"), in their language."""
    if path in FIELD_LABELS:
        return str(FIELD_LABELS[path])
    match = LINE_FIELD.match(path)
    if match is None:
        return path
    number, key = int(match.group(1)), match.group(2)
    if key is None:
        return str(tr("Line {number}", number=number))
    name = LINE_FIELD_LABELS.get(key)
    return str(tr("Line {number}, {field}", number=number, field=str(name or key)))


def at_field(path: str, text: str) -> str:
    """``text`` said of a field ("Buyer taxpayer ID: …"), in the user's language; the server's
    own words are kept as it sent them."""
    if not path:
        return text
    return str(tr("{label}: {text}", label=field_label(path), text=text))


@dataclass(frozen=True)
class Problem:
    field: str  # "buyer.tax_id", "lines[2].quantity", "lines": for programs and the editor
    message: Text
    blocking: bool = True

    def label(self) -> str:
        """The field as the user knows it, in the user's language."""
        return field_label(self.field)

    def render(self) -> str:
        return str(tr("{label}: {text}", label=self.label(), text=str(self.message)))


@dataclass(frozen=True)
class Buyer:
    name: str = ""
    tax_id: str = ""
    address_phone: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class Line:
    name: str = ""
    tax_code: str = ""
    spec: str = ""
    unit: str = ""
    quantity: Decimal = Decimal(0)
    unit_price: Decimal = Decimal(0)
    tax_rate: str = "0.13"
    price_includes_tax: bool = False

    @property
    def rate(self) -> Decimal:
        return RATES.get(self.tax_rate, Decimal(0))

    def totals(self) -> tuple[Decimal, Decimal]:
        """(amount without tax, tax), each rounded half-up to the cent."""
        value = cents(self.quantity * self.unit_price)
        if self.price_includes_tax:
            amount = cents(value / (1 + self.rate))
            return amount, value - amount
        return value, cents(value * self.rate)


@dataclass(frozen=True)
class Totals:
    amount: Decimal
    tax: Decimal

    @property
    def total(self) -> Decimal:  # 价税合计
        return self.amount + self.tax


@dataclass(frozen=True)
class Draft:
    buyer: Buyer = field(default_factory=Buyer)
    lines: tuple[Line, ...] = ()
    remarks: str = ""

    def totals(self) -> Totals:
        amount = tax = Decimal(0)
        for line in self.lines:
            line_amount, line_tax = line.totals()
            amount += line_amount
            tax += line_tax
        return Totals(amount, tax)

    def to_json(self) -> dict[str, Any]:
        """The documented draft JSON (docs/drafts.md); numbers as decimal strings."""
        return {
            "buyer": {
                "name": self.buyer.name,
                "tax_id": self.buyer.tax_id,
                "address_phone": self.buyer.address_phone,
                "bank_account": self.buyer.bank_account,
            },
            "lines": [
                {
                    "name": line.name,
                    "tax_code": line.tax_code,
                    "spec": line.spec,
                    "unit": line.unit,
                    "quantity": str(line.quantity),
                    "unit_price": str(line.unit_price),
                    "tax_rate": line.tax_rate,
                    "price_includes_tax": line.price_includes_tax,
                }
                for line in self.lines
            ],
            "remarks": self.remarks,
        }


def parse_draft(data: object) -> tuple[Draft, list[Problem]]:
    """Read a draft from its JSON form, keeping whatever can be kept, with every problem."""
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        return Draft(), [Problem("", tr("a draft must be a JSON object"))]
    reader = _Reader(problems)
    buyer_data = data.get("buyer", {})
    if not isinstance(buyer_data, Mapping):
        problems.append(Problem("buyer", tr("must be an object")))
        buyer_data = {}
    buyer = Buyer(
        name=reader.text(buyer_data, "buyer.name", "name"),
        tax_id=reader.text(buyer_data, "buyer.tax_id", "tax_id").strip().upper(),
        address_phone=reader.text(buyer_data, "buyer.address_phone", "address_phone"),
        bank_account=reader.text(buyer_data, "buyer.bank_account", "bank_account"),
    )
    raw_lines = data.get("lines", [])
    if not isinstance(raw_lines, list):
        problems.append(Problem("lines", tr("must be a list")))
        raw_lines = []
    lines = []
    for index, raw in enumerate(raw_lines[:MAX_LINES], start=1):
        where = f"lines[{index}]"
        if not isinstance(raw, Mapping):
            problems.append(Problem(where, tr("must be an object")))
            continue
        lines.append(
            Line(
                name=reader.text(raw, f"{where}.name", "name"),
                tax_code=reader.text(raw, f"{where}.tax_code", "tax_code").strip(),
                spec=reader.text(raw, f"{where}.spec", "spec"),
                unit=reader.text(raw, f"{where}.unit", "unit"),
                quantity=reader.number(raw, f"{where}.quantity", "quantity"),
                unit_price=reader.number(raw, f"{where}.unit_price", "unit_price"),
                tax_rate=reader.rate(raw, f"{where}.tax_rate"),
                price_includes_tax=reader.flag(raw, f"{where}.price_includes_tax"),
            )
        )
    if len(raw_lines) > MAX_LINES:
        problems.append(Problem("lines", tr("at most {count} lines", count=MAX_LINES)))
    draft = Draft(buyer, tuple(lines), reader.text(data, "remarks", "remarks"))
    # A field that could not be read is reported once, not again by the rules.
    unreadable = {problem.field for problem in problems}
    problems.extend(p for p in validate(draft) if p.field not in unreadable)
    return draft, problems


class _Reader:
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def text(self, data: Mapping[str, Any], where: str, key: str) -> str:
        value = data.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problems.append(Problem(where, tr("must be text")))
            return str(value)
        if validtext.broken(value):
            self.problems.append(Problem(where, validtext.PROBLEM))
        if len(value) > MAX_TEXT and key != "remarks":
            self.problems.append(Problem(where, tr("at most {count} characters", count=MAX_TEXT)))
        return value

    def number(self, data: Mapping[str, Any], where: str, key: str) -> Decimal:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int):
            # Floats are refused: 0.1 as a binary float is not 0.1 yuan.
            self.problems.append(Problem(where, tr("must be a decimal number in quotes")))
            return Decimal(0)
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            self.problems.append(Problem(where, tr("must be a decimal number in quotes")))
            return Decimal(0)
        if not number.is_finite() or number.as_tuple().exponent < -8:  # type: ignore[operator]
            self.problems.append(Problem(where, tr("at most 8 decimal places")))
            return Decimal(0)
        return number

    def rate(self, data: Mapping[str, Any], where: str) -> str:
        value = data.get("tax_rate", "")
        text = str(value).strip() if isinstance(value, str | int) else ""
        if text in ("0.00", "0.0"):
            text = "0"
        if text not in RATES:
            self.problems.append(
                Problem(
                    where,
                    tr("must be one of: {rates}", rates=", ".join(map(rate_label, RATES))),
                )
            )
        return text

    def flag(self, data: Mapping[str, Any], where: str) -> bool:
        value = data.get("price_includes_tax", False)
        if not isinstance(value, bool):
            self.problems.append(Problem(where, tr("must be yes or no")))
            return False
        return value


def validate(draft: Draft) -> list[Problem]:
    problems: list[Problem] = []
    buyer = draft.buyer
    if not buyer.name.strip():
        problems.append(Problem("buyer.name", tr("is required")))
    problems.extend(_tax_id_problems(buyer.tax_id))
    if not draft.lines:
        problems.append(Problem("lines", tr("at least one line is required")))
    tax_error = Decimal(0)
    for index, line in enumerate(draft.lines, start=1):
        where = f"lines[{index}]"
        if not line.name.strip():
            problems.append(Problem(f"{where}.name", tr("is required")))
        if not _TAX_CODE.match(line.tax_code):
            problems.append(Problem(f"{where}.tax_code", tr("must be 19 digits")))
        if line.quantity <= 0:
            problems.append(Problem(f"{where}.quantity", tr("must be more than zero")))
        if line.unit_price < 0:
            problems.append(Problem(f"{where}.unit_price", tr("must not be negative")))
        amount, tax = line.totals()
        if amount + tax > MAX_AMOUNT:
            problems.append(Problem(f"{where}.unit_price", tr("the amount is too large")))
        difference = abs(amount * line.rate - tax)
        tax_error += amount * line.rate - tax
        if difference > LINE_TAX_TOLERANCE:
            message = tr(
                "the tax differs from amount × rate by {difference}",
                difference=str(cents(difference)),
            )
            problems.append(Problem(f"{where}.tax", message, blocking=False))
    if abs(tax_error) > INVOICE_TAX_TOLERANCE:
        message = tr(
            "the tax of all lines differs from the amounts × rates by {difference}",
            difference=str(cents(abs(tax_error))),
        )
        problems.append(Problem("lines", message, blocking=False))
    return problems


def _tax_id_problems(tax_id: str) -> list[Problem]:
    where = "buyer.tax_id"
    if not tax_id:
        return [Problem(where, tr("is required"))]
    if not _TAX_ID.match(tax_id):
        return [Problem(where, tr("may contain only digits and capital letters"))]
    if len(tax_id) != 18:
        return [
            Problem(
                where,
                tr("is not an 18-character unified social credit code; check it"),
                blocking=False,
            )
        ]
    # python-stdnum is imported when a tax ID is first checked, not by every user of drafts
    # (the check only counts what waits).
    from stdnum.cn import uscc
    from stdnum.exceptions import ValidationError

    try:
        uscc.validate(tax_id)
    except ValidationError:
        # Some early real codes fail the check: warn, never block.
        return [Problem(where, tr("the check digit does not match; check the ID"), False)]
    return []


def typed_number(where: str, text: str) -> tuple[str, Problem | None]:
    """A number as typed into a form ("1,000.50", thousands separators allowed): its decimal
    string, or "0" with the problem (left empty, or not a number)."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return "0", Problem(where, tr("is required"))
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        return "0", Problem(where, tr("is not a number (for example 12.50)"))
    return cleaned, None


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]
