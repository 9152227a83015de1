"""The TEI vocabulary: one ElementMaker bound to the TEI namespace, and the names used with it."""

from __future__ import annotations

from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def tei(local: str) -> str:
    """The Clark name of a TEI element, for find/iter and tag tests."""
    return f"{{{TEI_NS}}}{local}"
