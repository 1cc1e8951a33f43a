"""Compare: two or three texts side by side, with the family comparison chart and a table.

``Compare()`` with no argument shows the case study, the neutral report and the
opposite-slant piece. The chart is :func:`mediakit.charts.compare_families`, shown
as an image with a text alternative; the table below it gives the same numbers.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import Any

import ipywidgets as W

from mediakit.activities.common import as_report
from mediakit.activities.compare import compare_rates, differences, table_rows
from mediakit.report import Report
from mediakit.techniques import FAMILIES
from mediakit.widgets.common import Activity, block, esc, full_width, table


def default_texts() -> dict[str, Any]:
    """The case study, the neutral report of the same events and the opposite-slant piece."""
    from mediakit import texts

    return {
        "Case study (opinion)": texts.get(texts.CASE_STUDY),
        "Neutral report": texts.get(texts.NEUTRAL_REPORT),
        "Opposite slant (opinion)": texts.get(texts.OPPOSITE_SLANT),
    }


def chart_html(reports: Mapping[str, Report]) -> str:
    """The comparison chart as an ``<img>`` with alt text (empty if charts are unavailable)."""
    try:
        from mediakit.charts import compare_families, figure_to_png
    except ImportError:
        return ""
    from matplotlib.figure import Figure

    ax = compare_families(reports)
    fig: Figure = ax.figure
    png = figure_to_png(fig)
    rates = compare_rates(reports)
    alt = "Bar chart of technique families per 1,000 words. " + " ".join(
        f"{r.name}: " + ", ".join(f"{FAMILIES[f].name} {r.per_1000[f]:.1f}" for f in FAMILIES)
        + "." for r in rates
    )
    data = base64.b64encode(png).decode("ascii")
    return (f'<img src="data:image/png;base64,{data}" alt="{esc(alt)}" '
            'style="max-width:100%;height:auto">')


class Compare(Activity):
    """``Compare({"name": text, ...})``: texts side by side, filtered by family."""

    def __init__(self, texts: Mapping[str, Any] | None = None, *, chart: bool = True,
                 detectors: Iterable[object] | None = None) -> None:
        if texts is None:
            texts = default_texts()
        if not 1 <= len(texts) <= 4:
            raise ValueError(f"compare two or three texts (at most four; got {len(texts)})")
        self.reports: dict[str, Report] = {
            str(name): as_report(t, detectors) for name, t in texts.items()
        }
        self.family_boxes = {
            fam.id: W.Checkbox(value=True, indent=False, description=fam.name,
                               tooltip=f"Show or hide {fam.name.lower()} in every text",
                               layout=W.Layout(width="auto"))
            for fam in FAMILIES.values()
        }
        for box in self.family_boxes.values():
            box.observe(lambda _: self.refresh(), names="value")
        width = f"{100 / len(self.reports):.2f}%"
        self.panes: dict[str, W.HTML] = {}
        columns = []
        for name in self.reports:
            pane = W.HTML(layout=full_width())
            self.panes[name] = pane
            box = W.VBox([W.HTML(block(f"<h4>{esc(name)}</h4>")),
                          W.Box([pane], layout=W.Layout(max_height="40em", overflow="auto"))],
                         layout=W.Layout(width=width, padding="0 0.4em"))
            columns.append(box)
        rates = compare_rates(self.reports)
        cols, rows = table_rows(rates)
        notes = "".join(f"<li>{esc(d)}</li>" for d in differences(rates))
        summary = table("The numbers behind the chart", cols, [[esc(c) for c in r] for r in rows],
                        numeric=tuple(range(1, len(cols))))
        self.table = W.HTML(block(summary + (f"<ul>{notes}</ul>" if notes else "")),
                            layout=full_width())
        self.chart = W.HTML(chart_html(self.reports) if chart else "", layout=full_width())
        header = W.HTML(block(
            "<h4>Compare texts</h4><p>The same events told in different ways. Switch families "
            "on and off to compare one kind of technique at a time; rates are per 1,000 words "
            "so long and short texts compare fairly.</p>", style=True))
        families = W.HBox([W.HTML("<b>Families:</b>", layout=W.Layout(width="6em")),
                           *self.family_boxes.values()], layout=W.Layout(flex_flow="row wrap"))
        self.widget = W.VBox([header, families, W.HBox(columns, layout=full_width()),
                              self.chart, self.table])
        self.widget.add_class("mk-compare")
        self.refresh()

    @property
    def families(self) -> list[str]:
        return [f for f, box in self.family_boxes.items() if box.value]

    def refresh(self) -> None:
        from mediakit.render import render_html

        for name, report in self.reports.items():
            self.panes[name].value = render_html(report, self.families, table=False)
