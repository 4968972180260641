"""Hostile-input limits applied to every posting before it is stored: text without control characters,
`raw` without unbounded nesting or size, and whole payloads that are not binary."""

from __future__ import annotations

import re
from typing import Any

# C0 and C1 controls (tab, newline, CR, VT and FF are whitespace and collapse elsewhere), DEL, zero-width
# and bidirectional overrides: none belongs in a job title, and some crash DOCX writing or fool a terminal.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
RAW_DEPTH = 12
RAW_ITEMS = 500
RAW_STRING = 20_000


def strip_controls(text: str) -> str:
    return CONTROL.sub("", text)


def bounded_raw(value: Any, depth: int = 0) -> Any:
    """`value` with nesting cut at RAW_DEPTH, lists and objects at RAW_ITEMS entries, strings at RAW_STRING."""
    if isinstance(value, dict):
        if depth >= RAW_DEPTH:
            return "(nested too deep: dropped)"
        return {str(k)[:200]: bounded_raw(v, depth + 1) for k, v in list(value.items())[:RAW_ITEMS]}
    if isinstance(value, (list, tuple)):
        if depth >= RAW_DEPTH:
            return "(nested too deep: dropped)"
        return [bounded_raw(v, depth + 1) for v in list(value)[:RAW_ITEMS]]
    if isinstance(value, str):
        return strip_controls(value[:RAW_STRING])
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)[:RAW_STRING]


def looks_binary(data: bytes) -> bool:
    """True for bytes no posting format could be: NUL bytes, or not text in UTF-8 or a single-byte charset."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut at the sample's end
            return False
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    return controls > len(head) // 100


_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_depth(data: bytes | str, limit: int) -> int:
    """The deepest nesting of `data` (strings skipped), counting no further than `limit + 1`."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    depth = deepest = 0
    for m in _JSON_TOKENS.finditer(raw):
        c = m.group()
        if c in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif c in (b"]", b"}"):
            depth -= 1
    return deepest
