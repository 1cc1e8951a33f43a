"""The appeals family: fear, authority, flag-waving, bandwagon, reductio ad Hitlerum, pity.

Checks each detector on sentences written for these tests, the case study's appeals,
and offsets on arbitrary text. Side-neutrality, quiet neutral text and the family's data
(pattern examples end to end, lexicon headers) are checked in test_detectors.py and
test_matching.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.detectors import appeals, check_finding
from mediakit.detectors.appeals_rules import TermIndex, keep_distinct
from mediakit.document import Document
from mediakit.findings import make_finding
from mediakit.matching import load_lexicon
from mediakit.texts import CASE_STUDY, OPPOSITE_SLANT, get

DETECTORS = [cls() for cls in appeals.DETECTORS]


def found(text: str) -> list:
    return list(mediakit.analyze(text, DETECTORS).findings)


def techniques(text: str) -> set[str]:
    return {f.technique for f in found(text)}


def spans_of(text: str, technique: str) -> list[str]:
    return [f.text for f in found(text) if f.technique == technique]


# -- appeal to fear ----------------------------------------------------------------------


def test_fear_marks_the_warning_from_condition_to_threat():
    text = ("Unless the council acts now, our children will inherit a town ruined by "
            "floods and disease.")
    spans = spans_of(text, "appeal_to_fear")
    assert spans and spans[0].startswith("Unless the council acts now")
    assert "disease" in spans[0]


def test_fear_needs_a_warning_frame_not_just_a_harm():
    assert "appeal_to_fear" not in techniques("The war ended in 1918 after four years.")
    assert "appeal_to_fear" not in techniques("Is a war between the two countries likely?")
    assert "appeal_to_fear" not in techniques("Nobody will lead the town to war.")
    assert "appeal_to_fear" not in techniques("The new treaty will help avoid a war.")


def test_fear_catches_sleepwalking_and_growing_danger():
    assert "appeal_to_fear" in techniques("The league is sleepwalking into bankruptcy.")
    assert "appeal_to_fear" in techniques(
        "Every delay brings the valley closer to disaster.")


# -- appeal to authority --------------------------------------------------------------------


def test_authority_explanation_asks_the_judging_questions():
    text = ("Former Transport Minister Ada Lund warned last year that the new tunnel "
            "will flood every spring.")
    findings = [f for f in found(text) if f.technique == "appeal_to_authority"]
    assert findings
    wording = (findings[0].explanation + " " + findings[0].suggestion).lower()
    assert "context" in wording or "current" in wording or "field" in wording
    assert "evidence" in wording


def test_authority_covers_experts_texts_and_self_vouching():
    assert "appeal_to_authority" in techniques(
        "According to a leading economist, the tax will ruin small shops.")
    assert "appeal_to_authority" in techniques("The Quran says that a promise must be kept.")
    assert "appeal_to_authority" in techniques(
        "As a former nurse, I can tell you the ward is unsafe.")


def test_authority_backed_by_evidence_is_weaker():
    bare = "Leading doctors agree that the new diet is dangerous."
    sourced = "Leading doctors agree that the new diet is dangerous, citing a 2023 study."
    [a] = [f for f in found(bare) if f.technique == "appeal_to_authority"]
    [b] = [f for f in found(sourced) if f.technique == "appeal_to_authority"]
    assert b.strength < a.strength
    assert "evidence" in b.explanation


def test_plain_reporting_of_a_statement_is_not_an_appeal():
    assert "appeal_to_authority" not in techniques(
        "The mayor said the road would reopen on Friday.")


# -- flag-waving --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, phrase", [
    ("The Polish people deserve better than this deal.", "The Polish people"),
    ("Every true Canadian should be proud of this team.", "Every true Canadian"),
    ("This plan is an insult to our nation.", "our nation"),
    ("They will never make our country kneel.", "our country"),
    ("His remarks were a disgrace to Brazil.", "disgrace to Brazil"),
])
def test_flag_waving_phrases(text, phrase):
    assert phrase in spans_of(text, "flag_waving")


def test_a_country_named_in_passing_is_not_flag_waving():
    assert "flag_waving" not in techniques("The French team flew to Brazil on Monday.")
    assert "flag_waving" not in techniques("Exports from Germany rose by two percent.")


def test_pride_images_need_a_nation_or_group():
    assert "flag_waving" in techniques("We will not kneel before any foreign power.")
    assert "flag_waving" not in techniques("The striker knelt to tie his boot.")


# -- bandwagon, reductio ad Hitlerum, pity ----------------------------------------------------


def test_bandwagon():
    assert "bandwagon" in techniques("Everyone knows the referee was bribed.")
    assert "bandwagon" in techniques("Millions of voters already agree with us.")
    assert "bandwagon" not in techniques("Everyone on the ferry was given a life jacket.")


def test_reductio_needs_a_comparison_or_a_label():
    assert "reductio_ad_hitlerum" in techniques("The new mayor acts like Mussolini.")
    assert "reductio_ad_hitlerum" in techniques("The council’s fascist parking rules must go.")
    assert "reductio_ad_hitlerum" not in techniques(
        "Hitler invaded Poland in September 1939.")
    assert "reductio_ad_hitlerum" not in techniques(
        "The fascist regime fell in Italy in 1943.")


def test_pity():
    assert "appeal_to_pity" in techniques(
        "Think of the elderly patients who will wait all night in the cold.")
    assert "appeal_to_pity" in techniques(
        "After all the club has suffered, its word should be enough for the league.")
    assert "appeal_to_pity" not in techniques("The patients waited two hours on Tuesday.")


# -- the case study ---------------------------------------------------------------------------


def _overlaps(findings, text, quote, technique):
    start = text.index(quote)
    end = start + len(quote)
    return any(f.technique == technique and f.start < end and f.end > start for f in findings)


@pytest.mark.parametrize("quote, technique", [
    ("our children would inherit a dangerous and very uncertain world increasingly armed "
     "with nuclear weapons", "appeal_to_fear"),
    ("we were sleep-walking toward World War 3", "appeal_to_fear"),
    ("the American people", "flag_waving"),
    ("Former German Foreign Minister Sigmar Gabriel stated", "appeal_to_authority"),
    ("prostrate herself and become a vassal", "flag_waving"),
    ("The fact that he has endured", "appeal_to_pity"),
])
def test_case_study_appeals_are_found(quote, technique):
    text = get(CASE_STUDY).text
    assert _overlaps(found(text), text, quote, technique)


def test_the_opposite_slant_mirrors_the_case_study():
    """The contrast piece uses the same appeals for the other side; they are found too."""
    text = get(OPPOSITE_SLANT).text
    findings = found(text)
    for quote, technique in [
        ("our children will grow up in a Europe", "appeal_to_fear"),
        ("The American people", "flag_waving"),
        ("Former NATO Secretary General Anders Fogh Rasmussen has warned",
         "appeal_to_authority"),
        ("Munich 1938", "reductio_ad_hitlerum"),
        ("The fact that Ukraine has survived", "appeal_to_pity"),
    ]:
        assert _overlaps(findings, text, quote, technique), quote


# -- findings are well formed ----------------------------------------------------------------


def test_findings_carry_evidence():
    text = get(CASE_STUDY).text
    for f in found(text):
        assert f.family == "appeals"
        assert f.rule and f.cue and f.detector == f.technique
        assert f.explanation.endswith((".", "?"))
        assert 1 <= f.strength <= 3


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "If ", "unless ", "war ", "will ", "our children ", "the American people ", "Hitler ",
    "like ", "Everyone knows ", "Former Minister Ana Bell said ", ", ", ". ", "! ", "? ",
    "“", "”", "\n\n", "é", "\u0301", "🙂", "Think of the children ", "vassal ", "we ",
]), max_size=30))
def test_offsets_are_slices_on_any_text(pieces):
    text = "".join(pieces)
    doc = Document(text)
    for det in DETECTORS:
        for f in det.detect(doc):
            check_finding(f, text, det.name)
            assert text[f.start:f.end] == f.text
            assert f.text == f.text.strip()


# -- helpers ---------------------------------------------------------------------------------


def test_term_index_prefers_the_longest_term_and_stays_in_the_sentence():
    index = TermIndex(load_lexicon("appeals_threats.tsv"))
    doc = Document("They fear a nuclear war. Nuclear. War games.")
    terms = [h.entry.term for h in index.find(doc)]
    assert terms[0] == "nuclear war"
    assert "nuclear war" not in terms[1:]


def test_keep_distinct_keeps_one_highlight_per_move():
    text = "one two three four"
    a = make_finding(text, 0, 7, "bandwagon", "x", strength=1)
    b = make_finding(text, 4, 13, "bandwagon", "x", strength=2)
    c = make_finding(text, 4, 13, "slogan", "x", strength=1)
    assert keep_distinct([a, b, c]) == [b, c]


def test_clause_helpers_stop_at_clause_punctuation():
    from mediakit.detectors.appeals_spans import char_span, clause_end, clause_start

    text = "If it rains, the match will be off; we go home."
    doc = Document(text)
    i = doc.norms.index("match")
    assert text[slice(*char_span(doc, clause_start(doc, i), clause_end(doc, i)))] == (
        "the match will be off")
    assert text[slice(*char_span(doc, clause_start(doc, i, commas=False), clause_end(doc, i)))] == (
        "If it rains, the match will be off")


@pytest.mark.parametrize("text", ["Hitler, too", "Chamberlain, too", "Stalin, too\nNext line."])
def test_figure_too_as_precedent_at_the_end_of_a_text(text):
    # "X, too" as the last words of a text (or a line) used to read past the last token
    for f in found(text):
        assert text[f.start:f.end] == f.text
        assert "\n" not in f.text


def test_figure_too_as_precedent_spans_the_clause():
    text = "Chamberlain, too, came home with a deal."
    assert spans_of(text, "reductio_ad_hitlerum") == ["Chamberlain, too, came home with a deal"]


@pytest.mark.parametrize("unit, size", [
    ("the vassal prostrate humiliated and ", 150_000),
    ("the expert warned and the scientist explained and ", 300_000),
    ("if war will come our children and the brutal thugs are like Hitler and ", 500_000),
])
def test_a_run_on_sentence_is_read(unit, size):
    # a sentence without a full stop: every pride word used to rescan it for "we", every
    # credential to pair with every verb, every threat to check every frame (quadratic).
    # `python -m benchmarks --only adversarial` measures the time; this checks the output.
    text = unit * (size // len(unit))
    for f in found(text):
        assert text[f.start : f.end] == f.text


def test_the_cue_of_a_pattern_does_not_depend_on_the_hash_seed():
    # Two triggers of one length in a match ("tell", "know"): the cue used to be whichever
    # the set happened to yield first, so it changed from run to run.
    import os
    import subprocess
    import sys

    words = "tell know sure said knew told swear vouch"
    code = (
        "import re\n"
        "from mediakit.detectors.appeals_rules import _cue\n"
        "from mediakit.matching.patterns import Pattern\n"
        f"p = Pattern('x', 'appeal_to_authority', frozenset('{words}'.split()),\n"
        f"            re.compile('{words}'), 'match', 1, 'x.', '', (), (), '')\n"
        f"print(_cue(p.regex.search('{words}'), p))\n"
    )
    cues = set()
    for seed in "01234567":
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True)
        cues.add(out.stdout.strip())
    assert len(cues) == 1, cues
