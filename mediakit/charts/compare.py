"""Families per 1,000 words, compared across two or more texts."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

from mediakit.charts.data import family_rates
from mediakit.charts.style import TITLE_SIZE, bar_style, family_handles, new_axes, tidy
from mediakit.techniques import FAMILIES

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from mediakit.report import Report


def compare_families(reports: Mapping[str, Report], ax: Axes | None = None) -> Axes:
    """Grouped bars: one group per text, one hatched bar per family (per 1,000 words).

    Rates rather than counts, so a long text and a short one compare fairly.
    """
    rates = family_rates(reports)
    names = list(rates)
    ax = new_axes(ax, (max(7.5, 3.0 + 1.7 * len(names)), 3.6))
    n = len(FAMILIES)
    width = 0.8 / n
    for j, fam in enumerate(FAMILIES.values()):
        xs = [i - 0.4 + width * (j + 0.5) for i in range(len(names))]
        values = [rates[name][fam.id] for name in names]
        bars = ax.bar(xs, values, width=width * 0.95, label=fam.name,
                      **bar_style(fam.chart_colour, fam.hatch))
        ax.bar_label(bars, fmt="%.1f", padding=2, fontsize=7)
    wrap = max(10, min(24, 64 // len(names)))  # narrower groups, shorter lines
    ax.set_xticks(range(len(names)), [textwrap.fill(str(x), wrap) for x in names], fontsize=9)
    top = max([v for r in rates.values() for v in r.values()] + [1.0])
    ax.set_ylim(0, top * 1.18)
    ax.set_xlabel("Text")
    ax.set_ylabel("Findings per 1,000 words")
    ax.set_title("Technique families per 1,000 words", fontsize=TITLE_SIZE)
    # beside the axes, so the legend never hides a bar
    ax.legend(handles=family_handles(), fontsize=8, title="Family", title_fontsize=8.5,
              loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    tidy(ax, "y")
    return ax
