"""Score sentence ``kind`` and ``support`` against the hand-labelled set.

The set (``data/sentence_kinds.tsv``, labelled by docs/sentence-labelling-guide.md)
has the columns ``id genre side kind support sentence``. Each sentence is
classified on its own, as the guide asks. The rows split reproducibly by a hash
of the id into a ``dev`` part (about 60 %), which rule writers may read, and a
``test`` part (about 40 %), which they score only at the end.

>>> rows = parse_rows("id\\tgenre\\tside\\tkind\\tsupport\\tsentence\\n"
...                   "x1\\tnews\\tn/a\\tquestion\\tnone\\tIs it open?\\n", "mini.tsv")
>>> evaluate_rows(rows).kind_accuracy
1.0
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from mediakit.claims.classify import analyse
from mediakit.datafiles import tsv_rows
from mediakit.document import Document
from mediakit.io import InputError
from mediakit.labels import KINDS, SUPPORTS

PARTS = ("all", "dev", "test")
COLUMNS = ("id", "genre", "side", "kind", "support", "sentence")


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    genre: str
    side: str
    kind: str
    support: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Prediction:
    row: Row
    kind: str
    support: str
    cues: tuple[str, ...]


@dataclass
class SentenceEvaluation:
    """Accuracy and confusion matrices (gold row -> predicted column -> count)."""

    part: str
    predictions: list[Prediction] = field(repr=False, default_factory=list)

    @property
    def n(self) -> int:
        return len(self.predictions)

    @property
    def kind_accuracy(self) -> float:
        return _accuracy((p.row.kind, p.kind) for p in self.predictions)

    @property
    def support_accuracy(self) -> float:
        return _accuracy((p.row.support, p.support) for p in self.predictions)

    def confusion(self, what: str) -> dict[str, dict[str, int]]:
        labels = KINDS if what == "kind" else SUPPORTS
        counts = Counter((getattr(p.row, what), getattr(p, what)) for p in self.predictions)
        return {g: {q: counts[g, q] for q in labels} for g in labels}

    def errors(self, what: str) -> list[Prediction]:
        return [p for p in self.predictions if getattr(p.row, what) != getattr(p, what)]

    def to_dict(self) -> dict:
        return {
            "part": self.part,
            "sentences": self.n,
            "kind_accuracy": round(self.kind_accuracy, 4),
            "support_accuracy": round(self.support_accuracy, 4),
            "kind_confusion": self.confusion("kind"),
            "support_confusion": self.confusion("support"),
        }


def _accuracy(pairs: Iterable[tuple[str, str]]) -> float:
    pairs = list(pairs)
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def part_of(row_id: str) -> str:
    """``test`` for about two rows in five (stable hash of the id), else ``dev``."""
    return "test" if zlib.crc32(row_id.encode()) % 5 < 2 else "dev"


def parse_rows(raw: str, name: str) -> list[Row]:
    """Rows of a labelled TSV; raises :class:`InputError` naming the file and line."""
    rows: list[Row] = []
    seen: set[str] = set()
    for n, cells in tsv_rows(raw, name, COLUMNS, error=InputError, exact_width=True):
        row = Row(**{c: cells[c] for c in COLUMNS})
        if row.kind not in KINDS:
            raise InputError(f"{name}:{n}: unknown kind {row.kind!r}")
        if row.support not in SUPPORTS:
            raise InputError(f"{name}:{n}: unknown support {row.support!r}")
        if row.id in seen:
            raise InputError(f"{name}:{n}: duplicate id {row.id!r}")
        seen.add(row.id)
        rows.append(row)
    if not rows:
        raise InputError(f"{name}: no labelled rows")
    return rows


def load_rows(path: str | Path | None = None, part: str = "all") -> list[Row]:
    """The shipped set (default) or a TSV at ``path``, optionally one part of it."""
    if part not in PARTS:
        raise InputError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    if path is None:
        resource = resources.files("mediakit.evaluate").joinpath("data", "sentence_kinds.tsv")
        raw, name = resource.read_text("utf-8"), "sentence_kinds.tsv"
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{p}: no such file")
        raw, name = p.read_text("utf-8"), p.name
    rows = parse_rows(raw, name)
    return [r for r in rows if part == "all" or part_of(r.id) == part]


def predict(sentence: str) -> tuple[str, str, tuple[str, ...]]:
    """Kind, support and cues of one sentence judged on its own.

    If the splitter sees more than one sentence, the longest one speaks for the row.
    """
    labels = analyse(Document(sentence)).labels
    if not labels:
        return "other", "none", ("empty",)
    label = max(labels, key=lambda s: s.end - s.start)
    return label.kind, label.support, label.cues


def evaluate_rows(rows: list[Row], part: str = "all") -> SentenceEvaluation:
    ev = SentenceEvaluation(part)
    for row in rows:
        kind, support, cues = predict(row.sentence)
        ev.predictions.append(Prediction(row, kind, support, cues))
    return ev


def evaluate_sentences(path: str | Path | None = None, part: str = "all") -> SentenceEvaluation:
    """Classify every row of the labelled set (or one part of it) and score it."""
    return evaluate_rows(load_rows(path, part), part)


def format_confusion(ev: SentenceEvaluation, what: str) -> str:
    labels = KINDS if what == "kind" else SUPPORTS
    width = max(len(x) for x in labels) + 1
    m = ev.confusion(what)
    corner = "gold \\ predicted"
    head = f"{corner:{width + 6}}" + "".join(f"{q:>{width}}" for q in labels)
    rows = [head]
    for g in labels:
        rows.append(f"{g:{width + 6}}" + "".join(f"{m[g][q]:>{width}d}" for q in labels))
    return "\n".join(rows)


def format_report(ev: SentenceEvaluation) -> str:
    out = [
        f"{ev.n} sentences (part {ev.part})",
        f"kind accuracy     {ev.kind_accuracy:.3f}",
        f"support accuracy  {ev.support_accuracy:.3f}",
        "",
        "kind confusion (rows gold, columns predicted):",
        format_confusion(ev, "kind"),
        "",
        "support confusion (rows gold, columns predicted):",
        format_confusion(ev, "support"),
    ]
    return "\n".join(out)


def format_errors(ev: SentenceEvaluation, what: str, limit: int = 30) -> str:
    errs = ev.errors(what)
    out = [f"{len(errs)} {what} errors:"]
    for p in errs[:limit]:
        gold, got = getattr(p.row, what), getattr(p, what)
        out.append(f"{p.row.id} gold {gold} got {got}: {p.row.sentence}")
        out.append(f"    cues: {'; '.join(p.cues)}")
    return "\n".join(out)
