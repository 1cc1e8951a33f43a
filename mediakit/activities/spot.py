"""Spot the technique: predict, then reveal.

A learner labels every sentence with a technique family or ``"none"`` and says how
sure they are (50, 70 or 90 %) before anything is shown. On reveal, the labels are
compared with an answer key (the instructor's, when the text has one) and the
detector's findings, sentence by sentence:

- *hit*: sentence flagged, and the reference flags it too (the family may differ;
  ``right_family`` counts hits where it matches);
- *miss*: the reference flags it, the learner said ``none``;
- *false alarm*: the learner flagged a sentence the reference leaves neutral;
- *correct rejection*: both leave it neutral.

**Discernment** is balanced accuracy: the mean of the hit rate and the
correct-rejection rate. Flagging everything scores 50 %, like guessing, so learning
to distrust every sentence does not pay; leaving neutral sentences alone does.
``d_prime`` gives the signal-detection view of the same counts.

**Calibration** groups answers by the confidence given and shows how often each
group was right (the label names a family the reference gives the sentence, or
``none`` for a neutral one).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mediakit.activities.common import match_saved, saved_list
from mediakit.report import Report
from mediakit.techniques import FAMILIES, TECHNIQUES

ACTIVITY = "spot"
NONE = "none"
LABELS: tuple[str, ...] = (NONE, *FAMILIES)
CONFIDENCE_LEVELS: tuple[int, ...] = (50, 70, 90)
OUTCOME_TEXT = {
    "hit": "✓ hit",
    "miss": "✗ miss",
    "false_alarm": "✗ false alarm",
    "correct_rejection": "✓ correct rejection",
    "unlabelled": "– not labelled",
}

Families = frozenset[str]


def label_name(label: str | None) -> str:
    """Learner-facing name of a label: ``"none"``, a family name, or ``"not labelled"``."""
    if label is None:
        return "not labelled"
    if label == NONE:
        return "none (neutral)"
    return FAMILIES[label].name


def families_name(families: Iterable[str]) -> str:
    names = [FAMILIES[f].name for f in FAMILIES if f in set(families)]
    return ", ".join(names) if names else "none (neutral)"


def _overlapping(sentences: Sequence, spans: Iterable[tuple[int, int, str]]) -> list[Families]:
    found: list[set[str]] = [set() for _ in sentences]
    for start, end, family in spans:
        for i, s in enumerate(sentences):
            if (s.start < end and start < s.end) or (start == end == s.start):
                found[i].add(family)
    return [frozenset(f) for f in found]


def _family(name: str) -> str:
    if name in FAMILIES:
        return name
    if name in TECHNIQUES:
        return TECHNIQUES[name].family
    raise ValueError(f"unknown family or technique {name!r}; families: {', '.join(FAMILIES)}")


def key_families(report: Report, key: Any) -> list[Families]:
    """Per-sentence families of an answer key.

    ``key`` is a sequence of marks with ``start``, ``end`` and ``family`` (such as a
    shipped text's :class:`~mediakit.texts.KeyMark` entries), or a mapping from
    sentence index to a family, a technique id, ``"none"`` or a list of those.
    """
    sentences = report.sentences
    if isinstance(key, Mapping):
        out: list[set[str]] = [set() for _ in sentences]
        for index, value in key.items():
            values = [value] if isinstance(value, str) else list(value)
            for v in values:
                if v != NONE:
                    out[int(index)].add(_family(v))
        return [frozenset(f) for f in out]
    return _overlapping(sentences, ((m.start, m.end, m.family) for m in key))


def detector_families(report: Report, min_strength: int = 1) -> list[Families]:
    """Per-sentence families of the detector's findings of at least ``min_strength``."""
    return [
        frozenset(f.family for f in report.findings_in(s) if f.strength >= min_strength)
        for s in report.sentences
    ]


def as_families(label: str | None) -> Families | None:
    """A learner's label as a set of families: ``None`` stays unlabelled, ``none`` is empty."""
    if label is None:
        return None
    return frozenset() if label == NONE else frozenset({label})


def outcome(predicted: Families | None, truth: Families) -> str:
    """``hit``, ``miss``, ``false_alarm``, ``correct_rejection`` or ``unlabelled``.

    >>> outcome(frozenset({"appeals"}), frozenset()), outcome(frozenset(), frozenset({"claims"}))
    ('false_alarm', 'miss')
    """
    if predicted is None:
        return "unlabelled"
    if truth:
        return "hit" if predicted else "miss"
    return "false_alarm" if predicted else "correct_rejection"


def is_correct(predicted: Families | None, truth: Families) -> bool | None:
    """Exactly right: a family the reference gives the sentence, or none for a neutral one."""
    if predicted is None:
        return None
    return bool(predicted & truth) if predicted else not truth


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts of the four outcomes, with rates derived from them."""

    hits: int = 0
    misses: int = 0
    false_alarms: int = 0
    correct_rejections: int = 0
    unlabelled: int = 0
    right_family: int = 0

    @property
    def flagged_in_reference(self) -> int:
        return self.hits + self.misses

    @property
    def neutral_in_reference(self) -> int:
        return self.false_alarms + self.correct_rejections

    @property
    def hit_rate(self) -> float | None:
        n = self.flagged_in_reference
        return self.hits / n if n else None

    @property
    def correct_rejection_rate(self) -> float | None:
        n = self.neutral_in_reference
        return self.correct_rejections / n if n else None

    @property
    def false_alarm_rate(self) -> float | None:
        n = self.neutral_in_reference
        return self.false_alarms / n if n else None

    @property
    def discernment(self) -> float | None:
        """Balanced accuracy: mean of hit rate and correct-rejection rate (0.5 = chance)."""
        rates = [r for r in (self.hit_rate, self.correct_rejection_rate) if r is not None]
        return sum(rates) / len(rates) if rates else None

    @property
    def d_prime(self) -> float | None:
        """z(hit rate) − z(false-alarm rate), with the log-linear correction (add 0.5 to
        each count) so perfect rates stay finite; None when a class is empty."""
        if not self.flagged_in_reference or not self.neutral_in_reference:
            return None
        z = statistics.NormalDist().inv_cdf
        h = (self.hits + 0.5) / (self.flagged_in_reference + 1)
        f = (self.false_alarms + 0.5) / (self.neutral_in_reference + 1)
        return z(h) - z(f)

    def to_dict(self) -> dict[str, Any]:
        return {
            "hits": self.hits, "misses": self.misses, "false_alarms": self.false_alarms,
            "correct_rejections": self.correct_rejections, "unlabelled": self.unlabelled,
            "right_family": self.right_family, "hit_rate": self.hit_rate,
            "correct_rejection_rate": self.correct_rejection_rate,
            "discernment": self.discernment, "d_prime": self.d_prime,
        }


def score(predicted: Sequence[Families | None], truth: Sequence[Families]) -> Scores:
    """Count outcomes sentence by sentence (``predicted[i]`` against ``truth[i]``)."""
    if len(predicted) != len(truth):
        raise ValueError(f"{len(predicted)} predictions for {len(truth)} sentences")
    counts = dict.fromkeys(OUTCOME_TEXT, 0)
    right = 0
    for p, t in zip(predicted, truth, strict=True):
        o = outcome(p, t)
        counts[o] += 1
        if o == "hit" and p & t:
            right += 1
    return Scores(counts["hit"], counts["miss"], counts["false_alarm"],
                  counts["correct_rejection"], counts["unlabelled"], right)


@dataclass(frozen=True, slots=True)
class CalibrationRow:
    """Answers given at one confidence level and how many were right."""

    confidence: int
    answers: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answers if self.answers else None

    @property
    def gap(self) -> float | None:
        """Confidence minus accuracy, in percentage points (positive: overconfident)."""
        acc = self.accuracy
        return None if acc is None else self.confidence - 100 * acc


def calibration(
    predicted: Sequence[Families | None],
    confidences: Sequence[int | None],
    truth: Sequence[Families],
    levels: Sequence[int] = CONFIDENCE_LEVELS,
) -> list[CalibrationRow]:
    """One row per confidence level; unlabelled or unrated sentences are left out."""
    answers = dict.fromkeys(levels, 0)
    correct = dict.fromkeys(levels, 0)
    for p, c, t in zip(predicted, confidences, truth, strict=True):
        ok = is_correct(p, t)
        if ok is None or c is None:
            continue
        answers[c] = answers.get(c, 0) + 1
        correct[c] = correct.get(c, 0) + int(ok)
    return [CalibrationRow(c, answers[c], correct[c]) for c in sorted(answers)]


def calibration_summary(rows: Sequence[CalibrationRow]) -> str:
    """One or two plain sentences comparing average confidence with accuracy."""
    n = sum(r.answers for r in rows)
    if not n:
        return "No answers with a confidence yet."
    mean_conf = sum(r.confidence * r.answers for r in rows) / n
    accuracy = 100 * sum(r.correct for r in rows) / n
    gap = mean_conf - accuracy
    text = (f"On average you were {mean_conf:.0f} % sure and right {accuracy:.0f} % of the time "
            f"({sum(r.correct for r in rows)} of {n}).")
    if gap > 10:
        return text + " You were overconfident: slow down on the sentences you felt sure about."
    if gap < -10:
        return text + " You were underconfident: you know more than you think."
    return text + " Your confidence matched your accuracy well."


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f} %"


def describe_scores(scores: Scores, who: str = "You", against: str = "the answer key") -> str:
    """A plain-text summary of one set of scores."""
    parts = [
        f"{who} compared with {against}: {scores.hits} hit(s), {scores.misses} miss(es), "
        f"{scores.false_alarms} false alarm(s), {scores.correct_rejections} correct "
        f"rejection(s)"
    ]
    if scores.unlabelled:
        parts.append(f", {scores.unlabelled} not labelled")
    parts.append(f". Right family on {scores.right_family} of {scores.hits} hit(s). ")
    parts.append(f"Discernment {percent(scores.discernment)} (50 % = guessing or flagging "
                 "everything; 100 % = every flagged sentence found and every neutral one left "
                 "alone).")
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class RowResult:
    """One sentence after reveal."""

    index: int
    text: str
    heading: bool
    label: str | None  # at reveal
    confidence: int | None  # at reveal
    label_now: str | None
    changed_after_reveal: bool
    detector: Families
    key: Families | None
    learner_outcome: str  # against the reference
    detector_outcome: str | None  # against the key; None without a key


@dataclass(frozen=True, slots=True)
class SpotResult:
    reference: str  # "answer key" or "detector"
    rows: tuple[RowResult, ...]
    learner: Scores
    detector: Scores | None  # detector against the key
    calibration: tuple[CalibrationRow, ...]

    @property
    def calibration_text(self) -> str:
        return calibration_summary(self.calibration)

    def summary(self) -> str:
        lines = [describe_scores(self.learner, "You", f"the {self.reference}")]
        if self.detector is not None:
            lines.append(describe_scores(self.detector, "The detector", "the answer key"))
        lines.append(self.calibration_text)
        changed = sum(r.changed_after_reveal for r in self.rows)
        if changed:
            lines.append(f"{changed} label(s) changed after reveal; scores use your labels "
                         "as they were at reveal.")
        return "\n".join(lines)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SpotSession:
    """The state of one learner's predict-then-reveal on one text.

    Labels and confidences can be set until :meth:`reveal`; after it the labels as
    they were at reveal are kept for scoring, and every later change is recorded in
    ``changes`` ("changed after reveal") rather than silently replacing them.
    """

    def __init__(self, report: Report, key: Any = None, *, min_strength: int = 1) -> None:
        self.report = report
        self.sentences = list(report.sentences)
        self.texts = [s.text for s in self.sentences]
        self.detector = detector_families(report, min_strength)
        self.key: list[Families] | None = None if key is None else key_families(report, key)
        n = len(self.sentences)
        self.labels: list[str | None] = [None] * n
        self.confidence: list[int | None] = [None] * n
        self.revealed = False
        self.revealed_at: str | None = None
        self.at_reveal: list[tuple[str | None, int | None]] | None = None
        self.changes: list[dict[str, Any]] = []
        self.orphans: list[dict[str, Any]] = []  # saved entries for sentences no longer found

    @property
    def reference_name(self) -> str:
        return "answer key" if self.key is not None else "detector"

    @property
    def reference(self) -> list[Families]:
        return self.key if self.key is not None else self.detector

    def _record(self, i: int, field: str, old: Any, new: Any) -> None:
        if self.revealed and old != new:
            self.changes.append({"sentence": i, "text": self.texts[i], "field": field,
                                 "from": old, "to": new, "at": _now()})

    def set_label(self, i: int, label: str | None) -> None:
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}; choose one of {', '.join(LABELS)}")
        self._record(i, "label", self.labels[i], label)
        self.labels[i] = label

    def set_confidence(self, i: int, value: int | None) -> None:
        if value is not None and value not in CONFIDENCE_LEVELS:
            raise ValueError(f"confidence must be one of {CONFIDENCE_LEVELS}, got {value!r}")
        self._record(i, "confidence", self.confidence[i], value)
        self.confidence[i] = value

    def missing(self) -> list[int]:
        """Sentences still lacking a label or a confidence."""
        return [i for i, (lab, c) in enumerate(zip(self.labels, self.confidence, strict=True))
                if lab is None or c is None]

    @property
    def ready(self) -> bool:
        return not self.missing()

    def reveal(self, force: bool = False) -> SpotResult:
        """Lock the predictions and compare. Without ``force`` every sentence needs a label
        and a confidence; with it, unlabelled sentences count as not labelled."""
        if self.revealed:
            return self.result()
        missing = self.missing()
        if missing and not force:
            raise ValueError(f"{len(missing)} sentence(s) still need a label and a confidence")
        self.revealed = True
        self.revealed_at = _now()
        self.at_reveal = list(zip(self.labels, self.confidence, strict=True))
        return self.result()

    def result(self) -> SpotResult:
        """The comparison, using the labels as they were at reveal."""
        if not self.revealed or self.at_reveal is None:
            raise ValueError("reveal first: predictions are compared only after reveal")
        labels = [lab for lab, _ in self.at_reveal]
        confs = [c for _, c in self.at_reveal]
        predicted = [as_families(lab) for lab in labels]
        reference = self.reference
        rows = []
        for i, s in enumerate(self.sentences):
            rows.append(RowResult(
                index=i, text=s.text, heading=s.heading, label=labels[i], confidence=confs[i],
                label_now=self.labels[i],
                changed_after_reveal=(self.labels[i], self.confidence[i]) != self.at_reveal[i],
                detector=self.detector[i],
                key=None if self.key is None else self.key[i],
                learner_outcome=outcome(predicted[i], reference[i]),
                detector_outcome=None if self.key is None
                else outcome(self.detector[i], self.key[i]),
            ))
        return SpotResult(
            reference=self.reference_name,
            rows=tuple(rows),
            learner=score(predicted, reference),
            detector=None if self.key is None else score(self.detector, self.key),
            calibration=tuple(calibration(predicted, confs, reference)),
        )

    # -- saving -------------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-ready data for :class:`mediakit.store.WorkFile`."""
        return {
            "sentences": [
                {"text": t, "label": lab, "confidence": c}
                for t, lab, c in zip(self.texts, self.labels, self.confidence, strict=True)
            ],
            "revealed": self.revealed,
            "revealed_at": self.revealed_at,
            "at_reveal": None if self.at_reveal is None else [
                {"label": lab, "confidence": c} for lab, c in self.at_reveal
            ],
            "changed_after_reveal": list(self.changes),
            "reference": self.reference_name,
            "unmatched": list(self.orphans),
        }

    def load_data(self, data: Mapping[str, Any]) -> str:
        """Restore saved work; returns a note ("" if everything matched)."""
        saved = [e for e in saved_list(data, "sentences") if isinstance(e, Mapping)]
        mapping = match_saved(self.texts, [str(e.get("text", "")) for e in saved])
        at_reveal = data.get("at_reveal") if data.get("revealed") else None
        if not isinstance(at_reveal, list):  # not revealed, or a damaged entry
            at_reveal = None
        self.orphans = saved_list(data, "unmatched")
        if at_reveal is not None:
            self.at_reveal = [(None, None)] * len(self.texts)
        for i, entry in enumerate(saved):
            j = mapping.get(i)
            if j is None:
                self.orphans.append(dict(entry))
                continue
            lab, conf = entry.get("label"), entry.get("confidence")
            self.labels[j] = lab if lab in LABELS else None
            self.confidence[j] = conf if conf in CONFIDENCE_LEVELS else None
            if at_reveal is not None and i < len(at_reveal) and isinstance(at_reveal[i], Mapping):
                r = at_reveal[i]
                self.at_reveal[j] = (r.get("label") if r.get("label") in LABELS else None,
                                     r.get("confidence") if r.get("confidence")
                                     in CONFIDENCE_LEVELS else None)
        if at_reveal is not None:
            self.revealed = True
            self.revealed_at = data.get("revealed_at")
        self.changes = saved_list(data, "changed_after_reveal")
        lost = len(saved) - len(mapping)
        if lost:
            return (f"{lost} saved label(s) belong to sentences that are no longer in this text; "
                    "they are kept in the work file under “unmatched”.")
        return ""
