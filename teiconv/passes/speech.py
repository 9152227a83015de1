"""Reported speech in records of conversations and minutes: who speaks in which paragraphs.

A record says who speaks in the paragraph that starts a turn: "Ivanov states that …", "When
greeting the guests, Cde. Ivanov says …", "In conclusion, Ivanov once again expresses …", inverted
"The plan, continues Ivanov, …", or a label "Ivanov: …". The paragraphs after it that name no new
speaker go on with the same turn. Narration about the meeting ("Then the members of the delegation
discuss …", "The conversation lasted 40 minutes.") ends the turn and belongs to no one.

Each turn becomes a `Speech` (TEI `sp`) with the speaker's person id in `who` and no `speaker`
label, since the text has none; the person comes from the people registry, so "Ivanov" and
"Cde. N.S. Ivanov" of the participant list are one. `said` would suit speech inside a sentence; a
paragraph-long turn is what `sp` is for, and TEI lets `sp` stand in prose divisions.

Only a text shaped like a record is read so: one with a participant list, or one in which many
paragraphs, by at least two people, open with reported speech. Elsewhere ("Smith said that …" in
a news article) paragraphs stay as they are.

Runs after `identify_people` (participants are known, so a subject is matched against them) and
after divisions are nested (a turn never crosses a heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import dropwhile, groupby, islice

from ..diagnostics import Reporter
from ..model import Block, Division, Document, ItemList, PageBreakBlock, Paragraph, Quotation, Speech, Text
from ..names import name_pattern, parse_name
from ..rules.letters import CORPORATE_NAME_WORDS
from .people import People

_SPEECH_VERBS = (
    "states stated says said continues continued answers answered replies replied asks asked thanks thanked "
    "adds added requests requested expresses expressed notes noted stresses stressed declares declared remarks "
    "remarked proposes proposed emphasises emphasised emphasizes emphasized objects objected agrees agreed "
    "explains explained informs informed reports reported recalls recalled responds responded suggests "
    "suggested insists insisted observes observed mentions mentioned announces announced confirms confirmed "
    "underlines underlined underscores underscored welcomes welcomed congratulates congratulated greets greeted "
    "wishes wished assures assured inquires inquired enquires enquired comments commented argues argued "
    "concludes concluded reiterates reiterated tells told points pointed conveys conveyed raises raised "
    "acknowledges acknowledged admits admitted warns warned repeats repeated promises promised invites invited"
).split()


def _alternation(words: list[str]) -> str:
    """The words as a regular expression, grouped by first letter: the engine tries alternatives
    one by one, and a verb is sought at many places of every paragraph. (A verb is matched as a
    whole word, so the order of the alternatives changes no match.)"""
    return "|".join(f"{first}(?:{'|'.join(word[1:] for word in group)})"
                    for first, group in groupby(sorted(set(words)), key=lambda word: word[0]))


_VERB = _alternation(_SPEECH_VERBS)
_SUBJECT = name_pattern(6)
# Subject first: an optional opening clause, the subject, a few lower-case words ("once again"), the verb.
_REPORTED = re.compile(
    rf"^(?:[^.!?;:]{{0,120}}?,\s+)?(?P<subject>{_SUBJECT}),?(?:\s+[a-z][\w'’-]*,?){{0,10}}?\s+(?:{_VERB})\b"
)
# Inverted, between commas: "The plan, continues Ivanov, is …", "We know, Ivanov says, that …".
_INVERTED = re.compile(rf",\s+(?:(?:{_VERB})\s+(?P<subject>{_SUBJECT})|(?P<subject2>{_SUBJECT})\s+(?:{_VERB})),")
_LABELLED = re.compile(rf"^(?P<label>(?P<subject>{name_pattern(4)})\s*:)\s+")
OPENING = 200  # characters: a paragraph says who speaks, or what happens, at its start
# Openings of a sentence that are not part of its subject.
_DISCOURSE = frozenset("then finally also afterwards next later again moreover further furthermore lastly thereupon "
                       "subsequently meanwhile however but and so thus therefore now here".split())
_PRONOUNS = frozenset("he she they we i it you this that these those one there both all each everyone".split())
# Who or what narration is about: the meeting itself, or the participants as a group.
_GROUPS = frozenset("members delegation delegations delegates participants sides parties both all everyone they "
                    "conversation meeting talk talks discussion session interview visit reception guests hosts "
                    "those".split())
_GROUP_VERBS = frozenset(_SPEECH_VERBS) | frozenset(
    "say state discuss discussed exchange exchanged talk talked converse conversed meet met agree thank express "
    "lasted lasts ended ends began begins concluded closed opened took".split())
REPORTED_ENCODING = (
    "Reported speech in the record of a conversation is encoded as turns (sp) whose @who points to the speaker in "
    "the header: a turn opens with a paragraph that says who speaks and runs on until the next speaker or narration "
    "about the meeting, which belongs to no turn. Where the text has no speaker label, sp has no speaker.")
MIN_REPORTED = 4  # paragraphs opening with reported speech, without a participant list …
MIN_REPORTED_SHARE = 0.2  # … and their share of the paragraphs
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class Reading:
    """What a paragraph is in a record: a new turn (of `name`), the same turn going on, narration."""

    kind: str  # "turn", "narration", "neutral"
    name: str = ""
    label: str = ""  # a "Name:" label as written, for `speaker`


NEUTRAL = Reading("neutral")


def reported_speech(document: Document, reporter: Reporter) -> Document:
    people = People(document.metadata, reporter)
    paragraphs = _paragraphs(document.body)
    readings = {id(p): _reading(p, people) for p in paragraphs}
    turns = [r for r in readings.values() if r.kind == "turn"]
    listed = any(p.role == "participant" for p in document.metadata.people)
    speakers = {r.name for r in turns}
    if not turns or not (listed or (len(turns) >= MIN_REPORTED and len(speakers) >= 2
                                    and len(turns) >= MIN_REPORTED_SHARE * len(paragraphs))):
        return document
    document.body = _group(document.body, readings, people)
    document.metadata.normalisations.append(REPORTED_ENCODING)
    return document


def _paragraphs(blocks: list[Block]) -> list[Paragraph]:
    """The paragraphs of the text and its divisions, not those already in a turn of a dialogue."""
    found: list[Paragraph] = []
    for node in blocks:
        if isinstance(node, Paragraph):
            found.append(node)
        elif isinstance(node, Division):
            found.extend(_paragraphs(node.children))
    return found


def _reading(paragraph: Paragraph, people: People) -> Reading:
    first = paragraph.content[0] if paragraph.content else None
    if not isinstance(first, Text):
        return NEUTRAL
    text = first.text
    labelled = _LABELLED.match(text)
    if labelled and people.find(labelled.group("subject")):
        return Reading("turn", labelled.group("subject"), labelled.group("label"))
    candidates = [match for match in (_REPORTED.match(text), _INVERTED.search(text, 0, OPENING)) if match]
    for match in sorted(candidates, key=lambda m: m.start()):
        reading = _subject_reading(match.group("subject") or match.group("subject2"))
        if reading is not None:
            return reading
    return _narration(text)


def _subject_reading(subject: str) -> Reading | None:
    """A turn when the subject is a person's name. "He adds …" goes on with the turn, since a
    record names the speaker whenever it changes; "They say …" is the group, narration."""
    words = subject.split()
    while words and words[0].lower() in _DISCOURSE:
        words.pop(0)
    if not words:
        return None
    if words[0].lower() in ("he", "she"):
        return NEUTRAL
    if words[0].lower() in _PRONOUNS:
        return Reading("narration")
    name = " ".join(words)
    if words[0] == "The" or CORPORATE_NAME_WORDS.search(name) or not parse_name(name).surname:
        return None
    return Reading("turn", name)


def _narration(text: str) -> Reading:
    """Narration: a group or the meeting as subject, with a verb of speaking or of meeting."""
    # Words are read only as far as needed: most paragraphs have no group among their first words.
    tokens = islice(_WORD.finditer(text, 0, OPENING), 16)
    words = dropwhile(_DISCOURSE.__contains__, (token.group().lower() for token in tokens))
    for word in islice(words, 6):
        if word in _GROUPS:  # its verb is among the seven words after it, which `words` goes on with
            return Reading("narration") if _GROUP_VERBS.intersection(islice(words, 7)) else NEUTRAL
    return NEUTRAL


def _group(blocks: list[Block], readings: dict[int, Reading], people: People) -> list[Block]:
    """Gather paragraphs into turns: a turn runs from its opening paragraph to the next turn or narration."""
    result: list[Block] = []
    turn: Speech | None = None
    for node in blocks:
        if isinstance(node, Division):
            node.children = _group(node.children, readings, people)
        elif isinstance(node, Paragraph):
            reading = readings[id(node)]
            if reading.kind == "turn":
                who = people.person(reading.name, "participant", line=node.line).id
                if reading.label:
                    node.content[0] = Text(node.content[0].text[len(reading.label):].lstrip())
                if turn is not None and turn.who == who and not reading.label:
                    turn.children.append(node)
                    continue
                turn = Speech([node], node.line, who=who, speaker=[Text(reading.label)] if reading.label else None)
                result.append(turn)
                continue
            if reading.kind == "neutral" and turn is not None:
                turn.children.append(node)
                continue
        elif turn is not None and isinstance(node, (Quotation, ItemList, PageBreakBlock)):
            turn.children.append(node)
            continue
        turn = None
        result.append(node)
    return result
