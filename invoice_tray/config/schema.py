"""Every setting, declared once with its type, default and description.

A setting is read with ``config[SERVER_URL]`` and keeps its Python type, so the rest of the
code never parses configuration itself. ``docs/configuration.md`` lists the same keys; a test
keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from invoice_tray.config.types import (
    Choice,
    Email,
    FilePath,
    Float,
    HostList,
    HttpsUrl,
    Integer,
    Line,
    PathList,
    Phone,
    ProxySetting,
    SettingType,
)

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Setting(Generic[T]):
    key: str
    type: SettingType[T]
    default: T
    description: str

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]


SERVER_URL = Setting(
    "server.url",
    HttpsUrl(),
    "",
    "Base address of the invoice server, e.g. https://invoice.example.cn/api.",
)
SERVER_CA_FILE = Setting(
    "server.ca_file",
    FilePath(),
    "",
    "Extra trusted CA certificates (PEM), trusted in addition to the system's trust store.",
)
SERVER_TIMEOUT_S = Setting(
    "server.timeout_s",
    Float(1.0, 120.0),
    10.0,
    "Overall deadline of one full check, in seconds, whatever the server or network does.",
)
SERVER_SLOW_MS = Setting(
    "server.slow_ms",
    Integer(50, 60_000),
    2000,
    "A health answer slower than this (milliseconds) turns the light yellow.",
)
POLLING_INTERVAL_S = Setting(
    "polling.interval_s",
    Integer(5, 3600),
    60,
    "Seconds between two checks while all is well.",
)
POLLING_RETRY_S = Setting(
    "polling.retry_s",
    Integer(2, 600),
    5,
    "Seconds before a quick recheck after a failed check.",
)
POLLING_FAILURE_THRESHOLD = Setting(
    "polling.failure_threshold",
    Integer(1, 10),
    3,
    "Consecutive failed checks before the light turns red.",
)
POLLING_RECOVERY_THRESHOLD = Setting(
    "polling.recovery_threshold",
    Integer(1, 10),
    2,
    "Consecutive checks needed to change to a better light (or to yellow).",
)
POLLING_BACKOFF_CAP_S = Setting(
    "polling.backoff_cap_s",
    Integer(30, 3600),
    300,
    "While red, checks back off (with jitter) up to this many seconds apart.",
)
REMINDER_MINUTES = Setting(
    "notifications.reminder_minutes",
    Integer(5, 1440),
    30,
    "While the light stays red, remind at most this often.",
)
CERT_WARN_DAYS = Setting(
    "certificates.warn_days",
    Integer(1, 365),
    30,
    "Warn this many days before the server or client certificate expires.",
)
CLIENT_CERT_PATH = Setting(
    "client_certificate.path",
    FilePath(),
    "",
    "The signing (client) certificate to watch: PEM or PKCS#12. "
    "Its password is kept in the keyring as `client-cert-password`.",
)
NETWORK_PROXY = Setting(
    "network.proxy",
    ProxySetting(),
    "system",
    "Proxy for reaching the server: `system` (environment, then OS settings), "
    "`none`, or a proxy address.",
)
NETWORK_PROXY_USER = Setting(
    "network.proxy_user",
    Line(),
    "",
    "User name for a proxy that asks for one, when the proxy is the system's, the "
    "environment's or a script's (a proxy typed in `network.proxy` keeps it in its address). "
    "Its password is kept in the keyring as `proxy-password`.",
)
NETWORK_PROXY_BYPASS = Setting(
    "network.proxy_bypass",
    HostList(),
    (),
    "Hosts reached directly, never through the proxy (in addition to NO_PROXY).",
)
UI_LANGUAGE = Setting(
    "ui.language",
    Choice(("auto", "en", "zh_CN")),
    "auto",
    "Language of messages: `auto` follows the system.",
)
FIX_CACHE_FOLDERS = Setting(
    "fixes.cache_folders",
    PathList(),
    (),
    "Cache folders of the invoicing client that the cache-clear fix empties (into a dated "
    "quarantine folder, so it can be undone). invoice-tray's own cache is always included.",
)
HELPDESK_NAME = Setting(
    "helpdesk.name",
    Line(),
    "",
    "Who helps when invoices cannot be issued, as users know them (e.g. the finance IT desk).",
)
HELPDESK_PHONE = Setting(
    "helpdesk.phone",
    Phone(),
    "",
    "The helpdesk's telephone number, shown wherever the app says to call the helpdesk.",
)
HELPDESK_EMAIL = Setting(
    "helpdesk.email",
    Email(),
    "",
    "The helpdesk's e-mail address.",
)
HELPDESK_HOURS = Setting(
    "helpdesk.hours",
    Line(),
    "",
    "When the helpdesk can be reached, in the users' words (e.g. weekdays 9:00-18:00).",
)
HELPDESK_URL = Setting(
    "helpdesk.url",
    HttpsUrl(),
    "",
    "The helpdesk's web page (tickets, instructions).",
)
HELPDESK_UPLOAD_URL = Setting(
    "helpdesk.upload_url",
    HttpsUrl(),
    "",
    "Intake address for diagnostics bundles (POST, see docs/server-api.md): with it, the "
    "export dialog sends the bundle and shows the helpdesk's reference number. Its token, if "
    "it needs one, is kept in the keyring as `helpdesk-token`.",
)
METRICS_TEXTFILE = Setting(
    "metrics.textfile",
    FilePath(),
    "",
    "A file the tray rewrites after every check with its state in the Prometheus text format, "
    "for the textfile collector of node_exporter or windows_exporter (name it *.prom).",
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    SERVER_URL,
    SERVER_CA_FILE,
    SERVER_TIMEOUT_S,
    SERVER_SLOW_MS,
    POLLING_INTERVAL_S,
    POLLING_RETRY_S,
    POLLING_FAILURE_THRESHOLD,
    POLLING_RECOVERY_THRESHOLD,
    POLLING_BACKOFF_CAP_S,
    REMINDER_MINUTES,
    CERT_WARN_DAYS,
    CLIENT_CERT_PATH,
    NETWORK_PROXY,
    NETWORK_PROXY_USER,
    NETWORK_PROXY_BYPASS,
    UI_LANGUAGE,
    FIX_CACHE_FOLDERS,
    HELPDESK_NAME,
    HELPDESK_PHONE,
    HELPDESK_EMAIL,
    HELPDESK_HOURS,
    HELPDESK_URL,
    HELPDESK_UPLOAD_URL,
    METRICS_TEXTFILE,
)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in ALL_SETTINGS}
SECTIONS: frozenset[str] = frozenset(s.section for s in ALL_SETTINGS)
