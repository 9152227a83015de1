"""Read stage: decoding, newlines, normalisation, characters XML cannot carry."""

import codecs

import pytest

from teiconv.diagnostics import Reporter, TeiconvError
from teiconv.source import read_source, source_from_bytes


def test_utf8_with_and_without_bom_decode_alike():
    plain = source_from_bytes("Café\n".encode(), "a.txt")
    bom = source_from_bytes(codecs.BOM_UTF8 + "Café\n".encode(), "a.txt")
    assert plain.text == bom.text == "Café\n"
    assert bom.encoding == "utf-8-sig"


def test_utf16_with_bom():
    source = source_from_bytes("Lettre\r\n".encode("utf-16"), "a.txt")
    assert source.text == "Lettre\n"


def test_invalid_utf8_names_file_line_and_suggests_encoding():
    with pytest.raises(TeiconvError) as caught:
        source_from_bytes(b"first line\nna\xefve\n", "legacy.txt")
    message = str(caught.value)
    assert message.startswith("legacy.txt:2: ")
    assert "--encoding" in message


def test_explicit_legacy_encoding():
    assert source_from_bytes(b"na\xefve", "a.txt", encoding="cp1252").text == "naïve"


def test_binary_file_is_refused():
    with pytest.raises(TeiconvError, match="binary"):
        source_from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", "image.txt")


def test_newlines_are_normalised():
    assert source_from_bytes(b"a\r\nb\rc\n", "a.txt").text == "a\nb\nc\n"


def test_text_is_normalised_to_nfc_and_flagged():
    source = source_from_bytes("Cafe\u0301".encode(), "a.txt")
    assert source.text == "Café" and source.normalised_nfc
    assert not source_from_bytes("Café".encode(), "a.txt").normalised_nfc


def test_characters_xml_forbids_are_replaced_with_located_warning():
    reporter = Reporter("a.txt")
    source = source_from_bytes(b"ok\nbad\x01char\n", "a.txt", reporter=reporter)
    assert source.text == "ok\nbad\ufffdchar\n"
    [warning] = reporter.diagnostics
    assert (warning.line, warning.column, warning.code) == (2, 4, "char-replaced")
    assert str(warning).startswith("a.txt:2:4: warning:")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(TeiconvError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(TeiconvError, match="directory"):
        read_source(tmp_path)


def test_sha256_of_the_bytes_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert read_source(path).sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", "\u00a0\u200b\n".encode()])
def test_empty_or_whitespace_only_file_is_refused(data):
    with pytest.raises(TeiconvError, match="empty"):
        source_from_bytes(data, "blank.txt")
