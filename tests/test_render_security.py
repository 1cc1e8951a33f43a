"""Hostile text, explanations and titles come out as text: nothing becomes markup.

The HTML is parsed back with the standard library's parser; only the elements and
attributes the renderer emits may appear, no event handlers, no ``javascript:``,
and the highlighted text reads exactly as the input.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_render_html import NOTES, parse

import mediakit
from mediakit.findings import make_finding
from mediakit.render import render_html, standalone_page
from mediakit.techniques import TECHNIQUES

# Written out here, independently of the renderer's own lists, on purpose.
FRAGMENT_ELEMENTS = {
    "div", "style", "p", "span", "mark", "ul", "li", "details", "summary",
    "table", "caption", "thead", "tbody", "tr", "th", "td",
}
FRAGMENT_ATTRIBUTES = {
    "class", "id", "role", "tabindex", "aria-label", "aria-describedby", "aria-hidden",
    "data-technique", "data-family", "data-strength", "scope", "open", "style",
}
# Inline styles are constants that keep an untrusted notebook's sanitized output readable.
STYLES = {"white-space:pre-wrap", "display:none", "margin:0 0.1em 0 0.25em;font-size:0.68em"}
PAGE_ELEMENTS = FRAGMENT_ELEMENTS | {
    "html", "head", "meta", "title", "body", "main", "header", "footer", "section",
    "h1", "h2", "figure", "img", "figcaption", "ol",
}
PAGE_ATTRIBUTES = FRAGMENT_ATTRIBUTES | {
    "lang", "charset", "name", "content", "src", "alt", "aria-labelledby",
}

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus='",
    '"><svg/onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(document.cookie)",
    "JaVaScRiPt&colon;alert(1)",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&amp;lt;b&amp;gt; &nbsp; &#x3C;i&#x3E; &bogus; &",
    "<b>unclosed <i>tags <div",
    "</mark></span></div></td></table><p>",
    "<!-- comment --> <![CDATA[ x ]]> <!DOCTYPE html>",
    "<style>body{display:none}</style><link rel=stylesheet href=//evil.example>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "\u202eevil.exe\u202c and \u2067isolated\u2069 and \u200fmarks",
    "{id} {label} {0} %s %(x)s {{7*7}} ${x}",
    "line one\r\nline two\rthree\n\n\nfour\t\x0b\x0c",
    "null \x00 byte and \ufeff BOM and \U0001f4a3 emoji",
]


def hostile_report(text: str, note: str) -> mediakit.Report:
    """``text`` with findings over all of it and over parts, each carrying ``note``."""
    n = len(text)
    spans = {(0, n), (0, max(1, n // 2)), (n // 3, n), (n // 4, max(n // 4 + 1, 3 * n // 4))}
    techniques = list(TECHNIQUES)

    def detect(doc):
        for k, (start, end) in enumerate(sorted(spans)):
            if 0 <= start < end <= n:
                yield make_finding(doc.text, start, end, techniques[k % len(techniques)],
                                   note, cue=note, suggestion=note, strength=1 + k % 3)

    return mediakit.analyze(text, detectors=[detect])


def check_markup(markup: str, text: str, note: str, elements: set, attributes: set) -> None:
    root = parse(markup)
    for node in root.walk():
        if node.tag == "#root":
            continue
        assert node.tag in elements, f"unexpected element <{node.tag}>"
        for name, value in node.attrs.items():
            assert name in attributes, f"unexpected attribute {name}= on <{node.tag}>"
            assert not name.startswith("on")
            assert "javascript:" not in value.lower().replace(" ", "")
            if name == "src":
                assert value.startswith("data:image/png;base64,")
            if name == "style":
                assert value in STYLES
    assert "<script" not in markup.lower()
    (container,) = root.find_all("div", "mk-text")
    assert container.text(skip=NOTES) == text
    tips = root.find_all("span", "mk-tip")
    assert tips, "every finding shows a tooltip"
    for tip in tips:
        assert note in tip.text()
    labels = {t.label for t in TECHNIQUES.values()}
    for label in container.find_all("span", "mk-label"):
        assert label.text() in labels


def test_hostile_inputs_render_as_text_in_the_highlight():
    for text in HOSTILE:
        for note in HOSTILE:
            report = hostile_report(text, note)
            check_markup(render_html(report), text, note, FRAGMENT_ELEMENTS, FRAGMENT_ATTRIBUTES)


def test_hostile_inputs_render_as_text_in_the_standalone_page():
    for k, text in enumerate(HOSTILE):
        note = HOSTILE[-1 - k]
        report = hostile_report(text, note)
        page = standalone_page(report, title=note, charts=k == 0)
        check_markup(page, text, note, PAGE_ELEMENTS, PAGE_ATTRIBUTES)
        root = parse(page)
        assert root.find_all("title")[0].text() == note
        assert root.find_all("h1")[0].text() == note


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=st.text(min_size=1, max_size=120), note=st.text(max_size=40))
def test_any_text_with_findings_anywhere_reads_back_exactly(data, text, note):
    n = len(text)
    offsets = st.tuples(st.integers(0, n - 1), st.integers(1, n)).filter(lambda p: p[0] < p[1])
    picks = data.draw(st.lists(st.tuples(offsets, st.sampled_from(list(TECHNIQUES)),
                                         st.integers(1, 3)), max_size=8))

    def detect(doc):
        for (start, end), technique, strength in picks:
            yield make_finding(doc.text, start, end, technique, note or "why", cue=note,
                               suggestion=note, strength=strength)

    report = mediakit.analyze(text, detectors=[detect])
    markup = render_html(report)
    root = parse(markup)
    for node in root.walk():
        if node.tag != "#root":
            assert node.tag in FRAGMENT_ELEMENTS
            assert set(node.attrs) <= FRAGMENT_ATTRIBUTES
            assert node.attrs.get("style", "display:none") in STYLES
    (container,) = root.find_all("div", "mk-text")
    assert container.text(skip=NOTES) == text
    heads = [m for m in container.find_all("mark") if m.attrs.get("tabindex") == "0"]
    assert len(heads) == len(report.findings)
    for mark in heads:  # tooltip ids number the findings in report order
        finding = report.findings[int(mark.attrs["aria-describedby"].split("-")[1])]
        first_piece = mark.text(skip=NOTES)  # the whole finding unless another one crosses it
        assert first_piece and finding.text.startswith(first_piece)
        assert (note or "why") in mark.find_all("span", "mk-tip")[0].text()
