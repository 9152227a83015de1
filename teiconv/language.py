"""Which language a text or a paragraph is in, with py3langid (a maintained fork of langid.py).

A library rather than hand-written rules: telling French from Catalan or German from Dutch in a
sentence takes a trained model, and py3langid ships its model (a few MB) inside the package, needs
no network, and is accurate on short texts. Its model loads lazily (about a second) and only when a
paragraph does not look plainly like the document's language, so most English texts never load it.
"""

from __future__ import annotations

import functools
import re

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
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    if document == "en":
        english = sum(word in _ENGLISH for word in words)
        hints = sum(word in _FOREIGN_HINTS for word in words)
        if english >= ENGLISH_SHARE * len(words) or hints < 2 or hints < english:
            return None
    code, probability = identify(text)
    return code if code != document and probability >= MIN_CONFIDENCE else None


def _looks_english(text: str) -> bool:
    words = [word.lower() for word in _WORD.findall(text)]
    return bool(words) and sum(word in _ENGLISH for word in words) >= ENGLISH_SHARE * len(words)
