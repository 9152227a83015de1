"""`teiconv validate` on hand-broken TEI files: RelaxNG, Schematron, unsafe and unusable input,
every report format, parallel runs, and the pruned fast path against the full tei_all.

Each broken file is MINIMAL with one replacement; an expected place is the line and column of
the start tag in the file as written.
"""

from __future__ import annotations

import importlib
import json
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from teiconv import reports
from teiconv.cli import main
from teiconv.diagnostics import Diagnostic, Severity
from teiconv.schema_prune import elements_defined
from teiconv.schematron import default_schematron
from teiconv.validate import default_schema, validate_bytes, validate_paths

from conftest import REPO

# The module, not the function teiconv/__init__.py exports under the same name.
validation = importlib.import_module("teiconv.validate")

MINIMAL = """\
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>A letter</title>
      </titleStmt>
      <publicationStmt>
        <p>Unpublished.</p>
      </publicationStmt>
      <sourceDesc>
        <p>Born digital.</p>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <correspDesc>
        <correspAction type="sent">
          <persName ref="#anna">Anna</persName>
          <date when="1920-08-02">2 August 1920</date>
        </correspAction>
      </correspDesc>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <head>To Tom</head>
      <p xml:id="opening" corresp="#closing">Dear Tom, the parcel came<note place="foot" n="2">On Monday.</note>.</p>
      <p xml:id="closing">Yours, <persName xml:id="anna">Anna</persName></p>
    </body>
  </text>
</TEI>
"""

# RelaxNG (schema/teiconv.rng): (replace, by, line, column, first message).
SCHEMA_CASES = {
    "wrong-child": ("<title>A letter</title>", "<title>A letter</title><p>x</p>", 6, 32,
                    "Did not expect element p there"),
    "missing-child": ("      <titleStmt>\n        <title>A letter</title>\n      </titleStmt>\n", "", 5, 7,
                      "Did not expect element publicationStmt there"),
    "bad-attribute-value": ('<note place="foot"', '<note place="foot" anchored="maybe"', 27, 71,
                            "Invalid attribute anchored for element note"),
    "unknown-element": ("<head>To Tom</head>", "<head>To Tom</head><nonsense/>", 26, 26,
                        "Did not expect element nonsense there"),
    "text-not-allowed": ("<body>", "<body>Stray words", 25, 5, "Did not expect text in element body content"),
}

# Schematron (schema/teiconv.sch): (replace, by, rule, line, column, message).
RULE_CASES = {
    "ref": ('<persName ref="#anna">', '<persName ref="#ana">', "ref-unresolved", 18, 11,
            '@ref points to #ana, but no element of this document has xml:id="ana"'),
    "corresp": ('corresp="#closing"', 'corresp="#closing #closng"', "ref-unresolved", 27, 7,
                '@corresp points to #closng, but no element of this document has xml:id="closng"'),
    "target": ("Yours, <persName", 'Yours, <ptr target="#nowhere http://example.org/#x"/> <persName',
               "ref-unresolved", 28, 34,
               '@target points to #nowhere, but no element of this document has xml:id="nowhere"'),
    "who": ("Dear Tom, the parcel came", 'Dear Tom, <said who="#tom">the parcel came</said>',
            "ref-unresolved", 27, 56, '@who points to #tom, but no element of this document has xml:id="tom"'),
    "hand": ('<note place="foot" n="2">', '<note place="foot" n="2" hand="#scribe">', "ref-unresolved", 27, 71,
             '@hand points to #scribe, but no element of this document has xml:id="scribe"'),
    "id": ("<head>To Tom</head>", '<head xml:id="anna">To Tom</head>', "id-duplicate", 28, 34,
           'xml:id="anna" is already the identifier of an earlier head element'),
    "footnote": ("</persName></p>", '</persName><note place="foot" n="2">Again.</note></p>',
                 "footnote-n-duplicate", 28, 73,
                 'footnote n="2" repeats the number of the footnote before it'),
    "date": ('when="1920-08-02"', 'when="1920-02-30"', "date-invalid", 19, 11,
             '@when="1920-02-30" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by Thh:mm:ss)'),
    "empty-head": ("<head>To Tom</head>", "<head> </head>", "empty-element", 26, 7,
                   "head is empty: it has neither text nor child elements"),
    "empty-p": ("<p>Unpublished.</p>", "<p/>", "empty-element", 9, 9,
                "p is empty: it has neither text nor child elements"),
    "unsent": ('<correspAction type="sent">', '<correspAction type="received">', "correspondence-unsent", 16, 7,
               'correspDesc has no correspAction type="sent"'),
}

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE TEI [\n  <!ENTITY lol "lol">\n'
    + "".join(f'  <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10))
    + ']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>\n'
)


def broken(replace: str, by: str) -> str:
    assert replace in MINIMAL, replace
    return MINIMAL.replace(replace, by)


def with_doctype(doctype: str) -> str:
    """MINIMAL with a document type declaration after the XML declaration (one line more)."""
    declaration, rest = MINIMAL.split("\n", 1)
    return f"{declaration}\n{doctype}\n{rest}"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def write(tmp_path):
    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return write


def invoke(runner: CliRunner, *arguments: str):
    """Run the command line; whatever the input, it exits, it does not raise."""
    result = runner.invoke(main, arguments)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def error_lines(result) -> list[str]:
    return result.stderr.splitlines()[:-1]


# --- valid documents -------------------------------------------------------------------------


def test_minimal_document_is_valid(runner, write):
    result = invoke(runner, "validate", str(write("letter.xml", MINIMAL)))
    assert result.exit_code == 0, result.output
    assert result.stderr == "1 files, 0 invalid, 0 errors\n"
    assert result.stdout == ""


def test_the_seed_editions_pass(runner, monkeypatch):
    monkeypatch.chdir(REPO)
    result = invoke(runner, "validate", "tei/")
    assert result.exit_code == 0, result.output


# --- RelaxNG ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", SCHEMA_CASES, ids=str)
def test_schema_errors_are_located(runner, write, case):
    replace, by, line, column, message = SCHEMA_CASES[case]
    path = write(f"{case}.xml", broken(replace, by))
    result = invoke(runner, "validate", str(path))
    assert result.exit_code == 1
    assert error_lines(result)[0] == f"{path}:{line}:{column}: error: {message} [schema]"
    assert result.stderr.endswith(f"1 files, 1 invalid, {len(error_lines(result))} errors\n")


# --- Schematron ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", RULE_CASES, ids=str)
def test_schematron_rules_are_located_and_named(runner, write, case):
    replace, by, rule, line, column, message = RULE_CASES[case]
    path = write(f"{case}.xml", broken(replace, by))
    result = invoke(runner, "validate", str(path))
    assert result.exit_code == 1
    assert f"{path}:{line}:{column}: error: {message} [{rule}]" in error_lines(result)
    skipped = invoke(runner, "validate", "--no-schematron", str(path))
    assert f"[{rule}]" not in skipped.output


def test_every_schematron_rule_is_tested():
    schematron = etree.parse(str(default_schematron()))
    ids = schematron.xpath("//sch:assert/@id", namespaces={"sch": "http://purl.oclc.org/dsdl/schematron"})
    assert set(ids) == {case[2] for case in RULE_CASES.values()}


def test_a_rule_reports_each_attribute_of_an_element():
    data = broken("Dear Tom, the parcel came", '<said who="#tom" corresp="#tim">Dear Tom</said>').encode()
    found = [(problem.code, problem.message.split()[0]) for problem in validate_bytes(data, "x.xml")]
    assert found == [("ref-unresolved", "@who"), ("ref-unresolved", "@corresp")]


@pytest.mark.parametrize("first, second, reported", [("2", "2", True), ("1", "1", False), ("1", "2", False)])
def test_a_footnote_number_twice_in_a_row_is_reported_unless_a_series_of_one_restarts(first, second, reported):
    data = broken('<note place="foot" n="2">On Monday.</note>', f'<note place="foot" n="{first}">On Monday.</note>')
    data = data.replace("</persName></p>", f'</persName><note place="foot" n="{second}">Again.</note></p>').encode()
    rules = {problem.code for problem in validate_bytes(data, "x.xml")}
    assert ("footnote-n-duplicate" in rules) == reported


@pytest.mark.parametrize("value, real", [
    ("1920", True), ("1920-08", True), ("1920-08-31", True), ("2000-02-29", True), ("2024-02-29", True),
    ("2014-08-12T15:55", True), ("2014-08-12T15:55:00", True), ("2014-08-12T23:59:59.25Z", True),
    ("2014-08-12T15:55:00+05:30", True), ("0000-01-01", True),
    ("1920-02-30", False), ("1900-02-29", False), ("2023-02-29", False), ("1920-04-31", False),
    ("1920-13", False), ("1920-00-10", False), ("1920-01-00", False), ("192", False), ("19200", False),
    ("1920-8-2", False), ("1920-08-02T24:00", False), ("1920-08-02T12:60", False), ("1920-08T12:00", False),
    ("1920-08-02T", False), ("1920-08-02T12:00:00.", False), ("1920-08-02T12:00+5:00", False),
    ("2 August 1920", False), ("", False),
])
def test_dates_must_be_real(value, real):
    """Checked on @when, @from and @to alike (the schema may reject some of them too)."""
    for attribute in ("when", "from", "to"):
        data = broken('when="1920-08-02"', f'{attribute}="{value}"').encode()
        rules = {problem.code for problem in validate_bytes(data, "x.xml")}
        assert ("date-invalid" not in rules) == real, (attribute, value)


# --- input that is not valid TEI, or not to be read ------------------------------------------


@pytest.mark.parametrize("text, rule, line, column, message", [
    ('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <p>\n</TEI>\n', "not-well-formed",
     4, 7, "Opening and ending tag mismatch: p line 3 and TEI"),
    ("", "not-well-formed", 1, 1, "Document is empty"),
    ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">\n</html>\n', "not-tei", 2, 1,
     "not a TEI document: the root element is html in namespace http://www.w3.org/1999/xhtml, not TEI or "
     "teiCorpus in the TEI namespace (http://www.tei-c.org/ns/1.0)"),
    ('<?xml version="1.0"?>\n\n  <TEI>\n</TEI>\n', "not-tei", 3, 3,
     "not a TEI document: the root element is TEI in no namespace, not TEI or teiCorpus in the TEI "
     "namespace (http://www.tei-c.org/ns/1.0)"),
])
def test_what_is_not_tei_gets_a_located_message(runner, write, text, rule, line, column, message):
    path = write("input.xml", text)
    result = invoke(runner, "validate", str(path))
    assert result.exit_code == 1
    assert error_lines(result) == [f"{path}:{line}:{column}: error: {message} [{rule}]"]


def test_an_unreadable_file_exits_2_after_the_others(runner, write, monkeypatch):
    good, locked = write("a.xml", MINIMAL), write("b.xml", MINIMAL)
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied")
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = invoke(runner, "validate", str(good), str(locked))
    assert result.exit_code == 2
    assert error_lines(result) == [f"{locked}: error: cannot read: Permission denied [unreadable]"]


def test_a_missing_path_is_a_usage_error(runner, tmp_path):
    result = invoke(runner, "validate", str(tmp_path / "nowhere.xml"))
    assert result.exit_code == 2 and "no such file or folder" in result.output


# --- safe parsing ----------------------------------------------------------------------------


@pytest.mark.parametrize("secret", ["own", "/etc/passwd"])
def test_external_entities_are_refused_unread(runner, write, tmp_path, secret):
    if secret == "own":
        secret_file = tmp_path / "secret.txt"
        secret_file.write_text("TOP-SECRET-42\n", encoding="utf-8")
        url, content = secret_file.as_uri(), "TOP-SECRET-42"
    else:
        url, content = "file:///etc/passwd", "root:"
    path = write("xxe.xml", with_doctype(f'<!DOCTYPE TEI [ <!ENTITY x SYSTEM "{url}"> ]>').replace(
        "Born digital.", "&x;"))
    for report_format in reports.FORMATS:
        result = invoke(runner, "validate", "--format", report_format, str(path))
        assert result.exit_code == 1
        assert content not in result.output
    result = invoke(runner, "validate", str(path))
    assert error_lines(result) == [
        f"{path}:2:17: error: external entity 'x' ({url}) refused: teiconv reads no file or URL a document "
        "names [external-entity]"
    ]


def test_billion_laughs_is_refused_fast(runner, write):
    path = write("laughs.xml", BILLION_LAUGHS)
    started = time.monotonic()
    result = invoke(runner, "validate", str(path))
    assert time.monotonic() - started < 2
    assert result.exit_code == 1
    [problem] = error_lines(result)
    assert problem.endswith("entity expansion refused: the entities expand far beyond the size of the document "
                            "[entity-expansion]")


def test_an_external_dtd_is_not_fetched(runner, write):
    """A non-routable address: a connection attempt would hang far beyond the limit."""
    path = write("dtd.xml", with_doctype('<!DOCTYPE TEI SYSTEM "http://10.255.255.1/tei_all.dtd">'))
    started = time.monotonic()
    result = invoke(runner, "validate", str(path))
    assert time.monotonic() - started < 5
    assert result.exit_code == 0, result.output


def test_internal_entities_are_expanded(runner, write):
    text = with_doctype('<!DOCTYPE TEI [ <!ENTITY born "Born digital."> ]>')
    path = write("entity.xml", text.replace("<p>Born digital.</p>", "<p>&born;</p>"))
    result = invoke(runner, "validate", str(path))
    assert result.exit_code == 0, result.output


# --- reports ---------------------------------------------------------------------------------


@pytest.fixture
def two_files(write):
    """A valid file and one with two Schematron problems (and no RelaxNG error)."""
    bad = broken('<persName ref="#anna">', '<persName ref="#ana">').replace("<head>To Tom</head>", "<head/>")
    return write("good.xml", MINIMAL), write("bad.xml", bad)


def test_text_report(runner, two_files):
    good, bad = two_files
    result = invoke(runner, "validate", str(good), str(bad))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f'{bad}:18:11: error: @ref points to #ana, but no element of this document has xml:id="ana" '
        "[ref-unresolved]",
        f"{bad}:26:7: error: head is empty: it has neither text nor child elements [empty-element]",
        "2 files, 1 invalid, 2 errors",
    ]


def test_json_report_is_json_lines(runner, two_files):
    good, bad = two_files
    result = invoke(runner, "validate", "--format", "json", str(good), str(bad))
    assert result.exit_code == 1
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"file": str(bad), "line": 18, "column": 11, "severity": "error", "rule": "ref-unresolved",
         "message": '@ref points to #ana, but no element of this document has xml:id="ana"'},
        {"file": str(bad), "line": 26, "column": 7, "severity": "error", "rule": "empty-element",
         "message": "head is empty: it has neither text nor child elements"},
    ]
    assert result.stderr == "2 files, 1 invalid, 2 errors\n"


def test_github_report(runner, two_files):
    good, bad = two_files
    result = invoke(runner, "validate", "--format", "github", str(good), str(bad))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f'::error file={bad},line=18,col=11,title=ref-unresolved::@ref points to #ana, but no element of this '
        'document has xml:id="ana"',
        f"::error file={bad},line=26,col=7,title=empty-element::head is empty: it has neither text nor child "
        "elements",
    ]


def test_github_report_escapes_what_would_end_a_field():
    problem = Diagnostic("rule", "50% done\nnext", "a,b:c.xml", 1, 2, Severity.ERROR)
    assert reports.github([("a,b:c.xml", [problem])]) == (
        "::error file=a%2Cb%3Ac.xml,line=1,col=2,title=rule::50%25 done%0Anext\n"
    )


def test_junit_report_to_a_file(runner, two_files, tmp_path):
    good, bad = two_files
    output = tmp_path / "junit.xml"
    result = invoke(runner, "validate", "--format", "junit", "--output", str(output), str(good), str(bad))
    assert result.exit_code == 1
    assert result.stdout == ""
    suites = etree.parse(str(output)).getroot()
    assert (suites.tag, suites.get("tests"), suites.get("failures"), suites.get("errors")) == (
        "testsuites", "2", "1", "0")
    cases = suites.findall("testsuite/testcase")
    assert [case.get("name") for case in cases] == [str(bad), str(good)]
    assert [(failure.get("type"), failure.get("message")) for failure in cases[0]] == [
        ("ref-unresolved", '18:11: @ref points to #ana, but no element of this document has xml:id="ana"'),
        ("empty-element", "26:7: head is empty: it has neither text nor child elements"),
    ]
    assert len(cases[1]) == 0


def test_junit_report_on_stdout_counts_an_unreadable_file_as_an_error(runner, write, monkeypatch):
    locked = write("locked.xml", MINIMAL)
    monkeypatch.setattr(Path, "read_bytes", lambda path: (_ for _ in ()).throw(PermissionError(13, "denied")))
    result = invoke(runner, "validate", "--format", "junit", str(locked))
    assert result.exit_code == 2
    suites = etree.fromstring(result.stdout.encode())
    assert (suites.get("failures"), suites.get("errors")) == ("0", "1")
    assert [child.tag for child in suites.find("testsuite/testcase")] == ["error"]


# --- many files, in parallel -----------------------------------------------------------------


def test_order_is_by_path_whatever_the_jobs(runner, write):
    """Enough files for a process pool, named in reverse order, two in three broken."""
    cases = list(RULE_CASES.values())
    paths = [
        write(f"f{number:02}.xml", broken(*cases[number % len(cases)][:2]) if number % 3 else MINIMAL)
        for number in range(validation.POOL_MIN_FILES + 6)
    ]
    arguments = ["validate", "--format", "json", *map(str, reversed(paths))]
    serial = invoke(runner, *arguments, "--jobs", "1")
    parallel = invoke(runner, *arguments, "--jobs", "2")
    assert serial.exit_code == parallel.exit_code == 1
    assert serial.stdout == parallel.stdout
    files = [json.loads(line)["file"] for line in parallel.stdout.splitlines()]
    assert files == sorted(files) and len(set(files)) == 20
    assert parallel.stderr == serial.stderr == f"{len(paths)} files, 20 invalid, {len(files)} errors\n"


def test_each_schema_is_compiled_once_per_run(tmp_path):
    schema = tmp_path / "copy-of-teiconv.rng"
    shutil.copy(default_schema(), schema)
    paths = [tmp_path / f"{number}.xml" for number in range(5)]
    for path in paths:
        path.write_text(broken("<head>To Tom</head>", "<head>To Tom</head><nonsense/>"), encoding="utf-8")
    before = validation._compile_schema.cache_info().misses
    assert all(problems for problems in validate_paths(paths, schema))
    assert validation._compile_schema.cache_info().misses == before + 1


# --- the pruned fast path for big schemas ----------------------------------------------------


def full_grammar_only(monkeypatch):
    monkeypatch.setattr(validation, "_proved_valid", lambda tree, schema: False)


def parse(text: str) -> etree._ElementTree:
    return validation._read(text.encode(), "x.xml")


def elements_of(text: str) -> frozenset[str]:
    return frozenset(etree.QName(element).localname for element in parse(text).iter(etree.Element))


def test_only_big_schemas_are_pruned(tei_all):
    assert validation._prunable_elements(default_schema().resolve()) is None
    assert validation._prunable_elements(tei_all.resolve()) is not None


DOCUMENTS = {"valid": MINIMAL} | {
    name: broken(*case[:2]) for name, case in (SCHEMA_CASES | RULE_CASES).items()
}


@pytest.mark.parametrize("name", DOCUMENTS, ids=str)
def test_fast_path_gives_the_full_grammars_verdict_messages_and_lines(tei_all, monkeypatch, name):
    data = DOCUMENTS[name].encode()
    fast = validate_bytes(data, "x.xml", tei_all)
    proved = validation._proved_valid(parse(DOCUMENTS[name]), tei_all.resolve())
    full_grammar_only(monkeypatch)
    assert fast == validate_bytes(data, "x.xml", tei_all)
    assert proved == (not [problem for problem in fast if problem.code == "schema"])


def test_a_pruned_grammar_alone_would_word_errors_differently(tei_all):
    """Why a document the pruned grammar rejects is validated again against the whole grammar."""
    data = DOCUMENTS["missing-child"]
    pruned = validation._pruned_schema(tei_all.resolve(), elements_of(data))
    assert not pruned.validate(parse(data))
    full = [problem.message for problem in validate_bytes(data.encode(), "x.xml", tei_all, schematron=False)]
    assert full == ["Did not expect element publicationStmt there"]
    assert [error.message for error in pruned.error_log] != full


def test_fast_path_is_taken_for_the_seed_editions(tei_all):
    for edition in sorted((REPO / "tei").glob("*.xml")):
        assert validation._proved_valid(etree.parse(str(edition)), tei_all.resolve()), edition


def test_foreign_elements_named_by_the_grammar_are_kept_by_clark_name(tei_all):
    example = broken("<p>Born digital.</p>",
                     '<p>Born <egXML xmlns="http://www.tei-c.org/ns/Examples">digital</egXML>.</p>')
    assert validation._proved_valid(parse(example), tei_all.resolve())
    assert validate_bytes(example.encode(), "x.xml", tei_all) == []


def test_elements_only_a_wildcard_allows_go_to_the_full_grammar(tei_all):
    rdf = broken("  </teiHeader>", '    <xenoData><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
                                   "</xenoData>\n  </teiHeader>")
    assert not validation._proved_valid(parse(rdf), tei_all.resolve())
    assert validate_bytes(rdf.encode(), "x.xml", tei_all) == []


def test_a_pruned_grammar_is_compiled_once_per_element_set(tei_all, tmp_path):
    schema = tmp_path / "copy-of-tei_all.rng"
    shutil.copy(tei_all, schema)
    paths = [tmp_path / f"{number}.xml" for number in range(5)]
    for path in paths:
        path.write_text(MINIMAL, encoding="utf-8")
    pruned, full = validation._pruned_schema.cache_info().misses, validation._compile_schema.cache_info().misses
    assert not any(validate_paths(paths, schema))
    assert validation._pruned_schema.cache_info().misses == pruned + 1
    assert validation._compile_schema.cache_info().misses == full


PHRASES = ["hi", "persName", "placeName", "date", "lb", "emph", "foreign", "name", "q", "ref", "num"]


@pytest.fixture(scope="module")
def tei_elements(tei_all) -> list[str]:
    return sorted(name for name in elements_defined(etree.parse(str(tei_all))) if not name.startswith("{"))


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_fast_path_equals_full_grammar_on_generated_documents(tei_all, tei_elements, data):
    """Phrases put in paragraphs (mostly valid), any element of tei_all anywhere (mostly not)."""
    document = etree.fromstring(MINIMAL.encode())
    for _ in range(data.draw(st.integers(1, 4))):
        if data.draw(st.booleans()):
            candidates, names = document.findall(f".//{{{validation.TEI_NS}}}p"), PHRASES
        else:
            candidates, names = list(document.iter(etree.Element)), tei_elements
        parent = data.draw(st.sampled_from(candidates))
        child = etree.SubElement(parent, f"{{{validation.TEI_NS}}}{data.draw(st.sampled_from(names))}")
        child.text = data.draw(st.sampled_from([None, "x"]))
        parent.insert(data.draw(st.integers(0, len(parent) - 1)), child)
    data_bytes = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
    fast = validate_bytes(data_bytes, "x.xml", tei_all, schematron=False)
    with pytest.MonkeyPatch.context() as monkeypatch:
        full_grammar_only(monkeypatch)
        assert fast == validate_bytes(data_bytes, "x.xml", tei_all, schematron=False)
