"""Shared test helpers: converting small fixtures, XPath with the TEI prefix, word-loss checks,
and locating TEI's tei_all.rng (skipped when absent, but a failure in CI)."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

import teiconv
from teiconv.vocab import TEI_NS

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
NS = {"tei": TEI_NS}
_WORD = re.compile(r"\w+")


def tei_all_path() -> Path | None:
    """tei_all.rng from TEICONV_TEI_ALL, else ../shared/schema-ref/ beside the checkout."""
    configured = os.environ.get("TEICONV_TEI_ALL")
    candidate = Path(configured) if configured else REPO.parent / "shared" / "schema-ref" / "tei_all.rng"
    return candidate if candidate.is_file() else None


def require_tei_all() -> Path:
    path = tei_all_path()
    if path is None:
        reason = "tei_all.rng not found: set TEICONV_TEI_ALL to TEI P5's tei_all.rng"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: this check may not be skipped)")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def tei_all() -> Path:
    return require_tei_all()


def convert(text: str, name: str = "fixture.txt", metadata: dict | None = None) -> etree._Element:
    """Convert a fixture and return the TEI root, reparsed from its serialised bytes."""
    return etree.fromstring(teiconv.to_bytes(teiconv.convert_text(text, name, metadata)))


def xpath(tree: etree._Element, expr: str) -> list:
    return tree.xpath(expr, namespaces=NS)


def text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lost_words(source: str, tree: etree._Element) -> list[str]:
    """Words of the source (case-folded) that the edition does not have as many times; markers
    that became attributes, such as note and list numbers or a field's label, may leave the text."""
    edition = Counter(word.casefold() for word in words(" ".join(tree.itertext())))
    attribute_words = {word.casefold() for element in tree.iter() for value in element.attrib.values()
                       for word in words(value)}
    missing = Counter(word.casefold() for word in words(source)) - edition
    return sorted(word for word in missing if word not in attribute_words)


def in_order(needle: list[str], haystack: list[str]) -> bool:
    """`needle` is a subsequence of `haystack`."""
    it = iter(haystack)
    return all(word in it for word in needle)
