"""Read stage: bytes on disk → one decoded, normalised text with its provenance.

Everything later works on `Source.text`, whose line numbers are the file's own line numbers, so
any message can point at the place in the file the editor sees.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Reporter, TeiconvError

# Characters XML 1.0 does not allow (besides tab, LF, CR, which never survive newline
# normalisation as CR), and the non-characters U+FFFE/U+FFFF. Form feed is kept: it is a page break.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"
# Layout whitespace: what str.strip() removes, plus the zero-width characters that editors and
# browsers leave at line ends (zero-width space, word joiner, a stray byte-order mark).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + ZERO_WIDTH
_CONTENT = re.compile(f"[^{re.escape(WHITESPACE)}]")  # a character that is not layout whitespace


@dataclass(frozen=True)
class Source:
    """A plain text ready for conversion."""

    name: str  # the path as the user gave it: used in every message
    text: str  # NFC, "\n" newlines, no character XML forbids
    sha256: str  # of the bytes read, so an edition can be traced to its exact input
    encoding: str
    normalised_nfc: bool = False  # the text had to be normalised to NFC


def read_source(path: Path | str, encoding: str | None = None, reporter: Reporter | None = None) -> Source:
    """Read and decode a file; refuse (TeiconvError) what cannot be read as text."""
    name = str(path)
    text, used, digest = _read_decoded(Path(path), name, encoding)
    return _normalise(text, name, digest, used, reporter or Reporter(name))


def _read_decoded(path: Path, name: str, encoding: str | None) -> tuple[str, str, str]:
    """(text, encoding used, digest of the bytes): the bytes are let go before the text is worked
    on, so that a large file is not held twice."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise TeiconvError(name, "is a directory, not a text file") from None
    except FileNotFoundError:
        raise TeiconvError(name, "no such file") from None
    except OSError as err:
        raise TeiconvError(name, f"cannot read: {err.strerror or err}") from None
    text, used = _decode(data, name, encoding)
    return text, used, hashlib.sha256(data).hexdigest()


def source_from_bytes(data: bytes, name: str, encoding: str | None = None, reporter: Reporter | None = None) -> Source:
    text, used = _decode(data, name, encoding)
    return _normalise(text, name, hashlib.sha256(data).hexdigest(), used, reporter or Reporter(name))


def source_from_text(text: str, name: str = "<text>", reporter: Reporter | None = None) -> Source:
    """A Source for text already in memory (the library API, tests)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _normalise(text, name, digest, "utf-8", reporter or Reporter(name))


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise TeiconvError(name, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as err:
            raise TeiconvError(name, f"not valid {encoding} at byte {err.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data:
        raise TeiconvError(name, "looks like a binary file (it contains NUL bytes); not converted")
    return _strict(data, "utf-8", name), "utf-8"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise TeiconvError(
            name,
            f"not valid {encoding} (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "if the file uses a legacy encoding, give it with --encoding (e.g. --encoding cp1252)",
            line,
        ) from None


def _normalise(text: str, name: str, digest: str, encoding: str, reporter: Reporter) -> Source:
    if not _CONTENT.search(text):  # not text.strip(), which would copy the whole text
        raise TeiconvError(name, "is empty (or only whitespace): nothing to convert")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nfc = unicodedata.normalize("NFC", text)
    changed_by_nfc = nfc != text
    if _XML_ILLEGAL.search(nfc):
        nfc = _replace_illegal(nfc, reporter)
    return Source(name, nfc, digest, encoding, normalised_nfc=changed_by_nfc)


def _replace_illegal(text: str, reporter: Reporter) -> str:
    """Replace characters XML cannot carry by U+FFFD, saying where each one was."""
    for match in _XML_ILLEGAL.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        reporter.warn(
            "char-replaced",
            f"character U+{ord(match.group()):04X} is not allowed in XML; replaced by U+FFFD",
            line,
            column,
        )
    return _XML_ILLEGAL.sub(REPLACEMENT, text)
