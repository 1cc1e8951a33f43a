"""Hedges, boosters and opinion markers: counted as signals, shown as good practice."""

from __future__ import annotations

from mediakit import analyze
from mediakit.claims.classify import analyse
from mediakit.detectors.claims import DETECTORS
from mediakit.document import Document


def signals(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in analyse(Document(text)).signals]


def claims_only(text: str):
    return analyze(text, detectors=[cls() for cls in DETECTORS])


def test_kinds_of_signal() -> None:
    assert signals("The vaccine may reduce infections, the data suggest.") == [("may", "hedge")]
    assert signals("It is clearly the fact that prices rose.") == [
        ("clearly", "booster"), ("the fact that", "booster")]
    assert signals("I believe the plan should be delayed.") == [
        ("I believe", "opinion_marker"), ("should", "opinion_marker")]
    assert signals("It is about 100% certain that they will return.") == [("100%", "booster")]


def test_notes_show_good_practice_for_hedges_and_opinion_markers() -> None:
    found = analyse(Document("I think the pool may reopen in June.")).signals
    notes = {s.kind: s.note for s in found}
    assert "Good practice" in notes["opinion_marker"]
    assert "Good practice" in notes["hedge"]
    booster = analyse(Document("Obviously the pool will reopen.")).signals[0]
    assert booster.kind == "booster" and "evidence" in booster.note


def test_month_names_and_quotations_are_not_signals() -> None:
    assert signals("The pool reopened in May.") == []
    assert signals("“We may win,” the coach said.") == []
    assert signals("The coach said the team may win.") == [("may", "hedge")]


def test_must_have_is_certainty_about_a_guess() -> None:
    assert signals("The clerk must have known.") == [("must", "booster")]


def test_an_honest_hedge_is_not_flagged() -> None:
    report = claims_only("The new policy may reduce waiting times, although the evidence is "
                         "still thin.")
    assert report.summary["signals"]["hedge"] >= 1
    assert not report.by_technique("unsupported_claim")
    report = claims_only("I believe the new policy will reduce waiting times.")
    assert report.sentences[0].kind == "opinion"
    assert not report.findings


def test_summary_counts_signals_per_thousand_words() -> None:
    text = "Clearly the plan failed. It may recover. I think it should."
    report = claims_only(text)
    words = report.summary["words"]
    counts = report.summary["signals"]
    assert counts == {"hedge": 1, "booster": 1, "opinion_marker": 2}
    per = report.summary["signals_per_1000_words"]
    assert per["booster"] == round(1000 / words, 2)
    for s in report.signals:
        assert report.text[s.start:s.end] == s.text
