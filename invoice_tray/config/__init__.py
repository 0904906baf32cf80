"""Configuration: one declarative schema (``schema``), a forgiving loader (``loader``) and the
machine's policy from the IT department (``policy``)."""

from invoice_tray.config.loader import Config, SettingLocked, load_config
from invoice_tray.config.problems import ConfigProblem

__all__ = ["Config", "ConfigProblem", "SettingLocked", "load_config"]
