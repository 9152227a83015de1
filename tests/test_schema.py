"""Tests for the project schema: grammar pruning, the ODD-driven build, and teiconv.rng."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from teiconv import schema_build
from teiconv.schema_prune import (
    ANNOTATIONS_NS,
    RELAXNG_NS,
    SCHEMATRON_NS,
    TEI_NS,
    elements_defined,
    prune_grammar,
)
from teiconv.schema_simplify import drop_not_allowed
from teiconv.validate import load_schema

NOTES_NS = "http://example.org/notes"

# Three element definitions: doc and para in the TEI namespace, note in another one.
# "noteText" is reachable only through note; "unused" is reachable from nowhere.
TINY_GRAMMAR = f"""
<grammar xmlns="{RELAXNG_NS}" xmlns:a="{ANNOTATIONS_NS}" xmlns:sch="{SCHEMATRON_NS}"
         ns="{TEI_NS}">
  <start><ref name="doc"/></start>
  <define name="doc">
    <element name="doc">
      <a:documentation>a document</a:documentation>
      <sch:pattern>
        <sch:rule context="doc"><sch:assert test="true()">ok</sch:assert></sch:rule>
      </sch:pattern>
      <zeroOrMore><choice><ref name="para"/><ref name="note"/></choice></zeroOrMore>
    </element>
  </define>
  <define name="para"><element name="para"><ref name="phrase"/></element></define>
  <define name="note">
    <element name="note" ns="{NOTES_NS}"><ref name="noteText"/></element>
  </define>
  <define name="phrase"><text/></define>
  <define name="noteText"><text/></define>
  <define name="unused"><ref name="para"/></define>
</grammar>
"""

DOC_WITH_NOTE = f'<doc xmlns="{TEI_NS}"><para>a</para><note xmlns="{NOTES_NS}">n</note></doc>'
DOCS_WITHOUT_NOTE = [
    f'<doc xmlns="{TEI_NS}"><para>a</para><para>b</para></doc>',  # valid
    f'<doc xmlns="{TEI_NS}"/>',  # valid
    f'<doc xmlns="{TEI_NS}"><para><para/></para></doc>',  # invalid: para holds text only
    f'<para xmlns="{TEI_NS}">a</para>',  # invalid: not the start element
]

MINIMAL_TEI = f"""
<TEI xmlns="{TEI_NS}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>A letter</title></titleStmt>
      <publicationStmt><p>Unpublished.</p></publicationStmt>
      <sourceDesc><p>Born digital.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text><body><p>Dear friend, <hi rend="italic">hello</hi>.</p></body></text>
</TEI>
"""
TEI_WITH_TABLE = MINIMAL_TEI.replace(
    "<body>", "<body><table><row><cell>1</cell><cell>2</cell></row></table>"
)


def tiny_grammar() -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(TINY_GRAMMAR))


def is_valid(grammar: etree._ElementTree, document: str) -> bool:
    return etree.RelaxNG(grammar).validate(etree.fromstring(document))


def define_names(grammar: etree._ElementTree) -> set[str]:
    return {define.get("name") for define in grammar.getroot().iter(f"{{{RELAXNG_NS}}}define")}


def odd_elements() -> set[str]:
    """Read the ODD's element list independently of schema_build."""
    odd = etree.parse(str(schema_build.ODD_PATH))
    namespaces = {"tei": TEI_NS}
    includes = odd.xpath("//tei:schemaSpec/tei:moduleRef/@include", namespaces=namespaces)
    keys = odd.xpath("//tei:schemaSpec/tei:elementRef/@key", namespaces=namespaces)
    return {name for include in includes for name in include.split()} | set(keys)


# --- prune_grammar on a hand-written grammar -------------------------------------------


def test_pruned_element_is_no_longer_allowed():
    assert is_valid(tiny_grammar(), DOC_WITH_NOTE)
    assert not is_valid(prune_grammar(tiny_grammar(), {"doc", "para"}), DOC_WITH_NOTE)


@pytest.mark.parametrize("document", DOCS_WITHOUT_NOTE)
def test_documents_without_the_pruned_element_keep_their_verdict(document):
    pruned = prune_grammar(tiny_grammar(), {"doc", "para"})
    assert is_valid(pruned, document) == is_valid(tiny_grammar(), document)


def test_unreachable_defines_and_annotations_are_removed():
    pruned = prune_grammar(tiny_grammar(), {"doc", "para"})
    assert define_names(pruned) == {"doc", "para", "note", "phrase"}
    note = pruned.getroot().find(f"{{{RELAXNG_NS}}}define[@name='note']")
    assert [child.tag for child in note] == [f"{{{RELAXNG_NS}}}notAllowed"]
    annotations = pruned.getroot().xpath(
        "//a:documentation | //sch:*", namespaces={"a": ANNOTATIONS_NS, "sch": SCHEMATRON_NS}
    )
    assert annotations == []


def test_input_grammar_is_not_modified():
    grammar = tiny_grammar()
    before = etree.tostring(grammar)
    prune_grammar(grammar, {"doc"})
    assert etree.tostring(grammar) == before


def test_elements_outside_tei_are_kept_only_by_clark_name():
    assert elements_defined(tiny_grammar()) == {"doc", "para", f"{{{NOTES_NS}}}note"}
    assert elements_defined(prune_grammar(tiny_grammar(), {"doc", "para", "note"})) == {
        "doc",
        "para",
    }
    kept = prune_grammar(tiny_grammar(), {"doc", "para", f"{{{NOTES_NS}}}note"})
    assert elements_defined(kept) == {"doc", "para", f"{{{NOTES_NS}}}note"}
    assert is_valid(kept, DOC_WITH_NOTE)


# --- drop_not_allowed: the pruned grammar without its notAllowed --------------------------

# A section holds a head, then, in a group, a para followed by a table; then an optional list
# and, by choice, a para or a figure. Cutting table, list and figure exercises each rule.
SECTION_GRAMMAR = f"""
<grammar xmlns="{RELAXNG_NS}" ns="{TEI_NS}">
  <start><ref name="section"/></start>
  <define name="section">
    <element name="section">
      <ref name="head"/>
      <choice><group><ref name="para"/><ref name="table"/></group><ref name="para"/></choice>
      <optional><ref name="list"/></optional>
      <zeroOrMore><choice><ref name="para"/><ref name="figure"/></choice></zeroOrMore>
    </element>
  </define>
  <define name="head"><element name="head"><text/></element></define>
  <define name="para"><element name="para"><text/></element></define>
  <define name="table"><element name="table"><empty/></element></define>
  <define name="list"><element name="list"><empty/></element></define>
  <define name="figure"><element name="figure"><empty/></element></define>
</grammar>
"""
SECTIONS = [
    f'<section xmlns="{TEI_NS}"><head>h</head><para>a</para></section>',
    f'<section xmlns="{TEI_NS}"><head>h</head><para>a</para><para>b</para><para>c</para></section>',
    f'<section xmlns="{TEI_NS}"><head>h</head><para>a</para><table/></section>',
    f'<section xmlns="{TEI_NS}"><head>h</head><para>a</para><list/></section>',
    f'<section xmlns="{TEI_NS}"><head>h</head><para>a</para><figure/></section>',
    f'<section xmlns="{TEI_NS}"><head>h</head></section>',
    f'<section xmlns="{TEI_NS}"><para>a</para></section>',
]


def simplified_section(keep: set[str]) -> etree._ElementTree:
    grammar = prune_grammar(etree.ElementTree(etree.fromstring(SECTION_GRAMMAR)), keep)
    assert drop_not_allowed(grammar)
    return grammar


@pytest.mark.parametrize("document", SECTIONS)
def test_dropping_not_allowed_keeps_every_verdict(document):
    keep = {"section", "head", "para"}
    pruned = prune_grammar(etree.ElementTree(etree.fromstring(SECTION_GRAMMAR)), keep)
    assert is_valid(simplified_section(keep), document) == is_valid(pruned, document)


def test_no_not_allowed_and_no_reference_to_a_cut_element_is_left():
    grammar = simplified_section({"section", "head", "para"})
    assert grammar.getroot().findall(f".//{{{RELAXNG_NS}}}notAllowed") == []
    assert define_names(grammar) == {"section", "head", "para"}
    refs = {ref.get("name") for ref in grammar.getroot().iter(f"{{{RELAXNG_NS}}}ref")}
    assert refs == {"section", "head", "para"}


def test_a_required_cut_element_makes_its_parent_match_nothing():
    # Without head, no section can be written: the whole grammar allows no document.
    grammar = prune_grammar(etree.ElementTree(etree.fromstring(SECTION_GRAMMAR)), {"section", "para"})
    assert not drop_not_allowed(grammar)


def test_teiconv_rng_has_no_not_allowed():
    grammar = etree.parse(str(schema_build.RNG_PATH))
    assert grammar.getroot().findall(f".//{{{RELAXNG_NS}}}notAllowed") == []


def test_grammars_that_include_others_are_refused():
    grammar = tiny_grammar()
    etree.SubElement(grammar.getroot(), f"{{{RELAXNG_NS}}}include", href="other.rng")
    with pytest.raises(ValueError, match="include"):
        prune_grammar(grammar, {"doc"})


@pytest.mark.parametrize(
    "customisation",
    [
        '<moduleRef key="core"/>',
        '<moduleRef key="core" except="p"/>',
        '<elementSpec ident="p" mode="delete"/>',
    ],
)
def test_build_refuses_odd_customisations_it_cannot_honour(customisation):
    odd = etree.fromstring(
        f'<TEI xmlns="{TEI_NS}"><schemaSpec ident="x">{customisation}</schemaSpec></TEI>'
    )
    with pytest.raises(ValueError):
        schema_build.odd_element_names(etree.ElementTree(odd))


# --- the committed schema ----------------------------------------------------------------


@pytest.fixture(scope="module")
def teiconv_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(schema_build.RNG_PATH)))


def test_teiconv_rng_compiles(teiconv_schema):
    assert isinstance(teiconv_schema, etree.RelaxNG)


def test_teiconv_rng_allows_exactly_the_odd_elements():
    assert elements_defined(etree.parse(str(schema_build.RNG_PATH))) == odd_elements()


def test_build_reads_the_same_element_list_as_the_odd():
    odd = etree.parse(str(schema_build.ODD_PATH))
    assert schema_build.odd_element_names(odd) == odd_elements()


def test_teiconv_rng_keeps_the_tei_licence_notice():
    comments = etree.parse(str(schema_build.RNG_PATH)).getroot().xpath("comment()")
    assert any("BSD-2" in comment.text and "CC+BY" in comment.text for comment in comments)


# --- against the official tei_all ----------------------------------------------------------


@pytest.fixture(scope="module")
def tei_all_path(tei_all):
    """tei_all.rng, located (or skipped, or failed in CI) by conftest."""
    return tei_all


@pytest.fixture(scope="module")
def tei_all_schema(tei_all_path) -> etree.RelaxNG:
    """Compiled once per process (shared with the seed tests): it takes seconds."""
    return load_schema(tei_all_path)


def test_teiconv_rng_is_up_to_date(tei_all_path, capsys):
    assert schema_build.main(["--check", "--tei-all", str(tei_all_path)]) == 0, capsys.readouterr()


def test_minimal_tei_document_is_valid_against_both(teiconv_schema, tei_all_schema):
    document = etree.fromstring(MINIMAL_TEI)
    assert teiconv_schema.validate(document), teiconv_schema.error_log
    assert tei_all_schema.validate(document), tei_all_schema.error_log


def test_element_outside_the_odd_is_invalid_only_against_teiconv(teiconv_schema, tei_all_schema):
    document = etree.fromstring(TEI_WITH_TABLE)
    assert tei_all_schema.validate(document), tei_all_schema.error_log
    assert not teiconv_schema.validate(document)


def test_odd_is_valid_tei(tei_all_schema):
    odd = etree.parse(str(schema_build.ODD_PATH))
    assert tei_all_schema.validate(odd), tei_all_schema.error_log


@settings(max_examples=200, deadline=None)
@given(
    insertions=st.lists(
        st.tuples(
            st.sampled_from(sorted(odd_elements())),
            st.integers(min_value=0, max_value=10_000),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_documents_of_odd_elements_get_the_tei_all_verdict(
    teiconv_schema, tei_all_schema, insertions
):
    """Pruning must not change the verdict on documents using only the ODD's elements."""
    document = etree.fromstring(MINIMAL_TEI)
    for name, position, with_text in insertions:
        nodes = list(document.iter(etree.Element))
        parent = nodes[position % len(nodes)]
        child = etree.Element(f"{{{TEI_NS}}}{name}")
        child.text = "x" if with_text else None
        parent.insert(position % (len(parent) + 1), child)
    assert teiconv_schema.validate(document) == tei_all_schema.validate(document)
