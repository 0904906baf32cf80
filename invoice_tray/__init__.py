"""invoice-tray: can this PC issue invoices right now, and if not, why, and what fixes it."""

__version__ = "0.1.0"
APP_NAME = "invoice-tray"
