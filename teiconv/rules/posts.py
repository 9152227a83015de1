"""Posts and comment threads: bylines ("Written by …"), timestamps, numbered comments.

A comment is a numbered block, its further paragraphs, then (perhaps) its author's name on a line
of its own, then a timestamp. The timestamp is what tells a comment from a numbered list item.
"""

from __future__ import annotations

import re

from ..dates import parse_date
from ..model import Byline, Dateline, Division, Span, Text
from ..reader import ReaderState
from .datelines import date_inlines

_BYLINE = re.compile(
    r"^(?P<lead>(?:(?:Written|Posted|Published|Submitted|Reported|Compiled|Posted\s+online)\s+by|By)\s+)"
    r"(?P<name>[^\s].{0,80}?)(?P<end>\.?)$"
)
_STATEMENT = re.compile(r"^(?:Statement|Declaration|Communiqu[ée]|Resolution|Appeal|Message)\s+(?:of|by|from)\s+\S.{0,100}$")
_COMMENT_START = re.compile(r"^(?P<n>\d{1,4})[.)]\s+(?P<rest>\S)")
_NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,4}|[\w.@-]{2,30})$")
MAX_COMMENT_BLOCKS = 40


def is_timestamp(text: str) -> bool:
    """A line that is wholly a date with a time of day: comments and posts are stamped so."""
    found = parse_date(" ".join(text.split()))
    return bool(found and found.when and "T" in found.when)


def byline(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    if block.line_count > 2:
        return 0
    flat = " ".join(block.text.split())
    match = _BYLINE.match(flat)
    if match:
        name = match.group("name")
        if not name[0].isupper():
            return 0
        if not state.metadata.authors:
            state.metadata.authors.append(name)
        content = [Text(match.group("lead")), Span("person", [Text(name)])]
        if match.group("end"):
            content.append(Text(match.group("end")))
    elif _STATEMENT.match(flat) and not flat.endswith("."):
        content = [Text(block.text)]
    else:
        return 0
    state.emit(Byline(content, block.line))
    return 1


def timestamp(state: ReaderState, pos: int) -> int:
    """A timestamp line on its own (after a post's byline)."""
    block = state.blocks[pos]
    if block.line_count > 1 or not is_timestamp(block.text):
        return 0
    state.emit(Dateline(date_inlines(block.text) or [Text(block.text)], block.line))
    return 1


def comment(state: ReaderState, pos: int) -> int:
    """A numbered comment: its paragraphs, its author's name line (if any), its timestamp."""
    start = _COMMENT_START.match(state.blocks[pos].text)
    if not start:
        return 0
    stamp = _timestamp_after(state, pos)
    if stamp is None:
        return 0
    author = stamp - 1 if stamp - 1 > pos and _is_name_line(state.blocks[stamp - 1].text) else None
    first = state.blocks[pos]
    number = start.group("n")
    body_blocks = state.blocks[pos : author if author is not None else stamp]
    children = state.read_nested(body_blocks, strip_prefix=start.start("rest"))
    if author is not None:
        name = " ".join(state.blocks[author].text.split())
        children.append(Byline([Span("person", [Text(name)])], state.blocks[author].line))
    stamp_block = state.blocks[stamp]
    children.append(Dateline(date_inlines(stamp_block.text) or [Text(stamp_block.text)], stamp_block.line))
    date = parse_date(" ".join(stamp_block.text.split()))
    state.emit(Division(children, first.line, kind="comment", n=number, when=date.when if date else None))
    return stamp - pos + 1


def _timestamp_after(state: ReaderState, pos: int) -> int | None:
    for index in range(pos + 1, min(len(state.blocks), pos + MAX_COMMENT_BLOCKS)):
        text = state.blocks[index].text
        if is_timestamp(text):
            return index
        if _COMMENT_START.match(text):
            return None
    return None


_INITIAL_AT_END = re.compile(r"\b[A-Z]\.$")


def _is_name_line(text: str) -> bool:
    """A commenter's name: a few capitalised words or a user name; a final full stop only after
    an initial ("Martin K.")."""
    flat = " ".join(text.split())
    if flat.endswith(".") and not _INITIAL_AT_END.search(flat):
        return False
    return len(flat) <= 40 and bool(_NAME_LINE.match(flat))
