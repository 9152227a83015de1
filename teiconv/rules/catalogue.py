"""Catalogue fields at the top of a text: "Label:" then its value (or "Label: value" lines).

Archives and digital libraries put such fields before the document (Citation, Summary, Credits,
Original Language …). They describe the document, so they move to the header, each to the element
that fits; a field with no better place is kept as a header note. Nothing is dropped.
"""

from __future__ import annotations

import re
from typing import Callable

from ..dates import parse_date
from ..language import LANGUAGE_CODES
from ..model import Metadata, Responsibility
from ..reader import ReaderState
from ..responsibility import responsibilities_in
from .speech import opens_turn
from .text import words

# "Label:" alone, or "Label: value"; a label is one to four words, the first capitalised.
_FIELD = re.compile(r"^(?P<label>[A-Z][\w’'()/-]*(?:[ ][\w’'()/-]+){0,3}):(?:\s+(?P<value>.+))?$", re.S)
_URL = re.compile(r"<(?P<bracketed>https?://[^\s>]+)>|(?P<bare>https?://[^\s<>]+[^\s<>.,;:)\]])")
# Archival references: fond/opis/delo/list (Russian and Eastern European archives), box/folder.
_ARCHIVAL = re.compile(
    r"(?:\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*,\s*)?"
    r"(?:\b(?:f|fond)\.?\s*\d+\w*,\s*op\.\s*\d+\w*,\s*d\.\s*\d+\w*(?:,\s*ll?\.\s*\d+(?:\s*[-–]\s*\d+)?)?"
    r"|\bBox\s+\d+\w*,\s*Folder\s+\d+\w*)"
)
_FUNDED_BY = re.compile(r"(?:support|funding|grant|generosity)\s+(?:from|of|by)\s+(?:the\s+)?(?P<funder>[^.;]+)", re.I)
_TRANSLATION_INTO = re.compile(r"\btranslation\b\s*[-–—:]?\s*(?P<language>[A-Z][a-z]+)?", re.I)


def _citation(metadata: Metadata, value: str) -> None:
    if metadata.source_bibl is not None:
        _note(metadata, "Source", value)  # a second citation: kept, not written over the first
        return
    url = _URL.search(value)
    if url:
        metadata.source_url = url.group("bracketed") or url.group("bare")
    archival = _ARCHIVAL.search(value)
    if archival:
        metadata.source_idno = archival.group().strip()
    metadata.source_bibl = " ".join(value.split())
    metadata.responsibilities.extend(r for r in responsibilities_in(value) if r not in metadata.responsibilities)


def _abstract(metadata: Metadata, value: str) -> None:
    metadata.abstract.append(" ".join(value.split()))


def _credits(metadata: Metadata, value: str) -> None:
    funded = _FUNDED_BY.search(value)
    if funded:
        metadata.funders.append(funded.group("funder").strip())
    _note(metadata, "Credits", value)


def _original_language(metadata: Metadata, value: str) -> None:
    if metadata.original_language is not None:
        _note(metadata, "Original language", value)
        return
    metadata.original_language = value.strip().rstrip(".")
    if metadata.original_language.lower() not in ("english",):
        metadata.is_translation = True


def _language(metadata: Metadata, value: str) -> None:
    code = LANGUAGE_CODES.get(value.strip().rstrip(".").lower())
    if code:
        metadata.language = code
    _note(metadata, "Language", value)


def _contents(metadata: Metadata, value: str) -> None:
    translation = _TRANSLATION_INTO.search(value)
    if translation:
        metadata.is_translation = True
        language = (translation.group("language") or "").lower()
        if language in LANGUAGE_CODES:
            metadata.language = LANGUAGE_CODES[language]
    _note(metadata, "Contents", value)


def _title(metadata: Metadata, value: str) -> None:
    if metadata.title is not None:
        _note(metadata, "Title", value)
        return
    metadata.title = " ".join(value.split())


def _author(metadata: Metadata, value: str) -> None:
    metadata.authors.append(" ".join(value.split()))


def _translator(metadata: Metadata, value: str) -> None:
    metadata.responsibilities.append(Responsibility("translated by", " ".join(value.split())))


def _date(metadata: Metadata, value: str) -> None:
    found = parse_date(" ".join(value.split()).rstrip("."))
    if metadata.date is not None or found is None:
        _note(metadata, "Date", value)
        return
    metadata.date = found.when
    metadata.date_text = " ".join(value.split())


def _archival(metadata: Metadata, value: str) -> None:
    if metadata.source_idno is not None and metadata.source_idno != " ".join(value.split()):
        _note(metadata, "Archive", value)
        return
    metadata.source_idno = " ".join(value.split())


def _keywords(metadata: Metadata, value: str) -> None:
    metadata.keywords.extend(k.strip() for k in re.split(r"[;,]", value) if k.strip())


def _note(metadata: Metadata, label: str, value: str) -> None:
    metadata.notes.append(f"{label}: {' '.join(value.split())}")


_HANDLERS: dict[str, Callable[[Metadata, str], None]] = {
    "citation": _citation, "source": _citation, "reference": _citation, "bibliographic citation": _citation,
    "summary": _abstract, "abstract": _abstract, "description": _abstract,
    "credits": _credits, "funding": _credits, "acknowledgements": _credits, "acknowledgments": _credits,
    "original language": _original_language, "language of original": _original_language,
    "source language": _original_language,
    "language": _language,
    "contents": _contents, "content": _contents, "document type": _contents, "type": _contents,
    "title": _title,
    "date": _date, "document date": _date, "date of document": _date, "dated": _date,
    "author": _author, "authors": _author, "creator": _author, "by": _author,
    "translated by": _translator, "translator": _translator, "translation by": _translator,
    "archive": _archival, "repository": _archival, "collection": _archival, "call number": _archival,
    "shelfmark": _archival, "location": _archival,
    "keywords": _keywords, "subjects": _keywords, "subject": _keywords, "tags": _keywords,
}


def _is_field_label(text: str) -> re.Match | None:
    match = _FIELD.match(" ".join(text.split()))
    if match is None or len(words(match.group("label"))) > 4:
        return None
    return match


def _field_at(state: ReaderState, pos: int) -> tuple[str, str, int] | None:
    """(label, value, blocks taken) of a field at `pos`, else None."""
    block = state.blocks[pos]
    match = _is_field_label(block.text)
    if match is None:
        return None
    if match.group("value"):
        return match.group("label"), match.group("value"), 1
    # A field's value is the one block after its label: what follows is the next field or the text.
    if pos + 1 >= len(state.blocks) or _is_field_label(state.blocks[pos + 1].text):
        return None
    return match.group("label"), state.blocks[pos + 1].text, 2


def _known_label(label: str) -> bool:
    return label.lower() in _HANDLERS


def catalogue(state: ReaderState, pos: int) -> int:
    """Claim a catalogue field at the top of the text: a known label, or any label in a run of them."""
    if state.body_started:
        return 0
    field = _field_at(state, pos)
    if field is None or opens_turn(state, state.blocks[pos]):
        return 0
    label, value, taken = field
    if not _known_label(label) and not _in_field_run(state, pos, taken):
        return 0
    handler = _HANDLERS.get(label.lower())
    if handler is None:
        _note(state.metadata, label, value)
    else:
        handler(state.metadata, value)
        state.metadata.labels.setdefault(handler.__name__.strip("_"), label)
        state.facts["catalogue_seen"] = True
    return taken


def _in_field_run(state: ReaderState, pos: int, taken: int) -> bool:
    """An unknown label counts as a field only beside a known one (before or after it)."""
    after = _field_at(state, pos + taken) if pos + taken < len(state.blocks) else None
    return bool(after and _known_label(after[0])) or bool(state.facts.get("catalogue_seen"))
