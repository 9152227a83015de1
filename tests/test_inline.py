"""Inline stage: each inline rule on small texts, and the table's tie-breaking."""

import importlib
import pkgutil

import pytest

import teiconv.inline
from teiconv.inline import AnchoredPattern, InlineContext, parse_inline
from teiconv.inline.brackets import bracket_kind
from teiconv.inline.table import INLINE_RULES
from teiconv.model import Span, Text

from conftest import convert, xpath


def parse(text: str, year: int | None = None):
    return parse_inline(text, InlineContext(year=year), INLINE_RULES)


def spans(nodes, kind):
    found = []
    for node in nodes:
        if isinstance(node, Span):
            if node.kind == kind:
                found.append(node)
            found.extend(spans(node.children, kind))
    return found


def plain(nodes) -> str:
    return "".join(n.text if isinstance(n, Text) else plain(n.children) for n in nodes)


@pytest.mark.parametrize("text, kind", [
    ("help", "supplied"), ("the others", "remark"), ("then Foreign Secretary", "remark"),
    ("Minister of Health at the time", "remark"), ("sic", "remark"), ("Handwritten: copy", "annotation"),
    ("stamp: RECEIVED", "annotation"), ("...", None), ("…", None), ("1958", "supplied"),
])
def test_bracket_kinds(text, kind):
    assert bracket_kind(text) == kind


def test_supplied_words_lose_their_brackets_but_keep_their_words():
    nodes = parse("they can count on their [help] and support")
    [supplied] = spans(nodes, "supplied")
    assert plain(supplied.children) == "help"
    assert plain(nodes) == "they can count on their help and support"


def test_remark_inside_a_quotation_is_apart_from_the_quoted_words():
    nodes = parse("“The minister [then in office] refused.”")
    [quoted] = spans(nodes, "quoted")
    [remark] = spans(quoted.children, "remark")
    assert plain(remark.children) == "then in office"


def test_inline_annotation_has_its_type():
    [note] = spans(parse("see [handwritten: not reviewed] above"), "annotation")
    assert note.attrs["type"] == "handwritten" and plain(note.children) == "not reviewed"


def test_omission_marks_stay_text():
    assert parse("and so [...] on") == [Text("and so [...] on")]


def test_urls_bare_and_in_angle_brackets():
    nodes = parse("See <https://example.org/a?b=1>, or www.example.com/x. Also http://e.org/p#q.")
    assert [s.attrs["target"] for s in spans(nodes, "link")] == [
        "https://example.org/a?b=1", "http://www.example.com/x", "http://e.org/p#q"]
    assert plain(nodes).startswith("See <https://example.org/a?b=1>, or")


def test_email_address():
    [link] = spans(parse("write to editor@example.org today"), "link")
    assert link.attrs["target"] == "mailto:editor@example.org"


def test_markdown_link():
    [link] = spans(parse("the [catalogue entry](https://example.org/c/1) says"), "link")
    assert link.attrs["target"] == "https://example.org/c/1" and plain(link.children) == "catalogue entry"


@pytest.mark.parametrize("text, expected", [
    ("a **bold** claim", [("bold", "bold")]),
    ("an *italic* word and _another_ one", [("italic", "italic"), ("italic", "another")]),
    ("3 * 4 * 5 = 60", []),
    ("the word* and the note*", []),
    ("snake_case_name stays", []),
])
def test_emphasis(text, expected):
    found = [(s.attrs["rend"], plain(s.children)) for s in spans(parse(text), "emphasis")]
    assert found == expected


@pytest.mark.parametrize("text, quoted", [
    ("he said “no more” and left", ["“no more”"]),
    ('he said "no more" and left', ['"no more"']),
    ("the ‘elections’ were won", ["‘elections’"]),
    ("the nation’s party and Bush’s men", []),
    ("an unbalanced “mark never closes", []),
    ("«bien sûr» dit-il", ["«bien sûr»"]),
])
def test_quotations(text, quoted):
    assert [plain(s.children) for s in spans(parse(text), "quoted")] == quoted


def test_dates_take_the_context_year_and_leave_numbers_alone():
    nodes = parse("On 20 March, 1,100 bodies and 47.2 percent; on 6-7 May the rest.", year=2006)
    dates = spans(nodes, "date")
    assert [(plain(d.children), d.attrs) for d in dates] == [
        ("20 March", {"when": "2006-03-20"}),
        ("6-7 May", {"from": "2006-05-06", "to": "2006-05-07"}),
    ]


def test_date_inside_a_quotation():
    [quoted] = spans(parse("“It happened on 4 May 1891, they say.”"), "quoted")
    [date] = spans(quoted.children, "date")
    assert date.attrs == {"when": "1891-05-04"}


def test_pathological_nesting_is_bounded():
    text = "“" * 200 + "deep" + "”" * 200
    assert plain(parse(text)) == text


def test_inline_markup_in_an_edition():
    tree = convert("A Title Here\n\nThe clerk wrote “paid in full” on 3 June 1850 [sic] and signed it.\n")
    [p] = xpath(tree, "//tei:body/tei:p")
    assert xpath(p, "tei:q/text()") == ["“paid in full”"]
    assert xpath(p, "tei:date/@when") == ["1850-06-03"]
    assert xpath(p, "tei:note[@type='editorial'][@place='inline']/text()") == ["sic"]


def _anchored_patterns():
    modules = [importlib.import_module(f"teiconv.inline.{info.name}") for info in pkgutil.iter_modules(teiconv.inline.__path__)]
    return [(f"{module.__name__}.{name}", value) for module in modules for name, value in vars(module).items()
            if isinstance(value, AnchoredPattern)]


# Texts with every character an inline rule starts from, in the places that make and unmake matches.
TRIGGER_TEXTS = [
    "dead.[1] word¹²  1958^[1] said* law(1) W. [*] [^note] [Footnote 2] [Footnote: a [b] c] x**",
    "**bold** *italic* _italic_ **un*closed 3 * 4 3*4 snake_case_name __dunder__ *a**b* ***",
    "“double” \"straight\" «guillemets» ‘single’ don’t nation’s ‘unclosed “open \"\"\" «",
    "(1) (12) f(1) ((2)) [[1]] ^^1 ^12345 ¹²³⁴⁵ †† ‡‡‡‡ §1 *[1]* _[2]_ “‘\"nested\"’”",
]


@pytest.mark.parametrize("name, pattern", _anchored_patterns())
def test_an_anchored_pattern_finds_what_the_plain_regex_finds(name, pattern):
    for text in TRIGGER_TEXTS + [line[::-1] for line in TRIGGER_TEXTS]:
        expected = [(match.span(), match.groups()) for match in pattern.regex.finditer(text)]
        assert [(match.span(), match.groups()) for match in pattern.finditer(text)] == expected, text
