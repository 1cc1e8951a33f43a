"""The numbers behind each chart, as plain data (pure; no matplotlib here).

The chart functions draw these, and the standalone page turns the same numbers
into the charts' text alternatives, so picture and description always agree.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from mediakit.labels import SUPPORTS
from mediakit.techniques import FAMILIES, TECHNIQUES

if TYPE_CHECKING:
    from mediakit.report import Report

#: Learner-facing names of the support levels, in chart order.
SUPPORT_NAMES = {
    "named_source": "Named source",
    "vague_source": "Vague source",
    "evidence": "Evidence",
    "none": "Nothing given",
}
STATEMENT_KINDS = ("claim", "attributed")


def technique_counts(report: Report) -> dict[str, int]:
    """Findings per technique id, every technique of the registry in registry order."""
    counts = Counter(f.technique for f in report.findings)
    return {t: counts[t] for t in TECHNIQUES}


class Unit(NamedTuple):
    """A paragraph or sentence in reading order, with findings per family starting in it."""

    number: int  # 1-based position in reading order
    start: int
    end: int
    heading: bool
    by_family: dict[str, int]


def findings_by_unit(report: Report, by: str = "paragraph") -> list[Unit]:
    """Findings per family in each paragraph (or sentence), counted where each one starts."""
    if by == "paragraph":
        spans: Sequence = report.paragraphs
    elif by == "sentence":
        spans = report.sentences
    else:
        raise ValueError(f"by must be 'paragraph' or 'sentence', got {by!r}")
    units = [Unit(i + 1, u.start, u.end, bool(u.heading), dict.fromkeys(FAMILIES, 0))
             for i, u in enumerate(spans)]
    starts = [u.start for u in units]
    for f in report.findings:
        # A finding in the blank lines between units counts in the unit before it.
        i = max(bisect.bisect_right(starts, f.start) - 1, 0)
        if units:
            units[i].by_family[f.family] += 1
    return units


def family_rates(reports: Mapping[str, Report]) -> dict[str, dict[str, float]]:
    """Text name -> family id -> findings per 1,000 words (from each report's summary)."""
    if not reports:
        raise ValueError("compare at least one report (give a mapping of name -> Report)")
    return {name: dict(r.summary["per_1000_words"]) for name, r in reports.items()}


def support_counts(report: Report, kinds: Sequence[str] | None = STATEMENT_KINDS
                   ) -> dict[str, int]:
    """Body sentences per support level, for sentences of the given kinds (None: all)."""
    counts = Counter(
        s.support for s in report.sentences
        if not s.heading and (kinds is None or s.kind in kinds)
    )
    return {k: counts[k] for k in SUPPORTS}
