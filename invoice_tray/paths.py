"""Where per-user state lives.

``$INVOICE_TRAY_HOME`` puts everything (config, data, logs, cache) under one folder, which is
what tests and portable installs use; otherwise the platform's conventional folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from invoice_tray import APP_NAME

HOME_ENV = "INVOICE_TRAY_HOME"
CONFIG_ENV = "INVOICE_TRAY_CONFIG"
CONFIG_FILE_NAME = "config.toml"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get(HOME_ENV)
        if home:
            base = Path(home).expanduser()
            return cls(base / "config", base / "data", base / "logs", base / "cache")
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_log_dir),
            Path(dirs.user_cache_dir),
        )

    def config_file(self, explicit: str | os.PathLike[str] | None = None) -> Path:
        """``--config`` wins, then ``$INVOICE_TRAY_CONFIG``, then the config dir."""
        if explicit:
            return Path(explicit).expanduser()
        from_env = os.environ.get(CONFIG_ENV)
        if from_env:
            return Path(from_env).expanduser()
        return self.config_dir / CONFIG_FILE_NAME
