"""Claim investigation widget: checklist per claim, notes, verdict, export, reload."""

from __future__ import annotations

import json

import pytest

from mediakit.widgets import ClaimInvestigation
from mediakit.widgets.common import unlabelled_controls

TEXT = ("The bridge cost 40 million euros. Experts say the bridge is unsafe. "
        "The city closed it last week.")


@pytest.fixture
def widget(tmp_path):
    return ClaimInvestigation(TEXT, save_to=tmp_path / "investigate.json", detectors=[])


def test_lists_claims_and_shows_the_first(widget):
    claims = widget.investigation.claims
    assert len(claims) >= 2
    assert len(widget.claim_pick.options) == len(claims)
    assert widget.claim_pick.value == 0
    assert claims[0].text in widget.claim_view.value
    assert "Support in the text" in widget.claim_view.value
    assert [b.description for b in widget.step_boxes.values()] == [
        "Stop: done", "Investigate the source: done", "Find better coverage: done",
        "Trace the claim: done"]


def test_work_on_a_claim_is_saved_and_listed(widget, tmp_path):
    widget.select(1)
    widget.step_boxes["stop"].value = True
    widget.step_notes["source"].value = "No expert is named."
    widget.verdict.value = "could not check it"
    widget.summary.value = "Too vague to check."
    assert "1 of 4 steps, verdict: could not check it" in widget.claim_pick.options[1][0]
    assert "1 started, 1 with a verdict" in widget.progress.message
    data = json.loads((tmp_path / "investigate.json").read_text("utf-8"))["data"]
    entry = data["claims"][0]
    assert entry["text"] == widget.investigation.claims[1].text
    assert entry["checked"]["stop"] and entry["notes"]["source"] == "No expert is named."
    assert entry["summary"] == "Too vague to check."


def test_switching_claims_shows_each_claims_own_notes(widget):
    widget.select(0)
    widget.step_notes["trace"].value = "Budget, page 4."
    widget.select(1)
    assert widget.step_notes["trace"].value == ""
    assert widget.verdict.value == "not checked yet"
    widget.select(0)
    assert widget.step_notes["trace"].value == "Budget, page 4."


def test_export_writes_markdown_beside_the_work_file(widget, tmp_path):
    widget.select(0)
    widget.step_boxes["coverage"].value = True
    widget.verdict.value = "supported by better sources"
    widget.export_button.click()
    md = (tmp_path / "investigate.md").read_text("utf-8")
    assert "## Claim 1" in md and "- Verdict: **supported by better sources**" in md
    assert "- [x] Find better coverage" in md
    assert "Exported your report" in widget.export_status.message
    assert "## Claim 1" in widget.export_view.value


def test_reload_finds_the_notes(widget, tmp_path):
    widget.select(1)
    widget.step_notes["coverage"].value = "Two papers report the closure; none mentions experts."
    again = ClaimInvestigation(TEXT, save_to=tmp_path / "investigate.json", detectors=[])
    again.select(1)
    assert again.step_notes["coverage"].value.startswith("Two papers")


def test_every_control_has_an_accessible_name(widget):
    assert unlabelled_controls(widget.widget) == []
