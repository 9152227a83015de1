"""Shared test helpers: converting small fixtures, XPath with the TEI prefix, word-loss checks,
and locating TEI's tei_all.rng (skipped when absent, but a failure in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from lxml import etree

import teiconv
from teiconv.fidelity import lost_words, words  # noqa: F401 - re-exported for the tests
from teiconv.vocab import TEI_NS

# Hypothesis profiles: "ci" by default (a few hundred examples), "long" for a thorough run.
_RELAXED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("ci", max_examples=300, **_RELAXED)
settings.register_profile("long", max_examples=10_000, **_RELAXED)
settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
NS = {"tei": TEI_NS}


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


def in_order(needle: list[str], haystack: list[str]) -> bool:
    """`needle` is a subsequence of `haystack`."""
    it = iter(haystack)
    return all(word in it for word in needle)
