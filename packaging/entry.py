"""What the frozen programs run: the same entry point as ``python -m invoice_tray``."""

import os
import sys

# A windowed Windows program has no standard streams: --help or --version would fail writing
# to them instead of printing nothing.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115, PTH123

from invoice_tray.cli import main  # noqa: E402

sys.exit(main())
