"""Datelines: a line that is wholly a date, a timestamp, or "PLACE – date".

At the very start of a text (before its title or any prose) the date is the document's date and
goes to the front matter; elsewhere it is a dateline of the unit it stands in.
"""

from __future__ import annotations

import re

from ..dates import parse_date
from ..model import Dateline, Inline, Span, Text
from ..reader import ReaderState
from .text import trailing_note_marker

# "BAGHDAD – 6 August 2014", "London, 3 May 1862", "Paris: 1 June 1871": up to four capitalised words.
_PLACE_DATE = re.compile(
    r"^(?P<place>(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|on|upon|de|du|la|le|am|an|der|of)){0,3})"
    r"(?P<sep>\s*[–—-]\s*|,\s*|:\s*)(?P<date>.+)$"
)


def date_inlines(text: str, year: int | None = None) -> list[Inline] | None:
    """The inline content of a dateline (place and date marked), or None if `text` is not one.

    A note marker at the end stays as text after the date, for the note rules to find.
    """
    flat = " ".join(text.split())
    marker = trailing_note_marker(flat)
    if marker and marker.start() > 0:
        content = _date_line(flat[: marker.start()], year)
        return content + [Text(marker.group())] if content else None
    return _date_line(flat, year)


def _date_line(flat: str, year: int | None) -> list[Inline] | None:
    whole = _date_with_tail(flat, year)
    if whole is not None:
        return whole
    match = _PLACE_DATE.match(flat)
    if not match:
        return None
    date = _date_with_tail(match.group("date"), year)
    if date is None:
        return None
    return [Span("place", [Text(match.group("place"))]), Text(match.group("sep")), *date]


def date_span(text: str, year: int | None = None) -> Span | None:
    """`text` as one date span, or None if it is not wholly a date."""
    found = parse_date(text, year)
    if found is None:
        return None
    attrs = {key: value for key, value in (("when", found.when), ("from", found.from_), ("to", found.to)) if value}
    return Span("date", [Text(text)], attrs)


def _date_with_tail(text: str, year: int | None) -> list[Inline] | None:
    """A date, keeping a final full stop after it as text."""
    core = text.rstrip(".")
    span = date_span(core, year)
    if span is None:
        return None
    return [span, Text(text[len(core):])] if core != text else [span]


def dateline(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    if block.line_count > 2:
        return 0
    content = date_inlines(block.text)
    if content is None:
        return 0
    node = Dateline(content, block.line)
    if not state.body_started and not state.front:
        state.front.append(node)
        first_date = next((c for c in content if isinstance(c, Span) and c.kind == "date"), None)
        if first_date is not None and state.metadata.date is None:
            state.metadata.date = first_date.attrs.get("when")
            state.metadata.date_text = " ".join(block.text.split())
    else:
        state.emit(node)
    return 1
