"""``import mediakit`` time against ``import nltk``, each in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys


def _import_time(module: str, repeat: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip()))
    return min(times)


def run(repeat: int = 5) -> dict[str, float]:
    k = _import_time("mediakit", repeat)
    n = _import_time("nltk", repeat)
    print(f"import time, fresh interpreter, best of {repeat}:")
    print(f"  import mediakit         {k * 1000:.0f} ms")
    print(f"  import nltk             {n * 1000:.0f} ms")
    print(f"  ratio mediakit/nltk     {k / n:.2f}  (nltk loads on first analyze(), not at import)")
    return {"mediakit_s": k, "nltk_s": n, "ratio": k / n}
