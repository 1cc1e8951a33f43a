"""Class analysis: error rates per item and per technique from answers, grades and exports."""

from __future__ import annotations

import json
import sqlite3

import pytest
from exercise_answers import key_answer, partial_answer, wrong_answer
from matplotlib.figure import Figure

from mediakit.cli import main
from mediakit.exercises.answers import Unreadable, code_answers, markdown_answer
from mediakit.exercises.classroom import (
    Outcome,
    format_table,
    outcomes_from_answers,
    outcomes_from_grades,
    plot_rates,
    read_export_csv,
    read_gradebook,
    save_chart,
    summarise,
    topic_label,
    write_csv,
)
from mediakit.exercises.model import assignments, questions


def notebook(cells: list[str]) -> dict:
    return {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
                       "execution_count": None, "source": s} for s in cells],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def submit(root, student: str, assignment: str, cells: list[str]) -> None:
    folder = root / student / assignment
    folder.mkdir(parents=True)
    (folder / f"{assignment}.ipynb").write_text(json.dumps(notebook(cells)), "utf-8")


def assign(q, value) -> str:
    return f"{q.variable} = {value!r}"


@pytest.fixture
def submitted(tmp_path):
    """Three students on ex03 (appeals): all right, all wrong, half right; one untouched."""
    q1, q2 = questions()["ex03.q1"], questions()["ex03.q2"]
    root = tmp_path / "submitted"
    submit(root, "ana", "ex03_appeals", [assign(q1, key_answer(q1)), assign(q2, key_answer(q2))])
    submit(root, "ben", "ex03_appeals", [assign(q1, wrong_answer(q1)),
                                         assign(q2, wrong_answer(q2))])
    submit(root, "cai", "ex03_appeals", [assign(q1, partial_answer(q1)),
                                         f"{q2.variable} = dict(x=1)"])
    submit(root, "dee", "ex03_appeals", [f"{q1.variable} = {{}}\nraise NotImplementedError()"])
    submit(root, "eve", "not_an_assignment", ["x = 1"])
    return root


def test_answers_are_read_without_running_them():
    nb = notebook(['a = {"x"}\nb = 1', "import os\nos.system('echo no')\na = {'y'}",
                   "c = set(['z'])", "d = {}\nraise NotImplementedError()\nd = {1: 'x'}",
                   "e = (", ])
    nb["cells"].append({"cell_type": "markdown", "source": "my text",
                        "metadata": {"nbgrader": {"grade_id": "ex01_q6_reflection"}}})
    got = code_answers(nb, ["a", "c", "d", "e"])
    assert got["a"] == {"y"} and got["d"] == {} and "e" not in got
    assert isinstance(got["c"], Unreadable)
    assert markdown_answer(nb, "ex01_q6_reflection") == "my text"
    assert markdown_answer(nb, "nope") is None


def test_error_rates_from_collected_answers(submitted):
    got = outcomes_from_answers(submitted)
    assert got.students == {"ana", "ben", "cai", "dee"}
    per_unit, per_topic = summarise(got.outcomes)
    rates = {r.name: r for r in per_unit}
    q1 = questions()["ex03.q1"]
    partial = partial_answer(q1)
    for n, item in enumerate(q1.items, 1):
        rate = rates[f"ex03.q1#{n}"]
        # ana right, ben wrong, cai right only on the items of the partial answer
        assert rate.n == 3
        assert rate.error == pytest.approx((1 + (item.sentence not in partial)) / 3)
    assert rates["ex03.q2#1"].n == 2 and rates["ex03.q2#1"].error == pytest.approx(0.5)
    topics = {r.name: r for r in per_topic}
    assert topics["bandwagon"].error > 0 and topics["plain_text"].n > 0
    assert per_unit == sorted(per_unit, key=lambda r: (-r.error, r.label))
    notes = " ".join(got.notes)
    assert "ex03.q1: 1 untouched" in notes and "ex03.q2: 1 untouched" in notes
    assert "ex03.q2: 1 answer(s) in the wrong format" in notes


def test_phrase_items_and_plain_sentences_are_units(tmp_path):
    q = questions()["ex01.q1"]
    root = tmp_path / "submitted"
    plain_mark = "hard to gauge"  # sentence 4 is plain
    submit(root, "ana", "ex01_loaded_language", [assign(q, {"frenzied", plain_mark})])
    per_unit, _ = summarise(outcomes_from_answers(root).outcomes)
    rates = {r.name: r.error for r in per_unit}
    assert rates["ex01.q1#3"] == 0 and rates["ex01.q1#1"] == 1
    assert rates["ex01.q1#plain-4"] == 1 and rates["ex01.q1#plain-1"] == 0
    labels = {r.name: r.label for r in per_unit}
    assert labels["ex01.q1#3"] == "ex01.q1 s5 “frenzied”"


def test_two_field_items_are_split_by_field(tmp_path):
    q = questions()["ex02.q1"]
    answer = {sid: (kind, "none") for sid, (kind, _) in key_answer(q).items()}
    submit(tmp_path, "ana", "ex02_claims_support", [assign(q, answer)])
    _, per_topic = summarise(outcomes_from_answers(tmp_path).outcomes)
    topics = {r.name: r.error for r in per_topic}
    assert topics["kind:attributed"] == 0 and topics["support:named_source"] == 1
    assert topics["support:none"] == 0


GRADE_ROWS = [
    # assignment, student, grade_id, max, auto, manual, extra, needs_manual
    ("ex01_loaded_language", "ana", "ex01_q1_some", 1, 1.0, None, None, 0),
    ("ex01_loaded_language", "ben", "ex01_q1_some", 1, 0.0, None, None, 0),
    ("ex01_loaded_language", "ana", "ex01_q1_discern", 1, 0.0, None, None, 0),
    ("ex01_loaded_language", "ana", "ex01_q4_rewrite_a", 2, None, 1.0, None, 0),
    ("ex01_loaded_language", "ben", "ex01_q4_rewrite_a", 2, None, None, None, 1),
    ("ex01_loaded_language", "ben", "ex01_own_extra_cell", 2, 2.0, None, None, 0),
    ("ex01_loaded_language", "ben", "ex01_q6_reflection", 2, 0.0, None, None, 0),  # empty
    ("ex01_loaded_language", "cai", "ex01_q1_some", 1, 0.0, None, None, 0),  # blank
    ("ex01_loaded_language", "cai", "ex01_q4_rewrite_a", 2, 0.0, None, None, 0),
]
KEYS = ("assignment", "student", "grade_id", "max_score", "auto_score", "manual_score",
        "extra_credit", "needs_manual_grade")


def test_error_rates_from_grades_map_cells_to_techniques():
    got = outcomes_from_grades([dict(zip(KEYS, r, strict=True)) for r in GRADE_ROWS])
    per_unit, per_topic = summarise(got.outcomes)
    rates = {r.name: r for r in per_unit}
    assert rates["ex01_q1_some"].error == 0.5 and rates["ex01_q1_some"].n == 2
    assert rates["ex01_q4_rewrite_a"].error == 0.5 and rates["ex01_q4_rewrite_a"].n == 1
    assert rates["ex01_own_extra_cell"].label == "ex01_own_extra_cell"
    assert "finds at least 4" in rates["ex01_q1_some"].label
    topics = {r.name: r.error for r in per_topic}
    assert topics["plain_text"] == 1.0  # the discernment cell
    assert topics["rewrite"] == 0.5 and "name_calling" in topics
    notes = "\n".join(got.notes)
    assert "1 submission(s) scored 0 on every cell" in notes  # cai
    assert "ex01_q4_rewrite_a: 1 submission(s) still to be graded by hand" in notes  # ben
    assert "ex01_q4_rewrite_a: 1 written answer(s) left empty" not in notes  # cai: blank
    assert "ex01_q6_reflection: 1 written answer(s) left empty" in notes  # ben
    assert "ex01_q6_reflection" not in rates


def make_gradebook(path) -> None:
    """The tables and columns of nbgrader's gradebook that the report reads."""
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE assignment (id TEXT PRIMARY KEY, name TEXT);
            CREATE TABLE submitted_assignment (id TEXT PRIMARY KEY, assignment_id TEXT,
                                               student_id TEXT);
            CREATE TABLE submitted_notebook (id TEXT PRIMARY KEY, assignment_id TEXT);
            CREATE TABLE base_cell (id TEXT PRIMARY KEY, name TEXT);
            CREATE TABLE grade_cells (id TEXT PRIMARY KEY, max_score REAL);
            CREATE TABLE grade (id TEXT PRIMARY KEY, notebook_id TEXT, cell_id TEXT,
                                auto_score REAL, manual_score REAL, extra_credit REAL,
                                needs_manual_grade BOOLEAN);
        """)
        assignments_seen: dict[str, str] = {}
        for n, (a, student, gid, max_, auto, manual, extra, needs) in enumerate(GRADE_ROWS):
            aid = assignments_seen.setdefault(a, f"a{len(assignments_seen)}")
            db.execute("INSERT OR IGNORE INTO assignment VALUES (?, ?)", (aid, a))
            db.execute("INSERT OR IGNORE INTO submitted_assignment VALUES (?, ?, ?)",
                       (f"s-{student}", aid, student))
            db.execute("INSERT OR IGNORE INTO submitted_notebook VALUES (?, ?)",
                       (f"n-{student}", f"s-{student}"))
            db.execute("INSERT OR IGNORE INTO base_cell VALUES (?, ?)", (f"c-{gid}", gid))
            db.execute("INSERT OR IGNORE INTO grade_cells VALUES (?, ?)", (f"c-{gid}", max_))
            db.execute("INSERT INTO grade VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (f"g{n}", f"n-{student}", f"c-{gid}", auto, manual, extra, needs))


def test_gradebook_and_export_csv(tmp_path):
    db = tmp_path / "gradebook.db"
    make_gradebook(db)
    rows = read_gradebook(db)
    assert len(rows) == len(GRADE_ROWS) and rows[0]["assignment"] == "ex01_loaded_language"
    export = tmp_path / "grades.csv"
    export.write_text(
        "assignment,duedate,timestamp,student_id,last_name,first_name,email,raw_score,"
        "late_submission_penalty,score,max_score\n"
        "ex01_loaded_language,,,ana,,,,10.0,0.0,10.0,14.0\n"
        "ex01_loaded_language,,,ben,,,,0.0,0.0,0.0,14.0\n"
        "ex02_claims_support,,,ana,,,,10.0,0.0,10.0,10.0\n", encoding="utf-8")
    got = read_export_csv(export)
    per_unit, per_topic = summarise(got.outcomes)
    assert {r.name: round(r.error, 3) for r in per_unit} == {
        "ex01_loaded_language": round(1 - 5 / 14, 3), "ex02_claims_support": 0.0}
    assert per_topic == [] and "one total per assignment" in got.notes[0]


def test_table_csv_and_chart(tmp_path):
    outcomes = [Outcome("ex01", s, u, f"label {u}", topics, score)
                for s, u, topics, score in [
                    ("ana", "u1", ("loaded_language",), 0.0),
                    ("ben", "u1", ("loaded_language",), 1.0),
                    ("ana", "u2", ("plain_text", "kind:claim"), 0.0),
                    ("ana", "u3", ("appeals",), 1.0)]]
    per_unit, per_topic = summarise(outcomes)
    assert [r.name for r in per_unit] == ["u2", "u1", "u3"]
    table = format_table(per_unit, per_topic, "title", ["a note"], top=2)
    assert "label u2" in table and "100%" in table and "1 more" in table
    assert "Note: a note" in table and "Leaving plain text unmarked" in table
    path = write_csv(per_unit, per_topic, tmp_path / "rates.csv")
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == "level,name,label,error_rate,n" and len(lines) == 1 + 3 + 4
    ax = Figure().add_subplot()
    assert plot_rates(per_topic, ax=ax, title="t", topics=True) is ax
    assert len(ax.patches) == len(per_topic)
    assert any("100% (n=1)" == t.get_text() for t in ax.texts)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == topic_label(per_topic[0].name)
    chart = save_chart(per_unit, per_topic, tmp_path / "out" / "chart.png", title="t")
    assert chart.read_bytes()[:4] == b"\x89PNG"


def test_topic_labels():
    assert topic_label("appeal_to_fear") == "Appeal to fear"
    assert topic_label("claims") == "Claims and evidence (family)"
    assert topic_label("support:vague_source") == "Support: vague source"
    assert topic_label("rewrite") == "Neutral rewrites"


def test_command_on_a_folder(submitted, tmp_path, capsys):
    chart, table = tmp_path / "chart.svg", tmp_path / "table.csv"
    assert main(["classroom", "report", str(submitted), "--out", str(chart),
                 "--csv", str(table)]) == 0
    captured = capsys.readouterr()
    assert "mediakit class report: answers in" in captured.out and "4 student(s)" in captured.out
    assert "Per technique and skill" in captured.out and "Bandwagon" in captured.out
    assert chart.read_text("utf-8").lstrip().startswith("<?xml")
    assert f"wrote {table}" in captured.err
    # a course folder is accepted too: the report looks in its submitted/ folder
    assert main(["classroom", "report", str(submitted.parent), "--top", "3"]) == 0
    assert "more (use --top 0" in capsys.readouterr().out


def test_command_on_a_gradebook(tmp_path, capsys):
    make_gradebook(tmp_path / "gradebook.db")
    assert main(["classroom", "report", str(tmp_path / "gradebook.db")]) == 0
    assert "grades in gradebook.db, 3 student(s)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "missing", "no such file or folder"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "found no answers or grades"),
        (lambda p: (p / "x.txt").write_text("hi") and p / "x.txt", "expected a folder"),
        (lambda p: sqlite3.connect(p / "other.db").execute("CREATE TABLE t (x)")
         and p / "other.db", "not an nbgrader gradebook"),
    ],
)
def test_command_errors_are_one_line(tmp_path, capsys, setup, message):
    assert main(["classroom", "report", str(setup(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_command_refuses_a_folder_as_output(submitted, tmp_path, capsys):
    assert main(["classroom", "report", str(submitted), "--out", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_every_assignment_maps_to_topics():
    for a in assignments().values():
        for q in a.questions:
            for item in q.items:
                assert item.topics, (q.id, item.sentence)
            assert q.autograded or q.topics, q.id
