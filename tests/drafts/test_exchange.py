"""Export and import: JSON round trips losslessly, CSV opens in Excel (UTF-8 with BOM) and
comes back, and a bad row is named and stops the import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from invoice_tray.drafts import exchange
from invoice_tray.drafts.model import parse_draft
from tests.drafts.test_model import draft_json


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
    assert text.splitlines()[0].startswith("draft,buyer_name,buyer_tax_id")
    assert len(text.splitlines()) >= 4  # a header and one row per line
    read = exchange.read_csv(data)
    assert [item.draft for item in read] == original
    assert [str(item.where) for item in read] == ["row 2", "rows 3–4"]


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
    assert "row 2: error: Line 1, price includes tax: must be true or false" in result.stderr
    assert cli(tmp_path, "list").stdout.strip() == "No drafts."
