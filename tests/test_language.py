"""Languages: the document's, and passages in another one marked with xml:lang."""

import pytest

from teiconv import language
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


# --- the model, read from the cache rather than loaded -----------------------------------------


@pytest.fixture
def fresh_identifier(monkeypatch, tmp_path):
    """The identifier built anew, with its cache in `tmp_path`."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


def test_the_model_is_unpacked_once_into_the_cache(fresh_identifier):
    language.identify("Les ouvriers de la ville se sont réunis hier soir pour discuter de la grève.")
    [folder] = (fresh_identifier / "teiconv").iterdir()
    assert {path.name for path in folder.iterdir()} >= {"ptc.npy", "nextmove.npy", "out_feat.npy"}
    assert isinstance(language._identifier().nb_ptc, language._ArrayFile)


def test_reading_from_the_cache_gives_the_loaded_models_answers(fresh_identifier):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    loaded = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for text in (FRENCH, GERMAN, "Gallia est omnis divisa in partes tres.", "Ἐν ἀρχῇ ἦν ὁ λόγος", "", "1958"):
        assert language._identifier().classify(text) == loaded.classify(text)


def test_without_a_writable_cache_the_model_is_loaded(fresh_identifier):
    (fresh_identifier / "teiconv").write_text("a file where the cache folder would go")
    assert language.identify(FRENCH)[0] == "fr"
    assert not isinstance(language._identifier().nb_ptc, language._ArrayFile)
