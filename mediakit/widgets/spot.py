"""Spot the technique: label every sentence and say how sure you are, then reveal.

A thin layer over :class:`mediakit.activities.spot.SpotSession`. The labels are saved
before the results are shown; after reveal, changing a label is allowed but recorded
("changed after reveal") and the scores keep using the labels as they were.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import ipywidgets as W

from mediakit.activities.common import as_report, key_of, text_id_of
from mediakit.activities.spot import (
    ACTIVITY,
    CONFIDENCE_LEVELS,
    NONE,
    OUTCOME_TEXT,
    SpotResult,
    SpotSession,
    describe_scores,
    families_name,
    label_name,
    percent,
)
from mediakit.store import WorkFile, default_path
from mediakit.techniques import FAMILIES
from mediakit.widgets.common import Activity, SaveControls, StatusLine, block, esc, shorten, table

# ipywidgets shows a Dropdown whose value is None as blank, so "not chosen yet" is a
# visible option with a sentinel value ("" / 0), mapped to None for the session.
UNSET_LABEL, UNSET_CONFIDENCE = "", 0
LABEL_OPTIONS = [("— choose —", UNSET_LABEL), ("none (neutral)", NONE)] + [
    (fam.name, fam.id) for fam in FAMILIES.values()
]
CONFIDENCE_WORDS = {50: "a guess", 70: "fairly sure", 90: "very sure"}
CONFIDENCE_OPTIONS = [("— how sure? —", UNSET_CONFIDENCE)] + [
    (f"{c} % ({CONFIDENCE_WORDS.get(c, '')})", c) for c in CONFIDENCE_LEVELS
]



def results_html(result: SpotResult) -> str:
    """The comparison as words and ✓/✗ marks: a table per sentence, scores, calibration."""
    has_key = result.detector is not None
    columns = ["#", "Sentence", "You said", "Detector"]
    if has_key:
        columns.append("Answer key")
    columns.append(f"Your result (against the {result.reference})")
    if has_key:
        columns.append("Detector's result (against the key)")
    rows = []
    for r in result.rows:
        you = f"{label_name(r.label)}"
        if r.confidence is not None:
            you += f", {r.confidence} % sure"
        if r.changed_after_reveal:
            you += f" (changed after reveal to: {label_name(r.label_now)})"
        cells = [str(r.index + 1), esc(shorten(r.text, 110)) + (" (heading)" if r.heading else ""),
                 esc(you), esc(families_name(r.detector))]
        if has_key:
            cells.append(esc(families_name(r.key or ())))
        cls = "mkw-good" if r.learner_outcome in ("hit", "correct_rejection") else "mkw-bad"
        cells.append(f'<span class="{cls}">{esc(OUTCOME_TEXT[r.learner_outcome])}</span>')
        if has_key and r.detector_outcome:
            cells.append(esc(OUTCOME_TEXT[r.detector_outcome]))
        rows.append(cells)
    scores = [f"<p>{esc(describe_scores(result.learner, 'You', 'the ' + result.reference))}</p>"]
    if result.detector is not None:
        detector = describe_scores(result.detector, "The detector", "the answer key")
        scores.append(f"<p>{esc(detector)}</p>")
    calib_rows = [[f"{c.confidence} %", str(c.answers), str(c.correct), percent(c.accuracy)]
                  for c in result.calibration]
    calib = table("How sure you were, and how often you were right",
                  ["Confidence", "Answers", "Right", "Right (share)"], calib_rows,
                  numeric=(1, 2, 3))
    changed = sum(r.changed_after_reveal for r in result.rows)
    note = (f"<p>{changed} label(s) changed after reveal; the scores use your labels as they "
            "were at reveal.</p>" if changed else "")
    return block(
        '<h4>Results</h4>'
        + "".join(scores)
        + f"<p>{esc(result.calibration_text)}</p>" + calib + note
        + table("Sentence by sentence", columns, rows, cls="mk-spot-results"),
        "mk-spot-results-block",
    )


class SpotTheTechnique(Activity):
    """Predict, then reveal: ``SpotTheTechnique(text)`` in a notebook cell shows it.

    ``key`` defaults to the shipped text's instructor key; without one, the learner is
    compared with the detector. Work is saved to ``save_to`` (default
    ``mediakit-work/spot-<text id>.json`` in the current folder) and loaded from it.
    """

    def __init__(self, text: Any, key: Any = None, save_to: str | os.PathLike[str] | None = None,
                 *, min_strength: int = 1, autosave: bool = True,
                 detectors: Iterable[object] | None = None) -> None:
        self.report = as_report(text, detectors)
        self.title = getattr(text, "title", "")
        if key is None:
            key = key_of(text) or None  # a shipped text with an empty key: compare to detector
        self.session = SpotSession(self.report, key, min_strength=min_strength)
        self.text_id = text_id_of(text, self.report.text)
        path = save_to if save_to is not None else default_path(ACTIVITY, self.text_id)
        self.store = SaveControls(WorkFile(path, ACTIVITY, self.text_id), self.session.to_data,
                                  autosave)
        self._syncing = False
        self.label_boxes: list[W.Dropdown] = []
        self.confidence_boxes: list[W.Dropdown] = []
        rows = []
        for i, s in enumerate(self.session.sentences):
            n = i + 1
            label = W.Dropdown(options=LABEL_OPTIONS, value=UNSET_LABEL, description="Technique",
                               tooltip=f"Sentence {n}: which family of techniques, or none?",
                               layout=W.Layout(width="20em"),
                               style={"description_width": "initial"})
            conf = W.Dropdown(options=CONFIDENCE_OPTIONS, value=UNSET_CONFIDENCE,
                              description="How sure",
                              tooltip=f"Sentence {n}: how sure are you of your label?",
                              layout=W.Layout(width="17em"),
                              style={"description_width": "initial"})
            label.observe(lambda ch, i=i: self._on_label(i, ch["new"]), names="value")
            conf.observe(lambda ch, i=i: self._on_confidence(i, ch["new"]), names="value")
            self.label_boxes.append(label)
            self.confidence_boxes.append(conf)
            kind = " (heading)" if s.heading else ""
            sentence = W.HTML(block(f"<p><b>{n}.</b> {esc(s.text)}{kind}</p>"),
                              layout=W.Layout(width="100%"))
            row = W.VBox([sentence, W.HBox([label, conf])],
                         layout=W.Layout(border_bottom="1px solid #ccc", padding="0.2em 0"))
            row.add_class("mk-spot-row")
            rows.append(row)
        self.progress = StatusLine()
        self.confirm = W.Checkbox(
            value=False, indent=False,
            description="Reveal even though some sentences have no label or confidence",
            tooltip="Unlabelled sentences are counted as not labelled",
            layout=W.Layout(width="auto"),
        )
        self.reveal_button = W.Button(
            description="Reveal", icon="eye", button_style="primary",
            tooltip="Save your labels, then compare them with the detector and the answer key",
        )
        self.reveal_button.on_click(lambda _: self.reveal())
        self.confirm.observe(lambda _: self._update_progress(), names="value")
        self.results = W.HTML()
        intro = block(
            f"<h4>Spot the technique{': ' + esc(self.title) if self.title else ''}</h4>"
            "<p>For each sentence, choose the family of techniques it uses, or “none” if it "
            "reports plainly, and say how sure you are. Nothing is shown until you click "
            "Reveal. Your labels are saved as you go.</p>",
            style=True,
        )
        self.widget = W.VBox([W.HTML(intro), *rows, W.HBox([self.reveal_button, self.confirm]),
                              self.progress.widget, self.results, self.store.widget])
        self.widget.add_class("mk-spot")
        data = self.store.load()
        if data is not None:
            note = self.session.load_data(data)
            if note:
                self.store.status.show(self.store.status.message + " " + note, "info")
        self._sync_from_session()

    # -- state <-> widgets ----------------------------------------------------------------

    def _sync_from_session(self) -> None:
        self._syncing = True
        try:
            for i in range(len(self.session.sentences)):
                self.label_boxes[i].value = self.session.labels[i] or UNSET_LABEL
                self.confidence_boxes[i].value = self.session.confidence[i] or UNSET_CONFIDENCE
        finally:
            self._syncing = False
        self._update_progress()
        self.results.value = results_html(self.session.result()) if self.session.revealed else ""

    def _update_progress(self) -> None:
        s = self.session
        n = len(s.sentences)
        done = n - len(s.missing())
        if s.revealed:
            self.reveal_button.disabled = True
            self.reveal_button.description = "Revealed"
            self.confirm.layout.display = "none"
            self.progress.show(f"Revealed. All {n} sentences are shown with the results below; "
                               "changes you make now are recorded as “changed after reveal”.")
            return
        self.reveal_button.disabled = not (s.ready or self.confirm.value)
        self.progress.show(f"{done} of {n} sentences have a label and a confidence."
                           + ("" if s.ready else " Reveal is available when all are done "
                              "(or tick the box to reveal anyway)."))

    def _on_label(self, i: int, value: str | None) -> None:
        if self._syncing:
            return
        self.session.set_label(i, value or None)
        self._after_change()

    def _on_confidence(self, i: int, value: int | None) -> None:
        if self._syncing:
            return
        self.session.set_confidence(i, value or None)
        self._after_change()

    def _after_change(self) -> None:
        self._update_progress()
        if self.session.revealed:
            self.results.value = results_html(self.session.result())
        self.store.changed()

    # -- actions --------------------------------------------------------------------------

    def label(self, i: int, label: str | None, confidence: int | None = None) -> None:
        """Set sentence ``i``'s label (and confidence) through the widgets, as a learner would."""
        self.label_boxes[i].value = label or UNSET_LABEL
        if confidence is not None:
            self.confidence_boxes[i].value = confidence

    def reveal(self) -> SpotResult | None:
        """Save the predictions, then lock them and show the comparison."""
        s = self.session
        if s.revealed:
            return s.result()
        if not (s.ready or self.confirm.value):
            self.progress.show(f"{len(s.missing())} sentence(s) still need a label and a "
                               "confidence, or tick the box to reveal anyway.", "problem")
            return None
        self.store.save()  # the predictions, on disk before anything is shown
        result = s.reveal(force=True)
        saved = self.store.save()
        self._update_progress()
        if not saved.ok:
            self.progress.show(f"Revealed, but your labels are not saved: {saved.message}",
                               "problem")
        self.results.value = results_html(result)
        return result
