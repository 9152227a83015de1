"""Personal names as texts write them: titles, initials, surnames — and whether two forms of a name
name one person.

Records, minutes and plays name one person in several ways: "Cde. N.S. Ivanov", "Comrade Ivanov",
"General Ivanov", "Ivanov", "IVANOV". A form is reduced to its parts (titles, given names or
initials, surname) so that forms can be compared part by part. Designations that are not personal
names ("The King of Argos", "General" alone) are compared whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that stand before a name and are not part of it (case-folded, without a full stop).
TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor rev reverend fr father sister brother sir dame lord lady
    cde comrade comrades herr frau monsieur mme madame mlle mademoiselle don dona señor senor señora
    general gen brigadier colonel col lieutenant lt major maj captain capt commander admiral marshal
    sergeant sgt corporal ambassador minister premier president vice deputy acting prime foreign
    secretary chairman chairwoman chair mayor governor senator councillor councilor alderman commissioner
    delegate director inspector superintendent judge justice king queen prince
    princess duke duchess count countess baron baroness emperor empress sheikh shaikh emir amir
    sultan imam rabbi bishop archbishop cardinal saint st hon excellency his her""".split()
)
# Titles that say a person's sex: "Mr. Smith" and "Mrs. Smith" are two people.
_MALE = frozenset(
    "mr sir lord herr monsieur don señor senor brother father fr king prince duke count baron emperor".split()
)
_FEMALE = frozenset(
    "mrs ms miss lady dame frau mme madame mlle mademoiselle dona señora sister queen princess duchess countess "
    "baroness empress".split()
)
# Lower-case particles inside surnames ("van Dijk", "al Said").
PARTICLES = frozenset("al el de del della van von der den ter bin ibn abu da di du la le y".split())
# Words that make a form a designation rather than a personal name ("The King of Argos").
_DESIGNATION_WORDS = frozenset({"of", "the", "and", "&"})
_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][^\W_]*(?:['’-][^\W_]+){{0,3}}"
_PREFIX = rf"(?:(?i:mr|mrs|ms|dr|st|mme|mlle|messrs|gen|col|capt|lt|sgt|prof|rev|hon|cde|fr)\.|[{_UPPER}]\.)"
_CONNECTOR = r"(?i:of|the|de|la|le|von|van|du|da|di|y|and|&|al|el|bin|ibn)"
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+(?:[^\W\d_])?$|^[^\W\d_]$")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class NameForm:
    """One way of writing a name, reduced to comparable parts (all case-folded)."""

    titles: tuple[str, ...] = ()
    given: tuple[str, ...] = ()  # given names; an initial is a single letter
    surname: str = ""
    designation: str = ""  # set instead of the parts when the form is not a personal name

    @property
    def sex(self) -> str | None:
        if any(title in _MALE for title in self.titles):
            return "m"
        if any(title in _FEMALE for title in self.titles):
            return "f"
        return None


def _bare(token: str) -> str:
    return token.strip(".,;:!?()[]_*\"'“”‘’").casefold()


def is_title(token: str) -> bool:
    """A title word, or a hyphenated run of them ("Prime-Minister")."""
    return all(part in TITLES for part in _bare(token).split("-"))


def parse_name(text: str) -> NameForm:
    """`text` split into titles, given names or initials, and surname."""
    tokens = [t for t in _TOKEN.findall(text) if _bare(t)]
    folded = [_bare(t) for t in tokens]
    whole = " ".join(folded)
    if not tokens or _DESIGNATION_WORDS.intersection(folded):
        return NameForm(designation=whole)
    titles: list[str] = []
    while len(tokens) > 1 and is_title(tokens[0]):
        titles.extend(_bare(tokens.pop(0)).split("-"))
    if is_title(tokens[0]):
        return NameForm(designation=whole)  # "General", "King": an office, not a name
    last = tokens.pop()
    surname = [_bare(last)]
    if _ROMAN.match(last.strip(".,;:")) and tokens:
        surname.insert(0, _bare(tokens.pop()))  # "Philip II": the regnal number is part of the name
    while tokens and _bare(tokens[-1]) in PARTICLES:
        surname.insert(0, _bare(tokens.pop()))  # "van Dijk", "al Said"
    given: list[str] = []
    for token in tokens:
        if _INITIALS.match(token.strip("_*,;:")):
            given.extend(letter for letter in token.casefold() if letter.isalpha())
        else:
            given.append(_bare(token))
    return NameForm(tuple(titles), tuple(given), " ".join(surname))


def same_person(a: NameForm, b: NameForm) -> bool:
    """Whether two forms can name one person: same surname, compatible sex and given names.

    A form without given names ("General Ivanov") matches any form with that surname; given
    names are compared in order, an initial matching any name with that first letter.
    """
    if a.designation or b.designation:
        return a.designation == b.designation
    if a.surname != b.surname or (a.sex and b.sex and a.sex != b.sex):
        return False
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a.given, b.given))


def name_pattern(max_words: int, space: str = r"\s") -> str:
    """A regular expression for a name as written: up to three honorifics or initials with their full
    stops ("Mrs.", "N.S."), then up to `max_words` capitalised words, with connectors ("of", "de")
    between them, separated by `space`. Every repetition is bounded, so matching stays linear."""
    return (rf"(?:{_PREFIX}{space}?){{0,3}}{_WORD}"
            rf"(?:{space}(?:{_CONNECTOR}{space}){{0,2}}{_WORD}){{0,{max_words - 1}}}")


def name_tokens(text: str) -> list[re.Match]:
    """The whitespace-separated tokens of `text` with their offsets."""
    return list(_TOKEN.finditer(text))
