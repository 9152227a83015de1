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
from ..model import Metadata, Opener, Paragraph, Responsibility, Text
from ..reader import ReaderState
from ..responsibility import responsibilities_in
from .letters import add_to_opener, address_line, date_letter, letter
from .speech import opens_turn
from .text import more_words_than, words

# "Label:" alone, or "Label: value"; a label is one to four words, the first capitalised.
# A word may end in a full stop ("Ref.:", "Document No.:") only in a label the table knows.
_FIELD = re.compile(r"^(?P<label>[A-Z][\w’'()/-]*\.?(?:[ ][\w’'()/-]+\.?){0,3}):(?:\s+(?P<value>.+))?$", re.S)
_URL = re.compile(r"<(?P<bracketed>https?://[^\s>]+)>|(?P<bare>https?://[^\s<>]+[^\s<>.,;:)\]])")
# Archival references: fond/opis/delo/list (Russian and Eastern European archives), box/folder.
_ARCHIVAL = re.compile(
    r"(?:\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*,\s*)?"
    r"(?:\b(?:f|fond)\.?\s*\d+\w*,\s*op\.\s*\d+\w*,\s*d\.\s*\d+\w*(?:,\s*ll?\.\s*\d+(?:\s*[-–]\s*\d+)?)?"
    r"|\bBox\s+\d+\w*,\s*Folder\s+\d+\w*)"
)
# A document's number on a line of its own, without a colon: "No. 2451", "Ref. 12/B", "File No. 711.5".
_NUMBER_LINE = re.compile(
    r"^(?P<label>(?:(?:telegram|message|file|document|doc\.?|serial|despatch|dispatch)\s+)?(?:no|nr|number|ref)\.?)"
    r"\s*(?P<value>[\w/.-]*\d[\w/.,-]*?)\.?$", re.I)
# Security markings standing alone above a memorandum or telegram.
_CLASSIFICATION = re.compile(
    r"^(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|STRICTLY\s+CONFIDENTIAL|PERSONAL\s+AND\s+CONFIDENTIAL|RESTRICTED|"
    r"UNCLASSIFIED|LIMITED\s+OFFICIAL\s+USE|OFFICIAL\s+USE\s+ONLY|(?:[A-Z]+\s+)?EYES\s+ONLY)"
    r"(?:\s*[-–—/;,]\s*[A-Z][A-Z ]{1,30})?\.?$")
MAX_FIELD_BLOCK_LINES = 24
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


def _place(metadata: Metadata, value: str) -> None:
    if _ARCHIVAL.search(value):  # "Location: Box 3, Folder 12" is where the document is kept
        _archival(metadata, value)
        return
    if metadata.place is not None:
        _note(metadata, "Place", value)
        return
    metadata.place = " ".join(value.split()).rstrip(".")


def _subject(metadata: Metadata, value: str) -> None:
    """A memorandum's or letter's subject line is one phrase, commas and all."""
    metadata.subjects.append(" ".join(value.split()))


def _identifier(metadata: Metadata, value: str, label: str = "No.") -> None:
    metadata.identifiers.append((label, " ".join(value.split())))


def _reference(metadata: Metadata, value: str, label: str = "Reference") -> None:
    """A short reference with a number is the document's number; a longer one is a citation."""
    if more_words_than(value, 4) or not re.search(r"\d", value):
        _citation(metadata, value)
    else:
        _identifier(metadata, value, label)


def _classification(metadata: Metadata, value: str, label: str = "") -> None:
    metadata.classification.append((label, " ".join(value.split())))


def _distribution(metadata: Metadata, value: str, label: str = "Distribution") -> None:
    _note(metadata, label, value)


def _keywords(metadata: Metadata, value: str) -> None:
    metadata.keywords.extend(k.strip() for k in re.split(r"[;,]", value) if k.strip())


def _note(metadata: Metadata, label: str, value: str) -> None:
    metadata.notes.append(f"{label}: {' '.join(value.split())}")


_HANDLERS: dict[str, Callable[..., None]] = {
    "citation": _citation, "source": _citation, "bibliographic citation": _citation,
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
    "shelfmark": _archival, "archival reference": _archival,
    "keywords": _keywords, "subjects": _keywords, "tags": _keywords,
    "subject": _subject, "re": _subject, "topic": _subject, "regarding": _subject, "subj": _subject,
    "place": _place, "location": _place, "venue": _place, "place of meeting": _place,
    "place of conversation": _place, "place of writing": _place, "where": _place,
    "date of conversation": _date, "date of meeting": _date, "date and time": _date, "time and date": _date,
}
# Handlers that keep the label as written (it names the kind of number or marking).
_LABELLED: dict[str, Callable[..., None]] = {
    "reference": _reference, "ref": _reference, "references": _reference, "our ref": _reference,
    "your ref": _reference, "file": _reference, "file no": _reference, "document no": _reference,
    "doc no": _reference, "no": _reference, "number": _reference, "telegram no": _reference,
    "message no": _reference, "serial no": _reference, "despatch no": _reference, "dispatch no": _reference,
    "classification": _classification, "security classification": _classification,
    "security": _classification, "handling": _classification,
    "distribution": _distribution, "distribution list": _distribution,
}
# People who made the document: respStmt, the label (lower case) as the responsibility.
_MAKERS = frozenset({"drafted by", "prepared by", "memorandum by", "memorandum prepared by", "recorded by",
                     "minutes by", "notes by", "cleared by", "approved by", "typed by", "compiled by", "drafter"})
# Letters' address fields: the opener, and the sender or addressees in correspDesc.
_ADDRESS_FIELDS = {"from": "sender", "sender": "sender", "to": "addressee", "addressee": "addressee",
                   "recipient": "addressee", "recipients": "addressee", "cc": "addressee", "bcc": "addressee",
                   "copy to": "addressee", "copies to": "addressee", "attn": "addressee", "attention": "addressee"}
# Who took part: the field stays in the text (the people pass lists them in particDesc).
_PARTICIPANT_FIELDS = frozenset({"participants", "participant", "present", "persons present", "people present",
                                 "those present", "also present", "members present", "attendees", "attending",
                                 "in attendance", "participating", "persons participating"})


def _is_field_label(text: str) -> re.Match | None:
    match = _FIELD.match(" ".join(text.split()))
    if match is None or len(words(match.group("label"))) > 4:
        return None
    if "." in match.group("label") and not _known_label(match.group("label")):
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


def _key(label: str) -> str:
    """A label as looked up: lower case, one space between words, no full stops ("Ref." → "ref")."""
    return " ".join(label.replace(".", " ").split()).lower()


def _known_label(label: str) -> bool:
    key = _key(label)
    return key in _HANDLERS or key in _LABELLED or key in _MAKERS or key in _ADDRESS_FIELDS or key in _PARTICIPANT_FIELDS


def _line_field(text: str) -> str | None:
    """The label of a line that starts a field: "Label: value", "Label:", or a number line."""
    match = _is_field_label(text)
    if match is not None:
        return match.group("label")
    number = _NUMBER_LINE.match(text)
    return number.group("label") if number else None


def _split_fields(state: ReaderState, pos: int) -> None:
    """A block of "Label: value" lines is one field a line: each line that starts a field starts a
    block of its own, and a line without a label of its own goes on the value above it."""
    block = state.blocks[pos]
    if block.line_count < 2 or block.line_count > MAX_FIELD_BLOCK_LINES:
        return
    labels = [_line_field(line) for line in block.text.split("\n")]
    starts = [index for index, label in enumerate(labels) if label is not None]
    if len(starts) < 2 or starts[0] != 0 or not any(_known_label(labels[i]) for i in starts):
        return
    for offset, (start, following) in enumerate(zip(starts, starts[1:])):
        state.split_block(pos + offset, following - start)


def catalogue(state: ReaderState, pos: int) -> int:
    """Claim a catalogue field at the top of the text: a known label, or any label in a run of them."""
    if state.body_started:
        return 0
    if opens_turn(state, state.blocks[pos]):
        return 0
    _split_fields(state, pos)
    block = state.blocks[pos]
    if _standalone_marking(state, pos):
        return 1
    field = _field_at(state, pos)
    if field is None:
        return 0
    label, value, taken = field
    if not _known_label(label) and not _in_field_run(state, pos, taken):
        return 0
    key = _key(label)
    metadata = state.metadata
    role = _ADDRESS_FIELDS.get(key)
    if role is None and key in ("date", "dated", "sent") and state.body and isinstance(state.body[-1], Opener):
        role = "date"  # the date among a letter's address lines is its dateline
    if role is not None:
        # An address line stays in the text, in the opener; its party goes to correspDesc.
        written = " ".join(block.text.split()) if taken == 1 else block.text
        label_text = written[: len(written) - len(value)] if taken == 1 else written + "\n"
        part = address_line(state, role, label_text, " ".join(value.split()), block.line)
        add_to_opener(state, part, block.line)
        if role == "date":
            date_letter(state, part.content)
            _date(metadata, value)
    elif key in _PARTICIPANT_FIELDS:
        # The list stays in the text: the people pass makes each participant a person of the header.
        # Labels below it may be its speakers' ("LEE: …"): from here on only known labels are fields.
        text = "\n".join(b.text for b in state.blocks[pos : pos + taken])
        state.body.append(Paragraph([Text(text)], block.line))
        state.facts["catalogue_seen"] = False
        return taken
    elif key in _MAKERS:
        metadata.responsibilities.append(Responsibility(key, " ".join(value.split())))
    elif key in _LABELLED:
        _LABELLED[key](metadata, value, label)
    elif key in _HANDLERS:
        handler = _HANDLERS[key]
        handler(metadata, value)
        metadata.labels.setdefault(handler.__name__.strip("_"), label)
    else:
        _note(metadata, label, value)
        return taken
    state.facts["catalogue_seen"] = True
    return taken


def _standalone_marking(state: ReaderState, pos: int) -> bool:
    """A number line ("No. 2451") among the fields, or a security marking ("SECRET") above them."""
    block = state.blocks[pos]
    if block.line_count != 1:
        return False
    text = " ".join(block.text.split())
    number = _NUMBER_LINE.match(text)
    if number and (state.facts.get("catalogue_seen") or _fields_follow(state, pos)):
        _identifier(state.metadata, number.group("value"), number.group("label"))
        return True
    if _CLASSIFICATION.match(text) and (state.facts.get("catalogue_seen") or letter(state) or _fields_follow(state, pos)):
        _classification(state.metadata, text)
        return True
    return False


def _fields_follow(state: ReaderState, pos: int) -> bool:
    """One of the next two blocks starts with a field of a known label."""
    for block in state.blocks[pos + 1 : pos + 3]:
        label = _line_field(block.first_text)
        if label is not None and _known_label(label):
            return True
    return False


def fields_follow(state: ReaderState, pos: int) -> bool:
    """The block after `pos` starts with a catalogue field of a known label (a heading above them)."""
    if pos + 1 >= len(state.blocks):
        return False
    match = _is_field_label(state.blocks[pos + 1].first_text)
    return match is not None and _known_label(match.group("label"))


def _in_field_run(state: ReaderState, pos: int, taken: int) -> bool:
    """An unknown label counts as a field only beside a known one (before or after it)."""
    after = _field_at(state, pos + taken) if pos + taken < len(state.blocks) else None
    return bool(after and _known_label(after[0])) or bool(state.facts.get("catalogue_seen"))
