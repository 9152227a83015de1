"""Title and heading rules.

A heading is a short block that does not end a sentence and is followed by prose. Its level comes
from its *style* (bold, ALL CAPS, "Chapter 2", "IV.", "1.2", plain): as in reStructuredText, the
first style met is level 1, the next new style level 2, and so on — texts do not say which style
ranks higher, but they use their styles consistently.

Markdown says it: an ATX heading ("## The First Season") is of level the count of its "#" marks,
and a Setext heading (a line underlined with "====" or "----" in the same block) of level 1 or 2.
The marks are markup, not words: the heading's text is without them. A "----" standing alone, with a
blank line above it, is a rule, not an underline.
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
# "## Heading", "## Heading ##": one line, the marks followed by a space.
_ATX = re.compile(r"^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")
# A line of text and its underline: "=" for level 1, "-" for level 2.
_SETEXT = re.compile(r"^([^\n]*\S[^\n]*)\n(=+|-+)[ \t]*$")
_SETEXT_MIN = 3  # "--" under a word is a dash, not an underline


def markdown_heading(text: str) -> tuple[str, int] | None:
    """The text and level of a Markdown heading block: ATX ("## Text") or Setext (underlined)."""
    if text.startswith("#"):
        match = _ATX.match(text)
        if match and "\n" not in text:
            return match.group(2), len(match.group(1))
        return None
    if "\n" in text and text[-1] in "=-":
        match = _SETEXT.match(text)
        if match and len(match.group(2)) >= _SETEXT_MIN and not more_words_than(match.group(1), MAX_TITLE_WORDS):
            return match.group(1).strip(), 1 if match.group(2)[0] == "=" else 2
    return None


def heading_style(text: str) -> str | None:
    """The typographic style of a heading candidate, or None if it cannot be a heading."""
    if markdown_heading(text):
        return "markdown"
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
    if style == "markdown":
        return True  # the marks say it is a heading
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
    marked = markdown_heading(block.text)
    if marked is not None:
        if not _followed_by_prose(state, pos):
            return 0
        text = bold_inner(marked[0]) or marked[0]
        state.metadata.title = " ".join(text.split()).rstrip(".")
        state.front.append(Heading([Text(text)], block.line, level=0))
        return 1
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
    marked = markdown_heading(block.text)
    if marked is not None:
        text = bold_inner(marked[0]) or marked[0]
        state.emit(Heading([Text(text)], block.line, level=marked[1]))
        return 1
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
