"""Where the findings cluster: stacked bars per paragraph (or sentence), in reading order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.charts.data import findings_by_unit
from mediakit.charts.style import TITLE_SIZE, bar_style, family_handles, new_axes, tidy
from mediakit.techniques import FAMILIES

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from mediakit.report import Report


def findings_through_text(report: Report, ax: Axes | None = None, by: str = "paragraph"
                          ) -> Axes:
    """Stacked bars: findings per family in each paragraph (``by="sentence"``: sentence).

    Each finding counts once, in the unit where it starts. Headings are shaded grey.
    """
    units = findings_by_unit(report, by)
    ax = new_axes(ax, (7.5, 3.2))
    xs = [u.number for u in units]
    bottoms = [0] * len(units)
    for fam in FAMILIES.values():
        heights = [u.by_family[fam.id] for u in units]
        ax.bar(xs, heights, bottom=bottoms, width=0.75, label=fam.name,
               **bar_style(fam.chart_colour, fam.hatch))
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    headings = [u.number for u in units if u.heading]
    for x in headings:
        ax.axvspan(x - 0.5, x + 0.5, color="#DDDDDD", alpha=0.6, zorder=0, linewidth=0)
    handles = family_handles()
    if headings:
        from matplotlib.patches import Patch

        handles.append(Patch(color="#DDDDDD", alpha=0.6, label="Heading"))
    ax.legend(handles=handles, fontsize=7.5, ncols=min(len(handles), 5), loc="upper center",
              bbox_to_anchor=(0.5, -0.25 if len(units) <= 40 else -0.22), frameon=False)
    unit = "Paragraph" if by == "paragraph" else "Sentence"
    ax.set_xlabel(f"{unit} (in reading order)")
    ax.set_ylabel("Findings")
    ax.set_title(f"Where the findings are: per {unit.lower()}, through the text",
                 fontsize=TITLE_SIZE)
    if units:
        ax.set_xlim(0.4, len(units) + 0.6)
        step = 1 if len(units) <= 20 else 5
        ax.set_xticks([x for x in xs if x == 1 or x % step == 0])
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(0, max([*bottoms, 1]) * 1.12)
    tidy(ax, "y")
    return ax
