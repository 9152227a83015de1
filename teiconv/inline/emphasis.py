"""Markdown-style emphasis from copy-paste: **bold**, *italic*, _italic_.

The marks must hug the words (`*word*`, not `3 * 4 * 5`), and a mark glued to a word on its outer
side is not emphasis (`word*` is a footnote marker, `snake_case_name` is a name).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Span
from . import InlineContext, InlineMatch

_BOLD = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*\*(?![\w*])")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")


def emphasis(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    if "*" not in text and "_" not in text:
        return
    for pattern, rend in ((_BOLD, "bold"), (_ITALIC_STAR, "italic"), (_ITALIC_UNDERSCORE, "italic")):
        for match in pattern.finditer(text):
            yield InlineMatch(match.start(), match.end(), lambda children, r=rend: Span("emphasis", children, {"rend": r}),
                              inner=(match.start(1), match.end(1)))
