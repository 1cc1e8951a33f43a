"""The standalone report of the case study in a real Chromium (Playwright, Debian's build).

Marks are there, keyboard focus reveals a mark's explanation, hover does too, the
page asks for nothing from the network, and screenshots are left in
``test-artifacts/`` for a human to look at.
"""

from __future__ import annotations

import pytest
from test_render_html import key_report

import mediakit
from mediakit.render import standalone_page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    report = key_report()
    path = tmp_path_factory.mktemp("report") / "report-case-study.html"
    path.write_text(standalone_page(report, title=mediakit.texts.case_study().title),
                    encoding="utf-8")
    return report, path


def test_case_study_report_in_chromium(browser_context, report_file, artifacts):
    report, path = report_file
    page = browser_context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())

    marks = page.locator("mark.mk-mark[tabindex='0']")
    assert marks.count() == len(report.findings) == len(mediakit.texts.case_study().key)
    first_tip = page.locator("#mk-0-tip")
    assert not first_tip.is_visible()

    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.tagName, document.activeElement.className,"
        " document.activeElement.getAttribute('aria-describedby')]"
    )
    assert focused == ["MARK", "mk-mark mk-f-claims mk-l0", "mk-0-tip"]
    first = report.findings[0]
    assert first_tip.is_visible()
    assert first.explanation in first_tip.inner_text()
    box = first_tip.bounding_box()
    viewport = page.viewport_size
    assert box and 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"]
    page.screenshot(path=str(artifacts / "report-case-study.png"))

    # Tab moves on to the next mark, and its tooltip replaces the first one.
    page.keyboard.press("Tab")
    assert not first_tip.is_visible() and page.locator("#mk-1-tip").is_visible()

    # Hover shows the innermost mark's tooltip only (a loaded phrase inside a claim).
    inner = next(i for i, f in enumerate(report.findings) if f.text == "methodically dismantling")
    outer = next(i for i, f in enumerate(report.findings)
                 if f.start < report.findings[inner].start and f.technique == "unsupported_claim"
                 and f.end >= report.findings[inner].end)
    page.locator(f"mark[aria-describedby='mk-{inner}-tip']").hover()
    assert page.locator(f"#mk-{inner}-tip").is_visible()
    assert not page.locator(f"#mk-{outer}-tip").is_visible()
    page.locator(f"mark[aria-describedby='mk-{inner}-tip']").focus()
    page.mouse.move(0, 0)
    page.screenshot(path=str(artifacts / "report-case-study-overlaps.png"))

    assert all(url.startswith(("file://", "data:")) for url in requests), requests


def test_case_study_report_dark_scheme(browser_context, report_file, artifacts):
    _, path = report_file
    page = browser_context.new_page()
    page.emulate_media(color_scheme="dark")
    page.goto(path.as_uri())
    background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    assert background == "rgb(18, 18, 18)"
    # highlights keep dark text on their pale colours in the dark scheme
    ink = page.evaluate("getComputedStyle(document.querySelector('mark.mk-mark')).color")
    assert ink == "rgb(17, 17, 17)"
    page.keyboard.press("Tab")
    page.screenshot(path=str(artifacts / "report-case-study-dark.png"))
