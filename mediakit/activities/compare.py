"""Compare texts: per-text, per-family counts and rates, as plain rows.

Rates are per 1,000 words so a long text and a short one compare fairly; the share
of sentences with no finding shows how much of each text is plain reporting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mediakit.report import Report
from mediakit.techniques import FAMILIES


@dataclass(frozen=True, slots=True)
class TextRates:
    name: str
    words: int
    sentences: int
    findings: int
    by_family: dict[str, int]
    per_1000: dict[str, float]
    flagged_sentences: int

    @property
    def per_1000_total(self) -> float:
        return round(1000 * self.findings / self.words, 2) if self.words else 0.0

    @property
    def plain_share(self) -> float | None:
        """Share of body sentences with no finding."""
        if not self.sentences:
            return None
        return (self.sentences - self.flagged_sentences) / self.sentences


def text_rates(name: str, report: Report) -> TextRates:
    s = report.summary
    return TextRates(
        name=name, words=s["words"], sentences=s["sentences"], findings=s["findings"],
        by_family=dict(s["by_family"]), per_1000=dict(s["per_1000_words"]),
        flagged_sentences=s["flagged_sentences"],
    )


def compare_rates(reports: Mapping[str, Report]) -> list[TextRates]:
    """One :class:`TextRates` per text, in the order given."""
    if not reports:
        raise ValueError("compare at least one text (a mapping of name -> text or report)")
    return [text_rates(name, r) for name, r in reports.items()]


def table_rows(rates: list[TextRates]) -> tuple[list[str], list[list[str]]]:
    """Column names and rows of strings for a plain table (screen readers, export)."""
    columns = ["Text", "Words", "Findings", "Per 1,000 words"]
    columns += [f"{FAMILIES[f].name} per 1,000 words" for f in FAMILIES]
    columns.append("Sentences with no finding")
    rows = []
    for r in rates:
        plain = "n/a" if r.plain_share is None else f"{100 * r.plain_share:.0f} %"
        rows.append([r.name, str(r.words), str(r.findings), f"{r.per_1000_total:.1f}",
                     *(f"{r.per_1000[f]:.1f} ({r.by_family[f]})" for f in FAMILIES), plain])
    return columns, rows


def differences(rates: list[TextRates]) -> list[str]:
    """A few plain sentences pointing at the largest contrasts (no judgement of sides)."""
    if len(rates) < 2:
        return []
    out = []
    for fam in FAMILIES:
        ordered = sorted(rates, key=lambda r: r.per_1000[fam], reverse=True)
        top, low = ordered[0], ordered[-1]
        if top.per_1000[fam] > 0 and top.per_1000[fam] >= 2 * max(low.per_1000[fam], 0.5):
            out.append(f"{FAMILIES[fam].name}: {top.per_1000[fam]:.1f} per 1,000 words in "
                       f"“{top.name}” against {low.per_1000[fam]:.1f} in “{low.name}”.")
    return out
