"""Authenticode signing of the Windows programs and installers with ``osslsigncode``.

Signing runs only when a code-signing certificate is given, through the environment (CI keeps
both as secrets; nothing here writes them anywhere but a private temporary file):

    INVOICE_TRAY_SIGN_PKCS12     the certificate and key, a .pfx / .p12 file
    INVOICE_TRAY_SIGN_PASSWORD   its password
    INVOICE_TRAY_SIGN_TIMESTAMP  a timestamp server (optional; without one a signature stops
                                 being valid when the certificate expires)

Without a certificate the build is unsigned, and Windows SmartScreen warns on first run
(see the README's section for IT).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DESCRIPTION = "开票连接助手 (invoice-tray)"


class SigningError(Exception):
    pass


@dataclass(frozen=True)
class Signer:
    pkcs12: Path
    password: str
    timestamp: str | None = None

    def sign(self, path: Path) -> None:
        """Sign ``path`` in place."""
        with tempfile.TemporaryDirectory() as tmp:
            secret = Path(tmp) / "password"
            secret.touch(mode=0o600)
            secret.write_text(self.password, encoding="utf-8")
            signed = Path(tmp) / path.name
            command = [
                "osslsigncode", "sign", "-pkcs12", str(self.pkcs12), "-readpass", str(secret),
                "-h", "sha256", "-n", DESCRIPTION,
                *(["-t", self.timestamp] if self.timestamp else []),
                "-in", str(path), "-out", str(signed),
            ]  # fmt: skip
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SigningError(f"signing {path.name} failed: {done.stdout}{done.stderr}")
            signed.replace(path)
        print(f"   signed {path.name}", flush=True)

    def sign_all(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self.sign(path)


def verify(path: Path, ca_file: Path | None = None) -> str:
    """osslsigncode's report on ``path``'s signature; raises SigningError if it is invalid."""
    command = ["osslsigncode", "verify", *(["-CAfile", str(ca_file)] if ca_file else [])]
    done = subprocess.run([*command, "-in", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SigningError(f"{path.name}: {done.stdout}{done.stderr}")
    return done.stdout


def from_environment(env: dict[str, str] | None = None) -> Signer | None:
    env = dict(os.environ if env is None else env)
    pkcs12 = env.get("INVOICE_TRAY_SIGN_PKCS12", "").strip()
    if not pkcs12:
        return None
    path = Path(pkcs12)
    if not path.is_file():
        raise SigningError(f"INVOICE_TRAY_SIGN_PKCS12 names no file: {path}")
    return Signer(
        path,
        env.get("INVOICE_TRAY_SIGN_PASSWORD", ""),
        env.get("INVOICE_TRAY_SIGN_TIMESTAMP", "").strip() or None,
    )
