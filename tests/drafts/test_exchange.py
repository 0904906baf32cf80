"""Export and import: JSON round trips losslessly, CSV opens in Excel (UTF-8 with BOM) and
comes back, and a bad row is named and stops the import."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from invoice_tray.drafts import exchange
from invoice_tray.drafts.model import parse_draft
from invoice_tray.i18n import set_language
from tests.builders import draft_json


def drafts():  # type: ignore[no-untyped-def]
    first = parse_draft(draft_json())[0]
    second_json = draft_json(quantity="2.5", unit_price="10.10", tax_rate="0.06",
                             price_includes_tax=False)  # fmt: skip
    second_json["lines"].append(  # type: ignore[attr-defined]
        {**second_json["lines"][0], "name": '*服务*咨询, "加急"', "tax_rate": "exempt"}  # type: ignore[index]
    )
    second_json["remarks"] = "多行\n备注"
    return [first, parse_draft(second_json)[0]]


def test_json_round_trip_is_lossless() -> None:
    original = drafts()
    read = exchange.read_json(exchange.to_json(original))
    assert [item.draft for item in read] == original
    assert all(item.problems == [] for item in read)


def test_csv_has_a_bom_and_round_trips() -> None:
    original = drafts()
    data = exchange.to_csv(original)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Draft,Buyer name,Buyer taxpayer ID")
    assert len(text.splitlines()) >= 4  # a header and one row per line
    read = exchange.read_csv(data)
    assert [item.draft for item in read] == original
    assert [str(item.where) for item in read] == ["row 2", "rows 3–4"]


def test_csv_for_a_chinese_excel_and_back() -> None:
    set_language("zh_CN")
    original = drafts()
    data = exchange.to_csv(original)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:3] == ["草稿", "购买方名称", "购买方纳税人识别号"]
    assert "税收分类编码" in header and "含税" in header
    line = dict(zip(header, rows[1], strict=True))
    # Excel keeps ="…" as text: all 19 digits stay, no 3.0402E+18.
    assert line["税收分类编码"] == '="3040201990000000000"'
    assert line["税率"] == "13%"
    assert line["含税"] == "是"
    assert dict(zip(header, rows[2], strict=True))["含税"] == "否"
    assert dict(zip(header, rows[3], strict=True))["税率"] == "免税"
    assert exchange.read_csv(data)[0].problems == []
    assert [item.draft for item in exchange.read_csv(data)] == original
    # Read back in English too: either language's file reads.
    set_language("en")
    assert [item.draft for item in exchange.read_csv(data)] == original


def test_what_excel_writes_back_reads() -> None:
    """Saved again from Excel: the formula gone (the digits kept as shown), thousands
    separators, "13 %", an all-digit taxpayer ID."""
    header = "草稿,购买方名称,购买方纳税人识别号,购买方地址、电话,购买方开户行及账号,备注,项目名称,"
    header += "税收分类编码,规格型号,单位,数量,单价,税率,含税"
    row = '1,示例公司,911100006000373410,,,,*软件*维护,3040201990000000000,,次,"1,000",12.5,13 %,否'
    (read,) = exchange.read_csv((header + "\n" + row + "\n").encode("utf-8-sig"))
    line = read.draft.lines[0]
    assert (line.tax_code, line.quantity, line.tax_rate) == (
        "3040201990000000000",
        Decimal(1000),
        "0.13",
    )
    assert read.draft.buyer.tax_id == "911100006000373410"


def test_csv_from_excel_with_percent_rates_and_a_bad_row() -> None:
    header = ",".join(exchange.CSV_COLUMNS[:14])
    rows = [
        "1,示例科技有限公司,91110000600037341L,,,,*软件*维护,3040201990000000000,,次,1,1000,13%,是",
        "2,,91110000600037341L,,,,*软件*维护,3040201990000000000,,次,1,abc,6%,否",
    ]
    read = exchange.read_csv(("\n".join([header, *rows]) + "\n").encode("utf-8"))
    assert read[0].problems == [] and read[0].draft.lines[0].tax_rate == "0.13"
    assert read[0].draft.lines[0].price_includes_tax is True
    fields = {p.field for p in read[1].problems}
    assert fields == {"buyer.name", "lines[1].unit_price"}
    assert str(read[1].where) == "row 3"
    # Each problem is said where the user finds it in the file: its row and column.
    assert read[1].described() == [
        "✗ row 3, column “unit_price”: is not a number (for example 12.50)",
        "✗ row 3, column “buyer_name”: is required",
    ]


def test_csv_problems_speak_of_rows_and_columns_in_chinese() -> None:
    set_language("zh_CN")
    header = "草稿,购买方名称,购买方纳税人识别号,购买方地址、电话,购买方开户行及账号,备注,项目名称,"
    header += "税收分类编码,规格型号,单位,数量,单价,税率,含税"
    rows = [
        "1,示例公司,91110000600037341L,,,,*软件*维护,3040201990000000000,,次,1,10,13%,是",
        "1,示例公司,91110000600037341L,,,,*软件*维护,30402,,次,0,10,13%,也许",
    ]
    (read,) = exchange.read_csv(("\n".join([header, *rows]) + "\n").encode("utf-8"))
    assert read.described() == [
        "✗ 第 3 行“含税”列：应为“是”或“否”",
        "✗ 第 3 行“税收分类编码”列：必须是 19 位数字",
        "✗ 第 3 行“数量”列：必须大于零",
    ]


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INVOICE_TRAY_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "invoice_tray", "drafts", *args],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip


def test_export_and_import_from_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps([d.to_json() for d in drafts()]), encoding="utf-8")
    assert cli(tmp_path / "a", "add", str(source), "--hold").returncode == 0
    for form in ("json", "csv"):
        out = tmp_path / f"out.{form}"
        exported = cli(tmp_path / "a", "export", str(out))
        assert exported.returncode == 0 and "2 drafts written" in exported.stdout
        imported = cli(tmp_path / f"b-{form}", "import", str(out))
        assert imported.returncode == 0, imported.stderr
        assert "2 drafts imported" in imported.stdout
        listed = json.loads(cli(tmp_path / f"b-{form}", "list", "--json").stdout)
        assert [d["draft"] for d in listed] == [d.to_json() for d in drafts()]
        assert {d["state"] for d in listed} == {"draft"}


def test_a_bad_import_adds_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    header = ",".join(exchange.CSV_COLUMNS[:14])
    bad.write_text(
        header + "\n1,甲,91110000600037341L,,,,品名,3040201990000000000,,次,1,5,13%,maybe\n",
        encoding="utf-8",
    )
    result = cli(tmp_path, "import", str(bad))
    assert result.returncode == 2
    assert "✗ row 2, column “price_includes_tax”: must be yes or no" in result.stderr
    assert cli(tmp_path, "list").stdout.strip() == "No drafts."
