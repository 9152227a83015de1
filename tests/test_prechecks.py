"""Cheap checks that let the block rules turn a block away early must never change a result: each is
compared, on generated texts, with the plain definition it stands for."""

import importlib
import re

from hypothesis import given
from hypothesis import strategies as st

from teiconv.blocks import Line, split_blocks
from teiconv.rules.lists import _ITEM, _items_of_block
from teiconv.rules.text import (TRAILING_NOTE_MARKER, ends_on_function_word, is_all_caps, more_words_than,
                                trailing_note_marker, words)

notes = importlib.import_module("teiconv.rules.notes")
speech = importlib.import_module("teiconv.rules.speech")
text_module = importlib.import_module("teiconv.rules.text")

# Texts made of the characters the rules look at: labels, brackets, marks, capitals, white space.
PIECES = st.sampled_from(
    ["[1]", "[16]", "^[2]", "[^3]", "^4", "(5)", "¹", "²³", "*", "**", "†", "§", "1.", "12)", "a)", "(iv)", "- ",
     "• ", "> ", "[Footnote 1: ", "[Footnote: ", "]", "Hamlet", "HAMLET", "Mrs. Bell", "Q", "A", ":", ".", ". ",
     ",", "the", "word", "é", "ß", "_", "(aside)", "12:01", "[12:01]", "<alice>", " ", "  ", "\t", "\n", "\u00a0",
     "—", "…", "“", "”", "'", "by", "The", "İ"]
)
TEXT = st.lists(PIECES, max_size=14).map("".join)
LINE_TEXT = TEXT.map(str.strip).filter(bool).filter(lambda text: "\n" not in text)


@given(LINE_TEXT, st.lists(LINE_TEXT, min_size=1, max_size=4))
def test_block_search_finds_every_later_line_with_a_body_label(first, later):
    text = "\n".join([first, *later])
    if any(notes.body_label(line) for line in later):
        assert notes._LATER_LINE_MAY_START_BODY.search(text, len(first))


@given(TEXT)
def test_trailing_marker_searched_at_the_end_is_the_one_found_anywhere(text):
    found, whole = trailing_note_marker(text), TRAILING_NOTE_MARKER.search(text)
    assert (found and found.span()) == (whole and whole.span())


def test_longest_trailing_markers_are_found():
    for text in ("word^[^abc]", "word^[^abc]\n", "word[12]", "word(123)", "word***"):
        assert trailing_note_marker(text).span() == TRAILING_NOTE_MARKER.search(text).span()


@given(TEXT, st.integers(min_value=0, max_value=6))
def test_more_words_than_counts_as_words_does(text, limit):
    assert more_words_than(text, limit) == (len(words(text)) > limit)


@given(TEXT)
def test_all_caps_is_three_letters_all_capitals(text):
    letters = [char for char in text if char.isalpha()]
    assert is_all_caps(text) == (len(letters) >= 3 and all(char.isupper() for char in letters))


@given(st.lists(LINE_TEXT, min_size=1, max_size=4))
def test_a_block_with_items_opens_with_one(lines):
    if _items_of_block(lines):
        assert _ITEM.match("\n".join(lines))


@given(LINE_TEXT)
def test_a_chat_line_has_a_colon(text):
    if ":" not in text:
        assert not any(pattern.match(text) for pattern in speech._CHAT)


@given(TEXT)
def test_a_label_read_in_place_is_the_label_of_the_copied_line(text):
    """What `_label` decides from the label's line in place, decided on copies of it."""
    label = speech._label(text)
    match = speech._LABEL.match(text)
    if label is None or match is None:
        return
    line_rest, _, more = text[match.end():].partition("\n")
    assert label.rest == text[match.end():]
    assert label.lines == text[: match.end()].count("\n")
    assert not line_rest or line_rest[0].isspace()
    if line_rest.strip():
        assert re.match(speech._SPEECH_START.pattern, line_rest) or ":" in (match.group("term"), match.group("term2"))


@given(st.lists(st.sampled_from(["", " ", "\f", "word", "  indented", "x" * 120, "\u00a0y\u2003"]), max_size=12))
def test_blocks_keep_their_lines_and_text(raw_lines):
    text = "\n".join(raw_lines)
    for block in split_blocks(text):
        assert all(type(line) is Line for line in block.lines)
        assert block.text == "\n".join(line.text for line in block.lines)
        for line in block.lines:
            raw = text.split("\n")[line.number - 1].replace("\f", " ")
            assert line.indent == len(raw) - len(raw.lstrip(" \u00a0\u2003"))


@given(TEXT)
def test_last_word_read_backwards_is_the_last_word(text):
    last = re.search(r"(\w+)\W*$", text)
    assert ends_on_function_word(text) == bool(last and last.group(1).lower() in text_module._FUNCTION_WORDS)


def test_function_word_at_the_end():
    assert ends_on_function_word("It was written by the")
    assert ends_on_function_word("Sent to…\n")
    assert not ends_on_function_word("The end.")
    assert not ends_on_function_word("—")
