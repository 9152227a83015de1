"""Small predicates on lines of text that several recognisers share."""

from __future__ import annotations

import re

TERMINAL = tuple(".!?;:,…")
CLOSING_QUOTES = "\"'”’»)]"
_WORD = re.compile(r"\w+")
_BOLD = re.compile(r"^\*\*(?P<inner>[^*].*?)\*\*$", re.S)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# A footnote marker at the very end ("came.[1]", "came.¹", "came.*"): not part of the sentence.
TRAILING_NOTE_MARKER = re.compile(r"(?:\^?\[\^?\w{1,3}\]|\^\w{1,3}|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡§]{1,3})$")


def ends_sentence(text: str) -> bool:
    """The text ends with terminal punctuation, looking through closing quotes, brackets and a
    footnote marker."""
    stripped = TRAILING_NOTE_MARKER.sub("", text.rstrip()).rstrip(CLOSING_QUOTES)
    return stripped.endswith(TERMINAL)


def is_all_caps(text: str) -> bool:
    """At least three letters, all capitals. Stops at the first small letter: prose is turned
    away at its second character."""
    letters = 0
    for char in text:
        if char.isalpha():
            if not char.isupper():
                return False
            letters += 1
    return letters >= 3


def bold_inner(text: str) -> str | None:
    """The text inside a wholly bold line (`**…**`, Markdown from copy-paste), else None."""
    match = _BOLD.match(text.strip())
    return match.group("inner") if match else None


def starts_lowercase(text: str) -> bool:
    for char in text:
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


# Words that cannot end an English sentence or title: a text stopping on one was cut off.
_FUNCTION_WORDS = {
    "the", "a", "an", "of", "to", "and", "but", "or", "nor", "in", "with", "for", "that", "which", "by", "from",
    "on", "at", "as", "his", "her", "their", "our", "its", "my", "your", "this", "these", "those", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "not", "than", "into", "upon", "who", "whom", "whose",
    "if", "when", "while", "because", "although", "so", "very", "more", "most", "such",
}
_LAST_WORD = re.compile(r"(\w+)\W*$")


def ends_on_function_word(text: str) -> bool:
    last = _LAST_WORD.search(text)
    return bool(last and last.group(1).lower() in _FUNCTION_WORDS)
