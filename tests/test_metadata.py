"""Header metadata a user supplies: sidecar files, project defaults, SOURCE_DATE_EPOCH."""

import pytest
from click.testing import CliRunner

import teiconv
from teiconv.batch import metadata_for
from teiconv.cli import main
from teiconv.diagnostics import TeiconvError
from teiconv.metadata import load_toml

from conftest import convert, xpath

TEXT = "A Short Title\n\nSome prose that ends properly.\n"


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_sidecar_overrides_and_adds(tmp_path):
    write(tmp_path / "doc.txt", TEXT)
    write(tmp_path / "doc.toml", 'title = "A Better Title"\nauthors = ["Ann Smith", "Bo Li"]\ndate = "1901-05"\n'
                                 'keywords = ["canals"]\nlicence = "CC0"\ntranslators = "Eva Ruiz"\n')
    tree = teiconv.convert_file(tmp_path / "doc.txt", metadata_for(tmp_path / "doc.txt"))
    assert xpath(tree, "//tei:titleStmt/tei:title/text()") == ["A Better Title"]
    assert xpath(tree, "//tei:titleStmt/tei:author/text()") == ["Ann Smith", "Bo Li"]
    assert xpath(tree, "//tei:creation/tei:date/@when") == ["1901-05"]
    assert xpath(tree, "//tei:keywords/tei:term/text()") == ["canals"]
    assert xpath(tree, "//tei:availability/tei:licence/text()") == ["CC0"]
    assert xpath(tree, "//tei:respStmt[tei:resp='translated by']/tei:persName/text()") == ["Eva Ruiz"]


def test_project_file_gives_defaults_and_sidecar_wins(tmp_path):
    write(tmp_path / "teiconv.toml", 'publisher = "Valley Press"\nlicence = "CC BY 4.0"\n')
    (tmp_path / "texts").mkdir()
    write(tmp_path / "texts" / "doc.txt", TEXT)
    write(tmp_path / "texts" / "doc.toml", 'licence = "CC0"\n')
    values = metadata_for(tmp_path / "texts" / "doc.txt")
    assert values == {"publisher": "Valley Press", "licence": "CC0"}


@pytest.mark.parametrize("content, message, line", [
    ('title = "x"\ntitel = "y"\n', "unknown key 'titel'; did you mean 'title'?", 2),
    ('authors = 3\n', "authors must be a string or a list of strings, not int", 1),
    ('\n\ndate = "yesterday"\n', "date = 'yesterday' is not a date", 3),
    ('title = \n', "not valid TOML", 1),
])
def test_bad_sidecar_is_a_located_error(tmp_path, content, message, line):
    path = write(tmp_path / "doc.toml", content)
    with pytest.raises(TeiconvError) as caught:
        load_toml(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_bad_sidecar_stops_that_file_with_exit_2_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    write(tmp_path / "seeds" / "doc.txt", TEXT)
    write(tmp_path / "seeds" / "doc.toml", 'titel = "x"\n')
    write(tmp_path / "seeds" / "other.txt", TEXT)
    result = CliRunner().invoke(main, ["convert", "seeds", "-o", "out"])
    assert result.exit_code == 2
    assert "seeds/doc.toml:1: unknown key 'titel'" in result.output
    assert not (tmp_path / "out" / "doc.xml").exists()
    assert (tmp_path / "out" / "other.xml").exists()


def test_no_wall_clock_date_unless_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert not xpath(convert(TEXT), "//tei:publicationStmt/tei:date")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert xpath(convert(TEXT), "//tei:publicationStmt/tei:date/@when") == ["2023-11-14"]


def test_publication_statement_without_configuration_says_so():
    tree = convert(TEXT)
    assert "no publisher" in xpath(tree, "string(//tei:publicationStmt/tei:authority)")
    assert xpath(tree, "//tei:availability/@status") == ["unknown"]
