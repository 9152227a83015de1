"""Serialise: the one place where bytes are made. Deterministic, UTF-8, indented structure only.

lxml's pretty printing would add whitespace inside mixed content (`<p>a<hi>b</hi></p>` would gain
text), so indentation is added here by hand, and only inside elements whose content is structural.
"""

from __future__ import annotations

from lxml import etree

INDENT = "  "

# Elements whose TEI content model has no text: whitespace between their children means nothing.
_ELEMENT_ONLY = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "editionStmt", "publicationStmt", "notesStmt", "sourceDesc",
    "encodingDesc", "appInfo", "application", "projectDesc", "editorialDecl", "profileDesc", "langUsage",
    "particDesc", "listPerson", "person", "listOrg", "org", "correspDesc", "correspAction", "textClass",
    "keywords", "revisionDesc", "listChange", "handNotes", "text", "front", "back", "body", "div",
    "docTitle", "list", "respStmt", "msDesc", "msIdentifier", "abstract", "availability", "creation",
}
# Elements that hold either phrases or blocks: indented only when every child is a block.
_EITHER = {"note", "quote", "item", "postscript", "cit", "sp", "opener", "closer", "post"}
_BLOCKS = {
    "p", "ab", "list", "quote", "cit", "lg", "sp", "speaker", "stage", "head", "salute", "signed", "dateline",
    "byline", "seg", "note", "pb", "bibl", "post", "div", "opener", "closer", "postscript", "docDate",
    "docAuthor", "titlePart", "address",
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
    name = etree.QName(element).localname
    if len(element) == 0 or (element.text and element.text.strip()):
        return False
    if any(child.tail and child.tail.strip() for child in element):
        return False
    if name in _ELEMENT_ONLY:
        return True
    return name in _EITHER and all(etree.QName(child).localname in _BLOCKS for child in element)


def _indent(element: etree._Element, level: int) -> None:
    if not _is_structural(element):
        return
    inner = "\n" + INDENT * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        _indent(child, level + 1)
    element[-1].tail = "\n" + INDENT * level
