"""A title for a text that has none: a letter is named by who wrote it to whom."""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Document


def derive_title(document: Document, reporter: Reporter) -> Document:
    metadata = document.metadata
    correspondence = metadata.correspondence
    if metadata.title or correspondence is None or not correspondence.senders:
        return document
    title = "Letter from " + " and ".join(p.names[0].rstrip(".") for p in correspondence.senders)
    if correspondence.addressees:
        title += " to " + " and ".join(p.names[0].rstrip(".") for p in correspondence.addressees)
    metadata.title = title
    return document
