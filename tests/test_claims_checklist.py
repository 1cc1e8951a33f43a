"""The claim checklist: checkable claims in reading order with lateral-reading questions."""

from __future__ import annotations

import json

from mediakit import analyze, texts
from mediakit.claims.checklist import Claim, build_claims, search_terms
from mediakit.detectors.claims import DETECTORS


def claims_only(text: str):
    return analyze(text, detectors=[cls() for cls in DETECTORS])


TEXT = ("Town pool to close\n\n"
        "The council said the pool would close in June. "
        "Experts say repairs would cost far less. "
        "The pool has clearly been the heart of this town for generations. "
        "I think it should stay open. "
        "Why did nobody ask the swimmers? "
        "The 2021 census counted 3,412 people in the parish.")


def test_claims_in_reading_order_with_support_and_cues() -> None:
    claims = claims_only(TEXT).claims()
    # the headline has a verb ("to close"), so it is a claim a reader can check too
    assert [c.text[:12] for c in claims] == [
        "Town pool to", "The council ", "Experts say ", "The pool has", "The 2021 cen"]
    assert [c.support for c in claims] == [
        "none", "named_source", "vague_source", "none", "evidence"]
    assert all(isinstance(c, Claim) and c.cues for c in claims)
    assert [c.index for c in claims] == sorted(c.index for c in claims)


def test_questions_fit_what_the_sentence_gives() -> None:
    _, named, vague, bare, record = claims_only(TEXT).claims()
    assert "Did The council really say this?" in named.questions[0] \
        or "really say this" in named.questions[0]
    assert "Experts say" in vague.questions[0]
    assert bare.questions[0].startswith("Who says so?")
    assert "unsupported_claim" in bare.findings
    assert any("more certain or sweeping" in q for q in bare.questions)
    assert "2021 census" in record.questions[0]
    for c in (named, vague, bare, record):
        assert any(q.startswith("What do other sources say?") for q in c.questions)
    assert bare.priority == 3 and record.priority == 1


def test_search_terms_and_json() -> None:
    assert search_terms("Former minister Anna Berg said in 2018 that 1,200 beds were added.") \
        == "Anna Berg 2018 1,200"
    claim = claims_only(TEXT).claims()[1]
    assert json.loads(json.dumps(claim.to_dict()))["questions"] == list(claim.questions)


def test_report_claims_is_build_claims() -> None:
    report = claims_only(TEXT)
    assert report.claims() == build_claims(report)


def test_case_study_checklist_starts_with_the_insinuated_call() -> None:
    report = claims_only(texts.case_study().text)
    claims = report.claims()
    assert len(claims) >= 20
    first = claims[0]
    assert first.text.startswith("Yesterday, Donald Trump") and "doubt" in first.findings
    gabriel = next(c for c in claims if "Sigmar Gabriel" in c.text)
    assert gabriel.kind == "attributed" and gabriel.support == "named_source"
    assert "Sigmar Gabriel" in gabriel.search


def test_a_source_with_an_apostrophe_is_named_whole() -> None:
    # the cue reads "... source 'The company's chief executive'": the apostrophe in
    # "company's" used to end the quoted name, so learners were asked about "The company"
    [named] = claims_only("The company's chief executive said the plant would close.").claims()
    assert named.support == "named_source"
    assert "company's chief executive really say this?" in named.questions[0]
    assert "company's chief executive, and do they" in named.questions[1]
    [vague] = claims_only("Russia's critics say the vote was rigged.").claims()
    assert vague.support == "vague_source"
    assert "'Russia's critics say'" in vague.questions[0]
