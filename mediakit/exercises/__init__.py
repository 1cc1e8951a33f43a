"""Exercises: passages to read, a self-check that gives feedback without the key.

The graded versions are nbgrader notebooks in the repository's ``exercises/``
folder; this package holds what they and self-study learners share:

- :func:`show` displays a passage with numbered sentences;
- :func:`check` gives feedback on an answer (what is right, what is missing, a
  hint) and the points the autograder would give, without printing the key;
- ``grading`` holds the functions the notebooks' test cells call;
- ``classroom`` turns a class's grades or answers into error rates per item and
  per technique (``mediakit classroom report``).

The keys ship in the package (``keys/*.toml``) because the self-check needs them.
No function prints them, but they are readable files: see the instructor guide for
what that means for graded work.

>>> fb = check("ex03.q1", {1: "none", 2: "bandwagon", 3: "none"})
>>> fb.checked, "bandwagon" in str(fb).split("Hints")[0]
(True, False)
>>> check("ex03.q1", "bandwagon").problems[0].startswith("appeals_letter should be a dict")
True
"""

from __future__ import annotations

from mediakit.exercises.feedback import Feedback, check
from mediakit.exercises.model import Passage, get_passage, questions


def show(passage_id: str) -> Passage:
    """The passage ``passage_id`` (e.g. ``"ex01.A"``); Jupyter shows it as a numbered table."""
    return get_passage(passage_id)


def exercise_ids() -> list[str]:
    """Ids accepted by :func:`check`, in assignment order."""
    return list(questions())


__all__ = ["Feedback", "Passage", "check", "exercise_ids", "show"]
