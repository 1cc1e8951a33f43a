"""``mediakit evaluate ptc DIR``: score the detectors against human annotations."""

from __future__ import annotations

import argparse
import json

from mediakit.evaluate.ptc import PARTS, PTC_CLASSES, evaluate_ptc
from mediakit.evaluate.table import format_errors, format_table


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score the detectors against annotated data")
    which = p.add_subparsers(dest="dataset", required=True, metavar="DATASET")
    ptc = which.add_parser(
        "ptc",
        help="a Propaganda Techniques Corpus folder (articles/, labels/)",
        description="Technique-aware precision, recall and F1 (SemEval-2020 Task 11 "
                    "convention) per class and micro-averaged, plus the technique-agnostic "
                    "span score.",
    )
    ptc.add_argument("directory", help="folder with articles/ and labels/")
    ptc.add_argument("--part", choices=PARTS, default="all",
                     help="all articles (default), or the tune (~80%%) / check (~20%%) part")
    ptc.add_argument("--json", action="store_true", help="print the scores as JSON")
    ptc.add_argument("--errors", metavar="CLASS", choices=PTC_CLASSES,
                     help="also list missed gold spans and false alarms for one PTC class")
    ptc.add_argument("--limit", type=int, default=20, help="examples per list with --errors")
    ptc.set_defaults(handler=run_ptc)


def run_ptc(args: argparse.Namespace) -> int:
    ev = evaluate_ptc(args.directory, part=args.part)
    if args.json:
        print(json.dumps(ev.to_dict(), indent=2))
    else:
        print(format_table(ev))
    if args.errors:
        print()
        print(format_errors(ev, args.errors, args.limit))
    return 0
