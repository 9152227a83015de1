"""Dialogue: turns of speech under a speaker's label, stage directions, chat messages.

A label is a name at the start of a block: `NAME:` or `NAME.` before the speech (`HAMLET. To be…`,
`Mrs. Bell: Quite.`, `_Ham._ …`), or a name alone on its line with the speech below it, in the same
block or the next ones (`HAMLET` / `HAMLET:` then the speech). A direction in brackets may follow
the name (`BELL (rising): Quite.`). Many prose paragraphs start the same way ("Tom: you are right
…" addresses someone; "London. The city …"), so labels are trusted only in a text shaped like a
dialogue (`dialogue`, computed once per document): many labelled blocks, by a few names that each
recur, whose turns follow one another closely; or a short scene whose few turns, by recurring names,
make up most of the text; or a play (a cast list, "SCENE:" or "ACT I" lines), where a member of the
cast speaks even once and a label naming one word of one member's name ("Quinn:") stands for them.
Where nearly all labels are in capitals, a name in capitals that speaks only once is a speaker too.

In a dialogue, a cast list ("CHARACTERS", "DRAMATIS PERSONAE", …) is a list of the persons of the
play (written as castList), and "SCENE: …" is a direction of type setting. Interviews are dialogues labelled Q and A; the
two are tied to the interviewer and the person interviewed when the text names them before the
first question.

In a dialogue, a block wholly in parentheses or brackets is a stage direction (Project Gutenberg
plays also open a direction with "[" and never close it). A speech runs over the blocks after its
label until the next label or a heading; a stage direction between two speeches stands between
them, not in the first.

Chat exports (`[12:01] alice: hi`, `alice (12:01): hi`, `12:01 <alice> hi`) give one turn per
message; the time stays in the speaker label as a date.

Each turn is a `Speech` with the label as written in `speaker` and the name it stands for in `name`;
the people pass turns names into person ids.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..blocks import Block
from ..model import Block as Node
from ..model import Inline, ItemList, ListItem, Paragraph, Person, Span, Speech, StageDirection, Text
from ..names import is_title, name_pattern
from ..reader import ReaderState
from .annotations import ANNOTATION
from .datelines import date_span
from .headings import heading_style, is_heading_shaped
from .text import CLOSING_QUOTES, is_all_caps, more_words_than

# -- speaker labels -----------------------------------------------------------------------------

# At most three words besides connectors and initials, on one line: a longer capitalised run is a heading.
_NAME = name_pattern(3, "[ \t]")
_EM = r"[_*]{0,2}"  # emphasis marks of copied italics or bold around a label
# The name, its full stop or colon, a direction in brackets (which may run over a line end).
_LABEL = re.compile(
    rf"^{_EM}(?P<name>{_NAME}){_EM}(?P<term>[:.](?=[\s_*]|$))?{_EM}"
    r"(?:[ \t]{0,8}(?P<direction>(?:\([^()]{1,300}\)|\[[^\[\]]{1,300}\])[_*]{0,2}(?P<term2>[:.])?))?"
)
# What may follow a label ending in a full stop: a sentence, a quotation, a direction. Anything
# else ("Mr. Bell went …" is no label) reads on as prose.
_SPEECH_START = re.compile(r"[\s_*]*(?:[A-ZÀ-ÖØ-Þ0-9\"“‘'(\[—–-]|\.\.\.|…)")
# Words of stage and book structure that recur in label position without being speakers, and
# words no speaker's name starts with (prepositions and salutations open letters and headings).
_NOT_SPEAKERS = frozenset(
    """curtain end finis exeunt exit exits enter enters re-enter prologue epilogue tableau scene act time
    place setting characters persons note notes footnote footnotes endnotes sidenote illustration
    engraving index contents preface appendix chap sec fig page vol yes no oh ah well so now then and but
    see ibid""".split()
)
_NON_SPACE = re.compile(r"\S")
_ARTICLES = frozenset("a an the".split())
_NOT_FIRST = frozenset("to from by dear my with in on at for".split())
_INTERVIEW = {"q": "interviewer", "question": "interviewer", "a": "respondent", "answer": "respondent"}
MIN_TURNS = 6  # fewer labelled blocks than this are not a dialogue
MIN_TURNS_PER_SPEAKER = 3  # a dialogue has few voices that speak often
MIN_SHARE = 0.1  # … and its turns are a good part of the text
MIN_EXCHANGES = 0.6  # … and most turns answer another speaker's turn
MAX_EXCHANGE_GAP = 3  # blocks between a turn and its answer (a label, a direction, the speech)
CAPS_SHARE = 0.9  # labels this often in capitals make any label in capitals a speaker's
# A short scene: a few turns by recurring speakers that make up most of the text, each a sentence.
MIN_SCENE_TURNS = 4
MIN_SCENE_SHARE = 0.5  # of the text's blocks: turns, the speeches under labels alone, directions
MIN_SCENE_SPOKEN = 0.75  # of the turns: a sentence after the label ("Tom: you are right" is not)
# A play (a cast list, "SCENE:" or "ACT I" lines): two speakers answering each other are enough.
MIN_PLAY_TURNS = 3
# Labels of fields, which a short record repeats in turn ("Subject: …", "Date: …") as a scene does names.
_FIELD_WORDS = frozenset(
    """subject date re cc bcc title author source summary keywords tags location participants present attendees
    weather status type description address email phone tel fax time place reference category price""".split()
)
MAX_SPEECH_BLOCKS = 60
MAX_DIRECTION_BLOCKS = 12

DIALOGUE_ENCODING = (
    "Each speech under a speaker's label is a turn (sp): the label as written in speaker, the speaker a person of "
    "the header (@who); directions in parentheses or brackets are stage, between speeches or inside them.")
CAST_ENCODING = (
    "A cast list is castList, a castItem a line: the name that opens it the role, what follows it the roleDesc; "
    "a name of the cast that speaks points at its speaker (persName/@ref).")
CHAT_ENCODING = (
    "Each message of a chat export is a turn (sp): its time and sender as written in speaker, the time marked as a "
    "date, the sender a person of the header (@who).")


def _state_encoding(state: ReaderState, sentence: str) -> None:
    """Say once in the header how the text's turns are encoded."""
    if sentence not in state.metadata.normalisations:
        state.metadata.normalisations.append(sentence)


@dataclass(frozen=True)
class Label:
    key: str  # the name, case-folded and without punctuation: what recurs
    name: str  # the name as written
    speaker: str  # the label as written, direction left out
    direction: str  # a direction after the name as written, or ""
    rest: str  # the block's text after the label, from the line the label ends on
    lines: int  # line ends inside the label (a direction may run over one)

    @property
    def caps(self) -> bool:
        return is_all_caps(self.name)


def _key(name: str) -> str:
    """A name case-folded and without punctuation: how a speaker's labels are told to be one."""
    return " ".join(re.sub(r"[^\w\s]", " ", name).casefold().split())


def _label(text: str) -> Label | None:
    """The speaker label at the start of a block's text, if it is shaped like one.

    Most paragraphs start with a capitalised word, which the pattern takes for a name: the rest of
    the label's line is looked at in place, without copying the paragraph.
    """
    match = _LABEL.match(text)
    if match is None:
        return None
    name, end = match.group("name"), match.end()
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    if end < line_end and not text[end].isspace():
        return None
    terminators = {match.group("term"), match.group("term2")} - {None}
    if _NON_SPACE.search(text, end, line_end):  # the speech follows the label on its line
        if not terminators or (":" not in terminators and not _SPEECH_START.match(text, end, line_end)):
            return None
    elif not (terminators or is_all_caps(name) or match.group("direction") or line_end + 1 < len(text)):
        return None
    key = _key(name)
    if (key in _NOT_SPEAKERS or key.split()[0] in _NOT_FIRST or (len(key) == 1 and key not in _INTERVIEW)
            or heading_style(name) in ("chapter", "roman", "decimal")):
        return None
    direction = match.group("direction") or ""
    speaker = text[: match.start("direction") if direction else match.end()].rstrip()
    return Label(key, name, speaker, direction, text[end:], text.count("\n", 0, end))


def _block_label(state: ReaderState, block: Block) -> Label | None:
    """The label of a block, read once per text: the dialogue's shape and then each turn ask for it."""
    labels: dict[str, Label | None] = state.facts.setdefault("speech_labels", {})
    text = block.text
    if text not in labels:
        labels[text] = _label(text)
    return labels[text]


@dataclass(frozen=True)
class Dialogue:
    labels: frozenset[str]  # the keys of speakers' labels: recurring, or of the cast
    caps: bool  # labels are in capitals: then one in capitals is a label even if it does not recur
    names: dict[str, str]  # label key → the cast list's name it stands for ("quinn" → "PETER QUINN")

    @property
    def interview(self) -> bool:
        return {"q", "a"} <= self.labels or {"question", "answer"} <= self.labels


def _cast_key(key: str, cast: dict[str, str]) -> str:
    """The cast member a label's key names: the same name, or one word of exactly one member's
    name ("quinn" for "peter quinn"), not a title; else the key itself."""
    if key in cast or " " in key or is_title(key):
        return key
    # "An English Doctor" is a part, not a name: "DOCTOR" may be another doctor of the play; and
    # "STRENGTH AND FORCE" are two.
    found = [member for member in cast
             if key in (words := member.split()) and words[0] not in _ARTICLES and "and" not in words]
    return found[0] if len(found) == 1 else key


def _spoken(state: ReaderState, index: int, label: Label) -> bool:
    """The turn's speech is a sentence: it starts like one and ends like one."""
    rest = label.rest.strip()
    if not rest and index + 1 < len(state.blocks):
        rest = state.blocks[index + 1].text.strip()
    if label.direction and not rest:
        return False
    if rest and not _SPEECH_START.match(rest):
        return False
    return bool(rest) and rest.rstrip(CLOSING_QUOTES + "_* ").endswith((".", "!", "?", "…", "—", "-"))


def _dialogue(state: ReaderState) -> Dialogue | None:
    """What the dialogue's labels are like, or None when the text is not shaped like a dialogue.

    Headings, signatures and salutations recur too, but far apart; the turns of a dialogue answer
    each other: most labelled blocks follow, within a few blocks, one labelled with another name.
    A long dialogue has many turns by speakers who each speak often; a short scene has a few, by
    recurring speakers, that make up most of the text; in a play (a cast list, "SCENE:" or "ACT I"
    lines) two speakers answering each other are enough, and a member of the cast speaks even once.
    One pass over the blocks: labels, cast lists and the marks of a play.
    """
    blocks = state.blocks
    labelled: list[tuple[int, Label]] = []
    cast: dict[str, str] = {}
    play = False
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if _CAST_HEAD.match(block.text) and (found := _cast_list(blocks, index)):
            for _line, _text, name in found.items:
                if name:
                    cast.setdefault(_key(name), name)
            play = True
            index += found.blocks + bool(found.lines)
            continue
        play = play or bool(_PLAY_MARK.match(block.text))
        if label := _block_label(state, block):
            labelled.append((index, label))
        index += 1
    keyed = [(index, _cast_key(label.key, cast), label) for index, label in labelled]
    counts = Counter(key for _, key, _ in keyed)
    recurring = frozenset(key for key, count in counts.items() if count >= 2)
    speakers = recurring | frozenset(key for key in counts if key in cast)
    turns = [(index, key, label) for index, key, label in keyed if key in speakers]
    exchanges = sum(1 for (before, first, _), (after, second, _) in zip(turns, turns[1:])
                    if first != second and after - before <= MAX_EXCHANGE_GAP)
    answered = len(turns) >= 2 and exchanges >= MIN_EXCHANGES * len(turns)
    long = (len(recurring) >= 2 and len(turns) >= MIN_TURNS and len(turns) >= MIN_TURNS_PER_SPEAKER * len(recurring)
            and len(turns) >= MIN_SHARE * len(blocks))
    if not answered or not (long or _short_scene(state, turns, recurring) or (
            play and len(speakers) >= 2 and len(turns) >= MIN_PLAY_TURNS and len(turns) >= MIN_SHARE * len(blocks))):
        return None
    labels = frozenset(label.key for _, _, label in turns)
    names = {label.key: cast[key] for _, key, label in turns if key in cast}
    return Dialogue(labels, sum(label.caps for _, _, label in turns) >= CAPS_SHARE * len(turns), names)


def _short_scene(state: ReaderState, turns: list[tuple[int, str, Label]], recurring: frozenset[str]) -> bool:
    """A few turns by recurring speakers, no field labels among them, that fill most of the text
    (with the speeches under labels alone and the directions), nearly all of them sentences."""
    if len(recurring) < 2 or len(turns) < MIN_SCENE_TURNS or recurring & _FIELD_WORDS:
        return False
    covered = {index for index, _, _ in turns}
    covered |= {index + 1 for index, _, label in turns if not label.rest.strip()}
    covered |= {index for index, block in enumerate(state.blocks) if block.text.lstrip("_*")[:1] in _OPENERS}
    spoken = sum(_spoken(state, index, label) for index, _, label in turns)
    return len(covered) >= MIN_SCENE_SHARE * len(state.blocks) and spoken >= MIN_SCENE_SPOKEN * len(turns)


def dialogue(state: ReaderState) -> Dialogue | None:
    """Computed on the whole text: the rule is not among the nested rules, so the outer state asks first."""
    return state.fact("dialogue", _dialogue)


def opens_turn(state: ReaderState, block: Block) -> bool:
    """The block is a labelled turn of the text's dialogue ("Q: …" in an interview), which rules for
    "Label: value" fields must leave alone."""
    shape = dialogue(state)
    label = _block_label(state, block) if shape else None
    return bool(label and label.key in shape.labels)


def _turn_label(state: ReaderState, block: Block) -> Label | None:
    shape = dialogue(state)
    label = _block_label(state, block) if shape else None
    if label is None:
        return None
    return label if label.key in shape.labels or (shape.caps and label.caps) else None


# -- interviews ---------------------------------------------------------------------------------

_PERSON = rf"(?P<name>{name_pattern(4)})"
_INTERVIEWER = re.compile(rf"(?i:\binterview(?:ed)?\s+by|\bconducted\s+by|\binterviewer\s*:)\s*{_PERSON}")
_RESPONDENT = re.compile(
    rf"(?i:\binterview\s+with|\binterviewee\s*:|\brespondent\s*:|\bin\s+conversation\s+with)\s*{_PERSON}")


def _interview_names(state: ReaderState) -> dict[str, str]:
    """Role → name, from what the text says before its first question."""
    names: dict[str, str] = {}
    for block in state.blocks:
        label = _block_label(state, block)
        if label and _INTERVIEW.get(label.key) == "interviewer":
            break
        for role, pattern in (("interviewer", _INTERVIEWER), ("respondent", _RESPONDENT)):
            found = pattern.search(block.text)
            if found and role not in names:
                names[role] = found.group("name")
    return names


def _speaker_name(state: ReaderState, label: Label) -> str:
    """The name a label stands for: itself, or for Q and A the interviewer and the respondent."""
    role = _INTERVIEW.get(label.key)
    shape = dialogue(state)
    if shape is not None and label.key in shape.names:
        return shape.names[label.key]  # "Quinn:" and "PETER QUINN." are the cast's "PETER QUINN"
    if role is None or shape is None or not shape.interview:
        return label.name
    name = state.fact("interview_names", _interview_names).get(role, role)
    if not any(role == person.role for person in state.metadata.people):
        state.metadata.people.append(Person("", [name], role=role))
    return name


# -- stage directions ---------------------------------------------------------------------------

_OPENERS = {"(": ")", "[": "]"}


def _direction_end(text: str) -> int | None:
    """Where a direction at the start of `text` ends (after its closing punctuation), -1 when it
    does not close in `text`, None when `text` does not start with one."""
    stripped = text.lstrip("_*")
    opening = stripped[:1]
    if opening not in _OPENERS:
        return None
    start = len(text) - len(stripped)
    close = stripped.find(_OPENERS[opening])
    if close < 0:
        return -1
    end = start + close + 1
    while end < len(text) and text[end] in "_*.:,;":
        end += 1
    return end


def _stage_blocks(state: ReaderState, pos: int) -> int:
    """How many blocks a stage direction starting at `pos` takes (0: none starts there)."""
    text = state.blocks[pos].text
    end = _direction_end(text)
    if end is None or ANNOTATION.match(text):
        return 0
    if end >= 0:
        return 1 if not text[end:].strip() else 0
    if text.lstrip("_*")[0] == "[":
        return 1  # "[He goes out." — the Gutenberg convention: a bracket that never closes
    for taken, following in enumerate(state.blocks[pos + 1 : pos + MAX_DIRECTION_BLOCKS], start=2):
        if following.page_break_before:
            return 0
        if ")" in following.text:
            return taken if following.text.rstrip("_*.:,; ").endswith(")") else 0
    return 0


def _direction(text: str, line: int) -> StageDirection:
    """A stage direction, its brackets kept as text of their own: they delimit the direction, and
    the inline rules would read "[…]" as an editor's insertion."""
    opening = len(text) - len(text.lstrip("_*")) + 1
    closing = max(text.rfind(")"), text.rfind("]"))
    parts = [text[:opening], text[opening:closing], text[closing:]] if closing >= opening else [
        text[:opening], text[opening:]]
    return StageDirection([Text(part) for part in parts if part], line)


def _directions(state: ReaderState, pos: int, count: int) -> list[Node]:
    return [_direction(block.text, block.line) for block in state.blocks[pos : pos + count]]


# -- turns --------------------------------------------------------------------------------------


def _parts(lines: list[tuple[int, str]]) -> list[Node]:
    """A speech's lines as paragraphs and the stage directions between them."""
    parts: list[Node] = []
    spoken: list[tuple[int, str]] = []
    direction: list[tuple[int, str]] = []

    def flush() -> None:
        if spoken:
            parts.append(Paragraph([Text("\n".join(text for _, text in spoken))], spoken[0][0]))
        if direction:
            parts.append(_direction("\n".join(text for _, text in direction), direction[0][0]))
        spoken.clear()
        direction.clear()

    for number, text in lines:
        if direction:
            direction.append((number, text))
            if _OPENERS[direction[0][1].lstrip("_*")[0]] in text:
                flush()
            continue
        end = _direction_end(text)
        if end is None:
            spoken.append((number, text))
            continue
        flush()
        if end < 0:
            direction.append((number, text))
            continue
        parts.append(_direction(text[:end], number))
        if text[end:].strip():
            spoken.append((number, text[end:].strip()))
    flush()
    return parts


def _speech_end(state: ReaderState, pos: int, has_words: bool) -> int:
    """The block after the last one of the speech labelled at `pos`.

    Directions are kept in the speech only when it goes on after them, or when they are all it has.
    """
    end = claimed = pos + 1
    while end < len(state.blocks) and end - pos < MAX_SPEECH_BLOCKS:
        block = state.blocks[end]
        if (block.page_break_before or block.blank_before > 1 or _turn_label(state, block)
                or _chat_line(block.first_text) or ANNOTATION.match(block.text) or _is_heading(block.text)):
            break
        directions = _stage_blocks(state, end)
        end += directions or 1
        if not directions:
            claimed, has_words = end, True
        elif not has_words:
            claimed = end
    return claimed


def _is_heading(text: str) -> bool:
    style = heading_style(text)
    return style not in (None, "plain") and is_heading_shaped(text, style)


def _turn(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    label = _turn_label(state, block)
    if label is None:
        return 0
    first = block.line
    children: list[Node] = [_direction(label.direction, first)] if label.direction else []
    lines = zip((line.number for line in block.lines[label.lines :]), label.rest.split("\n"))
    children += _parts([(number, text.strip()) for number, text in lines if text.strip()])
    end = _speech_end(state, pos, has_words=any(isinstance(child, Paragraph) for child in children))
    index = pos + 1
    while index < end:
        count = _stage_blocks(state, index)
        children += _directions(state, index, count) if count else _parts(
            [(line.number, line.text) for line in state.blocks[index].lines])
        index += count or 1
    if not children:
        return 0
    state.emit(Speech(children, first, speaker=[Text(label.speaker)], name=_speaker_name(state, label)))
    _state_encoding(state, DIALOGUE_ENCODING)
    return end - pos


def _stage(state: ReaderState, pos: int) -> int:
    count = _stage_blocks(state, pos)
    for node in _directions(state, pos, count):
        state.emit(node)
    return count


# -- plays: cast lists and settings -------------------------------------------------------------

# The heading of a cast list, alone on its line.
_CAST_HEAD = re.compile(
    r"[ \t_*]*(?i:(?:the[ \t]+)?(?:characters|dramatis[ \t]+person(?:ae|æ)|persons(?:[ \t]+of[ \t]+the[ \t]+"
    r"(?:play|drama|comedy|tragedy|piece))?|persons[ \t]+represented|cast(?:[ \t]+of[ \t]+characters)?))"
    r"[ \t_*]*[:.]?[ \t_*]*(?:\n|$)"
)
# Where and when a scene takes place: "SCENE: A jetty at dusk.", "SCENE.--A room."
_SETTING = re.compile(r"[_*]*(?:SCENE|Scene)[_*]*(?:[ \t]*:|\.?[ \t]*(?:--|[—–])|\.[ \t]+(?=[A-Z_*]))[ \t]*\S")
# Marks of a play besides a cast list: a setting, an act's heading.
_PLAY_MARK = re.compile(
    rf"{_SETTING.pattern}|[ \t_*]*(?:ACT|Act)[ \t]+(?:[IVX]{{1,4}}|ONE|TWO|THREE|FOUR|FIVE|FIRST|SECOND|THIRD|One|Two|Three|"
    r"Four|Five|First|Second|Third|\d{1,2})\b\.?[ \t_*]*(?:\n|$|[.:—–-])"
)
# A member of the cast: a name, then its end or a description ("ROSA, a ferry-keeper", "Nora (his
# wife).", "Lord Normantower      MR. F. KERR.").
_CAST_PERSON = name_pattern(4, "[ \t]")
_CAST_NAME = re.compile(
    rf"[_*\"“]*(?P<name>{_CAST_PERSON})[_*\"”]*(?=\.?[_*]*$|[ \t]*[,(:]|[ \t]*(?:--|[—–])|[ \t]{{2,}}|\.[ \t])"
)
MAX_CAST_LINE_WORDS = 25


@dataclass(frozen=True)
class CastList:
    head: str  # its heading as written
    items: list[tuple[int, str, str]]  # (line number, line as written, the member's name or "")
    blocks: int  # blocks taken whole, the heading's included
    lines: int  # lines taken of the block after them (the list stops inside it)


def _cast_line(text: str) -> str | None:
    """The name a line of a cast list gives ("" when it names no one: "Two Clowns."), None when the
    line is not one: a direction, a setting, a heading, prose wrapped over lines."""
    text = text.strip()
    first = text.lstrip("_*\"“")[:1]
    if (not first.isupper() or text.endswith((",", ";")) or more_words_than(text, MAX_CAST_LINE_WORDS)
            or _PLAY_MARK.match(text) or _CAST_HEAD.match(text)):  # a line ending in a comma is wrapped prose
        return None
    match = _CAST_NAME.match(text)
    if match is None:
        return ""
    return None if _key(match.group("name")) in _NOT_SPEAKERS else match.group("name")  # "SCENE" ends the list


def _cast_list(blocks: list[Block], pos: int) -> CastList | None:
    """The cast list headed at block `pos`: the lines after its heading in the same block, else the
    lines of the next block, else the one-line blocks after it. It ends where a line is no member."""
    block = blocks[pos]
    head, _, rest = block.text.partition("\n")

    def members(lines: list[str]) -> int:
        return next((count for count, line in enumerate(lines) if _cast_line(line) is None), len(lines))

    def listed(block: Block, start: int, count: int) -> list[tuple[int, str, str]]:
        return [(block.line + number, line.strip(), _cast_line(line) or "")
                for number, line in enumerate(block.text.split("\n")[start : start + count], start=start)]

    if rest:
        lines = rest.split("\n")
        count = members(lines)
        found = CastList(head, listed(block, 1, count), 1 if count == len(lines) else 0,
                         0 if count == len(lines) else count + 1)
    elif pos + 1 < len(blocks) and blocks[pos + 1].line_count > 1:
        following = blocks[pos + 1]
        lines = following.text.split("\n")
        count = members(lines)
        found = CastList(head, listed(following, 0, count), 2 if count == len(lines) else 1,
                         0 if count == len(lines) else count)
    else:
        end = pos + 1
        while (end < len(blocks) and blocks[end].line_count == 1 and not blocks[end].page_break_before
               and _cast_line(blocks[end].text) is not None):
            end += 1
        found = CastList(head, [item for block in blocks[pos + 1 : end] for item in listed(block, 0, 1)], end - pos, 0)
    return found if len(found.items) >= 2 else None


def _cast(state: ReaderState, pos: int) -> int:
    """A cast list as a list of the persons of the play, each speaker's name pointing at them."""
    if not _CAST_HEAD.match(state.blocks[pos].text):
        return 0
    found = _cast_list(state.blocks, pos)
    if found is None:
        return 0
    shape = dialogue(state)
    speaking = {_key(name) for name in shape.names.values()} | shape.labels
    items = []
    for line, text, name in found.items:
        start = text.find(name) if name else -1
        if start < 0 or _key(name) not in speaking:
            items.append(ListItem([Text(text)], line))
            continue
        content = [Text(text[:start])] * bool(start) + [Span("person", [Text(name)])]
        items.append(ListItem(content + [Text(text[start + len(name):])] * bool(text[start + len(name):]), line))
    state.emit(ItemList(items, state.blocks[pos].line, "cast", [Text(found.head.strip())]))
    _state_encoding(state, CAST_ENCODING)
    if found.lines:
        split = pos + found.blocks
        state.split_block(split, found.lines)
        return found.blocks + 1
    return found.blocks


def _setting(state: ReaderState, pos: int) -> int:
    """"SCENE: A jetty at dusk." is a direction: where the scene takes place."""
    block = state.blocks[pos]
    if not _SETTING.match(block.text):
        return 0
    state.emit(StageDirection([Text(block.text)], block.line, "setting"))
    return 1


# -- chat exports -------------------------------------------------------------------------------

_TIME = r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_NICK = r"[^\s<>\[\]():]{1,30}(?: [^\s<>\[\]():]{1,30}){0,2}"
# A bare "09:30 Name: …" is left out: agendas and timetables are written so.
_CHAT = [
    # [12:01] alice: hi — [12:01] <alice> hi — 12:01 <alice> hi
    re.compile(rf"^\[(?P<time>{_TIME})\]\s+(?:<(?P<nick>{_NICK})>|(?P<nick2>{_NICK}):)(?=\s)"),
    re.compile(rf"^(?P<time>{_TIME})\s+<(?P<nick>{_NICK})>(?=\s)"),
    # alice (12:01): hi — alice [12:01]: hi
    re.compile(rf"^(?P<nick>{_NICK})\s*[(\[](?P<time>{_TIME})[)\]]:?(?=\s)"),
]
MIN_CHAT_LINES = 3


def _chat_line(text: str) -> re.Match | None:
    if ":" not in text:  # every message has a time: most lines of prose are turned away here
        return None
    return next((match for pattern in _CHAT if (match := pattern.match(text))), None)


def _is_chat(state: ReaderState) -> bool:
    """A chat export: several lines are messages with a time and a nick."""
    return sum(1 for block in state.blocks for line in block.text.split("\n") if _chat_line(line)) >= MIN_CHAT_LINES


def _chat_speaker(line: str, match: re.Match) -> list[Inline]:
    """The label as written, its time marked as a date (with @when only when the day is given)."""
    time = match.group("time")
    span = date_span(time) or Span("date", [Text(time)])
    before, after = line[: match.start("time")], line[match.end("time") : match.end()]
    return [Text(before)] * bool(before) + [span] + [Text(after)] * bool(after)


def _chat(state: ReaderState, pos: int) -> int:
    """One turn per message; lines that are not messages continue the message before them."""
    block = state.blocks[pos]
    if not _chat_line(block.first_text) or not state.fact("chat", _is_chat):
        return 0
    turns: list[tuple[Speech, list[str]]] = []
    for line in block.lines:
        match = _chat_line(line.text)
        if match is None:
            turns[-1][1].append(line.text)
            continue
        nick = match.groupdict().get("nick") or match.groupdict().get("nick2")
        speaker = _chat_speaker(line.text, match)
        turns.append((Speech([], line.number, speaker=speaker, name=nick), [line.text[match.end() :].strip()]))
    for turn, texts in turns:
        turn.children.append(Paragraph([Text("\n".join(texts))], turn.line))
        state.emit(turn)
    _state_encoding(state, CHAT_ENCODING)
    return 1


def speech(state: ReaderState, pos: int) -> int:
    """A chat message block, a labelled turn, or a stage direction between turns (those two only
    in a text shaped like a dialogue)."""
    taken = _chat(state, pos)
    if taken or dialogue(state) is None:
        return taken
    return _cast(state, pos) or _turn(state, pos) or _setting(state, pos) or _stage(state, pos)
