"""Title and heading rules.

A heading is a short block that does not end a sentence and is followed by prose. Its level comes
from its *style* (bold, ALL CAPS, "Chapter 2", "IV.", "1.2", plain): as in reStructuredText, the
first style met is level 1, the next new style level 2, and so on — texts do not say which style
ranks higher, but they use their styles consistently.
"""

from __future__ import annotations

import re

from ..model import Heading, Text
from ..reader import ReaderState
from .datelines import date_inlines
from .text import bold_inner, ends_on_function_word, ends_sentence, is_all_caps, more_words_than, words

MAX_HEADING_WORDS = 16
MAX_TITLE_WORDS = 24
_CHAPTER = re.compile(
    r"^(?:chapter|part|book|section|act|scene|canto|letter|lecture|sermon|essay)\s+"
    r"(?:[IVXLCDM]+|\d+|[a-z]+)\b",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXLCDM]{1,7}\.\s+\S")
_DECIMAL2 = re.compile(r"^\d+\.\d+(?:\.\d+)*\.?\s+\S")


def heading_style(text: str) -> str | None:
    """The typographic style of a heading candidate, or None if it cannot be a heading."""
    if bold_inner(text):
        return "bold"
    flat = " ".join(text.split())
    if _CHAPTER.match(flat):
        return "chapter"
    if _DECIMAL2.match(flat):
        return "decimal"
    if _ROMAN.match(flat):
        return "roman"
    if is_all_caps(flat):
        return "caps"
    return "plain"


def is_heading_shaped(text: str, style: str) -> bool:
    """Short, not a sentence, starting like a title."""
    flat = " ".join(text.split())
    most = MAX_TITLE_WORDS if style in ("bold", "caps") else MAX_HEADING_WORDS
    if not more_words_than(flat, 0) or more_words_than(flat, most):
        return False
    first = next((c for c in flat if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()) or ends_on_function_word(flat):
        return False
    if style in ("bold", "caps", "chapter", "roman", "decimal"):
        return not flat.endswith((",", ";"))
    return not ends_sentence(flat)


def _is_prose(text: str) -> bool:
    return more_words_than(text, MAX_HEADING_WORDS) or ends_sentence(text)


def _followed_by_prose(state: ReaderState, pos: int) -> bool:
    """One of the next few blocks is prose: a heading heads something."""
    for block in state.blocks[pos + 1 : pos + 5]:
        if _is_prose(block.text):
            return True
    return False


def _is_headline(text: str) -> bool:
    """Headline case: most words capitalised (a title may end with a full stop)."""
    tokens = [w for w in words(text) if w[0].isalpha()]
    return len(tokens) >= 2 and sum(w[0].isupper() for w in tokens) * 2 >= len(tokens)


def _split_trailing_date(state: ReaderState, pos: int) -> None:
    """A heading block whose last line is a date ("RECORD OF …" / "19 November, 1958"): the date
    becomes a block of its own, for the dateline rule."""
    block = state.blocks[pos]
    if block.line_count < 2:
        return
    rest, _newline, last = block.text.rpartition("\n")
    # A paragraph is turned away by its length first: that is cheaper than a search for a date.
    if not more_words_than(rest, MAX_TITLE_WORDS) and date_inlines(last):
        style = heading_style(rest)
        if style is not None and is_heading_shaped(rest, style):
            state.split_block(pos, block.line_count - 1)


def title(state: ReaderState, pos: int) -> int:
    """The document's title: its first block, when that is a short title-like line."""
    if state.body_started or state.metadata.title is not None:
        return 0
    _split_trailing_date(state, pos)
    block = state.blocks[pos]
    text = bold_inner(block.text) or block.text
    style = heading_style(block.text)
    if block.line_count > 3 or style is None:
        return 0
    shaped = is_heading_shaped(block.text, style)
    if not shaped and not (block.line_count == 1 and _is_headline(text) and text.endswith(".")
                           and len(words(text)) <= MAX_TITLE_WORDS):
        return 0
    from .catalogue import fields_follow  # here: catalogue reads speech, which reads headings

    if not _followed_by_prose(state, pos) and not fields_follow(state, pos):
        return 0
    state.metadata.title = " ".join(text.split()).rstrip(".")
    state.metadata.heading_title = state.metadata.title
    state.front.append(Heading([Text(text)], block.line, level=0))
    return 1


def heading(state: ReaderState, pos: int) -> int:
    """A section heading; its level from the order in which heading styles first appear."""
    _split_trailing_date(state, pos)
    block = state.blocks[pos]
    if block.line_count > 3 or more_words_than(block.text, MAX_TITLE_WORDS):
        return 0  # longer than a heading of any style (which is_heading_shaped tells later, at more cost)
    style = heading_style(block.text)
    if style is None or not is_heading_shaped(block.text, style) or not _followed_by_prose(state, pos):
        return 0
    styles: list[str] = state.facts.setdefault("heading_styles", [])
    if style not in styles:
        styles.append(style)
    text = bold_inner(block.text) or block.text
    state.emit(Heading([Text(text)], block.line, level=styles.index(style) + 1))
    return 1
