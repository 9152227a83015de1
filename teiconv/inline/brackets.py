"""Square brackets in running text: what the editor, translator or annotator added.

- "[Handwritten: …]", "[stamp: …]": an annotation on the document → an annotation span of that type;
- "[help]": one to three words completing the sentence → supplied;
The brackets themselves are the source's way of marking these; TEI says it with the element.
- "[then Foreign Secretary]", "[being … ]": an explanatory interpolation (four words or more, or
  one that opens with "then", "i.e.", "sic" …) → a remark, kept apart from the words around it;
- "[…]", "[...]": the source's own omission mark, kept as text;
- "[text](https://…)": a Markdown link.
Note markers ("[1]") are claimed earlier by the note rule.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Span
from ..rules.annotations import annotation_type
from . import InlineContext, InlineMatch

_BRACKET = re.compile(r"\[([^\[\]\n]{1,400})\]")
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^\s()]{1,2000})\)")
_ANNOTATION = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(?P<body>.+)$", re.S)
_OMISSION = re.compile(r"^\s*(?:\.\s*){2,}\.?\s*$|^\s*…\s*$")
_REMARK_OPENERS = {"then", "i.e.", "ie", "e.g.", "eg", "sic", "that", "namely", "viz.", "ed.", "emphasis",
                   "being", "note", "editor", "translator", "author", "the", "a", "an", "this", "these", "now",
                   "later", "formerly", "presumably", "probably", "meaning", "sc.", "read", "cf."}
MAX_SUPPLIED_WORDS = 3


def bracket_kind(inner: str) -> str | None:
    """What a bracketed text is: 'annotation', 'supplied', 'remark' or None (kept as text)."""
    if _OMISSION.match(inner):
        return None
    if _ANNOTATION.match(inner):
        return "annotation"
    words = inner.split()
    if not words:
        return None
    if words[0].lower() in _REMARK_OPENERS and (len(words) > 1 or words[0].lower() == "sic"):
        return "remark"
    return "supplied" if len(words) <= MAX_SUPPLIED_WORDS else "remark"


def bracket(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    if "[" not in text:
        return
    for match in _LINK.finditer(text):
        target = match.group(2)
        yield InlineMatch(match.start(), match.end(), lambda children, t=target: Span("link", children, {"target": t}),
                          inner=(match.start(1), match.end(1)))
    for match in _BRACKET.finditer(text):
        inner = match.group(1)
        kind = bracket_kind(inner)
        if kind is None:
            continue
        if kind == "annotation":
            found = _ANNOTATION.match(inner)
            assert found is not None
            label = found.group("label")
            body_start = match.start(1) + found.start("body")
            yield InlineMatch(
                match.start(), match.end(),
                lambda children, t=annotation_type(label): Span("annotation", children, {"type": t}),
                inner=(body_start, match.end(1)),
            )
        else:
            yield InlineMatch(
                match.start(), match.end(),
                lambda children, k=kind: Span(k, children),
                inner=(match.start(1), match.end(1)),
            )
