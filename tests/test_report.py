"""Report: summary computed from findings, sentence lookups, serialisation."""

from __future__ import annotations

import json

import mediakit
from mediakit.findings import make_finding
from mediakit.report import covered_length, per_thousand


def two_findings(doc):
    text = doc.text
    a = text.index("awful")
    b = text.index("Everyone")
    return [
        make_finding(text, a, a + 5, "loaded_language", "Emotive."),
        make_finding(text, b, b + len("Everyone agrees"), "bandwagon", "Crowd."),
    ]


TEXT = "A Heading\n\nThe plan is awful. Everyone agrees with me. It rained."


def test_summary_counts_come_from_findings():
    report = mediakit.analyze(TEXT, detectors=[two_findings])
    s = report.summary
    assert s["findings"] == 2
    assert s["by_family"] == {"loaded_language": 1, "claims": 0, "appeals": 1, "shortcuts": 0}
    assert s["sentences"] == 3 and s["headings"] == 1
    assert s["flagged_sentences"] == 2
    assert s["coverage"]["loaded_language"] == round(5 / len(TEXT), 4)
    assert sum(s["kinds"].values()) == 3


def test_findings_in_sentence():
    report = mediakit.analyze(TEXT, detectors=[two_findings])
    per_sentence = {s.index: [f.text for f in report.findings_in(s)] for s in report.sentences}
    assert per_sentence == {0: [], 1: ["awful"], 2: ["Everyone agrees"], 3: []}
    assert [f.text for f in report.by_family("appeals")] == ["Everyone agrees"]
    assert [f.text for f in report.by_technique("loaded_language")] == ["awful"]


def test_to_json_round_trips_unicode():
    report = mediakit.analyze("Café “quoted” text. Ünïcödé 😀.", detectors=[])
    data = json.loads(report.to_json())
    assert data["text"] == report.text
    assert data["version"] == 1


def test_helpers():
    assert covered_length([]) == 0
    assert covered_length([(0, 5), (3, 8), (10, 12)]) == 10
    assert per_thousand(3, 0) == 0.0
    assert per_thousand(1, 200) == 5.0
