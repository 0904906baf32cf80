"""Delivery to the helpdesk's intake: the real loopback simulator, over verified HTTPS."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from invoice_tray.diagnostics import intake
from invoice_tray.diagnostics.intake import IntakeSettings, NotReached, Outgoing, Refused
from invoice_tray.simulator.server import Simulator
from tests.conftest import needs_squid


def a_bundle(path: Path, size: int = 1000) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.json", "x" * size)
    path.write_bytes(buffer.getvalue())
    return path


def settings(sim: Simulator, **overrides: object) -> IntakeSettings:
    values: dict[str, object] = {
        "url": f"{sim.url}/support/bundles",
        "ca_file": sim.ca_path,
        "proxy_setting": "none",
        "token": "helpdesk-secret",
    }
    values.update(overrides)
    return IntakeSettings(**values)  # type: ignore[arg-type]


def test_upload_gives_a_reference_and_the_same_key_gives_the_same_one(
    simulator: Simulator, tmp_path: Path
) -> None:
    bundle = a_bundle(tmp_path / "b.zip", 300_000)
    seen: list[tuple[int, int]] = []
    key = intake.new_key()
    first = intake.upload(
        bundle, key, settings(simulator), lambda sent, total: seen.append((sent, total))
    )
    assert first.reference.startswith("HD-")
    assert simulator.support.received()[first.reference] == bundle.read_bytes()
    assert seen[-1] == (bundle.stat().st_size, bundle.stat().st_size)
    assert len(seen) > 1  # the progress moved in steps
    again = intake.upload(bundle, key, settings(simulator))
    assert again.reference == first.reference
    other = intake.upload(bundle, intake.new_key(), settings(simulator))
    assert other.reference != first.reference


def test_too_large_is_refused_without_sending_it_all(simulator: Simulator, tmp_path: Path) -> None:
    simulator.support.max_bytes = 10_000
    with pytest.raises(Refused) as caught:
        intake.upload(a_bundle(tmp_path / "big.zip", 50_000), intake.new_key(), settings(simulator))
    assert "larger than the helpdesk's server accepts" in str(caught.value.message)


def test_a_refused_token_is_not_retried(simulator: Simulator, tmp_path: Path) -> None:
    simulator.set_scenario("auth-failed")
    outgoing = Outgoing(tmp_path / "outgoing")
    kept = outgoing.keep(a_bundle(tmp_path / "b.zip"))
    with pytest.raises(Refused):
        outgoing.send(kept, settings(simulator))
    assert outgoing.waiting() == []  # sending it again would not help
    assert outgoing.delivered() == {}


def test_an_untrusted_server_is_refused_never_sent_unverified(
    simulator: Simulator, tmp_path: Path
) -> None:
    simulator.set_scenario("untrusted")
    with pytest.raises(Refused) as caught:
        intake.upload(a_bundle(tmp_path / "b.zip"), intake.new_key(), settings(simulator))
    assert "could not be verified" in str(caught.value.message)


def test_unreachable_keeps_the_bundle_and_delivers_it_once_later(
    simulator: Simulator, tmp_path: Path
) -> None:
    outgoing = Outgoing(tmp_path / "outgoing")
    bundle = a_bundle(tmp_path / "b.zip")
    simulator.set_scenario("down")
    kept = outgoing.keep(bundle)
    with pytest.raises(NotReached):
        outgoing.send(kept, settings(simulator))
    assert outgoing.waiting() == [kept]
    # A second program run finds it where it was kept.
    assert Outgoing(tmp_path / "outgoing").waiting() == [kept]
    before = len(simulator.support.received())
    simulator.set_scenario("healthy")
    ((sent, receipt),) = Outgoing(tmp_path / "outgoing").send_waiting(settings(simulator))
    assert sent == kept and isinstance(receipt, intake.Receipt)
    assert outgoing.waiting() == []
    assert outgoing.delivered() == {kept.key: receipt.reference}
    assert len(simulator.support.received()) == before + 1
    assert Outgoing(tmp_path / "outgoing").send_waiting(settings(simulator)) == []


def test_an_answer_without_a_reference_is_sent_again_under_the_same_key(
    simulator: Simulator, tmp_path: Path
) -> None:
    simulator.set_scenario("server-error")
    outgoing = Outgoing(tmp_path / "outgoing")
    kept = outgoing.keep(a_bundle(tmp_path / "b.zip"))
    with pytest.raises(NotReached):
        outgoing.send(kept, settings(simulator))
    simulator.set_scenario("healthy")
    receipt = outgoing.send(kept, settings(simulator))
    assert receipt.key == kept.key


@needs_squid
@pytest.mark.proxy
def test_the_upload_signs_in_to_the_proxy_with_the_keyrings_password(
    simulator: Simulator, squid: Callable[..., str], tmp_path: Path
) -> None:
    signed = squid("clerk", "right-one").replace("http://", "http://clerk@")
    bundle = a_bundle(tmp_path / "b.zip")
    key = intake.new_key()
    before = dict(simulator.support.received())  # the simulator's data outlives one test
    for password in (None, "wrong-one"):
        with pytest.raises(NotReached) as refused:
            intake.upload(
                bundle, key, settings(simulator, proxy_setting=signed, proxy_password=password)
            )
        assert "asks for a user name and password: enter them in Settings" in str(
            refused.value.message
        )
        assert simulator.support.received() == before
    receipt = intake.upload(
        bundle, key, settings(simulator, proxy_setting=signed, proxy_password="right-one")
    )
    assert simulator.support.received()[receipt.reference] == bundle.read_bytes()


@needs_squid
@pytest.mark.proxy
def test_the_upload_signs_in_to_the_proxy_with_the_windows_account(
    simulator: Simulator,
    squid: Callable[..., str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A proxy asking for NTLM: with no account, the user is told to ask IT and the file
    waits; with the account (SSPI's part on Windows, a user file here) it is delivered."""
    proxy = squid("", "", scheme="ntlm")
    bundle = a_bundle(tmp_path / "b.zip")
    key = intake.new_key()
    before = dict(simulator.support.received())
    with pytest.raises(NotReached) as refused:
        intake.upload(bundle, key, settings(simulator, proxy_setting=proxy))
    assert "did not take the sign-in with your Windows account: ask IT" in str(
        refused.value.message
    )
    assert simulator.support.received() == before
    accounts = tmp_path / "ntlm-accounts"
    accounts.write_text("CORP:accountant:pw-of-the-domain\n", encoding="utf-8")
    monkeypatch.setenv("NTLM_USER_FILE", str(accounts))
    receipt = intake.upload(bundle, key, settings(simulator, proxy_setting=proxy))
    assert simulator.support.received()[receipt.reference] == bundle.read_bytes()
