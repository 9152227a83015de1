"""Block quotations: paragraphs wholly inside quotation marks.

Two conventions: a paragraph that opens and closes with a quotation mark (perhaps followed by its
source in parentheses: `“…” (Reported in …, 7 May 2006)`), and a long quotation of several
paragraphs where each opens with “ and only the last closes. Lines prefixed with "> " (e-mail
quoting) are a quotation too, when they read as prose.
"""

from __future__ import annotations

import re

from ..model import Paragraph, Quotation, Text
from ..reader import ReaderState

# ” opens too: a paragraph that continues a quotation is sometimes typed with a closing mark.
_OPENING = "“\"«„”"
_CLOSING = {"“": "”", "\"": "\"", "«": "»", "„": "“", "”": "”"}
_CITATION = re.compile(r"^(?P<quote>.*\S)\s*\((?P<source>[^()]{3,160})\)(?P<end>\.?)$", re.S)
_SOURCE_WORDS = re.compile(r"\b(?:reported|quoted|cited|source|in|from|see|cf|ibid|p\.|pp\.|vol\.)|\d{4}", re.I)
MAX_QUOTED_PARAGRAPHS = 20


def _wholly_quoted(text: str) -> tuple[str, str | None] | None:
    """(quoted text, source) when `text` is one quotation, perhaps with its source after it."""
    opening = text[:1]
    if opening not in _OPENING:
        return None
    closing = _CLOSING[opening]
    body, source = text, None
    cited = _CITATION.match(text)
    if cited and _SOURCE_WORDS.search(cited.group("source")) and cited.group("quote").endswith(closing):
        body, source = cited.group("quote"), cited.group("source")
    if not body.rstrip(".").endswith(closing) or len(body) < 3:
        return None
    inner = body[1:].rstrip(".")[:-1]
    # A closing mark inside means narration between two quotations ("“a,” he said, “b.”").
    if closing in inner and (opening == closing or opening not in inner):
        return None
    return body, source


def _opens_without_closing(text: str) -> bool:
    opening = text[:1]
    return opening in _OPENING and _CLOSING[opening] not in text[1:]


def quotation(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    whole = _wholly_quoted(block.text)
    if whole is not None:
        _emit(state, [block.text if whole[1] is None else whole[0]], [block.line], whole[1], block.line)
        return 1
    if not _opens_without_closing(block.text):
        return 0
    # Several paragraphs, each opening with a quotation mark (sometimes mistyped as a closing one);
    # the last one closes.
    closing = _CLOSING[block.text[0]]
    texts, lines = [block.text], [block.line]
    source = None
    for following in state.blocks[pos + 1 : pos + MAX_QUOTED_PARAGRAPHS]:
        if following.text[:1] not in (block.text[0], closing):
            break
        cited = _CITATION.match(following.text)
        if cited and cited.group("quote").endswith(closing) and _SOURCE_WORDS.search(cited.group("source")):
            texts.append(cited.group("quote"))
            lines.append(following.line)
            source = cited.group("source")
            break
        texts.append(following.text)
        lines.append(following.line)
        if following.text.rstrip(".").endswith(closing):
            break
    if len(texts) < 2:
        return 0
    _emit(state, texts, lines, source, block.line)
    return len(texts)


def _emit(state: ReaderState, texts: list[str], lines: list[int], source: str | None, line: int) -> None:
    paragraphs = [Paragraph([Text(text)], number) for text, number in zip(texts, lines)]
    state.emit(Quotation(paragraphs, line, [Text(source)] if source else None))


def email_quotation(state: ReaderState, pos: int) -> int:
    """Lines prefixed with "> " that read as prose: a quotation of an earlier message."""
    block = state.blocks[pos]
    if not block.text.startswith(">"):
        return 0  # most blocks: their lines are not looked at
    lines = block.text.split("\n")
    if not all(line.startswith(">") for line in lines):
        return 0
    inner = "\n".join(line[1:].strip() for line in lines)
    if not any(ch in ".!?" for ch in inner[-2:]) and len(inner.split()) < 12:
        return 0  # short title-like lines: a list of links, not a quotation
    state.emit(Quotation([Paragraph([Text(inner)], block.line)], block.line))
    return 1
