"""Footnote markers in running text → `NoteMarker`; a footnote written into the running text
("… advancement. [Footnote: Washington's own words]") → a `Note` where it stands.

A marker is taken by its shape and its place: glued to the end of a word or of punctuation
("dead.[1]", "1958^[1]", "word¹", "said*", "law(1)"); a bracketed number or symbol may also stand
after one space ("W. [*]"), or open a line that hard wrapping started with it ("…and power.\n[41]
Nor was…"), but not a line that starts a paragraph or stands in a run of lines that start so:
there "[1]" opens a list item or a note body.

Whether a marker *is* a footnote marker is decided later, when the notes pass meets a body with
its label: shapes that also mean other things ("m²", "f(1)", "Smith†") go back to text when no
body claims them. So this module only excludes what is certainly something else:

- `*` that closes emphasis (`*word*`, `**bold**`: the emphasis rule says where emphasis is) or
  stands between operands (`3 * 4`, `3*4`);
- four-digit numbers in brackets (`[1958]`: a year the editor supplied), and powers (`10²`, `10^2`);
- a letter in brackets after a space (`[a] man`, `[I] said`: supplied words); `Arnold[A]` is a marker.

`find_markers` is shared with the reader, which asks whether a text has a marker for a body's label
before it takes a labelled block for a note body.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ..model import Note, NoteMarker
from . import AnchoredPattern, InlineContext, InlineMatch
from .emphasis import emphasis

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Symbols repeat per page in print; a doubled symbol is a label of its own ("**" after "*").
SYMBOL_RUN = r"\*{1,3}|†{1,3}|‡{1,3}|§{1,3}"
NUMBER = r"\d{1,3}"  # four digits are a year, not a note number
LABEL = rf"{NUMBER}|{SYMBOL_RUN}"
# "[Footnote 1: …]", "[Footnote A: …]", "[Footnote *: …]", "[Footnote: 1: …]", "[Footnote: …]":
# how Project Gutenberg transcribers write a note's text; the label group is absent when unnumbered.
FOOTNOTE_HEAD = re.compile(
    rf"\[(?i:footnote)(?:\s+(?P<label>{LABEL}|[A-Z])|\s*:\s*(?P<late_label>{NUMBER})\s*)?\s*:\s*"
)

_MARKER = AnchoredPattern(
    rf"\[(?i:footnote)\s+(?P<footnote>{LABEL}|[A-Z])\]"  # [Footnote 1]
    rf"|\^\[(?P<caret_bracket>{LABEL})\]"  # ^[1]
    r"|\[\^(?P<markdown>[\w-]{1,30})\]"  # [^1], [^note]
    rf"|\[(?P<bracket>{LABEL}|[A-Z])\]"  # [1], [*], [A]
    rf"|\^(?P<caret>{NUMBER})(?!\d)"  # ^1
    rf"|\((?P<paren>{NUMBER})\)"  # (1)
    r"|(?P<superscript>[⁰¹²³⁴-⁹]{1,3})(?![⁰¹²³⁴-⁹])"  # ¹²
    rf"|(?P<symbol>{SYMBOL_RUN})",  # * † ‡ § ** ††
    first="[^(⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§",
)
# Shapes nothing else could mean: unresolved, they deserve a warning even in a text with no notes.
EXPLICIT_KINDS = frozenset({"footnote", "caret_bracket", "markdown"})
# Shapes that mean a note only when a body claims them: "f(1)" is a function, "(1)" an enumeration.
SILENT_KINDS = frozenset({"paren"})
_BRACKET_CHARS = re.compile(r"[\[\]]")
_LABEL_LINE = re.compile(r"[ \t]*\^?\[[^\]\n]{1,30}\]")  # a line that starts with a bracketed label


class FoundMarker(NamedTuple):
    start: int
    end: int
    label: str
    kind: str
    line: int  # counted from 0, the first line of the text searched

    @property
    def key(self) -> str:
        return match_key(self.label, self.kind == "paren")


def match_key(label: str, parenthesised: bool) -> str:
    """What markers and bodies are matched by. A number in parentheses pairs only with its like:
    "word(1)" is a note marker only where a body "(1) …" is, and a body "(1) …" only answers it."""
    return f"({label})" if parenthesised else label


def normal_label(label: str) -> str:
    """The label markers and bodies are matched by: "¹" and "1" are one label."""
    return label.translate(SUPERSCRIPT_DIGITS)


def marker_kind(text: str) -> str | None:
    """The kind of a marker as written ("^[1]" → "caret_bracket")."""
    match = _MARKER.regex.fullmatch(text)
    return match.lastgroup if match else None


def find_markers(text: str) -> Iterator[FoundMarker]:
    """Every footnote marker candidate in `text`, in order."""
    emphasis_ends = {match.end for match in emphasis(text, InlineContext())} if "*" in text else set()
    line, counted = 0, 0
    for match in _MARKER.finditer(text):
        kind = match.lastgroup or ""
        label = match.group(kind)
        if _in_place(text, match.start(), match.end(), kind, label, emphasis_ends):
            line += text.count("\n", counted, match.start())
            counted = match.start()
            yield FoundMarker(match.start(), match.end(), normal_label(label), kind, line)


def _in_place(text: str, start: int, end: int, kind: str, label: str, emphasis_ends: set[int]) -> bool:
    """The marker stands where markers stand (see the module docstring)."""
    if kind == "footnote":
        return True
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not before and kind in EXPLICIT_KINDS:
        # A text may start mid-line, after a span the reader made ("<date>1958</date>^[1]");
        # "[^1]:" at the start is a body's label, not a marker.
        return not (kind == "markdown" and after == ":")
    if not before or before.isspace():
        if kind == "paren":
            return _loose_paren(text, start, end)
        if not (kind == "markdown" or (kind == "bracket" and not label.isalpha())):
            return False
        if before == "\n":
            return _wrapped_line_start(text, start)
        # One space inside a line: "W. [*]", "see [1]".
        return before == " " and start >= 2 and not text[start - 2].isspace()
    if kind in ("superscript", "caret"):
        return not before.isdigit() and not after.isalnum()
    if kind == "symbol":
        symbol = text[start]
        return (before != symbol and after != symbol and not after.isalnum() and end not in emphasis_ends
                and before not in "([{")
    if kind == "paren":
        return before not in "([{"
    return True


def _loose_paren(text: str, start: int, end: int) -> bool:
    """"(1)" after one space within a line ("the channel (1). Its"): a marker only if bodies
    labelled "(1)" answer it in order, which the notes pass sees. What opens or continues an
    enumeration is never one: after a colon, comma or semicolon ("reasons: (1) cost, (2) time"),
    or glued to what follows ("(1)a")."""
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace() or text[start - 2] in ":;,([{":
        return False
    return not (end < len(text) and text[end].isalnum())


def _wrapped_line_start(text: str, start: int) -> bool:
    """The line that starts at `start` continues a paragraph: the line above has text, and neither
    it nor the line below starts with a bracketed label (as a list's lines do)."""
    above_start = text.rfind("\n", 0, start - 1) + 1
    above = text[above_start : start - 1]
    below_start = text.find("\n", start) + 1
    below_labelled = below_start and _LABEL_LINE.match(text, below_start)
    return bool(above.strip()) and not _LABEL_LINE.match(above) and not below_labelled


def bracket_pairs(text: str) -> dict[int, int]:
    """For each "[" of `text`, the index of the "]" that closes it (one pass, nesting respected)."""
    pairs: dict[int, int] = {}
    open_at: list[int] = []
    for match in _BRACKET_CHARS.finditer(text):
        if match.group() == "[":
            open_at.append(match.start())
        elif open_at:
            pairs[open_at.pop()] = match.start()
    return pairs


def footnote(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    """Footnote markers, and "[Footnote …: …]" written into the running text (a note in place)."""
    for found in find_markers(text):
        yield InlineMatch(found.start, found.end,
                          lambda _c, f=found: NoteMarker(f.label, text[f.start : f.end], context.line + f.line,
                                                         loose=f.kind == "paren" and text[f.start - 1] == " "))
    if "[" not in text:  # quick rejection: a note in place needs a bracket, and most texts have none
        return
    heads = list(FOOTNOTE_HEAD.finditer(text))
    pairs = bracket_pairs(text) if heads else {}
    for head in heads:
        close = pairs.get(head.start())
        if close is not None:
            label = normal_label(head.group("label") or head.group("late_label") or "")
            yield InlineMatch(head.start(), close + 1, lambda children, n=label: Note(n, children),
                              inner=(head.end(), close))
