"""The standalone page: self-contained, complete, and what the CLI writes."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

import pytest
from test_render_html import NOTES, key_report, parse, report_of

from mediakit.cli import main
from mediakit.render import standalone_page


@pytest.fixture(scope="module")
def case_page():
    report = key_report()
    return report, standalone_page(report, title="Case study <report>")


def test_page_is_one_complete_document(case_page):
    report, page = case_page
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    root = parse(page)
    assert root.find_all("meta")[0].attrs == {"charset": "utf-8"}
    assert root.find_all("title")[0].text() == "Case study <report>"
    assert "<title>Case study &lt;report&gt;</title>" in page
    (container,) = root.find_all("div", "mk-text")
    assert container.text(skip=NOTES) == report.text
    heads = [m for m in container.find_all("mark") if m.attrs.get("tabindex") == "0"]
    assert len(heads) == len(report.findings)
    sections = [h.text() for h in root.find_all("h2")]
    assert sections == ["The text, highlighted", "Summary", "Charts",
                        "Sentences: what kind, and what backs them up", "Claims to check",
                        "All findings"]


def test_page_loads_nothing_from_outside(case_page):
    _, page = case_page
    lowered = page.lower()
    for bad in ('src="http', "src='http", "src=\"//", "<link", "@import", "<script",
                "url(", "href=", "<iframe", "<object", "<embed"):
        assert bad not in lowered, bad
    # every image is an inline PNG
    sources = re.findall(r'<img src="([^"]*)"', page)
    assert len(sources) == 3
    for src in sources:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"


def test_charts_have_text_alternatives_with_the_numbers(case_page):
    report, page = case_page
    figures = parse(page).find_all("figure")
    alts = [f.find_all("img")[0].attrs["alt"] for f in figures]
    loaded = len(report.by_technique("loaded_language"))
    assert alts[0].startswith(f"Bar chart of findings per technique. Loaded language {loaded};")
    assert f"each of the {len(report.paragraphs)} paragraphs" in alts[1]
    assert alts[2].startswith("Bar chart of the statements of fact")
    assert all(f.find_all("figcaption")[0].text() for f in figures)


def test_sentence_table_and_summary(case_page):
    report, page = case_page
    root = parse(page)
    tables = {t.find_all("caption")[0].text(): t for t in root.find_all("table")}
    sentences = tables[f"Sentences ({len(report.sentences)})"]
    rows = sentences.find_all("tbody")[0].find_all("tr")
    assert len(rows) == len(report.sentences)
    first = [td.text() for td in rows[0].find_all("td")]
    s0 = report.sentences[0]
    assert first[:4] == ["1", " ".join(s0.text.split()), s0.kind, s0.support.replace("_", " ")]
    assert first[5] == str(len(report.findings_in(s0)))
    family_rows = tables["Findings per family"].find_all("tbody")[0].find_all("tr")
    assert [r.find_all("td")[1].text() for r in family_rows] == [
        str(n) for n in report.summary["by_family"].values()]


def test_print_and_dark_rules_are_in_the_page(case_page):
    _, page = case_page
    assert "@media print" in page and "prefers-color-scheme: dark" in page
    assert "print-color-adjust: exact" in page


@dataclass
class FakeClaim:
    text: str
    support: str
    questions: tuple[str, ...]
    start: int = 0
    end: int = 0


def test_claim_checklist_when_available(monkeypatch):
    report = report_of([(2, 8, "loaded_language")])
    claims = [FakeClaim("Ruined <everything>.", "none",
                        ("Who says so?", "What would show it?"))]
    monkeypatch.setattr(type(report), "claims", lambda self: claims)
    root = parse(standalone_page(report, charts=False))
    (checklist,) = root.find_all("ol", "mk-claims")
    item = checklist.find_all("li")[0]
    assert item.children[0] == "Ruined <everything>."
    assert "Support: none" in item.text()
    assert [li.text() for li in item.find_all("ul")[0].find_all("li")] == [
        "Who says so?", "What would show it?"]




def test_cli_writes_the_html_report(tmp_path, capsys):
    source = tmp_path / "letter.txt"
    source.write_text("Everyone knows the <b>plan</b> is a total disaster.\n\n"
                      "Experts say it will fail.\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["analyze", str(source), "--format", "html", "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    root = parse(page)
    assert root.find_all("title")[0].text() == "mediakit report: letter.txt"
    (container,) = root.find_all("div", "mk-text")
    assert container.text(skip=NOTES) == source.read_text(encoding="utf-8")
    assert "<b>" not in page and "&lt;b&gt;plan&lt;/b&gt;" in page
    assert page.count('<img src="data:image/png;base64,') == 3
