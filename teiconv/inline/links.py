"""URLs and e-mail addresses → links. A URL in angle brackets keeps its brackets outside the link."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Span, Text
from . import InlineContext, InlineMatch

# A URL ends before trailing punctuation that belongs to the sentence.
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"“”]{1,2000}?(?=[.,;:!?)\]’”'\"]*(?:\s|$|<|>))")
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")


def url(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    if "://" not in text and "www." not in text:
        return
    for match in _URL.finditer(text):
        address = match.group()
        target = address if "://" in address else f"http://{address}"
        yield InlineMatch(match.start(), match.end(), lambda _c, a=address, t=target: Span("link", [Text(a)], {"target": t}))


def email(text: str, context: InlineContext) -> Iterator[InlineMatch]:
    if "@" not in text:
        return
    for match in _EMAIL.finditer(text):
        address = match.group()
        yield InlineMatch(match.start(), match.end(),
                          lambda _c, a=address: Span("link", [Text(a)], {"target": f"mailto:{a}"}))
