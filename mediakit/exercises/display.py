"""Plain-text and HTML views of passages (pure string building; everything escaped)."""

from __future__ import annotations

import textwrap
from html import escape

from mediakit.exercises.model import Passage

_SOURCES = {
    "trump_putin_call": "case study",
    "opposite_slant": "opposite-slant piece",
    "neutral_report": "news report",
    "warmup_town_pool": "warm-up letter",
}


def source_label(source: str) -> str:
    """A short name for where a sentence comes from (kit texts get their role)."""
    return _SOURCES.get(source, "written for this exercise" if source == "exercise" else source)


def _mixed(p: Passage) -> bool:
    return not p.source_hidden and len({s.source for s in p.sentences}) > 1


def passage_text(p: Passage) -> str:
    lines = [p.title, ""]
    if p.intro:
        lines += [textwrap.fill(p.intro, 88), ""]
    mixed = _mixed(p)
    for s in p.sentences:
        tag = f"[{source_label(s.source)}] " if mixed else ""
        text = s.text.replace(s.focus, f"[[{s.focus}]]", 1) if s.focus else s.text
        note = f" ({s.note})" if s.note else ""
        lines.append(textwrap.fill(f"{s.id}. {tag}{text}{note}", 88, subsequent_indent="    "))
    return "\n".join(lines)


def passage_html(p: Passage) -> str:
    mixed = _mixed(p)
    rows = []
    for s in p.sentences:
        if s.focus:
            before, _, after = s.text.partition(s.focus)
            body = f"{escape(before)}<strong>[{escape(s.focus)}]</strong>{escape(after)}"
        else:
            body = escape(s.text)
        tag = (f'<span style="font-size:85%;color:#444">[{escape(source_label(s.source))}]</span> '
               if mixed else "")
        note = f' <em>({escape(s.note)})</em>' if s.note else ""
        rows.append(
            f'<tr><th scope="row" style="text-align:right;vertical-align:top;padding-right:.6em">'
            f"{escape(str(s.id))}</th><td>{tag}{body}{note}</td></tr>"
        )
    intro = f"<p>{escape(p.intro)}</p>" if p.intro else ""
    return (
        f'<div class="mediakit-passage"><p><strong>{escape(p.title)}</strong></p>{intro}'
        f'<table style="border-collapse:collapse;line-height:1.5">'
        f'<caption style="text-align:left;font-size:85%">Sentences are numbered; answer with '
        f"these numbers.</caption>{''.join(rows)}</table></div>"
    )
