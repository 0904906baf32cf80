"""Offline invoice drafts, without Qt: the model and its rules (``model``), the states and
what each allows (``states``), the durable store with its audit trail (``store``), the outbox
that submits each draft exactly once (``outbox``), the offline limits (``limits``) and the
JSON and CSV files drafts are exchanged in (``exchange``)."""

DRAFTS_FILE = "drafts.sqlite3"  # in the data folder
