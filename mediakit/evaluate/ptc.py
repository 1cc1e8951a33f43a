"""Run the kit over a Propaganda Techniques Corpus folder and score it.

Layout (see the corpus README): ``articles/articleID.txt`` read with
``newline=""`` and ``labels/articleID.labels`` with tab-separated
``id technique start end`` (start inclusive, end exclusive, ``str`` indices).

Kit techniques are mapped to PTC classes through the registry (``ptc`` field);
kit-only techniques (no PTC class) are left out of the scores. The folder can be
split reproducibly into a ``tune`` part (about 80 %) and a ``check`` part (about
20 %, chosen by a hash of the article id) so that rule writers can tune on one and
see whether it generalises on the other.
"""

from __future__ import annotations

import time
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.analyze import analyze
from mediakit.evaluate.scoring import Score, Span, merge_spans, score_spans
from mediakit.io import InputError
from mediakit.techniques import TECHNIQUES

PARTS = ("all", "tune", "check")
#: The 14 technique classes of the corpus.
PTC_CLASSES = (
    "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Doubt",
    "Exaggeration,Minimisation", "Appeal_to_fear-prejudice", "Flag-Waving",
    "Causal_Oversimplification", "Appeal_to_Authority", "Slogans",
    "Whataboutism,Straw_Men,Red_Herring", "Black-and-White_Fallacy",
    "Thought-terminating_Cliches", "Bandwagon,Reductio_ad_hitlerum",
)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    gold: dict[str, list[Span]]  # PTC class -> spans


@dataclass
class Evaluation:
    """Scores per PTC class, micro-averaged, and technique-agnostic."""

    per_class: dict[str, Score]
    micro: Score
    span: Score
    articles: int
    seconds: float
    predictions: dict[str, dict[str, list[Span]]] = field(repr=False, default_factory=dict)
    corpus: list[Article] = field(repr=False, default_factory=list)

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "seconds": round(self.seconds, 3),
            "per_class": {c: s.as_dict() for c, s in self.per_class.items()},
            "micro": self.micro.as_dict(),
            "span": self.span.as_dict(),
        }


def part_of(article_id: str) -> str:
    """``check`` for about one article in five (stable hash of the id), else ``tune``."""
    return "check" if zlib.crc32(article_id.encode()) % 5 == 0 else "tune"


def load_ptc(directory: str | Path, part: str = "all") -> list[Article]:
    """Read a PTC-layout folder; raises :class:`InputError` with one clear line."""
    if part not in PARTS:
        raise InputError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    root = Path(directory)
    articles_dir = root / "articles"
    if not articles_dir.is_dir():
        raise InputError(f"{root}: expected a PTC folder with an 'articles' subfolder")
    labels_dir = root / "labels"
    known = set(PTC_CLASSES)
    out = []
    for path in sorted(articles_dir.glob("article*.txt")):
        article_id = path.stem.removeprefix("article")
        if part != "all" and part_of(article_id) != part:
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        gold: dict[str, list[Span]] = defaultdict(list)
        label_file = labels_dir / f"{path.stem}.labels"
        if label_file.is_file():
            for n, line in enumerate(label_file.read_text("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    _, technique, start, end = line.split("\t")
                    span = (int(start), int(end))
                except ValueError:
                    raise InputError(f"{label_file}:{n}: expected 'id<TAB>technique<TAB>start"
                                     "<TAB>end'") from None
                if technique not in known:
                    raise InputError(f"{label_file}:{n}: unknown technique {technique!r}")
                if not 0 <= span[0] < span[1] <= len(text):
                    raise InputError(f"{label_file}:{n}: span {span} outside the article")
                gold[technique].append(span)
        out.append(Article(article_id, text, dict(gold)))
    if not out:
        raise InputError(f"{articles_dir}: no article*.txt files (part {part!r})")
    return out


def predict(text: str, detectors: Iterable[object] | None = None) -> dict[str, list[Span]]:
    """PTC class -> predicted spans for one article."""
    out: dict[str, list[Span]] = defaultdict(list)
    for f in analyze(text, detectors).findings:
        for cls in TECHNIQUES[f.technique].ptc:
            out[cls].append((f.start, f.end))
    return dict(out)


def evaluate_ptc(
    directory: str | Path,
    part: str = "all",
    detectors: Iterable[object] | None = None,
) -> Evaluation:
    """Analyse every article of a PTC folder and score the findings."""
    corpus = load_ptc(directory, part)
    detectors = list(detectors) if detectors is not None else None
    t0 = time.perf_counter()
    predictions = {a.id: predict(a.text, detectors) for a in corpus}
    seconds = time.perf_counter() - t0
    per_class: dict[str, Score] = {}
    for cls in PTC_CLASSES:
        pred = {a: spans.get(cls, []) for a, spans in predictions.items()}
        gold = {a.id: a.gold.get(cls, []) for a in corpus}
        per_class[cls] = score_spans(pred, gold)
    micro = sum(per_class.values(), Score())
    span = score_spans(
        {a: merge_spans(s for spans in p.values() for s in spans) for a, p in predictions.items()},
        {a.id: merge_spans(s for spans in a.gold.values() for s in spans) for a in corpus},
    )
    return Evaluation(per_class, micro, span, len(corpus), seconds, predictions, corpus)
