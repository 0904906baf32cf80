"""The one rule for text that comes in from outside: a file (``drafts add``, an import), the
editor, the server's replies. It must be text that can be saved and shown: a lone surrogate
(half of an emoji, cut by a copy from another program, or a JSON ``\\ud83d`` on its own)
cannot be written to a file or to the database, and a NUL character cuts a field short in
Windows and Qt. Such text is refused where it enters, naming the field; nothing is repaired
behind anyone's back, and nothing already stored is touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from invoice_tray.i18n import Text, tr

_BROKEN = re.compile("[\ud800-\udfff\x00]")
PROBLEM: Text = tr(
    "contains characters that are not text (perhaps half of an emoji copied from another "
    "program): type it again"
)


def broken(value: str) -> bool:
    """Whether ``value`` holds something that is not text (see the module's note)."""
    return _BROKEN.search(value) is not None


def broken_fields(data: object, where: str = "") -> list[str]:
    """The places (``buyer.name``, ``lines[1].spec``, ``[0].title``) in JSON-like ``data``
    whose text, or key, is broken."""
    found: list[str] = []
    if isinstance(data, str):
        if broken(data):
            found.append(where)
    elif isinstance(data, Mapping):
        for key, value in data.items():
            place = f"{where}.{key}" if where else str(key)
            if isinstance(key, str) and broken(key):
                found.append(place)
            else:
                found += broken_fields(value, place)
    elif isinstance(data, Sequence) and not isinstance(data, bytes | bytearray):
        for index, value in enumerate(data, start=1):
            found += broken_fields(value, f"{where}[{index}]")
    return found
