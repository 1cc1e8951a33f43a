"""A set of non-overlapping spans with fast overlap tests (for "one finding per stretch").

Detectors keep the first (or strongest) finding on a stretch of text and skip later ones
that overlap it. A plain list scanned for every new span is quadratic; on a 5 MB text
with tens of thousands of findings that dominates the run.

>>> taken = DisjointSpans()
>>> taken.add(10, 20)
>>> taken.overlaps(15, 25), taken.overlaps(20, 30), taken.overlaps(0, 10)
(True, False, False)
"""

from __future__ import annotations

import bisect


class DisjointSpans:
    """Spans ``[start, end)`` that never overlap each other, kept sorted."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span in the set."""
        i = bisect.bisect_left(self._starts, end)  # spans starting before `end`
        return i > 0 and self._ends[i - 1] > start  # the last of them reaches past `start`

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none in the set (check with :meth:`overlaps` first)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def __len__(self) -> int:
        return len(self._starts)
