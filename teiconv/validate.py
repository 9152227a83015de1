"""Validation, separate from conversion: TEI bytes or files against a RelaxNG schema.

Schemas are compiled once per process (compiling TEI's tei_all takes seconds). Documents are
parsed from their bytes with the file name as base URL, so every problem has a real line; libxml2
gives no column for RelaxNG errors, so the column is that of the element's start tag on its line.
Parsing is safe for files from anywhere: no network, no DTD, no external entities.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Severity
from .serialise import to_bytes

SCHEMA_NAME = "teiconv.rng"
# The element a libxml2 RelaxNG message is about: "… got nonsense" or "Element p failed …".
_GOT_ELEMENT = re.compile(r"\bgot (?:\{[^}]*\})?([\w.-]+)")
_ELEMENT_IN_MESSAGE = re.compile(r"[Ee]lement (?:\{[^}]*\})?([\w.-]+)")
_LOOKAHEAD_LINES = 50


def default_schema() -> Path:
    """schema/teiconv.rng: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).resolve().parent / "schema" / SCHEMA_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "schema" / SCHEMA_NAME


@functools.lru_cache(maxsize=8)
def load_schema(path: Path) -> etree.RelaxNG:
    """Compile a RelaxNG (XML syntax) schema once per process."""
    try:
        return etree.RelaxNG(etree.parse(str(path), _safe_parser()))
    except (OSError, etree.XMLSyntaxError, etree.RelaxNGParseError) as err:
        raise SchemaError(f"{path}: cannot load RelaxNG schema: {err}") from None


class SchemaError(Exception):
    """The schema itself cannot be used."""


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def validate_bytes(data: bytes, name: str, schema: Path | None = None) -> list[Diagnostic]:
    """Problems of one serialised document (empty when it is valid)."""
    try:
        tree = etree.fromstring(data, _safe_parser(), base_url=name).getroottree()
    except etree.XMLSyntaxError as err:
        line, column = err.position if err.position else (None, None)
        return [Diagnostic("not-well-formed", err.msg or str(err), name, line, column, Severity.ERROR)]
    relaxng = load_schema(schema or default_schema())
    if relaxng.validate(tree):
        return []
    lines = data.decode("utf-8", "replace").split("\n")
    return [
        Diagnostic("schema", error.message, name, *_locate(lines, error.line, error.message), Severity.ERROR)
        for error in relaxng.error_log
    ]


def _locate(lines: list[str], line: int, message: str) -> tuple[int, int]:
    """(line, column) of the element a message is about.

    libxml2 reports the line of the parent for an unexpected child ("got X"), and no column: look
    for the element's start tag from that line on.
    """
    if not 0 < line <= len(lines):
        return line, 1
    unexpected = _GOT_ELEMENT.search(message)
    named = unexpected or _ELEMENT_IN_MESSAGE.search(message)
    if named:
        tag = re.compile(rf"<(?:[\w-]+:)?{re.escape(named.group(1))}[\s/>]")
        last = min(len(lines), line + (_LOOKAHEAD_LINES if unexpected else 0))
        for number in range(line, last + 1):
            found = tag.search(lines[number - 1])
            if found:
                return number, found.start() + 1
    text = lines[line - 1]
    return line, len(text) - len(text.lstrip()) + 1


def validate_path(path: Path | str, schema: Path | None = None) -> list[Diagnostic]:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return [Diagnostic("unreadable", f"cannot read: {err.strerror or err}", name, severity=Severity.ERROR)]
    return validate_bytes(data, name, schema)


def validate(document: Path | str | etree._Element, schema: Path | str | None = None) -> list[Diagnostic]:
    """Validate a file or an in-memory TEI tree; return its problems (empty when valid)."""
    schema_path = Path(schema).resolve() if schema else None
    if isinstance(document, etree._Element):
        return validate_bytes(to_bytes(document), "<tree>", schema_path)
    return validate_path(document, schema_path)
