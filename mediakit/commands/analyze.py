"""``mediakit analyze FILE|- --format text|json|html [--out PATH]``."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from mediakit.analyze import analyze
from mediakit.io import InputError, atomic_write_text, read_text
from mediakit.report import Report
from mediakit.techniques import FAMILIES, TECHNIQUES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse a text file and list what the detectors found",
        description="Analyse a UTF-8 text file (or - for standard input).",
    )
    p.add_argument("file", help="path to a UTF-8 text file, or - to read standard input")
    p.add_argument("--format", choices=("text", "json", "html"), default="text",
                   help="text: a readable listing per sentence (default); json: the full "
                        "report; html: one self-contained page")
    p.add_argument("--out", metavar="PATH", help="write to PATH (atomically) instead of stdout")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    report = analyze(text)
    name = "standard input" if args.file == "-" else Path(args.file).name
    if args.format == "json":
        output = report.to_json() + "\n"
    elif args.format == "html":
        from mediakit.render import standalone_page

        output = standalone_page(report, title=f"mediakit report: {name}")
    else:
        output = format_text(report, name)
    if args.out:
        out = Path(args.out)
        if out.is_dir():
            raise InputError(f"{out} is a directory; give a file name for --out")
        try:
            atomic_write_text(out, output)
        except OSError as exc:
            raise InputError(f"{out}: cannot write ({exc.strerror or exc})") from None
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    return 0


def _wrap(text: str, indent: str) -> str:
    flat = " ".join(text.split())
    return textwrap.fill(flat, width=100, initial_indent=indent, subsequent_indent=indent)


def format_text(report: Report, name: str) -> str:
    """A readable listing: every sentence with its kind and support, then its findings."""
    s = report.summary
    lines = [
        f"mediakit analysis of {name}: {s['words']:,} words, {s['sentences']} sentences, "
        f"{s['findings']} findings",
        "",
    ]
    for sent in report.sentences:
        if sent.heading:
            lines.append(f"## {' '.join(sent.text.split())}")
            lines.append("")
            continue
        lines.append(f"[{sent.index + 1}] {sent.kind} · support: {sent.support.replace('_', ' ')}")
        lines.append(_wrap(sent.text, "    "))
        for f in report.findings_in(sent):
            if f.start < sent.start:  # listed under the sentence where it starts
                continue
            quoted = " (inside a quotation)" if f.quoted else ""
            lines.append(_wrap(
                f"- {TECHNIQUES[f.technique].name}{quoted}: “{f.text}” — {f.explanation}"
                + (f" Try: “{f.suggestion}”." if f.suggestion else ""),
                "      ",
            ).replace("      - ", "    - ", 1))
        lines.append("")
    lines.append("Summary")
    for fam, family in FAMILIES.items():
        count = s["by_family"][fam]
        lines.append(f"  {family.name}: {count} ({s['per_1000_words'][fam]} per 1,000 words)")
        for tid, n in s["by_technique"].items():
            if TECHNIQUES[tid].family == fam:
                lines.append(f"    {TECHNIQUES[tid].name}: {n}")
    kinds = ", ".join(f"{k} {v}" for k, v in s["kinds"].items())
    lines.append(f"  Sentences: {kinds}")
    return "\n".join(lines) + "\n"
