import sys

from invoice_tray.cli import main

sys.exit(main())
