"""analyze() on 1 MB and 5 MB of text: time should grow linearly, memory per MB stay flat."""

from __future__ import annotations

import gc
import time
import tracemalloc


def _text_of(size: int, seed: str) -> str:
    reps = size // len(seed) + 1
    return ("\n\n".join([seed] * reps))[:size]


def run() -> dict[str, float]:
    import mediakit
    from mediakit import texts

    seed = texts.case_study().text
    mediakit.analyze(seed)
    out: dict[str, float] = {}
    print("scaling (case study repeated to size):")
    for mb in (1, 5):
        text = _text_of(mb * 1_000_000, seed)
        gc.collect()
        t0 = time.perf_counter()
        report = mediakit.analyze(text)
        seconds = time.perf_counter() - t0
        del report
        gc.collect()
        tracemalloc.start()
        report = mediakit.analyze(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del report
        out[f"{mb}mb_s"] = seconds
        out[f"{mb}mb_peak_mb"] = peak / 1e6
        print(f"  {mb} MB: {seconds:.2f} s, {seconds / mb:.2f} s per MB; "
              f"peak traced memory {peak / 1e6:.0f} MB ({peak / 1e6 / mb:.0f} MB per MB of text)")
    ratio = (out["5mb_s"] / 5) / out["1mb_s"]
    print(f"  time per MB, 5 MB vs 1 MB: {ratio:.2f}  (1.0 = linear)")
    mem = (out["5mb_peak_mb"] / 5) / out["1mb_peak_mb"]
    print(f"  memory per MB, 5 MB vs 1 MB: {mem:.2f}  (1.0 = flat per MB)")
    out["time_ratio"], out["memory_ratio"] = ratio, mem
    return out
