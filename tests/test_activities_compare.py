"""Compare activity: per-text, per-family rates and the table behind the chart."""

from __future__ import annotations

import pytest
from stubs import word_detector

from mediakit import analyze
from mediakit.activities.compare import compare_rates, differences, table_rows

detect = word_detector({"disgraceful": "loaded_language"})


def test_rates_per_thousand_words_and_plain_share():
    loaded = analyze("A disgraceful vote. A disgraceful plan. The vote was on Monday. "
                     "It passed four to three.", detectors=[detect])
    plain = analyze("The vote was on Monday. It passed four to three.", detectors=[detect])
    rates = compare_rates({"letter": loaded, "report": plain})
    assert [r.name for r in rates] == ["letter", "report"]
    letter = rates[0]
    assert letter.words == 16 and letter.findings == 2
    assert letter.per_1000["loaded_language"] == pytest.approx(125.0)
    assert letter.plain_share == 0.5
    cols, rows = table_rows(rates)
    assert cols[0] == "Text" and cols[-1] == "Sentences with no finding"
    assert rows[0][:4] == ["letter", "16", "2", "125.0"]
    assert rows[1][-1] == "100 %"
    assert differences(rates) == [
        "Loaded language: 125.0 per 1,000 words in “letter” against 0.0 in “report”."]


def test_compare_needs_texts():
    with pytest.raises(ValueError):
        compare_rates({})
    assert differences(compare_rates({"one": analyze("Hi.", detectors=[])})) == []
