"""The highlighted text: structure, layered marks, filters, legend, table, speed."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

import mediakit
from mediakit.findings import make_finding
from mediakit.render import render_html, report_to_dicts
from mediakit.render.css import CSS, DARK_BG, LIGHT_BG, contrast, readable_on
from mediakit.techniques import FAMILIES, TECHNIQUES

VOID = {"meta", "img", "br", "hr", "link", "input"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Node or str
    parent: Node | None = None

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, tag=None, cls=None):
        return [n for n in self.walk()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())]

    def text(self, skip=frozenset()) -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif not (c.classes() & skip):
                out.append(c.text(skip))
        return "".join(out)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(markup: str) -> Node:
    builder = TreeBuilder()
    builder.feed(markup)
    builder.close()
    assert builder.cur is builder.root, "unclosed element"
    return builder.root


NOTES = frozenset({"mk-label", "mk-tip"})  # the renderer's own words inside the text


def marked_text(root: Node) -> str:
    (container,) = root.find_all("div", "mk-text")
    return container.text(skip=NOTES)


def spans_detector(spans):
    """A detector that reports fixed (start, end, technique[, strength]) spans."""

    def detect(doc):
        for start, end, technique, *rest in spans:
            yield make_finding(doc.text, start, end, technique,
                               f"Why {technique} at {start}.", cue=doc.text[start:end],
                               strength=rest[0] if rest else 1,
                               suggestion=f"calmer {start}")

    return detect


def key_report(name: str = mediakit.texts.CASE_STUDY) -> mediakit.Report:
    """A report whose findings are an instructor key (realistic, overlapping spans)."""
    text = mediakit.texts.get(name)

    def key(doc):
        for k in text.key:
            yield make_finding(doc.text, k.start, k.end, k.technique, k.why, cue=k.text,
                               suggestion=k.suggestion, rule="answer key")

    return mediakit.analyze(text.text, detectors=[key])


TEXT = "A brutal regime and its cronies ruined everything.\n\nExperts say so."
# offsets: "brutal" 2, "regime" 9, "cronies" 24, "Experts" 52


def report_of(spans, text=TEXT):
    return mediakit.analyze(text, detectors=[spans_detector(spans)])


def test_every_finding_has_one_focusable_mark_with_label_and_tooltip():
    report = report_of([(2, 8, "loaded_language"), (24, 31, "name_calling", 2),
                        (52, 63, "vague_source")])
    root = parse(render_html(report))
    heads = [m for m in root.find_all("mark") if m.attrs.get("tabindex") == "0"]
    assert len(heads) == len(report.findings) == 3
    ids = {n.attrs["id"]: n for n in root.walk() if "id" in n.attrs}
    for mark, finding in zip(heads, report.findings, strict=True):
        tip = ids[mark.attrs["aria-describedby"]]
        assert tip.attrs["role"] == "tooltip" and tip.parent is mark
        words = tip.text()
        assert TECHNIQUES[finding.technique].name in words
        assert finding.explanation in words and finding.cue in words
        assert finding.suggestion in words
        assert FAMILIES[finding.family].name in words
        assert f"mk-f-{finding.family}" in mark.classes()
        assert mark.attrs["data-technique"] == finding.technique
        assert mark.attrs["data-strength"] == str(finding.strength)
        (label,) = mark.find_all("span", "mk-label")
        assert label.text() == TECHNIQUES[finding.technique].label
        assert label.attrs["aria-hidden"] == "true"
        assert mark.text(skip=NOTES) == finding.text
    assert marked_text(root) == TEXT


def test_nested_finding_is_a_mark_inside_its_parent_on_its_own_underline_level():
    report = report_of([(2, 15, "unsupported_claim"), (2, 8, "loaded_language")])
    root = parse(render_html(report))
    outer, inner = root.find_all("mark")
    assert inner.parent is outer
    assert "mk-l0" in outer.classes() and "mk-l1" in inner.classes()
    assert outer.text(skip=NOTES) == "brutal regime" and inner.text(skip=NOTES) == "brutal"
    assert marked_text(root) == TEXT


def test_crossing_findings_split_into_pieces_one_focusable_head_each():
    # "brutal regime" and "regime and its cronies" overlap on "regime"
    report = report_of([(2, 15, "loaded_language"), (9, 31, "name_calling")])
    root = parse(render_html(report))
    marks = root.find_all("mark")
    pieces = {t: [m for m in marks if m.attrs["data-technique"] == t]
              for t in ("loaded_language", "name_calling")}
    assert len(pieces["loaded_language"]) == 1
    assert len(pieces["name_calling"]) == 2  # inside the first mark, then after it
    first, rest = pieces["name_calling"]
    assert first.attrs.get("tabindex") == "0" and "tabindex" not in rest.attrs
    assert "mk-cont" in rest.classes()
    assert first.text(skip=NOTES) + rest.text(skip=NOTES) == "regime and its cronies"
    # the label ends the last piece; the tooltip belongs to the first
    assert not first.find_all("span", "mk-label") and rest.find_all("span", "mk-label")
    assert first.find_all("span", "mk-tip") and not rest.find_all("span", "mk-tip")
    # one underline level along the whole finding, different from the one it crosses
    levels = {next(c for c in m.classes() if c.startswith("mk-l")) for m in pieces["name_calling"]}
    assert levels == {"mk-l1"}
    assert marked_text(root) == TEXT


def test_case_study_key_renders_every_finding_and_the_exact_text():
    report = key_report()
    root = parse(render_html(report))
    heads = [m for m in root.find_all("mark") if m.attrs.get("tabindex") == "0"]
    assert len(heads) == len(report.findings) == len(mediakit.texts.case_study().key)
    assert marked_text(root) == report.text
    (container,) = root.find_all("div", "mk-text")
    assert len(container.find_all("span", "mk-label")) == len(report.findings)
    headings = [n.text() for n in root.find_all("span", "mk-h")]
    assert "Meanwhile on the battlefront…" in headings


def test_blank_lines_become_gap_elements_without_changing_the_text():
    root = parse(render_html(report_of([])))
    (gap,) = root.find_all("span", "mk-gap")
    assert gap.text() == "\n\n"
    assert marked_text(root) == TEXT


def test_filters_by_family_technique_and_strength():
    spans = [(2, 8, "loaded_language", 1), (24, 31, "name_calling", 3),
             (52, 63, "vague_source", 2)]
    report = report_of(spans)

    def shown(**filters):
        root = parse(render_html(report, **filters))
        assert marked_text(root) == TEXT
        return [m.attrs["data-technique"] for m in root.find_all("mark")]

    assert shown() == ["loaded_language", "name_calling", "vague_source"]
    assert shown(families=["claims"]) == ["vague_source"]
    assert shown(families="claims") == ["vague_source"]  # one id works too
    assert shown(techniques=["name_calling", "vague_source"]) == ["name_calling", "vague_source"]
    assert shown(min_strength=2) == ["name_calling", "vague_source"]
    assert shown(families=["loaded_language"], min_strength=3) == ["name_calling"]
    assert shown(families=[]) == []


@pytest.mark.parametrize("filters, message", [
    ({"families": ["loaded"]}, "unknown family id"),
    ({"techniques": ["spin"]}, "unknown technique id"),
    ({"min_strength": 4}, "min_strength"),
])
def test_bad_filters_are_named(filters, message):
    with pytest.raises(ValueError, match=message):
        render_html(report_of([]), **filters)


def test_legend_lists_every_family_with_its_found_techniques_and_counts():
    report = report_of([(2, 8, "loaded_language"), (24, 31, "name_calling"),
                        (52, 63, "vague_source")])
    root = parse(render_html(report, families=["loaded_language"]))
    (legend,) = root.find_all("ul", "mk-legend")
    items = legend.find_all("li")
    assert [i.find_all("span", "mk-swatch")[0].text() for i in items] == [
        f.name for f in FAMILIES.values()]
    by_family = {next(c for c in i.classes() if c.startswith("mk-f-"))[5:]: i for i in items}
    loaded = by_family["loaded_language"].text()
    assert "loaded Loaded language (1)" in loaded
    assert "label Name-calling and labelling (1)" in loaded
    assert "mk-hidden" in by_family["claims"].classes()
    assert "hidden by the filter" in by_family["claims"].text()
    unfiltered = parse(render_html(report)).find_all("li", "mk-f-appeals")[0]
    assert "none found" in unfiltered.text()


def test_findings_table_has_a_row_per_shown_finding():
    report = report_of([(2, 8, "loaded_language"), (52, 63, "vague_source")])
    root = parse(render_html(report))
    (table,) = root.find_all("table", "mk-findings")
    assert [th.attrs["scope"] for th in table.find_all("th")] == ["col"] * 5
    rows = table.find_all("tbody")[0].find_all("tr")
    assert len(rows) == 2
    cells = [td.text() for td in rows[1].find_all("td")]
    assert cells[0] == "2" and cells[1] == "Experts say"
    assert "Vague source" in cells[2] and "Why vague_source at 52." in cells[3]
    assert cells[4] == "calmer 52"
    assert "Findings: 2 shown" in table.find_all("caption")[0].text()
    assert parse(render_html(report, table=False)).find_all("table") == []


def test_no_findings_says_so_and_shows_the_text():
    root = parse(render_html(report_of([])))
    assert root.find_all("mark") == [] and root.find_all("table") == []
    assert "No findings" in root.text()
    assert marked_text(root) == TEXT


def test_repr_html_is_render_html_and_rendering_is_pure():
    report = report_of([(2, 8, "loaded_language")])
    before = report.to_dict()
    assert report._repr_html_() == render_html(report) == render_html(report)
    assert report.to_dict() == before


def test_dict_step_is_plain_data_tiling_the_text():
    report = key_report()
    data = report_to_dicts(report, families=["claims", "appeals"])
    assert "".join(s["text"] for s in data["segments"]) == report.text
    assert {s["family"] for s in data["spans"]} == {"claims", "appeals"}
    assert data["counts"] == {"shown": len(data["spans"]), "total": len(report.findings)}
    for i, span in enumerate(data["spans"]):
        covered = [k for k, seg in enumerate(data["segments"]) if i in seg["spans"]]
        assert (span["first"], span["last"]) == (covered[0], covered[-1])
        assert report.text[span["start"] : span["end"]] == span["text"]


def test_tooltip_ids_differ_between_texts_and_can_be_chosen():
    a, b = report_of([(2, 8, "loaded_language")]), key_report()
    assert report_to_dicts(a)["id"] != report_to_dicts(b)["id"]
    assert report_to_dicts(a, id_prefix="lesson1")["spans"][0]["id"] == "lesson1-0"
    with pytest.raises(ValueError, match="id_prefix"):
        report_to_dicts(a, id_prefix='x" onclick="')


def test_stylesheet_covers_themes_print_and_every_family():
    for fam in FAMILIES.values():
        assert f".mk-f-{fam.id} {{ --mk-bg: {fam.colour}; --mk-style: {fam.underline};" in CSS
        # underline colours stand out from light and dark backgrounds (WCAG 1.4.11)
        for bg in (LIGHT_BG, DARK_BG):
            assert contrast(readable_on(fam.chart_colour, bg), bg) >= 3.0
    assert '[data-jp-theme-light="false"]' in CSS and "--jp-content-font-color1" in CSS
    assert "@media print" in CSS and ":focus" in CSS and ":hover" in CSS


def test_rerender_after_a_family_toggle_drops_that_family():
    # The speed of this (target < 50 ms) is measured by `python -m benchmarks --only explorer`.
    report = key_report()
    for fam in FAMILIES:
        others = [f for f in FAMILIES if f != fam]
        page = render_html(report, families=others)
        assert f'data-family="{fam}"' not in page
        assert any(f'data-family="{f}"' in page for f in others if report.by_family(f))
