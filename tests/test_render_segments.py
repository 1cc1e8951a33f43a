"""Findings to segments: the pure step that makes overlapping marks renderable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit.render.segments import Segment, assign_levels, build_segments, span_order


def test_plain_text_is_one_segment():
    assert build_segments(5, []) == [Segment(0, 5, ())]


def test_empty_text_has_no_segments():
    assert build_segments(0, []) == []


def test_nested_span_sits_inside_its_parent():
    # "a brutal regime": the whole phrase and the adjective inside it
    segs = build_segments(15, [(0, 15), (2, 8)])
    assert segs == [Segment(0, 2, (0,)), Segment(2, 8, (0, 1)), Segment(8, 15, (0,))]


def test_crossing_spans_make_three_pieces():
    segs = build_segments(20, [(2, 10), (6, 14)])
    assert [(s.start, s.end, s.ids) for s in segs] == [
        (0, 2, ()), (2, 6, (0,)), (6, 10, (0, 1)), (10, 14, (1,)), (14, 20, ()),
    ]


def test_outermost_first_whatever_the_input_order():
    # the inner span is listed first, yet the longer one opens first
    segs = build_segments(10, [(3, 5), (0, 10)])
    assert segs[1] == Segment(3, 5, (1, 0))


def test_identical_spans_keep_input_order():
    assert build_segments(4, [(0, 4), (0, 4)]) == [Segment(0, 4, (0, 1))]


def test_empty_span_is_ignored():
    assert build_segments(4, [(2, 2)]) == [Segment(0, 4, ())]


@pytest.mark.parametrize("span", [(-1, 2), (3, 2), (0, 9)])
def test_span_outside_the_text_is_refused(span):
    with pytest.raises(ValueError, match="outside the text"):
        build_segments(5, [span])


def test_levels_separate_overlapping_spans_and_reuse_free_ones():
    assert assign_levels([(0, 10), (2, 4), (5, 12), (11, 13)]) == [0, 1, 1, 0]
    assert assign_levels([]) == []


spans_and_length = st.integers(min_value=0, max_value=60).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(
            st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda p: tuple(sorted(p))),
            max_size=12,
        ),
    )
)


@given(spans_and_length)
def test_segments_tile_the_text_and_list_exactly_the_covering_spans(case):
    length, spans = case
    segs = build_segments(length, spans)
    # tiling: no gaps, no overlaps, nothing empty
    assert [s.start for s in segs[1:]] == [s.end for s in segs[:-1]]
    if length:
        assert segs[0].start == 0 and segs[-1].end == length
    assert all(s.start < s.end for s in segs)
    order = span_order(spans)
    for seg in segs:
        covering = [i for i in order if spans[i][0] <= seg.start and seg.end <= spans[i][1]
                    and spans[i][0] < spans[i][1]]
        assert list(seg.ids) == covering
        # no span starts or ends strictly inside a segment
        for s, e in spans:
            if s == e:  # empty spans are ignored
                continue
            assert not seg.start < s < seg.end and not seg.start < e < seg.end


@given(spans_and_length)
def test_overlapping_spans_never_share_a_level_and_levels_are_minimal(case):
    _, spans = case
    levels = assign_levels(spans)
    for i, (s1, e1) in enumerate(spans):
        for j, (s2, e2) in enumerate(spans):
            if i != j and s1 < e2 and s2 < e1:
                assert levels[i] != levels[j]
        # greedy: every lower level is taken by a span overlapping this one's start
        for lower in range(levels[i]):
            assert any(levels[j] == lower and spans[j][0] <= s1 < spans[j][1]
                       for j in range(len(spans)) if j != i)
