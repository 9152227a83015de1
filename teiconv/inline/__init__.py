"""Inline recognisers: running text → inline model nodes, by an ordered table of inline rules.

Each rule scans a text and proposes matches. The earliest match wins; at the same position the
rule listed first wins. A container match (a quotation, supplied words, emphasis) has its inside
parsed again with every rule; an atomic one (a date, a URL, a note marker) keeps its text as is.
Scanning is linear per rule and nesting depth is bounded, so adversarial text stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Callable, Iterator

from ..model import Inline, Text

MAX_DEPTH = 6


@dataclass
class InlineContext:
    """What inline rules may know of the document: its year, for dates written without one."""

    year: int | None = None
    line: int = 0  # the source line the text starts on, for messages
    facts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class InlineMatch:
    start: int
    end: int
    # Builds the node from the parsed inside (containers) or from nothing (atomic: inner is None).
    build: Callable[[list[Inline]], Inline]
    inner: tuple[int, int] | None = None  # the span of text to parse as the node's children


InlineRule = Callable[[str, InlineContext], Iterator[InlineMatch]]


class AnchoredPattern:
    """A regex tried only where one of the characters it can start with stands.

    `re` finds the places a pattern may start fast only when the pattern opens with a plain
    character or class; one that opens with a look-behind or an alternation of groups is tried at
    every position of the text. Finding where the characters it can start with stand (`first`, a
    string of them) with `str.find`, many times faster than a regex's walk over the text, and
    matching there gives the same matches as `finditer` at a fraction of the cost.
    """

    __slots__ = ("regex", "first", "_ascii_first")

    def __init__(self, pattern: str, first: str) -> None:
        self.regex = re.compile(pattern)
        self.first = first
        self._ascii_first = "".join(char for char in first if char.isascii())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.regex.finditer(text)` gives (none of them is empty)."""
        end = 0
        for start in self._candidates(text):
            if start < end:
                continue
            match = self.regex.match(text, start)
            if match:
                end = match.end()
                yield match

    def _candidates(self, text: str) -> list[int]:
        """Where the characters of `first` stand in `text`, in order (an ASCII text has only the ASCII ones)."""
        found = []
        for char in self._ascii_first if text.isascii() else self.first:
            if char not in text:  # the common case, told without a method call
                continue
            at = text.find(char)
            while at >= 0:
                found.append(at)
                at = text.find(char, at + 1)
        found.sort()
        return found


def parse_inline(text: str, context: InlineContext, rules: list[tuple[str, InlineRule]], depth: int = 0) -> list[Inline]:
    """The inline nodes of `text`."""
    if not text:
        return []
    if depth >= MAX_DEPTH:
        return [Text(text)]
    candidates: list[tuple[int, int, InlineMatch]] = []
    for priority, (_name, rule) in enumerate(rules):
        for match in rule(text, context):
            candidates.append((match.start, priority, match))
    if not candidates:  # most texts: plain prose
        return [Text(text)]
    candidates.sort(key=itemgetter(0, 1))
    nodes: list[Inline] = []
    position = 0
    for start, _priority, match in candidates:
        if start < position or match.end <= start:
            continue
        if start > position:
            nodes.append(Text(text[position:start]))
        if match.inner is None:
            nodes.append(match.build([]))
        else:
            inner_start, inner_end = match.inner
            children = parse_inline(text[inner_start:inner_end], context, rules, depth + 1)
            nodes.append(match.build(children))
        position = match.end
    if position < len(text):
        nodes.append(Text(text[position:]))
    return nodes
