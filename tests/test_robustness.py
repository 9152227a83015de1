"""Bad inputs: each gets a documented repair with a warning, or a clear error and nothing written.

Every row of the README's table of bad inputs is backed by a test here or in test_source.py.
"""

import codecs

import pytest
from click.testing import CliRunner
from lxml import etree

import teiconv
from teiconv.batch import convert_paths
from teiconv.cli import main
from teiconv.vocab import tei

from conftest import convert, lost_words, xpath


def test_form_feed_becomes_a_page_break():
    text = "First page text ends here.\n\f\nSecond page text.\n"
    tree = convert(text)
    assert len(xpath(tree, "//tei:body/tei:pb")) == 1
    assert lost_words(text, tree) == []


def test_tabs_are_layout():
    tree = convert("\tIndented by a tab.\n\n\t\tAnd by two.\n")
    assert [p.text for p in xpath(tree, "//tei:body/tei:p")] == ["Indented by a tab.", "And by two."]


def test_crlf_cr_and_mixed_newlines_give_the_same_text():
    def text_part(source):  # the header differs only by the source's checksum
        return etree.tostring(teiconv.convert_text(source, "x.txt").find(tei("text")))

    lf = text_part("One line.\n\nTwo lines\nhere.\n")
    for variant in ("One line.\r\n\r\nTwo lines\r\nhere.\r\n", "One line.\r\rTwo lines\rhere.\r",
                    "One line.\r\n\nTwo lines\rhere.\n"):
        assert text_part(variant) == lf


def test_not_nfc_text_is_normalised_and_the_header_says_so(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_bytes("Cafe\u0301 society.\n".encode())
    tree = teiconv.convert_file(path)
    assert "Café" in "".join(tree.itertext())
    assert xpath(tree, "//tei:editorialDecl/tei:p[contains(., 'NFC')]")


def test_characters_xml_forbids_never_reach_the_output(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"Bell\x07 and escape\x1b and \xef\xbf\xbe end.\n")
    conversion = teiconv.convert_path(path)
    data = teiconv.to_bytes(conversion.tree)
    assert b"\x07" not in data and b"\x1b" not in data
    assert [d.code for d in conversion.diagnostics] == ["char-replaced"] * 3
    assert teiconv.validate(conversion.tree) == []


def test_utf16_file_converts(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Grüße aus Wien.\n".encode("utf-16-le"))
    assert "Grüße" in "".join(teiconv.convert_file(path).itertext())


def test_a_file_that_disappears_during_a_batch_fails_alone(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Still here.\n", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    outcomes = list(convert_paths([gone, good], tmp_path / "out"))
    assert "no such file" in str(outcomes[0].error)
    assert outcomes[1].data is not None


def test_legacy_encoding_is_refused_with_a_hint_and_converts_with_encoding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.txt").write_bytes("Caf\xe9 cr\xe8me.\n".encode("latin-1"))
    runner = CliRunner()
    refused = runner.invoke(main, ["convert", "old.txt", "-o", "out"])
    assert refused.exit_code == 2 and "--encoding" in refused.output
    assert not (tmp_path / "out" / "old.xml").exists()
    accepted = runner.invoke(main, ["convert", "old.txt", "-o", "out", "--encoding", "cp1252"])
    assert accepted.exit_code == 0
    assert "Café crème" in (tmp_path / "out" / "old.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    "[" * 500 + "x" + "]" * 500,
    "“" * 300 + "open quotes never closed",
    "word[1] " * 2000,
    "(" * 1000 + "Summary:" + ")" * 1000,
])
def test_pathological_brackets_quotes_and_markers_convert_validly(text):
    tree = convert(text)
    assert teiconv.validate(tree) == []
    assert lost_words(text, tree) == []
