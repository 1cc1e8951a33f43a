"""The detector against an instructor key, phrase by phrase: agreements, misses, false alarms.

Sentence-level scores live in :mod:`mediakit.activities.spot`; the lessons also need
the span view, to put one concrete false alarm and one concrete miss in front of
learners and ask them to argue with the detector.

A finding and a key mark *agree* when their spans overlap and they belong to the
same family (the technique may differ: the lessons name both).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from mediakit.findings import Finding


@dataclass(frozen=True, slots=True)
class KeyComparison:
    """Detector findings and key marks, matched by overlap within a family."""

    agreements: tuple[tuple[Finding, Any], ...]
    misses: tuple[Any, ...]
    false_alarms: tuple[Finding, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {"agreements": len(self.agreements), "misses": len(self.misses),
                "false_alarms": len(self.false_alarms)}


def _overlap(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


def compare_with_key(report: Any, key: Sequence[Any], *, families: Iterable[str] | None = None,
                     min_strength: int = 1) -> KeyComparison:
    """Match ``report.findings`` against ``key`` marks (optionally only some families).

    >>> import mediakit
    >>> from mediakit.findings import make_finding
    >>> from mediakit.texts import KeyMark
    >>> text = "A shameful plan. The vote was on Monday."
    >>> f = make_finding(text, 2, 10, "loaded_language", "Judges, not describes.")
    >>> mark = KeyMark(2, 10, "shameful", "loaded_language", "loaded_language", "why")
    >>> report = mediakit.analyze(text, detectors=[lambda doc: [f]])
    >>> compare_with_key(report, [mark]).counts
    {'agreements': 1, 'misses': 0, 'false_alarms': 0}
    """
    fams = set(families) if families is not None else None
    findings = [f for f in report.findings
                if f.strength >= min_strength and (fams is None or f.family in fams)]
    marks = [m for m in key if fams is None or m.family in fams]
    agreements = []
    matched_marks: set[int] = set()
    alarms = []
    for f in findings:
        hits = [i for i, m in enumerate(marks) if m.family == f.family and _overlap(f, m)]
        if hits:
            agreements.append((f, marks[hits[0]]))
            matched_marks.update(hits)
        else:
            alarms.append(f)
    misses = tuple(m for i, m in enumerate(marks) if i not in matched_marks)
    return KeyComparison(tuple(agreements), misses, tuple(alarms))


def pick_false_alarm(comparison: KeyComparison, key: Sequence[Any] = ()) -> Finding | None:
    """The false alarm most worth discussing: one the key leaves wholly unmarked (if ``key``
    is given), then the strongest, then the earliest."""
    if not comparison.false_alarms:
        return None
    return sorted(comparison.false_alarms,
                  key=lambda f: (any(_overlap(f, m) for m in key), -f.strength, f.start))[0]


def marks_over(finding: Any, key: Sequence[Any]) -> list[Any]:
    """Key marks that overlap ``finding`` (of any family)."""
    return [m for m in key if _overlap(finding, m)]


def pick_miss(comparison: KeyComparison) -> Any | None:
    """The miss most worth discussing: a short, word-level mark first (easy to see)."""
    if not comparison.misses:
        return None
    return sorted(comparison.misses, key=lambda m: (m.end - m.start > 40, m.start))[0]


__all__ = ["KeyComparison", "compare_with_key", "marks_over", "pick_false_alarm", "pick_miss"]
