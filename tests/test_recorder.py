"""The recorder pass reads the closing paragraphs of the text, wherever they are nested."""

from teiconv.diagnostics import Reporter
from teiconv.model import Division, Document, Metadata, Paragraph, Quotation, Text
from teiconv.passes.recorder import find_recorders


def _paragraph(text: str) -> Paragraph:
    return Paragraph([Text(text)], 1)


def test_closing_paragraphs_are_found_inside_divisions_and_quotations():
    document = Document(Metadata(), body=[
        _paragraph("Translated by Early Name."),  # a fourth paragraph from the end: not read
        Division([_paragraph("one"), Quotation([_paragraph("two")], 1)], 1),
        Division([Division([_paragraph("Written down by Ann Lee.")], 1), _paragraph("three")], 1),
    ])
    find_recorders(document, Reporter("x.txt"))
    assert [(r.role, r.name) for r in document.metadata.responsibilities] == [("written down by", "Ann Lee")]


def test_the_last_paragraphs_are_read_in_the_order_of_the_text():
    document = Document(Metadata(), body=[
        Division([_paragraph("Translated by Ann Lee.")], 1),
        _paragraph("Transcribed by Bo Kim."),
    ])
    find_recorders(document, Reporter("x.txt"))
    assert [r.name for r in document.metadata.responsibilities] == ["Ann Lee", "Bo Kim"]
