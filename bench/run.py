"""The benchmark: teiconv against pandoc 3 on a corpus of real texts, side by side in one run.

    python bench/run.py                       # the whole report (several minutes)
    python bench/run.py --quick               # a tenth of the corpus, no 100 MB row
    python bench/run.py --no-pandoc           # teiconv only

Rows (printed as Markdown tables, ready for the README):

1. Throughput: `teiconv convert -j N` then `teiconv validate` over the corpus, each one process
   run as a user would (process start included), against pandoc 3 (`pandoc -f markdown -t tei -s`,
   one process per file: pandoc has no batch mode), MB/s of input and peak RSS, with the ratio.
2. Time per stage (source, blocks, block rules, each pass, writer, serialise, validate), in one
   process over the corpus, so the next optimisation is chosen by measurement.
3. Scaling: one file of 1, 10 and 100 MB (the corpus concatenated): time and peak RSS, to show the
   cost grows linearly and memory stays a small multiple of the input.
4. Jobs: the corpus with -j 1 and -j 2.

pandoc comes from the PyPI package pypandoc-binary (installed on demand into this environment).
Nothing here asserts: the numbers are for people, never for unit tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "texts"
MB = 1_000_000

# Runs a command and prints its peak RSS (KiB, the largest of the process and its children).
_MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def measure(command: list[str]) -> tuple[float, float, int]:
    """(seconds, peak RSS in MiB, exit code) of one command run in a fresh process."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak_kib, code = out.stdout.split()
    return seconds, int(peak_kib) / 1024, int(code)


def teiconv_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "teiconv", "-q", *args]


def corpus_files(corpus: Path, quick: bool) -> list[Path]:
    files = sorted(corpus.glob("*.txt"))
    return files[::10] if quick else files


def size(files: list[Path]) -> int:
    return sum(path.stat().st_size for path in files)


def pandoc_path() -> str | None:
    try:
        import pypandoc
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pypandoc-binary"], check=False)
        try:
            import pypandoc
        except ImportError:
            return None
    return pypandoc.get_pandoc_path()


def run_teiconv(files: list[Path], work: Path, jobs: int) -> tuple[float, float, float]:
    """Seconds of convert and of validate, and peak MiB, over `files` (copied into one folder first)."""
    inputs = work / "in"
    if not inputs.exists():
        inputs.mkdir()
        for path in files:
            shutil.copy(path, inputs / path.name)
    out = work / f"out-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    convert_s, convert_mib, code = measure(teiconv_command("convert", str(inputs), "-o", str(out), "-j", str(jobs)))
    if code:
        raise SystemExit(f"teiconv convert failed with exit {code}")
    validate_s, validate_mib, code = measure(teiconv_command("validate", str(out), "-j", str(jobs)))
    if code not in (0, 1):
        raise SystemExit(f"teiconv validate could not run (exit {code})")
    if code:
        print(f"(note: teiconv validate reported invalid editions in {out}; see `teiconv validate` on the corpus)")
    return convert_s, validate_s, max(convert_mib, validate_mib)


def run_pandoc(pandoc: str, files: list[Path], work: Path) -> tuple[float, float]:
    out = work / "pandoc"
    out.mkdir(exist_ok=True)
    seconds, peak = 0.0, 0.0
    for path in files:
        s, mib, _code = measure([pandoc, "-f", "markdown", "-t", "tei", "-s", str(path), "-o", str(out / f"{path.stem}.xml")])
        seconds += s
        peak = max(peak, mib)
    return seconds, peak


def stage_times(files: list[Path]) -> dict[str, float]:
    """Seconds per pipeline stage, in this process."""
    import teiconv
    from teiconv.source import read_source
    from teiconv.timing import StageTimer
    from teiconv.validate import validate_bytes

    timer = StageTimer()
    for path in files:
        with timer.stage("source (read, decode)"):
            source = read_source(path)
        conversion = teiconv.convert_source(source, timer=timer)
        with timer.stage("serialise"):
            data = teiconv.to_bytes(conversion.tree)
        with timer.stage("validate"):
            validate_bytes(data, str(path))
    return dict(timer.seconds)


def concatenated(files: list[Path], megabytes: int, work: Path) -> Path:
    """One text of about `megabytes` MB made of corpus texts end to end."""
    target = work / f"concat-{megabytes}MB.txt"
    with target.open("wb") as out:
        written = 0
        while written < megabytes * MB:
            for path in files:
                data = path.read_bytes()
                out.write(data + b"\n\n")
                written += len(data) + 2
                if written >= megabytes * MB:
                    break
    return target


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" ---: " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--quick", action="store_true", help="a tenth of the corpus, no 100 MB row")
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    files = corpus_files(args.corpus, args.quick)
    total = size(files)
    largest = max(path.stat().st_size for path in files)
    print(f"corpus: {len(files)} files, {total / MB:.1f} MB, largest {largest / MB:.2f} MB\n")
    with tempfile.TemporaryDirectory(prefix="teiconv-bench-") as tmp:
        work = Path(tmp)

        convert_s, validate_s, peak = run_teiconv(files, work, args.jobs)
        seconds = convert_s + validate_s
        rows = [[f"teiconv convert -j {args.jobs} + validate -j {args.jobs}", f"{seconds:.1f}",
                 f"{total / MB / seconds:.2f}", f"{peak:.0f}", f"{peak * 1024 * 1024 / largest:.1f}×"],
                [f"(of which convert {convert_s:.1f} s, validate {validate_s:.1f} s)", "", "", "", ""]]
        pandoc = None if args.no_pandoc else pandoc_path()
        if pandoc:
            p_seconds, p_peak = run_pandoc(pandoc, files, work)
            rows.append(["pandoc -f markdown -t tei -s (per file)", f"{p_seconds:.1f}", f"{total / MB / p_seconds:.2f}",
                         f"{p_peak:.0f}", f"{p_peak * 1024 * 1024 / largest:.1f}×"])
            rows.append(["ratio teiconv / pandoc (throughput)", "", f"{p_seconds / seconds:.1f}×", "", ""])
        print(table(["run", "seconds", "MB/s", "peak RSS MiB", "peak / largest input"], rows), "\n")

        stages = stage_times(files)
        whole = sum(stages.values())
        print(table(["stage (one process)", "seconds", "share"],
                    [[name, f"{s:.2f}", f"{100 * s / whole:.0f}%"] for name, s in
                     sorted(stages.items(), key=lambda item: -item[1])]), "\n")

        scaling = []
        for megabytes in (1, 10) if args.quick else (1, 10, 100):
            big = concatenated(files, megabytes, work)
            out = work / f"scale-{megabytes}"
            s, mib, code = measure(teiconv_command("convert", str(big), "-o", str(out), "-j", "1"))
            scaling.append((megabytes, s, mib, code))
            big.unlink()
        base = scaling[1][1] if len(scaling) > 1 else scaling[0][1]
        print(table(["input", "convert seconds", "MB/s", "peak RSS MiB", "peak / input", "time / 10 MB time"],
                    [[f"{mb} MB", f"{s:.1f}", f"{mb / s:.2f}", f"{mib:.0f}", f"{mib / mb:.1f}×", f"{s / base:.2f}"]
                     for mb, s, mib, _code in scaling]), "\n")

        one = sum(run_teiconv(files, work, 1)[:2])
        two = sum(run_teiconv(files, work, 2)[:2])
        print(table(["jobs", "seconds (convert + validate)", "speed-up"],
                    [["1", f"{one:.1f}", "1.00×"], ["2", f"{two:.1f}", f"{one / two:.2f}×"]]))


if __name__ == "__main__":
    main()
