"""Findings to non-overlapping text segments (pure; no HTML here).

Overlapping and nested findings cannot be drawn as one element each: HTML needs a
tree. The segment step cuts the text at every start and end, so each piece knows
exactly which spans cover it; the HTML step then nests one layer per covering span.

>>> [(s.start, s.end, s.ids) for s in build_segments(10, [(0, 6), (3, 8)])]
[(0, 3, (0,)), (3, 6, (0, 1)), (6, 8, (1,)), (8, 10, ())]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple


class Segment(NamedTuple):
    """``text[start:end]`` and the indices of the spans covering all of it.

    ``ids`` are ordered outermost first: earlier start, then longer, then input order,
    which is the order the HTML step opens its layers in.
    """

    start: int
    end: int
    ids: tuple[int, ...]


def span_order(spans: Sequence[tuple[int, int]]) -> list[int]:
    """Span indices sorted outermost first: by start, longer first, then input order."""
    return sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i))


def build_segments(length: int, spans: Sequence[tuple[int, int]]) -> list[Segment]:
    """Cut ``range(length)`` into segments at every span boundary.

    Segments tile ``0..length`` in order with no gaps; empty spans are ignored.
    Raises ``ValueError`` for a span outside the text.
    """
    for i, (s, e) in enumerate(spans):
        if not 0 <= s <= e <= length:
            raise ValueError(f"span {i} ({s}, {e}) lies outside the text (length {length})")
    if length == 0:
        return []
    rank = {i: r for r, i in enumerate(span_order(spans))}
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(spans):
        if s < e:
            starts.setdefault(s, []).append(i)
            ends.setdefault(e, []).append(i)
    cuts = sorted({0, length, *starts, *ends})
    active: set[int] = set()
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        out.append(Segment(a, b, tuple(sorted(active, key=rank.__getitem__))))
    return out


def assign_levels(spans: Sequence[tuple[int, int]]) -> list[int]:
    """Give each span the lowest level (0, 1, ...) free over its whole range.

    Spans that overlap never share a level, so each keeps one underline position
    along its length however the layers nest (interval-graph colouring, greedy).

    >>> assign_levels([(0, 10), (2, 4), (5, 12), (11, 13)])
    [0, 1, 1, 0]
    """
    levels = [0] * len(spans)
    busy_until: list[int] = []  # level -> end of the span holding it
    for i in span_order(spans):
        s, e = spans[i]
        for level, until in enumerate(busy_until):
            if until <= s:
                busy_until[level] = e
                levels[i] = level
                break
        else:
            levels[i] = len(busy_until)
            busy_until.append(e)
    return levels
