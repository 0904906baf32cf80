"""The check engine: layered diagnosis of the link to the invoice server. No Qt in here."""
