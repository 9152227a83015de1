"""Date recogniser: a table of expressions in sentences, scored for precision and recall,
plus properties that must hold for any text (bounded, ordered spans; valid ISO values)."""

from __future__ import annotations

from collections import Counter
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teiconv import dates as dates_module
from teiconv.dates import DateMatch, find_dates, parse_date

# Each row: a text, the year known from context (or None), and the dates expected in it.
# An expected date is (matched text, when) or, for a range, (matched text, from, to).
POSITIVES = [
    ("The conversation took place on November 19, 1958, in Moscow.", None,
     [("November 19, 1958", "1958-11-19")]),
    ("WITH A DELEGATION OF BAGHDAD CITY GOVERNMENT\n19 November, 1958^[1]\n", None,
     [("19 November, 1958", "1958-11-19")]),
    ("The agreement was signed on 19 November 1958 in Moscow.", None, [("19 November 1958", "1958-11-19")]),
    ("Posted on 6 August 2014 by the editors.", None, [("6 August 2014", "2014-08-06")]),
    ("The Left Party of Iran\nMarch 8, 2024\n", None, [("March 8, 2024", "2024-03-08")]),
    ("Saturday, 9 August 2014", None, [("Saturday, 9 August 2014", "2014-08-09")]),
    ("The attack on Sunday 9 April was the worst.", 2006, [("Sunday 9 April", "2006-04-09")]),
    ("He spoke on Monday 8 May and again later.", 2006, [("Monday 8 May", "2006-05-08")]),
    ("The cable of Nov. 19, 1958 reached Cairo.", None, [("Nov. 19, 1958", "1958-11-19")]),
    ("A note dated 19 Nov 1958 survives.", None, [("19 Nov 1958", "1958-11-19")]),
    ("Written at Washington, Sept. 3, 1862.", None, [("Sept. 3, 1862", "1862-09-03")]),
    ("It was on the 11th of August, 1870, that he wrote.", None, [("11th of August, 1870", "1870-08-11")]),
    ("He wrote on August 11th, 1870.", None, [("August 11th, 1870", "1870-08-11")]),
    ("He was on Monday 11th August arguing the opposite.", 2014, [("Monday 11th August", "2014-08-11")]),
    ("Andrew Coates\nAugust 12, 2014 at 12:44 pm\n", None,
     [("August 12, 2014 at 12:44 pm", "2014-08-12T12:44:00")]),
    ("Reply posted August 12, 2014 at 2:15 pm by Jim.", None,
     [("August 12, 2014 at 2:15 pm", "2014-08-12T14:15:00")]),
    ("Logged August 13, 2014 at 12 am.", None, [("August 13, 2014 at 12 am", "2014-08-13T00:00:00")]),
    ("Logged August 13, 2014 at 12 pm.", None, [("August 13, 2014 at 12 pm", "2014-08-13T12:00:00")]),
    ("The meeting began on 6 August 2014 14:15 sharp.", None,
     [("6 August 2014 14:15", "2014-08-06T14:15:00")]),
    ("The elections held in February 2005, which the UIA won.", None, [("February 2005", "2005-02")]),
    ("More troops arrived in January this year.", 2006, [("January this year", "2006-01")]),
    ("More troops arrived in January this year.", None, [("January this year", None)]),
    ("The battle of March 1862 decided little.", None, [("March 1862", "1862-03")]),
    ("Bush said on 20 March that the war was won.", 2006, [("20 March", "2006-03-20")]),
    ("Bush said on 20 March that the war was won.", None, [("20 March", None)]),
    ("The clashes on 6-7 May left dozens dead.", 2006, [("6-7 May", "2006-05-06", "2006-05-07")]),
    ("The clashes on 6\u20137 May 2006 left dozens dead.", None,
     [("6\u20137 May 2006", "2006-05-06", "2006-05-07")]),
    ("The clashes on 6-7 May left dozens dead.", None, [("6-7 May", None, None)]),
    ("The war of 1914-1918 ended empires.", None, [("1914-1918", "1914", "1918")]),
    ("[Handwritten: Sent out on 24-XI]", 1958, [("24-XI", "1958-11-24")]),
    ("[Handwritten: Sent out on 24-XI]", None, [("24-XI", None)]),
    ("Received 24.XI.1958 by the archive.", None, [("24.XI.1958", "1958-11-24")]),
    ("Record updated 2014-08-12 by the editor.", None, [("2014-08-12", "2014-08-12")]),
    ("Timestamp 2014-08-12T12:44:00 recorded.", None, [("2014-08-12T12:44:00", "2014-08-12T12:44:00")]),
    ("Filed 25/12/2014 in the register.", None, [("25/12/2014", "2014-12-25")]),
    ("Filed 12/25/2014 in the register.", None, [("12/25/2014", "2014-12-25")]),
    ("The party was founded in 1934 in Baghdad.", None, [("1934", "1934")]),
    ("Violence has grown since 2003.", None, [("2003", "2003")]),
    ("By 1960 the party had split.", None, [("1960", "1960")]),
    ("On 21 March 2006, the ministry reported.", None, [("21 March 2006", "2006-03-21")]),
    ("The strike in March last year failed.", 2006, [("March last year", "2005-03")]),
    ("Clashes on 22 February this year spread.", 2006, [("22 February this year", "2006-02-22")]),
    ("On 1st December there were riots.", 2005, [("1st December", "2005-12-01")]),
    ("Between 2 April, when he came, and 21 April to the end.", 2006,
     [("2 April", "2006-04-02"), ("21 April", "2006-04-21")]),
    ("The congress sat on August 11\u201312, 1870.", None,
     [("August 11\u201312, 1870", "1870-08-11", "1870-08-12")]),
    ("A leap day: 29 February 2008.", None, [("29 February 2008", "2008-02-29")]),
    ("THE DECREE OF 19 NOVEMBER 1958 WAS READ", None, [("19 NOVEMBER 1958", "1958-11-19")]),
    ("they arrived in september 1958 and left", None, [("september 1958", "1958-09")]),
    ("The talks ended on 19 November,\n1958.", None, [("19 November,\n1958", "1958-11-19")]),
    ("On August 12, 2014 12 amendments passed.", None, [("August 12, 2014", "2014-08-12")]),
]

NEGATIVES_AND_TRICKY = [
    ("A crowd of 20,000 gathered.", None, []),
    ("Turnout was 47.2 percent.", None, []),
    ("They signed a $6.5bn contract.", None, []),
    ("The morgue received 1,100 bodies in July alone.", 2006, []),
    ("Inflation reached 3.1 percent.", None, []),
    ("Guards are paid $300 a month.", None, []),
    ("At least 2,600 killed.", None, []),
    ("There are 113,000 troops in Iraq.", None, []),
    ("Some 80-90 percent of voters agreed.", None, []),
    ("Whatever it may be, we go on.", None, []),
    ("May I say how glad I am.", None, []),
    ("May we remember them.", None, []),
    ("They march on Baghdad.", None, []),
    ("The 20th Armoured Brigade moved north.", None, []),
    ("In the first 11 days of April 300 died.", 2006, []),
    ("Call 020 7946 0958 or 1-800-555-1212 today.", None, []),
    ("Phone from 1800 555 1212 after six.", None, []),
    ("See Chapter 12 for details.", None, []),
    ("The report claims 31 February 2014 as the date.", None, []),
    ("Nothing happened on 30 February.", 2006, []),
    ("Nothing happened on 29 February.", 2014, []),
    ("The form says 12/08/2014 at the top.", None, []),
    ("On 6 May, 2000 people marched.", 2006, [("6 May", "2006-05-06")]),
    ("In April, 36 people died.", 2006, []),
    ("The October Revolution changed Russia.", None, []),
    ("Last December there were 780 bodies.", 2005, []),
    ("A table runs 1918-1914 backwards.", None, []),
    ("Music of the 1950s returned.", None, []),
    ("Room 24-XIV is closed.", None, []),
    ("The code 2014-13-45 is not a date.", None, []),
    ("Theresa May said no.", None, []),
    ("The Mayor of Baghdad met Jane\u2019s reporter in Maryland.", None, []),
    ("The 2006 elections were rigged.", None, []),
    ("Page 1958 is missing.", None, []),
    ("They live in 12,000 homes.", None, []),
    ("Built in 5000 BC, it fell in 2101.", None, []),
    ("Meet at 12:44 pm on the square.", None, []),
    ("Sunday is a day of rest.", None, []),
    ("ISBN 978-1-2014-1918-0 is cited.", None, []),
    ("He died on 32 May.", 2006, []),
    ("The count rose in 1958-59.", None, []),
]

TABLE = POSITIVES + NEGATIVES_AND_TRICKY


def _expected(row_dates) -> list[tuple]:
    """(matched text, when, from, to) for each expected date of a row."""
    normalised = []
    for expected in row_dates:
        if len(expected) == 2:
            normalised.append((expected[0], expected[1], None, None))
        else:
            normalised.append((expected[0], None, expected[1], expected[2]))
    return normalised


def _found(text: str, year: int | None) -> list[tuple]:
    return [(text[m.start:m.end], m.when, m.from_, m.to) for m in find_dates(text, year)]


def test_table_is_large_and_balanced():
    assert len(TABLE) >= 70
    assert min(len(POSITIVES), len(NEGATIVES_AND_TRICKY)) >= 35


@pytest.mark.parametrize(("text", "year", "dates"), TABLE,
                         ids=[f"{i}:{row[0][:40]}" for i, row in enumerate(TABLE)])
def test_row(text, year, dates):
    assert _found(text, year) == _expected(dates)


def test_precision_and_recall_over_the_table():
    true_positives = found_total = expected_total = 0
    misses = []
    for text, year, dates in TABLE:
        expected = Counter(_expected(dates))
        found = Counter(_found(text, year))
        hits = sum((expected & found).values())
        true_positives += hits
        found_total += sum(found.values())
        expected_total += sum(expected.values())
        if expected != found:
            missing, spurious = list((expected - found).elements()), list((found - expected).elements())
            misses.append(f"{text!r} (year {year}): missing {missing}, spurious {spurious}")
    precision = true_positives / found_total if found_total else 1.0
    recall = true_positives / expected_total
    report = f"precision {precision:.3f}, recall {recall:.3f}\n" + "\n".join(misses)
    assert precision >= 0.95 and recall >= 0.95, report


@pytest.mark.parametrize(
    ("text", "year", "when"),
    [
        ("November 19, 1958", None, "1958-11-19"),
        ("  Saturday, 9 August 2014\n", None, "2014-08-09"),
        ("August 12, 2014 at 12:44 pm", None, "2014-08-12T12:44:00"),
        ("20 March", 2006, "2006-03-20"),
        ("20 March", None, None),
        ("1958", None, "1958"),
        ("1958-11", None, "1958-11"),
        ("2014-08-12", None, "2014-08-12"),
    ],
)
def test_parse_date_accepts_a_whole_expression(text, year, when):
    parsed = parse_date(text, year)
    assert parsed is not None
    assert parsed.when == when
    assert text[parsed.start:parsed.end] == text.strip()


@pytest.mark.parametrize(
    "text",
    ["", "hello", "in 1958", "November 19, 1958 and more", "31 February 2014", "12/08/2014", "May",
     "20,000"],
)
def test_parse_date_rejects_anything_but_one_date(text):
    assert parse_date(text) is None


def test_parse_date_gives_ranges():
    assert parse_date("6\u20137 May 2006") == DateMatch(0, 12, None, "2006-05-06", "2006-05-07")


def _assert_iso(value: str) -> None:
    """The date part must be a real calendar date; "YYYY" and "YYYY-MM" stand for their first day."""
    date_part, _, time_part = value.partition("T")
    assert len(date_part) in (4, 7, 10), value
    date.fromisoformat(date_part + "-01-01"[len(date_part) - 4:])
    if time_part:
        time.fromisoformat(time_part)


_DATE_LIKE_PIECES = [
    "1", "11", "31", "1958", "2014", "0", ",", ".", "-", "\u2013", "/", ":", " ", "  ", "\n", "th", "of",
    "May", "march", "Nov.", "Sept", "February", "XI", "IV", "Monday", "Sunday,", "at", "pm", "a.m.", "T",
    "this year", "last", "in", "since", "$", "%", "^[1]",
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(_DATE_LIKE_PIECES) | st.text(max_size=4), max_size=40).map("".join),
    year=st.none() | st.integers(min_value=-10_000, max_value=20_000),
)
def test_any_text_gives_ordered_spans_and_valid_iso_values(text, year):
    matches = find_dates(text, year)
    previous_end = 0
    for match in matches:
        assert previous_end <= match.start < match.end <= len(text)
        previous_end = match.end
        for value in (match.when, match.from_, match.to):
            if value is not None:
                _assert_iso(value)


def test_adversarial_text_completes():
    pieces = ["1" * 20_000, "1," * 10_000, "1 " * 10_000, "May " * 5_000, "1958-" * 4_000,
              "11 March, " * 2_000]
    text = "".join(pieces)
    assert len(text) >= 100_000
    text = (text * 2)[:200_000]
    assert isinstance(find_dates(text, 2000), list)



def _find_dates_scanning_everywhere(text: str, year: int | None = None) -> list[DateMatch]:
    """The reference find_dates is checked against: its scanner tried at every position of the text."""
    found = []
    for scanned in dates_module._SCANNER.finditer(text):
        kind = scanned.lastgroup
        parts = dates_module._COMPILED_PATTERNS[kind].match(text, scanned.start())
        date_match = dates_module._BUILDERS[kind](parts, year)
        if date_match is not None:
            found.append(date_match)
    return found


@pytest.mark.parametrize("text", [
    "WEDNESDAY,   \r\n   september   \r\n   5th, 1958",  # the longest lead before the first digit
    "Wednesday,\nseptember\n5",
    "throughout  \r\n   1958 and since\n1960",
    "March last year, and on Monday, may 4",
])
def test_dates_with_the_longest_lead_are_found(text):
    assert find_dates(text, 1958)
    assert find_dates(text, 1958) == _find_dates_scanning_everywhere(text, 1958)


# Words that may lead to an anchor in each spelling, an Arabic-Indic digit, a letter glued to a word.
_LEAD_PIECES = _DATE_LIKE_PIECES + ["Wednesday,", "   ", "\r\n", "september", "throughout", "THROUGHOUT", "In",
                                    "FRIDAY", "MAY", "Sept.", "\u0663", "x"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_LEAD_PIECES) | st.text(max_size=4), max_size=40).map("".join))
def test_scanning_near_anchors_finds_what_scanning_everywhere_finds(text):
    assert find_dates(text, 1958) == _find_dates_scanning_everywhere(text, 1958)
