"""Text that is not text (a lone surrogate: half of an emoji; a NUL) is refused wherever it
comes in, with the field named, and nothing already stored is touched: a draft file, an
import, the editor, a setting, the server's replies."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from invoice_tray.config import schema as s
from invoice_tray.config.types import InvalidValue
from invoice_tray.drafts import exchange
from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.outbox import Outbox, Outcome, Result
from invoice_tray.drafts.states import DraftState
from invoice_tray.drafts.store import DraftInvalid, DraftStore
from invoice_tray.engine import answers
from invoice_tray.engine.model import CauseCode
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.validtext import PROBLEM, broken, broken_fields
from tests.builders import a_draft, draft_json
from tests.drafts.misbehaving import scripted_server
from tests.engine.test_answers import answer

HALF_EMOJI = "\ud83d"  # what a copy that cuts "😀" in two leaves behind


def test_what_is_broken() -> None:
    assert not broken("示例科技有限公司 😀 \t\n")
    assert broken(f"示例{HALF_EMOJI}") and broken("a\x00b") and broken("\udc00")
    data = {"buyer": {"name": f"甲{HALF_EMOJI}"}, "lines": [{"spec": "ok"}, {"unit": "\x00"}]}
    assert broken_fields(data) == ["buyer.name", "lines[2].unit"]
    assert broken_fields({HALF_EMOJI: 1}) == [HALF_EMOJI]  # a broken key is named by itself
    assert broken_fields([1, 2.5, None, True]) == []


def test_a_draft_with_broken_text_names_the_field() -> None:
    data = draft_json(spec=f"规格{HALF_EMOJI}")
    _draft, problems = parse_draft(data)
    (problem,) = [p for p in problems if p.field == "lines[1].spec"]
    assert problem.message == PROBLEM and problem.blocking


def test_the_store_writes_none_and_touches_nothing(tmp_path: Path) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        kept = store.add(a_draft())
        before = store.get(kept)
        broken_draft, _problems = parse_draft(draft_json(name=f"服务{HALF_EMOJI}"))
        with pytest.raises(DraftInvalid) as caught:
            store.add_many([a_draft(), broken_draft])  # not even kept as a draft with errors
        assert [p.field for p in caught.value.problems] == ["lines[1].name"]
        with pytest.raises(DraftInvalid):
            store.update(kept, broken_draft)
        assert [d.id for d in store.all()] == [kept]
        assert store.get(kept) == before


@pytest.mark.parametrize("hold", [False, True])
def test_drafts_add_refuses_a_file_with_broken_text(tmp_path: Path, hold: bool) -> None:
    home = tmp_path / "home"
    data = draft_json()
    data["buyer"]["name"] = f"示例{HALF_EMOJI}公司"  # type: ignore[index]
    source = tmp_path / "draft.json"
    source.write_text(json.dumps(data), encoding="utf-8")  # as "\ud83d" escapes: valid JSON
    done = subprocess.run(
        [sys.executable, "-m", "invoice_tray", "drafts", "add", str(source),
         *(["--hold"] if hold else [])],
        capture_output=True, text=True, timeout=60,
        env={"INVOICE_TRAY_HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "Buyer name: contains characters that are not text" in done.stderr
    with DraftStore(home / "data" / "drafts.sqlite3") as store:
        assert store.all() == []


def test_an_import_with_a_nul_in_a_cell_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "drafts.csv"
    path.write_bytes(exchange.to_csv([a_draft()]).replace("示例科技".encode(), b"\x00"))
    added: list[object] = []

    def add(drafts: list[object], **_: object) -> list[int]:
        added.extend(drafts)
        return [1]

    report = exchange.import_file(path, add)
    assert report.refused and added == [] and report.ids == []
    lines = report.read[0].described()
    assert any("Buyer name" in line and "not text" in line for line in lines), lines


def test_a_setting_with_broken_text_is_refused_like_any_wrong_value() -> None:
    with pytest.raises(InvalidValue) as caught:
        s.NETWORK_PROXY_BYPASS.type.from_text(f"invoice.example.cn, {HALF_EMOJI}.cn")
    assert caught.value.message == PROBLEM
    with pytest.raises(InvalidValue):
        s.SERVER_URL.type.parse(f"https://invoice{HALF_EMOJI}.example.cn/api")


def test_a_health_answer_with_broken_text_is_a_bad_answer_not_a_crash() -> None:
    body = json.dumps({"status": "ok", "message": f"维护{HALF_EMOJI}"}).encode()
    result = answers.health(answer(raw=body), slow_ms=2000)
    assert [f.code for f in result.findings] == [CauseCode.BAD_RESPONSE]
    assert result.findings[0].summary.render("en") == (
        "the answer holds text that is not valid (at message)"
    )
    assert answers.parse_json(answer(raw=body)) is None  # nothing of it is read


def one_pass(store: DraftStore, script: list[str]) -> Result:
    """One pass of the outbox against a server answering as ``script`` says."""
    with scripted_server(script) as (_server, url, ca_file):
        settings = CheckSettings(url, ca_file=Path(ca_file), timeout_s=5, token="tok")
        outbox = Outbox(store, settings, clock=lambda: time.time() + 1, rand=lambda: 1.0)
        try:
            (result,) = outbox.submit_pass().results
        finally:
            outbox.close()
    return result


def test_a_rejection_with_broken_reasons_is_kept_without_them(tmp_path: Path) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        draft_id = store.add(a_draft(), queue=True)
        result = one_pass(store, ["422-broken-text"])
        assert result.outcome is Outcome.REJECTED
        assert str(result.message) == (
            "rejected by the server: the server's reasons could not be read"
        )
        stored = store.get(draft_id)
        assert stored.state is DraftState.REJECTED
        assert stored.last_error == {"status": 422, "fields": {}}


def test_an_invoice_number_with_broken_text_is_asked_for_again(tmp_path: Path) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        draft_id = store.add(a_draft(), queue=True)
        result = one_pass(store, ["201-broken-text"])
        assert result.outcome is Outcome.RETRY
        stored = store.get(draft_id)
        assert stored.state is DraftState.QUEUED and stored.server_number is None
