"""Who recorded, translated or transcribed the text, as its last lines say ("Written down by X.").

Only the closing paragraphs are read: a phrase like "translated by" earlier in the text is more
likely about something the text discusses than about the text itself.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Document, Paragraph, Text
from ..responsibility import responsibilities_in
from .walk import nodes

CLOSING_PARAGRAPHS = 3


def find_recorders(document: Document, reporter: Reporter) -> Document:
    paragraphs = [node for node in nodes(document.body) if isinstance(node, Paragraph)]
    for paragraph in paragraphs[-CLOSING_PARAGRAPHS:]:
        text = "".join(node.text for node in paragraph.content if isinstance(node, Text))
        for responsibility in responsibilities_in(text):
            if responsibility not in document.metadata.responsibilities:
                document.metadata.responsibilities.append(responsibility)
    return document
