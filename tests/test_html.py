"""The reading view (teiconv html) and the project scaffold (teiconv init), read back with lxml.html:
what each page holds, that no word of an edition is lost on it, that it is safe and the same
on every run; and the two commands through CliRunner."""

from __future__ import annotations

import tomllib
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from lxml import etree

import teiconv
from teiconv import __version__
from teiconv.cli import main
from teiconv.html import SiteError, write_site
from teiconv.scaffold import FILES, SAMPLE, init_project
from teiconv.vocab import E, XML_ID, XML_LANG

from conftest import REPO, lost_words, xpath

EDITIONS = sorted((REPO / "tei").glob("*.xml"))

FOOTNOTES = (
    "A Title\n\nThe first paragraph says something at some length, as prose does.[1] It goes on.[2]\n\n"
    "A second paragraph.\n\n[1] The first note.\n\n[2] The second note, of 3 May 1920.\n"
)


def page(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(path)).getroot()


def write_edition(folder: Path, name: str, tree: etree._Element) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.xml"
    path.write_bytes(teiconv.to_bytes(tree))
    return path


def first_p(tree: etree._Element) -> etree._Element:
    return xpath(tree, "//tei:body//tei:p")[0]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    write_site(EDITIONS, out)
    return out


def expected_genre(tree: etree._Element) -> str:
    """The genre, decided here independently of the stylesheet's own rule."""
    if xpath(tree, "//tei:correspDesc"):
        return "letter"
    for element, genre in (("sp", "conversation"), ("post", "comments")):
        if xpath(tree, f"//tei:text//tei:{element}"):
            return genre
    return "article"


def test_site_has_an_index_a_stylesheet_and_a_page_and_the_tei_of_each_edition(tmp_path):
    written = write_site(EDITIONS, tmp_path)
    names = {path.name for path in written}
    assert {"index.html", "reading.css"} <= names
    for edition in EDITIONS:
        assert {f"{edition.stem}.html", edition.name} <= names
        assert (tmp_path / edition.name).read_bytes() == edition.read_bytes()
    assert all(path.is_file() for path in written)


def test_index_lists_every_edition_with_title_date_author_and_genre(site):
    rows = page(site / "index.html").xpath("//table[@class='editions']/tbody/tr")
    assert len(rows) == len(EDITIONS)
    for row, edition in zip(rows, EDITIONS):
        tree = etree.parse(str(edition)).getroot()
        title, _date, author, genre = (cell.text_content().strip() for cell in row.xpath("td"))
        assert row.xpath("td[1]/a/@href") == [f"{edition.stem}.html"]
        assert title == " ".join(xpath(tree, "string(//tei:titleStmt/tei:title[1])").split())
        assert genre == expected_genre(tree)
        for name in xpath(tree, "//tei:titleStmt/tei:author"):
            assert name.text in author


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda path: path.stem)
def test_page_keeps_every_word_of_the_text(site, edition):
    tree = etree.parse(str(edition)).getroot()
    text = " ".join(xpath(tree, "//tei:text")[0].itertext())
    assert lost_words(text, page(site / f"{edition.stem}.html")) == []


@pytest.mark.parametrize("edition", EDITIONS, ids=lambda path: path.stem)
def test_page_shows_the_header_and_the_text_s_conventions(site, edition):
    tree = etree.parse(str(edition)).getroot()
    html = page(site / f"{edition.stem}.html")
    assert html.get("lang") == tree.get(XML_LANG)
    assert html.xpath("string(//h1)") == html.xpath("string(//title)") != ""
    assert html.xpath("//body/@class")[0].endswith(f"genre-{expected_genre(tree)}")
    labels = html.xpath("//section[@class='metadata']//dt/text()")
    assert {"Publisher", "Licence", "Source", "Languages"} <= set(labels)
    for resp in xpath(tree, "//tei:titleStmt/tei:respStmt/tei:resp/text()"):
        assert resp in labels
    for name, selector in (("correspAction", "//div[@class='correspondence']"), ("abstract", "//dt[.='Summary']"),
                           ("particDesc", "//span[@class='participant']")):
        assert bool(xpath(tree, f"//tei:{name}")) == bool(html.xpath(selector))
    assert html.xpath("//nav/a[@type='application/tei+xml']/@href") == [edition.name]
    assert len(html.xpath("//span[@class='supplied']")) == len(xpath(tree, "//tei:text//tei:supplied"))
    for supplied in html.xpath("//span[@class='supplied']"):
        assert supplied.text_content().startswith("[") and supplied.text_content().endswith("]")
    # Every normalised date is on its date's hover; a header date without words shows its value.
    dated = xpath(tree, "//tei:text//tei:date[@when]")
    times = html.xpath("//div[@class='text']//time | //section[@class='footnotes']//time")
    assert sorted((t.get("datetime"), t.get("title")) for t in times) == sorted((d.get("when"),) * 2 for d in dated)
    hands = xpath(tree, "//tei:text//tei:note[@hand]")
    assert len(html.xpath("//*[contains(concat(' ', @class, ' '), ' annotation ')][@title]")) == len(hands)
    speeches, posts = xpath(tree, "//tei:sp"), xpath(tree, "//tei:post")
    assert len(html.xpath("//div[@class='sp']/p[@class='speaker']")) == len(speeches)
    assert len(html.xpath("//ol[@class='thread']/li[@class='post']")) == len(posts)
    for post in html.xpath("//li[@class='post']"):
        assert post.xpath(".//span[@class='post-author']") and post.xpath(".//span[@class='post-time']")


def test_pages_need_no_script_and_nothing_from_the_network(site):
    for path in site.glob("*.html"):
        html = page(path)
        assert html.xpath("//script") == []
        fetched = html.xpath("//link/@href | //img/@src | //iframe/@src | //*[@style]/@style")
        assert fetched and all(not url.startswith(("http:", "https:", "//")) for url in fetched), path


def test_site_is_the_same_bytes_on_every_run(tmp_path):
    first = {path.name: path.read_bytes() for path in write_site(EDITIONS, tmp_path / "a")}
    second = {path.name: path.read_bytes() for path in write_site(EDITIONS, tmp_path / "b")}
    assert first == second


def test_footnotes_link_to_the_notes_and_back(tmp_path):
    source = write_edition(tmp_path, "notes", teiconv.convert_text(FOOTNOTES))
    write_site([source], tmp_path / "site")
    html = page(tmp_path / "site" / "notes.html")
    refs = html.xpath("//sup[@class='footnote-ref']/a")
    notes = html.xpath("//section[@class='footnotes']/ol/li")
    assert [a.text for a in refs] == ["1", "2"] and len(notes) == 2
    for ref, note in zip(refs, notes):
        assert ref.get("href") == f"#{note.get('id')}"
        assert note.xpath("a[@class='footnote-back']/@href") == [f"#{ref.get('id')}"]
    assert "The first note." in notes[0].text_content()
    assert notes[1].xpath(".//time/@datetime") == ["1920-05-03"]
    assert "The first note" not in html.xpath("string(//div[@class='text'])")


def test_speakers_foreign_words_and_links_by_hand(tmp_path):
    """Shapes teiconv may not make from text yet, built by hand: a speech by a person of the header,
    a foreign phrase, and links the view must not make clickable."""
    tree = teiconv.convert_text("A Title\n\nPlain words here.\n\nMore words.\n", "talk.txt")
    person = E.person(E.persName("Ada Lovelace"), E.persName("Ada"))
    person.set(XML_ID, "ada")
    xpath(tree, "//tei:profileDesc")[0].append(E.particDesc(E.listPerson(person)))
    paragraph = first_p(tree)
    foreign = E.foreign("laïcité")
    foreign.set(XML_LANG, "fr")
    paragraph.append(foreign)
    paragraph.append(E.ref("unsafe", target="javascript:alert(1)"))
    paragraph.append(E.ref("safe", target="https://example.org/?a=1&b=<2>"))
    paragraph.addnext(E.sp(E.p("I speak < you & me."), who="#ada"))
    write_site([write_edition(tmp_path, "talk", tree)], tmp_path / "site")
    raw = (tmp_path / "site" / "talk.html").read_text(encoding="utf-8")
    html = lxml.html.fromstring(raw)
    assert "I speak &lt; you &amp; me." in raw
    assert html.xpath("//div[@class='sp']/p[@class='speaker']/a/@href") == ["#ada"]
    assert html.xpath("string(//p[@class='speaker'])") == "Ada Lovelace"
    assert html.xpath("//span[@id='ada']/text()") == ["Ada Lovelace"]
    assert html.xpath("//i[@class='foreign']/@lang") == ["fr"]
    assert html.xpath("//a[starts-with(@href, 'javascript:')]") == []
    assert html.xpath("//span[@class='ref']/@title") == ["javascript:alert(1)"]
    assert html.xpath("//a[.='safe']/@href") == ["https://example.org/?a=1&b=<2>"]


def test_file_names_become_urls_that_lead_back_to_them(tmp_path):
    """"#", "?" and ":" in a name must not turn a link into a fragment, a query or a scheme."""
    name = "no 1#2?: javascript:x"
    write_site([write_edition(tmp_path, name, teiconv.convert_text("A Title\n\nWords.\n"))], tmp_path / "site")
    encoded = "no%201%232%3F%3A%20javascript%3Ax"
    assert page(tmp_path / "site" / "index.html").xpath("//td/a/@href") == [f"{encoded}.html"]
    assert page(tmp_path / "site" / f"{name}.html").xpath("//nav/a/@href") == ["index.html", f"{encoded}.xml"]
    assert (tmp_path / "site" / f"{name}.xml").is_file()


def test_a_bad_input_writes_nothing(tmp_path):
    good = write_edition(tmp_path, "good", teiconv.convert_text("A Title\n\nWords.\n"))
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI>\n<p>unclosed\n", encoding="utf-8")
    not_tei = tmp_path / "other.xml"
    not_tei.write_text("<html/>", encoding="utf-8")
    for bad, message in ((broken, "broken.xml:3:"), (not_tei, "not a TEI document")):
        with pytest.raises(SiteError, match=message):
            write_site([good, bad], tmp_path / "site")
    with pytest.raises(SiteError, match="good.html"):
        write_site([good, tmp_path / "site" / ".." / "good.xml"], tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_html_command(tmp_path, monkeypatch):
    write_edition(tmp_path / "tei", "letter", teiconv.convert_text("Dear Anna,\n\nThe books are safe.\n\nTom\n"))
    (tmp_path / "tei" / "broken.xml").write_text("<TEI", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["html", "tei/letter.xml"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "letter.html").is_file() and "site/index.html" in result.stderr
    result = runner.invoke(main, ["html", "-o", "out"])
    assert result.exit_code == 2 and "broken.xml:1:" in result.stderr and not (tmp_path / "out").exists()
    for command in ("html", "init"):
        assert runner.invoke(main, [command, "--help"]).output.count("Example:") == 1


def test_init_makes_a_project_that_builds_checks_and_reads(tmp_path, monkeypatch):
    runner = CliRunner()
    result = runner.invoke(main, ["init", str(tmp_path / "project")])
    assert result.exit_code == 0, result.output
    project = tmp_path / "project"
    assert sorted(str(path.relative_to(project)) for path in project.rglob("*") if path.is_file()) == sorted(FILES)
    # The placeholders are there to fill in, and inert until then.
    settings = (project / "teiconv.toml").read_text(encoding="utf-8")
    assert settings.count("TODO") >= 3 and tomllib.loads(settings) == {}
    workflow = (project / ".github" / "workflows" / "teiconv.yml").read_text(encoding="utf-8")
    assert f'pip install "teiconv=={__version__}"' in workflow and "run: teiconv check" in workflow
    monkeypatch.chdir(project)
    for command in (["build"], ["check"], ["html"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 0, (command, result.output)
    assert (project / "site" / f"{Path(SAMPLE).stem}.html").is_file()


def test_init_keeps_what_exists(tmp_path):
    (tmp_path / ".gitignore").write_text("mine\n", encoding="utf-8")
    created, kept = init_project(tmp_path)
    assert kept == [tmp_path / ".gitignore"] and len(created) == len(FILES) - 1
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "mine\n"
    assert init_project(tmp_path) == ([], [tmp_path / name for name in FILES])
