"""Mark paragraphs written in another language than the document's (xml:lang on the paragraph)."""

from __future__ import annotations

from ..diagnostics import Reporter
from ..language import passage_language
from ..model import Document, Paragraph, Text
from .walk import nodes


def mark_languages(document: Document, reporter: Reporter) -> Document:
    marked = 0
    for node in nodes(document.body):
        if isinstance(node, Paragraph):
            text = "".join(part.text for part in node.content if isinstance(part, Text))
            node.lang = passage_language(text, document.metadata.language)
            marked += node.lang is not None
    if marked:
        document.metadata.normalisations.append(
            "Paragraphs in another language than the document's carry xml:lang, as identified by py3langid "
            "(only paragraphs of six words or more, at 95% confidence or above)."
        )
    return document
