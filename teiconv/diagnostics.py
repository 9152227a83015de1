"""Diagnostics: problems found while converting, collected rather than printed.

The conversion goes on where it can; the caller (the CLI, a test, a batch job) decides what a
warning means. Only `TeiconvError` stops a conversion: it means no output is possible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Diagnostic:
    """One located message, printed like a compiler's: ``file:line:col: severity: message [code]``."""

    code: str
    message: str
    file: str
    line: int | None = None
    column: int | None = None
    severity: Severity = Severity.WARNING

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.severity.value}: {self.message} [{self.code}]"


@dataclass
class Reporter:
    """Collects the diagnostics of one source file."""

    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def warn(self, code: str, message: str, line: int | None = None, column: int | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, self.file, line, column))


class TeiconvError(Exception):
    """No output is possible for this input: the message names the file and the reason."""

    def __init__(self, file: str, message: str, line: int | None = None):
        self.file = file
        self.line = line
        self.reason = message
        place = f"{file}:{line}" if line is not None else file
        super().__init__(f"{place}: {message}")

    def __reduce__(self):
        """Picklable with its parts, so errors travel back from worker processes and Dask workers."""
        return (type(self), (self.file, self.reason, self.line))
