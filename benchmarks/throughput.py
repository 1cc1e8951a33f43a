"""analyze() throughput on the PTC articles against NLTK's VADER on the same text.

The peer: NLTK's ``SentimentIntensityAnalyzer`` (lexicon from ``vaderSentiment``)
scoring every sentence of the same articles, the sentences split beforehand and
not timed. Ratio = VADER time / analyze() time; >= 1.0 means the kit is at least
as fast as VADER while doing far more.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.common import interleaved, ptc_articles


def vader_analyzer():
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    # NLTK's path sandbox refuses absolute lexicon paths: add the folder, pass the name.
    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def run(ptc: Path, repeat: int = 5) -> dict[str, float]:
    import mediakit
    from mediakit.document import Document

    texts = ptc_articles(ptc)
    sentences = [t[s.start:s.end] for t in texts for s in Document(t).sentences]
    sia = vader_analyzer()
    mb = sum(len(t) for t in texts) / 1e6
    for t in texts:  # warm up: detectors load their data once per process
        mediakit.analyze(t)

    times = interleaved(
        {
            "analyze": lambda: [mediakit.analyze(t) for t in texts],
            "vader": lambda: [sia.polarity_scores(s) for s in sentences],
        },
        repeat,
    )
    a, v = min(times["analyze"]), min(times["vader"])
    print(f"throughput on {len(texts)} PTC articles ({mb:.2f} M characters, "
          f"{len(sentences)} sentences), best of {repeat}:")
    print(f"  mediakit.analyze()      {a:.3f} s  ({mb / a:.2f} M chars/s)")
    print(f"  VADER per sentence      {v:.3f} s  ({mb / v:.2f} M chars/s)")
    print(f"  ratio VADER/analyze     {v / a:.2f}  (target >= 1.0)")
    return {"analyze_s": a, "vader_s": v, "ratio": v / a}
