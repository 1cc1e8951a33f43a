"""A real nbgrader course, run end to end the way docs/instructor-guide.md describes it.

In a temporary course folder: generate every assignment; release one, fetch it as a
student, answer it, submit it and collect it through the exchange; add a correct, an
untouched and a partly correct submission of every assignment; autograde; enter the
rubric grades as formgrader would; generate feedback; export; and run the class report
on the result. Checks that no solution, model answer or hidden test reaches a student
(release or feedback), that the scores are full, zero and in between, and that they
equal what the self-check promised.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from exercise_answers import key_answer, partial_answer

from mediakit.cli import main
from mediakit.exercises import check
from mediakit.exercises.model import assignments

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"
COURSE_ID = "mediakit-test"
NAMES = list(assignments())
EX01 = NAMES[0]
STUDENTS = ("correct", "untouched", "partial")
EXCHANGE_STUDENT = "viaexchange"
TIMES: list[tuple[str, float]] = []
ALLOWED_ERRORS = {"NotImplementedError", "AssertionError", "AnswerFormatError"}

CONFIG = """\
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course!r}
c.CourseDirectory.root = {root!r}
c.CourseDirectory.db_url = {db!r}
c.Exchange.root = {exchange!r}
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "mediakit.exercises.nbgrader_feedback.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
c.Execute.timeout = 120
"""


def nbgrader(*args: str, cwd: Path) -> str:
    env = dict(os.environ)
    # nbgrader runs the `alembic` executable by name when it creates a gradebook
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
    TIMES.append((args[0], time.perf_counter() - started))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "[ERROR]" not in out.replace("| ERROR]", "[ERROR]"), out
    return out


def load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def nbg(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def src(cell: dict) -> str:
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


def strip_markers(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if "### BEGIN SOLUTION" not in line
                     and "### END SOLUTION" not in line)


def answered(release: dict, source: dict, answers: dict[str, object] | None) -> dict:
    """The release notebook with its answer cells filled in.

    ``answers`` None: every answer cell gets the source's solution (correct). Otherwise
    only the listed answer cells (grade_id -> value) get ``variable = value``.
    """
    solutions = {nbg(c)["grade_id"]: src(c) for c in source["cells"] if nbg(c).get("solution")}
    nb = json.loads(json.dumps(release))
    for cell in nb["cells"]:
        gid = nbg(cell).get("grade_id")
        if not nbg(cell).get("solution"):
            continue
        if answers is None:
            cell["source"] = strip_markers(solutions[gid])
        elif gid in answers:
            variable, value = answers[gid]
            cell["source"] = f"# Your answer\n{variable} = {value!r}\n"
    return nb


def write_submission(root: Path, student: str, name: str, nb: dict) -> None:
    folder = root / "submitted" / student / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.ipynb").write_text(json.dumps(nb, ensure_ascii=False, indent=1), "utf-8")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    (folder / "timestamp.txt").write_text(stamp, encoding="utf-8")


def partial_answers(name: str) -> tuple[dict, float]:
    """First question fully right, second partly, the rest untouched; and its score."""
    auto = [q for q in assignments()[name].questions if q.autograded]
    first, second = auto[0], auto[1]
    answers = {
        f"{name[:4]}_{first.id.split('.')[1]}_answer": (first.variable, key_answer(first)),
        f"{name[:4]}_{second.id.split('.')[1]}_answer": (second.variable, partial_answer(second)),
    }
    promised = check(first.id, key_answer(first)).points + \
        check(second.id, partial_answer(second)).points
    return answers, promised


def autograded_points(gb, name: str, student: str) -> tuple[float, float]:
    """(earned, possible) over the autograded test cells of one submission."""
    tests = {g.grade_id for q in assignments()[name].questions if q.autograded for g in q.grades}
    nb = gb.find_submission_notebook(name, name, student)
    grades = [g for g in nb.grades if g.name in tests]
    assert {g.name for g in grades} == tests
    return sum(g.auto_score or 0 for g in grades), sum(g.max_score for g in grades)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    started = time.perf_counter()
    base = tmp_path_factory.mktemp("nbgrader")
    root, exchange, student_home = base / "course", base / "exchange", base / "student"
    for folder in (root, exchange, student_home):
        folder.mkdir()
    (root / "nbgrader_config.py").write_text(CONFIG.format(
        course=COURSE_ID, root=str(root), db="sqlite:///" + str(root / "gradebook.db"),
        exchange=str(exchange)), encoding="utf-8")
    shutil.copytree(EXERCISES / "source", root / "source")

    nbgrader("generate_assignment", "*", cwd=root)

    # one student goes through the exchange: release, fetch, answer, submit, collect
    nbgrader("release_assignment", EX01, cwd=root)
    flags = [f"--course={COURSE_ID}", f"--Exchange.root={exchange}"]
    nbgrader("fetch_assignment", EX01, *flags, cwd=student_home)
    fetched = next(student_home.rglob(f"{EX01}.ipynb"))
    source = load(root / "source" / EX01 / f"{EX01}.ipynb")
    fetched.write_text(json.dumps(answered(load(fetched), source, None)), "utf-8")
    # on a shared server the student is the logged-in user; here one user plays them all
    nbgrader("submit", EX01, *flags, f"--student={EXCHANGE_STUDENT}", cwd=student_home)
    nbgrader("collect", EX01, cwd=root)

    promised = {}
    for name in NAMES:
        release = load(root / "release" / name / f"{name}.ipynb")
        source = load(root / "source" / name / f"{name}.ipynb")
        answers, promised[name] = partial_answers(name)
        write_submission(root, "correct", name, answered(release, source, None))
        write_submission(root, "untouched", name, release)
        write_submission(root, "partial", name, answered(release, source, answers))

    nbgrader("autograde", "*", cwd=root)

    # the rubric parts, graded as in formgrader: full marks for the correct student
    from nbgrader.api import Gradebook

    with Gradebook("sqlite:///" + str(root / "gradebook.db"), COURSE_ID) as gb:
        for name in NAMES:
            for q in assignments()[name].questions:
                if not q.autograded:
                    grade = gb.find_grade(q.grade_id, name, name, "correct")
                    grade.manual_score = grade.max_score
            gb.db.commit()

    nbgrader("generate_feedback", "*", cwd=root)
    nbgrader("export", "--to", str(root / "grades.csv"), cwd=root)
    return {"root": root, "promised": promised, "seconds": time.perf_counter() - started}


def test_every_assignment_is_generated_and_matches_the_committed_student_version(course):
    for name in NAMES:
        fresh = load(course["root"] / "release" / name / f"{name}.ipynb")
        committed = load(EXERCISES / "release" / name / f"{name}.ipynb")
        assert [(src(c), nbg(c)) for c in fresh["cells"]] == \
            [(src(c), nbg(c)) for c in committed["cells"]], (
            f"exercises/release/{name} is out of date: cd exercises && "
            f"nbgrader generate_assignment {name} --force")


def hidden_lines(name: str, regions: str = "SOLUTION|HIDDEN TESTS") -> set[str]:
    """Distinctive lines of the solution and hidden-test regions of a source notebook."""
    lines = set()
    for cell in load(EXERCISES / "source" / name / f"{name}.ipynb")["cells"]:
        for block in re.findall(rf"### BEGIN (?:{regions})\n(.*?)### END", src(cell), re.S):
            lines |= {line.strip() for line in block.splitlines() if len(line.strip()) > 24}
    return lines


def test_no_solution_or_hidden_test_leaks_into_the_release(course):
    for name in NAMES:
        for path in (course["root"] / "release" / name).rglob("*"):
            if path.is_file():
                text = path.read_text("utf-8")
                for marker in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS",
                               "Model answer", "Marking notes", "_result"):
                    assert marker not in text, (path, marker)
                for line in hidden_lines(name):
                    assert line not in text, (path, line)


def test_feedback_shows_no_hidden_test(course):
    feedback = course["root"] / "feedback"
    pages = list(feedback.rglob("*.html"))
    assert len(pages) == len(NAMES) * (len(STUDENTS) + 1) - (len(NAMES) - 1)
    for page in pages:
        text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text("utf-8")))
        assert "check_format(" in text  # the visible part of the tests is there
        assert "HIDDEN TESTS" not in text and "_result" not in text, page
        # a student's own answers are in their feedback, even when they match the key
        name = page.parent.name
        for line in hidden_lines(name, "HIDDEN TESTS") - hidden_lines(name, "SOLUTION"):
            assert line not in text, (page, line)


def test_scores_full_zero_and_in_between(course):
    from nbgrader.api import Gradebook

    with Gradebook("sqlite:///" + str(course["root"] / "gradebook.db"), COURSE_ID) as gb:
        for name in NAMES:
            earned, possible = autograded_points(gb, name, "correct")
            assert earned == possible > 0, name
            assert autograded_points(gb, name, "untouched")[0] == 0, name
            partial = autograded_points(gb, name, "partial")[0]
            assert 0 < partial < possible, name
            assert partial == course["promised"][name], "autograder and self-check disagree"
        assert autograded_points(gb, EX01, EXCHANGE_STUDENT)[0] == \
            autograded_points(gb, EX01, "correct")[1]


def test_untouched_student_versions_run_headless_with_only_expected_errors(course):
    for student in STUDENTS:
        for name in NAMES:
            nb = load(course["root"] / "autograded" / student / name / f"{name}.ipynb")
            errors = [(nbg(c).get("grade_id"), o["ename"]) for c in nb["cells"]
                      for o in c.get("outputs", []) if o["output_type"] == "error"]
            if student == "correct":
                assert errors == [], (name, errors)
            else:
                assert {e for _, e in errors} <= ALLOWED_ERRORS, (student, name, errors)


def test_export_has_every_submission(course):
    with open(course["root"] / "grades.csv", encoding="utf-8", newline="") as fh:
        rows = {(r["student_id"], r["assignment"]): r for r in csv.DictReader(fh)}
    for name in NAMES:
        correct = rows[("correct", name)]
        assert float(correct["score"]) == float(correct["max_score"]) > 0
        assert float(rows[("untouched", name)]["score"]) == 0
        assert 0 < float(rows[("partial", name)]["score"]) < float(correct["max_score"])
    assert float(rows[(EXCHANGE_STUDENT, EX01)]["score"]) > 0


def test_class_report_on_the_course(course, artifacts, capsys):
    root = course["root"]
    chart, table = artifacts / "classroom-report.png", artifacts / "classroom-report.csv"
    assert main(["classroom", "report", str(root), "--out", str(chart), "--csv",
                 str(table), "--top", "0"]) == 0
    out = capsys.readouterr().out
    assert chart.stat().st_size > 10_000 and chart.read_bytes()[:4] == b"\x89PNG"
    rates = {r["name"]: float(r["error_rate"]) for r in csv.DictReader(table.open())}
    # the partial student missed part of every second question, nobody missed the first
    assert all(v == 0 for k, v in rates.items() if k.startswith("ex01.q1#"))
    assert any(v > 0 for k, v in rates.items() if k.startswith("ex01.q2#"))
    assert "Per technique and skill" in out and "untouched answer(s) left out" in out

    assert main(["classroom", "report", str(root / "gradebook.db"), "--top", "0"]) == 0
    grades_out = capsys.readouterr().out
    assert "ex01_q4_rewrite_a" in grades_out and "still to be graded by hand" in grades_out
    assert "scored 0 on every cell" in grades_out  # the untouched submissions
    (artifacts / "classroom-report.txt").write_text(out + "\n" + grades_out, "utf-8")
    assert main(["classroom", "report", str(root / "grades.csv")]) == 0
    assert "one total per assignment" in capsys.readouterr().out


def test_round_trip_reports_its_timing(course):
    """About 50 s on an idle 2-core machine (eight nbgrader commands, 16 notebooks run).
    Printed for the CI log, not asserted: speed is for benchmarks, not unit tests."""
    steps = ", ".join(f"{cmd} {sec:.1f}" for cmd, sec in TIMES)
    print(f"nbgrader round trip: {course['seconds']:.1f} s ({steps})")
    assert {cmd for cmd, _ in TIMES} >= {"generate_assignment", "autograde", "export"}
