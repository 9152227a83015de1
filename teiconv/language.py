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
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or (document == "en" and _looks_english(text)):
        return None
    code, probability = identify(text)
    return code if code != document and probability >= MIN_CONFIDENCE else None


def _looks_english(text: str) -> bool:
    words = [word.lower() for word in _WORD.findall(text)]
    return bool(words) and sum(word in _ENGLISH for word in words) >= ENGLISH_SHARE * len(words)
