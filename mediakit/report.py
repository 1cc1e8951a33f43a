"""Step 3 of the pipeline: a :class:`Report` gathers findings and sentence labels.

Every number in the summary is computed from the findings, sentences and signals
the report holds, so each figure can be traced back to its evidence.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from mediakit.document import Document, Paragraph
from mediakit.findings import Finding
from mediakit.labels import KINDS, SIGNAL_KINDS, SUPPORTS, SentenceLabel, Signal
from mediakit.techniques import FAMILIES, TECHNIQUES

if TYPE_CHECKING:
    from mediakit.claims.checklist import Claim

SCHEMA_VERSION = 1


def covered_length(spans: list[tuple[int, int]]) -> int:
    """Characters covered by the union of ``spans``.

    >>> covered_length([(0, 5), (3, 8), (10, 12)])
    10
    """
    total = 0
    end = -1
    for s, e in sorted(spans):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def per_thousand(count: int, words: int) -> float:
    return round(1000.0 * count / words, 2) if words else 0.0


class Report:
    """The result of :func:`mediakit.analyze`: text, findings, sentences and a summary.

    ``findings`` are sorted by ``(start, end)``; ``sentences`` tile the text in
    reading order. ``to_dict()``/``to_json()`` give the public JSON contract.
    """

    def __init__(
        self,
        document: Document,
        findings: Iterable[Finding],
        sentences: Iterable[SentenceLabel],
        signals: Iterable[Signal] = (),
    ) -> None:
        self.document = document
        self.text: str = document.text
        self.findings: tuple[Finding, ...] = tuple(sorted(findings, key=lambda f: f.sort_key))
        self.sentences: tuple[SentenceLabel, ...] = tuple(sentences)
        self.signals: tuple[Signal, ...] = tuple(sorted(signals, key=lambda s: s.start))

    # -- views of the findings ---------------------------------------------------------

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Paragraphs with offsets; ``heading`` marks a lone short line (see Document)."""
        return self.document.paragraphs

    def by_technique(self, technique: str) -> list[Finding]:
        return [f for f in self.findings if f.technique == technique]

    def by_family(self, family: str) -> list[Finding]:
        return [f for f in self.findings if f.family == family]

    @cached_property
    def _by_sentence(self) -> dict[int, list[Finding]]:
        out: dict[int, list[Finding]] = {}
        sentences = self.document.sentences
        starts = [s.start for s in sentences]
        for f in self.findings:
            i = max(bisect.bisect_right(starts, f.start) - 1, 0)
            while i < len(sentences) and sentences[i].start < f.end:
                if sentences[i].end > f.start:
                    out.setdefault(i, []).append(f)
                i += 1
        return out

    def findings_in(self, sentence: SentenceLabel) -> list[Finding]:
        """Findings that overlap ``sentence``, in text order."""
        return list(self._by_sentence.get(sentence.index, ()))

    def claims(self) -> list[Claim]:
        """The checkable claims in reading order, each with questions for lateral reading."""
        from mediakit.claims.checklist import build_claims

        return build_claims(self)

    # -- summary -----------------------------------------------------------------------

    @cached_property
    def summary(self) -> dict[str, Any]:
        words = self.document.word_count
        by_technique = Counter(f.technique for f in self.findings)
        by_family = Counter(f.family for f in self.findings)
        body = [s for s in self.sentences if not s.heading]
        flagged = [s for s in body if s.index in self._by_sentence]
        signals = Counter(s.kind for s in self.signals)
        kinds = Counter(s.kind for s in body)
        support = Counter(s.support for s in body)
        n = len(self.text) or 1
        return {
            "characters": len(self.text),
            "words": words,
            "sentences": len(body),
            "headings": len(self.sentences) - len(body),
            "paragraphs": len(self.document.paragraphs),
            "findings": len(self.findings),
            "by_technique": {t: by_technique[t] for t in TECHNIQUES if by_technique[t]},
            "by_family": {fam: by_family[fam] for fam in FAMILIES},
            "per_1000_words": {fam: per_thousand(by_family[fam], words) for fam in FAMILIES},
            "coverage": {
                fam: round(covered_length(
                    [(f.start, f.end) for f in self.findings if f.family == fam]) / n, 4)
                for fam in FAMILIES
            },
            "flagged_sentences": len(flagged),
            "kinds": {k: kinds[k] for k in KINDS},
            "support": {k: support[k] for k in SUPPORTS},
            "signals": {k: signals[k] for k in SIGNAL_KINDS},
            "signals_per_1000_words": {k: per_thousand(signals[k], words) for k in SIGNAL_KINDS},
        }

    # -- serialisation -----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "mediakit.report",
            "version": SCHEMA_VERSION,
            "text": self.text,
            "findings": [f.to_dict() for f in self.findings],
            "sentences": [s.to_dict() for s in self.sentences],
            "signals": [s.to_dict() for s in self.signals],
            "paragraphs": [
                {"start": p.start, "end": p.end, "heading": p.heading}
                for p in self.document.paragraphs
            ],
            "summary": self.summary,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _repr_html_(self) -> str:
        from mediakit.render import render_html

        return render_html(self)

    def __repr__(self) -> str:
        return (
            f"<Report {self.summary['words']} words, {len(self.findings)} findings, "
            f"{len(self.sentences)} sentences>"
        )
