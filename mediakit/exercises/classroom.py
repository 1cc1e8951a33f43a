"""What a class struggles with: error rates per item and per technique.

Three sources, each turned into :class:`Outcome` rows (one student, one unit, the
share of it they got right):

- **answers** in collected notebooks (``submitted/<student>/<assignment>/*.ipynb``):
  read without running them (:mod:`mediakit.exercises.answers`) and scored against the
  keys item by item, so each loaded phrase, sentence label or plain sentence is a unit;
- **grades** in nbgrader's ``gradebook.db``: one unit per graded cell (tests and
  rubric parts), mapped to techniques through the keys;
- **totals** in the CSV of ``nbgrader export``: one unit per assignment (the CSV has
  nothing finer).

:func:`summarise` turns outcomes into :class:`Rate` rows; :func:`format_table`,
:func:`write_csv` and :func:`plot_rates` show them. Error rate = the mean share of
the unit that students missed; students who left a question untouched are not
counted for it (an empty answer says nothing about what they find hard).
"""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.exercises.answers import Unreadable, code_answers, load_notebook
from mediakit.exercises.grading import score
from mediakit.exercises.model import (
    Question,
    assignments,
    grade_index,
    rule_topics,
)
from mediakit.exercises.scoring import AnswerFormatError, LabelResult, PhraseResult
from mediakit.techniques import FAMILIES, TECHNIQUES

_OTHER_LABELS = {
    "plain_text": "Leaving plain text unmarked",
    "rewrite": "Neutral rewrites",
    "written_analysis": "Written analysis",
    "sources": "Finding sources",
}


@dataclass(frozen=True, slots=True)
class Outcome:
    assignment: str
    student: str
    unit: str
    label: str
    topics: tuple[str, ...]
    score: float  # share earned, 0..1


@dataclass(frozen=True, slots=True)
class Rate:
    name: str
    label: str
    n: int
    error: float


@dataclass
class Collected:
    """Outcomes plus what could not be counted, for the report's notes."""

    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    students: set[str] = field(default_factory=set)


def topic_label(topic: str) -> str:
    """A readable name for a topic id (technique, family, ``kind:claim``, ...)."""
    if topic in TECHNIQUES:
        return TECHNIQUES[topic].name
    if topic in FAMILIES:
        return FAMILIES[topic].name + " (family)"
    if ":" in topic:
        head, _, value = topic.partition(":")
        return f"{head.capitalize()}: {value.replace('_', ' ')}"
    return _OTHER_LABELS.get(topic, topic.replace("_", " "))


# -- answers ---------------------------------------------------------------------------


def _is_empty(value: object) -> bool:
    return value is None or (hasattr(value, "__len__") and len(value) == 0)  # type: ignore[arg-type]


def score_items(q: Question, value: object, assignment: str, student: str) -> list[Outcome]:
    """Per-item outcomes of one answer (raises :class:`AnswerFormatError` when unreadable)."""
    result = score(q, value)
    out: list[Outcome] = []
    if isinstance(result, PhraseResult):
        for n, (item, hit) in enumerate(zip(q.items, result.item_hit, strict=True)):
            out.append(Outcome(assignment, student, f"{q.id}#{n + 1}", q.item_label(n),
                               item.topics, 1.0 if hit else 0.0))
        flagged = {sid for _, sid in result.false_alarm_marks}
        for sid in q.plain:
            where = f"s{sid}" if isinstance(sid, int) else str(sid)
            out.append(Outcome(assignment, student, f"{q.id}#plain-{sid}",
                               f"{q.id} {where} (plain: left unmarked)", ("plain_text",),
                               0.0 if sid in flagged else 1.0))
        return out
    assert isinstance(result, LabelResult)
    for n, (item, ok) in enumerate(zip(q.items, result.item_ok, strict=True)):
        if len(q.fields) == 1:
            out.append(Outcome(assignment, student, f"{q.id}#{n + 1}", q.item_label(n),
                               item.topics, 1.0 if ok[0] else 0.0))
            continue
        for fld, good in zip(q.fields, ok, strict=True):
            topics = tuple(t for t in item.topics if t.startswith(fld + ":"))
            expected = item.accept[q.fields.index(fld)][0]
            where = f"s{item.sentence}" if isinstance(item.sentence, int) else item.sentence
            out.append(Outcome(assignment, student, f"{q.id}#{n + 1}:{fld}",
                               f"{q.id} {where} {fld} = {expected}", topics,
                               1.0 if good else 0.0))
    return out


def outcomes_from_answers(folder: str | Path) -> Collected:
    """Score every collected notebook under ``folder/<student>/<assignment>/``."""
    root = Path(folder)
    known = assignments()
    got = Collected()
    untouched: dict[str, int] = defaultdict(int)
    unreadable: dict[str, int] = defaultdict(int)
    for student_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for adir in sorted(p for p in student_dir.iterdir() if p.is_dir()):
            a = known.get(adir.name)
            notebooks = sorted(adir.glob("*.ipynb"))
            if a is None or not notebooks:
                continue
            got.students.add(student_dir.name)
            auto = [q for q in a.questions if q.autograded]
            values: dict[str, object] = {}
            for path in notebooks:
                try:
                    values.update(code_answers(load_notebook(path), [q.variable for q in auto]))
                except (OSError, ValueError):
                    got.notes.append(f"could not read {path}")
            for q in auto:
                value = values.get(q.variable)
                if _is_empty(value):
                    untouched[q.id] += 1
                    continue
                if isinstance(value, Unreadable):
                    unreadable[q.id] += 1
                    continue
                try:
                    got.outcomes += score_items(q, value, a.name, student_dir.name)
                except AnswerFormatError:
                    unreadable[q.id] += 1
    for qid, n in sorted(untouched.items()):
        got.notes.append(f"{qid}: {n} untouched answer(s) left out")
    for qid, n in sorted(unreadable.items()):
        got.notes.append(f"{qid}: {n} answer(s) in the wrong format (counted as not attempted)")
    return got


# -- grades ----------------------------------------------------------------------------

_GRADES_SQL = """
SELECT a.name, sa.student_id, bc.name, gc.max_score, g.auto_score, g.manual_score,
       g.extra_credit, g.needs_manual_grade
FROM grade g
JOIN submitted_notebook sn ON g.notebook_id = sn.id
JOIN submitted_assignment sa ON sn.assignment_id = sa.id
JOIN assignment a ON sa.assignment_id = a.id
JOIN base_cell bc ON g.cell_id = bc.id
JOIN grade_cells gc ON gc.id = bc.id
ORDER BY a.name, sa.student_id, bc.name
"""


def read_gradebook(path: str | Path) -> list[dict]:
    """Rows of nbgrader's ``gradebook.db`` (sqlite): one per student and graded cell."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    # sqlite3's context manager only commits; closing() really closes the file.
    with closing(sqlite3.connect(uri, uri=True)) as db:
        rows = db.execute(_GRADES_SQL).fetchall()
    keys = ("assignment", "student", "grade_id", "max_score", "auto_score", "manual_score",
            "extra_credit", "needs_manual_grade")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def outcomes_from_grades(rows: Iterable[dict]) -> Collected:
    """One outcome per graded cell.

    Cells still waiting for a manual grade are left out, and so are submissions that
    scored nothing anywhere: the gradebook cannot tell an untouched notebook from a
    wrong one, and a blank submission says nothing about what the class finds hard.
    """
    index = grade_index()
    got = Collected()
    pending: dict[str, int] = defaultdict(int)
    empty: dict[tuple[str, str], list[str]] = defaultdict(list)
    untouched: dict[str, int] = defaultdict(int)
    waiting: set[tuple[str, str]] = set()
    by_submission: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for r in rows:
        got.students.add(r["student"])
        if not r["max_score"]:
            continue
        manual, auto = r["manual_score"], r["auto_score"]
        if manual is None and (r["needs_manual_grade"] or auto is None):
            pending[r["grade_id"]] += 1
            waiting.add((r["assignment"], r["student"]))
            by_submission.setdefault((r["assignment"], r["student"]), [])
            continue
        question, rule = index.get(r["grade_id"], (None, None))
        if question is not None and rule is None and manual is None and auto == 0:
            # nbgrader gives 0 without asking for a grade when a written answer is unchanged
            empty[(r["assignment"], r["student"])].append(r["grade_id"])
            by_submission.setdefault((r["assignment"], r["student"]), [])
            continue
        earned = (manual if manual is not None else auto) + (r["extra_credit"] or 0)
        if question is None:
            topics, label = (), r["grade_id"]
        else:
            topics = rule_topics(question, rule)
            label = f"{r['grade_id']}: {rule.says if rule else 'rubric, ' + question.title}"
        share = max(0.0, min(1.0, earned / r["max_score"]))
        by_submission[(r["assignment"], r["student"])].append(
            Outcome(r["assignment"], r["student"], r["grade_id"], label, topics, share))
    blank = 0
    for submission, outcomes in by_submission.items():
        if submission not in waiting and all(o.score == 0 for o in outcomes):
            blank += 1
            continue
        got.outcomes += outcomes
        for gid in empty.get(submission, ()):
            untouched[gid] += 1
    if blank:
        got.notes.append(f"{blank} submission(s) scored 0 on every cell and are left out "
                         "(most likely not attempted)")
    for gid, n in sorted(pending.items()):
        got.notes.append(f"{gid}: {n} submission(s) still to be graded by hand (left out)")
    for gid, n in sorted(untouched.items()):
        got.notes.append(f"{gid}: {n} written answer(s) left empty (left out)")
    return got


def read_export_csv(path: str | Path) -> Collected:
    """Per-assignment totals from the CSV of ``nbgrader export``."""
    got = Collected()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                score_, max_ = float(row["score"]), float(row["max_score"])
            except (KeyError, TypeError, ValueError):
                continue
            got.students.add(row.get("student_id", ""))
            if max_ > 0:
                got.outcomes.append(Outcome(row["assignment"], row.get("student_id", ""),
                                            row["assignment"], row["assignment"], (),
                                            max(0.0, min(1.0, score_ / max_))))
    got.notes.append("the export CSV holds one total per assignment; for rates per item and "
                     "per technique, report on gradebook.db or the submitted folder")
    return got


# -- summary and views -----------------------------------------------------------------


def summarise(outcomes: Iterable[Outcome]) -> tuple[list[Rate], list[Rate]]:
    """(per unit, per topic) error rates, hardest first."""
    units: dict[str, list[float]] = defaultdict(list)
    labels: dict[str, str] = {}
    topics: dict[str, list[float]] = defaultdict(list)
    for o in outcomes:
        units[o.unit].append(o.score)
        labels[o.unit] = o.label
        for t in o.topics:
            topics[t].append(o.score)

    def rates(groups, name_of):
        out = [Rate(k, name_of(k), len(v), 1.0 - sum(v) / len(v)) for k, v in groups.items()]
        return sorted(out, key=lambda r: (-r.error, r.label))

    return rates(units, labels.__getitem__), rates(topics, topic_label)


def format_table(per_unit: list[Rate], per_topic: list[Rate], title: str,
                 notes: Iterable[str] = (), top: int | None = None) -> str:
    lines = [title, ""]
    for heading, rates in (("Per item", per_unit), ("Per technique and skill", per_topic)):
        if not rates:
            continue
        shown = rates[:top] if top else rates
        width = min(72, max(len(heading), *(len(r.label) for r in shown)))
        lines.append(f"{heading:{width}}  {'error':>6}  {'n':>4}")
        lines.append("-" * (width + 14))
        for r in shown:
            label = r.label if len(r.label) <= width else r.label[: width - 1] + "…"
            lines.append(f"{label:{width}}  {r.error:6.0%}  {r.n:4d}")
        if top and len(rates) > top:
            lines.append(f"… {len(rates) - top} more (use --top 0 or --csv for all)")
        lines.append("")
    for note in notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines).rstrip() + "\n"


def write_csv(per_unit: list[Rate], per_topic: list[Rate], path: str | Path) -> Path:
    from mediakit.io import atomic_write_text

    rows = ["level,name,label,error_rate,n"]
    for level, rates in (("item", per_unit), ("topic", per_topic)):
        for r in rates:
            label = r.label.replace('"', '""')
            rows.append(f'{level},{r.name},"{label}",{r.error:.4f},{r.n}')
    return atomic_write_text(path, "\n".join(rows) + "\n")


def _style(topic: str) -> tuple[str, str]:
    """Bar colour and hatch: the technique's or family's, else a neutral grey."""
    if topic in TECHNIQUES:
        fam = FAMILIES[TECHNIQUES[topic].family]
        return TECHNIQUES[topic].colour, fam.hatch
    if topic in FAMILIES:
        return FAMILIES[topic].chart_colour, FAMILIES[topic].hatch
    return "#BBBBBB", ""


def plot_rates(rates: list[Rate], ax=None, title: str = "", topics: bool = False):
    """Horizontal bars of error rates, labelled with their percentage; returns ``ax``.

    Colour is never the only cue: every bar carries its name and value, and technique
    bars carry their family's hatch.
    """
    if ax is None:
        from matplotlib.figure import Figure

        ax = Figure(figsize=(8, max(2.5, 0.35 * len(rates) + 1))).add_subplot()
    rates = list(reversed(rates))
    ys = range(len(rates))
    for y, r in zip(ys, rates, strict=True):
        colour, hatch = _style(r.name) if topics else ("#4477AA", "")
        ax.barh(y, r.error * 100, color=colour, hatch=hatch, edgecolor="#333333", linewidth=0.6)
        ax.text(min(r.error * 100 + 1, 101), y, f"{r.error:.0%} (n={r.n})", va="center",
                fontsize=8)
    ax.set_yticks(list(ys), [r.label if len(r.label) <= 48 else r.label[:47] + "…"
                             for r in rates], fontsize=8)
    ax.set_xlim(0, 118)
    ax.set_xlabel("error rate (%)")
    ax.set_ylabel("topic" if topics else "item")
    ax.set_title(title or ("Error rate per topic" if topics else "Error rate per item"),
                 fontsize=10, loc="left")
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.5)
    ax.set_axisbelow(True)
    return ax


def save_chart(per_unit: list[Rate], per_topic: list[Rate], path: str | Path,
               title: str = "", top: int = 15) -> Path:
    """Two panels (hardest items, techniques and skills) written to ``path`` (PNG, SVG, PDF)."""
    from matplotlib.figure import Figure

    units = per_unit[:top]
    rows = max(len(units), len(per_topic), 1)
    fig = Figure(figsize=(14, 0.34 * rows + 1.8), layout="constrained")
    left, right = fig.subplots(1, 2)
    plot_rates(units, ax=left, title=f"Hardest items (top {len(units)})")
    plot_rates(per_topic, ax=right, title="Techniques and skills", topics=True)
    if title:
        fig.suptitle(title, fontsize=11)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, dpi=110)
    return target
