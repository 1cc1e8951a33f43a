"""Notes and reflections: answers saved as the learner types, and loaded again."""

from __future__ import annotations

import json

import pytest

from mediakit.lessons.notes import Notes, Prompt, Reflection, as_prompts, saved_notes, work_path
from mediakit.widgets.common import unlabelled_controls


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_reflection_saves_as_you_type_and_loads_again(in_tmp):
    box = Reflection("03-demo", "What did you notice?", "And what else?")
    box.set("q1", "The word “rushed”.")
    path = in_tmp / "mediakit-work" / "notes-03-demo-reflection.json"
    saved = json.loads(path.read_text("utf-8"))
    assert saved["data"]["answers"] == {"q1": "The word “rushed”."}
    assert saved["data"]["prompts"]["q2"] == "And what else?"
    again = Reflection("03-demo", "What did you notice?", "And what else?")
    assert again.fields["q1"].value == "The word “rushed”."
    assert "Loaded your saved work" in again.store.status.message
    box.set("q1", "  ")  # emptied: the answer is removed, not saved as blank
    assert saved_notes("03-demo-reflection") == {}


def test_notes_with_scales_and_choices():
    notes = Notes("02-demo", [Prompt("convincing", "How convincing?", "scale", low="not",
                                     high="very"),
                              Prompt("before", "A view before?", "choice",
                                     options=("yes", "no"))])
    assert notes.fields["convincing"].options[1] == ("1 (not)", 1)
    notes.set("convincing", 4)
    notes.set("before", "no")
    assert saved_notes("02-demo") == {"convincing": 4, "before": "no"}
    assert unlabelled_controls(notes.widget) == []


def test_a_saved_value_the_widget_cannot_show_is_kept(in_tmp):
    notes = Notes("x", [Prompt("c", "Pick", "choice", options=("a", "b"))])
    notes.set("c", "a")
    path = work_path("x")
    data = json.loads(path.read_text("utf-8"))
    data["data"]["answers"]["c"] = "gone option"
    path.write_text(json.dumps(data), "utf-8")
    again = Notes("x", [Prompt("c", "Pick", "choice", options=("a", "b"))])
    assert again.answers["c"] == "gone option" and again.fields["c"].value is None


def test_answers_to_prompts_no_longer_asked_survive_the_next_save(in_tmp):
    # A lesson update drops or renames a prompt: the learner's old answer must not be lost.
    old = Reflection("05-demo", "First question?", "A question that will go away?")
    old.set("q1", "first answer")
    old.set("q2", "an answer worth keeping")
    new = Reflection("05-demo", "First question, reworded?")
    assert set(new.fields) == {"q1"}
    new.set("q1", "a changed first answer")
    saved = saved_notes("05-demo-reflection", with_prompts=True)
    assert saved == {"First question, reworded?": "a changed first answer",
                     "A question that will go away?": "an answer worth keeping"}


def test_prompts_are_validated():
    assert [p.id for p in as_prompts(["a", "b"])] == ["q1", "q2"]
    with pytest.raises(ValueError, match="unique"):
        as_prompts([Prompt("a", "x"), Prompt("a", "y")])
    with pytest.raises(ValueError, match="unknown kind"):
        Prompt("a", "x", "slider")
    with pytest.raises(ValueError, match="needs options"):
        Prompt("a", "x", "choice")


def test_a_damaged_work_file_is_reported_not_overwritten(in_tmp):
    path = work_path("bad")
    path.parent.mkdir()
    path.write_text("{not json", "utf-8")
    notes = Notes("bad", ["Q?"])
    assert "damaged" in notes.store.status.message
    notes.set("q1", "my answer")
    assert path.read_text("utf-8") == "{not json"
    assert notes.answers == {"q1": "my answer"}
    assert saved_notes("bad") == {}
