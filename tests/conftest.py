"""Shared fixtures. Every test starts from a clean environment: no proxy or TLS variables
leak in from the machine (nor its desktop's proxy script), per-user state lives in a
temporary folder, messages are English, and secrets go to an in-memory keyring."""

from __future__ import annotations

import copy
import gc
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import time

# Before anything can create a QApplication.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from invoice_tray.config import policy
from invoice_tray.engine import pac, revocation
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.i18n import set_language
from invoice_tray.simulator.server import Simulator
from invoice_tray.system import proxy_script

CLEANED_VARIABLES = (
    "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
    "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE",
    "INVOICE_TRAY_CONFIG", "INVOICE_TRAY_TOKEN", "LANGUAGE", "LC_ALL", "LC_MESSAGES",
    "NTLM_USER_FILE", "KRB5_CONFIG",
)  # fmt: skip


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in CLEANED_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("INVOICE_TRAY_HOME", str(tmp_path / "home"))
    # Start-at-login entries go here, never into the real session's autostart folder.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # No Kerberos ticket of this machine's signs a test in to a proxy; a test gives its own.
    monkeypatch.setenv("KRB5CCNAME", f"FILE:{tmp_path / 'no-ticket'}")
    # No policy of this machine's (/etc/invoice-tray) reaches a test; a test gives its own.
    monkeypatch.setattr(policy, "policy_file", lambda: tmp_path / "machine-policy.toml")
    set_language("en")
    revocation.clear_cache()
    # Nor this desktop's proxy script (GNOME's automatic mode): a test names its own.
    monkeypatch.setattr(proxy_script, "_read", lambda platform, run: None)
    proxy_script.forget()
    pac.forget()
    yield
    set_language("en")
    pac.forget()


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collection() -> Iterator[None]:
    """As in the app (invoice_tray.ui.collector): cycles are collected on the main thread
    only, here after each test, never on a worker thread that happens to allocate."""
    gc.disable()
    yield
    gc.collect()  # while Qt is still whole, not during the interpreter's shutdown
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without any usable password store."""
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def simulator_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One simulator CA for the whole run (as a user's data dir keeps it)."""
    return tmp_path_factory.mktemp("simulator-data")


@pytest.fixture
def simulator(simulator_data: Path) -> Iterator[Simulator]:
    with Simulator(simulator_data, seed=1) as sim:
        yield sim


def settings_for(sim: Simulator, **overrides: object) -> CheckSettings:
    values: dict[str, object] = {
        "server_url": sim.url,
        "ca_file": sim.ca_path,
        "timeout_s": 3.0,
        "token": "test-token",
    }
    values.update(overrides)
    return CheckSettings(**values)  # type: ignore[arg-type]


needs_tinyproxy = pytest.mark.skipif(
    shutil.which("tinyproxy") is None, reason="tinyproxy is not installed"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def proxy_listening(port: int, name: str, seconds: float) -> str:
    """The URL of a proxy started on ``port``, once it accepts connections."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{name} did not start")


needs_squid = pytest.mark.skipif(
    shutil.which("squid") is None or not Path("/usr/lib/squid/basic_ncsa_auth").exists(),
    reason="squid is not installed",
)


@pytest.fixture
def squid() -> Iterator[Callable[..., str]]:
    """Starts Squid asking every client for Basic authentication (``basic_ncsa_auth``, the
    user and password given) or, with ``scheme="ntlm"``, for a Windows (NTLM) sign-in
    (``ntlm_fake_auth``: the handshake is real, any account passes); returns its URL. Squid
    drops to its own user, so its folder is one it can read and write."""
    processes: list[subprocess.Popen[bytes]] = []
    folders: list[str] = []

    def start(
        user: str, password: str, scheme: str = "basic", realm: KerberosRealm | None = None
    ) -> str:
        folder = Path(tempfile.mkdtemp(prefix="invoice-tray-squid-", dir="/tmp"))
        folders.append(str(folder))
        folder.chmod(0o777)
        hashed = subprocess.run(
            ["openssl", "passwd", "-apr1", password], capture_output=True, text=True, check=True
        ).stdout.strip()
        (folder / "passwd").write_text(f"{user}:{hashed}\n", encoding="utf-8")
        port = free_port()
        for name in ("access.log", "cache.log"):
            (folder / name).touch()
        for path in folder.iterdir():
            path.chmod(0o666)
        (folder / "squid.conf").write_text(
            f"http_port 127.0.0.1:{port}\npid_filename {folder}/squid.pid\ncache deny all\n"
            f"access_log {folder}/access.log\ncache_log {folder}/cache.log\n"
            f"cache_store_log none\ncoredump_dir {folder}\nshutdown_lifetime 0 seconds\n"
            + {
                "basic": "auth_param basic program /usr/lib/squid/basic_ncsa_auth "
                f'{folder}/passwd\nauth_param basic realm "invoice-tray test"\n',
                "ntlm": "auth_param ntlm program /usr/lib/squid/ntlm_fake_auth\n",
                "negotiate": "auth_param negotiate program /usr/lib/squid/negotiate_kerberos_auth "
                f"-s HTTP/localhost@{KerberosRealm.NAME} -k {realm.keytab if realm else ''} "
                "-t none\n",
            }[scheme]
            + "acl signed proxy_auth REQUIRED\nhttp_access allow signed\nhttp_access deny all\n",
            encoding="utf-8",
        )
        env = dict(os.environ, KRB5_CONFIG=str(realm.config)) if realm else None
        processes.append(
            subprocess.Popen(
                ["squid", "-N", "-f", str(folder / "squid.conf")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        )
        url = proxy_listening(port, "squid", 15)
        # Kerberos names the proxy by its host name (HTTP/localhost), not its address.
        return url.replace("127.0.0.1", "localhost") if realm else url

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


needs_kerberos = pytest.mark.skipif(
    shutil.which("krb5kdc") is None
    or shutil.which("kinit") is None
    or not Path("/usr/lib/squid/negotiate_kerberos_auth").exists()
    or importlib.util.find_spec("gssapi") is None
    or importlib.util.find_spec("krb5") is None,
    reason="a Kerberos KDC, kinit or Python's gssapi and krb5 are not installed",
)


class KerberosRealm:
    """A Kerberos realm of its own on loopback (Debian's krb5-kdc): an accountant's account
    and the proxy's service key (HTTP/localhost) in a keytab Squid reads."""

    NAME = "INVOICE.TEST"
    USER = "accountant"
    PASSWORD = "pw-of-the-domain"

    def __init__(self) -> None:
        # Squid's helper runs as Squid's own user: a folder it can read.
        self.folder = Path(tempfile.mkdtemp(prefix="invoice-tray-krb5-", dir="/tmp"))
        self.folder.chmod(0o755)
        self.config = self.folder / "krb5.conf"
        self.keytab = self.folder / "http.keytab"
        port = free_port()
        self.config.write_text(
            f"[libdefaults]\n default_realm = {self.NAME}\n dns_lookup_kdc = false\n"
            " dns_lookup_realm = false\n rdns = false\n dns_canonicalize_hostname = false\n"
            f" udp_preference_limit = 1\n[realms]\n {self.NAME} = {{\n  kdc = 127.0.0.1:{port}\n"
            f" }}\n[domain_realm]\n localhost = {self.NAME}\n",
            encoding="utf-8",
        )
        (self.folder / "kdc.conf").write_text(
            f"[kdcdefaults]\n kdc_ports = {port}\n kdc_tcp_ports = {port}\n[realms]\n"
            f" {self.NAME} = {{\n  database_name = {self.folder}/principal\n"
            f"  key_stash_file = {self.folder}/stash\n  acl_file = {self.folder}/kadm5.acl\n }}\n"
            f"[logging]\n kdc = FILE:{self.folder}/kdc.log\n",
            encoding="utf-8",
        )
        self.env = dict(
            os.environ,
            KRB5_CONFIG=str(self.config),
            KRB5_KDC_PROFILE=str(self.folder / "kdc.conf"),
        )
        self._run("kdb5_util", "create", "-s", "-r", self.NAME, "-P", "master-of-the-test")
        self.admin(f"addprinc -pw {self.PASSWORD} {self.USER}")
        self.admin("addprinc -randkey HTTP/localhost")
        # Each ktadd gives the proxy a new key: the first keytab holds only an old one.
        self.stale_keytab = self.folder / "stale.keytab"
        self.admin(f"ktadd -k {self.stale_keytab} HTTP/localhost")
        self.admin(f"ktadd -k {self.keytab} HTTP/localhost")
        for keytab in (self.keytab, self.stale_keytab):
            keytab.chmod(0o644)
        self.kdc = subprocess.Popen(
            ["krb5kdc", "-n", "-r", self.NAME],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        proxy_listening(port, "krb5kdc", 10)

    def _run(self, *command: str, stdin: str = "", cache: str | None = None) -> None:
        env = dict(self.env, KRB5CCNAME=cache) if cache else self.env
        subprocess.run(command, input=stdin, env=env, capture_output=True, text=True, check=True)

    def admin(self, query: str) -> None:
        self._run("kadmin.local", "-r", self.NAME, "-q", query)

    def sign_in(self, cache: Path) -> str:
        """The accountant signs in to the domain: a ticket in ``cache``; its KRB5CCNAME."""
        name = f"FILE:{cache}"
        self._run("kinit", self.USER, stdin=self.PASSWORD + "\n", cache=name)
        return name

    def with_stale_key(self) -> KerberosRealm:
        """This realm as a proxy sees it that was not given its latest key."""
        stale = copy.copy(self)
        stale.keytab = self.stale_keytab
        return stale

    def close(self) -> None:
        self.kdc.terminate()
        self.kdc.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def kerberos_realm() -> Iterator[KerberosRealm]:
    realm = KerberosRealm()
    yield realm
    realm.close()


@pytest.fixture
def tinyproxy(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """Starts tinyproxy allowing CONNECT to one port only, optionally only for a user signed
    in with Basic authentication (``sign_in=(user, password)``); returns its URL."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(allowed_port: int, sign_in: tuple[str, str] | None = None) -> str:
        port = free_port()
        conf = tmp_path / f"tinyproxy-{port}.conf"
        conf.write_text(
            f"Port {port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nLogLevel Info\n"
            f"ConnectPort {allowed_port}\nAllow 127.0.0.1\n"
            + (f"BasicAuth {sign_in[0]} {sign_in[1]}\n" if sign_in else "")
        )
        log = (tmp_path / f"tinyproxy-{port}.log").open("wb")
        processes.append(
            subprocess.Popen(["tinyproxy", "-d", "-c", str(conf)], stdout=log, stderr=log)
        )
        log.close()
        return proxy_listening(port, "tinyproxy", 5)

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=5)
