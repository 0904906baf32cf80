"""Durable local state in SQLite: check history (and, later, offline drafts)."""
