"""Notes a learner writes in a lesson (a gut reaction, a reflection), saved as they type.

``Reflection("03-loaded-language", "What ...?")`` shows a text box per prompt and saves
the answers to ``mediakit-work/notes-03-loaded-language-reflection.json`` next to the
notebook (see :mod:`mediakit.store`: atomic writes, never overwriting newer work).
:func:`saved_notes` reads them back, so a later lesson can show what a learner wrote
earlier (lesson 06 looks back at the first read of lesson 02).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ipywidgets as W

from mediakit.store import WorkFile, default_path
from mediakit.widgets.common import Activity, SaveControls, block, esc

ACTIVITY = "notes"


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question: ``kind`` is ``text`` (a text box), ``scale`` (1 to 5) or ``choice``."""

    id: str
    text: str
    kind: str = "text"
    options: tuple[str, ...] = ()
    low: str = ""
    high: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("text", "scale", "choice"):
            raise ValueError(f"prompt {self.id!r}: unknown kind {self.kind!r}")
        if self.kind == "choice" and not self.options:
            raise ValueError(f"prompt {self.id!r}: a choice needs options")


def as_prompts(prompts: Sequence[Prompt | str]) -> list[Prompt]:
    """Plain strings become text prompts with ids ``q1``, ``q2``, ..."""
    out = []
    for n, p in enumerate(prompts, 1):
        out.append(p if isinstance(p, Prompt) else Prompt(f"q{n}", str(p)))
    ids = [p.id for p in out]
    if len(set(ids)) != len(ids):
        raise ValueError(f"prompt ids must be unique: {ids}")
    return out


def work_path(notes_id: str, folder: str | os.PathLike[str] | None = None) -> Path:
    """``mediakit-work/notes-<notes_id>.json`` in ``folder`` (default: the current folder)."""
    return default_path(ACTIVITY, notes_id, folder)


def saved_notes(notes_id: str, folder: str | os.PathLike[str] | None = None, *,
                with_prompts: bool = False) -> dict[str, Any]:
    """The answers saved under ``notes_id`` (empty if none, or if the file is unusable).

    With ``with_prompts``, the keys are the questions as they were asked, not their ids.
    """
    result = WorkFile(work_path(notes_id, folder), ACTIVITY, notes_id).load()
    data = result.data or {}
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        return {}
    prompts = data.get("prompts", {}) if with_prompts else {}
    if not isinstance(prompts, dict):
        prompts = {}
    return {str(prompts.get(k, k)): v for k, v in answers.items()}


def _scale_options(p: Prompt) -> list[tuple[str, int | None]]:
    words = {1: p.low, 5: p.high}
    return [("— choose —", None)] + [
        (f"{n}" + (f" ({words[n]})" if words.get(n) else ""), n) for n in range(1, 6)]


def _widget_for(p: Prompt) -> W.Widget:
    style = {"description_width": "initial"}
    if p.kind == "text":
        return W.Textarea(value="", rows=3, continuous_update=True, description="Your answer",
                          placeholder="Write here; it is saved as you type",
                          tooltip=p.text, layout=W.Layout(width="100%"), style=style)
    if p.kind == "scale":
        return W.Dropdown(options=_scale_options(p), value=None, description="Your answer",
                          tooltip=p.text, style=style, layout=W.Layout(width="22em"))
    return W.Dropdown(options=[("— choose —", None)] + [(o, o) for o in p.options], value=None,
                      description="Your answer", tooltip=p.text, style=style,
                      layout=W.Layout(width="30em"))


class Notes(Activity):
    """A small form of prompts whose answers are saved to the learner's work folder.

    ``Notes("02-gut-check", [Prompt(...), "a text prompt"])`` in a cell shows it.
    """

    def __init__(self, notes_id: str, prompts: Sequence[Prompt | str], *,
                 title: str = "Your notes", intro: str = "",
                 save_to: str | os.PathLike[str] | None = None, autosave: bool = True) -> None:
        self.notes_id = notes_id
        self.prompts = as_prompts(prompts)
        self.answers: dict[str, Any] = {}
        self._earlier_prompts: dict[str, str] = {}  # saved questions this version no longer asks
        path = save_to if save_to is not None else work_path(notes_id)
        self.store = SaveControls(WorkFile(path, ACTIVITY, notes_id), self.to_data, autosave)
        self._syncing = False
        self.fields: dict[str, W.Widget] = {}
        rows = []
        for p in self.prompts:
            field = _widget_for(p)
            field.observe(lambda ch, pid=p.id: self._changed(pid, ch["new"]), names="value")
            self.fields[p.id] = field
            rows.append(W.VBox([W.HTML(block(f"<p><b>{esc(p.text)}</b></p>")), field]))
        head = f"<h4>{esc(title)}</h4>" + (f"<p>{esc(intro)}</p>" if intro else "")
        self.widget = W.VBox([W.HTML(block(head, style=True)), *rows, self.store.widget])
        self.widget.add_class("mk-notes")
        data = self.store.load()
        if data is not None:
            self.load_data(data)

    def to_data(self) -> dict[str, Any]:
        earlier = {k: v for k, v in self._earlier_prompts.items() if k in self.answers}
        return {"answers": dict(self.answers),
                "prompts": {**earlier, **{p.id: p.text for p in self.prompts}}}

    def load_data(self, data: dict[str, Any]) -> None:
        saved = data.get("answers", {})
        if not isinstance(saved, dict):
            return
        # Answers to prompts this version no longer shows stay in the file: never lost.
        prompts = data.get("prompts", {})
        self._earlier_prompts = ({str(k): str(v) for k, v in prompts.items()
                                  if k not in self.fields} if isinstance(prompts, dict) else {})
        self.answers.update({k: v for k, v in saved.items() if k not in self.fields})
        self._syncing = True
        try:
            for p in self.prompts:
                if p.id not in saved:
                    continue
                value = saved[p.id]
                self.answers[p.id] = value  # kept even if the widget cannot show it
                try:
                    self.fields[p.id].value = str(value) if p.kind == "text" else value
                except Exception:  # an option that no longer exists
                    pass
        finally:
            self._syncing = False

    def _changed(self, pid: str, value: Any) -> None:
        if self._syncing:
            return
        if value is None or (isinstance(value, str) and not value.strip()):
            self.answers.pop(pid, None)
        else:
            self.answers[pid] = value
        self.store.changed()

    def set(self, pid: str, value: Any) -> None:
        """Answer prompt ``pid`` through its widget, as a learner would."""
        self.fields[pid].value = value


def Reflection(lesson: str, *prompts: Prompt | str, title: str = "Reflection") -> Notes:
    """The reflection box of a lesson: one text box per prompt, saved as you type."""
    return Notes(f"{lesson}-reflection", prompts or ("What did you learn?",), title=title,
                 intro="Write a few sentences. Nobody grades this; it is saved in the "
                       "mediakit-work folder next to this notebook.")


__all__ = ["ACTIVITY", "Notes", "Prompt", "Reflection", "as_prompts", "saved_notes", "work_path"]
