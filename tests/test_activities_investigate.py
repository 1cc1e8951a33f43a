"""Claim investigation: checklist model, saving by claim text, Markdown export."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mediakit import analyze
from mediakit.activities.investigate import (
    NOT_CHECKED,
    STEP_IDS,
    STEPS,
    VERDICTS,
    ClaimInfo,
    ClaimNotes,
    Investigation,
    claim_infos,
)

CLAIMS = [ClaimInfo(1, "The bridge cost 40 million euros.", "evidence"),
          ClaimInfo(2, "Experts say the bridge is unsafe.", "vague_source", ("vague source",),
                    ("Which experts?",))]


def test_the_four_lateral_reading_steps():
    assert [s.title for s in STEPS] == ["Stop", "Investigate the source", "Find better coverage",
                                        "Trace the claim"]
    assert STEP_IDS == ("stop", "source", "coverage", "trace")
    assert VERDICTS[0] == NOT_CHECKED


def test_notes_progress_and_validation():
    inv = Investigation(CLAIMS, "Bridge story")
    assert inv.progress() == "2 claim(s): 0 started, 0 with a verdict."
    inv.set_checked(1, "stop", True)
    inv.set_note(1, "source", "No expert is named.")
    inv.set_verdict(1, "could not check it")
    assert inv.notes[1].progress() == "1 of 4 steps, verdict: could not check it"
    assert inv.progress() == "2 claim(s): 1 started, 1 with a verdict."
    with pytest.raises(ValueError, match="unknown step"):
        inv.set_checked(0, "google", True)
    with pytest.raises(ValueError, match="unknown verdict"):
        inv.set_verdict(0, "fake news")


def test_export_markdown_lists_only_claims_worked_on():
    inv = Investigation(CLAIMS, "Bridge story")
    inv.set_checked(1, "stop", True)
    inv.set_checked(1, "coverage", True)
    inv.set_note(1, "coverage", "The city's inspection report\nfrom 2025 says it is sound.")
    inv.set_verdict(1, "contradicted by better sources")
    inv.set_summary(1, "The only named evidence says the opposite.")
    md = inv.export_markdown()
    assert md.startswith("# Claim investigation: Bridge story\n")
    assert "## Claim 2" in md and "## Claim 1" not in md
    assert "> Experts say the bridge is unsafe." in md
    assert "- Support in the text: a vague source" in md
    assert "- Verdict: **contradicted by better sources**" in md
    assert "- [x] Stop\n- [ ] Investigate the source\n" in md
    assert ("- [x] Find better coverage: The city's inspection report from 2025 says it is "
            "sound.") in md
    assert "What I concluded: The only named evidence says the opposite." in md
    assert "No claim investigated yet." in Investigation(CLAIMS).export_markdown()


def test_round_trip_and_orphans():
    inv = Investigation(CLAIMS)
    inv.set_note(0, "trace", "Budget document, page 4.")
    data = inv.to_data()
    assert [c["text"] for c in data["claims"]] == [CLAIMS[0].text]  # untouched claims not saved
    again = Investigation(CLAIMS)
    assert again.load_data(data) == ""
    assert again.notes[0].notes["trace"] == "Budget document, page 4."
    elsewhere = Investigation([CLAIMS[1]])
    assert "1 saved claim note" in elsewhere.load_data(data)
    assert elsewhere.to_data()["unmatched"][0]["text"] == CLAIMS[0].text
    assert "## Other notes" in elsewhere.export_markdown()


@pytest.mark.parametrize("odd", [None, 5, "text", {"a": 1}])
def test_a_hand_edited_work_file_with_odd_values_loads_without_crashing(odd):
    inv = Investigation(CLAIMS)
    assert inv.load_data({"claims": odd, "unmatched": odd}) == ""
    assert inv.orphans == [] and not any(n.started for n in inv.notes)


def test_claim_notes_from_bad_data_fall_back_to_defaults():
    notes = ClaimNotes.from_data({"checked": "yes", "notes": {"stop": None}, "verdict": "?"})
    assert notes.verdict == NOT_CHECKED and notes.notes["stop"] == "" and not notes.started


def test_claim_infos_adapts_claim_objects(monkeypatch):
    report = analyze("The bridge cost 40 million euros. Experts say it is unsafe.", detectors=[])
    sentence = report.sentences[0]
    fake = [SimpleNamespace(sentence=sentence, support="evidence", cues=("figure",),
                            questions=["Where is the budget published?"])]
    monkeypatch.setattr(type(report), "claims", lambda self: fake)
    infos = claim_infos(report)
    assert infos == [ClaimInfo(1, sentence.text, "evidence", ("figure",),
                               ("Where is the budget published?",))]


def test_claim_infos_from_the_report():
    report = analyze("The bridge cost 40 million euros. Is it safe? Experts say it is unsafe.")
    infos = claim_infos(report)
    claims = report.claims()
    assert [c.text for c in infos] == [c.text for c in claims]
    assert "Is it safe?" not in [c.text for c in infos]  # a question is not a claim
    for info, claim in zip(infos, claims, strict=True):
        assert info.questions == claim.questions and info.support == claim.support
        assert info.search == claim.search and info.priority == claim.priority
        assert info.findings == claim.findings
    assert [i.number for i in infos] == list(range(1, len(infos) + 1))
