"""Compare widget: texts side by side, family filter, chart with alt text, table."""

from __future__ import annotations

import re

from mediakit import analyze
from mediakit.findings import make_finding
from mediakit.widgets import Compare
from mediakit.widgets.common import unlabelled_controls


def detect(doc):
    for word, technique in (("disgraceful", "loaded_language"), ("everyone knows", "bandwagon")):
        start = doc.text.lower().find(word)
        if start >= 0:
            yield make_finding(doc.text, start, start + len(word), technique, "test")


def count_marks(html):
    return len(re.findall(r'<mark class="mk-mark[^"]*" tabindex="0"', html))


def reports():
    return {
        "Letter": analyze("A disgraceful vote. Everyone knows it.", detectors=[detect]),
        "Report": analyze("The council voted four to three on Monday.", detectors=[detect]),
    }


def test_side_by_side_with_filter_chart_and_table():
    w = Compare(reports())
    assert list(w.panes) == ["Letter", "Report"]
    assert count_marks(w.panes["Letter"].value) == 2
    assert count_marks(w.panes["Report"].value) == 0
    w.family_boxes["appeals"].value = False
    assert count_marks(w.panes["Letter"].value) == 1
    assert '<img src="data:image/png;base64,' in w.chart.value
    assert 'alt="Bar chart of technique families per 1,000 words. Letter:' in w.chart.value
    assert "The numbers behind the chart" in w.table.value
    assert "Loaded language: " in w.table.value  # the differences list
    assert unlabelled_controls(w.widget) == []


def test_default_texts_are_the_three_versions_of_the_events():
    w = Compare(chart=False, detectors=[])
    assert list(w.panes) == ["Case study (opinion)", "Neutral report", "Opposite slant (opinion)"]
    assert w.chart.value == ""


def test_too_many_texts_are_refused():
    import pytest

    with pytest.raises(ValueError, match=r"two or three texts \(at most four; got 5\)"):
        Compare({str(i): "x" for i in range(5)}, detectors=[])
    with pytest.raises(ValueError, match="got 0"):
        Compare({}, detectors=[])
    assert len(Compare({str(i): "x" for i in range(4)}, chart=False, detectors=[]).panes) == 4
