"""Which language a text or a paragraph is in, with py3langid (a maintained fork of langid.py).

A library rather than hand-written rules: telling French from Catalan or German from Dutch in a
sentence takes a trained model, and py3langid ships its model (a few MB) inside the package, needs
no network, and is accurate on short texts. It is asked only when a paragraph does not look plainly
like the document's language, so most English texts never need it, and its big arrays are read from
a cache as needed rather than loaded (see `_identifier`).
"""

from __future__ import annotations

import functools
import importlib.metadata
import lzma
import math
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

# English names of languages and their ISO 639-1 codes, for catalogue fields and the header.
LANGUAGE_CODES = {
    "english": "en", "french": "fr", "german": "de", "spanish": "es", "russian": "ru", "arabic": "ar",
    "italian": "it", "latin": "la", "portuguese": "pt", "chinese": "zh", "japanese": "ja", "polish": "pl",
    "czech": "cs", "hungarian": "hu", "persian": "fa", "farsi": "fa", "turkish": "tr", "hebrew": "he",
    "greek": "el", "dutch": "nl", "korean": "ko", "vietnamese": "vi", "romanian": "ro", "bulgarian": "bg",
    "serbian": "sr", "ukrainian": "uk", "mongolian": "mn", "hindi": "hi", "urdu": "ur",
}
LANGUAGE_NAMES = {code: name.capitalize() for name, code in LANGUAGE_CODES.items() if name != "farsi"}
MIN_WORDS = 6  # shorter passages are too short to call
MIN_CONFIDENCE = 0.95
SAMPLE_CHARACTERS = 20_000
# A paragraph where at least this share of the words are common English function words is English.
ENGLISH_SHARE = 0.08
_ENGLISH = frozenset(
    "the of and to in a is that it was for on are as with his they be at this have from or by not but "
    "had were which their an we you he she has been would there will all its our her who so if no".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # the same words in lower-case ASCII text, found faster
# Runs of letters outside Basic Latin and Latin Extended (the accented letters of French, Polish…).
_NOT_LATIN_RUN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
# A passage is in another script when most of its words are.
SCRIPT_SHARE = 0.5
# Function words of the languages an English text most often quotes (French, German, Spanish,
# Italian, Portuguese, Dutch, Latin) that are not English words: a passage with a few of them, and
# not fewer than English ones, is worth asking the model about. Lists of names, tables and verse
# have none, and so never load it (the model costs about a second and 100 MB).
_FOREIGN_HINTS = frozenset(
    "le la les des du une est et dans pour qui sur avec pas aux cette sont nous vous ils elle "
    "der das und ist nicht ein eine mit sich auf dem zu von ich sie wir auch "
    "el los las del por con para una y su al lo muy pero como "
    "il gli della che per non sono alla di questo "
    "os das do da com uma não são em "
    "het een van niet dat zijn voor ook "
    "ad cum quod sed ut ex esse sunt enim atque ac nec neque quae autem".split()
) - _ENGLISH


@functools.lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier, reading its model's big arrays from the cache as it needs them.

    Loaded, the model takes about a second and 118 MB in every process, for the few passages it
    is asked about; read from the unpacked cache, a process holds only the small arrays. (Not
    memory-mapped: the kernel maps large folios around every page touched, so a mapped model is
    soon resident anyway.) Where no cache can be written, the model is loaded.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        folder = _unpacked_model(MODEL_DIR / MODEL_FILE)
    except OSError:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    import numpy

    def small(name: str):
        return numpy.load(folder / f"{name}.npy")

    return LanguageIdentifier(_ArrayFile(folder / "ptc.npy"), small("pc"), small("classes").tolist(),
                              _ArrayFile(folder / "nextmove.npy"), small("out_feat"), norm_probs=True,
                              tk_row=small("nextmove_row").tolist())


class _ArrayFile:
    """An .npy array on disk, read an element or a few rows at a time (what py3langid indexes
    its transition table and its feature table with)."""

    def __init__(self, path: Path):
        import numpy.lib.format as npy

        self._file = open(path, "rb")  # noqa: SIM115 - read for the life of the process
        version = npy.read_magic(self._file)
        read_header = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
        shape, _fortran_order, self._dtype = read_header(self._file)
        self._start = self._file.tell()
        self._row_shape = shape[1:]
        self._row_bytes = self._dtype.itemsize * int(math.prod(self._row_shape))

    def __getitem__(self, index):
        import numpy

        if isinstance(index, numpy.ndarray):
            rows = b"".join(os.pread(self._file.fileno(), self._row_bytes, self._start + int(row) * self._row_bytes)
                            for row in index)
            return numpy.frombuffer(rows, self._dtype).reshape((len(index), *self._row_shape))
        data = os.pread(self._file.fileno(), self._row_bytes, self._start + index * self._row_bytes)
        return int(numpy.frombuffer(data, self._dtype)[0])


def model_cache() -> Path:
    """Where the unpacked model is kept: $XDG_CACHE_HOME/teiconv, else ~/.cache/teiconv."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "teiconv"


def _unpacked_model(packed: Path) -> Path:
    """The folder of py3langid's model (LZMA over NumPy's npz) unpacked once into .npy files."""
    version = importlib.metadata.version("py3langid")
    folder = model_cache() / f"py3langid-{version}-{packed.stat().st_size}"
    if not folder.is_dir():
        _unpack(packed, folder)
    return folder


def _unpack(packed: Path, folder: Path) -> None:
    """Write the npz's members (each an .npy file) into `folder`, streaming, never whole in memory.

    Unpacked beside it and renamed into place, so that processes starting together never map a
    half-written model: the one that renames second drops its copy.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        with tempfile.TemporaryFile() as npz:
            with lzma.open(packed) as source:
                shutil.copyfileobj(source, npz, 1 << 20)
            npz.seek(0)
            with zipfile.ZipFile(npz) as archive:
                for member in archive.namelist():
                    with archive.open(member) as array, open(staging / Path(member).name, "wb") as target:
                        shutil.copyfileobj(array, target, 1 << 20)
        staging.rename(folder)
    except OSError:
        if not folder.is_dir():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of `text`."""
    code, probability = _identifier().classify(text)
    return code, float(probability)


def document_language(text: str, default: str = "en") -> str:
    """The language of a whole text, from its opening; `default` when the model is unsure."""
    sample = text[:SAMPLE_CHARACTERS]
    if len(_WORD.findall(sample)) < MIN_WORDS or _looks_english(sample):
        return default
    code, probability = identify(sample)
    return code if probability >= MIN_CONFIDENCE else default


def passage_language(text: str, document: str) -> str | None:
    """The language of a passage when it is confidently not the document's, else None."""
    ascii_only = text.isascii()
    words = (_ASCII_WORD if ascii_only else _WORD).findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    if document == "en" and (ascii_only or not _mostly_other_script(text, len(words))):
        english = sum(map(_ENGLISH.__contains__, words))
        if english >= ENGLISH_SHARE * len(words):
            return None
        hints = sum(map(_FOREIGN_HINTS.__contains__, words))
        if hints < 2 or hints < english:
            return None
    code, probability = identify(text)
    return code if code != document and probability >= MIN_CONFIDENCE else None


def _mostly_other_script(text: str, words: int) -> bool:
    """Most words are outside the Latin script (a Greek or Russian quotation): there are no English
    or foreign function words to go by, so the model is asked."""
    return len(_NOT_LATIN_RUN.findall(text)) > SCRIPT_SHARE * words


def _looks_english(text: str) -> bool:
    words = _WORD.findall(text.lower())
    return bool(words) and sum(map(_ENGLISH.__contains__, words)) >= ENGLISH_SHARE * len(words)
