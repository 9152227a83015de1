"""py3langid's model read from disk: the library's answers, without loading the model."""

import pytest

from teiconv import langid_model, language

TEXTS = [
    "Les ouvriers de la ville se sont réunis hier soir pour discuter de la grève générale.",
    "Die Arbeiter der Stadt haben sich gestern Abend versammelt, um über den Generalstreik zu sprechen.",
    "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae.",
    "Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν.",
    "Все счастливые семьи похожи друг на друга.",
    "SOCIALISTES RÉVOLUTIONNAIRES, UNION DES COMMUNISTES",  # all capitals: the library lower-cases
    "The meeting was long and the hall was full.",
    "1958",
    "",
]


@pytest.fixture
def cache(monkeypatch, tmp_path):
    """A cache of this test's own; the identifier built anew on it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path / "teiconv"
    language._identifier.cache_clear()


@pytest.fixture(scope="module")
def library():
    return langid_model.library_identifier()


def test_the_model_is_unpacked_once_into_the_cache(cache):
    assert isinstance(language._identifier(), langid_model.DiskModel)
    [folder] = cache.iterdir()
    names = {path.name for path in folder.iterdir()}
    assert names == {f"{name}.npy" for name in langid_model.ARRAYS}
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    langid_model.disk_model()
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == before


@pytest.mark.parametrize("text", TEXTS)
def test_the_disk_model_gives_the_librarys_answers(cache, library, text):
    code, probability = langid_model.disk_model().classify(text)
    expected_code, expected_probability = library.classify(text)
    assert code == expected_code
    assert probability == pytest.approx(float(expected_probability), abs=1e-5)


def test_without_a_writable_cache_the_library_loads_the_model(cache):
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("a file where the cache folder would go")
    identifier = language._identifier()
    assert not isinstance(identifier, langid_model.DiskModel)
    assert language.identify(TEXTS[0])[0] == "fr"


def test_a_model_laid_out_otherwise_is_left_to_the_library(cache):
    langid_model.disk_model()
    [folder] = cache.iterdir()
    (folder / "ptc.npy").write_bytes(b"\x93NUMPY\x01\x00\x10\x00{'descr': '<f8'}   \n")
    with pytest.raises(langid_model.ModelLayoutError):
        langid_model.DiskModel(folder)
    assert not isinstance(language._identifier(), langid_model.DiskModel)
