"""The exercise notebooks: valid nbgrader sources, clean, graded like the keys say.

The strongest check here is that the hidden tests in each source notebook (with their
expected values written inline) and the self-check (with the keys in the package) give
the same verdict, test cell by test cell, on dozens of answers from empty to perfect.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import nbformat
import pytest
from exercise_answers import key_answer, variants
from nbgrader.nbgraderformat.v3 import MetadataValidatorV3

from mediakit.exercises import check
from mediakit.exercises.grading import passes, score
from mediakit.exercises.model import assignments

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"
NAMES = list(assignments())


def source_path(name: str) -> Path:
    return EXERCISES / "source" / name / f"{name}.ipynb"


def read(path: Path):
    return nbformat.read(path, as_version=4)


def nbg(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def cells_by_id(nb) -> dict:
    return {nbg(c)["grade_id"]: c for c in nb.cells if nbg(c).get("grade_id")}


def run_cell(source: str, namespace: dict) -> bool:
    """Run a test cell like the autograder does: it passes when it raises nothing."""
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            exec(compile(source, "<test cell>", "exec"), namespace)
        except Exception:
            return False
    return True


def test_every_assignment_has_a_source_notebook_and_nothing_else():
    found = sorted(p.parent.name for p in (EXERCISES / "source").glob("*/*.ipynb"))
    assert found == sorted(NAMES) and len(NAMES) >= 5


@pytest.mark.parametrize("name", NAMES)
def test_valid_nbformat_and_nbgrader_metadata(name):
    nb = read(source_path(name))
    nbformat.validate(nb)
    MetadataValidatorV3().validate_nb(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        meta = nbg(cell)
        if meta:
            assert meta["schema_version"] == 3
            assert {"grade", "solution", "locked", "grade_id"} <= set(meta)


@pytest.mark.parametrize("folder", ["source", "release"])
@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs_or_execution_counts(folder, name):
    path = EXERCISES / folder / name / f"{name}.ipynb"
    assert path.exists(), f"{path} missing: regenerate the student versions (exercises/README.md)"
    for cell in read(path).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("name", NAMES)
def test_graded_cells_match_the_keys(name):
    nb = read(source_path(name))
    graded = {nbg(c)["grade_id"]: nbg(c)["points"] for c in nb.cells if nbg(c).get("grade")}
    expected = {}
    for q in assignments()[name].questions:
        if q.autograded:
            expected.update({g.grade_id: g.points for g in q.grades})
        else:
            expected[q.grade_id] = q.points
    assert graded == expected
    assert all(points > 0 for points in graded.values())
    ids = [nbg(c)["grade_id"] for c in nb.cells if nbg(c)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", NAMES)
def test_cells_have_the_regions_nbgrader_strips(name):
    nb = read(source_path(name))
    for cell in nb.cells:
        meta, src = nbg(cell), cell.source
        if meta.get("solution"):
            assert "### BEGIN SOLUTION" in src and "### END SOLUTION" in src, meta["grade_id"]
        if meta.get("grade") and not meta.get("solution"):
            assert meta["locked"], meta["grade_id"]
            visible, _, hidden = src.partition("### BEGIN HIDDEN TESTS")
            assert "check_format(" in visible and "### END HIDDEN TESTS" in hidden
            assert "assert " in hidden and "assert " not in visible
        if not meta.get("solution"):
            assert "BEGIN SOLUTION" not in src
        if not (meta.get("grade") and not meta.get("solution")):
            assert "HIDDEN TESTS" not in src


@pytest.mark.parametrize("name", NAMES)
def test_every_manually_graded_answer_has_a_rubric(name):
    nb = read(source_path(name))
    rubric = (EXERCISES / "rubrics" / f"{name}.md").read_text("utf-8")
    manual = [i for i, c in enumerate(nb.cells) if nbg(c).get("grade") and nbg(c).get("solution")]
    assert manual
    for i in manual:
        gid = nbg(nb.cells[i])["grade_id"]
        assert f"`{gid}`" in rubric, f"{gid} missing from rubrics/{name}.md"
        question = next(c for c in reversed(nb.cells[:i]) if c.cell_type == "markdown")
        assert nbg(question).get("locked") and "**Rubric**" in question.source, gid


def test_readme_lists_every_assignment_and_the_config_is_a_sample():
    readme = (EXERCISES / "README.md").read_text("utf-8")
    for name in NAMES:
        assert f"`{name}`" in readme
    config = (EXERCISES / "nbgrader_config.py").read_text("utf-8")
    for option in ("course_id", "CourseDirectory.root", "db_url", "Exchange.root",
                   "HideHiddenTests"):
        assert option in config


@pytest.mark.parametrize("name", NAMES)
def test_solutions_in_the_source_are_the_key(name):
    nb = cells_by_id(read(source_path(name)))
    for q in assignments()[name].questions:
        if not q.autograded and q.type != "rewrite":
            continue
        cell = nb[f"{name[:4]}_{q.id.split('.')[1]}_answer"] if q.autograded else nb[q.grade_id]
        namespace: dict = {}
        exec(compile(cell.source, q.id, "exec"), namespace)
        value = namespace[q.variable]
        if q.autograded:
            assert value == key_answer(q), q.id
        assert check(q.id, value).checked and (check(q.id, value).ok or not q.autograded)


@pytest.mark.parametrize(
    "question",
    [q for a in assignments().values() for q in a.questions if q.autograded],
    ids=lambda q: q.id,
)
def test_hidden_tests_and_self_check_agree(question):
    q = question
    cells = cells_by_id(read(source_path(q.assignment)))
    tried = 0
    for answer in variants(q):
        expected = passes(q, score(q, answer))
        for rule in q.grades:
            verdict = run_cell(cells[rule.grade_id].source, {q.variable: answer})
            assert verdict == expected[rule.grade_id], (rule.grade_id, answer)
            tried += 1
    assert tried >= 3 * len(q.grades)
    # the untouched starter value fails every test cell
    empty = set() if q.type == "phrases" else {}
    assert not any(run_cell(cells[r.grade_id].source, {q.variable: empty}) for r in q.grades)


@pytest.mark.parametrize("name", NAMES)
def test_student_version_keeps_no_solution_or_hidden_test(name):
    release = (EXERCISES / "release" / name / f"{name}.ipynb").read_text("utf-8")
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "Model answer",
                   "Marking notes", "score_phrases", "score_labels", "_result"):
        assert marker not in release, marker
    source = read(source_path(name))
    for cell in source.cells:
        hidden = re.findall(r"### BEGIN (?:SOLUTION|HIDDEN TESTS)\n(.*?)### END", cell.source,
                            re.S)
        for block in hidden:
            for line in block.splitlines():
                line = line.strip()
                if len(line) > 24:
                    assert line not in release, line
