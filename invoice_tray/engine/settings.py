"""The inputs of one check run, as a small value object built from the config."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from invoice_tray.config import Config
from invoice_tray.config import schema as s
from invoice_tray.engine.kinds import EndpointKind, Expectation
from invoice_tray.secrets import CheckSecrets


@dataclass(frozen=True)
class CheckSettings:
    server_url: str
    ca_file: Path | None = None
    timeout_s: float = s.SERVER_TIMEOUT_S.default
    slow_ms: int = s.SERVER_SLOW_MS.default
    warn_days: int = s.CERT_WARN_DAYS.default
    client_cert_path: Path | None = None
    proxy_setting: str = s.NETWORK_PROXY.default
    proxy_bypass: tuple[str, ...] = ()
    token: str | None = field(default=None, repr=False)
    client_cert_password: str | None = field(default=None, repr=False)
    proxy_password: str | None = field(default=None, repr=False)
    proxy_user: str = ""  # for a proxy not typed in the setting (the system's, a script's)
    # Which endpoint this is; a round checks this one and ``others`` together.
    name: str = ""
    kind: EndpointKind = EndpointKind.INVOICE_SERVER
    critical: bool = True  # failing turns the light red (else at most yellow)
    expect: Expectation = field(default_factory=Expectation)
    others: tuple[CheckSettings, ...] = ()
    # Where what checks learn outlives a run (OCSP answers); None: nothing is kept.
    state_dir: Path | None = None

    @property
    def endpoints(self) -> tuple[CheckSettings, ...]:
        """Every endpoint of the round, this one first."""
        return (self, *self.others)

    @property
    def host(self) -> str:
        return urlsplit(self.server_url).hostname or ""

    @property
    def port(self) -> int:
        return urlsplit(self.server_url).port or 443

    @classmethod
    def from_config(
        cls,
        config: Config,
        *,
        token: str | None = None,
        client_cert_password: str | None = None,
        proxy_password: str | None = None,
    ) -> CheckSettings:
        ca_file = config[s.SERVER_CA_FILE]
        cert = config[s.CLIENT_CERT_PATH]
        base = cls(
            server_url=config[s.SERVER_URL],
            ca_file=Path(ca_file).expanduser() if ca_file else None,
            timeout_s=config[s.SERVER_TIMEOUT_S],
            slow_ms=config[s.SERVER_SLOW_MS],
            warn_days=config[s.CERT_WARN_DAYS],
            client_cert_path=Path(cert).expanduser() if cert else None,
            proxy_setting=config[s.NETWORK_PROXY],
            proxy_bypass=config[s.NETWORK_PROXY_BYPASS],
            proxy_user=config[s.NETWORK_PROXY_USER],
            token=token,
            client_cert_password=client_cert_password,
            proxy_password=proxy_password,
        )
        endpoints = config.endpoints
        if not endpoints:
            return base
        each = [
            replace(
                base,
                server_url=e.url,
                ca_file=Path(e.ca_file).expanduser() if e.ca_file else base.ca_file,
                name=e.name,
                kind=e.kind,
                critical=e.critical,
                expect=e.expect,
                token=token if e.kind is EndpointKind.INVOICE_SERVER else None,
            )
            for e in config.endpoints_in_order()
        ]
        return replace(each[0], others=tuple(each[1:]))

    @classmethod
    def with_secrets(cls, config: Config, found: CheckSecrets) -> CheckSettings:
        return cls.from_config(
            config,
            token=found.token,
            client_cert_password=found.client_cert_password,
            proxy_password=found.proxy_password,
        )
