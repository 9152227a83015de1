"""Validate the seeds' editions end to end with teiconv and with jing, side by side.

    python bench/validate_bench.py [--runs 5] [--tei-all PATH] [FILE ...]   (default: tei/*.xml)

Each measurement is one fresh process validating every file, process start included, as a CI job
or a pre-commit hook runs it: `python -m teiconv validate FILES --jobs 1` (RelaxNG and Schematron,
then RelaxNG alone with --no-schematron, which is what jing checks), and `jing SCHEMA FILES`.
Both schemas: schema/teiconv.rng and TEI's tei_all.rng (found like the tests find it:
$TEICONV_TEI_ALL, else ../shared/schema-ref/). jing is skipped, with a message, when it is not on
the PATH (Debian: apt-get install jing). Prints a table of the median wall time of --runs runs and
each command's exit status (0: valid), and exits 1 if teiconv's RelaxNG verdict is not jing's.

--jobs 1 because a handful of files is validated in one process anyway; what the table compares
is start-up, schema loading and validation. For tei_all, teiconv validates each document against
tei_all pruned to the elements it uses (see teiconv/validate.py), which is why it does not pay
the seconds a full compile takes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from teiconv.schema_build import default_tei_all
from teiconv.validate import default_schema

REPO = Path(__file__).resolve().parent.parent


def measure(command: list[str], runs: int) -> tuple[float, int]:
    """Median wall time of ``runs`` runs of ``command``, and its exit status (the same each time)."""
    times, statuses = [], set()
    for _ in range(runs):
        started = time.perf_counter()
        statuses.add(subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode)
        times.append(time.perf_counter() - started)
    if len(statuses) != 1:
        raise SystemExit(f"{' '.join(command[:4])} …: exit status changed between runs: {sorted(statuses)}")
    return statistics.median(times), statuses.pop()


def commands(schema: Path, files: list[str], jing: str | None) -> list[tuple[str, list[str], bool]]:
    """(validator, command, whether it checks RelaxNG alone) for one schema."""
    teiconv = [sys.executable, "-m", "teiconv", "validate", "--jobs", "1", "--schema", str(schema), *files]
    found = [
        ("teiconv (RelaxNG + Schematron)", teiconv, False),
        ("teiconv --no-schematron", [*teiconv, "--no-schematron"], True),
    ]
    return found + [("jing", [jing, str(schema), *files], True)] if jing else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="TEI files (default: tei/*.xml)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement; the median is shown")
    parser.add_argument("--tei-all", type=Path, default=default_tei_all(), help="TEI P5 tei_all.rng")
    args = parser.parse_args(argv)
    files = args.files or sorted(str(path.relative_to(REPO)) for path in (REPO / "tei").glob("*.xml"))
    schemas = {"teiconv.rng": default_schema()}
    if args.tei_all.is_file():
        schemas["tei_all.rng"] = args.tei_all
    else:
        print(f"tei_all.rng not found at {args.tei_all}: measuring teiconv.rng only", file=sys.stderr)
    jing = shutil.which("jing")
    if jing is None:
        print("jing not found on the PATH (Debian: apt-get install jing): measuring teiconv only", file=sys.stderr)

    print(f"{len(files)} files, median of {args.runs} runs, process start included\n")
    print(f"| {'schema':<12} | {'validator':<30} | {'seconds':>7} | exit |")
    print(f"| {'-' * 12} | {'-' * 30} | {'-' * 7}: | ---: |")
    disagreements = 0
    for label, schema in schemas.items():
        verdicts = set()
        for validator, command, relaxng_only in commands(schema, files, jing):
            seconds, status = measure(command, args.runs)
            if relaxng_only:
                verdicts.add(status == 0)
            print(f"| {label:<12} | {validator:<30} | {seconds:7.2f} | {status:>4} |", flush=True)
        disagreements += len(verdicts) > 1
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
