"""Properties of the whole conversion, for generated texts that mix every genre and some garbage.

For any text: conversion terminates, the output is well-formed and valid against schema/teiconv.rng,
deterministic, and no word of the source is lost. The "ci" profile (the default, conftest.py) runs
300 examples; `pytest --hypothesis-profile=long tests/test_properties.py` runs 10,000.
"""

from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

import teiconv
from teiconv.diagnostics import TeiconvError
from teiconv.validate import validate_bytes

from conftest import lost_words

WORDS = st.sampled_from(
    "the letter was sent on Monday and arrived late said Mr Brown to Anna friends comrades report "
    "treaty river 1862 1958 2014 March May April 12 3 I II first".split()
)
SENTENCE = st.builds(lambda ws, end: " ".join(ws).capitalize() + end, st.lists(WORDS, min_size=1, max_size=14),
                     st.sampled_from([".", "!", "?", "", ",", ":", "…"]))
LINE = st.one_of(
    SENTENCE,
    st.sampled_from([
        "Dear Sir,", "Yours faithfully,", "With best wishes,", "From: The Committee", "To: Dr A. Smith",
        "Summary:", "Citation:", "Present: Mr Brown, Dr Smith", "P.S. Do write.", "[Handwritten: seen]",
        "**A Bold Title**", "CHAPTER I", "1. First item", "2. Second item", "- bullet", "> quoted line",
        "March 8, 2024", "LONDON – 6 August 2014", "August 12, 2014 at 2:15 pm", "HAMLET. To be.",
        "Q: Why?", "A: Because.", "(Exit.)", "Notes", "---", "[1] A note body.", "word[1] and more¹ text*",
        "“An opening quote", "a closing one.”", "[sic] [help] [...] [then Minister]", "*it* _it_ **b**",
        "http://example.org/x?y=1", "a@b.org", "\u00a0\u200b indented", "\t\ttabbed", "¹ superscript body",
        "Brown says that the plan works.", "continues Brown, the end.", "\"straight\" 'single' ‘curly’",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)
TEXT = st.lists(st.tuples(LINE, st.sampled_from(["\n", "\n\n", "\n\n\n", "\n  ", "\r\n", "\f\n"])),
                min_size=1, max_size=25).map(lambda parts: "".join(line + sep for line, sep in parts))


def convert_bytes(text: str) -> bytes | None:
    try:
        return teiconv.to_bytes(teiconv.convert_text(text, "generated.txt"))
    except TeiconvError:
        return None  # refused with a message (e.g. an empty text): allowed


@given(TEXT)
@example("Dear Sir,\nYours faithfully,\n")
@example("[1]\n\n[1] x\n")
@example("\x00\x01 control \ufffe characters \uffff")
def test_any_text_converts_to_valid_deterministic_tei_without_losing_words(text):
    data = convert_bytes(text)
    if data is None:
        assert not text.strip() or "\x00" in text
        return
    tree = etree.fromstring(data)  # well-formed
    assert validate_bytes(data, "generated.xml") == []
    assert convert_bytes(text) == data
    assert lost_words(text, tree) == []
