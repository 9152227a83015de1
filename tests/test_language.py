"""Languages: the document's, and passages in another one marked with xml:lang."""

import pytest

from teiconv.language import document_language, passage_language

from conftest import convert, xpath

FRENCH = "Les ouvriers de la ville se sont réunis hier soir pour discuter de la grève générale."
GERMAN = ("Die Arbeiter der Stadt haben sich gestern Abend versammelt, um über den Generalstreik zu sprechen. "
          "Sie wollen am Montag wieder zusammenkommen und eine Erklärung veröffentlichen.")


def test_a_french_paragraph_in_an_english_text_is_marked():
    tree = convert(f"A Report\n\nThe meeting was long and the hall was full of workers from the docks.\n\n{FRENCH}\n")
    assert xpath(tree, "//tei:p/@xml:lang") == ["fr"]
    assert xpath(tree, "/tei:TEI/@xml:lang") == ["en"]


def test_the_document_language_comes_from_the_text():
    tree = convert(f"{GERMAN}\n\n{GERMAN}\n")
    assert xpath(tree, "/tei:TEI/@xml:lang") == ["de"]
    assert xpath(tree, "//tei:langUsage/tei:language/@ident") == ["de"]
    assert not xpath(tree, "//tei:p/@xml:lang")


@pytest.mark.parametrize("text", ["Bonjour mes amis.", "Glory to the workers!", "Sent out on 24-XI"])
def test_short_or_english_passages_are_not_marked(text):
    assert passage_language(text, "en") is None


def test_english_prose_never_loads_the_model():
    assert document_language("The letter was sent on Monday and it arrived late in the evening.") == "en"


def test_a_passage_in_another_script_is_marked_without_function_words():
    greek = "Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν, καὶ θεὸς ἦν ὁ λόγος."
    assert passage_language(greek, "en") in {"el", "grc"}
