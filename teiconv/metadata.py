"""Metadata a user supplies: a sidecar `NAME.toml` beside a text, and project-wide defaults.

What the user says wins over what the text suggests. Keys are checked, so a typo is an error
naming the file, the line and the nearest known key, not a silently ignored setting.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Any

from .dates import parse_date
from .diagnostics import TeiconvError
from .model import Metadata, Responsibility

# key → (expected type, Metadata attribute). Lists accept a single string too.
_KEYS: dict[str, tuple[type, str]] = {
    "title": (str, "title"),
    "subtitle": (str, "subtitle"),
    "author": (list, "authors"),
    "authors": (list, "authors"),
    "editor": (list, "editors"),
    "editors": (list, "editors"),
    "funder": (list, "funders"),
    "funders": (list, "funders"),
    "translator": (list, "translators"),
    "translators": (list, "translators"),
    "date": (str, "date"),
    "publication_date": (str, "publication_date"),
    "language": (str, "language"),
    "publisher": (str, "publisher"),
    "authority": (str, "authority"),
    "licence": (str, "licence"),
    "licence_url": (str, "licence_url"),
    "idno": (str, "edition_id"),
    "source": (str, "source_bibl"),
    "source_url": (str, "source_url"),
    "keywords": (list, "keywords"),
}
_DATE_KEYS = {"date", "publication_date"}
PROJECT_FILE = "teiconv.toml"


def load_toml(path: Path) -> dict[str, Any]:
    """Read and check a sidecar or project file; TeiconvError names the file and line of a problem."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        # Python 3.11's error has no line attribute; its message ends "(at line N, column M)".
        where = re.search(r"\(at line (\d+), column (\d+)\)$", str(err))
        message = str(err)[: where.start()].strip() if where else str(err)
        raise TeiconvError(str(path), f"not valid TOML: {message}", int(where.group(1)) if where else None) from None
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in _KEYS:
            near = difflib.get_close_matches(key, list(_KEYS), n=1)
            hint = f"; did you mean {near[0]!r}?" if near else f"; known keys: {', '.join(sorted(_KEYS))}"
            raise TeiconvError(str(path), f"unknown key {key!r}{hint}", line)
        expected, _attr = _KEYS[key]
        if expected is list and isinstance(value, str):
            continue
        if expected is list and isinstance(value, list) and all(isinstance(v, str) for v in value):
            continue
        if expected is str and isinstance(value, str):
            if key in _DATE_KEYS and not _is_date(value):
                raise TeiconvError(str(path), f"{key} = {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", line)
            continue
        wanted = "a string or a list of strings" if expected is list else "a string"
        raise TeiconvError(str(path), f"{key} must be {wanted}, not {type(value).__name__}", line)
    return data


def _is_date(value: str) -> bool:
    match = parse_date(value)
    return bool(match and match.when)


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def sidecar_for(text_path: Path) -> Path:
    return text_path.with_suffix(".toml")


def find_project_file(start: Path) -> Path | None:
    """`teiconv.toml` in `start` or the nearest folder above it."""
    for folder in [start, *start.parents]:
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def apply_overrides(metadata: Metadata, values: dict[str, Any]) -> None:
    """Set what the user gave on the metadata read from the text."""
    for key, value in values.items():
        if key not in _KEYS:
            raise ValueError(f"unknown metadata key {key!r}")
        _type, attr = _KEYS[key]
        if attr == "translators":
            names = [value] if isinstance(value, str) else value
            metadata.responsibilities = [r for r in metadata.responsibilities if r.role != "translated by"]
            metadata.responsibilities.extend(Responsibility("translated by", name) for name in names)
        elif attr in ("date", "publication_date"):
            match = parse_date(value)
            setattr(metadata, attr, match.when if match else value)
            if attr == "date":
                metadata.date_text = value
        elif isinstance(getattr(metadata, attr), list):
            setattr(metadata, attr, [value] if isinstance(value, str) else list(value))
        else:
            setattr(metadata, attr, value)
