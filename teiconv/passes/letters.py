"""Group a letter's later salutations into sections, and a collection's letters into divisions.

A salutation in the middle of a letter ("Dear colleagues" again) opens a new section of it; a
salutation after a closer opens the next letter. TEI lets an opener stand only at the top of a
division, so each such run becomes a `div` of its own (type "section" or "letter").
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Block, Closer, Division, Document, Opener, Salutation


def group_letter_sections(document: Document, reporter: Reporter) -> Document:
    document.body = _group(document.body)
    return document


def _opens_section(node: Block) -> bool:
    return isinstance(node, Opener) and any(isinstance(part, Salutation) for part in node.parts)


def _group(nodes: list[Block]) -> list[Block]:
    for node in nodes:
        if isinstance(node, Division):
            node.children = _group(node.children)
    starts = [i for i, node in enumerate(nodes) if _opens_section(node)]
    if not starts or not any(not isinstance(n, Opener) for n in nodes[: starts[-1]]):
        return nodes  # at most one opener, at the top: nothing to group
    first = starts[0]
    result = nodes[:first]
    bounds = starts + [len(nodes)]
    letters = any(isinstance(node, Closer) for node in nodes[first : starts[-1]])
    for begin, end in zip(bounds, bounds[1:]):
        chunk = nodes[begin:end]
        trailing: list[Block] = []
        if end == len(nodes) and not letters:
            # The closer of the whole letter stays at its end, outside the last section.
            while chunk and isinstance(chunk[-1], Closer):
                trailing.insert(0, chunk.pop())
        result.append(Division(chunk, chunk[0].line if chunk else 0, kind="letter" if letters else "section"))
        result.extend(trailing)
    return result
