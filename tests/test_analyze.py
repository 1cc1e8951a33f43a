"""analyze(): the one entry point, custom detectors, bad input, offsets."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.detectors import DetectorError, default_detectors, detector
from mediakit.findings import Finding, make_finding


@detector("word-finder")
def find_regime(doc):
    for (start, end), norm in zip(doc.token_spans, doc.norms, strict=True):
        if norm.startswith("regime"):
            yield make_finding(doc.text, start, end, "name_calling",
                               "Calls a government a regime.", cue=norm, strength=2,
                               suggestion="government", rule="regime")


class ExclaimDetector:
    """A class-style detector, as an instructor might write in a notebook."""

    name = "exclaim"

    def detect(self, doc):
        for s in doc.sentences:
            if doc.text[s.end - 1] == "!":
                yield make_finding(doc.text, s.start, s.end, "slogan", "Shouted line.")


TEXT = "The regime fell.\n\nDown with the regimes! He said “the regime lies” today."


def test_custom_detectors_run_and_findings_are_sorted():
    report = mediakit.analyze(TEXT, detectors=[find_regime, ExclaimDetector()])
    assert [(f.text, f.technique) for f in report.findings] == [
        ("regime", "name_calling"),
        ("Down with the regimes!", "slogan"),
        ("regimes", "name_calling"),
        ("regime", "name_calling"),
    ]
    for f in report.findings:
        assert report.text[f.start : f.end] == f.text
        assert f.detector in ("", "word-finder", "exclaim")


def test_findings_in_quotations_are_marked_quoted():
    report = mediakit.analyze(TEXT, detectors=[find_regime])
    assert [f.quoted for f in report.findings] == [False, False, True]


def test_plain_functions_are_accepted_as_detectors():
    def shout(doc):
        return [make_finding(doc.text, 0, 3, "loaded_language", "x")]

    report = mediakit.analyze(TEXT, detectors=[shout])
    assert report.findings[0].text == "The"


def test_duplicates_keep_the_strongest():
    def weak(doc):
        return [make_finding(doc.text, 4, 10, "name_calling", "weak", strength=1)]

    def strong(doc):
        return [make_finding(doc.text, 4, 10, "name_calling", "strong", strength=3)]

    report = mediakit.analyze(TEXT, detectors=[weak, strong])
    assert [f.explanation for f in report.findings] == ["strong"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (lambda doc: [Finding(0, 999, "x", "slogan", "shortcuts", "x")], "outside"),
        (lambda doc: [Finding(0, 3, "xyz", "slogan", "shortcuts", "x")], "does not equal"),
        (lambda doc: [Finding(0, 3, "The", "nope", "shortcuts", "x")], "unknown technique"),
        (lambda doc: [Finding(0, 3, "The", "slogan", "claims", "x")], "family"),
        (lambda doc: [Finding(0, 3, "The", "slogan", "shortcuts", "x", strength=7)], "strength"),
        (lambda doc: ["not a finding"], "expected Finding"),
    ],
)
def test_bad_detector_output_is_reported_with_the_detector_name(bad, message):
    bad.__name__ = "broken"
    with pytest.raises(DetectorError, match=f"'broken'.*{message}"):
        mediakit.analyze(TEXT, detectors=[bad])


def test_detector_classes_are_built_like_the_families_list_them():
    # a family's DETECTORS lists classes; passing them used to fail on the first text
    # with "detect() missing 1 required positional argument: 'doc'"
    from mediakit.detectors import appeals

    report = mediakit.analyze("Millions of voters already agree with us.",
                              detectors=appeals.DETECTORS)
    assert "bandwagon" in {f.technique for f in report.findings}
    report = mediakit.analyze(TEXT, detectors=[ExclaimDetector])
    assert [f.text for f in report.findings] == ["Down with the regimes!"]


def test_non_detectors_are_refused():
    with pytest.raises(TypeError, match="int"):
        mediakit.analyze(TEXT, detectors=[42])


@pytest.mark.parametrize("value", [b"bytes", None, 3, ["list"]])
def test_non_string_input_is_a_type_error_naming_the_type(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        mediakit.analyze(value)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t\r\n"])
def test_empty_text_gives_an_empty_report(text):
    report = mediakit.analyze(text)
    assert report.findings == () and report.sentences == ()
    assert report.summary["words"] == 0 and report.summary["findings"] == 0
    json.loads(report.to_json())


def test_default_detectors_are_built_once_and_copied():
    a, b = default_detectors(), default_detectors()
    assert a == b and a is not b
    assert all(x is y for x, y in zip(a, b, strict=True))


def test_report_json_contract():
    report = mediakit.analyze(TEXT, detectors=[find_regime])
    data = json.loads(report.to_json())
    assert set(data) >= {"findings", "sentences", "summary", "text"}
    f = data["findings"][0]
    assert set(f) >= {"start", "end", "text", "technique", "family", "explanation", "cue",
                      "strength", "suggestion", "rule", "quoted"}
    assert data["text"][f["start"] : f["end"]] == f["text"]
    s = data["sentences"][0]
    assert set(s) >= {"start", "end", "kind", "support", "cues"}
    summary = data["summary"]
    assert summary["by_technique"] == {"name_calling": 3}
    assert summary["by_family"]["loaded_language"] == 3
    assert summary["per_1000_words"]["loaded_language"] == round(3000 / summary["words"], 2)


@st.composite
def text_and_spans(draw):
    text = draw(st.text(min_size=1))
    spans = draw(st.lists(
        st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=6))
    return text, [(s, s + max(1, min(e, len(text) - s))) for s, e in spans if s < len(text)]


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_offsets_hold_for_any_text_and_any_span(case):
    text, spans = case

    def spans_detector(doc):
        return [make_finding(doc.text, s, e, "loaded_language", "x") for s, e in spans]

    report = mediakit.analyze(text, detectors=[spans_detector])
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert report.text[f.start : f.end] == f.text
    for s in report.sentences:
        assert text[s.start : s.end] == s.text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_default_detectors_keep_offsets_on_any_text(text):
    report = mediakit.analyze(text)
    for f in report.findings:
        assert report.text[f.start : f.end] == f.text
