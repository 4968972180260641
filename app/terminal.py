"""Text from postings made safe for a terminal: no escape sequences, no control characters, no Rich markup.

A title like `\\x1b]8;;http://evil\\x07click\\x1b]8;;\\x07` would plant a hyperlink (OSC 8) or rewrite the
screen, and `[link=http://evil]x[/link]` would be read as Rich markup; both print as plain, inert text.
"""

from __future__ import annotations

import re
from typing import Any

from rich.markup import escape

# ESC-introduced sequences first (CSI, OSC/DCS/APC/PM/SOS strings up to their terminator, two-byte escapes),
# then their 8-bit C1 forms, then every remaining C0/C1 control character and bidi override.
_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC ... BEL or ST
    r"|\x1b[ -/]*[0-~]"  # other escapes (two-byte, nF)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x90\x9d\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?"  # 8-bit OSC/DCS/SOS/PM/APC strings
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def plain(value: Any) -> str:
    """`value` as text with terminal sequences and control characters removed (newlines and tabs kept)."""
    text = "" if value is None else str(value)
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def safe(value: Any) -> str:
    """`value` ready for `console.print` or a Rich table cell: sequences removed, markup escaped."""
    return escape(plain(value))
