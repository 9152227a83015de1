"""No word lost: compare the words of a source with the words of its edition.

Every word of the source must appear in the edition as often as in the source (case-folded).
Markers that became attribute values — note and list numbers, a catalogue field's label — may
leave the text, so words found in attribute values count as kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml import etree

# Letters and digits; an underscore is markup (_italic_), and a superscript digit a note marker,
# never part of a word.
_WORD = re.compile(r"[^\W_⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lost_words(source: str, tree: etree._Element) -> list[str]:
    """The source's words the edition lacks (sorted, each once), empty when nothing was lost."""
    edition = Counter(word.casefold() for word in words(" ".join(tree.itertext())))
    attribute_words = {
        word.casefold() for element in tree.iter() for value in element.attrib.values() for word in words(value)
    }
    # The edition is in NFC (said in its header), so the source is compared in NFC too.
    missing = Counter(word.casefold() for word in words(unicodedata.normalize("NFC", source))) - edition
    # A marker that became an attribute may be written otherwise there: "¹" is n="1".
    return sorted(word for word in missing if unicodedata.normalize("NFKC", word) not in attribute_words)
