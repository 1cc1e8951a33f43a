"""Span scoring with partial credit, as in SemEval-2020 Task 11.

A predicted span ``s`` earns ``|s ∩ t| / |s|`` toward precision and ``|s ∩ t| / |t|``
toward recall for every gold span ``t`` of the same technique in the same article.
Precision averages over predicted spans, recall over gold spans. Overlapping spans
of the same technique in one article are merged first, on both sides, so no
character is counted twice (the span-identification scorer of the task does the
same): predicting a span twice cannot raise a score.

>>> s = score_spans({"a": [(0, 10)]}, {"a": [(5, 15)]})
>>> round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)
(0.5, 0.5, 0.5)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Score:
    """Sums behind a score, so scores of several techniques can be micro-averaged."""

    precision_credit: float = 0.0
    predicted: int = 0
    recall_credit: float = 0.0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.precision_credit / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.recall_credit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.precision_credit + other.precision_credit,
            self.predicted + other.predicted,
            self.recall_credit + other.recall_credit,
            self.gold + other.gold,
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "predicted": self.predicted,
            "gold": self.gold,
        }


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Union of spans as sorted, non-overlapping spans (touching spans stay apart).

    >>> merge_spans([(5, 8), (0, 3), (2, 4), (8, 9)])
    [(0, 4), (5, 8), (8, 9)]
    """
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _overlap_sums(pred: list[Span], gold: list[Span]) -> tuple[float, float]:
    """Precision and recall credit between two sorted, merged span lists (linear sweep)."""
    p_credit = r_credit = 0.0
    j0 = 0
    for s0, s1 in pred:
        while j0 < len(gold) and gold[j0][1] <= s0:
            j0 += 1
        j = j0
        while j < len(gold) and gold[j][0] < s1:
            t0, t1 = gold[j]
            inter = min(s1, t1) - max(s0, t0)
            if inter > 0:
                p_credit += inter / (s1 - s0)
                r_credit += inter / (t1 - t0)
            j += 1
    return p_credit, r_credit


def score_spans(
    predicted: Mapping[str, Iterable[Span]], gold: Mapping[str, Iterable[Span]]
) -> Score:
    """Score one technique: ``predicted`` and ``gold`` map article ids to spans."""
    total = Score()
    for article in set(predicted) | set(gold):
        pred = merge_spans(predicted.get(article, ()))
        ref = merge_spans(gold.get(article, ()))
        p_credit, r_credit = _overlap_sums(pred, ref)
        total = total + Score(p_credit, len(pred), r_credit, len(ref))
    return total
