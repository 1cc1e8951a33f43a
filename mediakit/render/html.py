"""Step two of rendering: the plain dicts of :mod:`mediakit.render.model` to HTML.

Pure string building from module-level templates. Every piece of text, label and
attribute value goes through :func:`esc` (``html.escape(..., quote=True)``), and
the renderer emits only the elements and attributes listed in :data:`ELEMENTS`
and :data:`ATTRIBUTES` (inline styles only from :data:`INLINE_STYLES`): no
scripts, no inline event handlers, no URLs. Tooltips
appear with CSS alone (``:hover``/``:focus``) and are tied to their mark with
``aria-describedby``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from mediakit.render.css import CSS

#: Every element and attribute this module can emit (the security tests hold it to this).
ELEMENTS = frozenset({
    "div", "style", "p", "span", "mark", "ul", "li", "details", "summary",
    "table", "caption", "thead", "tbody", "tr", "th", "td",
})
ATTRIBUTES = frozenset({
    "class", "id", "role", "tabindex", "aria-label", "aria-describedby", "aria-hidden",
    "data-technique", "data-family", "data-strength", "scope", "open", "style",
})
#: The only inline styles, all constants. JupyterLab's sanitizer (a notebook opened
#: untrusted) drops <style> but keeps these, so the text still reads: whitespace
#: kept, tooltips hidden, labels set apart from the phrase.
INLINE_STYLES = {
    "text": "white-space:pre-wrap",
    "tip": "display:none",
    "label": "margin:0 0.1em 0 0.25em;font-size:0.68em",
}


# A blank line (or several) between paragraphs: shown as a fixed gap rather than as
# empty lines of the tall line height the stacked underlines need.
_BLANK_LINES = re.compile(r"\r?\n(?:[ \t\r]*\n)+")


def esc(value: object) -> str:
    """Escape for HTML text and attribute values; CR survives as a reference.

    >>> esc('<a href="x">&</a>\\r')
    '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;&#13;'
    """
    # Browsers turn a raw CR (or CR LF) into LF while parsing; the reference keeps
    # the text in the page identical to the text analysed.
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


ROOT = '<div class="mk-root" role="group" aria-label="{label}">{style}{body}</div>'
STYLE = "<style>{css}</style>"
NOTE = '<p class="mk-note">{text}</p>'
INTRO = '<p class="mk-note">{text} <span class="mk-howto">{how}</span></p>'
TEXT = ('<div class="mk-text mk-depth-{depth}" role="group" aria-label="{label}" '
        f'style="{INLINE_STYLES["text"]}">'
        "{body}</div>")
HEADING = '<span class="mk-h">{text}</span>'
GAP = '<span class="mk-gap">{text}</span>'
MARK_HEAD = ('<mark class="mk-mark mk-f-{family} mk-l{level}" tabindex="0" '
             'data-technique="{technique}" data-family="{family}" data-strength="{strength}" '
             'aria-describedby="{id}-tip">')
MARK_CONT = ('<mark class="mk-mark mk-f-{family} mk-l{level} mk-cont" '
             'data-technique="{technique}" data-family="{family}" data-strength="{strength}">')
MARK_END = "</mark>"
LABEL = ('<span class="mk-label" aria-hidden="true" '
         f'style="{INLINE_STYLES["label"]}">{{label}}</span>')
TIP = ('<span class="mk-tip" role="tooltip" id="{id}-tip" '
       f'style="{INLINE_STYLES["tip"]}">'
       '<span class="mk-tip-name">{name}<span class="mk-sr">. </span></span>'
       '<span class="mk-tip-fam">{family_name} family · {strength_word} '
       '(strength {strength} of 3){quoted}<span class="mk-sr">. </span></span>'
       '<span class="mk-tip-why">{explanation} </span>'
       "{cue}{suggestion}</span>")
TIP_ROW = '<span><span class="mk-k">{key}</span> {value} </span>'
LEGEND = '<ul class="mk-legend" aria-label="Legend: what the highlights mean">{items}</ul>'
LEGEND_ITEM = ('<li class="mk-f-{family}{hidden}"><span class="mk-swatch">{name}</span> '
               '<span class="mk-legend-count">{count}</span>{techniques}</li>')
LEGEND_TECH = '<span class="mk-label">{label}</span> {name} ({count})'
DETAILS = ('<details class="mk-details" open><summary>{summary}</summary>'
           "{table}</details>")
TABLE = ('<table class="{css_class}"><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
         "<tbody>{rows}</tbody></table>")
TH = '<th scope="col">{text}</th>'
TD = "<td>{text}</td>"
TD_NUM = '<td class="mk-num">{text}</td>'
HOW_TO = ("Each highlight has a colour, an underline style and a short label for its family "
          "of techniques. Hover over a highlight, or press Tab to move from one to the next, "
          "to see why it was marked. Where findings overlap, their underlines stack.")


def _open(span: dict[str, Any], head: bool) -> str:
    template = MARK_HEAD if head else MARK_CONT
    return template.format(
        family=esc(span["family"]), level=esc(span["level"]),
        technique=esc(span["technique"]), strength=esc(span["strength"]), id=esc(span["id"]),
    )


def _close(span: dict[str, Any], k: int, head: bool) -> str:
    # The label ends the finding's last piece; the tooltip ends its first (focusable)
    # piece, so it appears under the line where that piece ends, below the phrase.
    out = LABEL.format(label=esc(span["label"])) if span["last"] == k else ""
    if head:
        out += render_tip(span)
    return out + MARK_END


def render_tip(span: dict[str, Any]) -> str:
    """The tooltip of one finding: technique, family, strength, explanation, cue, alternative."""
    cue = TIP_ROW.format(key="Cue:", value=esc(span["cue"])) if span["cue"] else ""
    suggestion = (TIP_ROW.format(key="Neutral alternative:", value=esc(span["suggestion"]))
                  if span["suggestion"] else "")
    return TIP.format(
        id=esc(span["id"]), name=esc(span["technique_name"]), family_name=esc(span["family_name"]),
        strength_word=esc(span["strength_word"]), strength=esc(span["strength"]),
        quoted=", inside a quotation" if span["quoted"] else "",
        explanation=esc(span["explanation"]), cue=cue, suggestion=suggestion,
    )


def render_text(data: dict[str, Any]) -> str:
    """The text with every shown finding as a layered, focusable ``<mark>``.

    Findings that nest become nested marks; one that crosses another is split, and
    only its first piece is focusable and carries the tooltip; its last piece ends
    with the label.
    """
    spans = data["spans"]
    parts: list[str] = []
    stack: list[int] = []  # spans whose <mark> is open, outermost first
    heads: set[int] = set()  # spans whose open <mark> is their first, focusable piece
    last = -1
    for k, seg in enumerate(data["segments"]):
        want = seg["spans"]
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            parts.append(_close(spans[i], k - 1, i in heads))
            heads.discard(i)
        del stack[keep:]
        for i in want[keep:]:
            head = spans[i]["first"] == k
            parts.append(_open(spans[i], head))
            stack.append(i)
            if head:
                heads.add(i)
        text = _gaps(seg["text"])
        parts.append(HEADING.format(text=text) if seg["heading"] else text)
        last = k
    for i in reversed(stack):
        parts.append(_close(spans[i], last, i in heads))
    n = len(spans)
    label = (f"The text with {n} highlighted finding{'s' if n != 1 else ''}"
             if n else "The text (no findings shown)")
    return TEXT.format(depth=esc(max(data["depth"], 1)), label=esc(label), body="".join(parts))


def _gaps(text: str) -> str:
    """Escaped ``text`` with each run of blank lines wrapped in a gap element."""
    out, pos = [], 0
    for m in _BLANK_LINES.finditer(text):
        out.append(esc(text[pos : m.start()]))
        out.append(GAP.format(text=esc(m.group())))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def render_legend(data: dict[str, Any]) -> str:
    """One entry per family: its colour and underline, and the techniques found."""
    items = []
    for fam in data["legend"]:
        techs = "".join(
            " " + LEGEND_TECH.format(label=esc(t["label"]), name=esc(t["name"]),
                                     count=esc(t["count"]))
            for t in fam["techniques"]
        )
        if not fam["shown"]:
            count = "hidden by the filter"
        elif fam["techniques"]:
            count = f"{fam['count']} found:"
        else:
            count = "none found"
        items.append(LEGEND_ITEM.format(
            family=esc(fam["family"]), hidden="" if fam["shown"] else " mk-hidden",
            name=esc(fam["name"]), count=esc(count), techniques=techs if fam["shown"] else "",
        ))
    return LEGEND.format(items="".join(items))


FINDING_COLUMNS = ("#", "Text", "Technique", "Why it was marked", "Neutral alternative")
CELL_SUB = '<td>{text}<span class="mk-sub">{sub}</span></td>'
CELL_TECHNIQUE = ('<td class="mk-f-{family}">'
                  '<span class="mk-label" aria-hidden="true">{label}</span> '
                  '{text}<span class="mk-sub">{sub}</span></td>')


def render_findings_table(data: dict[str, Any]) -> str:
    """A plain table of the shown findings, for screen readers and printing."""
    rows = []
    for n, s in enumerate(data["spans"], 1):
        about = f"{s['family_name']}; {s['strength_word']} ({s['strength']} of 3)"
        if s["quoted"]:
            about += "; inside a quotation"
        why = s["explanation"]
        cue = f"Cue: {s['cue']}" if s["cue"] and s["cue"] != s["text"] else ""
        cells = [
            TD_NUM.format(text=n),
            TD.format(text=esc(s["text"])),
            CELL_TECHNIQUE.format(family=esc(s["family"]), label=esc(s["label"]),
                                  text=esc(s["technique_name"]), sub=esc(about)),
            CELL_SUB.format(text=esc(why), sub=esc(cue)) if cue else TD.format(text=esc(why)),
            TD.format(text=esc(s["suggestion"])),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    counts = data["counts"]
    caption = f"Findings: {counts['shown']} shown"
    if counts["shown"] != counts["total"]:
        caption += f" of {counts['total']}"
    table = table_html(caption, FINDING_COLUMNS, rows, css_class="mk-table mk-findings")
    return DETAILS.format(summary=esc(f"Table of the findings ({counts['shown']})"), table=table)


def table_html(caption: str, columns: tuple[str, ...] | list[str], rows: list[str],
               css_class: str = "mk-table") -> str:
    """A table from a caption, column names (escaped here) and ready-made ``<tr>`` rows."""
    head = "".join(TH.format(text=esc(c)) for c in columns)
    return TABLE.format(css_class=esc(css_class), caption=esc(caption), head=head,
                        rows="".join(rows))


def render_intro(data: dict[str, Any]) -> str:
    """How many findings are shown, and how to read them (the how-to is not printed)."""
    counts = data["counts"]
    if counts["total"] == 0:
        return NOTE.format(text="No findings in this text.")
    if counts["shown"] == counts["total"]:
        summary = f"{counts['total']} finding{'s' if counts['total'] != 1 else ''}."
    else:
        summary = f"{counts['shown']} of {counts['total']} findings shown."
    return INTRO.format(text=esc(summary), how=esc(HOW_TO))


def render_fragment(data: dict[str, Any], *, style: bool = True, table: bool = True) -> str:
    """Legend, highlighted text and findings table in one ``.mk-root`` block."""
    body = [render_legend(data), render_intro(data), render_text(data)]
    if table and data["spans"]:
        body.append(render_findings_table(data))
    return ROOT.format(
        label="mediakit findings",
        style=STYLE.format(css=CSS) if style else "",
        body="".join(body),
    )
