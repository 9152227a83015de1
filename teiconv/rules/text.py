"""Small predicates on lines of text that several recognisers share."""

from __future__ import annotations

import re
from functools import lru_cache

TERMINAL = tuple(".!?;:,…")
CLOSING_QUOTES = "\"'”’»)]"
_WORD = re.compile(r"\w+")
_BOLD = re.compile(r"^\*\*(?P<inner>[^*].*?)\*\*$", re.S)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def more_words_than(text: str, limit: int) -> bool:
    """`text` has more than `limit` words. The pattern stops after them, so a long paragraph is
    not read to its end to tell it from a short line."""
    return _words_pattern(limit + 1).match(text) is not None


@lru_cache(maxsize=None)
def _words_pattern(count: int) -> re.Pattern:
    # Possessive: a word is never split in two to make up the count.
    return re.compile(rf"(?:\W*+\w++){{{count}}}")


# A footnote marker at the very end ("came.[1]", "came.¹", "came.*"): not part of the sentence.
TRAILING_NOTE_MARKER = re.compile(r"(?:\^?\[\^?\w{1,3}\]|\^\w{1,3}|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡§]{1,3})$")
LONGEST_NOTE_MARKER = 7  # "^[^abc]": no match of TRAILING_NOTE_MARKER is longer


def trailing_note_marker(text: str) -> re.Match | None:
    """The footnote marker `text` ends with, if any. Only its last characters are searched (and a
    final newline, before which `$` matches too): a search of the whole text would try the pattern
    at every character of a long paragraph."""
    return TRAILING_NOTE_MARKER.search(text, max(0, len(text) - LONGEST_NOTE_MARKER - 1))


def ends_sentence(text: str) -> bool:
    """The text ends with terminal punctuation, looking through closing quotes, brackets and a
    footnote marker."""
    stripped = text.rstrip()
    marker = trailing_note_marker(stripped)
    if marker:
        stripped = stripped[: marker.start()]
    return stripped.rstrip(CLOSING_QUOTES).endswith(TERMINAL)


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
_FIRST_WORD = re.compile(r"\W*(\w+)")


def ends_on_function_word(text: str) -> bool:
    """The last word is read as the first word of the text reversed: a search for the last word
    from the start would try the pattern at every character of a paragraph."""
    last = _FIRST_WORD.match(text[::-1])
    return bool(last and last.group(1)[::-1].lower() in _FUNCTION_WORDS)
