"""Serialise: the one place where bytes are made. Deterministic, UTF-8, indented structure only.

lxml's pretty printing would add whitespace inside mixed content (`<p>a<hi>b</hi></p>` would gain
text), so indentation is added here by hand, and only inside elements whose content is structural.
"""

from __future__ import annotations

import io

from lxml import etree

from .vocab import tei

INDENT = "  "

# Elements whose TEI content model has no text: whitespace between their children means nothing.
_ELEMENT_ONLY = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "editionStmt", "publicationStmt", "notesStmt", "sourceDesc",
    "encodingDesc", "appInfo", "application", "projectDesc", "editorialDecl", "profileDesc", "langUsage",
    "particDesc", "listPerson", "person", "listOrg", "org", "correspDesc", "correspAction", "textClass",
    "keywords", "revisionDesc", "listChange", "handNotes", "text", "front", "back", "body", "div",
    "docTitle", "list", "castList", "respStmt", "msDesc", "msIdentifier", "abstract", "availability", "creation",
}
# Elements that hold either phrases or blocks: indented only when every child is a block.
_EITHER = {"note", "quote", "item", "postscript", "cit", "sp", "opener", "closer", "post"}
_BLOCKS = {
    "p", "ab", "list", "castList", "quote", "cit", "lg", "sp", "speaker", "stage", "head", "salute", "signed", "dateline",
    "byline", "seg", "note", "pb", "bibl", "post", "div", "opener", "closer", "postscript", "docDate",
    "docAuthor", "titlePart", "address",
}
# The same as Clark names, to test an element's tag directly (a QName per element is costly).
_ELEMENT_ONLY_TAGS = frozenset(map(tei, _ELEMENT_ONLY))
_INDENTABLE_TAGS = _ELEMENT_ONLY_TAGS | frozenset(map(tei, _EITHER))
_BLOCK_TAGS = frozenset(map(tei, _BLOCKS))


def to_bytes(root: etree._Element) -> bytes:
    """The document as UTF-8 bytes with an XML declaration and a final newline.

    The indentation goes into the tree only while it is serialised, and comes out again: the
    caller's tree is left as it was, without the cost of copying a whole edition to indent it.
    """
    texts: list[tuple[etree._Element, str | None]] = []
    tails: list[tuple[etree._Element, str | None]] = []
    _indent(root, 0, texts, tails)
    # Written in chunks into one buffer, whose bytes are then handed over without a copy: the
    # edition is held once, not three times (libxml2's buffer, its copy, the declaration added).
    buffer = io.BytesIO()
    buffer.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    try:
        root.getroottree().write(buffer, encoding="UTF-8", xml_declaration=False)
    finally:
        for element, text in texts:
            element.text = text
        for element, tail in tails:
            element.tail = tail
    buffer.write(b"\n")
    return buffer.getvalue()


def _is_structural(element: etree._Element) -> bool:
    """Whitespace may be added between the children: no text of its own, no phrase content.

    The tag is tested first: most elements are paragraphs, whose text is never read here."""
    tag = element.tag
    if tag not in _INDENTABLE_TAGS or len(element) == 0 or (element.text and element.text.strip()):
        return False
    if any(child.tail and child.tail.strip() for child in element):
        return False
    return tag in _ELEMENT_ONLY_TAGS or all(child.tag in _BLOCK_TAGS for child in element)


def _indent(element: etree._Element, level: int, texts: list, tails: list) -> None:
    """Indent the structural elements under `element`, noting in `texts` and `tails` what the
    elements changed held (only whitespace: the text of others is not read)."""
    if not _is_structural(element):
        return
    inner = "\n" + INDENT * (level + 1)
    texts.append((element, element.text))
    element.text = inner
    for child in element:
        tails.append((child, child.tail))
        child.tail = inner
        _indent(child, level + 1, texts, tails)
    element[-1].tail = "\n" + INDENT * level
