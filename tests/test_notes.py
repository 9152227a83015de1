"""Footnotes: markers in every dress, bodies in every place, anchoring, warnings, and what is not a note.

Every fixture is converted end to end; each test checks the note's label, its exact place (the text
just before it), its content, that marker and body left the running text, the warnings, that the
edition is valid and that no word was lost.
"""

from __future__ import annotations

import re
import time

import pytest
from lxml import etree

import teiconv
from teiconv.diagnostics import Reporter
from teiconv.source import source_from_text
from teiconv.vocab import XML_ID

from conftest import SEEDS, convert, lost_words, text_of, words, xpath

TITLE = "A Morning on the Salt Marsh"
# More than a heading's sixteen words, so that a marker at its end cannot make it look like one.
OPENING = ("The tide turned early that morning{marker} and the herons left the creek before the light came over "
           "the reeds.")
SECOND = "The boats stayed in, and nobody went out to the far channel until well after noon that day."
BODY = "Spring tides ran two feet above the mark."
FOOT_NOTES = "//tei:text//tei:note[@place='foot']"


def run(text: str, repeated_labels: bool = False) -> tuple[etree._Element, list[tuple[str, int | None]]]:
    """The edition (reparsed from its bytes) and its warnings as (code, line); checks the edition
    is valid and keeps every word of the source.

    `repeated_labels`: the text numbers its notes as print does, "*" on every page or "1" again in
    every letter, and the edition keeps those numbers in @n, which TEI does not require to be
    unique; the Schematron's footnote-n-duplicate check, which does, is not applied to it.
    """
    reporter = Reporter("fixture.txt")
    conversion = teiconv.convert_source(source_from_text(text, "fixture.txt", reporter), None, reporter)
    tree = etree.fromstring(teiconv.to_bytes(conversion.tree))
    problems = teiconv.validate(tree)
    assert [p for p in problems if not (repeated_labels and p.code == "footnote-n-duplicate")] == []
    # "Footnote" in "[Footnote 1: …]" is the transcriber's label, like the brackets: the note element says it.
    assert lost_words(re.sub(r"\[Footnote\b", "[", text), tree) == []
    return tree, [(d.code, d.line) for d in conversion.diagnostics]


def notes(tree: etree._Element) -> list[etree._Element]:
    return xpath(tree, FOOT_NOTES)


def text_before(note: etree._Element) -> str:
    """The text right before the note, in its parent."""
    [before] = note.xpath("preceding-sibling::node()[1]")
    return before if isinstance(before, str) else text_of(before)


def running_text(tree: etree._Element) -> str:
    """The text of the body without the notes: what a reader reads on the page."""
    body = etree.fromstring(etree.tostring(xpath(tree, "//tei:text")[0]))
    for note in xpath(body, ".//tei:note[@place='foot']"):
        parent, previous = note.getparent(), note.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + (note.tail or "")
        else:
            parent.text = (parent.text or "") + (note.tail or "")
        parent.remove(note)
    return " ".join("".join(body.itertext()).split())


def one_note(text: str) -> tuple[etree._Element, etree._Element]:
    tree, warnings = run(text)
    assert warnings == []
    [note] = notes(tree)
    return tree, note


# ---------------------------------------------------------------------------------------------
# Marker styles, each with its body at the end of the text


@pytest.mark.parametrize("marker, label, n, note_id", [
    ("[1]", "[1]", "1", "n1"),
    ("^[1]", "[1]", "1", "n1"),
    ("[^1]", "[^1]:", "1", "n1"),
    ("[^tide]", "[^tide]:", "tide", "n-tide"),
    ("^1", "^1", "1", "n1"),
    ("¹", "¹", "1", "n1"),
    ("¹²", "¹²", "12", "n12"),
    ("*", "*", "*", "n-star"),
    ("**", "**", "**", "n-star-star"),
    ("†", "†", "†", "n-dagger"),
    ("††", "††", "††", "n-dagger-dagger"),
    ("‡", "‡", "‡", "n-double-dagger"),
    ("§", "§", "§", "n-section"),
    ("(1)", "(1)", "1", "n1"),
    ("[1]", "1.", "1", "n1"),
    ("[1]", "1)", "1", "n1"),
    ("¹", "[1]", "1", "n1"),
])
def test_marker_styles_anchor_the_note_where_the_marker_stood(marker, label, n, note_id):
    text = f"{TITLE}\n\n{OPENING.format(marker=marker)}\n\n{SECOND}\n\n{label} {BODY}\n"
    tree, note = one_note(text)
    assert (note.get("n"), note.get(XML_ID)) == (n, note_id)
    assert text_before(note).endswith("that morning")
    assert note.tail.startswith(" and the herons")
    assert text_of(note) == BODY
    assert marker not in running_text(tree) and BODY not in running_text(tree)
    assert len(xpath(tree, "//tei:body//tei:p[not(ancestor::tei:note)]")) == 2


@pytest.mark.parametrize("marker, label", [
    ("[1]", "[1]"), ("(1)", "(1)"), ("¹", "¹"), ("*", "*"), ("†", "†"), ("^1", "^1"), ("^[1]", "1."),
])
def test_a_marker_may_follow_punctuation(marker, label):
    text = f"{TITLE}\n\nThe old pump was long dead.{marker} Nobody had drawn water from it since the mill closed " \
           f"down for good.\n\n{label} Its handle was stolen.\n"
    tree, note = one_note(text)
    assert text_before(note).endswith("long dead.")
    assert text_of(note) == "Its handle was stolen."


def test_a_bracketed_marker_may_stand_after_one_space():
    text = f"{TITLE}\n\nThe notes of the survey are valuable, and they are marked with the letter W. [*]\n\n" \
           f"[*] The surveyor signed with that letter only.\n"
    tree, note = one_note(text)
    assert text_before(note) == "The notes of the survey are valuable, and they are marked with the letter W. "


def test_symbols_repeat_per_page_and_each_note_gets_its_own_id():
    text = (f"{TITLE}\n\nThe orchard gave apples* and pears in plenty, more than the village could eat that autumn.\n\n"
            "* Mostly russets.\n\n"
            "The cider was strong* that year, and the press was mended twice before the end of November.\n\n"
            "* Too strong, some said.\n")
    tree, warnings = run(text, repeated_labels=True)
    assert warnings == []
    ids = [(note.get("n"), note.get(XML_ID), text_of(note)) for note in notes(tree)]
    assert ids == [("*", "n-star", "Mostly russets."), ("*", "n-star-2", "Too strong, some said.")]
    assert [text_before(note)[-6:] for note in notes(tree)] == ["apples", "strong"]


# ---------------------------------------------------------------------------------------------
# Where bodies stand


@pytest.mark.parametrize("heading", ["Notes", "NOTES", "Footnotes:", "Endnotes", "References", "**Notes**"])
def test_a_notes_section_under_a_heading(heading):
    text = (f"{TITLE}\n\nThe harbour was quiet that winter,[1] and the boats lay idle along the wall for weeks.[2]\n\n"
            f"{SECOND}\n\n{heading}\n\n"
            "1. The winter of the great frost,\n   when the bay froze.\n"
            "2. Nets of hemp.\n\n"
            "They were tarred each spring.\n")
    tree, warnings = run(text)
    assert warnings == []
    first, second = notes(tree)
    assert (first.get("n"), text_before(first)) == ("1", "The harbour was quiet that winter,")
    assert text_of(first) == "The winter of the great frost, when the bay froze."
    assert [text_of(p) for p in xpath(second, "tei:p")] == ["Nets of hemp.", "They were tarred each spring."]
    assert text_before(second).endswith("for weeks.")
    # The heading headed only the notes, which now stand at their markers: it goes, and the header says so.
    assert heading.strip("*:") not in running_text(tree)
    assert xpath(tree, f"//tei:editorialDecl/tei:p[contains(., '“{heading.strip('*')}”')]")


@pytest.mark.parametrize("rule", ["---", "___", "***", "* * *", "———", "- - - - -"])
def test_a_notes_section_after_a_rule_line(rule):
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n{SECOND}\n\n{rule}\n\n[1] {BODY}\n\n[2] Nobody cites this.\n"
    tree, warnings = run(text)
    [note] = notes(tree)
    assert text_of(note) == BODY and text_before(note).endswith("that morning")
    assert warnings == [("note-orphan", 11)]
    assert xpath(tree, "//tei:body//tei:p[. = '[2] Nobody cites this.']")
    assert rule.split()[0] not in running_text(tree)


def test_a_notes_heading_and_its_bodies_in_one_block():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n{SECOND}\n\nNotes:\n[1] {BODY}\n"
    tree, note = one_note(text)
    assert text_of(note) == BODY and "Notes" not in running_text(tree)


def test_a_body_just_below_its_paragraph():
    text = (f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n[1] {BODY}\n\n"
            f"{SECOND.replace('day.', 'day.[2]')}\n\n[2] Noon by the church clock.\n")
    tree, warnings = run(text)
    assert warnings == []
    assert [(note.get("n"), text_of(note)) for note in notes(tree)] == [("1", BODY), ("2", "Noon by the church clock.")]
    assert text_before(notes(tree)[1]).endswith("that day.")


def test_a_body_on_the_line_below_its_paragraph_in_the_same_block():
    text = f"{TITLE}\n\n{OPENING.format(marker='¹')}\n¹ {BODY}\n\n{SECOND}\n"
    tree, note = one_note(text)
    assert text_of(note) == BODY
    assert [text_of(p) for p in xpath(tree, "//tei:body/tei:p")][1] == SECOND


def test_numbering_that_starts_again_takes_the_nearest_unused_marker():
    text = (f"{TITLE}\n\nThe first letter spoke of rain,[1] and of the roof that leaked over the barn all March.\n\n"
            "[1] The roof was slate.\n\n"
            "The second letter spoke of the harvest,[1] which was better than any in the last ten years.\n\n"
            "[1] Barley, mostly.\n")
    tree, warnings = run(text, repeated_labels=True)
    assert warnings == []
    found = [(note.get(XML_ID), text_before(note)[-5:], text_of(note)) for note in notes(tree)]
    assert found == [("n1", "rain,", "The roof was slate."), ("n1-2", "vest,", "Barley, mostly.")]


def test_bodies_labelled_like_their_markers_after_each_chapter():
    text = (f"{TITLE}\n\nThe first sermon spoke of the flood,[1] and of the ark that was built on the hill.[2]\n\n"
            f"{SECOND}\n\n[1] Gen. vii. 4.\n\n[2] Gen. vi. 14.\n\n"
            "The second sermon spoke of the harvest,[1] which was the best in ten years or more.\n\n"
            "A short closing prayer was read.\n\n[1] Ruth ii. 3.\n\nThe end of the second sermon came at noon.\n")
    tree, warnings = run(text, repeated_labels=True)
    assert warnings == []
    found = [(note.get(XML_ID), text_before(note)[-6:], text_of(note)) for note in notes(tree)]
    assert found == [("n1", "flood,", "Gen. vii. 4."), ("n2", " hill.", "Gen. vi. 14."),
                     ("n1-2", "rvest,", "Ruth ii. 3.")]


def test_a_bracketed_marker_that_wrapping_put_at_the_start_of_a_line():
    text = (f"{TITLE}\n\nThe weavers kept their old customs long after the mills had come to the\nvalley.\n"
            "[1] Nor did they give up the looms their fathers had built by hand.\n\n"
            "[1] The last loom was burnt in the great fire.\n")
    tree, note = one_note(text)
    assert text_before(note).endswith("come to the\nvalley.\n")
    assert note.tail.startswith(" Nor did they")


def test_lines_that_all_start_with_bracketed_numbers_are_a_list_not_markers():
    text = f"{TITLE}\n\nWe bought:\n[1] apples\n[2] pears\n\n{OPENING.format(marker='[1]')}\n\n[1] {BODY}\n"
    tree, note = one_note(text)
    assert text_before(note).endswith("that morning")
    assert "apples" in running_text(tree) and "pears" in running_text(tree)  # their "[1]" is other rules' business


def test_notes_within_notes_stop_at_one_level():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n" + "Notes\n\n[1] A note.\n\nIt cites a note.[1]\n\n" * 4
    tree, _warnings = run(text, repeated_labels=True)
    assert not xpath(tree, "//tei:note[@place='foot']//tei:note[@place='foot']//tei:note[@place='foot']")


# ---------------------------------------------------------------------------------------------
# Project Gutenberg's "[Footnote …: …]"


def test_gutenberg_footnote_after_the_paragraph():
    text = (f"{TITLE}\n\nThe path to the ridge was steep,[1] and muddy after the rain that fell through the night.\n\n"
            "[Footnote 1: Steeper than the map said,\nand worse after [the] storm.]\n\n"
            f"{SECOND}\n")
    tree, note = one_note(text)
    assert note.get("n") == "1" and text_before(note) == "The path to the ridge was steep,"
    assert text_of(note) == "Steeper than the map said, and worse after the storm."
    assert "Footnote" not in running_text(tree) and "]" not in text_of(note)[-1:]


def test_gutenberg_footnote_over_several_blocks_and_with_a_letter():
    text = (f"{TITLE}\n\nThe colonel[A] died at the fort while we were there, and was buried with full honours.\n\n"
            "[Footnote A: He served in the hussars.\n\nHe was shot through the body in the charge.]\n\n"
            f"{SECOND}\n")
    tree, note = one_note(text)
    assert (note.get("n"), note.get(XML_ID)) == ("A", "n-A")
    assert [text_of(p) for p in xpath(note, "tei:p")] == ["He served in the hussars.",
                                                         "He was shot through the body in the charge."]


def test_gutenberg_bodies_one_per_line_in_one_block():
    text = (f"{TITLE}\n\nThe first claim[1] was made in spring, the second[2] in the autumn of the same year.\n\n"
            "[Footnote 1: \"History of the Parish,\" Chap. I.]\n[Footnote 2: _Ibid._]\n")
    tree, warnings = run(text)
    assert warnings == []
    assert [(note.get("n"), text_of(note)) for note in notes(tree)] == [
        ("1", "\"History of the Parish,\" Chap. I."), ("2", "Ibid.")]


def test_unnumbered_gutenberg_footnotes_go_to_the_end_of_the_paragraph_before():
    text = (f"{TITLE}\n\nThe inn was shut when we came down from the ridge, and the landlord was nowhere to be found."
            "\n\n"
            "[Footnote: It opens at six.]\n\n"
            "The view from the ridge was wide. [Footnote: Seen from the\nnorth cairn only.] We stayed an hour.\n")
    tree, warnings = run(text, repeated_labels=True)  # two notes without a number: n="" twice
    assert warnings == []
    first, second = notes(tree)
    assert not first.get("n") and text_before(first).endswith("nowhere to be found.")
    assert text_of(first) == "It opens at six." and first.tail is None
    assert text_before(second) == "The view from the ridge was wide. " and second.tail == " We stayed an hour."
    assert text_of(second) == "Seen from the north cairn only."
    assert [note.get(XML_ID) for note in (first, second)] == [
        "n-unnumbered", "n-unnumbered-2"]


def test_a_gutenberg_body_left_unclosed_by_the_transcriber_ends_where_the_next_begins():
    text = (f"{TITLE}\n\nThe scene is a grove,[1] and the magician enters[2] from the left with his books.\n\n"
            "[Footnote 1: See p. 81, last line\n   [Page 81, second column--]\n\n"
            "[Footnote 2: So the later editions.]\n")
    tree, warnings = run(text)
    assert warnings == []
    first, second = notes(tree)
    assert words(text_of(first)) == ["See", "p", "81", "last", "line", "Page", "81", "second", "column"]
    assert text_of(second) == "So the later editions."


def test_a_gutenberg_body_nobody_cites_stays_exactly_as_written():
    text = f"{TITLE}\n\n{OPENING.format(marker='')}\n\n[Footnote 2: Nobody cites this.]\n"
    tree, warnings = run(text)
    assert warnings == [("note-orphan", 5)]
    assert xpath(tree, "//tei:body/tei:p[. = '[Footnote 2: Nobody cites this.]']")


# ---------------------------------------------------------------------------------------------
# Warnings: the text is kept as it is


def test_a_marker_without_a_body_is_reported_and_kept():
    text = f"{TITLE}\n\n{OPENING.format(marker='[^9]')}\n\n{SECOND}\n"
    tree, warnings = run(text)
    assert warnings == [("note-unresolved", 3)] and notes(tree) == []
    assert "morning[^9] and" in running_text(tree)


def test_in_a_text_with_notes_every_unmatched_marker_is_reported_on_its_line():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n{SECOND.replace('noon', 'noon[3]')}\n\n[1] {BODY}\n"
    tree, warnings = run(text)
    assert warnings == [("note-unresolved", 5)]
    assert len(notes(tree)) == 1 and "noon[3] that" in running_text(tree)


def test_a_body_without_a_marker_is_reported_and_kept():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\nNotes\n\n[1] {BODY}\n\n[2] Never cited.\n"
    tree, warnings = run(text)
    assert warnings == [("note-orphan", 9)]
    assert xpath(tree, "//tei:body//tei:p[. = '[2] Never cited.']")
    assert "Notes" in running_text(tree)  # the heading still heads something


def test_two_bodies_with_one_label_the_second_is_reported_and_kept():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\nNotes:\n[1] {BODY}\n[1] Again, twice.\n"
    tree, warnings = run(text)
    assert warnings == [("note-duplicate", 7)]
    [note] = notes(tree)
    assert text_of(note) == BODY
    assert xpath(tree, "//tei:body//tei:p[. = '[1] Again, twice.']")


# ---------------------------------------------------------------------------------------------
# What is not a note


@pytest.mark.parametrize("text", [
    "The stall sold *fresh* eggs and **brown** bread at the corner by the church, every Friday.\n\n* Eggs.\n* Bread.\n",
    "The stall sold eggs at 3 * 4 pence the dozen, or 3*4 if you bought two, which nobody did.\n\n* Checked twice.\n",
    "The stall sold eggs.\n\n[1] apples\n[2] pears\n",
    "The sum came to f(1) units, or so the clerk said when the market closed that evening.\n",
    "Prices rose in [1958] and again later, but the stall kept its old prices for the regulars.\n\n[1] Never.\n",
    "The yard measured 40 m² and the shed 10² square feet, give or take, by the old survey.\n",
    "The list was long.\n\n---\n\n1. Eggs\n2. Bread\n",
    "Notes\n\n1. Eggs were cheap.\n2. Bread was dear.\n",
])
def test_not_notes(text):
    tree, warnings = run(f"{TITLE}\n\n{text}")
    assert notes(tree) == [] and warnings == []
    assert not xpath(tree, "//tei:editorialDecl/tei:p[contains(., 'Footnote')]")


def test_a_list_after_notes_keeps_its_items():
    text = f"{TITLE}\n\nThe list was long.\n\n---\n\n1. Eggs\n2. Bread\n"
    tree, _ = run(text)
    assert [item.get("n") for item in xpath(tree, "//tei:list/tei:item")] == ["1", "2"]


def test_a_parenthesised_number_without_a_body_stays_text_silently():
    text = f"{TITLE}\n\n{OPENING.format(marker='(1)')}\n\n[1] {BODY}\n"
    tree, warnings = run(text)
    # "(1)" pairs only with a "(1) …" body; "[1] …" is an orphan body here.
    assert notes(tree) == [] and "morning(1) and" in running_text(tree)
    assert ("note-unresolved", 3) not in warnings


def test_a_bracketed_year_is_never_a_marker_even_in_a_text_with_notes():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')} It was [1958].\n\n[1] {BODY}\n"
    tree, warnings = run(text)
    assert warnings == [] and len(notes(tree)) == 1 and "[1958]" not in text_of(notes(tree)[0])


def test_the_header_says_how_notes_were_encoded_only_when_there_are_notes():
    with_notes, _ = run(f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n[1] {BODY}\n")
    without, _ = run(f"{TITLE}\n\n{OPENING.format(marker='')}\n")
    sentence = "//tei:editorialDecl/tei:p[contains(., 'Footnote markers were replaced by note elements')]"
    assert xpath(with_notes, sentence) and not xpath(without, sentence)


def test_many_markers_without_bodies_and_unclosed_footnotes_stay_cheap():
    text = "word[1] " * 20000 + "\n\n" + "[Footnote 1: open\n\n" * 2000 + "(1) x[2] " * 5000
    started = time.perf_counter()
    teiconv.convert_text(text)
    assert time.perf_counter() - started < 30


# ---------------------------------------------------------------------------------------------
# Seed 004: a marker after the date, its body the last line


def test_seed_004_note_is_anchored_after_the_date():
    [seed] = [path for path in SEEDS if path.name.startswith("004_")]
    source = seed.read_text(encoding="utf-8")
    body_line = source.rstrip().splitlines()[-1]
    assert body_line.startswith("[1] ")
    tree = etree.fromstring(teiconv.to_bytes(teiconv.convert_file(seed)))
    [note] = notes(tree)
    assert (note.get("n"), note.get(XML_ID)) == ("1", "n1")
    [before] = note.xpath("preceding-sibling::node()[1]")
    assert etree.QName(before).localname == "date" and before.get("when") == "1958-11-19"
    # Every word of the body is in the note, but the label of a bracketed annotation, which became its type.
    assert words(text_of(note)) == [w for w in words(body_line[len("[1] "):]) if w.lower() != "handwritten"]
    assert "^[1]" not in running_text(tree) and body_line[4:40] not in running_text(tree)
    assert lost_words(source, tree) == []


def test_numbering_that_restarts_per_chapter_is_valid():
    text = ("A Book of Two Chapters\n\nChapter I\n\nThe first chapter has a note here.[1] And it goes on for a while "
            "longer than a heading would.\n\n[1] The first chapter's note.\n\nChapter II\n\nThe second chapter has "
            "one too.[1] It also goes on for a while longer than a heading would.\n\n[1] The second chapter's note.\n")
    tree = convert(text)
    assert [n.get("n") for n in xpath(tree, "//tei:note[@place='foot']")] == ["1", "1"]
    assert teiconv.validate(tree) == []


# ---------------------------------------------------------------------------------------------
# "(1)" after a space: a marker only where bodies labelled "(1)" answer it in order

HARBOUR = ("The Harbour Question\n\n"
           "The harbour commission met in March 1887 to consider the dredging of the channel (1). Its members "
           "disagreed sharply about the cost (2).\n\n"
           "The final report was never printed.\n\n"
           "{notes}\n")
HARBOUR_BODIES = ["Minutes of the Harbour Commission, 14 March 1887.", "Engineer's report, folio 12."]


def check_harbour(notes_text: str) -> etree._Element:
    tree, warnings = run(HARBOUR.format(notes=notes_text))
    assert warnings == []
    first, second = notes(tree)
    assert [(note.get("n"), text_of(note)) for note in (first, second)] == [("1", HARBOUR_BODIES[0]),
                                                                            ("2", HARBOUR_BODIES[1])]
    assert text_before(first).endswith("of the channel ") and first.tail.startswith(". Its members")
    assert text_before(second).endswith("about the cost ") and second.tail == "."
    assert "(1)" not in running_text(tree) and "(2)" not in running_text(tree)
    assert not xpath(tree, "//tei:list") and "folio" not in running_text(tree)
    return tree


@pytest.mark.parametrize("rule", ["----", "___", "* * *", "———", "——————"])
@pytest.mark.parametrize("separate_blocks", [False, True])
def test_a_parenthesised_marker_after_a_space_with_its_bodies_under_a_rule(rule, separate_blocks):
    tree = check_harbour(f"{rule}\n\n(1) {HARBOUR_BODIES[0]}{chr(10) * (2 if separate_blocks else 1)}"
                         f"(2) {HARBOUR_BODIES[1]}")
    assert rule not in running_text(tree)


@pytest.mark.parametrize("heading", ["Notes", "NOTES", "Endnotes", "References"])
def test_a_parenthesised_marker_after_a_space_with_its_bodies_under_a_heading(heading):
    tree = check_harbour(f"{heading}\n\n(1) {HARBOUR_BODIES[0]}\n(2) {HARBOUR_BODIES[1]}")
    assert heading not in running_text(tree)


def test_a_rule_line_and_its_bodies_in_one_block():
    check_harbour(f"----\n(1) {HARBOUR_BODIES[0]}\n(2) {HARBOUR_BODIES[1]}")


def test_parenthesised_bodies_right_after_the_paragraph_of_their_marker():
    text = (f"{TITLE}\n\nThe mill was built by a family of weavers (1). It ran until the great flood, when the "
            "wheel was carried away.\n\n(1) Parish register.\n\n"
            "Nobody rebuilt it, and the stones were taken for the new bridge (2) in the years that followed.\n\n"
            "(2) County records.\n\nThe last of the family left the valley for good many years later.\n")
    tree, warnings = run(text)
    assert warnings == []
    assert [(text_before(note)[-8:], text_of(note)) for note in notes(tree)] == [
        ("weavers ", "Parish register."), (" bridge ", "County records.")]
    assert "The last of the family" in running_text(tree)


@pytest.mark.parametrize("text", [
    "The commission gave three reasons for its delay: (1) cost, (2) time, (3) the weather of that year.\n",
    "The commission gave reasons for its delay (1) cost and (2) time (3) the weather of that year.\n\n"
    "The report was never printed, and the commission was dissolved in the following year.\n",
])
def test_an_enumeration_in_prose_without_bodies_stays_text(text):
    tree, warnings = run(f"{TITLE}\n\n{text}")
    assert notes(tree) == [] and warnings == []
    assert "(1)" in running_text(tree) and "(2)" in running_text(tree)


def test_an_enumeration_before_the_markers_is_not_claimed_by_their_bodies():
    text = (f"{TITLE}\n\nThe mill had three troubles (1) water and (2) wood. It was built by weavers (1) and ran "
            "until the great flood carried the wheel away (2).\n\nNobody rebuilt it afterwards, not even the "
            "weavers' sons.\n\n----\n\n(1) Parish register.\n(2) County records.\n")
    tree, warnings = run(text)
    assert warnings == []
    assert [text_before(note)[-8:] for note in notes(tree)] == ["weavers ", "el away "]
    assert "troubles (1) water and (2) wood." in running_text(tree)


def test_a_parenthesised_number_out_of_order_is_not_a_marker():
    text = (f"{TITLE}\n\nThe mill was built by weavers (1), as clause (3) of the lease says, and ran until the "
            "flood carried the wheel away (2). It was never rebuilt (3).\n\n----\n\n"
            "(1) Parish register.\n(2) County records.\n(3) Estate papers.\n")
    tree, warnings = run(text)
    assert warnings == []
    assert [text_before(note)[-8:] for note in notes(tree)] == ["weavers ", "el away ", "rebuilt "]
    assert "clause (3) of the lease" in running_text(tree)


@pytest.mark.parametrize("heading", ["Notes", "NOTES", "Endnotes", "References"])
def test_bodies_labelled_with_a_bare_number_under_a_notes_heading(heading):
    text = (f"{TITLE}\n\nThe harbour was quiet that winter,[1] and the boats lay idle along the wall for weeks.[2]\n\n"
            f"{SECOND}\n\n{heading}\n\n1 The winter of the great frost.\n2 Nets of hemp, tarred\n12 times a year.\n")
    tree, warnings = run(text)
    assert warnings == []
    assert [text_of(note) for note in notes(tree)] == ["The winter of the great frost.",
                                                     "Nets of hemp, tarred 12 times a year."]


def test_a_line_starting_with_a_number_outside_a_notes_section_is_no_body():
    text = f"{TITLE}\n\n{OPENING.format(marker='[1]')}\n\n1 The winter of the great frost.\n"
    tree, _warnings = run(text)
    assert notes(tree) == [] and "1 The winter" in running_text(tree) and "morning[1]" in running_text(tree)


def test_a_gutenberg_body_with_text_after_its_bracket_goes_to_its_marker():
    # The transcriber ran the next paragraph on after the bracket: the body is still its marker's,
    # and the next chapter's body labelled alike goes to the next chapter's marker.
    text = (f"{TITLE}\n\nChapter I\n\nThe tribes of the west were many, and the most considerable dwelt in the\n"
            "hills above the river.\n[3] Their manners and their language were alike in every valley.\n\n"
            "[Footnote 3: Whittaker, vol. i.] Before the conquest the plain was not counted\n"
            "a part of the province at all.\n\n"
            "Chapter II\n\nThe aqueducts were the wonder of the city, and three ponderous [3] volumes describe them.\n\n"
            "[Footnote 3: Montfaucon, tom. iv.]\n")
    tree, warnings = run(text)
    assert warnings == []
    first, second = notes(tree)
    assert text_of(first) == "Whittaker, vol. i." and text_before(first).endswith("the river.\n")
    assert first.tail.startswith(" Their manners")
    assert text_of(second) == "Montfaucon, tom. iv." and text_before(second).endswith("three ponderous ")
    assert xpath(tree, "//tei:body//tei:p[starts-with(., 'Before the conquest')]")
