"""Blocks stage: blank-line separated blocks, layout whitespace, one-line paragraphs."""

from teiconv.blocks import split_blocks


def test_blank_lines_separate_blocks_and_count_gaps():
    blocks = split_blocks("One\ntwo\n\n\nThree\n")
    assert [b.text for b in blocks] == ["One\ntwo", "Three"]
    assert [b.line for b in blocks] == [1, 5]
    assert blocks[1].blank_before == 2


def test_unicode_whitespace_at_line_ends_is_layout():
    [block] = split_blocks("\u00a0\u2003From: somebody\u00a0\n")
    assert block.text == "From: somebody"
    assert block.indent == 2


def test_whitespace_only_lines_separate_blocks():
    assert len(split_blocks("a\n \u00a0\t\nb")) == 2


def test_one_line_paragraphs_without_blank_lines_are_split():
    long_line = "This line is much longer than any hard-wrapped line would be, so it is a paragraph of its own, " * 2
    blocks = split_blocks(f"Dear all,\n{long_line}\n{long_line}\nShort end")
    assert [b.line for b in blocks] == [1, 2, 3, 4]
    assert blocks[0].text == "Dear all,"


def test_hard_wrapped_paragraph_stays_one_block():
    text = "It was the best of times, it was the worst of times, it was the age\nof wisdom, it was the age of foolishness, it was the epoch of belief,\nit was the epoch of incredulity."
    [block] = split_blocks(text)
    assert len(block.lines) == 3


def test_form_feed_marks_a_page_break_before_the_next_block():
    blocks = split_blocks("page one\n\f\npage two")
    assert [b.page_break_before for b in blocks] == [False, True]


def test_empty_text_has_no_blocks():
    assert split_blocks("") == [] and split_blocks("\n \n") == []


def test_zero_width_characters_at_line_ends_are_layout():
    [block] = split_blocks("\u200b\ufeffFrom: somebody\u200b\n")
    assert block.text == "From: somebody"


def test_a_block_split_keeps_numbers_indents_and_first_lines():
    [block] = split_blocks("  First line\nsecond line\n    third line")
    assert (block.line_count, block.first_text) == (3, "First line")
    head, rest = block.split(1)
    assert [(line.number, line.indent, line.text) for line in head.lines] == [(1, 2, "First line")]
    assert [(line.number, line.indent, line.text) for line in rest.lines] == [(2, 0, "second line"), (3, 4, "third line")]
    assert (rest.line, rest.indent, rest.first_text, rest.text) == (2, 0, "second line", "second line\nthird line")
