"""Give every person and organisation the text names a readable id, and list them in the header."""

from __future__ import annotations

from ..diagnostics import Reporter
from ..ids import IdAllocator, slug
from ..model import Byline, Division, Document, Person, Span
from .walk import nodes, spans


def identify_people(document: Document, reporter: Reporter) -> Document:
    metadata = document.metadata
    ids = IdAllocator()
    for person in metadata.people:
        person.id = person.id or ids.allocate(slug(person.names[0]))
        ids.taken.add(person.id)
    correspondence = metadata.correspondence
    if correspondence:
        for party in correspondence.senders + correspondence.addressees:
            known = _find(metadata.people, party.names[0])
            if known is None:
                party.id = ids.allocate(slug(party.names[0]))
                metadata.people.append(party)
            else:
                party.id = known.id
    _comment_authors(document, metadata.people, ids)
    _link_spans(document, {name: p.id for p in metadata.people for name in p.names})
    return document


def _comment_authors(document: Document, people: list[Person], ids: IdAllocator) -> None:
    """Each comment's byline names its author: a person of the header, the comment's @who."""
    for node in nodes(document.body):
        if not (isinstance(node, Division) and node.kind == "comment"):
            continue
        for child in node.children:
            if isinstance(child, Byline):
                span = next((c for c in child.content if isinstance(c, Span) and c.kind == "person"), None)
                if span is None:
                    continue
                name = " ".join("".join(getattr(c, "text", "") for c in span.children).split())
                person = _find(people, name)
                if person is None:
                    person = Person(ids.allocate(slug(name)), [name], role="commenter")
                    people.append(person)
                node.who = person.id


def _find(people: list[Person], name: str) -> Person | None:
    wanted = " ".join(name.split()).lower()
    return next((p for p in people if any(n.lower() == wanted for n in p.names)), None)


def _link_spans(document: Document, ids_by_name: dict[str, str]) -> None:
    """Point person and organisation spans whose text is a known name at that name's id."""
    for span in spans(document):
        if span.kind in ("person", "organisation") and "ref" not in span.attrs:
            name = " ".join("".join(getattr(c, "text", "") for c in span.children).split())
            if name in ids_by_name:
                span.attrs["ref"] = f"#{ids_by_name[name]}"
