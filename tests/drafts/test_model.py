"""The draft model: totals and rounding (also as properties), and every problem named by its
field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoice_tray.drafts.model import (
    LINE_TAX_TOLERANCE,
    RATES,
    Line,
    Problem,
    blocking,
    cents,
    field_label,
    parse_draft,
    rate_label,
    typed_number,
)
from invoice_tray.i18n import set_language
from tests.builders import draft_json


def test_the_domain_example_price_including_tax() -> None:
    draft, problems = parse_draft(draft_json())
    assert problems == []
    amount, tax = draft.lines[0].totals()
    assert (amount, tax) == (Decimal("884.96"), Decimal("115.04"))
    totals = draft.totals()
    assert (totals.amount, totals.tax, totals.total) == (
        Decimal("884.96"), Decimal("115.04"), Decimal("1000.00"),
    )  # fmt: skip


def test_price_without_tax_and_half_up_rounding() -> None:
    line = Line(quantity=Decimal("3"), unit_price=Decimal("0.335"), tax_rate="0.06")
    assert line.totals() == (Decimal("1.01"), Decimal("0.06"))  # 1.005 rounds up
    assert cents(Decimal("2.675")) == Decimal("2.68")


money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("10000"), places=3)
taxed_rates = st.sampled_from(["0.13", "0.09", "0.06", "0.05", "0.03", "0.01"])


@given(quantity=quantities, price=money, rate=taxed_rates)
def test_price_including_tax_keeps_the_gross_and_the_tolerance(
    quantity: Decimal, price: Decimal, rate: str
) -> None:
    line = Line(quantity=quantity, unit_price=price, tax_rate=rate, price_includes_tax=True)
    amount, tax = line.totals()
    assert amount + tax == cents(quantity * price)
    assert abs(amount * RATES[rate] - tax) <= LINE_TAX_TOLERANCE
    assert amount == amount.quantize(Decimal("0.01")) and tax >= 0


@given(quantity=quantities, price=money, rate=taxed_rates)
def test_price_without_tax_rounds_the_tax_of_the_rounded_amount(
    quantity: Decimal, price: Decimal, rate: str
) -> None:
    line = Line(quantity=quantity, unit_price=price, tax_rate=rate)
    amount, tax = line.totals()
    assert amount == cents(quantity * price)
    assert tax == cents(amount * RATES[rate])
    assert abs(amount * RATES[rate] - tax) <= Decimal("0.005")


@given(st.lists(st.tuples(quantities, money, taxed_rates, st.booleans()), min_size=1, max_size=30))
def test_invoice_totals_are_the_sums_of_the_lines(
    rows: list[tuple[Decimal, Decimal, str, bool]],
) -> None:
    lines = tuple(Line(quantity=q, unit_price=p, tax_rate=r, price_includes_tax=i)
                  for q, p, r, i in rows)  # fmt: skip
    from invoice_tray.drafts.model import Draft

    totals = Draft(lines=lines).totals()
    assert totals.amount == sum((line.totals()[0] for line in lines), Decimal(0))
    assert totals.tax == sum((line.totals()[1] for line in lines), Decimal(0))
    assert totals.total == totals.amount + totals.tax


@pytest.mark.parametrize("rate", ["0", "exempt", "not-taxable"])
def test_the_three_zeros_carry_no_tax(rate: str) -> None:
    draft, problems = parse_draft(draft_json(tax_rate=rate, price_includes_tax=False))
    assert problems == []
    assert draft.lines[0].totals() == (Decimal("1000.00"), Decimal("0.00"))
    assert draft.lines[0].tax_rate == rate


def fields(problems: list[Problem]) -> dict[str, tuple[str, bool]]:
    return {p.field: (str(p.message), p.blocking) for p in problems}


def test_every_problem_names_its_field() -> None:
    data = draft_json(quantity="0", unit_price=12.5, tax_code="123", tax_rate="0.17")
    data["buyer"] = {"name": " ", "tax_id": "91110000600037341l"}  # lower case is fine
    _draft, problems = parse_draft(data)
    assert fields(problems) == {
        "lines[1].unit_price": ("must be a decimal number in quotes", True),
        "lines[1].tax_rate": ("must be one of: " + ", ".join(map(rate_label, RATES)), True),
        "buyer.name": ("is required", True),
        "lines[1].tax_code": ("must be 19 digits", True),
        "lines[1].quantity": ("must be more than zero", True),
    }


def test_taxpayer_ids_warn_rather_than_block() -> None:
    for tax_id, message in [
        ("91110000600037341X", "the check digit does not match; check the ID"),
        ("110108600037341", "is not an 18-character unified social credit code; check it"),
    ]:
        data = draft_json()
        data["buyer"] = {"name": "甲", "tax_id": tax_id}
        _draft, problems = parse_draft(data)
        assert fields(problems) == {"buyer.tax_id": (message, False)}
        assert blocking(problems) == []
    data = draft_json()
    data["buyer"] = {"name": "甲", "tax_id": "9111-0000"}
    assert blocking(parse_draft(data)[1])[0].field == "buyer.tax_id"


def test_messages_follow_the_language() -> None:
    set_language("zh_CN")
    _draft, problems = parse_draft(draft_json(quantity="-1"))
    assert problems[0].render() == "第 1 行，数量：必须大于零"
    assert problems[0].field == "lines[1].quantity"


def test_json_round_trip_is_lossless() -> None:
    data = draft_json(quantity="2.500", unit_price="0.10000001")
    draft, _problems = parse_draft(data)
    again, problems = parse_draft(draft.to_json())
    assert again == draft and problems == []
    assert draft.to_json()["lines"][0]["quantity"] == "2.500"


def test_not_an_object_and_malformed_parts() -> None:
    assert fields(parse_draft([1, 2])[1]) == {"": ("a draft must be a JSON object", True)}
    _draft, problems = parse_draft({"buyer": "x", "lines": {"a": 1}})
    assert {"buyer", "lines"} <= set(fields(problems))


def test_the_documented_example_is_a_valid_draft() -> None:
    import json
    import re
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "drafts.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.S)
    assert example is not None
    draft, problems = parse_draft(json.loads(example.group(1)))
    assert problems == []
    totals = draft.totals()
    assert (totals.amount, totals.tax, totals.total) == (
        Decimal("884.96"), Decimal("115.04"), Decimal("1000.00"),
    )  # fmt: skip


def test_numbers_as_typed_into_a_form() -> None:
    assert typed_number("lines[1].unit_price", " 1,000.50 ") == ("1000.50", None)
    assert typed_number("lines[1].unit_price", "１２") == ("１２", None)  # full-width digits
    text, problem = typed_number("lines[2].quantity", "")
    assert text == "0" and problem is not None
    assert problem.render() == "Line 2, quantity: is required"
    for typed in ("三", "1e", "inf", "NaN"):
        text, problem = typed_number("lines[1].quantity", typed)
        assert text == "0" and problem is not None
        assert problem.render() == "Line 1, quantity: is not a number (for example 12.50)"
    set_language("zh_CN")
    try:
        assert field_label("lines[3].tax_code") == "第 3 行，税收分类编码"
        assert field_label("buyer.tax_id") == "购买方纳税人识别号"
    finally:
        set_language("en")
