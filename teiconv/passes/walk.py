"""Generic traversal of the document model, so each pass does not rewrite the same recursion."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from ..model import Document, Span

# Fields of block nodes that hold inline content.
INLINE_FIELDS = ("content", "speaker", "source")


def nodes(value: Any) -> Iterator[Any]:
    """Every dataclass node inside `value` (depth first, document order), `value` included."""
    if isinstance(value, list):
        for item in value:
            yield from nodes(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for field in dataclasses.fields(value):
            yield from nodes(getattr(value, field.name))


def text_nodes(document: Document) -> Iterator[Any]:
    """The nodes of the text (front, body, back), not of the header."""
    for part in (document.front, document.body, document.back):
        yield from nodes(part)


def spans(document: Document) -> Iterator[Span]:
    return (node for node in text_nodes(document) if isinstance(node, Span))


def inline_owners(document: Document) -> Iterator[tuple[Any, str]]:
    """(node, field name) for every inline list of a block node in the text."""
    for node in text_nodes(document):
        for name in INLINE_FIELDS:
            if isinstance(getattr(node, name, None), list) and not isinstance(node, Span):
                yield node, name
