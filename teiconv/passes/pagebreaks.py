"""Join a paragraph that a page break cut in two, keeping the break as a page-break marker.

A block that stops mid-sentence — no terminal punctuation, and either the next block starts in
lower case or this one ends on a word that cannot end an English sentence ("the", "of", "and") —
is one paragraph with the page break inside it. Real paragraphs end with punctuation, so they are
never joined.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Block, Document, PageBreak, Paragraph, Text
from ..rules.text import ends_on_function_word, ends_sentence, starts_lowercase


def join_broken_paragraphs(document: Document, reporter: Reporter) -> Document:
    for container in _containers(document):
        container[:] = _join(container)
    return document


def _containers(document: Document) -> list[list[Block]]:
    """Every list of blocks in the text (the body, a division's children, a quotation's paragraphs).

    Only blocks are visited, not their content: this pass runs first, while content is raw text
    (with at most a block rule's spans, which hold no paragraphs), and the text is most of a model.
    """
    found: list[list[Block]] = [document.body]
    for container in found:  # the lists found are searched in turn
        for node in container:
            for name in ("children", "paragraphs"):
                value = getattr(node, name, None)
                if isinstance(value, list) and value:
                    found.append(value)
    return found


def _broken(first: Paragraph, second: Paragraph) -> bool:
    before, after = _text(first), _text(second)
    if before is None or after is None or ends_sentence(before) or before.rstrip().endswith(("-", "—")):
        return False
    return starts_lowercase(after) or ends_on_function_word(before)


def _text(paragraph: Paragraph) -> str | None:
    """The raw text of a paragraph not yet parsed into inlines, else None."""
    last = paragraph.content[-1] if paragraph.content else None
    return last.text if isinstance(last, Text) else None


def _join(blocks: list[Block]) -> list[Block]:
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if isinstance(block, Paragraph) and isinstance(previous, Paragraph) and _broken(previous, block):
            previous.content.extend([Text("\n"), PageBreak(), *block.content])
        else:
            result.append(block)
    return result
