"""The SemEval-2020 span scorer, on cases worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit.evaluate.scoring import Score, merge_spans, score_spans


def approx(x: float) -> pytest.approx:
    return pytest.approx(x, abs=1e-9)


def test_partial_overlap():
    # pred 0-10, gold 5-15: 5 shared characters, half of each span.
    s = score_spans({"a": [(0, 10)]}, {"a": [(5, 15)]})
    assert (s.precision, s.recall, s.f1) == (approx(0.5), approx(0.5), approx(0.5))


def test_one_prediction_covering_two_gold_spans():
    # pred 0-10 earns 4/10 + 4/10 = 0.8 precision; each gold span is fully found.
    s = score_spans({"a": [(0, 10)]}, {"a": [(0, 4), (6, 10)]})
    assert s.precision == approx(0.8)
    assert s.recall == approx(1.0)
    assert s.f1 == approx(2 * 0.8 / 1.8)


def test_two_predictions_inside_one_gold_span():
    # gold 0-20; preds 0-5 and 10-15 are exact hits for precision; recall 5/20 + 5/20.
    s = score_spans({"a": [(0, 5), (10, 15)]}, {"a": [(0, 20)]})
    assert s.precision == approx(1.0)
    assert s.recall == approx(0.5)


def test_overlapping_predictions_are_merged_so_duplicates_cannot_score_twice():
    once = score_spans({"a": [(0, 8)]}, {"a": [(0, 8)]})
    twice = score_spans({"a": [(0, 8), (0, 8), (3, 5)]}, {"a": [(0, 8)]})
    assert once == twice == Score(1.0, 1, 1.0, 1)


def test_touching_spans_stay_separate():
    s = score_spans({"a": [(0, 5), (5, 10)]}, {"a": [(0, 10)]})
    assert s.predicted == 2 and s.precision == approx(1.0) and s.recall == approx(1.0)


def test_empty_sides():
    no_pred = score_spans({}, {"a": [(0, 5)]})
    assert (no_pred.precision, no_pred.recall, no_pred.f1, no_pred.gold) == (0, 0, 0, 1)
    no_gold = score_spans({"a": [(0, 5)]}, {})
    assert (no_gold.precision, no_gold.recall, no_gold.f1, no_gold.predicted) == (0, 0, 0, 1)
    assert score_spans({}, {}).f1 == 0


def test_spans_in_different_articles_do_not_meet():
    s = score_spans({"a": [(0, 10)]}, {"b": [(0, 10)]})
    assert s.precision == 0 and s.recall == 0 and s.predicted == 1 and s.gold == 1


def test_micro_average_adds_the_sums():
    a = score_spans({"x": [(0, 10)]}, {"x": [(0, 10)]})  # 1/1, 1/1
    b = score_spans({"x": [(0, 10)]}, {"x": [(5, 25)]})  # 0.5/1, 0.25/1
    micro = a + b
    assert micro.precision == approx(0.75)
    assert micro.recall == approx(0.625)


def test_merge_spans():
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9), (7, 7)]) == [(0, 4), (5, 8), (8, 9)]


span = st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(span, max_size=8), st.lists(span, max_size=8))
def test_scores_are_bounded_and_perfect_on_identity(pred, gold):
    s = score_spans({"a": pred}, {"a": gold})
    assert 0 <= s.precision <= 1 + 1e-9 and 0 <= s.recall <= 1 + 1e-9
    same = score_spans({"a": gold}, {"a": gold})
    if gold:
        assert same.f1 == approx(1.0)
