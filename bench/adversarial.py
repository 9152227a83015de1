"""Pathological inputs under a time budget: conversion must stay linear in the size of the input.

    python bench/adversarial.py            # every case at two sizes, a table, exit 1 over budget

Each case is converted at a size and at four times that size; time growing by much more than 4×
means something quadratic (or a regular expression backtracking). The budget is generous (seconds
per MB) so that it fails only on a real blow-up, never on a busy machine. This lives here, not in
the unit tests, because timing assertions in tests are flaky by nature.
"""

from __future__ import annotations

import sys
import time
from typing import Callable

import teiconv

SECONDS_PER_MB = 10.0  # budget: pandoc needs about 2 s/MB on prose; ten times slower than normal is a bug
GROWTH_LIMIT = 6.0  # 4× the input may cost at most 6× the time

CASES: dict[str, Callable[[int], str]] = {
    "one long line": lambda n: "word, " * (n // 6),
    "one-line paragraphs": lambda n: "A short line.\n\n" * (n // 15),
    "nested brackets": lambda n: "[" * (n // 3) + "x" + "]" * (n // 3),
    "unbalanced brackets": lambda n: "[a " * (n // 3),
    "nested quotes": lambda n: "“" * (n // 2) + "x" + "”" * (n // 2),
    "unbalanced quotes": lambda n: "“word ‘and \"more " * (n // 17),
    "markers without bodies": lambda n: "text[1] more¹ and* " * (n // 19),
    "digits and dates": lambda n: "1 12 1958 March 20, 2006 " * (n // 25),
    "label lines": lambda n: "Label: value\n" * (n // 13),
    "caps lines": lambda n: "A HEADING LINE\n\n" * (n // 16),
    "numbered lines": lambda n: "1. item\n" * (n // 8),
    "asterisks and underscores": lambda n: "*a _b **c __d " * (n // 14),
}


def seconds_to_convert(text: str) -> float:
    started = time.perf_counter()
    teiconv.to_bytes(teiconv.convert_text(text, "adversarial.txt"))
    return time.perf_counter() - started


def main(size: int = 250_000) -> int:
    failures = 0
    print(f"| case | {size // 1000} KB s | {4 * size // 1000} KB s | growth | s/MB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, make in CASES.items():
        small = seconds_to_convert(make(size))
        large = seconds_to_convert(make(4 * size))
        growth = large / max(small, 1e-3)
        per_mb = large / (4 * size / 1_000_000)
        bad = per_mb > SECONDS_PER_MB or (growth > GROWTH_LIMIT and large > 1.0)
        failures += bad
        print(f"| {name} | {small:.2f} | {large:.2f} | {growth:.1f}× | {per_mb:.1f}{' OVER' if bad else ''} |")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
