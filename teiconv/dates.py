"""Recognise calendar dates in English running text and normalise them to ISO 8601.

The converter wraps what this module finds in TEI ``<date>`` elements, so a false
positive corrupts the edition while a miss only leaves plain text: every pattern
is deliberately conservative.  A number is only a date when something
date-like is attached to it (a month name, a second number in a known layout,
or a preposition before a four-digit year), and a month name is only a date
when a day or a year is attached to it ("May I say", "they march on", "the first
11 days of April" contain no dates).

The converter also meets adversarial input (one 5 MB line, 100k digits), so
every repetition in the patterns below is bounded: each attempt to match looks
at a bounded stretch of text, and scanning is linear in the length of the text.
All patterns are compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text.

    ``start`` and ``end`` are offsets into the text searched.  ``when`` is the ISO 8601
    value of a single date ("YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDThh:mm:ss");
    ``from_`` and ``to`` are the ends of a range.  All three are None when the
    expression is a date whose year is unknown ("20 March" without a context year).
    """

    start: int
    end: int
    when: str | None
    from_: str | None
    to: str | None


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NUMBERS = {**_MONTHS, **_MONTH_ABBREVIATIONS}
_ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_YEARS = {"this": 0, "last": -1, "next": 1}
_BARE_YEAR_PREPOSITIONS = (
    "in", "since", "until", "till", "by", "of", "from", "before", "after", "during", "throughout",
)

# Years written as four digits are only taken within this span, which keeps counts
# such as "5000" and codes such as "0958" out.
_YEAR = r"(?:1\d{3}|20\d{2}|2100)"


def _alternation(words):
    """A regex alternation of literal words, longest first so that "Sept" is tried before "Sep".

    A look-ahead for the possible first letters comes first: it lets the engine reject
    most places in a text with one test instead of one per word.
    """
    initials = "".join(sorted({word[0] for word in words}))
    alternatives = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    return f"(?=[{initials}])(?:{alternatives})"


def _capitalised_forms(words):
    """Title-case and upper-case spellings of lower-case words ("march" gives "March" and "MARCH")."""
    return [form for word in words for form in (word.capitalize(), word.upper())]


# Lower-case full month names ("march", "may") are allowed in patterns that require
# a day or a year to be attached; lower-case abbreviations ("mar", "dec") never are.
_ANY_MONTH = (
    rf"(?P<month>{_alternation(_capitalised_forms(_MONTHS) + list(_MONTHS))}(?!\w)"
    rf"|{_alternation(_capitalised_forms(_MONTH_ABBREVIATIONS))}(?!\w)\.?)"
)
_CAPITALISED_MONTH = rf"(?P<month>{_alternation(_capitalised_forms(_MONTH_NUMBERS))}(?!\w)\.?)"
_ROMAN_MONTH = rf"(?P<month>{_alternation(_ROMAN_MONTHS)})"

# One character of white space within a line, and the gap allowed between the words
# of a date: a few spaces, with at most one line break so that hard-wrapped lines
# still match but a date never runs across a paragraph break.
_SPACE = r"[^\S\r\n]"
_GAP = rf"(?:{_SPACE}{{1,3}}|{_SPACE}{{0,3}}\r?\n{_SPACE}{{0,3}})"
_GAP_WIDTH = 8  # the widest gap: three spaces, "\r\n", three spaces
_DASH = rf"{_SPACE}?[-\u2013]{_SPACE}?"
_ORDINAL = r"(?i:st|nd|rd|th)"
_WEEKDAY_PREFIX = rf"(?:{_alternation(_capitalised_forms(_WEEKDAYS))},?{_GAP})?"

# A number in a date must not continue another number: "20,000", "47.2", "1-800".
_NUMBER_START = r"(?<!\w)(?<!\d[.,:/\-\u2013])"
_NUMBER_END = r"(?![\w%])(?![.,:/\-\u2013]\d)"
# A number that stands for a date on its own must also not sit in a run of digit
# groups, as in telephone numbers ("from 1800 555 1212").
_LONE_NUMBER_START = rf"{_NUMBER_START}(?<!\d )"
_LONE_NUMBER_END = rf"{_NUMBER_END}(?! \d)"

# In "6 May, 2000 people" the number after the comma is a count, not a year; a year
# after a comma is accepted only if no lower-case word follows it.  The comma is the
# normal spelling in "May 6, 2000", where no such check is made.
_COMMA_BEFORE_YEAR = rf"(?:,(?={_GAP}{_YEAR}(?!{_SPACE}{{1,3}}[a-z])))?"
_RELATIVE_YEAR = (
    rf",?{_GAP}(?:of{_GAP})?(?P<relative>{_alternation(_RELATIVE_YEARS)}){_GAP}year(?![\w-])"
)

_MERIDIEM = r"(?:[AaPp]\.[Mm]\.?|[AaPp][Mm])(?!\w)"
# A time needs minutes or am/pm, so that "6 May 2006 14 people" keeps the 14 out.
_TIME = (
    rf"(?:T|,?{_SPACE}{{1,3}}(?:at{_SPACE}{{1,3}})?)"
    rf"(?=\d{{1,2}}(?::[0-5]\d|{_SPACE}?{_MERIDIEM}))"
    rf"(?P<hour>\d{{1,2}})(?::(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
    rf"(?:{_SPACE}?(?P<meridiem>{_MERIDIEM}))?"
)
_DAY_OR_DAYS = rf"(?P<day>\d{{1,2}}){_ORDINAL}?(?:{_DASH}(?P<last_day>\d{{1,2}}){_ORDINAL}?)?"
_PREPOSITION = _alternation(_capitalised_forms(_BARE_YEAR_PREPOSITIONS) + list(_BARE_YEAR_PREPOSITIONS))

# Each kind of date expression, in order of preference where two could start at the
# same place.  Group names are shared between kinds; see _SCANNER.
_PATTERNS = {
    "iso": (
        rf"{_NUMBER_START}(?P<year>{_YEAR})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:{_TIME})?{_NUMBER_END}"
    ),
    "year_range": (
        rf"{_LONE_NUMBER_START}(?P<year>{_YEAR}){_DASH}(?P<last_year>{_YEAR}){_LONE_NUMBER_END}"
    ),
    "numeric": (
        rf"{_NUMBER_START}(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/(?P<year>{_YEAR}){_NUMBER_END}"
    ),
    "roman": (
        rf"{_NUMBER_START}(?P<day>\d{{1,2}})[-.]{_ROMAN_MONTH}(?:[-.](?P<year>{_YEAR}))?{_NUMBER_END}"
    ),
    "day_month": (
        rf"(?<!\w){_WEEKDAY_PREFIX}{_NUMBER_START}{_DAY_OR_DAYS}{_GAP}(?:of{_GAP})?{_ANY_MONTH}"
        rf"(?:{_COMMA_BEFORE_YEAR}{_GAP}(?P<year>{_YEAR})|{_RELATIVE_YEAR})?"
        rf"(?:{_TIME})?{_NUMBER_END}"
    ),
    "month_day": (
        rf"(?<!\w){_WEEKDAY_PREFIX}{_ANY_MONTH}{_GAP}{_DAY_OR_DAYS}"
        rf"(?:,?{_GAP}(?P<year>{_YEAR})|{_RELATIVE_YEAR})?"
        rf"(?:{_TIME})?{_NUMBER_END}"
    ),
    "month_year": (
        rf"(?<!\w){_ANY_MONTH}{_COMMA_BEFORE_YEAR}{_GAP}(?P<year>{_YEAR}){_NUMBER_END}"
    ),
    "month_relative_year": rf"(?<!\w){_CAPITALISED_MONTH}{_RELATIVE_YEAR}",
    "bare_year": rf"(?<!\w){_PREPOSITION}{_GAP}(?P<year>{_YEAR}){_LONE_NUMBER_END}",
}
_COMPILED_PATTERNS = {kind: re.compile(pattern) for kind, pattern in _PATTERNS.items()}
# Every date has an anchor, a digit or a capitalised month name, and only a few words may stand
# before its first one: a weekday, a lower-case month name ("Monday, may 5"), a preposition
# ("throughout 1958"), with the gaps after them. So the scanner is tried only where a date can
# start (an anchor or one of those words, at a word start) this far before an anchor, and a text
# without one is skipped in two quick searches (two, because re finds a class or literal words
# fast, and "a digit or a month" as one alternation at every position).
_DIGITS = re.compile(r"\d+")
_MONTH_PREFIX = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")
_LEAD = max(
    max(map(len, _WEEKDAYS)) + len(",") + _GAP_WIDTH + max(map(len, _MONTHS)) + _GAP_WIDTH,
    max(map(len, _BARE_YEAR_PREPOSITIONS)) + _GAP_WIDTH,
)
# The words a date may start with before its first anchor.
_LEAD_WORDS = _capitalised_forms(_WEEKDAYS) + list(_MONTHS) + _capitalised_forms(_BARE_YEAR_PREPOSITIONS) + list(
    _BARE_YEAR_PREPOSITIONS
)
_POSSIBLE_START = re.compile(rf"(?<!\w)(?=[0-9]|{_MONTH_PREFIX.pattern}|{_alternation(_LEAD_WORDS)})")
# How far past a place the search for a possible start must see to tell whether it is one.
_START_SIGHT = max(map(len, _LEAD_WORDS))

# One pass over the text with all kinds at once.  Python's re forbids the same group
# name in two alternatives, so the scanner uses the patterns with their groups made
# non-capturing, tells the kinds apart by an outer named group, and the kind's own
# pattern is matched again at the place found to read the parts.  Every kind starts
# a word with a letter or digit; testing that first spares the engine trying each
# kind inside words and white space.
_SCANNER = re.compile(
    r"(?<!\w)(?=[0-9A-Za-z])(?:"
    + "|".join(
        rf"(?P<{kind}>{re.sub(r'[(][?]P<[a-z_]+>', '(?:', pattern)})"
        for kind, pattern in _PATTERNS.items()
    )
    + ")"
)
# parse_date also accepts a year, or a year and month, standing alone (a sidecar value).
_YEAR_OR_YEAR_MONTH = re.compile(rf"{_YEAR}(?:-(?:0[1-9]|1[0-2]))?")


def _is_calendar_date(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists; without a year any year will do, so 29 February passes."""
    try:
        date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def _iso_day(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _time_of_day(parts: dict) -> str | None:
    """The "Thh:mm:ss" suffix for the time in the match ("" if none), or None if it is no valid time."""
    if parts.get("hour") is None:
        return ""
    hour = int(parts["hour"])
    meridiem = parts["meridiem"]
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        # 12 am is midnight and 12 pm is noon.
        hour = hour % 12 + (12 if meridiem[0] in "Pp" else 0)
    if hour > 23:
        return None
    return f"T{hour:02d}:{int(parts['minute'] or 0):02d}:{int(parts['second'] or 0):02d}"


def _year_of(parts: dict, context_year: int | None) -> int | None:
    """The year written in the match, else the context year (shifted by "last year", "next year")."""
    if parts.get("year") is not None:
        return int(parts["year"])
    if context_year is None:
        return None
    return context_year + _RELATIVE_YEARS.get(parts.get("relative"), 0)


def _day_in_month(match: re.Match, year: int | None, month: int) -> DateMatch | None:
    """A single day or a range of days within one month, with the time if one is given."""
    parts = match.groupdict()
    first_day = int(parts["day"])
    last_day = int(parts["last_day"]) if parts.get("last_day") else None
    time = _time_of_day(parts)
    if time is None or not _is_calendar_date(year, month, first_day):
        return None
    if last_day is None:
        when = None if year is None else _iso_day(year, month, first_day) + time
        return DateMatch(match.start(), match.end(), when, None, None)
    if time or last_day <= first_day or not _is_calendar_date(year, month, last_day):
        return None
    if year is None:
        return DateMatch(match.start(), match.end(), None, None, None)
    first, last = _iso_day(year, month, first_day), _iso_day(year, month, last_day)
    return DateMatch(match.start(), match.end(), None, first, last)


def _month_number(name: str) -> int:
    """The number of a month name in any accepted spelling ("Sept.", "MARCH", "may")."""
    return _MONTH_NUMBERS[name.lower().rstrip(".")]


def _named_month_date(match: re.Match, context_year: int | None) -> DateMatch | None:
    month = _month_number(match["month"])
    return _day_in_month(match, _year_of(match.groupdict(), context_year), month)


def _roman_month_date(match: re.Match, context_year: int | None) -> DateMatch | None:
    month = _ROMAN_MONTHS[match["month"]]
    return _day_in_month(match, _year_of(match.groupdict(), context_year), month)


def _iso_date(match: re.Match, context_year: int | None) -> DateMatch | None:
    return _day_in_month(match, int(match["year"]), int(match["month"]))


def _numeric_date(match: re.Match, context_year: int | None) -> DateMatch | None:
    """DD/MM/YYYY or MM/DD/YYYY, only where the numbers allow one reading alone."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    readings = {
        _iso_day(year, month, day)
        for day, month in ((first, second), (second, first))
        if _is_calendar_date(year, month, day)
    }
    if len(readings) != 1:
        return None
    return DateMatch(match.start(), match.end(), readings.pop(), None, None)


def _month_of_year(match: re.Match, context_year: int | None) -> DateMatch | None:
    year = _year_of(match.groupdict(), context_year)
    month = _month_number(match["month"])
    if year is None:
        return DateMatch(match.start(), match.end(), None, None, None)
    if not _is_calendar_date(year, month, 1):
        return None
    return DateMatch(match.start(), match.end(), f"{year:04d}-{month:02d}", None, None)


def _year_range(match: re.Match, context_year: int | None) -> DateMatch | None:
    """Two years joined by a dash; only a rising pair is a range ("1918-1914" is not)."""
    first_year, last_year = match["year"], match["last_year"]
    if int(last_year) <= int(first_year):
        return None
    return DateMatch(match.start(), match.end(), None, first_year, last_year)


def _bare_year(match: re.Match, context_year: int | None) -> DateMatch | None:
    """The year alone: the preposition before it is context, not part of the date."""
    return DateMatch(match.start("year"), match.end("year"), match["year"], None, None)


_BUILDERS: dict[str, Callable[[re.Match, int | None], DateMatch | None]] = {
    "iso": _iso_date,
    "year_range": _year_range,
    "numeric": _numeric_date,
    "roman": _roman_month_date,
    "day_month": _named_month_date,
    "month_day": _named_month_date,
    "month_year": _month_of_year,
    "month_relative_year": _month_of_year,
    "bare_year": _bare_year,
}


def find_dates(text: str, year: int | None = None) -> list[DateMatch]:
    """All date expressions in `text`, left to right, non-overlapping.

    `year` is the year known from the document's context, used for expressions
    without a year ("20 March").  An expression that looks like a date but names a
    day that does not exist ("31 February 2014") is dropped, not returned without a value.
    """
    found = []
    for kind, parts in _date_expressions(text):
        date_match = _BUILDERS[kind](parts, year)
        if date_match is not None:
            found.append(date_match)
    return found


# The scanning does not depend on the context year, and texts are scanned again: document_year
# reads the opening blocks before the inline pass does, and labels and headings repeat.
@lru_cache(maxsize=2048)
def _date_expressions(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """The kind and the named parts of each date expression in `text`, whether or not it names a real day."""
    if not (_has_digit(text) or _MONTH_PREFIX.search(text)):
        return ()
    found = []
    end = 0  # dates do not overlap: the scanner is tried from the end of the last one on
    for anchor in _anchors(text):
        if anchor < end:
            continue
        for start in _POSSIBLE_START.finditer(text, max(end, anchor - _LEAD), anchor + _START_SIGHT):
            if start.start() > anchor:
                break
            scanned = _SCANNER.match(text, start.start())
            if scanned is None:
                continue
            end = scanned.end()
            kind = scanned.lastgroup
            # The kind's own pattern finds the same match the scanner did, now with its parts named.
            found.append((kind, _COMPILED_PATTERNS[kind].match(text, scanned.start())))
            break  # the date reaches past this anchor (its first is no earlier): the starts left are inside it
        end = max(end, anchor + 1)
    return tuple(found)


def _has_digit(text: str) -> bool:
    """Whether `text` has a digit (of any script); in ASCII text ten substring searches tell it
    faster than a regex does."""
    if text.isascii():
        for digit in "0123456789":
            if digit in text:
                return True
        return False
    return _DIGITS.search(text) is not None


def _anchors(text: str) -> list[int]:
    """Where the digit runs and capitalised month names of `text` start, in order."""
    return sorted([match.start() for match in _DIGITS.finditer(text)]
                  + [match.start() for match in _MONTH_PREFIX.finditer(text)])


def parse_date(text: str, year: int | None = None) -> DateMatch | None:
    """`text` as one whole date expression (a dateline, a timestamp line, a sidecar value), or None.

    Surrounding white space is allowed.  Besides everything find_dates recognises, a
    year ("1958") or ISO year and month ("1958-11") standing alone is a date here,
    because nothing else is in the text to make the number mean something else.
    """
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if _YEAR_OR_YEAR_MONTH.fullmatch(text, start, end):
        return DateMatch(start, end, text[start:end], None, None)
    scanned = _SCANNER.fullmatch(text, start, end)
    if scanned is None:
        return None
    kind = scanned.lastgroup
    date_match = _BUILDERS[kind](_COMPILED_PATTERNS[kind].fullmatch(text, start, end), year)
    if date_match is None or (date_match.start, date_match.end) != (start, end):
        return None
    return date_match
