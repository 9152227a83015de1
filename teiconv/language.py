"""Which language a text or a paragraph is in, with py3langid (a maintained fork of langid.py).

A library rather than hand-written rules: telling French from Catalan or German from Dutch in a
sentence takes a trained model, and py3langid ships its model (a few MB) inside the package, needs
no network, and is accurate on short texts. It is asked only when a paragraph does not look plainly
like the document's language, so most English texts never need it, and it is read from disk as
passages need it rather than loaded (see `langid_model`).
"""

from __future__ import annotations

import functools
import re

from . import langid_model

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
    """py3langid's model read from disk as passages need it (see `langid_model`); loaded whole by
    the library where that cannot be."""
    try:
        return langid_model.disk_model()
    except (OSError, langid_model.ModelLayoutError):
        return langid_model.library_identifier()


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
