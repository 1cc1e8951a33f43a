"""Shared chart helpers: a fresh Figure when no axes are given, colours, PNG export.

matplotlib is imported inside the functions, so ``import mediakit`` stays fast.
Figures are built with :class:`matplotlib.figure.Figure`, never through pyplot's
global state, and nothing here calls ``plt.show()``.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from mediakit.render.css import luminance
from mediakit.techniques import FAMILIES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Support level -> (colour, hatch): Paul Tol's muted scheme, colours the family bars
#: do not use, with a hatch each so the bars stay apart in greyscale.
SUPPORT_STYLES = {
    "named_source": ("#44AA99", "//"),
    "vague_source": ("#999933", "\\\\"),
    "evidence": ("#88CCEE", ".."),
    "none": ("#882255", ""),
}
TITLE_SIZE = 12


def new_axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    """``ax`` itself, or the axes of a new pyplot-free Figure of ``size`` inches."""
    if ax is not None:
        return ax
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, layout="constrained")
    return fig.add_subplot()


def edge_for(colour: str) -> str:
    """A hatch/edge colour that shows on ``colour``: white on dark bars, near-black on light."""
    return "#FFFFFF" if luminance(colour) < 0.18 else "#222222"


def bar_style(colour: str, hatch: str) -> dict[str, Any]:
    """Keyword arguments for ``bar``/``barh``: fill, hatch and a hatch colour that shows."""
    return {"facecolor": colour, "hatch": hatch, "edgecolor": edge_for(colour), "linewidth": 0.6}


def family_handles() -> list:
    """Legend patches for the four families (colour and hatch, as on the bars)."""
    from matplotlib.patches import Patch

    return [Patch(label=fam.name, **bar_style(fam.chart_colour, fam.hatch))
            for fam in FAMILIES.values()]


def tidy(ax: Axes, grid_axis: str) -> None:
    """Light value grid behind the bars, no top/right frame."""
    ax.set_axisbelow(True)
    ax.grid(axis=grid_axis, color="#BBBBBB", linewidth=0.6, alpha=0.7)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def figure_to_png(fig: Figure, dpi: int = 110) -> bytes:
    """The figure as PNG bytes (Agg; no timestamps in the metadata, so output is stable)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white", metadata={"Software": None})
    return buf.getvalue()
