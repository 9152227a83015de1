"""The reading view: TEI editions as a static HTML site, for people rather than tools.

All the HTML is made by one XSLT 1.0 stylesheet (`xslt/reading.xsl`), so the same stylesheet
serves any TEI tool chain and the view is a pure function of the edition; this module only runs it
and writes the files. A site is `index.html` (the editions in a table), one `NAME.html` per
edition, the edition's TEI beside it as `NAME.xml` (the page links it: the hand-off to other
tools), and `reading.css`. Pages need neither JavaScript nor the network.
"""

from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from .batch import write_atomically
from .vocab import E, tei

_XSLT_DIR = Path(__file__).parent / "xslt"
STYLESHEET = _XSLT_DIR / "reading.xsl"
CSS = _XSLT_DIR / "reading.css"
INDEX = "index.html"

# The index is rendered from a teiCorpus of the editions; each TEI carries its page's name in
# an attribute of this namespace (TEI has no attribute for "where this edition is published").
_READING_NS = "urn:x-teiconv:reading"
_PAGE = f"{{{_READING_NS}}}page"


class SiteError(Exception):
    """An input cannot be made a page (not XML, not TEI, or two inputs would share a page)."""


@functools.cache
def _transform() -> etree.XSLT:
    """The stylesheet, compiled once per process."""
    return etree.XSLT(etree.parse(str(STYLESHEET)))


def render(tree: etree._ElementTree, tei_href: str = "") -> bytes:
    """HTML5 bytes for an edition (a TEI document) or an index (a teiCorpus).

    `tei_href` is the URL of the edition's TEI relative to the page, already %-encoded: a file
    name may hold "#", "?" or a colon that would otherwise make it a fragment or a scheme.

    Serialised here rather than by xsl:output so that the doctype is HTML5's own `<!DOCTYPE html>`,
    which XSLT 1.0 cannot write.
    """
    result = _transform()(tree, **{"tei-href": etree.XSLT.strparam(tei_href)})
    return etree.tostring(result.getroot(), method="html", encoding="utf-8", doctype="<!DOCTYPE html>") + b"\n"


def read_edition(path: Path) -> tuple[bytes, etree._ElementTree]:
    """A TEI file's bytes and their tree, read once so that the copy beside the page is what the
    page shows. What is not XML or not TEI is refused, with the file's name in the message."""
    try:
        data = path.read_bytes()
        tree = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True),
                                base_url=str(path)).getroottree()
    except etree.XMLSyntaxError as err:
        found = err.error_log.last_error  # err.msg repeats the line and column
        raise SiteError(f"{path}:{found.line}:{found.column}: error: not well-formed XML: {found.message} "
                        f"[html-not-xml]") from None
    except OSError as err:
        raise SiteError(f"{path}: error: cannot read: {err.strerror or err} [html-unreadable]") from None
    if tree.getroot().tag != tei("TEI"):
        raise SiteError(f"{path}: error: not a TEI document (the root is {tree.getroot().tag}) [html-not-tei]")
    return data, tree


def write_site(paths: list[Path], out_dir: Path) -> list[Path]:
    """Write the reading view of the TEI files `paths` into `out_dir`; return the files written.

    Every input is read and checked before anything is written, so a bad input leaves the site as
    it was. Files are written atomically; the same inputs always give the same bytes.
    """
    pages = [f"{path.stem}.html" for path in paths]
    if len(set(pages)) != len(pages):
        twice = sorted({page for page in pages if pages.count(page) > 1})
        raise SiteError(f"{out_dir}: error: two inputs would both be written as {', '.join(twice)} [html-same-name]")
    editions = [read_edition(path) for path in paths]
    outputs: dict[Path, bytes] = {out_dir / "reading.css": CSS.read_bytes()}
    for path, page, (data, tree) in zip(paths, pages, editions):
        outputs[out_dir / path.name] = data
        outputs[out_dir / page] = render(tree, tei_href=quote(path.name))
    outputs[out_dir / INDEX] = render(_corpus([tree for _data, tree in editions], pages).getroottree())
    for target, data in outputs.items():
        write_atomically(target, data)
    return list(outputs)


def _corpus(editions: list[etree._ElementTree], pages: list[str]) -> etree._Element:
    """The editions gathered as TEI gathers texts, in a teiCorpus with a header of its own."""
    corpus = E.teiCorpus(
        E.teiHeader(E.fileDesc(
            E.titleStmt(E.title("Editions")),
            E.publicationStmt(E.p("A reading view written by teiconv.")),
            E.sourceDesc(E.p("The editions that follow.")),
        )),
    )
    for tree, page in zip(editions, pages):
        edition = tree.getroot()
        edition.set(_PAGE, quote(page))
        corpus.append(edition)
    return corpus
