"""Give every person and organisation the text names a readable id, and list them in the header.

People come from a letter's sender and addressees, comment bylines, participant lists ("Present:
…", "Participants: …"), speaker labels and (in `passes/speech.py`) the subjects of reported speech.
They all go through one registry, `People`, which recognises a person under different forms of the
name ("Cde. N.S. Ivanov", "Ivanov", "General Ivanov": see `names.py`) and keeps every form found,
the fullest first. Two people who share a surname but not their given names stay two people; a bare
surname that could name either is reported, not guessed.

Ids are readable and stable: in records, minutes and plays people are known by their surname
(`#ivanov`); commenters and correspondents by the whole name they sign with (`#jane-doe`);
organisations by their name.
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..ids import IdAllocator, slug
from ..model import Byline, Division, Document, Inline, Metadata, Paragraph, Person, Span, Speech, Text
from ..names import PARTICLES, NameForm, is_title, name_tokens, parse_name, same_person
from ..rules.letters import CORPORATE_NAME_WORDS
from .walk import nodes

# Roles whose people are known by their surname.
SURNAME_ROLES = frozenset({"participant", "speaker", "interviewer", "respondent"})
_PARTICIPANTS = re.compile(
    r"^(?i:(?:also\s+)?(?:present|participants|participating|attendees|attending|in\s+attendance|"
    r"those\s+present|members\s+present|persons\s+present|people\s+present|persons\s+participating))\s*:\s*"
)
_SEPARATOR = re.compile(r"\s*(?:[,;\n]|\band\b)\s*")
# A list whose items are set off by semicolons keeps commas inside its items ("Mr. Carter, EUR").
_SEMICOLON_SEPARATOR = re.compile(r"\s*(?:[;\n]|\band\b)\s*")
_TRAILING_DESCRIPTION = re.compile(r",\s*(?P<description>[^,]{1,60})$")
# A capitalised run that may be an organisation's name: "Executive Committee of the City Council".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+){0,2}[A-Z][\w'’-]*){0,8}")
_BRACKETED = re.compile(r"\s*\((?P<description>[^()]{1,80})\)\.?\s*$")
_INITIAL = re.compile(r"[A-Z]\.")
MAX_NAME_TOKENS = 6
MAX_DESCRIPTION_WORDS = 4  # a longer description ("Chairman of the … of …") stays in the text only


class People:
    """The document's people and organisations, one entry each, with their ids."""

    def __init__(self, metadata: Metadata, reporter: Reporter | None = None) -> None:
        self.people = metadata.people
        self.reporter = reporter
        self.ids = IdAllocator()
        self._forms: dict[int, list[NameForm]] = {}
        self._by_name: dict[tuple[str, str], Person] = {}
        self._by_surname: dict[str, list[Person]] = {}  # forms can only match within a surname
        for person in self.people:
            self._register(person)

    def _register(self, person: Person) -> None:
        if not person.id:
            wanted = _wanted_ids(person)
            person.id = next((i for i in wanted if i not in self.ids.taken), None) or self.ids.allocate(wanted[0])
        self.ids.taken.add(person.id)
        self._forms[id(person)] = []
        for name in person.names:
            self._index(person, name)

    def _index(self, person: Person, name: str) -> None:
        form = parse_name(name)
        self._forms[id(person)].append(form)
        self._by_name.setdefault(_key(person.kind, name), person)
        bucket = self._by_surname.setdefault(form.surname or form.designation, [])
        if all(known is not person for known in bucket):
            bucket.append(person)

    def add(self, person: Person) -> Person:
        """Add a new entry as it is (a correspondent the letter rules built)."""
        self.people.append(person)
        self._register(person)
        return person

    def add_form(self, person: Person, name: str, leading: bool = True) -> None:
        """Another form of the entry's name; a fuller one leads, unless `leading` is false (a
        description such as "Mayor of X" is never the name to show first)."""
        if any(_key(person.kind, name) == _key(person.kind, known) for known in person.names):
            return
        fuller = leading and len(name) > len(person.names[0])
        person.names.insert(0 if fuller else len(person.names), name)
        self._index(person, name)

    def find(self, name: str, kind: str = "person", role: str | None = None, line: int | None = None) -> Person | None:
        """The one known entry `name` can name: a form of a person's name, an organisation's name.

        A play names each speaker one way, and "HIGGINS" and "MRS. HIGGINS" are two people: so a
        speaker label matches another label only as written, and other forms only of people found
        elsewhere (a participant list).
        """
        known = self._by_name.get(_key(kind, name))
        if known is not None or kind != "person":
            return known
        form = parse_name(name)
        matches = [p for p in self._by_surname.get(form.surname or form.designation, [])
                   if p.kind == kind and not (role == p.role == "speaker")
                   and any(same_person(form, f) for f in self._forms[id(p)])]
        if len(matches) > 1:
            # "Dr. Rivera" among Dr. Tomas and Mrs. Alma Rivera: the one who bears that title.
            titled = [p for p in matches if any(set(form.titles) & set(f.titles) for f in self._forms[id(p)])]
            matches = titled if len(titled) == 1 else matches
        if len(matches) > 1 and self.reporter:
            self.reporter.warn("person-ambiguous", f"'{name}' may name {' or '.join(p.names[0] for p in matches)}; "
                               "it is listed as a person of its own", line)
        return matches[0] if len(matches) == 1 else None

    def person(self, name: str, role: str, kind: str = "person", line: int | None = None) -> Person:
        """The entry `name` names, that form added to its names; a new entry when there is none."""
        name = " ".join(name.split())
        known = self.find(name, kind, role, line)
        if known is None:
            return self.add(Person("", [name], kind, role))
        self.add_form(known, name)
        return known


def _key(kind: str, name: str) -> tuple[str, str]:
    return kind, " ".join(name.split()).casefold()


def _wanted_ids(person: Person) -> list[str]:
    """Ids to try, best first: the surname ("ivanov"), then the name without titles ("anna-ivanov")."""
    if person.kind == "person" and person.role in SURNAME_ROLES:
        form = parse_name(person.names[0])
        if form.surname:
            return [slug(form.surname), slug(" ".join(form.given + (form.surname,)))]
    return [slug(person.names[0])]


def identify_people(document: Document, reporter: Reporter) -> Document:
    people = People(document.metadata, reporter)
    correspondence = document.metadata.correspondence
    if correspondence:
        for party in correspondence.senders + correspondence.addressees:
            known = people.find(party.names[0], party.kind)
            party.id = known.id if known else people.add(party).id
    # One walk of the body: its comments and participant lists are read as they come, its speeches
    # and spans kept for afterwards. (The walk reads a paragraph's content after the paragraph, so
    # the spans a participant list gains are among them.)
    speeches: list[Speech] = []
    found_spans = [node for part in (document.front, document.back) for node in nodes(part) if type(node) is Span]
    for node in nodes(document.body):
        if type(node) is Span:
            found_spans.append(node)
        elif type(node) is Paragraph:
            _participant_list(node, people)
        elif type(node) is Division and node.kind == "comment":
            _comment_author(node, people)
        elif type(node) is Speech and node.name and not node.who:
            speeches.append(node)
    # After the participant lists, wherever they stand: a label "LEE:" names the listed "Ann Lee".
    for speech in speeches:
        speech.who = people.person(speech.name, "speaker", line=speech.line).id
    _link_spans(found_spans, {name: p.id for p in document.metadata.people for name in p.names})
    return document


def _comment_author(comment: Division, people: People) -> None:
    """A comment's byline names its author: a person of the header, the comment's @who."""
    for child in comment.children:
        if isinstance(child, Byline):
            span = next((c for c in child.content if isinstance(c, Span) and c.kind == "person"), None)
            if span is not None:
                comment.who = people.person(_text(span.children), "commenter", line=child.line).id


def _text(content: list) -> str:
    return " ".join("".join(getattr(c, "text", "") for c in content).split())


# -- participant lists --------------------------------------------------------------------------


def _participant_list(paragraph: Paragraph, people: People) -> None:
    """"Present: …" names the participants: each becomes a person (or an organisation) of the
    header, and its name in the paragraph points at it."""
    first = paragraph.content[0] if paragraph.content else None
    label = _PARTICIPANTS.match(first.text) if isinstance(first, Text) else None
    if label is None:
        return
    content: list[Inline] = []
    for node in paragraph.content:
        if isinstance(node, Text):
            start = label.end() if node is first else 0
            content.extend(_mark_names(node.text, start, people, paragraph.line))
        else:
            content.append(node)
    paragraph.content = content


def _mark_names(text: str, start: int, people: People, line: int) -> list[Inline]:
    """`text` with the people and organisations it lists (from `start` on) as spans."""
    persons = [person for item in _items(text, start) if (person := _person(text, item, people, line))]
    found = list(persons)
    following = 0  # the first person at or after the current run: runs and persons are in text order
    for run in _CAPITALISED_RUN.finditer(text, start):
        while following < len(persons) and persons[following][0] < run.start():
            following += 1
        # A run may go on into a person's name: "Chair of the Board Captain Ann Lee".
        end = min(run.end(), persons[following][0]) if following < len(persons) else run.end()
        organisation = _organisation(text, run.start(), end)
        inside_person = following > 0 and persons[following - 1][1] > run.start()
        if organisation and not inside_person:
            begin, stop = organisation
            found.append((begin, stop, people.person(text[begin:stop], "participant", "organisation")))
    found.sort(key=lambda entry: entry[0])
    content: list[Inline] = []
    position = 0
    for begin, end, entry in found:
        content.append(Text(text[position:begin]))
        content.append(Span(entry.kind, [Text(text[begin:end])], {"ref": f"#{entry.id}"}))
        position = end
    content.append(Text(text[position:]))
    return [node for node in content if not (isinstance(node, Text) and not node.text)]


def _organisation(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """Where an organisation's name is in the capitalised run `text[begin:end]`, the office of its
    holder left out ("Chairman of the Executive Committee" → "Executive Committee")."""
    tokens = name_tokens(text[begin:end])
    while tokens and tokens[-1].group() in ("of", "the", "for", "and", "on", "in"):
        tokens.pop()
    first = 0
    while first + 1 < len(tokens) and is_title(tokens[first].group()) and tokens[first + 1].group() == "of":
        first += 2
        if first < len(tokens) and tokens[first].group() == "the":
            first += 1
    if first < len(tokens) and tokens[first].group() == "The":
        first += 1
    if len(tokens) - first < 2:
        return None  # "the Board" alone names no particular organisation
    start, stop = begin + tokens[first].start(), begin + tokens[-1].end()
    return (start, stop) if CORPORATE_NAME_WORDS.search(text, start, stop) else None


def _items(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the list's items: between commas, semicolons, line ends and "and"."""
    items, position = [], start
    separators = _SEMICOLON_SEPARATOR if ";" in text[start:] else _SEPARATOR
    for separator in separators.finditer(text, start):
        items.append((position, separator.start()))
        position = separator.end()
    items.append((position, len(text)))
    return [(begin, end) for begin, end in items if end > begin]


def _person(text: str, item: tuple[int, int], people: People, line: int) -> tuple[int, int, Person] | None:
    """The person an item names, if it is a name with perhaps a description before it ("Mayor of
    X Brigadier General Y Z") or after it in brackets ("Y Z (Chair)")."""
    begin, end = item
    description: list[str] = []
    bracketed = _BRACKETED.search(text, begin, end)
    if bracketed:
        description.append(bracketed.group("description"))
        end = bracketed.start()
    trailing = _TRAILING_DESCRIPTION.search(text, begin, end)
    if trailing:  # "Mr. Carter, EUR": the name, then its office
        description.append(trailing.group("description"))
        end = trailing.start()
    tokens = name_tokens(text[begin:end])
    first = _after_description(tokens)
    if first:
        description.insert(0, " ".join(t.group() for t in tokens[:first]))
    name_part = tokens[first:]
    of = next((i for i, t in enumerate(name_part) if t.group() == "of"), None)
    if of is not None and of >= 2:  # "Ambassador Lund of Norway": the name, then whom he serves
        name_part = name_part[:of]
    if not name_part or len(name_part) > MAX_NAME_TOKENS or not all(_is_name_token(t.group()) for t in name_part):
        return None
    # A full stop after the last name ends the sentence; after an initial it belongs to the name.
    name_end = begin + name_part[-1].end() - (1 if re.search(r"[^.\s]{2}\.$", name_part[-1].group()) else 0)
    name_begin = begin + name_part[0].start()
    name = text[name_begin:name_end]
    if not parse_name(name).surname:
        return None
    person = people.person(name, "participant", line=line)
    for words in description:
        if len(words.split()) <= MAX_DESCRIPTION_WORDS:
            people.add_form(person, words, leading=False)
    return name_begin, name_end, person


def _after_description(tokens: list[re.Match]) -> int:
    """The index of the first token after a leading "Office of Place" description: the place runs
    to the next title or initial; when nothing would be left for the name, it is one word."""
    index = 0
    while index + 1 < len(tokens) and is_title(tokens[index].group()) and tokens[index + 1].group() == "of":
        after_of = index + 2
        if after_of < len(tokens) and tokens[after_of].group().lower() == "the":
            after_of += 1
        end = after_of
        while end < len(tokens) and not is_title(tokens[end].group()) and not _INITIAL.match(tokens[end].group()):
            end += 1
        index = end if end < len(tokens) else min(after_of + 1, len(tokens))
    return index


def _is_name_token(token: str) -> bool:
    return token[:1].isupper() or token.lower() in PARTICLES


# -- linking ------------------------------------------------------------------------------------


def _link_spans(spans: list[Span], ids_by_name: dict[str, str]) -> None:
    """Point person and organisation spans whose text is a known name at that name's id."""
    for span in spans:
        if span.kind in ("person", "organisation") and "ref" not in span.attrs:
            name = _text(span.children)
            if name in ids_by_name:
                span.attrs["ref"] = f"#{ids_by_name[name]}"
