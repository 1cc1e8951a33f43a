"""Seeing the findings: the report as highlighted HTML, in two pure steps.

1. :func:`report_to_dicts` turns a :class:`~mediakit.report.Report` into plain dicts
   (filters applied there: families, techniques, minimum strength);
2. :func:`render_dicts` turns those dicts into an HTML string, everything escaped.

:func:`render_html` does both (``Report._repr_html_`` calls it);
:func:`standalone_page` builds the one-file offline report of ``mediakit analyze
--format html``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from mediakit.render.html import render_fragment as render_dicts
from mediakit.render.model import report_to_dicts
from mediakit.render.page import standalone_page

if TYPE_CHECKING:
    from mediakit.report import Report


def render_html(
    report: Report,
    families: Iterable[str] | None = None,
    techniques: Iterable[str] | None = None,
    min_strength: int = 1,
    *,
    table: bool = True,
    style: bool = True,
    id_prefix: str | None = None,
) -> str:
    """The text with every finding that passes the filters highlighted, plus legend and table.

    ``style=False`` leaves out the ``<style>`` block (for a view that adds it once);
    ``id_prefix`` names the tooltip ids, needed only when one page shows the same
    report twice.

    >>> import mediakit
    >>> html = render_html(mediakit.analyze("Calm words.", detectors=[]))
    >>> html.startswith('<div class="mk-root"')
    True
    """
    data = report_to_dicts(report, families, techniques, min_strength, id_prefix=id_prefix)
    return render_dicts(data, table=table, style=style)


__all__ = ["render_dicts", "render_html", "report_to_dicts", "standalone_page"]
