"""Interactive activities for JupyterLab (ipywidgets 8), thin layers over pure functions.

>>> from mediakit.widgets import Explorer, SpotTheTechnique   # doctest: +SKIP
>>> Explorer(mediakit.texts.case_study())                     # doctest: +SKIP

- :class:`Explorer`: the text highlighted, with toggles, a strength threshold and details.
- :class:`SpotTheTechnique`: label each sentence and say how sure you are, then reveal.
- :class:`RewriteLab`: rewrite a flagged sentence neutrally, or write one that uses a technique.
- :class:`ClaimInvestigation`: a lateral-reading checklist per claim, exported as Markdown.
- :class:`Compare`: texts side by side with the family comparison chart.

Learner work is saved to ``mediakit-work/<activity>-<text id>.json`` beside the
notebook (see :mod:`mediakit.store`). The classes load on first use, so importing
this package does not import ipywidgets or matplotlib.
"""

from __future__ import annotations

from mediakit.lazy import lazy_exports

_WHERE = {
    "Explorer": "explorer",
    "SpotTheTechnique": "spot",
    "RewriteLab": "rewrite",
    "ClaimInvestigation": "investigate",
    "Compare": "compare",
}

__all__ = list(_WHERE)


__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
