"""Claim investigation: per claim, the four lateral-reading moves, notes and a verdict.

A thin layer over :class:`mediakit.activities.investigate.Investigation`. Notes are
saved as you type; “Export” writes a short Markdown report next to the work file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ipywidgets as W

from mediakit.activities.common import as_report, text_id_of
from mediakit.activities.investigate import (
    ACTIVITY,
    STEPS,
    VERDICTS,
    ClaimInfo,
    Investigation,
    claim_infos,
)
from mediakit.io import atomic_write_text
from mediakit.store import WorkFile, default_path
from mediakit.techniques import TECHNIQUES
from mediakit.widgets.common import (
    Activity,
    SaveControls,
    StatusLine,
    block,
    esc,
    full_width,
    shorten,
)


def claim_html(claim: ClaimInfo) -> str:
    questions = "".join(f"<li>{esc(q)}</li>" for q in claim.questions)
    cues = f" ({esc('; '.join(claim.cues))})" if claim.cues else ""
    rows = [f'<p class="mkw-quote">{esc(claim.text)}</p>',
            f'<p><span class="mkw-k">Support in the text:</span> '
            f"{esc(claim.support_text)}{cues}</p>"]
    if claim.findings:
        names = ", ".join(TECHNIQUES[t].name if t in TECHNIQUES else t for t in claim.findings)
        rows.append(f'<p><span class="mkw-k">The detector flags:</span> {esc(names)}</p>')
    if claim.priority_text:
        rows.append(f'<p><span class="mkw-k">Priority:</span> {claim.priority} of 3 '
                    f"({esc(claim.priority_text)})</p>")
    if claim.search:
        rows.append(f'<p><span class="mkw-k">Try searching for:</span> {esc(claim.search)}</p>')
    if questions:
        rows.append(f'<p class="mkw-k">Questions to start from:</p><ul>{questions}</ul>')
    return block("".join(rows))


class ClaimInvestigation(Activity):
    """``ClaimInvestigation(text)``: check the text's claims by reading laterally."""

    def __init__(self, text_or_report: Any, save_to: str | os.PathLike[str] | None = None, *,
                 autosave: bool = True, detectors: Iterable[object] | None = None) -> None:
        self.report = as_report(text_or_report, detectors)
        self.title = getattr(text_or_report, "title", "")
        self.investigation = Investigation(claim_infos(self.report), self.title)
        self.text_id = text_id_of(text_or_report, self.report.text)
        path = save_to if save_to is not None else default_path(ACTIVITY, self.text_id)
        self.store = SaveControls(WorkFile(path, ACTIVITY, self.text_id),
                                  self.investigation.to_data, autosave)
        self._syncing = False
        claims = self.investigation.claims
        self.claim_pick = W.Select(
            options=self._claim_options(), value=0 if claims else None, rows=6,
            description="Claims", tooltip="Pick a claim to investigate (arrow keys move)",
            layout=full_width(), style={"description_width": "initial"},
        )
        self.claim_view = W.HTML(layout=full_width())
        self.step_boxes: dict[str, W.Checkbox] = {}
        self.step_notes: dict[str, W.Textarea] = {}
        step_rows = []
        for step in STEPS:
            box = W.Checkbox(value=False, indent=False, description=f"{step.title}: done",
                             tooltip=step.prompt, layout=W.Layout(width="auto"))
            note = W.Textarea(placeholder=step.prompt, rows=2, continuous_update=True,
                              description="Notes", tooltip=f"Your notes for “{step.title}”",
                              layout=full_width(), style={"description_width": "initial"})
            box.observe(lambda ch, s=step.id: self._on_checked(s, ch["new"]), names="value")
            note.observe(lambda ch, s=step.id: self._on_note(s, ch["new"]), names="value")
            self.step_boxes[step.id], self.step_notes[step.id] = box, note
            step_rows.append(W.VBox([
                W.HTML(block(f"<p><b>{esc(step.title)}</b>: {esc(step.prompt)}</p>")), box, note,
            ]))
        self.verdict = W.Dropdown(options=VERDICTS, description="Verdict",
                                  tooltip="What the evidence you found says about the claim",
                                  style={"description_width": "initial"},
                                  layout=W.Layout(width="32em"))
        self.summary = W.Textarea(description="What I concluded", rows=2, continuous_update=True,
                                  placeholder="One or two sentences: what did you find, and how "
                                  "sure are you?", layout=full_width(),
                                  style={"description_width": "initial"})
        self.verdict.observe(lambda ch: self._on_verdict(ch["new"]), names="value")
        self.summary.observe(lambda ch: self._on_summary(ch["new"]), names="value")
        self.claim_pick.observe(lambda _: self._show_claim(), names="value")
        self.export_button = W.Button(description="Export report", icon="file-text",
                                      tooltip="Write your notes as a short Markdown report")
        self.export_button.on_click(lambda _: self.export())
        self.export_status = StatusLine()
        self.export_view = W.HTML(layout=full_width())
        self.progress = StatusLine()
        self.work_area = W.VBox([self.claim_view, *step_rows, self.verdict, self.summary])
        header = W.HTML(block(
            f"<h4>Claim investigation{': ' + esc(self.title) if self.title else ''}</h4>"
            "<p>For each claim: Stop, Investigate the source, Find better coverage, Trace the "
            "claim. Note what you found and give a verdict about the evidence.</p>", style=True))
        if not claims:
            self.work_area.layout.display = "none"
        self.widget = W.VBox([header, self.claim_pick, self.progress.widget, self.work_area,
                              W.HBox([self.export_button]), self.export_status.widget,
                              self.export_view, self.store.widget])
        self.widget.add_class("mk-investigate")
        data = self.store.load()
        if data is not None:
            note = self.investigation.load_data(data)
            if note:
                self.store.status.show(self.store.status.message + " " + note, "info")
        self._refresh_options()
        self._show_claim()

    def _claim_options(self) -> list[tuple[str, int]]:
        inv = self.investigation
        return [(f"{c.number}. {shorten(c.text, 90)} [{n.progress()}]", i)
                for i, (c, n) in enumerate(zip(inv.claims, inv.notes, strict=True))]

    def _refresh_options(self) -> None:
        keep = self.claim_pick.value
        self._syncing = True
        try:
            self.claim_pick.options = self._claim_options()
            self.claim_pick.value = keep
        finally:
            self._syncing = False
        self.progress.show(self.investigation.progress() if self.investigation.claims
                           else "No checkable claims were found in this text.")

    @property
    def index(self) -> int | None:
        return self.claim_pick.value

    def select(self, i: int) -> None:
        self.claim_pick.value = i

    def _show_claim(self) -> None:
        if self._syncing or self.index is None:
            return
        claim = self.investigation.claims[self.index]
        notes = self.investigation.notes[self.index]
        self.claim_view.value = claim_html(claim)
        self._syncing = True
        try:
            for step in STEPS:
                self.step_boxes[step.id].value = notes.checked[step.id]
                self.step_notes[step.id].value = notes.notes[step.id]
            self.verdict.value = notes.verdict
            self.summary.value = notes.summary
        finally:
            self._syncing = False

    def _changed(self) -> None:
        self._refresh_options()
        self.store.changed()

    def _on_checked(self, step: str, value: bool) -> None:
        if not self._syncing and self.index is not None:
            self.investigation.set_checked(self.index, step, value)
            self._changed()

    def _on_note(self, step: str, value: str) -> None:
        if not self._syncing and self.index is not None:
            self.investigation.set_note(self.index, step, value)
            self.store.changed()  # the list shows steps and verdict only: no refresh per key

    def _on_verdict(self, value: str) -> None:
        if not self._syncing and self.index is not None:
            self.investigation.set_verdict(self.index, value)
            self._changed()

    def _on_summary(self, value: str) -> None:
        if not self._syncing and self.index is not None:
            self.investigation.set_summary(self.index, value)
            self.store.changed()

    def export_path(self) -> Path:
        return self.store.file.path.with_suffix(".md")

    def export(self) -> Path | None:
        """Write the Markdown report beside the work file and show it."""
        text = self.investigation.export_markdown()
        path = self.export_path()
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            self.export_status.show(f"Could not write {path} ({exc.strerror or exc}).", "problem")
            return None
        self.export_status.show(f"Exported your report to {path}.")
        self.export_view.value = block(f"<pre>{esc(text)}</pre>")
        return path
