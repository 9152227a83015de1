"""Serialisation: deterministic bytes, indentation only where content is structural."""

from lxml import etree

from teiconv.serialise import to_bytes
from teiconv.vocab import E, TEI_NS


def test_mixed_content_is_not_reindented():
    root = E.TEI(E.text(E.body(E.p(E.hi("a", rend="bold"), E.note("n", place="foot"), "tail"))))
    data = to_bytes(root)
    assert b'<p><hi rend="bold">a</hi><note place="foot">n</note>tail</p>' in data


def test_structure_is_indented_and_output_ends_with_newline():
    data = to_bytes(E.TEI(E.text(E.body(E.p("x")))))
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI')
    assert b"\n    <body>\n      <p>x</p>\n    </body>" in data
    assert data.endswith(b"</TEI>\n")


def test_paragraph_text_survives_serialisation():
    paragraph = E.p("one ", E.q("two"), " three", E.pb(), "four")
    root = E.TEI(E.text(E.body(paragraph)))
    reparsed = etree.fromstring(to_bytes(root))
    [p] = reparsed.iter(f"{{{TEI_NS}}}p")
    assert "".join(p.itertext()) == "one two threefour"


def test_same_tree_gives_same_bytes():
    root = E.TEI(E.text(E.body(E.p("x", n="1"))))
    assert to_bytes(root) == to_bytes(root)


def test_input_tree_is_not_modified():
    root = E.TEI(E.text(E.body(E.p("x"))))
    before = etree.tostring(root)
    to_bytes(root)
    assert etree.tostring(root) == before


def test_element_holding_phrases_or_blocks_is_indented_only_for_blocks():
    phrase = E.note(E.q("“sent”"), type="handwritten")
    block = E.note(E.p("one"), E.p("two"), place="foot")
    data = to_bytes(E.TEI(E.text(E.body(phrase, E.p("x", block)), E.back(block))))
    assert b'<note type="handwritten"><q>\xe2\x80\x9csent\xe2\x80\x9d</q></note>' in data
    assert b"<back>\n      <note place=\"foot\">\n        <p>one</p>" in data
