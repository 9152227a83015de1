"""The document model: plain dataclasses between the reader and the writer.

Names are format-neutral (Paragraph, Speech, Salutation, Note): only the writer knows TEI. Every
block node carries the source line it starts on, so passes and the writer can say where a problem is.
Inline content is a list of `Inline` nodes; the reader first stores raw text (`Text`) and the inline
pass replaces it with recognised spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# ---------------------------------------------------------------------------------------------
# Inline nodes


@dataclass(slots=True)
class Text:
    text: str


@dataclass(slots=True)
class Span:
    """An inline span with a meaning and its own inline content.

    `kind` names the meaning (see `SPAN_KINDS`); `attrs` holds its values (a date's normalised
    value, a link's target, a language code …) under format-neutral keys.
    """

    kind: str
    children: list[Inline]
    attrs: dict[str, str] = field(default_factory=dict)


SPAN_KINDS = frozenset(
    {
        "date",  # attrs: when | from, to
        "quoted",  # quotation in running text
        "link",  # attrs: target
        "supplied",  # words an editor or translator added to complete the sense
        "remark",  # an explanatory interpolation by the author/editor inside quoted words
        "emphasis",  # attrs: rend (bold, italic)
        "foreign",  # attrs: lang
        "person",  # attrs: ref (person id)
        "organisation",  # attrs: ref
        "place",
        "annotation",  # words in another hand or a stamp; attrs: type, hand
    }
)


@dataclass(slots=True)
class NoteMarker:
    """A footnote marker as found in the text; a pass turns it into a `Note` or back into text."""

    label: str  # the number or symbol: "1", "*", "†"
    text: str  # the marker as written: "^[1]", "¹", "[1]"
    line: int
    loose: bool = False  # a "(1)" after a space: a marker only where its run of bodies lines up with it


@dataclass(slots=True)
class Note:
    """A footnote, placed where its marker stood."""

    n: str
    children: list[Block | Inline]
    id: str = ""
    type: str | None = None  # the word the source labels it with ("[Footnote 1: …]" → "footnote")


@dataclass(slots=True)
class PageBreak:
    """A page break inside or between paragraphs."""


Inline = Union[Text, Span, NoteMarker, Note, PageBreak]

# ---------------------------------------------------------------------------------------------
# Block nodes


@dataclass(slots=True)
class Paragraph:
    content: list[Inline]
    line: int
    lang: str | None = None  # set when the paragraph is in another language than the document


@dataclass(slots=True)
class Heading:
    content: list[Inline]
    line: int
    level: int = 1  # 1 is the top level below the document title


@dataclass(slots=True)
class Division:
    """A section of the text: a chapter, a post, a comment, a letter within a collection.

    Its headings are among its children, where the text has them (a dateline may precede them).
    """

    children: list[Block]
    line: int
    kind: str = "section"  # section, post, comment, …
    n: str | None = None
    who: str | None = None  # person id of the author (posts, comments)
    when: str | None = None


@dataclass(slots=True)
class Quotation:
    """A block quotation, with the reference to its source when the text gives one."""

    paragraphs: list[Paragraph]
    line: int
    source: list[Inline] | None = None


@dataclass(slots=True)
class ListItem:
    content: list[Inline]
    line: int
    n: str | None = None  # the item's number or letter as written


@dataclass(slots=True)
class ItemList:
    items: list[ListItem]
    line: int
    kind: str = "unordered"  # ordered, unordered, links, cast (a play's persons)
    head: list[Inline] | None = None  # the list's own heading ("CHARACTERS"), as written


@dataclass(slots=True)
class Salutation:
    content: list[Inline]
    line: int


@dataclass(slots=True)
class Signature:
    content: list[Inline]
    line: int


@dataclass(slots=True)
class Dateline:
    content: list[Inline]
    line: int


@dataclass(slots=True)
class Byline:
    content: list[Inline]
    line: int


@dataclass(slots=True)
class Address:
    """A letter's address line ("To: …", "From: …")."""

    content: list[Inline]
    line: int
    role: str = "addressee"  # addressee, sender


@dataclass(slots=True)
class Opener:
    parts: list[Block]  # Dateline, Salutation, Address, Byline
    line: int


@dataclass(slots=True)
class Closer:
    parts: list[Block]  # Salutation (the valediction), Signature, Dateline
    line: int


@dataclass(slots=True)
class Postscript:
    paragraphs: list[Paragraph]
    line: int


@dataclass(slots=True)
class Speech:
    """One turn of speech, attributed to a person of the header."""

    children: list[Block]
    line: int
    who: str | None = None  # person id
    speaker: list[Inline] | None = None  # the label as written; None when the text has none
    name: str | None = None  # the name the reader found for the speaker; the people pass sets `who` from it


@dataclass(slots=True)
class StageDirection:
    content: list[Inline]
    line: int
    type: str | None = None  # TEI's kinds of direction: "setting" for where and when a scene takes place


@dataclass(slots=True)
class Annotation:
    """A whole line that records something on the document, not the text: another hand, a stamp."""

    content: list[Inline]
    line: int
    type: str = "annotation"  # handwritten, stamp, …


@dataclass(slots=True)
class NoteBody:
    """A footnote's text as found (an end block or after a paragraph), before it is anchored."""

    label: str
    content: list[Inline]
    line: int
    marker_text: str = ""  # the label as written, restored if no marker claims the body


@dataclass(slots=True)
class PageBreakBlock:
    line: int


Block = Union[
    Paragraph,
    Heading,
    Division,
    Quotation,
    ItemList,
    Salutation,
    Signature,
    Dateline,
    Byline,
    Address,
    Opener,
    Closer,
    Postscript,
    Speech,
    StageDirection,
    Annotation,
    NoteBody,
    PageBreakBlock,
]

# ---------------------------------------------------------------------------------------------
# Header data


@dataclass(slots=True)
class Person:
    """A person or organisation the text speaks of or speaks through."""

    id: str
    names: list[str]  # the forms found in the text, the fullest first
    kind: str = "person"  # person, organisation
    role: str | None = None  # e.g. "participant", "sender", "commenter"


@dataclass(slots=True)
class Responsibility:
    """Somebody's part in the edition or its source: translator, contributor, recorder."""

    role: str  # a phrase: "translated by"
    name: str


@dataclass(slots=True)
class Correspondence:
    """Letter metadata (CMIF): who sent it, to whom, where and when."""

    senders: list[Person] = field(default_factory=list)
    addressees: list[Person] = field(default_factory=list)
    date: str | None = None  # ISO value
    date_text: str | None = None
    place: str | None = None


@dataclass(slots=True)
class Metadata:
    """What the header says: from the text, then a sidecar file, then the project's defaults."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)
    publisher: str | None = None
    authority: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    edition_id: str | None = None
    publication_date: str | None = None  # ISO
    source_bibl: str | None = None
    source_url: str | None = None
    source_idno: str | None = None  # an archival reference
    source_sha256: str | None = None
    source_file: str | None = None
    abstract: list[str] = field(default_factory=list)
    language: str = "en"
    original_language: str | None = None
    is_translation: bool = False
    date: str | None = None  # the document's date, ISO
    date_text: str | None = None
    keywords: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)  # a memorandum's or letter's "Subject:" / "Re:" lines
    place: str | None = None  # where the document was written or the conversation held
    identifiers: list[tuple[str, str]] = field(default_factory=list)  # (label, value): "No. 2451", "File: 711.5"
    classification: list[tuple[str, str]] = field(default_factory=list)  # (label, value): "SECRET"
    heading_title: str | None = None  # the title as the text's first heading gave it
    people: list[Person] = field(default_factory=list)
    correspondence: Correspondence | None = None
    hands: list[str] = field(default_factory=list)  # kinds of annotation met: handwritten, stamp
    notes: list[str] = field(default_factory=list)  # catalogue fields with no better place
    labels: dict[str, str] = field(default_factory=dict)  # header part → the catalogue label it came under
    normalisations: list[str] = field(default_factory=list)  # what the conversion normalised


@dataclass(slots=True)
class Document:
    """A converted text: header data and three parts of the text."""

    metadata: Metadata
    front: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    back: list[Block] = field(default_factory=list)
