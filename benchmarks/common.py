"""Shared helpers for the benchmarks: corpus loading and robust timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_PTC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ptc"


def ptc_articles(ptc: Path) -> list[str]:
    paths = sorted((ptc / "articles").glob("article*.txt"))
    if not paths:
        raise SystemExit(f"no PTC articles under {ptc}/articles (pass --ptc DIR)")
    texts = []
    for p in paths:
        with p.open(encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    return texts


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """Fastest of ``repeat`` runs in seconds: the least disturbed by other load."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def interleaved(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Run the contenders in turn, ``repeat`` rounds, so drifting load hits all alike."""
    out: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            out[name].append(time.perf_counter() - t0)
    return out


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"
