"""The mirror pairs quote real key marks of both opinion pieces, with the same technique."""

from __future__ import annotations

from mediakit import texts
from mediakit.lessons.mirrors import MIRRORS, mirrors
from mediakit.techniques import TECHNIQUES


def test_every_pair_quotes_a_key_mark_of_its_technique_on_both_sides():
    case, other = texts.case_study(), texts.get(texts.OPPOSITE_SLANT)
    case_marks = {(m.text, m.technique) for m in case.key}
    other_marks = {(m.text, m.technique) for m in other.key}
    for m in MIRRORS:
        assert m.technique in TECHNIQUES
        assert (m.case_study, m.technique) in case_marks, m.case_study
        assert (m.opposite, m.technique) in other_marks, m.opposite
        assert m.move


def test_pairs_cover_every_family_and_filter():
    assert {TECHNIQUES[m.technique].family for m in MIRRORS} == {
        "loaded_language", "claims", "appeals", "shortcuts"}
    assert all(m.technique == "doubt" for m in mirrors("doubt"))
    assert {m.technique for m in mirrors(family="shortcuts")} <= {
        "black_and_white", "thought_terminating_cliche", "whataboutism", "slogan"}
