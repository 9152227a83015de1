"""Who did what to a text, as a text says it: "translated by X", "Written down by Y."."""

from __future__ import annotations

import re

from .model import Responsibility

# A personal or corporate name: capitalised words and initials ("J. Smith", "Maria Lopes",
# "Mary-Ann de la Cruz").
_NAME = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:\s+(?:(?:de|van|von|der|la|le|du|da|di|al|bin|ibn)\s+)?(?:[A-Z][\w'’-]*\.?|[A-Z]\.)){0,4}"
_ROLE = (
    r"(?P<role>contributed|translated|edited|transcribed|compiled|obtained|written\s+down|taken\s+down|"
    r"recorded|minuted|annotated|introduced|prepared|digiti[sz]ed|encoded|proofread|typed)"
)
_RESPONSIBILITY = re.compile(rf"\b(?i:{_ROLE})\s+by\s+(?P<name>{_NAME})")


def responsibilities_in(text: str) -> list[Responsibility]:
    """Every "ROLE by NAME" in `text`, in order."""
    found = []
    for match in _RESPONSIBILITY.finditer(text):
        name = match.group("name")
        if not re.search(r"\b[A-Z]\.$", name):
            name = name.rstrip(".")
        role = " ".join(match.group("role").lower().split())
        found.append(Responsibility(f"{role} by", name))
    return found
