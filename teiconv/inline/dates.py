"""Dates in running text → date spans with their normalised value."""

from __future__ import annotations

from typing import Iterator

from ..dates import DateMatch, find_dates
from ..model import Span, Text
from . import InlineContext, InlineMatch


def date_attrs(found: DateMatch) -> dict[str, str]:
    return {key: value for key, value in (("when", found.when), ("from", found.from_), ("to", found.to)) if value}


def date(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    for found in find_dates(text, context.year):
        words = text[found.start:found.end]
        yield InlineMatch(found.start, found.end, lambda _c, w=words, a=date_attrs(found): Span("date", [Text(w)], a))
