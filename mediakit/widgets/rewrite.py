"""Rewrite lab: make a flagged sentence neutral, or write one that uses a technique.

Feedback updates as you type (``continuous_update``): analysing one sentence takes
a few milliseconds, so no debouncing is needed. Rewrites and producer sentences are
saved to the work file as they change.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import ipywidgets as W

from mediakit.activities.common import analyzer, as_report, text_id_of
from mediakit.activities.rewrite import (
    ACTIVITY,
    RewriteWork,
    compare_rewrite,
    flagged_sentences,
    producer_check,
)
from mediakit.findings import Finding
from mediakit.store import WorkFile, default_path
from mediakit.techniques import FAMILIES, TECHNIQUES
from mediakit.widgets.common import Activity, SaveControls, block, esc, full_width, shorten

MODES = (("Rewrite: make it neutral", "rewrite"), ("Produce: use a technique", "produce"))



def findings_list_html(findings: tuple[Finding, ...] | list[Finding], empty: str) -> str:
    if not findings:
        return f"<p>{esc(empty)}</p>"
    items = []
    for f in findings:
        t = TECHNIQUES[f.technique]
        bits = [f"<b>{esc(t.name)}</b> ({esc(FAMILIES[f.family].name)}) on “{esc(f.text)}”"]
        if f.explanation:
            bits.append(esc(f.explanation))
        if f.suggestion:
            bits.append(f"Neutral alternative: {esc(f.suggestion)}")
        items.append("<li>" + " ".join(bits) + "</li>")
    return "<ul>" + "".join(items) + "</ul>"


class RewriteLab(Activity):
    """``RewriteLab(text)``: pick a flagged sentence and rewrite it, or produce a technique."""

    def __init__(self, text_or_report: Any, save_to: str | os.PathLike[str] | None = None, *,
                 autosave: bool = True, detectors: Iterable[object] | None = None) -> None:
        self.report = as_report(text_or_report, detectors)
        self.analyze = analyzer(detectors)
        self.title = getattr(text_or_report, "title", "")
        self.work = RewriteWork()
        self.text_id = text_id_of(text_or_report, self.report.text)
        path = save_to if save_to is not None else default_path(ACTIVITY, self.text_id)
        self.store = SaveControls(WorkFile(path, ACTIVITY, self.text_id), self.work.to_data,
                                  autosave)
        self._syncing = False
        self.flagged = flagged_sentences(self.report)
        if self.flagged:
            self.choices = [(i, text, found) for i, text, found in self.flagged]
            pick_note = (f"{len(self.flagged)} sentence(s) with findings. Pick one, then edit it "
                         "in the box until it reports the same facts without the technique.")
        else:
            self.choices = [(s.index, s.text, []) for s in self.report.sentences if not s.heading]
            pick_note = ("The detector found no technique in this text; pick any sentence and "
                         "try to make it more neutral still, or switch to producer mode.")

        self.mode = W.ToggleButtons(
            options=MODES, value="rewrite", description="Mode",
            tooltips=["Rewrite a flagged sentence without its technique",
                      "Write a sentence that uses a technique you choose"],
            tooltip="Choose the activity", style={"button_width": "auto"},
        )
        self.sentence_pick = W.Dropdown(
            options=[(f"{i + 1}. {shorten(text, 80)}", k)
                     for k, (i, text, _) in enumerate(self.choices)],
            description="Sentence", tooltip="The sentence to rewrite",
            layout=full_width(), style={"description_width": "initial"},
        )
        self.original = W.HTML(layout=full_width())
        self.rewrite_box = W.Textarea(
            description="Your version", continuous_update=True, rows=3,
            placeholder="Write a neutral version of the sentence here",
            tooltip="Your neutral version; the feedback below updates as you type",
            layout=full_width(), style={"description_width": "initial"},
        )
        self.rewrite_feedback = W.HTML(layout=full_width())
        rewrite_panel = W.VBox([W.HTML(block(f"<p>{esc(pick_note)}</p>")), self.sentence_pick,
                                self.original, self.rewrite_box, self.rewrite_feedback])

        self.technique_pick = W.Dropdown(
            options=[(f"{t.name} ({FAMILIES[t.family].name})", t.id) for t in TECHNIQUES.values()],
            description="Technique", tooltip="The technique your sentence should use",
            style={"description_width": "initial"}, layout=W.Layout(width="34em"),
        )
        self.technique_help = W.HTML(layout=full_width())
        self.produce_box = W.Textarea(
            description="Your sentence", continuous_update=True, rows=3,
            placeholder="Write a sentence that uses the technique",
            tooltip="Your sentence; the feedback below updates as you type",
            layout=full_width(), style={"description_width": "initial"},
        )
        self.produce_feedback = W.HTML(layout=full_width())
        produce_panel = W.VBox([self.technique_pick, self.technique_help, self.produce_box,
                                self.produce_feedback])
        self.panels = {"rewrite": rewrite_panel, "produce": produce_panel}
        produce_panel.layout.display = "none"

        self.mode.observe(lambda _: self._on_mode(), names="value")
        self.sentence_pick.observe(lambda _: self._on_pick(), names="value")
        self.rewrite_box.observe(lambda _: self._on_rewrite(), names="value")
        self.technique_pick.observe(lambda _: self._on_technique(), names="value")
        self.produce_box.observe(lambda _: self._on_produce(), names="value")

        header = W.HTML(block(f"<h4>Rewrite lab{': ' + esc(self.title) if self.title else ''}"
                              "</h4>", style=True))
        self.widget = W.VBox([header, self.mode, rewrite_panel, produce_panel, self.store.widget])
        self.widget.add_class("mk-rewrite")
        data = self.store.load()
        if data is not None:
            self.work.load_data(data)
        self._on_pick()
        self._on_technique()

    # -- rewrite mode ---------------------------------------------------------------------

    @property
    def current(self) -> tuple[int, str, list[Finding]] | None:
        k = self.sentence_pick.value
        return self.choices[k] if k is not None and self.choices else None

    def _on_mode(self) -> None:
        for mode, panel in self.panels.items():
            panel.layout.display = None if mode == self.mode.value else "none"

    def _on_pick(self) -> None:
        current = self.current
        if current is None:
            self.original.value = block("<p>This text has no sentences.</p>")
            return
        _, text, found = current
        self.original.value = block(
            f'<p class="mkw-quote">{esc(text)}</p><p>In the text, the detector found:</p>'
            + findings_list_html(found, "no technique in this sentence.")
        )
        self._syncing = True
        try:
            self.rewrite_box.value = self.work.rewrites.get(text, text)
        finally:
            self._syncing = False
        self._update_rewrite()

    def _update_rewrite(self) -> None:
        current = self.current
        if current is None:
            return
        comparison = compare_rewrite(current[1], self.rewrite_box.value, self.analyze)
        self.last_comparison = comparison
        self.rewrite_feedback.value = block(
            f'<p role="status" aria-live="polite"><b>{esc(comparison.message())}</b></p>'
            "<p>Your version, as the detector sees it:</p>"
            + findings_list_html(comparison.after, "no technique found.")
        )

    def _on_rewrite(self) -> None:
        if self._syncing:
            return
        current = self.current
        if current is None:
            return
        text = current[1]
        value = self.rewrite_box.value
        if value == text:
            self.work.rewrites.pop(text, None)
        else:
            self.work.rewrites[text] = value
        self._update_rewrite()
        self.store.changed()

    # -- producer mode --------------------------------------------------------------------

    def _on_technique(self) -> None:
        t = TECHNIQUES[self.technique_pick.value]
        self.technique_help.value = block(
            f"<p><b>{esc(t.name)}</b>: {esc(t.definition)}</p>"
            + (f"<p>Example: <i>{esc(t.example)}</i></p>" if t.example else "")
        )
        self._syncing = True
        try:
            self.produce_box.value = self.work.produced.get(t.id, "")
        finally:
            self._syncing = False
        self._update_produce()

    def _update_produce(self) -> None:
        check = producer_check(self.produce_box.value, self.technique_pick.value, self.analyze)
        self.last_check = check
        self.produce_feedback.value = block(
            f'<p role="status" aria-live="polite"><b>{esc(check.message())}</b></p>'
            + (findings_list_html(check.findings, "") if check.findings else "")
        )

    def _on_produce(self) -> None:
        if self._syncing:
            return
        value = self.produce_box.value
        if value.strip():
            self.work.produced[self.technique_pick.value] = value
        else:
            self.work.produced.pop(self.technique_pick.value, None)
        self._update_produce()
        self.store.changed()
