"""Robustness over a folder of real texts: every file converts, is valid, and loses no word.

    python bench/corpus_check.py [FOLDER]      (default: ../shared/corpus/texts)

Prints one line per problem and a summary; exits 1 if any file failed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lxml import etree

import teiconv
from teiconv.fidelity import lost_words
from teiconv.validate import validate_bytes


def main(folder: Path) -> int:
    files = sorted(folder.glob("*.txt"))
    failures = 0
    started = time.perf_counter()
    for path in files:
        try:
            data = teiconv.to_bytes(teiconv.convert_file(path))
        except Exception as err:  # noqa: BLE001 - a crash is exactly what this reports
            print(f"{path}: crash: {type(err).__name__}: {err}")
            failures += 1
            continue
        problems = validate_bytes(data, str(path))
        lost = lost_words(path.read_text(encoding="utf-8"), etree.fromstring(data))
        for problem in problems[:3]:
            print(problem)
        if lost:
            print(f"{path}: {len(lost)} words lost: {' '.join(lost[:10])}")
        failures += bool(problems or lost)
    elapsed = time.perf_counter() - started
    print(f"{len(files)} files, {failures} with problems, {elapsed:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "texts"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
