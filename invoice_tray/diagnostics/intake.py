"""Delivering a bundle to the helpdesk's intake address (``helpdesk.upload_url``), and keeping
it until it is delivered.

A bundle to send is first kept in the outgoing folder with its idempotency key, then sent.
The intake answers the same reference number for the same key, so a bundle sent again after
an interruption (the network fell, the program was closed) is filed once: the outbox's
pattern. A bundle the intake refuses (too large, the token refused) is not sent again.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from invoice_tray import __version__
from invoice_tray.config import Config
from invoice_tray.config import schema as s
from invoice_tray.i18n import TranslatedError, tr

log = logging.getLogger(__name__)

OUTGOING_FOLDER = "outgoing"  # in the data folder
DELIVERED_FILE = "delivered.jsonl"
CHUNK = 64 * 1024
MAX_REPLY = 64 * 1024
TIMEOUT_S = 30.0  # each connect, read or write; a bundle of a few MB takes seconds
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

Progress = Callable[[int, int], None]  # sent, total bytes


class IntakeError(TranslatedError):
    """The bundle was not delivered."""


class NotReached(IntakeError):
    """Not delivered now; sending it again later may work (and files it once)."""


class Refused(IntakeError):
    """The intake will not take this bundle as it is: sending it again would not help."""


@dataclass(frozen=True)
class IntakeSettings:
    url: str
    ca_file: Path | None = None
    proxy_setting: str = s.NETWORK_PROXY.default
    proxy_bypass: tuple[str, ...] = ()
    token: str | None = field(default=None, repr=False)
    proxy_password: str | None = field(default=None, repr=False)
    proxy_user: str = ""

    @classmethod
    def from_config(
        cls, config: Config, *, token: str | None, proxy_password: str | None = None
    ) -> IntakeSettings:
        ca_file = config[s.SERVER_CA_FILE]
        return cls(
            url=config[s.HELPDESK_UPLOAD_URL],
            ca_file=Path(ca_file).expanduser() if ca_file else None,
            proxy_setting=config[s.NETWORK_PROXY],
            proxy_bypass=config[s.NETWORK_PROXY_BYPASS],
            token=token,
            proxy_password=proxy_password,
            proxy_user=config[s.NETWORK_PROXY_USER],
        )


@dataclass(frozen=True)
class Receipt:
    key: str
    reference: str
    at: float


def new_key() -> str:
    return uuid.uuid4().hex


def upload(
    path: Path, key: str, settings: IntakeSettings, progress: Progress | None = None
) -> Receipt:
    """Send the bundle at ``path`` once, under ``key``. Raises :class:`NotReached` or
    :class:`Refused`; OSError when the file cannot be read."""
    from invoice_tray.engine.errors import proxy_wants_sign_in
    from invoice_tray.engine.proxy import choose_proxy
    from invoice_tray.engine.tls import verified_context
    from invoice_tray.engine.tunnel import sync_route, windows_sign_in_failed

    size = path.stat().st_size
    context, _problem = verified_context(settings.ca_file)
    proxy = choose_proxy(
        settings.proxy_setting,
        settings.proxy_bypass,
        settings.url,
        settings.proxy_password,
        user=settings.proxy_user,
    )
    headers = {
        "Content-Type": "application/zip",
        "Content-Length": str(size),
        "Idempotency-Key": key,
        "User-Agent": f"invoice-tray/{__version__}",
        "Accept": "application/json",
    }
    if settings.token:
        headers["Authorization"] = f"Bearer {settings.token}"

    def chunks() -> Iterator[bytes]:
        sent = 0
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                sent += len(chunk)
                yield chunk
                if progress is not None:
                    progress(sent, size)

    try:
        route = sync_route(proxy, settings.url, context)
        client = httpx.Client(
            transport=route.transport,
            auth=route.auth,
            trust_env=False,  # the proxy decision above already read the environment
            timeout=httpx.Timeout(TIMEOUT_S),
            follow_redirects=False,
        )
        request = client.stream("POST", settings.url, content=chunks(), headers=headers)
        with client, request as reply:
            body = _read_limited(reply)
    except httpx.HTTPError as exc:
        log.info("diagnostics not delivered: %r", exc)
        if _certificate_problem(exc):
            raise Refused(
                tr(
                    "The helpdesk's server could not be verified (its certificate is not "
                    "trusted). Tell the helpdesk by telephone; the file is saved."
                )
            ) from exc
        if windows_sign_in_failed(exc):
            raise NotReached(
                tr(
                    "The proxy server did not take the sign-in with your Windows account: "
                    "ask IT. The file is saved and sent once it works."
                )
            ) from exc
        if proxy_wants_sign_in(exc):
            raise NotReached(
                tr(
                    "The proxy server asks for a user name and password: enter them in "
                    "Settings. The file is saved and sent once they are right."
                )
            ) from exc
        raise NotReached(tr("The helpdesk's server cannot be reached now.")) from exc
    return _receipt(key, reply.status_code, body)


def _read_limited(reply: httpx.Response) -> bytes:
    data = b""
    for chunk in reply.iter_bytes():
        data += chunk
        if len(data) > MAX_REPLY:
            break
    return data[:MAX_REPLY]


def _certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _receipt(key: str, status: int, body: bytes) -> Receipt:
    if status in (200, 201):
        try:
            reference = json.loads(body).get("reference")
        except (ValueError, AttributeError):
            reference = None
        if isinstance(reference, str) and _REFERENCE.match(reference):
            return Receipt(key, reference, time.time())
        # It may have been filed: sent again under the same key, it is filed once.
        raise NotReached(tr("The helpdesk's server gave an answer that could not be read."))
    if status == 413:
        raise Refused(
            tr("The file is larger than the helpdesk's server accepts. Send it by chat or e-mail.")
        )
    if status in (401, 403):
        raise Refused(
            tr(
                "The helpdesk's server refused the access token. Ask the helpdesk for it, or "
                "send the file by chat or e-mail."
            )
        )
    if status in (408, 425, 429) or status >= 500:
        raise NotReached(tr("The helpdesk's server is busy or down now."))
    raise Refused(
        tr(
            "The intake address is not right (the server answered {status}). Tell the "
            "helpdesk; send the file by chat or e-mail meanwhile.",
            status=status,
        )
    )


_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_LOCK = threading.Lock()


@dataclass(frozen=True)
class Kept:
    """A bundle waiting in the outgoing folder."""

    key: str
    path: Path
    name: str  # as the user saw it
    kept_at: float


class Outgoing:
    """The outgoing folder: each bundle as ``KEY.zip`` with ``KEY.json`` beside it, written
    before the first attempt; what was delivered is recorded in ``delivered.jsonl``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        with _LOCKS_LOCK:  # one lock per folder in this process: the window and the tray
            self._lock = _LOCKS.setdefault(folder.resolve(), threading.Lock())

    def keep(self, bundle: Path, key: str | None = None) -> Kept:
        key = key or new_key()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{key}.zip"
        partial = self.folder / f".{key}.zip.part"
        shutil.copyfile(bundle, partial)
        partial.replace(target)
        kept = Kept(key, target, bundle.name, time.time())
        meta = {"key": key, "name": kept.name, "kept_at": kept.kept_at}
        _write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode())
        return kept

    def waiting(self) -> list[Kept]:
        found = []
        for meta_path in sorted(self.folder.glob("*.json")):
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                key = str(meta["key"])
                kept = Kept(
                    key, self.folder / f"{key}.zip", str(meta["name"]), float(meta["kept_at"])
                )
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("outgoing entry %s unreadable: left as it is", meta_path.name)
                continue
            if kept.path.exists():
                found.append(kept)
        return sorted(found, key=lambda k: k.kept_at)

    def done(self, kept: Kept, receipt: Receipt | None) -> None:
        """Delivered (``receipt``) or refused (None): recorded first, then let go."""
        if receipt is not None:
            line = {
                "key": kept.key,
                "name": kept.name,
                "reference": receipt.reference,
                "at": receipt.at,
            }
            with (self.folder / DELIVERED_FILE).open("a", encoding="utf-8") as file:
                file.write(json.dumps(line) + "\n")
                file.flush()
                os.fsync(file.fileno())
        (self.folder / f"{kept.key}.json").unlink(missing_ok=True)
        kept.path.unlink(missing_ok=True)

    def delivered(self) -> dict[str, str]:
        """Key to reference, of every bundle delivered from here."""
        try:
            lines = (self.folder / DELIVERED_FILE).read_text(encoding="utf-8").splitlines()
        except OSError:
            return {}
        found = {}
        for line in lines:
            try:
                entry = json.loads(line)
                found[str(entry["key"])] = str(entry["reference"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a crash
        return found

    def send(
        self, kept: Kept, settings: IntakeSettings, progress: Progress | None = None
    ) -> Receipt:
        """Send one kept bundle; delivered or refused, it leaves the folder."""
        with self._lock:
            if not kept.path.exists():  # sent meanwhile, from elsewhere in this program
                reference = self.delivered().get(kept.key)
                if reference is None:
                    raise Refused(tr("This file is no longer waiting to be sent."))
                return Receipt(kept.key, reference, time.time())
            try:
                receipt = upload(kept.path, kept.key, settings, progress)
            except Refused:
                self.done(kept, None)
                raise
            self.done(kept, receipt)
            return receipt

    def send_waiting(self, settings: IntakeSettings) -> list[tuple[Kept, Receipt | IntakeError]]:
        """Every waiting bundle, oldest first; stops at the first that cannot be reached (the
        others would not be either)."""
        results: list[tuple[Kept, Receipt | IntakeError]] = []
        for kept in self.waiting():
            try:
                results.append((kept, self.send(kept, settings)))
            except Refused as exc:
                results.append((kept, exc))
            except NotReached as exc:
                results.append((kept, exc))
                break
        return results


def _write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.part")
    with partial.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    partial.replace(path)


def settings_for(config: Config) -> IntakeSettings:
    """The intake's settings with its secrets from the keyring (may block: call it off the
    GUI thread). A keyring that cannot be read means no token: the intake says if it needs
    one."""
    from invoice_tray import secrets

    found: dict[str, str | None] = {}
    for name in (secrets.HELPDESK_TOKEN, secrets.PROXY_PASSWORD):
        try:
            found[name] = secrets.get_secret(name)
        except secrets.SecretsError:
            found[name] = None
    return IntakeSettings.from_config(
        config,
        token=found[secrets.HELPDESK_TOKEN],
        proxy_password=found[secrets.PROXY_PASSWORD],
    )


def outgoing_for(data_dir: Path) -> Outgoing:
    return Outgoing(data_dir / OUTGOING_FOLDER)
