"""``mediakit classroom report PATH [--out CHART] [--csv TABLE] [--top N]``.

PATH is one of:

- a folder of collected notebooks (``submitted/`` of an nbgrader course, laid out as
  ``<student>/<assignment>/*.ipynb``) or the course folder that holds it: the answers
  are read without running them and scored item by item;
- nbgrader's ``gradebook.db``: one row per graded cell, rubric parts included;
- the CSV written by ``nbgrader export``: one total per assignment.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from mediakit.io import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "classroom",
        help="see what a class struggles with (error rates per item and per technique)",
        description="Tools for instructors who use the exercises with a class.",
    )
    csub = p.add_subparsers(dest="classroom_command", required=True, metavar="ACTION")
    r = csub.add_parser(
        "report",
        help="error rates per item and per technique, as a table and a chart",
        description="Error rates per item and per technique from collected notebooks "
                    "(submitted/), nbgrader's gradebook.db, or the CSV of nbgrader export.",
    )
    r.add_argument("path", help="a submitted/ folder or course folder, gradebook.db, or an "
                                "export CSV")
    r.add_argument("--out", metavar="CHART", help="also save a chart (PNG, SVG or PDF)")
    r.add_argument("--csv", metavar="TABLE", help="also write the full table as CSV")
    r.add_argument("--top", type=int, default=20, metavar="N",
                   help="rows per table in the printed report (0 = all; default 20)")
    r.set_defaults(handler=run)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def collect(path: Path):
    """(collected outcomes, a description of the source) for any accepted PATH."""
    from mediakit.exercises import classroom

    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        folder = path / "submitted" if (path / "submitted").is_dir() else path
        return classroom.outcomes_from_answers(folder), f"answers in {folder}"
    if path.suffix.lower() == ".csv":
        try:
            return classroom.read_export_csv(path), f"grades exported to {path.name}"
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the CSV ({exc})") from None
    if _is_sqlite(path):
        try:
            rows = classroom.read_gradebook(path)
        except sqlite3.Error as exc:
            raise InputError(f"{path}: not an nbgrader gradebook ({exc})") from None
        return classroom.outcomes_from_grades(rows), f"grades in {path.name}"
    raise InputError(f"{path}: expected a folder of submissions, gradebook.db or an export CSV")


def run(args: argparse.Namespace) -> int:
    from mediakit.exercises import classroom

    got, source = collect(Path(args.path))
    if not got.outcomes:
        raise InputError(f"{args.path}: found no answers or grades for the mediakit exercises"
                         + (f" ({'; '.join(got.notes)})" if got.notes else ""))
    per_unit, per_topic = classroom.summarise(got.outcomes)
    title = (f"mediakit class report: {source}, {len(got.students)} student(s), "
             f"{len(got.outcomes)} outcomes")
    sys.stdout.write(classroom.format_table(per_unit, per_topic, title, got.notes,
                                            top=args.top or None))
    for option, write in ((args.csv, lambda p: classroom.write_csv(per_unit, per_topic, p)),
                          (args.out, lambda p: classroom.save_chart(per_unit, per_topic, p,
                                                                    title=title))):
        if option:
            target = Path(option)
            if target.is_dir():
                raise InputError(f"{target} is a directory; give a file name")
            try:
                write(target)
            except (OSError, ValueError) as exc:
                raise InputError(f"{target}: cannot write ({exc})") from None
            print(f"wrote {target}", file=sys.stderr)
    return 0
