"""Generic traversal of the document model, so each pass does not rewrite the same recursion."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from ..model import Document, Span

# Fields of block nodes that hold inline content.
INLINE_FIELDS = ("content", "speaker", "source", "head")


# Per node class, the fields that may hold nodes (in reverse order, ready for the stack);
# None for classes that are not nodes. Computed once per class: traversal is hot.
_CHILD_FIELDS: dict[type, tuple[str, ...] | None] = {}
# Per node class, the fields of INLINE_FIELDS it has (none for a span, whose children are inline).
_INLINE_FIELDS_OF: dict[type, tuple[str, ...]] = {}
_SCALAR_TYPES = {"str", "int", "str | None", "int | None", "bool", "dict[str, str]"}


def _child_fields(cls: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(reversed([f.name for f in dataclasses.fields(cls) if f.type not in _SCALAR_TYPES]))


def nodes(value: Any) -> Iterator[Any]:
    """Every dataclass node inside `value` (depth first, document order), `value` included."""
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        cls = type(item)
        if cls is list:
            stack.extend(reversed(item))
            continue
        try:
            fields = _CHILD_FIELDS[cls]
        except KeyError:
            fields = _CHILD_FIELDS[cls] = _child_fields(cls)
        if fields is None:
            continue
        yield item
        for name in fields:
            push(getattr(item, name))


def text_nodes(document: Document) -> Iterator[Any]:
    """The nodes of the text (front, body, back), not of the header."""
    for part in (document.front, document.body, document.back):
        yield from nodes(part)


def spans(document: Document) -> Iterator[Span]:
    return (node for node in text_nodes(document) if isinstance(node, Span))


def _inline_fields(cls: type) -> tuple[str, ...]:
    if issubclass(cls, Span):
        return ()
    names = {f.name for f in dataclasses.fields(cls)}
    return tuple(name for name in INLINE_FIELDS if name in names)


def inline_owners(document: Document) -> Iterator[tuple[Any, str]]:
    """(node, field name) for every inline list of a block node in the text."""
    for node in text_nodes(document):
        cls = type(node)
        try:
            names = _INLINE_FIELDS_OF[cls]
        except KeyError:
            names = _INLINE_FIELDS_OF[cls] = _inline_fields(cls)
        for name in names:
            if isinstance(getattr(node, name), list):
                yield node, name
