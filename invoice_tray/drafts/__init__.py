"""Offline invoice drafts, without Qt: the model and its rules (``model``), the durable store
with its audit trail (``store``), and later the outbox that submits each draft exactly once."""

DRAFTS_FILE = "drafts.sqlite3"  # in the data folder
