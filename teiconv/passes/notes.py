"""Anchor footnotes: each note body goes where its marker stands, as a `Note`.

Markers (`NoteMarker`, from the inline stage) and bodies (`NoteBody`, from the reader) are matched
by label in document order: a body takes the earliest marker with its label before it that no body
has taken yet. First come, first served suits the three ways texts number their notes: endnotes
gathered at the end, numbering that starts again in every chapter or letter (its bodies after
each), and symbols that start again on every printed page ("*" here, "*" again there). A body
with no label ("[Footnote: …]") has no marker to find: it goes to the end of the block it follows.

What cannot be matched stays as the source has it, with a warning:
- `note-unresolved`: a marker no body claims. A shape that is a marker only when a body claims it
  ("(1)"; and any shape — "m²", "Smith†", "[3]" — in a text with no note body at all) goes back to
  text silently.
- `note-orphan`: a body with no marker before it.
- `note-duplicate`: a body whose label another body of the same run already has (one block of
  notes numbers each note once; a label repeats only from one chapter's or page's notes to the
  next), or a second body with a used label and no marker left for it. It stays text rather than
  becoming a note at some marker: a stray copy of a body is likelier than a note whose marker was
  lost.

A note's id is readable and stable: "n1", "n2" …, "n-star", "n-dagger"; a label met again (a
new chapter, a new page) gets "-2", "-3" …. A note may hold a note, no deeper (`MAX_NOTE_DEPTH`).
A "Notes" heading whose bodies all went to their markers would head nothing: it is removed, and
the header's editorial declaration says so, quoting it.

This pass runs right after `parse_inlines`: markers exist only once the inline rules have run, and
by then a body's text (`NoteBody.content`, an inline list like a paragraph's) has been parsed by
the same rules as all text — a "[handwritten: …]" in a note is an annotation as anywhere else, and
this pass parses nothing itself. It runs before `nest_divisions`, while a notes section and its
heading are still siblings in one list.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, fields
from functools import cache
from itertools import groupby
from typing import Any

from ..diagnostics import Reporter
from ..ids import IdAllocator, slug
from ..inline.notes import EXPLICIT_KINDS, SILENT_KINDS, marker_kind, match_key
from ..model import Document, Heading, Note, NoteBody, NoteMarker, Paragraph, Text
from ..rules.notes import is_notes_heading
from .walk import nodes, text_nodes

NORMALISATION = ("Footnote markers were replaced by note elements placed where the marker stood; the note "
                 "bodies were moved there.")
UNMARKED = ("A footnote with no marker was placed where the source has its text: within a sentence, or at the "
            "end of the paragraph it follows.")
_SYMBOL_NAMES = {"*": "star", "†": "dagger", "‡": "double-dagger", "§": "section"}
_NAME = re.compile(r"[A-Za-z0-9_-]+")  # a label that can stand in an id as it is: "A", "tide"
# A note may hold a note (a note on a note's words), no deeper: a chain of notes within notes is a
# misreading of the text, and would nest the XML without bound.
MAX_NOTE_DEPTH = 2

Place = tuple[list, int]  # the list holding a node, and the node's index in it


@dataclass
class _Body:
    parts: list[NoteBody]  # the body and its further paragraphs, consecutive in one list
    place: Place  # of the first part

    @property
    def first(self) -> NoteBody:
        return self.parts[0]


@dataclass
class _Survey:
    places: dict[int, Place]  # where each marker, body and note in place is held
    events: list[NoteMarker | _Body | Note]  # the markers, bodies and numbered notes in place, in document order
    holders: dict[int, _Body]  # marker id → the body whose text has it
    in_place: list[Note]  # the notes the inline stage made where they stood ("[Footnote 1: …]" mid-line)


@dataclass
class _NotesSection:
    heading: Heading | Paragraph
    container: list
    bodies: list[_Body]


def anchor_notes(document: Document, reporter: Reporter) -> Document:
    survey = _survey(document)
    bodies = [event for event in survey.events if isinstance(event, _Body)]
    moved, leftovers = _match(survey, reporter)
    _restore_markers(leftovers, survey.places, reporter, any_bodies=bool(bodies))
    dropped = [(body.place[0], part) for body in bodies if id(body) in moved for part in body.parts]
    unmarked = False
    for note in survey.in_place:
        if id(note) in moved:
            dropped.append((survey.places[id(note)][0], note))
        else:
            unmarked = True
    for section in _sections(bodies):
        if all(id(body) in moved and body.first.label for body in section.bodies):
            dropped.append((section.container, section.heading))
            document.metadata.normalisations.append(f"The heading “{_plain(section.heading)}” over the notes was "
                                                     "removed: each note now stands at its marker.")
    _remove(dropped)
    # No note was there and none was placed: there is nothing to number (and no walk to do).
    if (moved or unmarked) and _number_notes(document):
        document.metadata.normalisations.append(NORMALISATION)
        if unmarked or any(id(body) in moved and not body.first.label for body in bodies):
            document.metadata.normalisations.append(UNMARKED)
    return document


def _survey(document: Document) -> _Survey:
    places: dict[int, Place] = {}
    events: list[NoteMarker | _Body | Note] = []
    holders: dict[int, _Body] = {}
    in_place: list[Note] = []
    last: _Body | None = None

    def hold(items: list) -> None:
        for index, item in enumerate(items):
            if type(item) in (NoteMarker, NoteBody, Note):
                places[id(item)] = (items, index)

    for part in (document.front, document.body, document.back):
        hold(part)
    for node in text_nodes(document):  # a node comes before what it holds: its lists are seen first
        kind = type(node)
        for name in _list_fields(kind):
            value = getattr(node, name)
            if type(value) is list:
                hold(value)
        if kind is NoteMarker:
            events.append(node)
        elif kind is Note:
            in_place.append(node)
            if node.n:
                events.append(node)
        elif kind is NoteBody:
            container, index = places[id(node)]
            if not node.marker_text and last is not None and index and container[index - 1] is last.parts[-1]:
                last.parts.append(node)  # a further paragraph of the body above
            else:
                last = _Body([node], (container, index))
                events.append(last)
            holders.update((id(inner), last) for inner in nodes(node.content) if isinstance(inner, NoteMarker))
    return _Survey(places, events, holders, in_place)


@cache
def _list_fields(cls: type) -> tuple[str, ...]:
    """The fields of a node class that may hold a list, found once: the survey asks for every
    node of the text, and most (texts) hold none."""
    return tuple(field.name for field in fields(cls) if "list" in str(field.type))


def _match(survey: _Survey, reporter: Reporter) -> tuple[set[int], list[NoteMarker]]:
    """Put each body in place of the earliest unclaimed marker before it with its label; return
    the ids of the bodies placed, and the markers left unclaimed."""
    moved: set[int] = set()
    pending: dict[str, deque[NoteMarker]] = defaultdict(deque)
    too_deep: list[NoteMarker] = []
    depths: dict[int, int] = {}  # id of a marker or a placed body → how many notes it stands in
    first_lines: dict[str, int] = {}  # matching key → line of its first body
    run: dict[str, int] = {}  # the same, for the run of bodies in consecutive blocks being read
    previous: _Body | None = None
    before = _blocks_before([event for event in survey.events if isinstance(event, _Body)])
    unordered: list[NoteMarker] = []  # loose "(1)" markers out of their run's order
    paren_last = 0  # the number of the last "(N)" marker taken as one
    for event in survey.events:
        if isinstance(event, Note):
            # "[Footnote 52: …] It was …": a numbered note the inline stage left where it stood,
            # because text follows its bracket on the line, is the body of the marker before it.
            key = match_key(event.n, False)
            if pending[key]:
                marker = pending[key].popleft()
                marker_list, marker_index = survey.places[id(marker)]
                marker_list[marker_index] = event
                moved.add(id(event))
            continue
        if isinstance(event, NoteMarker):
            if event.text.startswith("(") and event.label.isdigit():
                if event.loose and event.label != "1" and int(event.label) != paren_last + 1:
                    unordered.append(event)
                    continue
                paren_last = int(event.label)
            holder = survey.holders.get(id(event))
            depths[id(event)] = depths.get(id(holder), 0) if holder is not None else 0
            if depths[id(event)] < MAX_NOTE_DEPTH:
                pending[match_key(event.label, event.text.startswith("("))].append(event)
            else:
                too_deep.append(event)
            continue
        body = event.first
        key = match_key(body.label, body.marker_text.startswith("("))
        container, index = event.place
        if previous is None or not index or container[index - 1] is not previous.parts[-1]:
            run = {}
        previous = event
        if not body.label:
            content = _inline_end(before[id(body)])
            if content is None:
                reporter.warn("note-orphan", "note with no number follows no paragraph; left as text", body.line)
                continue
            content.append(_note(event))
            moved.add(id(event))
            depths[id(event)] = 1
        elif key in run or (key in first_lines and not pending[key]):
            reporter.warn("note-duplicate", f"note body {body.marker_text} repeats the label of the body on line "
                                            f"{run.get(key, first_lines[key])}; left as text", body.line)
        elif pending[key]:
            # A loose "(1)" is as often an enumeration or a citation as a marker: the body takes
            # the nearest before it (the notes of a chapter follow it), not the first.
            marker = pending[key].pop() if pending[key][-1].loose else pending[key].popleft()
            marker_list, marker_index = survey.places[id(marker)]
            marker_list[marker_index] = _note(event)
            moved.add(id(event))
            depths[id(event)] = depths[id(marker)] + 1
        else:
            reporter.warn("note-orphan", f"note body {body.marker_text} has no marker before it; left as text",
                          body.line)
        first_lines.setdefault(key, body.line)
        run.setdefault(key, body.line)
    return moved, unordered + too_deep + [marker for queue in pending.values() for marker in queue]


def _blocks_before(bodies: list[_Body]) -> dict[int, Any]:
    """For each body part, the nearest block before it that is not a note body (or None)."""
    before: dict[int, Any] = {}
    for body in bodies:
        container, index = body.place
        previous = container[index - 1] if index else None
        if isinstance(previous, NoteBody):
            previous = before.get(id(previous))
        before.update((id(part), previous) for part in body.parts)
    return before


def _inline_end(block: Any) -> list | None:
    """The inline list that ends `block`: its own content, else that of its last part (the last
    paragraph of a quotation, the last item of a list)."""
    if block is None:
        return None
    content = getattr(block, "content", None)
    if isinstance(content, list):
        return content
    owners = [node.content for node in nodes(block) if isinstance(getattr(node, "content", None), list)]
    return owners[-1] if owners else None


def _note(body: _Body) -> Note:
    """The note a body makes: its text as phrase content, or one paragraph per part."""
    contents = [part.content for part in body.parts]
    last = contents[-1]
    written = body.first.marker_text
    if written.count("[") > written.count("]") and last and isinstance(last[-1], Text) and last[-1].text == "]":
        last.pop()  # the bracket that closed "[Footnote 1: …"
    kept = [(content, part) for content, part in zip(contents, body.parts) if content]
    # A label word ("[Footnote 1:") leaves the text with the marker; the note keeps it as its type.
    word = _LABEL_WORD.search(written)
    kind = word.group().lower() if word else None
    if len(kept) == 1:
        return Note(body.first.label, kept[0][0], type=kind)
    return Note(body.first.label, [Paragraph(content, part.line) for content, part in kept], type=kind)


_LABEL_WORD = re.compile(r"[A-Za-z]{2,}")


def _restore_markers(leftovers: list[NoteMarker], places: dict[int, Place], reporter: Reporter,
                     any_bodies: bool) -> None:
    """Markers no body claimed go back into the text around them; the certain ones, or any in a
    text with notes, are reported."""
    containers: dict[int, list] = {}
    for marker in sorted(leftovers, key=lambda m: m.line):
        container, index = places[id(marker)]
        container[index] = Text(marker.text)
        containers[id(container)] = container
        kind = marker_kind(marker.text)
        if kind in EXPLICIT_KINDS or (any_bodies and kind not in SILENT_KINDS):
            reporter.warn("note-unresolved", f"footnote marker {marker.text} has no note body; left as text",
                          marker.line)
    for container in containers.values():
        container[:] = _joined_texts(container)


def _joined_texts(content: list) -> list:
    """`content` with each run of texts made one text again, as before the inline stage cut it at
    the marker: later passes and the writer read runs of text (and a long run of small texts
    costs the writer dearly)."""
    joined: list = []
    for is_text, run in groupby(content, key=lambda node: type(node) is Text):
        if is_text:
            joined.append(Text("".join(node.text for node in run)))
        else:
            joined.extend(run)
    return joined


def _sections(bodies: list[_Body]) -> list[_NotesSection]:
    """The runs of bodies that stand right under a "Notes" heading."""
    sections: list[_NotesSection] = []
    previous: _Body | None = None
    for body in bodies:
        container, index = body.place
        above = container[index - 1] if index else None
        if isinstance(above, (Heading, Paragraph)) and is_notes_heading(_plain(above)):
            sections.append(_NotesSection(above, container, [body]))
        elif sections and previous is sections[-1].bodies[-1] and above is previous.parts[-1]:
            sections[-1].bodies.append(body)
        previous = body
    return sections


def _plain(block: Heading | Paragraph) -> str:
    return "".join(node.text for node in nodes(block.content) if isinstance(node, Text))


def _remove(dropped: list[tuple[list, Any]]) -> None:
    """Take the dropped blocks out of their lists, each list rebuilt once. A note taken out of a
    line ("[Footnote 1: …] It was") takes the space after it along, where it opened the line or
    stood after a space."""
    gone = {id(node) for _container, node in dropped}
    containers = {id(container): container for container, _node in dropped}
    for container in containers.values():
        kept: list = []
        trim = False
        for node in container:
            if id(node) in gone:
                trim = trim or type(node) is Note and (not kept or type(kept[-1]) is Text and kept[-1].text[-1:].isspace())
                continue
            if trim and type(node) is Text:
                node = Text(node.text.lstrip(" \t"))
            trim = False
            kept.append(node)
        container[:] = kept


def _number_notes(document: Document) -> bool:
    """Give every note a readable id, in document order; say whether the text has notes."""
    notes = [node for node in text_nodes(document) if isinstance(node, Note)]
    ids = IdAllocator()
    ids.taken.update(note.id for note in notes if note.id)
    # The k-th note with a label asks for "-k" at once: a text may number a thousand notes "1".
    met: Counter[str] = Counter()
    for note in notes:
        wanted = _wanted_id(note.n)
        met[wanted] += 1
        note.id = note.id or ids.allocate(wanted if met[wanted] == 1 else f"{wanted}-{met[wanted]}")
    return bool(notes)


def _wanted_id(label: str) -> str:
    """The id a note's label asks for: n1 (1), n-star (*), n-dagger-dagger (††), n-A (A), n-unnumbered."""
    if not label:
        return "n-unnumbered"
    if label[0] in _SYMBOL_NAMES:
        return "n-" + "-".join(_SYMBOL_NAMES[char] for char in label)
    if label.isdigit():
        return f"n{label}"
    return f"n-{label}" if _NAME.fullmatch(label) else f"n-{slug(label)}"
