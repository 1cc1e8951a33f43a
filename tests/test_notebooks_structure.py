"""The lessons are built from their sources, ship in the package, and read like lessons.

Every lesson has a header (objectives, minutes, what you need, where this fits), a
worked example, predict-then-reveal, try-it cells, a reflection and key points; the
committed notebooks have no outputs; the package copies equal the repository's.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
PACKAGE_COPIES = ROOT / "mediakit" / "lessons" / "notebooks"
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
EXPECTED = [
    "00-start-here", "01-warm-up", "02-first-read", "03-loaded-language",
    "04-claims-and-evidence", "05-appeals-and-shortcuts", "06-one-event-three-texts",
    "07-investigate-claims", "08-write-and-rewrite", "09-your-own-text",
]
SECTIONS = ("## Worked example", "## Predict, then reveal", "## Try it", "## Reflection",
            "## Key points")


def load_build():
    spec = importlib.util.spec_from_file_location("lesson_build", NOTEBOOKS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()


def markdown(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "markdown"]


def code(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_the_ten_lessons_exist_with_numbered_names():
    assert [p.stem for p in LESSONS] == EXPECTED
    assert (NOTEBOOKS / "00-start-here.ipynb").exists()  # `make lab` opens this exact name
    assert sorted(p.stem for p in (NOTEBOOKS / "src").glob("*.py")) == EXPECTED


def test_committed_notebooks_equal_what_the_build_produces():
    built = build.build_all()
    assert sorted(built) == [f"{n}.ipynb" for n in EXPECTED]
    for name, text in built.items():
        assert (NOTEBOOKS / name).read_text("utf-8") == text, f"rebuild: {name} is stale"
        assert (PACKAGE_COPIES / name).read_text("utf-8") == text, f"package copy of {name}"
    assert build.stale() == []


def test_package_ships_exactly_the_lessons():
    from mediakit.start import lesson_sources

    shipped = lesson_sources()
    assert [n for n, _ in shipped] == [f"{n}.ipynb" for n in EXPECTED]
    for name, data in shipped:
        assert data == (NOTEBOOKS / name).read_bytes()


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_notebook_is_valid_and_has_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        assert cell.metadata == {}
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    ids = [c.id for c in nb.cells]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_has_header_and_every_part(path):
    nb = nbformat.read(path, as_version=4)
    header = nb.cells[0]
    assert header.cell_type == "markdown"
    number = path.stem[:2]
    assert header.source.startswith(f"# Lesson {number} · ")
    for field in ("**Objectives.**", "**Minutes:**", "**What you need:**", "**Where this fits:**"):
        assert field in header.source, f"{path.name}: header lacks {field}"
    minutes = re.search(r"\*\*Minutes:\*\* about (\d+)", header.source)
    assert minutes and 15 <= int(minutes.group(1)) <= 60
    headings = [line for text in markdown(nb) for line in text.splitlines()
                if line.startswith("## ")]
    for section in SECTIONS:
        assert any(h.startswith(section) for h in headings), f"{path.name}: no {section!r}"
    # the parts come in teaching order: worked example before key points, reflection last-but-one
    order = [next(i for i, h in enumerate(headings) if h.startswith(s)) for s in
             ("## Reflection", "## Key points")]
    assert order == sorted(order) and headings[-1].startswith("## Key points")


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_asks_for_predictions_reflection_and_gives_feedback(path):
    nb = nbformat.read(path, as_version=4)
    sources = code(nb)
    joined = "\n".join(sources)
    # predict, then reveal: learners commit in a variable (or a widget) before the reveal
    assert "reveal(" in joined or "SpotTheTechnique(" in joined
    # try-it cells start as placeholders and call a check that gives instant feedback
    assert re.search(r"^my_\w+ = .*\.\.\.", joined, re.MULTILINE), "no try-it placeholder"
    assert re.search(r"\bcheck_\w+\(", joined), "no instant-feedback check"
    assert "Reflection(" in joined
    # code cells stay short: the kit does the work, the prose teaches
    assert max(len(s.splitlines()) for s in sources) <= 25


def test_every_lesson_says_where_work_is_saved_when_it_saves_work():
    for path in LESSONS:
        nb = json.loads(path.read_text("utf-8"))
        text = "".join("".join(c["source"]) for c in nb["cells"])
        assert "mediakit-work" in text, path.name


def test_build_parses_percent_format_and_rejects_bad_cells():
    cells = build.parse("note for maintainers\n# %% [markdown]\n# # Title\n#\n# text\n\n"
                        "# %%\nx = 1\n\n\n# %%\nx\n")
    assert cells == [("markdown", "# Title\n\ntext"), ("code", "x = 1"), ("code", "x")]
    nb = build.notebook(cells, "99-demo")
    nbformat.validate(nbformat.from_dict(nb))
    assert nb["cells"][0]["source"] == ["# Title\n", "\n", "text"]
    with pytest.raises(build.SourceError, match="must start with '# '"):
        build.parse("# %% [markdown]\nnot a comment\n", "bad.py")
    with pytest.raises(build.SourceError, match="empty code cell"):
        build.parse("# %%\n\n# %%\nx\n", "bad.py")
    with pytest.raises(build.SourceError, match="unknown cell marker"):
        build.parse("# %% [raw]\nx\n", "bad.py")


def test_build_check_passes_on_the_committed_notebooks(capsys):
    assert build.main(["--check"]) == 0
