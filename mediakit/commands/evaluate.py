"""``mediakit evaluate ptc DIR`` / ``mediakit evaluate sentences [TSV]``: score the kit
against human annotations (technique spans; sentence kind and support)."""

from __future__ import annotations

import argparse
import json

from mediakit.evaluate.ptc import PARTS, PTC_CLASSES, evaluate_ptc
from mediakit.evaluate.sentences import PARTS as SENTENCE_PARTS
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
    sentences = which.add_parser(
        "sentences",
        help="a hand-labelled TSV of sentence kind and support (default: the shipped set)",
        description="Kind and support accuracy with both confusion matrices, each sentence "
                    "judged on its own (docs/sentence-labelling-guide.md).",
    )
    sentences.add_argument("tsv", nargs="?", default=None,
                           help="TSV with id, genre, side, kind, support, sentence columns")
    sentences.add_argument("--part", choices=SENTENCE_PARTS, default="all",
                           help="all rows (default), or the dev (~60%%) / test (~40%%) part")
    sentences.add_argument("--json", action="store_true", help="print the scores as JSON")
    sentences.add_argument("--errors", choices=("kind", "support"),
                           help="also list the misclassified sentences with their cues")
    sentences.add_argument("--limit", type=int, default=30, help="examples with --errors")
    sentences.set_defaults(handler=run_sentences)


def run_sentences(args: argparse.Namespace) -> int:
    from mediakit.evaluate import sentences

    ev = sentences.evaluate_sentences(args.tsv, part=args.part)
    print(json.dumps(ev.to_dict(), indent=2) if args.json else sentences.format_report(ev))
    if args.errors:
        print()
        print(sentences.format_errors(ev, args.errors, args.limit))
    return 0


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
