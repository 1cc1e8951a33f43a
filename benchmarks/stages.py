"""Where analyze() spends its time: document, each detector family, sentence kinds.

Not a comparison with a peer but a breakdown to steer optimisation. Stages run in the
order analyze() runs them, on fresh documents, so the first stage that needs a shared
index (the word index, the claims family's sentence analysis) pays for building it.
"""

from __future__ import annotations

import importlib
import time
from collections import Counter
from pathlib import Path

from benchmarks.common import ptc_articles


def run(ptc: Path) -> dict[str, float]:
    import mediakit
    from mediakit.claims import classify_sentences
    from mediakit.detectors import FAMILY_MODULES, default_detectors
    from mediakit.document import Document

    texts = ptc_articles(ptc)
    for t in texts:
        mediakit.analyze(t)  # warm up: data files load once per process
    detectors = default_detectors()
    families = {
        name: [d for d in detectors
               if type(d) in importlib.import_module(f"mediakit.detectors.{name}").DETECTORS]
        for name in FAMILY_MODULES
    }
    spent: Counter[str] = Counter()
    for text in texts:
        t0 = time.perf_counter()
        doc = Document(text)
        spent["document (paragraphs, sentences, tokens)"] += time.perf_counter() - t0
        for name, dets in families.items():
            t0 = time.perf_counter()
            for d in dets:
                list(d.detect(doc))
            spent[f"detectors: {name}"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        classify_sentences(doc)
        doc.drop_working_data()
        spent["sentence kinds, support, signals"] += time.perf_counter() - t0
    total = sum(spent.values())
    print(f"stages over {len(texts)} PTC articles (one pass, {total:.2f} s):")
    for stage, seconds in spent.most_common():
        print(f"  {stage:44} {seconds:6.3f} s  {100 * seconds / total:4.0f} %")
    return dict(spent)
