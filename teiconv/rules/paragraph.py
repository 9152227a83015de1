"""The fallback rule: a block nothing else claimed is a paragraph."""

from __future__ import annotations

from ..model import Paragraph, Text
from ..reader import ReaderState


def paragraph(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    state.emit(Paragraph([Text(block.text)], block.line))
    return 1
