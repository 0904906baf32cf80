"""Simplified Chinese translations, keyed by the English message."""

MESSAGES: dict[str, str] = {}
