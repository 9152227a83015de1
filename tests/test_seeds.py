"""End to end on the seeds: valid against both schemas, deterministic, no word lost."""

import pytest
from lxml import etree

import teiconv
from teiconv.validate import validate_bytes

from conftest import SEEDS, lost_words, words, xpath, in_order, text_of


@pytest.fixture(scope="module")
def editions():
    return {path.name: teiconv.to_bytes(teiconv.convert_file(path)) for path in SEEDS}


def test_there_are_five_seeds():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_valid_against_teiconv_schema(seed, editions):
    assert validate_bytes(editions[seed.name], seed.name) == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_valid_against_tei_all(seed, editions, tei_all):
    assert validate_bytes(editions[seed.name], seed.name, tei_all) == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_deterministic(seed, editions):
    assert teiconv.to_bytes(teiconv.convert_file(seed)) == editions[seed.name]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_no_word_lost(seed, editions):
    tree = etree.fromstring(editions[seed.name])
    assert lost_words(seed.read_text(encoding="utf-8"), tree) == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_paragraph_words_in_source_order(seed, editions):
    """Each paragraph of the edition is a run of source words in their source order."""
    tree = etree.fromstring(editions[seed.name])
    source_words = words(seed.read_text(encoding="utf-8"))
    for paragraph in xpath(tree, "//tei:text//tei:p[not(ancestor::tei:note)]"):
        assert in_order(words(text_of(paragraph)), source_words), text_of(paragraph)[:80]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_header_is_complete(seed, editions):
    tree = etree.fromstring(editions[seed.name])
    header = "/tei:TEI/tei:teiHeader"
    for path in (
        "tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]",
        "tei:fileDesc/tei:publicationStmt/*[self::tei:publisher or self::tei:authority][normalize-space()]",
        "tei:fileDesc/tei:publicationStmt/tei:availability",
        "tei:fileDesc/tei:publicationStmt/tei:idno",
        "tei:fileDesc/tei:sourceDesc/tei:bibl/tei:idno[@type='sha256']",
        "tei:encodingDesc/tei:appInfo/tei:application[@ident='teiconv'][@version=$version]",
        "tei:profileDesc/tei:langUsage/tei:language[@ident]",
        "tei:revisionDesc/tei:change",
    ):
        assert tree.xpath(f"{header}/{path}", namespaces={"tei": "http://www.tei-c.org/ns/1.0"},
                          version=teiconv.__version__), path
