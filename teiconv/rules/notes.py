"""Footnote bodies: the text of a note where the source has it, before the notes pass anchors it.

A label at the start of a block ("[1]", "1.", "1)", "(1)", "¹", "*", "†", "[^1]:", "^1") proves
nothing alone — "1." and "*" open list items too — so a labelled block is a note body only where
its place says so:

- in a notes section: after a heading "Notes", "Footnotes", "Endnotes" or "References", or after a
  rule line ("---", "___", "* * *", "———"); there a body may run over several blocks until the
  next label (its further paragraphs);
- at the end of the text, when its last blocks all start with labels;
- just below the paragraph that holds its marker (with more bodies labelled alike below it);
- anywhere after its marker, when it is labelled the way the marker is written ("[16] …" for
  "word[16]", "¹ …" for "word¹"): a block starts like that only to give a note, and chapters'
  notes gathered after each chapter ("[1] …", "[2] …" after the sermon) stand there;
- anywhere for the labels nothing else writes: Markdown's "[^1]: …", and "[Footnote 1: …]" (also
  "[Footnote: …]", "[Footnote A: …]"), Project Gutenberg's transcription of a note, set after the
  paragraph or the page it belongs to, which ends at the bracket that closes it, maybe blocks on
  (or, where the transcriber left it unclosed, just before the "[Footnote" that follows it).

In a notes section a bare number also labels a body ("1 Parish register."), as the next number of
its run only: elsewhere a line starts so in running text ("12 men came").

Otherwise a run of labelled blocks is taken only when the text has a marker for one of its labels:
a numbered list after a rule or under "References", with no marker in the text, stays a list.
A body inside a block — under "Notes:" on the same block, or on the line below its paragraph — is
split off first.

Each body becomes a `NoteBody` with its label as written in `marker_text`; each further paragraph
of a body a `NoteBody` with the same label and no marker text. The rule line is layout and emits
nothing. The closing "]" of a "[Footnote …: …]" body is kept as its own text node, so that the
body as found can be written back unchanged if no marker claims it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..blocks import Block
from ..inline.notes import FOOTNOTE_HEAD, LABEL, NUMBER, bracket_pairs, find_markers, match_key, normal_label
from ..model import NoteBody, Text
from ..reader import ReaderState
from .annotations import ANNOTATION
from .headings import heading_style, is_heading_shaped, markdown_heading
from .text import bold_inner

NOTES_HEADING = re.compile(r"^(?:(?:foot|end)?notes|references)\s*[.:]?$", re.IGNORECASE)
RULE_LINE = re.compile(r"^([-_*=~—–─━])(?:[ \t]{0,3}\1){2,}$")
FOOTNOTE = "footnote"  # the style of "[Footnote …: …]" bodies
MARKDOWN = "markdown"  # the style of "[^1]: …" bodies
# A "[Footnote …]" body is looked for this many blocks on at most (a long note has a few paragraphs).
MAX_NOTE_BLOCKS = 30

_LABEL = re.compile(
    r"(?P<markdown>\[\^[\w-]{1,30}\]:)"
    rf"|(?P<bracket>\^?\[(?:{LABEL})\])(?=\s|$)"
    rf"|(?P<caret>\^{NUMBER})(?=\s|$)"
    rf"|(?P<number>{NUMBER}[.)])(?=\s|$)"
    rf"|(?P<paren>\({NUMBER}\))(?=\s|$)"
    r"|(?P<superscript>[⁰¹²³⁴-⁹]{1,3})(?![⁰¹²³⁴-⁹])"
    r"|(?P<symbol>\*{1,3}(?=\s)|†{1,3}|‡{1,3}|§{1,3})"  # "*" needs a space: "*word*" is emphasis
)
_SPACES = re.compile(r"\s*")
# "1 Parish register": a number and a space open a body only in a notes section, and only the next
# number of its run (elsewhere a line starts so in running text: "12 men came").
_BARE = re.compile(rf"({NUMBER})[ \t]+(?=\S)")
BARE = "bare"
# A line after the first of a block that `body_label` may find a label at (and some more): one
# search tells that most blocks have none, without a look at each line.
_LATER_LINE_MAY_START_BODY = re.compile(rf"\n(?:{FOOTNOTE_HEAD.pattern}|{_LABEL.pattern})")
# The body style a marker's way of writing matches: "word[16]" and "[16] …", "word¹" and "¹ …".
_BODY_STYLE_OF_MARKER = {"bracket": "bracket", "caret_bracket": "bracket", "superscript": "superscript",
                         "caret": "caret"}
_MARKED_BODY_STYLES = frozenset(_BODY_STYLE_OF_MARKER.values())


@dataclass(frozen=True)
class BodyLabel:
    label: str  # "1", "*", "note" ("" for "[Footnote: …]")
    style: str  # how it is written; the bodies of one run share a style
    written: str  # the label as written: "[1]", "1.", "[Footnote 1:"
    end: int  # where the body's text starts

    @property
    def key(self) -> str:
        return match_key(self.label, self.style == "paren")


def body_label(text: str, bare: bool = False) -> BodyLabel | None:
    """The note label `text` starts with, if any; a bare number ("1 …") only if `bare`."""
    head = FOOTNOTE_HEAD.match(text)
    if head:
        label = head.group("label") or head.group("late_label") or ""
        return BodyLabel(normal_label(label), FOOTNOTE, head.group().rstrip(), head.end())
    match = _LABEL.match(text)
    if not match:
        if bare and (match := _BARE.match(text)):
            return BodyLabel(match.group(1), BARE, match.group(1), match.end())
        return None
    written = match.group()
    end = _SPACES.match(text, match.end()).end()
    return BodyLabel(normal_label(written.strip("[]^().:")), match.lastgroup or "", written, end)


def is_notes_heading(text: str) -> bool:
    """A heading line over notes: "Notes", "FOOTNOTES:", "**Endnotes**", "## References", "Notes" over "-----"."""
    marked = markdown_heading(text)
    if marked is not None:
        text = marked[0]
    flat = (bold_inner(text) or text).strip().lstrip("#").strip()
    return bool(NOTES_HEADING.match(flat))


@dataclass
class _Piece:
    """One `NoteBody` to emit: a body, or a further paragraph of one (`written` empty)."""

    label: str
    written: str
    line: int
    lines: list[str] = field(default_factory=list)
    closing: str = ""  # the "]" closing a "[Footnote …: …]" body

    def node(self) -> NoteBody:
        parts = ("\n".join(self.lines), self.closing)
        return NoteBody(self.label, [Text(part) for part in parts if part], self.line, self.written)


def note_bodies(state: ReaderState, pos: int) -> int:
    block = state.blocks[pos]
    if RULE_LINE.match(block.text):
        return _section(state, pos + 1, separator=1)
    if block.line_count > 1 and RULE_LINE.match(block.first_text) and body_label(block.lines[1].text, bare=True):
        state.split_block(pos, 1)  # the rule, and the bodies on the lines below it
        return _section(state, pos + 1, separator=1)
    label = body_label(block.first_text)
    if label is None:
        if pos and _BARE.match(block.first_text) and is_notes_heading(state.blocks[pos - 1].text):
            return _section(state, pos, separator=0)
        _split_before_body(state, pos)
        return 0
    if label.style == FOOTNOTE:
        return _footnotes(state, pos)
    if label.style == MARKDOWN:
        return _emit(state, *_line_run(state, pos, MARKDOWN, paragraphs=False))
    if pos and is_notes_heading(state.blocks[pos - 1].text):
        return _section(state, pos, separator=0)
    if pos and label.key in {found.key for found in find_markers(state.blocks[pos - 1].text)}:
        return _emit(state, *_line_run(state, pos, label.style, paragraphs=False))
    first_marker = _first_marker_line(state, label)
    if first_marker is not None and first_marker < block.line:
        return _emit(state, *_line_run(state, pos, label.style, paragraphs=False))
    trailing = state.fact("note_trailing_line", _trailing_line)
    if trailing is not None and block.line >= trailing:
        pieces, taken = _line_run(state, pos, None, paragraphs=False)
        return _emit(state, pieces, taken) if _has_marker(state, pieces) else 0
    return 0


def _emit(state: ReaderState, pieces: list[_Piece], taken: int) -> int:
    for piece in pieces:
        state.emit(piece.node())
    return taken


def _section(state: ReaderState, pos: int, separator: int) -> int:
    """The bodies of a notes section starting at block `pos`, after `separator` blocks of rule."""
    if pos >= len(state.blocks):
        return 0
    label = body_label(state.blocks[pos].first_text, bare=True)
    if label is None or label.style == FOOTNOTE or (label.style == BARE and label.label != "1"):
        return 0
    pieces, taken = _line_run(state, pos, None, paragraphs=True)
    if not _has_marker(state, pieces):
        return 0
    return separator + _emit(state, pieces, taken)


@dataclass(frozen=True)
class _Markers:
    """The markers of the whole text (read from the source, as `_trailing_line` is)."""

    keys: frozenset[str]
    first_lines: dict[tuple[str, str], int]  # (body style the marker is written like, key) → its first line


def _markers(state: ReaderState) -> _Markers:
    return state.fact("note_markers", _find_all_markers)


def _find_all_markers(state: ReaderState) -> _Markers:
    found = list(find_markers(state.source.text))
    first_lines: dict[tuple[str, str], int] = {}
    for marker in found:
        if marker.kind in _BODY_STYLE_OF_MARKER:
            first_lines.setdefault((_BODY_STYLE_OF_MARKER[marker.kind], marker.key), marker.line + 1)
    return _Markers(frozenset(marker.key for marker in found), first_lines)


def _first_marker_line(state: ReaderState, label: BodyLabel) -> int | None:
    """The first line with a marker written the way `label` is, if any. Only some body styles
    have such markers: for the others the text's markers (a costly search) are not looked up."""
    if label.style not in _MARKED_BODY_STYLES:
        return None
    return _markers(state).first_lines.get((label.style, label.key))


def _has_marker(state: ReaderState, pieces: list[_Piece]) -> bool:
    keys = _markers(state).keys
    return any(match_key(piece.label, piece.written.startswith("(")) in keys for piece in pieces if piece.written)


def _trailing_line(state: ReaderState) -> int | None:
    """The line where the text's closing run of labelled blocks starts, if it has one.

    Read from the document's blocks, not `state.blocks`: the fact is shared with the readers of
    nested units.
    """
    start = None
    for block in reversed(state.document_blocks):
        label = body_label(block.first_text)
        if label is None or label.style == FOOTNOTE:
            break
        start = block.line
    return start


def _line_run(state: ReaderState, pos: int, style: str | None, paragraphs: bool) -> tuple[list[_Piece], int]:
    """Consecutive blocks of bodies labelled in `style` (any style but "[Footnote …]" if None),
    and (in a notes section, `paragraphs`) the unlabelled blocks that continue them. Within a
    block, a line labelled like the block's first line opens a body; other lines are the previous
    body's wrapped text."""
    pieces: list[_Piece] = []
    taken = 0
    while pos + taken < len(state.blocks):
        block = state.blocks[pos + taken]
        first = body_label(block.first_text, bare=paragraphs)
        if first is not None and first.style == BARE and not _next_number(pieces, first):
            first = None
        if first is not None:
            if first.style == FOOTNOTE or style not in (None, first.style):
                break
            for line in block.lines:
                label = body_label(line.text, bare=first.style == BARE)
                if label is not None and label.style == first.style and (label.style != BARE or _next_number(pieces, label)):
                    rest = line.text[label.end :]
                    pieces.append(_Piece(label.label, label.written, line.number, [rest] if rest else []))
                else:
                    pieces[-1].lines.append(line.text)
        elif paragraphs and _continues_body(block):
            pieces.append(_Piece(pieces[-1].label, "", block.line, [block.text]))
        else:
            break
        taken += 1
    return pieces, taken


def _next_number(pieces: list[_Piece], label: BodyLabel) -> bool:
    """A bare number opens a body only as the next of its run: "1", then "2"."""
    numbers = [piece.label for piece in pieces if piece.written]
    return label.label == str(int(numbers[-1]) + 1 if numbers and numbers[-1].isdigit() else 1)


def _continues_body(block: Block) -> bool:
    """An unlabelled block in a notes section is a further paragraph of the note above it, unless
    it starts something else: a heading, a rule, an annotation, or stands after a wider gap."""
    text = block.text
    style = heading_style(text)
    return (block.blank_before <= 1 and not RULE_LINE.match(text) and not ANNOTATION.match(text)
            and not is_notes_heading(text) and not (style is not None and is_heading_shaped(text, style)))


def _footnotes(state: ReaderState, pos: int) -> int:
    """Consecutive "[Footnote …: …]" bodies from block `pos`, each ending at the end of the line
    where its closing bracket stands (a body closed mid-line is a note in the running text, left
    to the inline stage). A block where the bodies stop mid-way is split there."""
    window = state.blocks[pos : pos + MAX_NOTE_BLOCKS]
    joined = "\n\n".join(block.text for block in window)  # a block's text has no blank line
    window_lines = [block.text.split("\n") for block in window]
    lines: list[tuple[int, int, int]] = []  # (offset in joined, block index, line index)
    offset = 0
    for index, block_lines in enumerate(window_lines):
        for number, line in enumerate(block_lines):
            lines.append((offset, index, number))
            offset += len(line) + 1
        offset += 1
    pairs = bracket_pairs(joined)
    pieces: list[_Piece] = []
    current = 0
    while current < len(lines):
        start, index, number = lines[current]
        label = body_label(window_lines[index][number])
        end = _footnote_end(joined, pairs, lines, current, window_lines) if label and label.style == FOOTNOTE else None
        if end is None:
            break
        closing = "]" if pairs.get(start) == end - 1 else ""
        for piece_number, text in enumerate(joined[start + label.end : end - len(closing)].split("\n\n")):
            first = window[index + piece_number].line
            pieces.append(_Piece(label.label, label.written if piece_number == 0 else "",
                                 first + number if piece_number == 0 else first, [text] if text else []))
        pieces[-1].closing = closing
        while current < len(lines) and lines[current][0] < end:
            current += 1
    if not pieces:
        return 0
    if current == len(lines):
        return _emit(state, pieces, len(window))
    _start, index, number = lines[current]
    if number:
        state.split_block(pos + index, number)
        index += 1
    return _emit(state, pieces, index)


def _footnote_end(joined: str, pairs: dict[int, int], lines: list[tuple[int, int, int]], current: int,
                  window_lines: list[list[str]]) -> int | None:
    """Where the "[Footnote …: …]" body opening line `current` ends (an offset in `joined`, past
    its end): after its closing bracket, if that ends a line and no other body opens before it.
    A transcriber sometimes forgot the bracket (or the one found closes a stray "[" in the note):
    then the body runs up to the next "[Footnote", if that opens a later line of the same block
    or the next block."""
    start, index, _number = lines[current]
    close = pairs.get(start)
    for following in range(current + 1, len(lines)):
        offset, block_index, number = lines[following]
        if close is not None and offset > close:
            break
        if close is None and (block_index > index + 1 or (block_index == index + 1 and number)):
            break
        if FOOTNOTE_HEAD.match(window_lines[block_index][number]):
            return offset - (1 if block_index == index else 2)  # the end of the line or block before
    if close is not None and joined[close + 1 : close + 2] in ("", "\n"):
        return close + 1
    return None


def _split_before_body(state: ReaderState, pos: int) -> None:
    """Give a body that starts inside block `pos` a block of its own: a line with a label under
    a "Notes:" line or under a line with its marker, or a "[Footnote …: …]" or "[^1]: …" line."""
    block = state.blocks[pos]
    if block.line_count < 2 or not _LATER_LINE_MAY_START_BODY.search(block.text, len(block.first_text)):
        return
    marker_lines: dict[str, int] | None = None  # label → the first line (index) with such a marker
    for number, line in enumerate(block.lines[1:], start=1):
        label = body_label(line.text)
        if label is None:
            continue
        if label.style not in (FOOTNOTE, MARKDOWN) and not (number == 1 and is_notes_heading(block.first_text)):
            if marker_lines is None:
                marker_lines = _marker_lines(block)
            if marker_lines.get(label.key, number) >= number:
                continue
        state.split_block(pos, number)
        return


def _marker_lines(block: Block) -> dict[str, int]:
    """For each marker (by its matching key) in the block, the index of the first line that has it."""
    found: dict[str, int] = {}
    for marker in find_markers(block.text):
        found.setdefault(marker.key, marker.line)
    return found
