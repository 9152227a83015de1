"""ISO Schematron with lxml: compile a schema, and read its report as located failures.

lxml's `isoschematron.Schematron` answers valid or not and keeps the SVRL report. A failed
assertion there names its rule by the assertion's id and its place by an XPath (`location`);
evaluating that XPath on the document gives back the element, whose line libxml2 knows.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lxml import etree, isoschematron

SCHEMATRON_NAME = "teiconv.sch"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_FAILED_ASSERT = f"{{{SVRL_NS}}}failed-assert"
_TEXT = f"{{{SVRL_NS}}}text"
# An assertion without an id still needs a name in `[rule]`.
ANONYMOUS_RULE = "schematron"


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


def compile_schematron(schema: etree._ElementTree) -> isoschematron.Schematron:
    """Compile an ISO Schematron schema (XPath 1.0 with EXSLT), keeping reports to read them."""
    return isoschematron.Schematron(schema, store_report=True)


def failed_assertions(tree: etree._ElementTree, schematron: isoschematron.Schematron) -> list[Failure]:
    """The assertions ``tree`` fails, in the report's order (pattern by pattern)."""
    if schematron.validate(tree):
        return []
    failures = []
    for failed in schematron.validation_report.getroot().iter(_FAILED_ASSERT):
        location = failed.get("location")
        found = tree.xpath(location) if location else []
        element = found[0] if found and isinstance(found[0], etree._Element) else None
        message = " ".join((failed.findtext(_TEXT) or "").split())
        failures.append(Failure(element, failed.get("id") or ANONYMOUS_RULE, message))
    return failures
