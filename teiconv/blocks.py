"""Blocks stage: text → blank-line separated blocks of lines, layout whitespace set aside.

A block is what the eye sees as one unit on the page. Indentation is kept as a number (recognisers
use it: comments are indented, so are block quotations) but never as text: any Unicode whitespace
at the start or end of a line is layout, not content.

Plain texts come in two habits: hard-wrapped lines (a paragraph is several short lines) and one
line per paragraph, with no blank line between paragraphs. A block of the second habit is split
into one block per line, so that later stages see paragraphs either way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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


_make_line = partial(tuple.__new__, Line)  # Line(…) without its __new__ in Python: a text has many lines


class Block:
    """Lines that the eye sees as one unit, kept as their joined text and their indents.

    The lines themselves are made again when a rule asks for them: a text has hundreds of thousands
    of lines, and as objects they took three times the memory of the text. A block's lines are
    consecutive lines of the source (a blank line ends a block), so their numbers follow `line`.
    """

    __slots__ = ("text", "line", "indents", "blank_before", "page_break_before")

    def __init__(self, lines: Sequence[Line], blank_before: int = 0, page_break_before: bool = False):
        # Every rule reads the text, its lines joined by newlines so offsets map back to lines.
        self.text: str = "\n".join([line.text for line in lines])
        self.line: int = lines[0].number  # of the first line
        self.indents: tuple[int, ...] = tuple([line.indent for line in lines])
        self.blank_before = blank_before  # blank lines before: wider gaps often separate larger units
        self.page_break_before = page_break_before  # a form feed stood before this block

    def __repr__(self) -> str:
        return f"Block(line={self.line}, text={self.text!r})"

    @property
    def lines(self) -> tuple[Line, ...]:
        """The lines, made from the text: a rule that goes over them more than once keeps them."""
        numbers = range(self.line, self.line + len(self.indents))
        return tuple(map(_make_line, zip(numbers, self.indents, self.text.split("\n"))))

    @property
    def line_count(self) -> int:
        return len(self.indents)

    @property
    def first_text(self) -> str:
        """The text of the first line."""
        return self.text.partition("\n")[0]

    @property
    def indent(self) -> int:
        return self.indents[0]

    def split(self, count: int) -> tuple[Block, Block]:
        """The first `count` lines and the rest, as two blocks."""
        lines = self.lines
        return Block(lines[:count], self.blank_before, self.page_break_before), Block(lines[count:])


def split_blocks(text: str) -> list[Block]:
    """Group the lines of `text` into blocks; blank lines and form feeds separate them."""
    blocks: list[Block] = []
    current: list[Line] = []
    blank = 0
    page_break = False
    long_line = False  # a line of the group is longer than wrapped lines are

    def close() -> None:
        nonlocal blank, page_break, long_line
        if current:
            blocks.extend(_unwrap(current, blank, page_break, long_line))
            current.clear()
            blank = 0
            page_break = False
            long_line = False

    for number, raw in enumerate(_lines_of(text), start=1):
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
        current.append(_make_line((number, indent, stripped)))
        if len(stripped) > WRAP_WIDTH:
            long_line = True
    close()
    return blocks


def _lines_of(text: str) -> Iterator[str]:
    """The lines of `text` one at a time: a list of them all would hold the text twice more (each
    line a string), while a block keeps only the lines of its own."""
    start = 0
    find = text.find
    while (end := find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _unwrap(lines: list[Line], blank_before: int, page_break_before: bool, long_line: bool) -> list[Block]:
    """The blocks of a group of lines: one per line if a line is too long to be wrapped (one-line
    paragraphs), else one block, wrapped text kept whole."""
    if len(lines) < 2 or not long_line:
        return [Block(tuple(lines), blank_before, page_break_before)]
    first = Block((lines[0],), blank_before, page_break_before)
    return [first] + [Block((line,)) for line in lines[1:]]
