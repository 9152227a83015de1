"""ISO Schematron with lxml: compile a schema, and read its report as located failures.

lxml's ISO skeleton compiles a schema into an XSLT 1.0 stylesheet whose output is an SVRL report.
A failed assertion there names its rule by the assertion's id and its place by an XPath
(`location`); evaluating that XPath on the document gives back the element, whose line libxml2
knows.

As the skeleton writes it by default, the stylesheet walks the whole document twice per pattern
(a template call on every element and attribute, then on every node): on a big edition that is
most of the cost of validating. It is compiled to find each rule's contexts by a key instead, and
without its do-nothing walk; the report is the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lxml import etree

SCHEMATRON_NAME = "teiconv.sch"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_FAILED_ASSERT = f"{{{SVRL_NS}}}failed-assert"
_TEXT = f"{{{SVRL_NS}}}text"
# An assertion without an id still needs a name in `[rule]`.
ANONYMOUS_RULE = "schematron"
# Parameters of the skeleton (iso_schematron_skeleton_for_xslt1.xsl, iso_svrl_for_xslt1.xsl):
# each pattern selects the nodes its rules match by a key, not by a walk in its own mode; and no
# svrl:fired-rule is written for each of them, as only failed assertions are read.
_COMPILE_PARAMS = {"select-contexts": "key", "generate-fired-rule": "false"}
# In each svrl:active-pattern the skeleton puts an <xsl:apply-templates/> in the default mode: it
# walks every node of the document and writes nothing, as the only template of that mode for
# anything but the root drops text ("?? Seems that this apply-templates is never triggered").
_NO_OP_WALKS = etree.XPath("//svrl:active-pattern/xsl:apply-templates[not(@select)][not(@mode)]",
                           namespaces={"svrl": SVRL_NS, "xsl": XSL_NS})


class Failure(NamedTuple):
    """One failed assertion: the element it is about (None if not found), rule id, message."""

    element: etree._Element | None
    rule: str
    message: str


def default_schematron() -> Path:
    """schema/teiconv.sch: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).resolve().parent / "schema" / SCHEMATRON_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "schema" / SCHEMATRON_NAME


def compile_schematron(schema: etree._ElementTree) -> etree.XSLT:
    """The stylesheet that turns a document into the SVRL report of an ISO Schematron schema
    (XPath 1.0 with EXSLT)."""
    # Imported here: the module reads its stylesheets when imported (3 MiB), and converting,
    # which needs none of them, then does not carry them.
    from lxml import isoschematron

    stylesheet = isoschematron.Schematron(schema, compile_params=_COMPILE_PARAMS, store_xslt=True).validator_xslt
    for walk in _NO_OP_WALKS(stylesheet):
        walk.getparent().remove(walk)
    return etree.XSLT(stylesheet)


def failed_assertions(tree: etree._ElementTree, schematron: etree.XSLT) -> list[Failure]:
    """The assertions ``tree`` fails, in the report's order (pattern by pattern)."""
    failures = []
    for failed in schematron(tree).getroot().iter(_FAILED_ASSERT):
        location = failed.get("location")
        found = tree.xpath(location) if location else []
        element = found[0] if found and isinstance(found[0], etree._Element) else None
        message = " ".join((failed.findtext(_TEXT) or "").split())
        failures.append(Failure(element, failed.get("id") or ANONYMOUS_RULE, message))
    return failures
