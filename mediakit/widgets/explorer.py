"""Explorer: the text highlighted, with family/technique toggles, a strength threshold,
a keyboard-navigable list of findings and a details panel.

The highlighted text is :func:`mediakit.render.render_html` with the current filters;
the list and the counts come from the same filter (:func:`visible_findings`), so
what is listed is exactly what is highlighted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import ipywidgets as W

from mediakit.activities.common import as_report
from mediakit.findings import Finding
from mediakit.render.model import STRENGTH_WORDS
from mediakit.report import Report
from mediakit.techniques import FAMILIES, TECHNIQUES
from mediakit.widgets.common import Activity, block, esc, full_width

STRENGTHS = (("all (1+)", 1), ("clear and strong (2+)", 2), ("strong only (3)", 3))


def visible_findings(report: Report, families: Iterable[str], techniques: Iterable[str],
                     min_strength: int) -> list[Finding]:
    """The findings that pass the filters, in text order (the same rule as the renderer)."""
    fams, techs = set(families), set(techniques)
    return [f for f in report.findings
            if f.family in fams and f.technique in techs and f.strength >= min_strength]


def finding_label(n: int, f: Finding) -> str:
    """One line of the finding list: number, technique, quoted text, strength in words."""
    quote = " ".join(f.text.split())
    if len(quote) > 45:
        quote = quote[:44] + "…"
    strength = STRENGTH_WORDS.get(f.strength, f.strength)
    return f"{n}. {TECHNIQUES[f.technique].name}: “{quote}” ({strength})"


def finding_details(f: Finding | None) -> str:
    """The details panel: what the finding is, why it fired, and a neutral alternative."""
    if f is None:
        return block("<p>Select a finding in the list (use the arrow keys) to see why it was "
                     "marked, the cue that fired and a neutral alternative.</p>", "mkw-details")
    tech, fam = TECHNIQUES[f.technique], FAMILIES[f.family]
    rows = [
        ("Technique", f"{tech.name} ({tech.label})"),
        ("Family", fam.name),
        ("Strength", f"{f.strength} of 3 ({STRENGTH_WORDS.get(f.strength, '')})"),
        ("Why it was marked", f.explanation),
        ("Cue", f.cue or "–"),
        ("Neutral alternative", f.suggestion or "none given: try writing one"),
        ("What the technique is", tech.definition),
    ]
    if f.quoted:
        rows.insert(3, ("Note", "Inside a quotation: someone else's words, chosen by the writer"))
    if f.rule or f.detector:
        rows.append(("Rule", " / ".join(x for x in (f.detector, f.rule) if x)))
    body = "".join(f'<p><span class="mkw-k">{esc(k)}:</span> {esc(v)}</p>' for k, v in rows)
    return block(f'<p class="mkw-quote">“{esc(f.text)}”</p>{body}', "mkw-details")


class Explorer(Activity):
    """Explore a text's findings: ``Explorer(text)`` in a notebook cell shows it.

    ``text_or_report`` is a str, a shipped :class:`~mediakit.texts.Text` or a Report;
    ``detectors`` (default: the kit's) analyse a text given as str or Text.
    """

    def __init__(self, text_or_report: Any, *, min_strength: int = 1,
                 detectors: Iterable[object] | None = None) -> None:
        self.report = as_report(text_or_report, detectors)
        self.title = getattr(text_or_report, "title", "")
        fam_counts = Counter(f.family for f in self.report.findings)
        tech_counts = Counter(f.technique for f in self.report.findings)
        self.family_boxes = {
            fam.id: W.Checkbox(
                value=True, indent=False, description=f"{fam.name} ({fam_counts[fam.id]})",
                tooltip=f"Show or hide {fam.name.lower()}: {fam.description}",
                layout=W.Layout(width="auto"),
            )
            for fam in FAMILIES.values()
        }
        # Only techniques the text uses get a switch: 18 empty switches would drown the rest.
        self.technique_boxes = {
            t.id: W.Checkbox(
                value=True, indent=False, description=f"{t.name} ({tech_counts[t.id]})",
                tooltip=f"Show or hide {t.name.lower()}: {t.definition}",
                layout=W.Layout(width="auto"),
            )
            for t in TECHNIQUES.values() if tech_counts[t.id]
        }
        self.strength = W.ToggleButtons(
            options=STRENGTHS, value=min_strength, description="Strength",
            tooltips=["Show every finding", "Hide the mild findings",
                      "Show only the strong findings"],
            tooltip="Show findings of at least this strength (1 mild, 2 clear, 3 strong)",
            style={"button_width": "auto"},
        )
        self.counts = W.HTML(layout=full_width())
        self.text_html = W.HTML(layout=full_width())
        self.finding_list = W.Select(
            options=[], rows=10, description="Findings",
            tooltip="The findings shown; move with the arrow keys to see each one's details",
            layout=W.Layout(width="auto"), style={"description_width": "initial"},
        )
        self.details = W.HTML(layout=full_width())
        self._shown: list[Finding] = []
        for box in (*self.family_boxes.values(), *self.technique_boxes.values()):
            box.observe(self._on_filter, names="value")
        self.strength.observe(self._on_filter, names="value")
        self.finding_list.observe(self._on_select, names="value")

        technique_rows = []
        for fam in FAMILIES.values():
            boxes = [self.technique_boxes[t] for t in self.technique_boxes
                     if TECHNIQUES[t].family == fam.id]
            if boxes:
                technique_rows.append(W.HBox(
                    [W.HTML(f"<b>{esc(fam.name)}:</b>", layout=W.Layout(width="11em")), *boxes],
                    layout=W.Layout(flex_flow="row wrap")))
        techniques = W.Accordion(
            children=[W.VBox(technique_rows or [W.HTML("No techniques found in this text.")])],
            titles=("Techniques (switch single techniques on or off)",),
        )
        techniques.selected_index = None
        families = W.HBox([W.HTML("<b>Families:</b>", layout=W.Layout(width="6em")),
                           *self.family_boxes.values()], layout=W.Layout(flex_flow="row wrap"))
        # flex with min_width 0 lets both columns shrink to the output area's width
        side = W.VBox([self.finding_list, self.details],
                      layout=W.Layout(flex="2 1 0%", min_width="0", padding="0 0 0 0.6em"))
        main = W.Box([self.text_html], layout=W.Layout(flex="3 1 0%", min_width="0",
                                                       max_height="34em", overflow="auto"))
        header = W.HTML(block(f"<b>Explorer</b>{': ' + esc(self.title) if self.title else ''}",
                             style=True))
        self.widget = W.VBox([header, families, techniques, self.strength, self.counts,
                              W.HBox([main, side], layout=full_width())])
        self.widget.add_class("mk-explorer")
        self.refresh()

    # -- state --------------------------------------------------------------------------

    @property
    def families(self) -> list[str]:
        return [f for f, box in self.family_boxes.items() if box.value]

    @property
    def techniques(self) -> list[str]:
        # Techniques the text does not use have no switch; they stay "on".
        return [t for t in TECHNIQUES
                if t not in self.technique_boxes or self.technique_boxes[t].value]

    @property
    def shown(self) -> list[Finding]:
        return list(self._shown)

    @property
    def selected(self) -> Finding | None:
        i = self.finding_list.value
        return self._shown[i] if i is not None and 0 <= i < len(self._shown) else None

    # -- handlers -----------------------------------------------------------------------

    def _on_filter(self, change: dict | None = None) -> None:
        self.refresh()

    def _on_select(self, change: dict | None = None) -> None:
        self.details.value = finding_details(self.selected)

    def refresh(self) -> None:
        """Re-render the text, the list and the counts for the current filters."""
        from mediakit.render import render_html

        families, techniques = self.families, self.techniques
        for t, box in self.technique_boxes.items():
            box.disabled = TECHNIQUES[t].family not in families
        keep = self.selected
        self._shown = visible_findings(self.report, families, techniques, self.strength.value)
        if keep not in self._shown:
            keep = self._shown[0] if self._shown else None  # details are never empty
        self.text_html.value = render_html(self.report, families, techniques,
                                           self.strength.value, table=False)
        options = [(finding_label(n, f), i) for i, (n, f) in
                   enumerate(enumerate(self._shown, 1))]
        self.finding_list.unobserve(self._on_select, names="value")
        try:
            self.finding_list.options = options
            self.finding_list.value = None if keep is None else self._shown.index(keep)
        finally:
            self.finding_list.observe(self._on_select, names="value")
        self._on_select()
        self.counts.value = self.counts_html()

    def counts_html(self) -> str:
        total = len(self.report.findings)
        by_family = Counter(f.family for f in self._shown)
        parts = "; ".join(f"{FAMILIES[f].name} {by_family[f]}" for f in FAMILIES)
        return block(f'<p role="status" aria-live="polite">Showing <b>{len(self._shown)}</b> of '
                     f"{total} findings ({esc(parts)}).</p>", "mkw-counts")

    def select(self, n: int) -> Finding:
        """Select the ``n``-th shown finding (0-based), as a click in the list would."""
        self.finding_list.value = n
        return self._shown[n]
