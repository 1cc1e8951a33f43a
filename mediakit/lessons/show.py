"""Small views the lessons show: a text to read, tables of techniques, the key, a disagreement.

Each function returns a :class:`View`, which Jupyter shows as HTML and which prints
as plain text anywhere else. Everything from a text is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from mediakit.techniques import FAMILIES, TECHNIQUES

if TYPE_CHECKING:
    from mediakit.lessons.feedback import Feedback

_STYLE = ('style="border-collapse:collapse;margin:0.4em 0"', 'style="border:1px solid #bbb;'
          'padding:0.2em 0.5em;vertical-align:top;text-align:left"')


class View:
    """HTML for Jupyter plus a plain-text version for terminals and screen readers."""

    def __init__(self, html: str, text: str) -> None:
        self.html = html
        self.text = text

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def table(caption: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> View:
    """A plain table (cells are plain text, escaped here)."""
    tstyle, cstyle = _STYLE
    head = "".join(f'<th scope="col" {cstyle}>{escape(c)}</th>' for c in columns)
    body = "".join("<tr>" + "".join(f"<td {cstyle}>{escape(str(c))}</td>" for c in row)
                   + "</tr>" for row in rows)
    html = (f"<table {tstyle}><caption style=\"text-align:left;font-weight:600\">"
            f"{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
            "</table>")
    lines = [caption, " | ".join(columns)] + [" | ".join(str(c) for c in r) for r in rows]
    return View(html, "\n".join(lines))


def _text_and_title(source: Any) -> tuple[str, str]:
    if isinstance(source, str):
        return source, ""
    return source.text, getattr(source, "title", "")


def show_text(source: Any, *, title: str | None = None, note: bool = True) -> View:
    """A text to read, with numbered paragraphs (¶) and headings in bold, no highlights.

    ``source`` is a str or a shipped :class:`~mediakit.texts.Text` (its title and
    note are shown above the text when ``note``).
    """
    from mediakit.document import Document

    text, own_title = _text_and_title(source)
    title = own_title if title is None else title
    doc = Document(text)
    parts, lines = [], []
    if title and not text.lstrip().startswith(title):  # most texts open with their title
        parts.append(f"<h4>{escape(title)}</h4>")
        lines.append(title)
    about = getattr(source, "note", "") if note and not isinstance(source, str) else ""
    if about:
        parts.append(f"<p><i>About this text:</i> {escape(about)}</p>")
        lines += [f"About this text: {about}", ""]
    for p in doc.paragraphs:
        body = escape(text[p.start:p.end]).replace("\n", "<br>")
        n = p.index + 1
        if p.heading:
            parts.append(f'<p style="margin:0.8em 0 0.2em"><b>{body}</b> '
                         f'<span style="color:#555">(¶{n})</span></p>')
        else:
            parts.append(f'<p style="margin:0.3em 0"><span style="color:#555" '
                         f'aria-label="paragraph {n}">¶{n}</span> {body}</p>')
        lines.append(f"¶{n} {text[p.start:p.end]}")
    html = ('<div class="mk-reading" style="max-width:46em;line-height:1.55;'
            'font-family:Georgia,serif">' + "".join(parts) + "</div>")
    return View(html, "\n".join(lines))


def families_table() -> View:
    """The four families, what each is, and its techniques."""
    rows = []
    for fam in FAMILIES.values():
        names = ", ".join(t.name for t in TECHNIQUES.values() if t.family == fam.id)
        rows.append((fam.name, fam.description, names))
    return table("The four families of techniques", ("Family", "What it is", "Techniques"),
                 rows)


def techniques_table(family: str | None = None, techniques: Iterable[str] | None = None) -> View:
    """Definitions and an example (written for the kit) of one family's techniques."""
    wanted = set(techniques or ())
    rows = [(t.name, t.definition, t.example) for t in TECHNIQUES.values()
            if (family is None or t.family == family) and (not wanted or t.id in wanted)]
    name = FAMILIES[family].name if family else "All techniques"
    return table(f"{name}: the techniques", ("Technique", "What it is", "Example"), rows)


def key_table(text: Any, *, families: Iterable[str] | None = None,
              techniques: Iterable[str] | None = None, phrase: str = "") -> View:
    """The instructor key of a shipped text: quote, technique, why, neutral alternative.

    Filters: families, techniques, and ``phrase`` (marks whose quote contains it,
    ignoring case).
    """
    fams, techs, needle = set(families or ()), set(techniques or ()), phrase.lower()
    rows = [(_quoted(m.text), TECHNIQUES[m.technique].name, m.why, m.suggestion or "–")
            for m in text.key
            if (not fams or m.family in fams) and (not techs or m.technique in techs)
            and needle in m.text.lower()]
    return table(f"Instructor key: {text.title} ({len(rows)} marks)",
                 ("Phrase", "Technique", "Why it is marked", "Neutral alternative"), rows)


def _quoted(phrase: str) -> str:
    return phrase if phrase[:1] in "“\"‘'" else f"“{phrase}”"


def key_counts(text: Any) -> View:
    """How many marks the key has, per family and technique."""
    by_family = Counter(m.family for m in text.key)
    by_tech = Counter(m.technique for m in text.key)
    rows = []
    for fam in FAMILIES.values():
        techs = ", ".join(f"{t.name} {by_tech[t.id]}" for t in TECHNIQUES.values()
                          if t.family == fam.id and by_tech[t.id])
        rows.append((fam.name, str(by_family[fam.id]), techs or "–"))
    return table(f"What the instructor key marks in “{text.title}” ({len(text.key)} marks)",
                 ("Family", "Marks", "By technique"), rows)


FAMILY_CHOICES = ("loaded language", "claims", "appeals", "shortcuts")


def top_key_families(text: Any) -> list[str]:
    """The family (or families, on a tie) the key of ``text`` marks most, as in
    :data:`FAMILY_CHOICES` ("loaded language", "claims", ...)."""
    counts = Counter(m.family for m in text.key)
    top = max(counts.values(), default=0)
    return [f.replace("_", " ") for f in FAMILIES if top and counts[f] == top]


def top_families(report: Any) -> list[str]:
    """The family (or families) with the most findings in ``report``, as in FAMILY_CHOICES."""
    counts = Counter(f.family for f in report.findings)
    top = max(counts.values(), default=0)
    return [f.replace("_", " ") for f in FAMILIES if top and counts[f] == top]


def _finding_lines(f: Any) -> list[tuple[str, str]]:
    rows = [("Technique", f"{TECHNIQUES[f.technique].name} ({FAMILIES[f.family].name})"),
            ("Why the detector fired", f.explanation)]
    if f.cue:
        rows.append(("Cue", f.cue))
    if f.rule:
        rows.append(("Rule", f.rule))
    if f.quoted:
        rows.append(("Note", "inside a quotation: someone else's words"))
    return rows


def _block(title: str, quote: str, rows: list[tuple[str, str]], ask: str) -> tuple[str, str]:
    body = "".join(f"<li><b>{escape(k)}:</b> {escape(v)}</li>" for k, v in rows)
    html = (f'<div style="border:1px solid #999;padding:0.4em 0.8em;margin:0.4em 0;'
            f'max-width:50em"><p><b>{escape(title)}</b></p>'
            f'<p style="border-left:4px solid #999;padding-left:0.6em">“{escape(quote)}”</p>'
            f"<ul>{body}</ul><p><i>{escape(ask)}</i></p></div>")
    text = "\n".join([title, f"  “{quote}”", *(f"  {k}: {v}" for k, v in rows), f"  {ask}"])
    return html, text


def argue(report: Any, text: Any, *, families: Iterable[str] | None = None) -> View:
    """One false alarm and one miss of the detector against the key, to argue about."""
    from mediakit.lessons.spans import compare_with_key, marks_over, pick_false_alarm, pick_miss

    fams = list(families) if families is not None else None
    comparison = compare_with_key(report, text.key, families=fams)
    c = comparison.counts
    scope = (" in " + ", ".join(FAMILIES[f].name.lower() for f in fams)) if fams else ""
    intro = (f"Detector against the instructor key{scope}: {c['agreements']} agreements, "
             f"{c['false_alarms']} false alarms (the detector marks, the key does not), "
             f"{c['misses']} misses (the key marks, the detector does not).")
    html = [f"<p>{escape(intro)}</p>"]
    lines = [intro]
    alarm = pick_false_alarm(comparison, text.key)
    if alarm is not None:
        lines_ = _finding_lines(alarm)
        for m in marks_over(alarm, text.key):
            lines_.append(("In the key", f"“{m.text}” is marked, but as "
                           f"{TECHNIQUES[m.technique].name.lower()} "
                           f"({FAMILIES[m.family].name.lower()}), another family"))
        h, t = _block("A false alarm? The detector marked this; the key did not (not in this "
                      "family).", alarm.text, lines_,
                      "Argue: is the detector right and the key too strict, or did a rule "
                      "fire on a plain word? What would it need to know?")
    else:
        msg = "No false alarm here: everything the detector marked, the key marks too."
        h, t = f"<p>{escape(msg)}</p>", msg
    html.append(h)
    lines.append(t)
    miss = pick_miss(comparison)
    if miss is not None:
        h, t = _block("A miss? The key marks this; the detector found nothing of this family.",
                      miss.text, [("Technique in the key", TECHNIQUES[miss.technique].name),
                                  ("Why the key marks it", miss.why)],
                      "Argue: why could a program that looks for words and patterns not see "
                      "this? What does a human reader use that the program does not?")
    else:
        msg = "No miss here: the detector found everything the key marks."
        h, t = f"<p>{escape(msg)}</p>", msg
    html.append(h)
    lines.append(t)
    return View('<div class="mk-argue">' + "".join(html) + "</div>", "\n".join(lines))


def sentence_table(report: Any, numbers: Iterable[int] | None = None) -> View:
    """Sentences with the kind and support the kit gives them (1-based numbers)."""
    from mediakit.activities.investigate import SUPPORT_TEXT

    wanted = set(numbers) if numbers is not None else None
    rows = [(str(s.index + 1), s.text, s.kind, SUPPORT_TEXT.get(s.support, s.support))
            for s in report.sentences
            if not s.heading and (wanted is None or s.index + 1 in wanted)]
    return table("What kind of sentence, and what backs it up (the kit's labels)",
                 ("#", "Sentence", "Kind", "Support in the text"), rows)


def sentence_number(report: Any, phrase: str) -> int:
    """1-based number of the first sentence containing ``phrase`` (0 if none)."""
    from mediakit.lessons.feedback import find_phrase

    where = find_phrase(phrase, report.text)
    if where is None:
        return 0
    for s in report.sentences:
        if s.start <= where[0] < s.end:
            return s.index + 1
    return 0


def findings_list(source: Any, *, families: Iterable[str] | None = None,
                  detectors: Iterable[object] | None = None) -> View | Feedback:
    """What the detector finds, one line per finding (``source``: a str, Text or Report).
    A placeholder (``...``) gives "fill this in"."""
    from mediakit.activities.common import as_report
    from mediakit.lessons.feedback import is_blank, todo

    if is_blank(source):
        return todo("a sentence in quotes")
    report = as_report(source, detectors)
    fams = set(families) if families is not None else None
    found = [f for f in report.findings if fams is None or f.family in fams]
    if not found:
        msg = "The detector finds nothing here."
        return View(f"<p>{escape(msg)}</p>", msg)
    rows = [(TECHNIQUES[f.technique].name, _quoted(f.text) + (" (in a quotation)" if f.quoted
                                                             else ""), f.explanation)
            for f in found]
    return table(f"What the detector finds ({len(found)})", ("Technique", "Words", "Why"), rows)


def highlighted(report: Any, families: Iterable[str] | None = None, *, title: str = "",
                min_strength: int = 1) -> View:
    """The report's text highlighted, only the given families (all when None)."""
    from mediakit.render import render_html

    fams = list(families) if families is not None else None
    html = render_html(report, fams, None, min_strength, table=False)
    head = f"<h4>{escape(title)}</h4>" if title else ""
    n = sum(1 for f in report.findings
            if (fams is None or f.family in fams) and f.strength >= min_strength)
    return View(head + html, f"{title or 'Text'}: {n} findings highlighted")


def paragraph_counts(report: Any, family: str | None = None) -> dict[int, int]:
    """Findings per paragraph (1-based ¶ numbers, as :func:`show_text` shows them)."""
    counts: Counter[int] = Counter()
    paragraphs = report.paragraphs
    for f in report.findings:
        if family is not None and f.family != family:
            continue
        for p in paragraphs:
            if p.start <= f.start < p.end:
                counts[p.index + 1] += 1
                break
    return {p.index + 1: counts[p.index + 1] for p in paragraphs}


def busiest_paragraphs(report: Any, family: str | None = None) -> list[int]:
    """The ¶ number(s) with the most findings (several on a tie; empty if none)."""
    counts = paragraph_counts(report, family)
    top = max(counts.values(), default=0)
    return [n for n, c in counts.items() if c == top] if top else []


def paragraph_table(report: Any, family: str | None = None) -> View:
    counts = paragraph_counts(report, family)
    what = FAMILIES[family].name.lower() if family else "all families"
    rows = [(f"¶{n}", str(c), "█" * c) for n, c in counts.items()]
    return table(f"Findings per paragraph ({what})", ("Paragraph", "Findings", "Bar"), rows)


def unsupported_share(report: Any) -> int:
    """Percent of the claims (statements of fact in the writer's voice) with no support."""
    claims = [s for s in report.sentences if not s.heading and s.kind == "claim"]
    if not claims:
        return 0
    return round(100 * sum(s.support == "none" for s in claims) / len(claims))


def unsupported_table(reports: dict[str, Any]) -> View:
    """For each named report: claims, claims with no support, and the share."""
    rows = []
    for name, r in reports.items():
        claims = [x for x in r.sentences if not x.heading and x.kind == "claim"]
        bare = sum(x.support == "none" for x in claims)
        rows.append((name, str(len(claims)), str(bare), f"{unsupported_share(r)} %"))
    return table("Claims with no support inside the sentence (the kit's labels)",
                 ("Text", "Claims", "With no support", "Share"), rows)


def rates(reports: dict[str, Any]) -> dict[str, float]:
    """Findings per 1,000 words for each named report, most first."""
    out = {name: round(1000 * len(r.findings) / max(r.summary["words"], 1), 1)
           for name, r in reports.items()}
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def rates_table(reports: dict[str, Any]) -> View:
    """Findings per 1,000 words for each named report, most first."""
    rows = [(name, f"{rate:.1f}", str(len(reports[name].findings)),
             str(reports[name].summary["words"])) for name, rate in rates(reports).items()]
    return table("Findings per 1,000 words", ("Text", "Per 1,000 words", "Findings", "Words"),
                 rows)


def claims_table(report: Any, limit: int = 10) -> View:
    """The first checkable claims of a report, with their support."""
    from mediakit.activities.investigate import claim_infos

    infos = claim_infos(report)
    rows = [(str(c.number), c.text, c.support_text) for c in infos[:limit]]
    more = f" (first {limit} of {len(infos)})" if len(infos) > limit else ""
    return table(f"Claims worth checking{more}", ("#", "Claim", "Support in the text"), rows)


def show_notes(notes_id: str, what: str = "your notes") -> View:
    """What a learner saved earlier under ``notes_id`` (see :mod:`mediakit.lessons.notes`)."""
    from mediakit.lessons.notes import saved_notes

    saved = saved_notes(notes_id, with_prompts=True)
    if not saved:
        msg = (f"No saved {what} found in the mediakit-work folder next to this notebook. "
               "If you did that lesson in another folder, that is fine: answer from memory.")
        return View(f"<p>{escape(msg)}</p>", msg)
    rows = [(k, str(v)) for k, v in saved.items()]
    return table(f"What you wrote earlier ({what})", ("Question", "Your answer"), rows)


def chart(ax: Any, alt: str) -> View:
    """A chart (the axes a :mod:`mediakit.charts` function returns) as an image with alt text.

    An ``<img>`` works the same in JupyterLab, in Voila and in an exported notebook, whatever
    matplotlib backend the kernel has.
    """
    import base64

    from mediakit.charts import figure_to_png

    data = base64.b64encode(figure_to_png(ax.figure)).decode("ascii")
    html = (f'<img src="data:image/png;base64,{data}" alt="{escape(alt, quote=True)}" '
            'style="max-width:100%;height:auto">')
    return View(html, f"[chart] {alt}")


def profile_chart(report: Any, title: str = "") -> View:
    """The technique profile of a report (techniques it uses only), with alt text."""
    from mediakit.charts import technique_profile

    counts = Counter(f.technique for f in report.findings)
    alt = (f"Bar chart of findings per technique{' in ' + title if title else ''}: "
           + (", ".join(f"{TECHNIQUES[t].name} {n}" for t, n in counts.most_common())
              or "no findings") + ".")
    return chart(technique_profile(report, only_found=True), alt)


def mirror_table(technique: str | None = None, family: str | None = None) -> View:
    """The same move in the case study and in the opposite-slant piece."""
    from mediakit.lessons.mirrors import mirrors

    rows = [(TECHNIQUES[m.technique].name, m.move, f"“{m.case_study}”", f"“{m.opposite}”")
            for m in mirrors(technique, family)]
    return table("The same move on both sides",
                 ("Technique", "The move", "Case study (pro-Kremlin)",
                  "Opposite slant (pro-Ukraine)"), rows)


def highlight(source: Any, phrase: str, *, families: Iterable[str] | None = None,
              detectors: Iterable[object] | None = None) -> View:
    """The sentence holding ``phrase``, analysed on its own and shown highlighted."""
    import mediakit
    from mediakit.document import Document
    from mediakit.lessons.feedback import find_phrase
    from mediakit.render import render_html

    text, _ = _text_and_title(source)
    where = find_phrase(phrase, text)
    if where is None:
        raise ValueError(f"phrase not in the text: {phrase!r}")
    sentence = next((s for s in Document(text).sentences if s.start <= where[0] < s.end), None)
    one = mediakit.analyze(text[sentence.start:sentence.end] if sentence else phrase, detectors)
    fams = list(families) if families is not None else None
    html = render_html(one, fams, table=False)
    found = "; ".join(f"{TECHNIQUES[f.technique].name} on “{f.text}”" for f in one.findings
                      if fams is None or f.family in fams)
    return View(html, f"{one.text}\n  found: {found or 'nothing'}")


__all__ = [
    "FAMILY_CHOICES",
    "View",
    "argue",
    "busiest_paragraphs",
    "chart",
    "claims_table",
    "families_table",
    "findings_list",
    "highlight",
    "highlighted",
    "key_counts",
    "key_table",
    "mirror_table",
    "paragraph_counts",
    "paragraph_table",
    "profile_chart",
    "rates",
    "rates_table",
    "sentence_number",
    "sentence_table",
    "show_notes",
    "show_text",
    "table",
    "techniques_table",
    "top_families",
    "top_key_families",
    "unsupported_share",
    "unsupported_table",
]
