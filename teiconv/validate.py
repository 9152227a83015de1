"""Validation, separate from conversion: any TEI document against a RelaxNG schema and Schematron.

A document is parsed safely (no network, no DTD, no external entity; libxml2 refuses entity
expansion bombs), must have TEI or teiCorpus in the TEI namespace as its root, and is then checked
against a RelaxNG schema (teiconv.rng unless told otherwise) and teiconv's Schematron. Every
problem is a `Diagnostic` with a real line: documents are parsed from their bytes with the file
name as base URL. libxml2 gives no column, so the column is that of the start tag it is about.

Schemas are compiled once per process. Compiling a big grammar such as tei_all takes seconds, so
a document is first validated against the grammar pruned to the elements it uses (see
`schema_prune`): a pruned grammar only restricts, so its "valid" is the full grammar's. Its
"invalid" is not final, and libxml2 words errors differently for the two grammars (or the pruned
one allows nothing at all), so a document the pruned grammar rejects is validated again against
the full one: verdicts and messages are always the full grammar's. Many files are validated in
parallel processes; each compiles what it needs once.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Severity
from .schema_prune import elements_defined, prune_grammar
from .schematron import compile_schematron, default_schematron, failed_assertions
from .serialise import to_bytes
from .vocab import TEI_NS

SCHEMA_NAME = "teiconv.rng"
# The problem that is not the document's: the run cannot vouch for the file.
UNREADABLE = "unreadable"
TEI_ROOTS = {f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"}
# Above this many element patterns, pruning per document beats compiling the whole grammar:
# teiconv.rng (145) compiles in 10 ms, tei_all (588) in 17 s.
LARGE_SCHEMA_ELEMENTS = 200
# A process pool costs more than it saves on a few files.
POOL_MIN_FILES = 24
# The element a libxml2 RelaxNG message is about: "… got nonsense" or "Element p failed …".
_GOT_ELEMENT = re.compile(r"\bgot (?:\{[^}]*\})?([\w.-]+)")
_ELEMENT_IN_MESSAGE = re.compile(r"[Ee]lement (?:\{[^}]*\})?([\w.-]+)")
_LOOKAHEAD_LINES = 50
# libxml2 records an element's line where its start tag ends; a start tag rarely spans more.
_LOOKBEHIND_LINES = 10
# libxml2's wording when it stops an entity expansion bomb (billion laughs, quadratic blowup).
_AMPLIFICATION = "amplification"
_XML_ID_ERRORS = {etree.ErrorTypes.DTD_ID_REDEFINED, etree.ErrorTypes.DTD_XMLID_VALUE}
# lxml appends the position to a parse error's message; the diagnostic has it already.
_POSITION_SUFFIX = re.compile(r", line \d+, column \d+$")


class SchemaError(Exception):
    """The schema itself cannot be used."""


class _Refused(Exception):
    """The document cannot be validated at all; the diagnostic says why."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def default_schema() -> Path:
    """schema/teiconv.rng: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).resolve().parent / "schema" / SCHEMA_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "schema" / SCHEMA_NAME


def load_schema(path: Path | str) -> etree.RelaxNG:
    """Compile a RelaxNG (XML syntax) schema once per process, however its path is spelled."""
    return _compile_schema(Path(path).resolve())


@functools.lru_cache(maxsize=8)
def _compile_schema(path: Path) -> etree.RelaxNG:
    try:
        return etree.RelaxNG(_parse_grammar(path))
    except etree.RelaxNGParseError as err:
        raise SchemaError(f"{path}: cannot load RelaxNG schema: {err}") from None


@functools.lru_cache(maxsize=8)
def _parse_grammar(path: Path) -> etree._ElementTree:
    try:
        return etree.parse(str(path), _parser())
    except (OSError, etree.XMLSyntaxError) as err:
        raise SchemaError(f"{path}: cannot load RelaxNG schema: {err}") from None


@functools.lru_cache(maxsize=1)
def load_schematron() -> etree.XSLT:
    """Compile teiconv's Schematron (schema/teiconv.sch) once per process."""
    path = default_schematron()
    try:
        return compile_schematron(etree.parse(str(path), _parser()))
    except (OSError, etree.XMLSyntaxError, etree.SchematronParseError, etree.XSLTParseError) as err:
        raise SchemaError(f"{path}: cannot load Schematron: {err}") from None


@functools.lru_cache(maxsize=8)
def _prunable_elements(path: Path) -> frozenset[str] | None:
    """The element names of a grammar worth pruning per document; None for a small grammar or
    one that `prune_grammar` cannot cut (it includes other files)."""
    try:
        names = elements_defined(_parse_grammar(path))
    except ValueError:
        return None
    return frozenset(names) if len(names) > LARGE_SCHEMA_ELEMENTS else None


# A compiled pruned tei_all takes about 2 MB: the cache holds the element sets of a run's last
# documents, which repeat within a project, without growing with the run.
@functools.lru_cache(maxsize=32)
def _pruned_schema(path: Path, elements: frozenset[str]) -> etree.RelaxNG | None:
    """None when libxml2 refuses the pruned grammar (say, nothing left to start with): the full
    grammar then decides."""
    try:
        return etree.RelaxNG(prune_grammar(_parse_grammar(path), elements))
    except etree.RelaxNGParseError:
        return None


def _proved_valid(tree: etree._ElementTree, schema: Path) -> bool:
    """True when the grammar pruned to the document's elements accepts the document.

    Only when every element is named by the grammar: a document with an element it matches only
    through a wildcard (`anyName`, as tei_all does for other namespaces in egXML or xenoData), or
    one in no namespace, goes to the full grammar. Foreign elements the grammar names are kept by
    their Clark name.
    """
    defined = _prunable_elements(schema)
    if defined is None:
        return False
    elements = _elements_used(tree)
    if elements is None or not elements <= defined:
        return False
    pruned = _pruned_schema(schema, elements)
    return pruned is not None and pruned.validate(tree)


def _elements_used(tree: etree._ElementTree) -> frozenset[str] | None:
    """The document's elements named as `prune_grammar` takes them; None if one is in no
    namespace, which it would take for TEI."""
    names = set()
    for element in tree.iter(etree.Element):
        qname = etree.QName(element)
        if not qname.namespace:
            return None
        names.add(qname.localname if qname.namespace == TEI_NS else element.tag)
    return frozenset(names)


def _parser(resolve_entities: bool | str = False, recover: bool = False) -> etree.XMLParser:
    """A parser that reads nothing but the bytes it is given.

    Not `collect_ids=False`, though it would stop libxml2 from rejecting duplicate xml:ids: it
    makes libxml2 load the external DTD (a local file, or an attempt at a URL).
    """
    return etree.XMLParser(resolve_entities=resolve_entities, no_network=True, load_dtd=False,
                           huge_tree=False, recover=recover)


def _read(data: bytes, name: str, resolve_entities: bool | str = False) -> etree._ElementTree:
    """Parse, forgiving nothing but libxml2's own xml:id checks.

    libxml2 makes a duplicate or malformed xml:id a parse error. When the parser's log holds
    nothing else, the document is well-formed: it is parsed again leniently, to the same tree, so
    that the Schematron (id-duplicate) and the schema report it along with everything else.
    """
    parser = _parser(resolve_entities)
    try:
        return etree.fromstring(data, parser, base_url=name).getroottree()
    except etree.XMLSyntaxError:
        if not parser.error_log or any(entry.type not in _XML_ID_ERRORS for entry in parser.error_log):
            raise
    return etree.fromstring(data, _parser(resolve_entities, recover=True), base_url=name).getroottree()


def _parse(data: bytes, name: str, lines: Sequence[str]) -> etree._ElementTree:
    """Parse untrusted bytes into a TEI document; raise _Refused for what cannot or must not be
    read.

    Entities are first left unexpanded: an external one (a file or URL the document names) is
    refused; internal ones, legitimate in old TEI files, are then expanded, within libxml2's
    limits on amplification.
    """
    try:
        tree = _read(data, name)
        if _internal_entities(tree, name, lines):
            tree = _read(data, name, "internal")
    except etree.XMLSyntaxError as err:
        line, column = err.position if err.position else (None, None)
        message = _POSITION_SUFFIX.sub("", err.msg or str(err))
        if _AMPLIFICATION in message:
            raise _Refused(Diagnostic("entity-expansion", "entity expansion refused: the entities "
                                      "expand far beyond the size of the document", name, line,
                                      column, Severity.ERROR)) from None
        raise _Refused(Diagnostic("not-well-formed", message, name, line, column, Severity.ERROR)) from None
    root = tree.getroot()
    if root.tag not in TEI_ROOTS:
        qname = etree.QName(root)
        where = f"namespace {qname.namespace}" if qname.namespace else "no namespace"
        line, column = _start_tag(lines, root.sourceline, qname.localname)
        raise _Refused(Diagnostic(
            "not-tei", f"not a TEI document: the root element is {qname.localname} in {where}, not "
            f"TEI or teiCorpus in the TEI namespace ({TEI_NS})", name, line, column, Severity.ERROR))
    return tree


def _internal_entities(tree: etree._ElementTree, name: str, lines: Sequence[str]) -> bool:
    """Whether the document declares entities, all internal; raise _Refused for an external one."""
    dtd = tree.docinfo.internalDTD
    entities = list(dtd.iterentities()) if dtd is not None else []
    for entity in entities:
        if entity.system_url:
            declaration = re.compile(rf"<!ENTITY\s+(?:%\s+)?{re.escape(entity.name)}\b")
            raise _Refused(Diagnostic(
                "external-entity", f"external entity '{entity.name}' ({entity.system_url}) refused: "
                "teiconv reads no file or URL a document names", name, *_find(lines, declaration),
                Severity.ERROR))
    return bool(entities)


class _SourceLines(Sequence[str]):
    """A document's lines, decoded and split only when a diagnostic needs one: most documents
    have none, and splitting a big edition costs half as much as parsing it."""

    def __init__(self, data: bytes):
        self._data = data

    @functools.cached_property
    def _lines(self) -> list[str]:
        return self._data.decode("utf-8", "replace").split("\n")

    def __getitem__(self, index):
        return self._lines[index]

    def __len__(self) -> int:
        return len(self._lines)


def validate_bytes(data: bytes, name: str, schema: Path | None = None, *,
                   schematron: bool = True) -> list[Diagnostic]:
    """Problems of one serialised document (empty when it is valid): RelaxNG's, then Schematron's."""
    lines = _SourceLines(data)
    try:
        tree = _parse(data, name, lines)
    except _Refused as refused:
        return [refused.diagnostic]
    problems = _schema_problems(tree, lines, name, Path(schema or default_schema()).resolve())
    if schematron:
        problems += _schematron_problems(tree, lines, name)
    return problems


def _schema_problems(tree: etree._ElementTree, lines: Sequence[str], name: str, schema: Path) -> list[Diagnostic]:
    if _proved_valid(tree, schema):
        return []
    relaxng = _compile_schema(schema)
    if relaxng.validate(tree):
        return []
    return [
        Diagnostic("schema", error.message, name, *_locate(lines, error.line, error.message), Severity.ERROR)
        for error in relaxng.error_log
    ]


def _schematron_problems(tree: etree._ElementTree, lines: Sequence[str], name: str) -> list[Diagnostic]:
    """Failed assertions in document order (SVRL lists them rule by rule)."""
    problems = []
    for failure in failed_assertions(tree, load_schematron()):
        line, column = (None, None)
        if failure.element is not None:
            line, column = _start_tag(lines, failure.element.sourceline, etree.QName(failure.element).localname)
        problems.append(Diagnostic(failure.rule, failure.message, name, line, column, Severity.ERROR))
    return sorted(problems, key=lambda problem: (problem.line or 0, problem.column or 0))


def _tag_pattern(local_name: str) -> re.Pattern[str]:
    return re.compile(rf"<(?:[\w.-]+:)?{re.escape(local_name)}[\s/>]|<(?:[\w.-]+:)?{re.escape(local_name)}$")


def _find(lines: Sequence[str], pattern: re.Pattern[str], first: int = 1, last: int | None = None,
          step: int = 1) -> tuple[int | None, int | None]:
    """(line, column) of the first match of ``pattern`` from line ``first`` to ``last``."""
    last = len(lines) if last is None else last
    for number in range(first, last + step, step):
        if 0 < number <= len(lines):
            found = pattern.search(lines[number - 1])
            if found:
                return number, found.start() + 1
    return None, None


def _start_tag(lines: Sequence[str], line: int | None, local_name: str) -> tuple[int | None, int | None]:
    """(line, column) of the start tag libxml2 puts on ``line``: on it, or on a line above when
    the tag spans lines."""
    if line is None:
        return None, None
    found = _find(lines, _tag_pattern(local_name), line, max(1, line - _LOOKBEHIND_LINES), -1)
    return found if found[0] is not None else (line, None)


def _locate(lines: Sequence[str], line: int, message: str) -> tuple[int, int]:
    """(line, column) of the element a RelaxNG message is about.

    libxml2 reports the line of the parent for an unexpected child ("got X"), and no column: look
    for the element's start tag from that line on.
    """
    if not 0 < line <= len(lines):
        return line, 1
    unexpected = _GOT_ELEMENT.search(message)
    named = unexpected or _ELEMENT_IN_MESSAGE.search(message)
    if named:
        last = line + (_LOOKAHEAD_LINES if unexpected else 0)
        found = _find(lines, _tag_pattern(named.group(1)), line, min(len(lines), last))
        if found[0] is not None:
            return found
    text = lines[line - 1]
    return line, len(text) - len(text.lstrip()) + 1


def validate_path(path: Path | str, schema: Path | None = None, *, schematron: bool = True) -> list[Diagnostic]:
    """Problems of one file; one that cannot be read is an "unreadable" problem, not an exception."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return [Diagnostic(UNREADABLE, f"cannot read: {err.strerror or err}", name, severity=Severity.ERROR)]
    return validate_bytes(data, name, schema, schematron=schematron)


def validate(document: Path | str | etree._Element, schema: Path | str | None = None) -> list[Diagnostic]:
    """Validate a file or an in-memory TEI tree; return its problems (empty when valid)."""
    schema_path = Path(schema).resolve() if schema else None
    if isinstance(document, etree._Element):
        return validate_bytes(to_bytes(document), "<tree>", schema_path)
    return validate_path(document, schema_path)


def validate_paths(paths: Sequence[Path], schema: Path | None = None, *, schematron: bool = True,
                   jobs: int = 1) -> Iterator[list[Diagnostic]]:
    """The problems of each file, in the order of ``paths``, from ``jobs`` processes.

    The schemas are loaded first, so an unusable one fails before any file is read; forked
    workers inherit what is compiled here, and compile the rest once each.
    """
    schema = Path(schema or default_schema()).resolve()
    if _prunable_elements(schema) is None:
        _compile_schema(schema)
    if schematron:
        load_schematron()
    check = functools.partial(validate_path, schema=schema, schematron=schematron)
    if jobs <= 1 or len(paths) < POOL_MIN_FILES:
        yield from map(check, paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(check, paths, chunksize=max(1, len(paths) // (jobs * 4)))


def default_jobs() -> int:
    """The CPUs this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

