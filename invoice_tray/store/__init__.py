"""Durable local state in SQLite: the small wrapper every store uses (``db``: migrations,
transactions, the error taxonomy, several processes on one file) and the check history
(``history``). The drafts and the fix journal have their stores beside their models."""
