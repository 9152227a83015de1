"""Batches of files: find the inputs, convert each, write atomically and never over a hand edit,
compare with what exists.

One file's failure never stops the others; every outcome is returned for the caller to report.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from itertools import repeat
from typing import Any, Iterable, Iterator
from pathlib import Path

from .convert import convert_path
from .diagnostics import Diagnostic, TeiconvError
from .manifest import MANIFEST_NAME, FileState, Manifest, sha256
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
    source_sha256: str | None = None
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
    outcome.source_sha256 = conversion.source.sha256
    outcome.diagnostics = conversion.diagnostics
    tree = conversion.tree
    del conversion  # the text and the document model, freed before the bytes are made: less peak memory
    outcome.data = to_bytes(tree)
    return outcome


def convert_paths(paths: list[Path], out_dir: Path, encoding: str | None = None, jobs: int = 1,
                  client: Any = None) -> Iterator[Outcome]:
    """Convert files one by one, in `jobs` processes, or as tasks on a Dask cluster (`client`).

    Outcomes come in the order of `paths` whatever runs them, so output does not depend on the jobs.
    """
    if client is not None:
        futures = client.map(convert_one, paths, out_dir=out_dir, encoding=encoding, pure=False)
        yield from client.gather(futures)
    elif jobs <= 1 or len(paths) < 2:
        yield from (convert_one(path, out_dir, encoding) for path in paths)
    else:
        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
            yield from pool.map(convert_one, paths, repeat(out_dir), repeat(encoding))


def convert_many(paths: list[Path], out_dir: Path, encoding: str | None = None, jobs: int = 1, client: Any = None,
                 force: bool = False, dry_run: bool = False) -> tuple[list[Outcome], list[Written]]:
    """Convert files and folders (their *.txt) into `out_dir`: the library form of `teiconv convert`."""
    outcomes = list(convert_paths(collect_inputs(paths), out_dir, encoding, jobs, client))
    return outcomes, write_outcomes(outcomes, out_dir, force=force, dry_run=dry_run)


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


class Action(str, Enum):
    WRITE = "write"  # a new edition
    UPDATE = "update"  # an edition teiconv wrote, now different
    UNCHANGED = "unchanged"
    REFUSED = "refused"  # would overwrite a hand edit or a file teiconv did not write


@dataclass
class Written:
    outcome: Outcome
    action: Action
    state: FileState


class EditionWriter:
    """Writes converted editions as they come, never over a hand edit unless `force`, and records
    them in the manifest, which is written on closing, also after an error: every file written is
    then known as teiconv's. With `dry_run`, decides every action and writes nothing.

    One at a time, so that a batch never holds more than one edition's bytes for writing.
    """

    def __init__(self, out_dir: Path, force: bool = False, dry_run: bool = False):
        self.out_dir, self.force, self.dry_run = out_dir, force, dry_run
        self.manifest = Manifest.load(out_dir)
        self.recorded = 0

    def __enter__(self) -> EditionWriter:
        return self

    def __exit__(self, *_exception) -> None:
        self.close()

    def write(self, outcome: Outcome) -> Written | None:
        """Write one edition (None when its conversion failed: nothing to write)."""
        if outcome.data is None or outcome.output is None or outcome.source_sha256 is None:
            return None
        digest = sha256(outcome.data)
        state, same_bytes = self.manifest.inspect(outcome.output, digest)
        if state in (FileState.EDITED, FileState.UNKNOWN) and same_bytes:
            state = FileState.GENERATED  # the same bytes: nothing of anybody's would be lost
        if state in (FileState.EDITED, FileState.UNKNOWN) and not self.force:
            return Written(outcome, Action.REFUSED, state)
        if state is FileState.NEW:
            action = Action.WRITE
        elif same_bytes:
            action = Action.UNCHANGED
        else:
            action = Action.UPDATE
        if not self.dry_run and action is not Action.UNCHANGED:
            write_atomically(outcome.output, outcome.data)
        self.manifest.record(outcome.output, digest, outcome.source_sha256)
        self.recorded += 1
        return Written(outcome, action, state)

    def close(self) -> None:
        manifest_path = self.out_dir / MANIFEST_NAME
        data = self.manifest.to_bytes()
        if not self.dry_run and self.recorded and (not manifest_path.exists() or manifest_path.read_bytes() != data):
            write_atomically(manifest_path, data)


def write_outcomes(outcomes: Iterable[Outcome], out_dir: Path, force: bool = False,
                   dry_run: bool = False) -> list[Written]:
    """Write converted editions (see `EditionWriter`)."""
    with EditionWriter(out_dir, force, dry_run) as writer:
        return [written for written in map(writer.write, outcomes) if written is not None]


@dataclass
class Drift:
    """How the editions in a folder differ from what the converter produces now."""

    missing: list[Path] = field(default_factory=list)
    edited: list[Path] = field(default_factory=list)  # changed by hand since teiconv wrote them
    stale: list[Path] = field(default_factory=list)  # their source changed since
    outdated: list[Path] = field(default_factory=list)  # same source, but the converter now writes otherwise

    def __bool__(self) -> bool:
        return bool(self.missing or self.edited or self.stale or self.outdated)


def compare(outcomes: list[Outcome], out_dir: Path) -> Drift:
    manifest = Manifest.load(out_dir)
    drift = Drift()
    for outcome in outcomes:
        if outcome.data is None or outcome.output is None:
            continue
        state, same_bytes = manifest.inspect(outcome.output, sha256(outcome.data))
        if state is FileState.UNKNOWN and same_bytes:
            state = FileState.GENERATED
        if state is FileState.NEW:
            drift.missing.append(outcome.output)
        elif state is not FileState.GENERATED:
            drift.edited.append(outcome.output)
        elif manifest.source_digest(outcome.output) != outcome.source_sha256:
            drift.stale.append(outcome.output)
        elif not same_bytes:
            drift.outdated.append(outcome.output)
    return drift
