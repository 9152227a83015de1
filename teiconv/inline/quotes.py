"""Quotations in running text → quoted spans, the quotation marks kept inside.

Only pairs that close on the same paragraph count, and an apostrophe (a ’ between letters: don’t,
nation’s) never closes a single-quoted span. Unbalanced marks stay plain text.
"""

from __future__ import annotations

from typing import Iterator

from ..model import Span, Text
from . import AnchoredPattern, InlineContext, InlineMatch

MAX_QUOTE = 3000  # characters: a longer "quotation" is an unbalanced mark
_DOUBLE_CURLY = AnchoredPattern(r"“([^“”]{1,%d})”" % MAX_QUOTE, first="“")
_STRAIGHT = AnchoredPattern(r'(?<![\w"])"(?=\S)([^"\n]{1,%d}?)(?<=\S)"(?![\w"])' % MAX_QUOTE, first='"')
_GUILLEMETS = AnchoredPattern(r"«([^«»]{1,%d})»" % MAX_QUOTE, first="«")
# ‘…’: the opening mark not after a letter, the closing one not followed by a letter.
_SINGLE_CURLY = AnchoredPattern(r"(?<!\w)‘(?=\S)((?:[^‘’\n]|’(?=\w)){1,600})’(?!\w)", first="‘")


def quotation(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    for pattern, opening, closing in ((_DOUBLE_CURLY, "“", "”"), (_STRAIGHT, '"', '"'), (_GUILLEMETS, "«", "»"),
                                      (_SINGLE_CURLY, "‘", "’")):
        if opening not in text:  # quick rejection: most paragraphs quote nothing
            continue
        for match in pattern.finditer(text):
            yield InlineMatch(
                match.start(), match.end(),
                lambda children, o=opening, c=closing: Span("quoted", [Text(o), *children, Text(c)]),
                inner=(match.start(1), match.end(1)),
            )
