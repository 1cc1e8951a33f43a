"""Charts of a report (matplotlib, object style): ``ax=None`` in, the axes out.

Each function draws on the axes you give it, or on a new
:class:`matplotlib.figure.Figure` (no pyplot state), and returns the axes; the
library never calls ``plt.show()``. In a notebook, show a chart with
``technique_profile(report).figure``, or pass your own ``ax``. Colours and hatches
come from the technique registry, so bars stay apart for colour-blind readers and
in greyscale.
"""

from mediakit.charts.compare import compare_families
from mediakit.charts.profile import technique_profile
from mediakit.charts.style import figure_to_png
from mediakit.charts.support import claim_support
from mediakit.charts.through_text import findings_through_text

__all__ = [
    "claim_support",
    "compare_families",
    "figure_to_png",
    "findings_through_text",
    "technique_profile",
]
