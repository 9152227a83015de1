"""Time spent per pipeline stage, for the benchmark: a no-op unless a caller asks for it."""

from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterator


class StageTimer:
    """Adds up wall time per stage name across calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started


class _NoTimer:
    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield


NO_TIMER = _NoTimer()
