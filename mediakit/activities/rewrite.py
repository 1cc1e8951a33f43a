"""Rewrite lab: findings before and after a rewrite, and the producer check.

*Rewrite mode*: take a flagged sentence, write a neutral version, and compare what
the detector finds in each. Both versions are analysed on their own, so the
comparison is like for like (a few techniques, such as repetition, depend on the
rest of the text and only show up in context).

*Producer mode*: write a sentence that uses a chosen technique and see whether the
detector spots it; a good way to learn how each move works, and where the
detector's rules stop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from mediakit.findings import Finding
from mediakit.report import Report
from mediakit.techniques import TECHNIQUES

ACTIVITY = "rewrite"
Analyzer = Callable[[str], Report]


def _analyze(text: str, analyze: Analyzer | None) -> Report:
    if analyze is None:
        from mediakit.analyze import analyze as default

        analyze = default
    return analyze(text)


def technique_name(technique: str) -> str:
    t = TECHNIQUES.get(technique)
    return t.name if t else technique


def _names(counts: Counter) -> str:
    return ", ".join(
        technique_name(t) + (f" ×{n}" if n > 1 else "") for t, n in sorted(counts.items())
    )


def flagged_sentences(
    report: Report, min_strength: int = 1
) -> list[tuple[int, str, list[Finding]]]:
    """``(sentence index, sentence text, findings)`` for every sentence with findings."""
    out = []
    for s in report.sentences:
        found = [f for f in report.findings_in(s) if f.strength >= min_strength]
        if found:
            out.append((s.index, s.text, found))
    return out


@dataclass(frozen=True, slots=True)
class RewriteComparison:
    """What the detector finds in the original sentence and in the learner's version."""

    original: str
    rewrite: str
    before: tuple[Finding, ...]
    after: tuple[Finding, ...]

    @property
    def removed(self) -> Counter:
        """Techniques found before and no longer after (counted per occurrence)."""
        return Counter(f.technique for f in self.before) - Counter(f.technique for f in self.after)

    @property
    def kept(self) -> Counter:
        return Counter(f.technique for f in self.before) & Counter(f.technique for f in self.after)

    @property
    def added(self) -> Counter:
        """Techniques the rewrite introduced."""
        return Counter(f.technique for f in self.after) - Counter(f.technique for f in self.before)

    @property
    def status(self) -> str:
        """``empty``, ``unchanged``, ``clean``, ``better``, ``same`` or ``worse``."""
        if not self.rewrite.strip():
            return "empty"
        if self.rewrite.strip() == self.original.strip():
            return "unchanged"
        if not self.after:
            return "clean"
        if self.added and not self.removed:
            return "worse"
        if len(self.after) < len(self.before):
            return "better"
        return "same" if len(self.after) == len(self.before) else "worse"

    def message(self) -> str:
        """Plain-language feedback for the learner."""
        status = self.status
        if status == "empty":
            return "Write your version of the sentence in the box."
        if status == "unchanged":
            return ("This is still the original sentence. Change the words that carry the "
                    "technique; the suggestions above can help.")
        parts = []
        if self.removed:
            parts.append(f"Gone: {_names(self.removed)}.")
        if self.kept:
            parts.append(f"Still there: {_names(self.kept)}.")
        if self.added:
            parts.append(f"New in your version: {_names(self.added)}.")
        if status == "clean":
            parts.append("The detector finds no technique in your version. Check that it still "
                         "says what happened: a neutral rewrite keeps the facts.")
        elif status == "better":
            parts.append("Fewer techniques than the original; look at what is left.")
        elif status == "same":
            parts.append("As many techniques as the original.")
        else:
            parts.append("More techniques than the original.")
        return " ".join(parts)


def compare_rewrite(original: str, rewrite: str, analyze: Analyzer | None = None,
                    min_strength: int = 1) -> RewriteComparison:
    """Analyse both versions on their own and compare their findings."""
    before = [f for f in _analyze(original, analyze).findings if f.strength >= min_strength]
    after = ([f for f in _analyze(rewrite, analyze).findings if f.strength >= min_strength]
             if rewrite.strip() else [])
    return RewriteComparison(original, rewrite, tuple(before), tuple(after))


@dataclass(frozen=True, slots=True)
class ProducerCheck:
    """Did the detector spot the technique the learner set out to use?"""

    sentence: str
    technique: str
    findings: tuple[Finding, ...]

    @property
    def spotted(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.technique == self.technique)

    @property
    def same_family(self) -> tuple[Finding, ...]:
        family = TECHNIQUES[self.technique].family
        return tuple(f for f in self.findings
                     if f.family == family and f.technique != self.technique)

    @property
    def status(self) -> str:
        """``empty``, ``spotted``, ``family`` (a related technique), ``other`` or ``missed``."""
        if not self.sentence.strip():
            return "empty"
        if self.spotted:
            return "spotted"
        if self.same_family:
            return "family"
        return "other" if self.findings else "missed"

    def message(self) -> str:
        name = technique_name(self.technique)
        status = self.status
        if status == "empty":
            return f"Write a sentence that uses {name}."
        if status == "spotted":
            cues = ", ".join(f"“{f.cue or f.text}”" for f in self.spotted)
            return f"Spotted: the detector found {name} (cue: {cues})."
        others = _names(Counter(f.technique for f in self.findings))
        if status == "family":
            return (f"Close: the detector found {others} in the same family, but not {name}. "
                    "Compare your sentence with the definition and example.")
        if status == "other":
            return (f"Not spotted as {name}; the detector found {others}. Either your sentence "
                    "works differently, or the detector's rules miss it: which is it?")
        return (f"Not spotted: the detector finds no technique here. Either the sentence does not "
                f"use {name} yet, or it does and the detector misses it: which is it?")


def producer_check(sentence: str, technique: str, analyze: Analyzer | None = None) -> ProducerCheck:
    """Analyse the learner's sentence and check for ``technique``."""
    if technique not in TECHNIQUES:
        raise ValueError(f"unknown technique {technique!r}")
    findings = _analyze(sentence, analyze).findings if sentence.strip() else ()
    return ProducerCheck(sentence, technique, tuple(findings))


class RewriteWork:
    """A learner's rewrites (by original sentence text) and producer attempts (by technique)."""

    def __init__(self) -> None:
        self.rewrites: dict[str, str] = {}
        self.produced: dict[str, str] = {}

    def to_data(self) -> dict[str, Any]:
        return {"rewrites": dict(self.rewrites), "produced": dict(self.produced)}

    def load_data(self, data: Mapping[str, Any]) -> None:
        for field in ("rewrites", "produced"):
            value = data.get(field, {})
            if isinstance(value, Mapping):
                getattr(self, field).update({str(k): str(v) for k, v in value.items()})
