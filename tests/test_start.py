"""``mediakit start``: copies the lessons and student exercises, never overwrites, opens Lab."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from mediakit import cli, start
from mediakit.start import copy_course, copy_new, exercise_sources, lab_command, lesson_sources

ROOT = Path(__file__).resolve().parent.parent


def fake_repo(tmp_path: Path, *, released: bool = True) -> Path:
    """A checkout-like folder with one exercise, with or without its student version."""
    root = tmp_path / "repo"
    (root / "exercises" / "source" / "ex01_demo").mkdir(parents=True)
    (root / "exercises" / "source" / "ex01_demo" / "ex01_demo.ipynb").write_text("SOLUTIONS")
    if released:
        (root / "exercises" / "release" / "ex01_demo").mkdir(parents=True)
        (root / "exercises" / "release" / "ex01_demo" / "ex01_demo.ipynb").write_text("STUDENT")
    return root


def test_lessons_ship_in_the_package_as_notebooks():
    shipped = lesson_sources()
    assert shipped[0][0] == "00-start-here.ipynb" and len(shipped) == 10
    for _, data in shipped:
        assert json.loads(data)["nbformat"] == 4


def test_copies_lessons_and_student_exercises(tmp_path):
    folder = tmp_path / "course"
    result = copy_course(folder, exercises=exercise_sources(fake_repo(tmp_path))[0])
    names = sorted(p.relative_to(folder).as_posix() for p in result.copied)
    assert names[:2] == ["00-start-here.ipynb", "01-warm-up.ipynb"]
    assert "exercises/ex01_demo.ipynb" in names
    assert (folder / "exercises" / "ex01_demo.ipynb").read_text() == "STUDENT"
    assert not result.skipped
    mode = stat.S_IMODE((folder / "00-start-here.ipynb").stat().st_mode)
    assert mode & stat.S_IRUSR and mode & stat.S_IWUSR
    assert not list(folder.glob(".*.tmp"))  # no temporary files left behind


def test_never_overwrites_a_learners_file_and_says_what_it_skipped(tmp_path):
    folder = tmp_path / "course"
    folder.mkdir()
    mine = folder / "03-loaded-language.ipynb"
    mine.write_text("my answers", "utf-8")
    first = copy_course(folder, exercises=[])
    assert mine.read_text("utf-8") == "my answers"
    assert [(p.name, why) for p, why in first.skipped] == [
        ("03-loaded-language.ipynb", "already there, kept as it is")]
    assert len(first.copied) == 9
    again = copy_course(folder, exercises=[])
    assert again.copied == [] and len(again.skipped) == 10
    text = "\n".join(again.lines())
    assert "Skipped 10 file(s) (never overwritten)" in text
    assert "= 03-loaded-language.ipynb: already there" in text


def test_solutions_are_never_copied_and_missing_student_versions_are_reported(tmp_path):
    found, notes = exercise_sources(fake_repo(tmp_path, released=False))
    assert found == []
    assert "ex01_demo has no student version" in notes[0]
    found, notes = exercise_sources(tmp_path / "nowhere")
    assert found == [] and "not part of this installation" in notes[0]


def test_repository_exercises_are_the_released_versions():
    found, _ = exercise_sources(ROOT)
    for _, path in found:
        assert path.parts[-3] == "release"


def test_copy_new_refuses_an_existing_name(tmp_path):
    target = tmp_path / "a" / "x.ipynb"
    assert copy_new(b"one", target) is True
    assert copy_new(b"two", target) is False
    assert target.read_bytes() == b"one"
    link = tmp_path / "dangling.ipynb"
    link.symlink_to(tmp_path / "missing")
    assert copy_new(b"three", link) is False


def test_a_file_in_the_way_of_the_folder_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "course"
    blocker.write_text("not a folder")
    assert cli.main(["start", str(blocker), "--no-lab"]) == 2
    assert "cannot use" in capsys.readouterr().err


def test_cli_no_lab_copies_and_prints(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(start, "open_lab", lambda folder: pytest.fail("Lab must not start"))
    folder = tmp_path / "lessons"
    assert cli.main(["start", str(folder), "--no-lab"]) == 0
    out = capsys.readouterr().out
    assert "Copied" in out and "+ 00-start-here.ipynb" in out
    assert "jupyter lab 00-start-here.ipynb" in out
    assert (folder / "09-your-own-text.ipynb").exists()
    assert cli.main(["start", str(folder), "--no-lab"]) == 0
    assert "Skipped" in capsys.readouterr().out


def test_cli_default_folder_and_lab_start(tmp_path, capsys, monkeypatch):
    calls = []
    monkeypatch.chdir(tmp_path)

    def fake_call(cmd, cwd):
        calls.append((cmd, cwd))
        return 0

    monkeypatch.setattr("subprocess.call", fake_call)
    assert cli.main(["start"]) == 0
    folder = tmp_path / "mediakit-lessons"
    assert (folder / "00-start-here.ipynb").exists()
    (cmd, cwd), = calls
    assert cwd == folder.resolve()
    assert cmd[:4] == [sys.executable, "-m", "jupyter", "lab"]
    assert cmd[-1] == "00-start-here.ipynb"
    assert ("--allow-root" in cmd) == (hasattr(os, "getuid") and os.getuid() == 0)


def test_lab_command_adds_allow_root_only_for_root(tmp_path):
    assert "--allow-root" in lab_command(tmp_path, root=True)
    assert "--allow-root" not in lab_command(tmp_path, root=False)
    assert lab_command(tmp_path, root=False)[-1] == "lab"  # no lesson there: just the folder


def test_missing_jupyter_is_reported(tmp_path, capsys):
    def missing(cmd, cwd):
        raise FileNotFoundError(cmd[0])

    assert start.open_lab(tmp_path, run=missing) == 2
    assert "could not start JupyterLab" in capsys.readouterr().err
