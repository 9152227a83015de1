"""Markdown-style emphasis from copy-paste: **bold**, *italic*, _italic_.

The marks must hug the words (`*word*`, not `3 * 4 * 5`), and a mark glued to a word on its outer
side is not emphasis (`word*` is a footnote marker, `snake_case_name` is a name).
"""

from __future__ import annotations

from typing import Iterator

from ..model import Span
from . import AnchoredPattern, InlineContext, InlineMatch

_BOLD = AnchoredPattern(r"(?<![\w*])\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*\*(?![\w*])", first="*")
_ITALIC_STAR = AnchoredPattern(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])", first="*")
_ITALIC_UNDERSCORE = AnchoredPattern(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])", first="_")


def emphasis(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    for pattern, mark, rend in ((_BOLD, "*", "bold"), (_ITALIC_STAR, "*", "italic"), (_ITALIC_UNDERSCORE, "_", "italic")):
        if mark not in text:  # quick rejection: emphasis is rare in running text
            continue
        for match in pattern.finditer(text):
            yield InlineMatch(match.start(), match.end(), lambda children, r=rend: Span("emphasis", children, {"rend": r}),
                              inner=(match.start(1), match.end(1)))
