"""Predict, then reveal: nothing is shown before a prediction, except in instructor mode."""

from __future__ import annotations

import pytest

from mediakit.lessons import predict
from mediakit.lessons.predict import instructor_mode, reveal, set_instructor_mode, should_reveal


@pytest.fixture(autouse=True)
def clean(monkeypatch):
    monkeypatch.delenv(predict.ENV, raising=False)
    set_instructor_mode(None)
    yield
    set_instructor_mode(None)


@pytest.fixture
def shown(monkeypatch):
    out = []
    monkeypatch.setattr("IPython.display.display", lambda obj: out.append(obj))
    return out


def test_reveal_waits_for_a_prediction(shown):
    reveal(..., "the answer")
    assert len(shown) == 1 and shown[0].status == "todo"
    assert "write your prediction in the cell above" in str(shown[0])
    assert "fill this in" in str(shown[0]).lower()
    assert "the answer" not in str(shown[0])


def test_reveal_shows_everything_after_a_prediction(shown):
    reveal("yes", "first", None, "second")
    assert shown == ["first", "second"]


def test_false_means_not_done_yet(shown):
    assert not should_reveal(False) and should_reveal(0) and should_reveal("no")
    reveal(False, "hidden", ask="label the sentences and click Reveal")
    assert "click Reveal, then run" in str(shown[0]) and "hidden" not in map(str, shown)


def test_instructor_mode_from_the_environment_or_a_call(monkeypatch, shown):
    assert not instructor_mode()
    monkeypatch.setenv(predict.ENV, "1")
    assert instructor_mode()
    reveal(..., "the answer")
    assert "Instructor mode" in str(shown[0]) and shown[1] == "the answer"
    set_instructor_mode(False)
    assert not instructor_mode()
    monkeypatch.setenv(predict.ENV, "no")
    set_instructor_mode(None)
    assert not instructor_mode()
