"""The generic traversal hands out exactly what a plain recursion over the model does, in its order."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

import pytest

import teiconv
from teiconv.model import Span
from teiconv.passes.walk import INLINE_FIELDS, inline_owners, nodes, spans, text_nodes
from teiconv.source import read_source

from conftest import SEEDS


def _plain_nodes(value: Any) -> Iterator[Any]:
    """The reference: every dataclass instance reachable through fields and lists, parents first."""
    if isinstance(value, list):
        for item in value:
            yield from _plain_nodes(item)
    elif dataclasses.is_dataclass(value):
        yield value
        for field in dataclasses.fields(value):
            yield from _plain_nodes(getattr(value, field.name))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_the_walk_agrees_with_a_plain_recursion(seed):
    document = teiconv.convert_source(read_source(seed)).document
    text = [document.front, document.body, document.back]
    assert list(map(id, nodes(document))) == list(map(id, _plain_nodes(document)))
    assert list(map(id, text_nodes(document))) == list(map(id, _plain_nodes(text)))
    assert list(map(id, spans(document))) == [id(node) for node in _plain_nodes(text) if isinstance(node, Span)]
    expected = [(id(node), name) for node in _plain_nodes(text) for name in INLINE_FIELDS
                if isinstance(getattr(node, name, None), list) and not isinstance(node, Span)]
    assert [(id(node), name) for node, name in inline_owners(document)] == expected
