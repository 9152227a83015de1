"""Readable, stable xml:ids: made from names, unique within one document."""

from __future__ import annotations

import re
import unicodedata

_STOPWORDS = {"the", "of", "and", "a", "an", "for", "in", "on", "to", "de", "la", "le", "du", "von", "van"}


def slug(name: str, max_words: int = 4) -> str:
    """An NCName from `name`: ASCII letters and digits, words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    tokens = [t for t in re.findall(r"[A-Za-z0-9]+", ascii_name.lower()) if t not in _STOPWORDS]
    text = "-".join(tokens[:max_words]) or "x"
    return text if text[0].isalpha() else f"id-{text}"


class IdAllocator:
    """Hands out ids, adding -2, -3 … where a wanted id is taken."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}  # per wanted id, the suffix to try next: no rescans

    def allocate(self, wanted: str) -> str:
        candidate, number = wanted, self._next.get(wanted, 2)
        while candidate in self.taken:
            candidate, number = f"{wanted}-{number}", number + 1
        self._next[wanted] = number
        self.taken.add(candidate)
        return candidate
