"""The detector against an instructor key, phrase by phrase."""

from __future__ import annotations

import mediakit
from mediakit.findings import make_finding
from mediakit.lessons.spans import compare_with_key, marks_over, pick_false_alarm, pick_miss
from mediakit.texts import KeyMark

TEXT = "A shameful plan. Everyone knows it. The vote was on Monday. Save our pool!"


def mark(phrase: str, technique: str, family: str) -> KeyMark:
    start = TEXT.index(phrase)
    return KeyMark(start, start + len(phrase), phrase, technique, family, "why")


def report_with(*found: tuple[str, str, int]):
    def detect(doc):
        for phrase, technique, strength in found:
            start = doc.text.index(phrase)
            yield make_finding(doc.text, start, start + len(phrase), technique, "because",
                               strength=strength)

    return mediakit.analyze(TEXT, detectors=[detect])


KEY = [mark("shameful", "loaded_language", "loaded_language"),
       mark("Everyone knows it", "bandwagon", "appeals"),
       mark("Save our pool!", "slogan", "shortcuts")]


def test_agreement_needs_overlap_and_the_same_family():
    report = report_with(("shameful plan", "exaggeration", 2),   # same family, other technique
                         ("Everyone", "vague_source", 3),         # overlaps, other family
                         ("Monday", "loaded_language", 1))        # overlaps nothing
    c = compare_with_key(report, KEY)
    assert c.counts == {"agreements": 1, "misses": 2, "false_alarms": 2}
    assert [m.text for m in c.misses] == ["Everyone knows it", "Save our pool!"]
    # the pure false alarm (no key mark under it) is the better one to discuss
    assert pick_false_alarm(c, KEY).text == "Monday"
    assert pick_false_alarm(c).text == "Everyone"  # without the key: the strongest
    assert [m.text for m in marks_over(c.false_alarms[0], KEY)] == ["Everyone knows it"]


def test_family_filter_and_strength_threshold():
    report = report_with(("shameful", "loaded_language", 1), ("Save our pool", "slogan", 3))
    only = compare_with_key(report, KEY, families=["shortcuts"])
    assert only.counts == {"agreements": 1, "misses": 0, "false_alarms": 0}
    strong = compare_with_key(report, KEY, min_strength=2)
    assert [m.text for m in strong.misses] == ["shameful", "Everyone knows it"]


def test_picks_are_none_when_there_is_nothing_to_discuss():
    c = compare_with_key(report_with(), [])
    assert pick_false_alarm(c) is None and pick_miss(c) is None
    c = compare_with_key(report_with(), KEY)
    assert pick_miss(c).text == "shameful"  # short marks first: easiest to see
