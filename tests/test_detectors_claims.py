"""The claims family: unsupported claims, vague sources, doubt, causal oversimplification."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit import analyze, texts
from mediakit.detectors import default_detectors
from mediakit.detectors.claims import (
    DETECTORS,
    CausalOversimplificationDetector,
    DoubtDetector,
    UnsupportedClaimDetector,
    VagueSourceDetector,
    clause_span,
)
from mediakit.document import Document
from mediakit.matching import load_patterns


def run(text: str, *detectors):
    chosen = [d() for d in detectors] if detectors else [cls() for cls in DETECTORS]
    return analyze(text, detectors=chosen).findings


def techniques(text: str) -> list[str]:
    return [f.technique for f in run(text)]


def test_family_is_registered() -> None:
    names = {d.name for d in default_detectors()}
    assert {"unsupported_claim", "vague_source", "doubt", "causal_oversimplification"} <= names


def test_claims_patterns_mark_a_named_group() -> None:
    # examples and counterexamples of every pattern file: tests/test_matching.py
    for p in load_patterns("claims.toml"):
        assert p.span in p.regex.groupindex, f"{p.id}: the detectors read a named group"


# -- unsupported_claim --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "strength"), [
    ("The town's shops have clearly been dying for decades.", 2),
    ("It is 100% certain that the rival club will try again and again for centuries.", 3),
    ("The developers are so very keen on the road, and they will never give up.", 3),
    ("This might, in fact, be the reason the shop closed.", 1),
    ("The media always take the mayor's side.", 1),
])
def test_unsupported_claim_fires_on_cued_assertions(text: str, strength: int) -> None:
    found = run(text, UnsupportedClaimDetector)
    assert [f.technique for f in found] == ["unsupported_claim"]
    f = found[0]
    assert f.strength == strength
    assert "no source or evidence" in f.explanation and "Support would be" in f.explanation
    assert f.cue and f.rule


@pytest.mark.parametrize("text", [
    "The ring road opened in 2019.",                        # a plain checkable statement
    "The council said the shops have clearly been dying.",  # attributed: the council says so
    "I believe the shops have always mattered most.",      # an openly marked opinion
    "The shops may recover if rents fall.",                 # an honest hedge
    "Is the town clearly dying?",                           # a question, not a claim
    "According to the 2023 retail survey, footfall has always peaked in December.",
])
def test_unsupported_claim_stays_quiet(text: str) -> None:
    assert run(text, UnsupportedClaimDetector) == ()


def test_unsupported_claim_marks_the_clause_not_the_word() -> None:
    text = ("Even if the plan fails for a while, it is clearly certain that the rival firms "
            "will try again.")
    f = run(text, UnsupportedClaimDetector)[0]
    assert len(f.text.split()) >= 8 and "clearly" in f.text


MIRRORED_CLAIMS = [
    ("Russia has clearly been trying to conquer its neighbours for centuries.",
     "The West has clearly been trying to conquer its neighbours for centuries."),
    ("Ukraine's army is, in fact, falling apart and always will.",
     "Russia's army is, in fact, falling apart and always will."),
    ("Everyone knows the left will never tell the truth.",
     "Everyone knows the right will never tell the truth."),
    ("The home team obviously bribed the referee.",
     "The away team obviously bribed the referee."),
    ("Northtown's council has always lied to its residents.",
     "Southtown's council has always lied to its residents."),
]


@pytest.mark.parametrize(("one", "other"), MIRRORED_CLAIMS)
def test_mirrored_claims_are_flagged_alike(one: str, other: str) -> None:
    a = [(f.technique, f.strength, f.rule) for f in run(one)]
    b = [(f.technique, f.strength, f.rule) for f in run(other)]
    assert a == b and a


def test_neutral_report_attributions_are_not_unsupported() -> None:
    report = analyze(texts.get(texts.NEUTRAL_REPORT).text,
                     detectors=[cls() for cls in DETECTORS])
    assert not report.by_technique("unsupported_claim")
    attributed = [s for s in report.sentences if s.kind == "attributed"]
    assert len(attributed) >= 10
    assert len(report.findings) <= 3


# -- vague_source ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Some believe that the vote was rigged.", "Some believe"),
    ("We are increasingly hearing reports of fraud.", "We are increasingly hearing reports of"),
    ("Experts say the bridge is unsafe.", "Experts say"),
    ("It is said that the mayor will resign.", "It is said"),
    ("The same structures of power want the war to go on.", "The same structures of power"),
    ("Everyone I talk to is furious about it.", "Everyone I talk to"),
])
def test_vague_sources(text: str, cue: str) -> None:
    found = run(text, VagueSourceDetector)
    assert [f.text for f in found] == [cue]
    assert "who" in found[0].explanation.lower() or "named" in found[0].explanation


@pytest.mark.parametrize("text", [
    "The mayor said the bridge is unsafe.",
    "Finnish officials said the talks would resume.",
    "The study, published in The Lancet, found no link.",
])
def test_named_sources_are_not_vague(text: str) -> None:
    assert run(text, VagueSourceDetector) == ()


# -- doubt ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "fragment"), [
    ("The two mayors met for the third time (that we know of) this year.", "(that we know of)"),
    ("To the extent that it has a working council, the town should act.",
     "To the extent that it has a working council"),
    ("The so-called reform cuts the bus budget.", "so-called reform"),
    ("Why did nobody check the accounts?", "Why did nobody check the accounts?"),
    ("The chairman stayed silent, perhaps because the deal would embarrass his friends.",
     "perhaps because the deal would embarrass his friends"),
])
def test_doubt(text: str, fragment: str) -> None:
    found = run(text, DoubtDetector)
    assert fragment in [f.text for f in found]


@pytest.mark.parametrize("text", [
    "What happens next?",
    "Have you visited the new library yet?",
    "Right?",
    "The inquiry found no fault with the accounts.",
])
def test_no_doubt_in_signposts_and_plain_reports(text: str) -> None:
    assert run(text, DoubtDetector) == ()


# -- causal_oversimplification -------------------------------------------------------------


@pytest.mark.parametrize(("text", "rule"), [
    ("The real reason the shop closed is the new bypass.", "cause-the-real-reason"),
    ("They won only because the referee favoured them.", "cause-only-because"),
    ("It is not for their love of the town, but to push up land prices.", "cause-not-x-but-y"),
    ("It all comes down to greed.", "cause-root-cause"),
    ("The mill closed because the owners moved the work abroad.", "cause-because"),
])
def test_causal_oversimplification(text: str, rule: str) -> None:
    found = run(text, CausalOversimplificationDetector)
    assert rule in [f.rule for f in found]


@pytest.mark.parametrize("text", [
    "The mill closed because the owners moved the work abroad, the union said.",
    "Rose swims every day because her doctor says it helps her knees.",
    "“The mill closed because of greed,” the union leader said.",
])
def test_sourced_or_quoted_reasons_are_not_plain_because(text: str) -> None:
    assert "cause-because" not in [f.rule for f in run(text, CausalOversimplificationDetector)]


MIRRORED_CAUSES = [
    ("The only reason the Kremlin refuses a ceasefire is to buy time.",
     "The only reason Kyiv refuses a ceasefire is to buy time."),
    ("Democrats oppose the bill only because they hate the president.",
     "Republicans oppose the bill only because they hate the president."),
]


@pytest.mark.parametrize(("one", "other"), MIRRORED_CAUSES)
def test_mirrored_causes_are_flagged_alike(one: str, other: str) -> None:
    a = sorted((f.technique, f.strength) for f in run(one))
    b = sorted((f.technique, f.strength) for f in run(other))
    assert a == b and ("causal_oversimplification", 3) in a


# -- the case study ----------------------------------------------------------------------


def test_case_study_findings_match_the_instructor_key() -> None:
    study = texts.case_study()
    report = analyze(study.text, detectors=[cls() for cls in DETECTORS])
    found = {(f.technique, f.text) for f in report.findings}
    for technique, quote in [
        ("doubt", "(that we know of)"),
        ("doubt", "To the extent that it has a functional democracy"),
        ("vague_source", "Some believe"),
    ]:
        assert (technique, quote) in found
    texts_by = {t: " ".join(f.text for f in report.by_technique(t))
                for t in ("vague_source", "causal_oversimplification", "unsupported_claim")}
    assert "we are increasingly hearing reports" in texts_by["vague_source"]
    assert "the same structures of power" in texts_by["vague_source"]
    assert "the ultimate reason why" in texts_by["causal_oversimplification"]
    assert "it is not for their love of peace" in texts_by["causal_oversimplification"]
    assert "100% certain" in texts_by["unsupported_claim"]
    strong = [f for f in report.by_technique("unsupported_claim") if f.strength == 3]
    assert len(strong) >= 2
    # the openly marked opinion ("I believe ...") and the quoted former minister are spared
    spared = [s for s in report.sentences if s.text.startswith(("But beyond this, I believe",
                                                                "Former German"))]
    for s in spared:
        assert not [f for f in report.findings_in(s) if f.technique == "unsupported_claim"]


# -- offsets -------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Some believe the so-called plan failed.", "Why did nobody ask?",
    "It is clearly certain that they will try again.", "“Because I said so,” he said.",
    "The real reason is greed.", "(that we know of)", "Experts say", "\r\n", "\n\n", " ",
    "To the extent that it works,", "é", "\u200b",
]), max_size=8))
def test_findings_are_slices_of_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    for f in run(text):
        assert text[f.start:f.end] == f.text and f.start < f.end
        assert f.family == "claims" and f.strength in (1, 2, 3)


def test_clause_span_stays_inside_its_sentence() -> None:
    text = "First, the rain came; then, clearly, the river rose over the wall."
    doc = Document(text)
    from mediakit.claims.classify import analyse

    label = analyse(doc).labels[0]
    i = text.index("clearly")
    s, e = clause_span(text, label, i, i + 7)
    assert label.start <= s < e <= label.end
    assert text[s:e] == "then, clearly, the river rose over the wall." or "clearly" in text[s:e]


def _clip_by_scan(quotes, s, e, text):
    """The rule of _clip_to_quote written as a plain scan over every quotation."""
    for qs, qe in quotes:
        if qs >= e:
            break
        if qs <= s < qe and e > qe:
            return s, qe
        if s < qs < e:
            end = qs
            while end > s and text[end - 1].isspace():
                end -= 1
            return (s, end) if end > s else (s, e)
    return s, e


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "a ", "b, ", "c. ", "\n\n"]), max_size=40),
       st.integers(0, 80), st.integers(1, 40))
def test_clip_to_quote_agrees_with_a_plain_scan(pieces, s, length):
    from mediakit.detectors.claims import _clip_to_quote

    text = "".join(pieces)
    s = min(s, len(text))
    e = min(s + length, len(text))
    if e <= s:
        return
    doc = Document(text)
    assert _clip_to_quote(doc, s, e) == _clip_by_scan(doc.quotes, s, e, text)
