"""Claim support: what backs up the text's statements of fact."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mediakit.charts.data import STATEMENT_KINDS, SUPPORT_NAMES, support_counts
from mediakit.charts.style import SUPPORT_STYLES, TITLE_SIZE, bar_style, new_axes, tidy

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from mediakit.report import Report


def claim_support(report: Report, ax: Axes | None = None,
                  kinds: Sequence[str] | None = STATEMENT_KINDS) -> Axes:
    """Horizontal bars: sentences with a named source, a vague source, evidence, or nothing.

    Counts the body sentences of the given ``kinds`` (default: claims and attributed
    statements, the ones that need support; ``None`` counts every sentence).
    """
    counts = support_counts(report, kinds)
    ax = new_axes(ax, (7.5, 2.7))
    levels = list(counts)
    for y, level in enumerate(levels):
        colour, hatch = SUPPORT_STYLES[level]
        bars = ax.barh(y, counts[level], height=0.65, **bar_style(colour, hatch))
        ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_yticks(range(len(levels)), [SUPPORT_NAMES[k] for k in levels], fontsize=9)
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max([*counts.values(), 1]) * 1.15)
    what = "statements of fact" if kinds == STATEMENT_KINDS else (
        "sentences" if kinds is None else " and ".join(kinds) + " sentences")
    ax.set_xlabel(f"Number of {what}")
    ax.set_ylabel("Support")
    ax.set_title(f"Claim support: what backs up the {what}", fontsize=TITLE_SIZE)
    tidy(ax, "x")
    return ax
