"""Batches of files: find the inputs, convert each, write atomically, compare with what exists.

One file's failure never stops the others; every outcome is returned for the caller to report.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .convert import convert_path
from .diagnostics import Diagnostic, TeiconvError
from .metadata import find_project_file, load_toml, sidecar_for
from .serialise import to_bytes


class InputError(Exception):
    """The inputs named cannot be used at all (a missing path, a folder without texts)."""


@dataclass
class Outcome:
    """What happened to one input."""

    source: Path
    output: Path | None = None
    data: bytes | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: TeiconvError | None = None


def collect_inputs(paths: list[Path], suffix: str = ".txt") -> list[Path]:
    """Files as given, and the `*.txt` of folders, sorted; an unusable path is an InputError."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            texts = sorted(p for p in path.iterdir() if p.suffix == suffix and p.is_file())
            if not texts:
                raise InputError(f"{path}: no {suffix} files in this folder")
            found.extend(texts)
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return found


def metadata_for(path: Path) -> dict:
    """Project defaults (teiconv.toml above the text) overridden by the text's own sidecar."""
    values: dict = {}
    project = find_project_file(path.resolve().parent)
    if project:
        values.update(load_toml(project))
    sidecar = sidecar_for(path)
    if sidecar.is_file():
        values.update(load_toml(sidecar))
    return values


def convert_one(path: Path, out_dir: Path, encoding: str | None = None) -> Outcome:
    """Convert one file into bytes (not yet written); errors are captured in the outcome."""
    outcome = Outcome(path, out_dir / f"{path.stem}.xml")
    try:
        conversion = convert_path(path, metadata_for(path), encoding)
    except TeiconvError as err:
        outcome.error = err
        return outcome
    outcome.data = to_bytes(conversion.tree)
    outcome.diagnostics = conversion.diagnostics
    return outcome


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and a rename: the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (mkstemp's are 0600)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def convert_many(paths: list[Path], out_dir: Path, encoding: str | None = None) -> list[Outcome]:
    """Convert and write every input; an input that fails leaves its old output untouched."""
    outcomes = []
    for path in collect_inputs(paths):
        outcome = convert_one(path, out_dir, encoding)
        if outcome.data is not None and outcome.output is not None:
            write_atomically(outcome.output, outcome.data)
        outcomes.append(outcome)
    return outcomes


@dataclass
class Drift:
    """How the committed editions differ from what the converter produces now."""

    changed: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing)


def compare(outcomes: list[Outcome]) -> Drift:
    drift = Drift()
    for outcome in outcomes:
        if outcome.data is None or outcome.output is None:
            continue
        if not outcome.output.is_file():
            drift.missing.append(outcome.output)
        elif outcome.output.read_bytes() != outcome.data:
            drift.changed.append(outcome.output)
    return drift
