"""Configuration: one declarative schema (``schema``) and a forgiving loader (``loader``)."""

from invoice_tray.config.loader import Config, ConfigProblem, load_config

__all__ = ["Config", "ConfigProblem", "load_config"]
