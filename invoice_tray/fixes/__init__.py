"""Guided fixes, without Qt: each is a plan of steps for the current system. A step knows
whether it needs administrator rights, what it backs up, how it is undone, and when it cannot
run here (and why). Runs are recorded in a journal; the UI's wizards and ``invoice-tray fix``
drive the same plans."""

from invoice_tray.engine.model import FixId
from invoice_tray.i18n import Text, tr

# Kept here, light to import: the tray names the offered fix without loading the fixes; each
# plan takes its title from here.
FIX_TITLES: dict[FixId, Text] = {
    FixId.NETWORK_RESET: tr("Network reset"),
    FixId.CACHE_CLEAR: tr("Clear caches"),
    FixId.PROXY_EXEMPTION: tr("Proxy exemption"),
}
