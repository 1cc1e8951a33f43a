"""Technique profile: how many findings of each technique, grouped by family."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.charts.data import technique_counts
from mediakit.charts.style import TITLE_SIZE, bar_style, family_handles, new_axes, tidy
from mediakit.techniques import FAMILIES, TECHNIQUES

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from mediakit.report import Report


def technique_profile(report: Report, ax: Axes | None = None, *, only_found: bool = False
                      ) -> Axes:
    """Horizontal bars: findings per technique, coloured and hatched by family.

    Every technique of the registry gets a row (zeros too, so profiles of different
    texts line up) unless ``only_found``. Returns the axes; in a notebook show it with
    ``technique_profile(report).figure``.
    """
    ax = new_axes(ax, (7.5, 5.2))
    counts = technique_counts(report)
    rows = [t for t in TECHNIQUES if counts[t] or not only_found]
    positions = range(len(rows))
    for y, tid in zip(positions, rows, strict=True):
        fam = FAMILIES[TECHNIQUES[tid].family]
        bars = ax.barh(y, counts[tid], height=0.7, **bar_style(fam.chart_colour, fam.hatch))
        if counts[tid]:
            ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_yticks(list(positions), [TECHNIQUES[t].name for t in rows], fontsize=8.5)
    ax.invert_yaxis()  # registry order, top to bottom
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max([*counts.values(), 1]) * 1.15)
    ax.set_xlabel("Findings (count)")
    ax.set_ylabel("Technique")
    total = sum(counts.values())
    ax.set_title(f"Technique profile: {total} finding{'s' if total != 1 else ''} by technique",
                 fontsize=TITLE_SIZE)
    ax.legend(handles=family_handles(), title="Family", fontsize=8, title_fontsize=8.5,
              loc="best", frameon=True)
    if not rows:
        ax.text(0.5, 0.5, "No findings", transform=ax.transAxes, ha="center", va="center")
    tidy(ax, "x")
    return ax
