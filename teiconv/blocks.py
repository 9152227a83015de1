"""Blocks stage: text → blank-line separated blocks of lines, layout whitespace set aside.

A block is what the eye sees as one unit on the page. Indentation is kept as a number (recognisers
use it: comments are indented, so are block quotations) but never as text: any Unicode whitespace
at the start or end of a line is layout, not content.

Plain texts come in two habits: hard-wrapped lines (a paragraph is several short lines) and one
line per paragraph, with no blank line between paragraphs. A block of the second habit is split
into one block per line, so that later stages see paragraphs either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple

from .source import WHITESPACE

# A line longer than this is not hard-wrapped text: editors and mailers wrap at 60-80 columns.
WRAP_WIDTH = 100
PAGE_BREAK = "\f"


class Line(NamedTuple):
    """A tuple, not a dataclass: a text has hundreds of thousands of lines, and a tuple is made fast."""

    number: int  # 1-based line number in the source
    indent: int  # count of layout whitespace characters before the text
    text: str  # without layout whitespace at either end


@dataclass(frozen=True)
class Block:
    lines: tuple[Line, ...]
    blank_before: int = 0  # blank lines before the block: wider gaps often separate larger units
    page_break_before: bool = False  # a form feed stood before this block
    # The block's text, its lines joined by newlines so offsets map back to source lines. Every
    # rule reads it, so it is made with the block.
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", "\n".join([line.text for line in self.lines]))

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def indent(self) -> int:
        return self.lines[0].indent

    def split(self, count: int) -> tuple[Block, Block]:
        """The first `count` lines and the rest, as two blocks."""
        return Block(self.lines[:count], self.blank_before, self.page_break_before), Block(self.lines[count:])


def split_blocks(text: str) -> list[Block]:
    """Group the lines of `text` into blocks; blank lines and form feeds separate them."""
    blocks: list[Block] = []
    current: list[Line] = []
    blank = 0
    page_break = False
    long_line = False  # a line of the group is longer than wrapped lines are
    make_line = partial(tuple.__new__, Line)  # Line(…) without its __new__ in Python: a text has many lines

    def close() -> None:
        nonlocal blank, page_break, long_line
        if current:
            blocks.extend(_unwrap(current, blank, page_break, long_line))
            current.clear()
            blank = 0
            page_break = False
            long_line = False

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
        indent = 0 if raw.startswith(stripped) else len(raw) - len(raw.lstrip(WHITESPACE))
        current.append(make_line((number, indent, stripped)))
        if len(stripped) > WRAP_WIDTH:
            long_line = True
    close()
    return blocks


def _unwrap(lines: list[Line], blank_before: int, page_break_before: bool, long_line: bool) -> list[Block]:
    """The blocks of a group of lines: one per line if a line is too long to be wrapped (one-line
    paragraphs), else one block, wrapped text kept whole."""
    if len(lines) < 2 or not long_line:
        return [Block(tuple(lines), blank_before, page_break_before)]
    first = Block((lines[0],), blank_before, page_break_before)
    return [first] + [Block((line,)) for line in lines[1:]]
