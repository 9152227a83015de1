"""Who recorded, translated or transcribed the text, as its last lines say ("Written down by X.").

Only the closing paragraphs are read: a phrase like "translated by" earlier in the text is more
likely about something the text discusses than about the text itself.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Block, Document, Paragraph, Text
from ..responsibility import responsibilities_in

CLOSING_PARAGRAPHS = 3


def find_recorders(document: Document, reporter: Reporter) -> Document:
    for paragraph in reversed(_last_paragraphs(document.body, CLOSING_PARAGRAPHS)):
        text = "".join(node.text for node in paragraph.content if isinstance(node, Text))
        for responsibility in responsibilities_in(text):
            if responsibility not in document.metadata.responsibilities:
                document.metadata.responsibilities.append(responsibility)
    return document


def _last_paragraphs(blocks: list[Block], count: int) -> list[Paragraph]:
    """The last `count` paragraphs in `blocks` and the blocks they hold (a division's, a
    quotation's), last first. Found from the end, so only the closing blocks are visited."""
    found: list[Paragraph] = []
    for node in reversed(blocks):
        if len(found) == count:
            break
        if isinstance(node, Paragraph):
            found.append(node)
            continue
        for name in ("children", "paragraphs"):
            held = getattr(node, name, None)
            if isinstance(held, list):
                found.extend(_last_paragraphs(held, count - len(found)))
    return found
