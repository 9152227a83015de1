"""Serialise: the one place where bytes are made. Deterministic, UTF-8, indented structure only.

lxml's pretty printing would add whitespace inside mixed content (`<p>a<hi>b</hi></p>` would gain
text), so indentation is added here by hand, and only inside elements whose content is structural.
"""

from __future__ import annotations

from lxml import etree

INDENT = "  "

# Elements whose content, as teiconv writes them, is always phrase-level text.
_PHRASE = {
    "p", "head", "salute", "signed", "dateline", "byline", "docDate", "docAuthor", "titlePart", "item",
    "speaker", "stage", "title", "persName", "orgName", "placeName", "name", "resp", "publisher",
    "authority", "licence", "idno", "date", "language", "bibl", "term", "change", "edition", "label",
    "desc", "ab", "seg", "q", "hi", "ref", "supplied", "foreign", "author", "editor", "funder",
    "handNote", "l", "add", "time", "emph", "trailer",
}


def to_bytes(root: etree._Element) -> bytes:
    """The document as UTF-8 bytes with an XML declaration and a final newline."""
    tree = _copy(root)
    _indent(tree, 0)
    body = etree.tostring(tree, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def _copy(root: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(root))


def _is_structural(element: etree._Element) -> bool:
    """Whitespace may be added between the children: no text of its own, no phrase content."""
    if etree.QName(element).localname in _PHRASE or len(element) == 0:
        return False
    if element.text and element.text.strip():
        return False
    return all(not (child.tail and child.tail.strip()) for child in element)


def _indent(element: etree._Element, level: int) -> None:
    if not _is_structural(element):
        return
    inner = "\n" + INDENT * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        _indent(child, level + 1)
    element[-1].tail = "\n" + INDENT * level
