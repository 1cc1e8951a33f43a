"""Findings: frozen, slice-semantics offsets, family filled from the registry."""

from __future__ import annotations

import dataclasses

import pytest

from mediakit.findings import Finding, make_finding


def test_make_finding_fills_text_and_family():
    text = "They call it a so-called peace plan."
    start = text.index("so-called")
    f = make_finding(text, start, start + 9, "doubt", "Casts doubt.", cue="so-called",
                     strength=2, rule="so-called")
    assert f.text == text[f.start : f.end] == "so-called"
    assert f.family == "claims"
    assert f.to_dict()["technique"] == "doubt"


def test_findings_are_frozen():
    f = make_finding("abc", 0, 1, "slogan", "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 2  # type: ignore[misc]


def test_unknown_technique_is_refused():
    with pytest.raises(KeyError, match="nope"):
        make_finding("abc", 0, 1, "nope", "x")


def test_sort_key_orders_by_offsets():
    a = Finding(0, 3, "abc", "slogan", "shortcuts", "x")
    b = Finding(0, 2, "ab", "slogan", "shortcuts", "x")
    assert sorted([a, b], key=lambda f: f.sort_key) == [b, a]
