"""A title for a text that has none, or whose title is only the name of its kind.

A letter is named by who wrote it to whom. A heading that only says what kind of document this is
("MEMORANDUM OF CONVERSATION", "TELEGRAM") gains the subject the document gives, or else its sender
and addressees.
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Correspondence, Document

# The first word of a heading that names a kind of document rather than a particular one.
_DOCUMENT_KIND = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:memorandum|memo|telegram|cablegram|cable|airgram|telex|despatch|dispatch|letter|"
    r"note|record|minutes|message|circular|report|aide[- ]m[ée]moire|notes|summary)\b", re.I)
MAX_KIND_WORDS = 5


def derive_title(document: Document, reporter: Reporter) -> Document:
    metadata = document.metadata
    correspondence = metadata.correspondence
    names = _parties(correspondence) if correspondence and correspondence.senders else None
    if metadata.title:
        if metadata.title == metadata.heading_title and _names_a_kind(metadata.title):
            if metadata.subjects:
                metadata.title = f"{metadata.title}: {metadata.subjects[0]}"
            elif names:
                metadata.title = f"{metadata.title} {names}"
        return document
    if metadata.subjects:
        metadata.title = metadata.subjects[0]
    elif names:
        metadata.title = "Letter " + names
    return document


def _names_a_kind(title: str) -> bool:
    return len(title.split()) <= MAX_KIND_WORDS and bool(_DOCUMENT_KIND.match(title))


def _parties(correspondence: Correspondence) -> str:
    title = "from " + " and ".join(p.names[0].rstrip(".") for p in correspondence.senders)
    if correspondence.addressees:
        title += " to " + " and ".join(p.names[0].rstrip(".") for p in correspondence.addressees)
    return title
