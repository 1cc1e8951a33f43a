"""Predict, then reveal: show an answer only after the learner has committed a prediction.

``reveal(my_prediction, thing, ...)`` displays the things when ``my_prediction`` is
filled in, and otherwise asks for it (:func:`mediakit.lessons.feedback.todo`).
*Instructor mode* (environment variable ``MEDIAKIT_INSTRUCTOR=1``, or
:func:`set_instructor_mode`) reveals without a prediction, for previewing a lesson
or projecting it in class (e.g. with Voila, where nobody types into code cells).
"""

from __future__ import annotations

import os
from typing import Any

from mediakit.lessons.feedback import Feedback, is_blank

ENV = "MEDIAKIT_INSTRUCTOR"
_override: bool | None = None


def instructor_mode() -> bool:
    """True when reveals show without a prediction (see the module docstring)."""
    if _override is not None:
        return _override
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "on")


def set_instructor_mode(on: bool | None = True) -> None:
    """Switch instructor mode on or off for this kernel; None goes back to the environment."""
    global _override
    _override = on


def should_reveal(prediction: Any) -> bool:
    """Reveal when a prediction is committed (``False`` means "not done yet") or in
    instructor mode."""
    committed = prediction is not False and not is_blank(prediction)
    return committed or instructor_mode()


def reveal(prediction: Any, *content: Any,
           ask: str = "write your prediction in the cell above") -> None:
    """Display ``content`` if ``prediction`` is committed (or in instructor mode); otherwise
    say what to do first ("fill this in")."""
    from IPython.display import display

    if not should_reveal(prediction):
        display(Feedback("todo", f"Fill this in first: {ask}, then run this cell again. "
                         "The answer waits for your prediction."))
        return
    if prediction is False or is_blank(prediction):
        display(Feedback("info", "Instructor mode: revealed without a prediction."))
    for item in content:
        if item is not None:
            display(item)


__all__ = ["ENV", "instructor_mode", "reveal", "set_instructor_mode", "should_reveal"]
