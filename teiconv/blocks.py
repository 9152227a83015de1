"""Blocks stage: text → blank-line separated blocks of lines, layout whitespace set aside.

A block is what the eye sees as one unit on the page. Indentation is kept as a number (recognisers
use it: comments are indented, so are block quotations) but never as text: any Unicode whitespace
at the start or end of a line is layout, not content.

Plain texts come in two habits: hard-wrapped lines (a paragraph is several short lines) and one
line per paragraph, with no blank line between paragraphs. A block of the second habit is split
into one block per line, so that later stages see paragraphs either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .source import WHITESPACE

# A line longer than this is not hard-wrapped text: editors and mailers wrap at 60-80 columns.
WRAP_WIDTH = 100
PAGE_BREAK = "\f"


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the source
    indent: int  # count of layout whitespace characters before the text
    text: str  # without layout whitespace at either end


@dataclass(frozen=True)
class Block:
    lines: tuple[Line, ...]
    blank_before: int = 0  # blank lines before the block: wider gaps often separate larger units
    page_break_before: bool = False  # a form feed stood before this block

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def indent(self) -> int:
        return self.lines[0].indent

    @cached_property
    def text(self) -> str:
        """The block's text, its lines joined by newlines so offsets map back to source lines."""
        return "\n".join(line.text for line in self.lines)

    def split(self, count: int) -> tuple[Block, Block]:
        """The first `count` lines and the rest, as two blocks."""
        return Block(self.lines[:count], self.blank_before, self.page_break_before), Block(self.lines[count:])


def split_blocks(text: str) -> list[Block]:
    """Group the lines of `text` into blocks; blank lines and form feeds separate them."""
    blocks: list[Block] = []
    current: list[Line] = []
    blank = 0
    page_break = False

    def close() -> None:
        nonlocal blank, page_break
        if current:
            blocks.extend(_unwrap(Block(tuple(current), blank, page_break)))
            current.clear()
            blank = 0
            page_break = False

    for number, raw in enumerate(text.split("\n"), start=1):
        if PAGE_BREAK in raw:
            close()
            page_break = True
            raw = raw.replace(PAGE_BREAK, " ")
        stripped = raw.strip(WHITESPACE)
        if not stripped:
            close()
            blank += 1
            continue
        indent = len(raw) - len(raw.lstrip(WHITESPACE))
        current.append(Line(number, indent, stripped))
    close()
    return blocks


def _unwrap(block: Block) -> list[Block]:
    """Split a block of one-line paragraphs into one block per line; keep wrapped text whole."""
    if len(block.lines) < 2 or not any(len(line.text) > WRAP_WIDTH for line in block.lines):
        return [block]
    first = Block((block.lines[0],), block.blank_before, block.page_break_before)
    return [first] + [Block((line,)) for line in block.lines[1:]]
