"""Per-stage timings of the plugin, for the benchmark (``make bench``).

Off unless ``ASSOCIATION_TIMINGS`` names a file; then each build appends one JSON line with
the seconds spent in each stage, so a regression shows where it is.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Stopwatch:
    def __init__(self) -> None:
        self.stages: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - start

    def write(self) -> None:
        target = os.environ.get("ASSOCIATION_TIMINGS")
        if target:
            with open(target, "a", encoding="utf-8") as file:
                file.write(json.dumps(self.stages) + "\n")
