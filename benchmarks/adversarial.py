"""Hostile shapes of text: run-on "sentences" without a full stop, and per-keystroke use.

Peer, measured in the same run: the same amount of ordinary text (the case study
repeated). A ratio near 1 means the odd shape costs no more than normal prose; a rule
that rescans its sentence for every hit (quadratic time) shows up as a ratio of 10-100.
The rewrite lab analyses one sentence per keystroke: its latency is compared with one
VADER call on the same sentence.
"""

from __future__ import annotations

import time

RUN_ONS = {
    "pride words": "the vassal prostrate humiliated and ",
    "credentials and verbs": "the expert warned and the scientist explained and ",
    "threats and frames": "if war will come our children and the brutal thugs are like Hitler and ",
    "intensifier runs": "very very extremely utterly ",
    "scare quotes": "the “elite” and the “experts” and ",
    "future words": "the meeting will go on and ",
}
SIZE = 200_000


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run() -> dict[str, float]:
    import mediakit
    from benchmarks.throughput import vader_analyzer
    from mediakit import texts
    from mediakit.activities.rewrite import compare_rewrite

    seed = texts.case_study().text
    ordinary = ("\n\n".join([seed] * (SIZE // len(seed) + 1)))[:SIZE]
    mediakit.analyze(seed)
    peer = min(_timed(lambda: mediakit.analyze(ordinary)) for _ in range(2))
    out: dict[str, float] = {}
    print(f"run-on sentences of {SIZE // 1000} K characters vs the same size of ordinary "
          f"text ({peer:.2f} s):")
    for name, unit in RUN_ONS.items():
        text = unit * (SIZE // len(unit))
        seconds = _timed(lambda text=text: mediakit.analyze(text))
        out[name] = seconds / peer
        print(f"  {name:24} {seconds:6.2f} s  ratio {seconds / peer:5.2f}  (quadratic: > 10)")

    sentence = "Zelensky rushed to state that Ukraine absolutely rejects the Russian proposal."
    rewrite = "Zelensky said that Ukraine rejects the Russian proposal."
    sia = vader_analyzer()
    compare_rewrite(sentence, rewrite)
    n = 50
    kit = min(_timed(lambda: [compare_rewrite(sentence, rewrite) for _ in range(n)])
              for _ in range(3)) / n
    vader = min(_timed(lambda: [sia.polarity_scores(rewrite) for _ in range(n)])
                for _ in range(3)) / n
    out["keystroke_ms"] = kit * 1000
    print(f"rewrite lab, one keystroke (re-analyse original and rewrite): {kit * 1000:.1f} ms; "
          f"one VADER call {vader * 1000:.2f} ms; ratio {kit / vader:.0f}x (target: < 50 ms)")
    return out
