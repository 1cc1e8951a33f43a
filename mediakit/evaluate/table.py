"""Plain-text views of an :class:`~mediakit.evaluate.ptc.Evaluation`."""

from __future__ import annotations

from mediakit.evaluate.ptc import Evaluation
from mediakit.evaluate.scoring import merge_spans
from mediakit.techniques import TECHNIQUES


def kit_ids(ptc_class: str) -> str:
    return ", ".join(t.id for t in TECHNIQUES.values() if ptc_class in t.ptc) or "-"


def format_table(ev: Evaluation) -> str:
    """Per-class and micro-averaged precision, recall and F1, plus the span score."""
    rows = [f"{'PTC class (kit technique)':58} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}"]
    rows.append("-" * len(rows[0]))
    for cls, s in ev.per_class.items():
        name = f"{cls} ({kit_ids(cls)})"
        rows.append(f"{name[:58]:58} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                    f"{s.predicted:6d} {s.gold:6d}")
    rows.append("-" * len(rows[0]))
    for label, s in (("micro-average, technique-aware", ev.micro),
                     ("spans, technique-agnostic", ev.span)):
        rows.append(f"{label:58} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                    f"{s.predicted:6d} {s.gold:6d}")
    rows.append(f"{ev.articles} articles analysed in {ev.seconds:.2f} s")
    return "\n".join(rows)


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def format_errors(ev: Evaluation, ptc_class: str, limit: int = 20) -> str:
    """Missed gold spans and false alarms for one class, with context (error analysis)."""
    missed, false_alarms = [], []
    for article in ev.corpus:
        gold = merge_spans(article.gold.get(ptc_class, []))
        pred = merge_spans(ev.predictions.get(article.id, {}).get(ptc_class, []))
        for g in gold:
            if not any(p[0] < g[1] and p[1] > g[0] for p in pred):
                missed.append(f"{article.id}: {_context(article.text, *g)}")
        for p in pred:
            if not any(g[0] < p[1] and g[1] > p[0] for g in gold):
                false_alarms.append(f"{article.id}: {_context(article.text, *p)}")
    out = [f"{ptc_class}: {len(missed)} gold spans with no overlapping finding; "
           f"{len(false_alarms)} findings with no overlapping gold span"]
    out += ["", "missed:", *missed[:limit]]
    out += ["", "false alarms:", *false_alarms[:limit]]
    return "\n".join(out)
