"""Parse the raw text of every block into inline nodes, with the document's year as context."""

from __future__ import annotations

from collections import Counter
from itertools import islice

from ..dates import find_dates
from ..diagnostics import Reporter
from ..inline import InlineContext, parse_inline
from ..inline.table import INLINE_RULES
from ..model import Document, Inline, Text
from ..header import hand_id, is_hand
from .walk import inline_owners, spans


def parse_inlines(document: Document, reporter: Reporter) -> Document:
    year = document_year(document)
    for owner, field in inline_owners(document):
        content: list[Inline] = getattr(owner, field)
        context = InlineContext(year=year, line=getattr(owner, "line", 0))
        parsed: list[Inline] = []
        for node in content:
            parsed.extend(parse_inline(node.text, context, INLINE_RULES) if isinstance(node, Text) else [node])
        setattr(owner, field, parsed)
    _declare_hands(document)
    return document


def _declare_hands(document: Document) -> None:
    """Annotations in another hand point at that hand, declared in the header."""
    for span in spans(document):
        if span.kind != "annotation":
            continue
        kind = span.attrs["type"]
        if kind not in document.metadata.hands:
            document.metadata.hands.append(kind)
        if is_hand(kind):
            span.attrs["hand"] = f"#{hand_id(kind)}"


# The year of undated dates is read from the opening blocks: a long text's later years are its
# subject matter, not its date.
YEAR_SAMPLE_BLOCKS = 200


def document_year(document: Document) -> int | None:
    """The year dates without one belong to: the document's date, else the commonest full year."""
    metadata = document.metadata
    for value in (metadata.date, metadata.correspondence.date if metadata.correspondence else None):
        if value and value[:4].isdigit():
            return int(value[:4])
    years: Counter[int] = Counter()
    for owner, field in islice(inline_owners(document), YEAR_SAMPLE_BLOCKS):
        for node in getattr(owner, field):
            if isinstance(node, Text):
                years.update(int(found.when[:4]) for found in find_dates(node.text) if found.when and len(found.when) >= 10)
    return years.most_common(1)[0][0] if years else None
