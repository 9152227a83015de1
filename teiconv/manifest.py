"""What teiconv wrote into an output folder, so that hand edits are never overwritten.

The manifest (`.teiconv-manifest.json` in the output folder) records, for every edition teiconv
wrote, the SHA-256 of its bytes and of the source they came from. An edition whose bytes no longer
match was edited by hand; an edition whose source changed is stale. The file is deterministic
(sorted, no timestamps) so it can be committed beside the editions.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

MANIFEST_NAME = ".teiconv-manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """The digest of a file, read in chunks: an edition on disk is compared without being held."""
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


class FileState(str, Enum):
    NEW = "new"  # no file yet
    GENERATED = "generated"  # the file is exactly what teiconv wrote
    EDITED = "edited"  # teiconv wrote it, and it was changed since
    UNKNOWN = "unknown"  # a file teiconv has no record of writing


@dataclass
class Manifest:
    folder: Path
    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        path = folder / MANIFEST_NAME
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            entries = {}
        except (OSError, ValueError):
            entries = {}  # an unreadable manifest protects nothing: every existing file counts as unknown
        return cls(folder, entries if isinstance(entries, dict) else {})

    def state(self, output: Path) -> FileState:
        return self.inspect(output)[0]

    def inspect(self, output: Path, data_sha256: str | None = None) -> tuple[FileState, bool]:
        """The file's state, and whether it holds exactly the bytes whose digest is `data_sha256`:
        the file is read once for both."""
        if not output.exists():
            return FileState.NEW, False
        on_disk = file_sha256(output)
        entry = self.entries.get(output.name)
        if entry is None:
            state = FileState.UNKNOWN
        else:
            state = FileState.GENERATED if on_disk == entry.get("sha256") else FileState.EDITED
        return state, on_disk == data_sha256

    def source_digest(self, output: Path) -> str | None:
        entry = self.entries.get(output.name)
        return entry.get("source_sha256") if entry else None

    def record(self, output: Path, data_sha256: str, source_sha256: str) -> None:
        self.entries[output.name] = {"sha256": data_sha256, "source_sha256": source_sha256}

    def to_bytes(self) -> bytes:
        return (json.dumps(self.entries, indent=1, sort_keys=True) + "\n").encode("utf-8")
