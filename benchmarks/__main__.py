"""Run the benchmarks: ``python -m benchmarks [--ptc DIR] [--only NAME ...]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import adversarial, explorer, imports, scaling, stages, throughput
from benchmarks.common import DEFAULT_PTC

SUITES = ("throughput", "imports", "scaling", "adversarial", "explorer", "stages")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--ptc", type=Path, default=DEFAULT_PTC, help="PTC folder")
    parser.add_argument("--only", nargs="+", choices=SUITES, help="run only these")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    chosen = args.only or SUITES
    if "throughput" in chosen:
        throughput.run(args.ptc, args.repeat)
    if "imports" in chosen:
        imports.run(args.repeat)
    if "scaling" in chosen:
        scaling.run()
    if "adversarial" in chosen:
        adversarial.run()
    if "explorer" in chosen:
        explorer.run()
    if "stages" in chosen:
        stages.run(args.ptc)


if __name__ == "__main__":
    main()
