"""The standalone report: one self-contained HTML page (inline CSS, charts as data URIs).

No scripts and no external resources, so the page works offline, can be e-mailed
or printed, and opens the same way years from now. Everything from the text or the
findings is escaped (see :func:`mediakit.render.html.esc`).
"""

from __future__ import annotations

import base64
import dataclasses
from typing import TYPE_CHECKING, Any

from mediakit.render.css import CSS, PAGE_CSS
from mediakit.render.html import (
    NOTE,
    TD,
    TD_NUM,
    esc,
    render_findings_table,
    render_intro,
    render_legend,
    render_text,
    table_html,
)
from mediakit.render.model import report_to_dicts
from mediakit.techniques import FAMILIES, TECHNIQUES

if TYPE_CHECKING:
    from mediakit.report import Report

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mediakit {version}">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body class="mk-page">
<main class="mk-root">
<header><h1>{title}</h1><p class="mk-lede">{lede}</p></header>
{sections}
<footer><p>{footer}</p></footer>
</main>
</body>
</html>
"""
SECTION = '<section aria-labelledby="{id}"><h2 id="{id}">{heading}</h2>{body}</section>'
FIGURE = ('<figure><img src="data:image/png;base64,{data}" alt="{alt}">'
          "<figcaption>{caption}</figcaption></figure>")
CLAIM = "<li>{text}{meta}{lists}</li>"
SUB_LIST = '<p class="mk-note">{key}</p><ul>{items}</ul>'
FOOTER = ("Made with mediakit {version}. The detectors look for techniques, not for the "
          "truth: each highlight says why it fired, and it can be wrong, so argue with it.")
KIND_NAMES = {
    "claim": "claim", "opinion": "opinion", "question": "question",
    "attributed": "attributed", "other": "other",
}
_OFFSET_KEYS = {"start", "end", "text", "index"}


def standalone_page(report: Report, title: str = "mediakit report", *, charts: bool = True
                    ) -> str:
    """One self-contained HTML document: highlighted text, summary, charts, tables, claims."""
    from mediakit import __version__

    data = report_to_dicts(report, id_prefix="mk")
    s = report.summary
    lede = (f"{s['words']:,} words, {s['sentences']} sentences, {s['findings']} findings "
            f"in {s['flagged_sentences']} of the sentences.")
    sections = [
        _section("mk-s-text", "The text, highlighted",
                 render_legend(data) + render_intro(data) + render_text(data)),
        _section("mk-s-summary", "Summary", _summary_tables(report)),
    ]
    if charts:
        sections.append(_section("mk-s-charts", "Charts", _figures(report)))
    sections += [
        _section("mk-s-sentences", "Sentences: what kind, and what backs them up",
                 _sentence_table(report)),
        _section("mk-s-claims", "Claims to check", _claims(report)),
        _section("mk-s-findings", "All findings",
                 render_findings_table(data) if data["spans"]
                 else NOTE.format(text="No findings in this text.")),
    ]
    return PAGE.format(
        version=esc(__version__), title=esc(title), css=CSS + "\n" + PAGE_CSS, lede=esc(lede),
        sections="\n".join(sections), footer=esc(FOOTER.format(version=__version__)),
    )


def _section(id_: str, heading: str, body: str) -> str:
    return SECTION.format(id=esc(id_), heading=esc(heading), body=body)


def _row(*cells: object, numeric: tuple[int, ...] = ()) -> str:
    return "<tr>" + "".join(
        (TD_NUM if i in numeric else TD).format(text=esc(c)) for i, c in enumerate(cells)
    ) + "</tr>"


def _summary_tables(report: Report) -> str:
    s = report.summary
    fam_rows = [
        _row(fam.name, s["by_family"][fam.id], f"{s['per_1000_words'][fam.id]:.1f}",
             f"{100 * s['coverage'][fam.id]:.1f} %", numeric=(1, 2, 3))
        for fam in FAMILIES.values()
    ]
    tech_rows = [
        _row(TECHNIQUES[t].name, FAMILIES[TECHNIQUES[t].family].name, n, numeric=(2,))
        for t, n in s["by_technique"].items()
    ]
    kind_rows = [_row(KIND_NAMES.get(k, k), n, numeric=(1,)) for k, n in s["kinds"].items()]
    support_rows = [_row(k.replace("_", " "), n, numeric=(1,)) for k, n in s["support"].items()]
    parts = [
        '<div class="mk-grid">',
        table_html("Findings per family", ("Family", "Findings", "Per 1,000 words",
                                           "Share of the text marked"), fam_rows),
    ]
    if tech_rows:
        parts.append(table_html("Findings per technique", ("Technique", "Family", "Findings"),
                                tech_rows))
    parts.append(table_html("Sentences by kind", ("Kind", "Sentences"), kind_rows))
    parts.append(table_html("Sentences by support", ("Support", "Sentences"), support_rows))
    parts.append("</div>")
    return "".join(parts)


def _figures(report: Report) -> str:
    from mediakit import charts
    from mediakit.charts.data import (
        SUPPORT_NAMES,
        findings_by_unit,
        support_counts,
        technique_counts,
    )

    figures = []
    counts = technique_counts(report)
    found = [f"{TECHNIQUES[t].name} {n}" for t, n in counts.items() if n]
    alt = ("Bar chart of findings per technique. "
           + ("; ".join(found) + ". Techniques not listed have none." if found
              else "No findings."))
    figures.append(_figure(charts.technique_profile(report), alt,
                           "How often each technique was found, grouped by family."))

    units = findings_by_unit(report, "paragraph")
    busy = [f"paragraph {u.number}: {sum(u.by_family.values())}"
            for u in units if sum(u.by_family.values())]
    alt = (f"Stacked bar chart of findings in each of the {len(units)} paragraphs, in reading "
           "order. " + ("; ".join(busy) + "." if busy else "No findings."))
    figures.append(_figure(charts.findings_through_text(report), alt,
                           "Where in the text the findings cluster (each counted where it "
                           "starts; headings shaded)."))

    support = support_counts(report)
    alt = ("Bar chart of the statements of fact by what backs them up: "
           + "; ".join(f"{SUPPORT_NAMES[k]} {n}" for k, n in support.items()) + ".")
    figures.append(_figure(charts.claim_support(report), alt,
                           "Statements of fact (claims and attributed statements) by the "
                           "support the text gives them."))
    return '<div class="mk-figures">' + "".join(figures) + "</div>"


def _figure(ax: Any, alt: str, caption: str) -> str:
    from mediakit.charts import figure_to_png

    png = figure_to_png(ax.figure)
    return FIGURE.format(data=base64.b64encode(png).decode("ascii"), alt=esc(alt),
                         caption=esc(caption))


def _sentence_table(report: Report) -> str:
    rows = []
    for sent in report.sentences:
        n = len(report.findings_in(sent))
        kind = "heading" if sent.heading else KIND_NAMES.get(sent.kind, sent.kind)
        support = "" if sent.heading else sent.support.replace("_", " ")
        rows.append(_row(sent.index + 1, " ".join(sent.text.split()), kind, support,
                         "; ".join(sent.cues), n, numeric=(0, 5)))
    if not rows:
        return NOTE.format(text="No sentences.")
    return table_html(f"Sentences ({len(rows)})",
                      ("#", "Sentence", "Kind", "Support", "Why (cues)", "Findings"), rows)


def _claims(report: Report) -> str:
    claims = report.claims()
    if not claims:
        return NOTE.format(text="No checkable claims were found.")
    return '<ol class="mk-claims">' + "".join(_claim(c) for c in claims) + "</ol>"


def _as_dict(obj: Any) -> dict[str, Any]:
    if hasattr(obj, "to_dict"):
        return dict(obj.to_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, dict):
        return dict(obj)
    return {"text": str(obj)}


def _claim(claim: Any) -> str:
    """One claim: its text, its short fields on one line, its lists (e.g. questions) below."""
    d = _as_dict(claim)
    text = " ".join(str(d.get("text", "")).split())
    meta, lists = [], []
    for key, value in d.items():
        if key in _OFFSET_KEYS or value in (None, "", (), []):
            continue
        name = key.replace("_", " ").capitalize()
        if isinstance(value, list | tuple):
            items = "".join(f"<li>{esc(v)}</li>" for v in value)
            lists.append(SUB_LIST.format(key=esc(name + ":"), items=items))
        elif not isinstance(value, dict):
            meta.append(f"{name}: {value}")
    meta_html = NOTE.format(text=esc(" · ".join(meta))) if meta else ""
    return CLAIM.format(text=esc(text), meta=meta_html, lists="".join(lists))
