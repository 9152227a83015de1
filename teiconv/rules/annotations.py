"""Annotation lines: a block that is wholly "[Label: …]" records something *on* the document —
another hand, a stamp, a marginal note — not a paragraph of its text."""

from __future__ import annotations

import re

from ..model import Annotation, Text
from ..reader import ReaderState

# "[Handwritten: …]", "[Stamp: …]", "[Marginal note: …]": a short label, a colon, the annotation.
ANNOTATION = re.compile(r"^\[(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(?P<body>[^\[\]]*)\]$", re.S)


def annotation_type(label: str) -> str:
    """The label as a TEI type value: lower case, words joined by hyphens."""
    return "-".join(label.lower().split())


def annotation(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    match = ANNOTATION.match(block.text)
    if not match:
        return 0
    kind = annotation_type(match.group("label"))
    if kind not in state.metadata.hands:
        state.metadata.hands.append(kind)
    state.emit(Annotation([Text(match.group("body"))], block.line, kind))
    return 1
