"""Predict-then-reveal scoring, worked out by hand on a five-sentence text."""

from __future__ import annotations

import math

import pytest
from stubs import word_detector

from mediakit import analyze
from mediakit.activities.spot import (
    NONE,
    CalibrationRow,
    Scores,
    SpotSession,
    calibration,
    calibration_summary,
    key_families,
    outcome,
    score,
)
from mediakit.texts import KeyMark

TEXT = ("The council met on Monday. Officials approved the budget. This reckless plan will "
        "ruin everyone. Everyone knows the mayor is a crook. The meeting ended at noon.")
LL, AP = "loaded_language", "appeals"


@pytest.fixture
def report():
    # The detector finds "reckless" (right) and "noon" (a false alarm), and misses sentence 4.
    return analyze(TEXT, detectors=[word_detector({"reckless": "loaded_language",
                                                   "noon": "exaggeration"}, strength=2)])


KEY = {2: "exaggeration", 3: ["bandwagon", "name_calling"]}
LABELS = [NONE, AP, LL, NONE, NONE]
CONFIDENCE = [90, 50, 70, 90, 70]


def test_the_text_has_five_sentences(report):
    assert [s.text.split()[0] for s in report.sentences] == ["The", "Officials", "This",
                                                             "Everyone", "The"]


def test_key_as_mapping_and_as_marks_give_the_same_families(report):
    by_mapping = key_families(report, KEY)
    assert by_mapping == [frozenset(), frozenset(), {LL}, {AP, LL}, frozenset()]
    marks = []
    for quote, technique, family in (("reckless plan", "loaded_language", LL),
                                     ("Everyone knows", "bandwagon", AP),
                                     ("a crook", "name_calling", LL)):
        s = TEXT.index(quote)
        marks.append(KeyMark(s, s + len(quote), quote, technique, family, "why"))
    assert key_families(report, marks) == by_mapping


def test_outcomes():
    assert outcome(None, frozenset()) == "unlabelled"
    assert outcome(frozenset({AP}), frozenset({LL})) == "hit"  # flagged, family differs
    assert outcome(frozenset(), frozenset({LL})) == "miss"
    assert outcome(frozenset({AP}), frozenset()) == "false_alarm"
    assert outcome(frozenset(), frozenset()) == "correct_rejection"


def test_scores_worked_by_hand(report):
    session = SpotSession(report, KEY)
    for i, (lab, c) in enumerate(zip(LABELS, CONFIDENCE, strict=True)):
        session.set_label(i, lab)
        session.set_confidence(i, c)
    result = session.reveal()
    # s0 correct rejection, s1 false alarm, s2 hit (right family), s3 miss, s4 correct rejection
    assert [r.learner_outcome for r in result.rows] == [
        "correct_rejection", "false_alarm", "hit", "miss", "correct_rejection"]
    s = result.learner
    counts = (s.hits, s.misses, s.false_alarms, s.correct_rejections, s.right_family)
    assert counts == (1, 1, 1, 2, 1)
    assert s.hit_rate == 0.5 and s.correct_rejection_rate == pytest.approx(2 / 3)
    assert s.discernment == pytest.approx((0.5 + 2 / 3) / 2)
    # d' with the log-linear correction: H = 1.5/3 = 0.5, F = 1.5/4 = 0.375
    assert s.d_prime == pytest.approx(0.0 + 0.31863936, abs=1e-6)
    # The detector against the key: finds s2, misses s3, false alarm on s4.
    d = result.detector
    assert [r.detector_outcome for r in result.rows] == [
        "correct_rejection", "correct_rejection", "hit", "miss", "false_alarm"]
    assert (d.hits, d.misses, d.false_alarms, d.correct_rejections) == (1, 1, 1, 2)
    # Calibration: 50 % → 0 of 1 right, 70 % → 2 of 2, 90 % → 1 of 2.
    assert list(result.calibration) == [CalibrationRow(50, 1, 0), CalibrationRow(70, 2, 2),
                                        CalibrationRow(90, 2, 1)]
    assert result.calibration[2].gap == pytest.approx(40)
    text = result.calibration_text
    assert "74 % sure and right 60 %" in text and "overconfident" in text
    assert "answer key" in result.summary()


def test_flagging_everything_scores_like_guessing(report):
    everything = score([frozenset({AP})] * 5, key_families(report, KEY))
    assert (everything.hits, everything.false_alarms, everything.correct_rejections) == (2, 3, 0)
    assert everything.right_family == 1
    assert everything.discernment == 0.5
    perfect = score([frozenset(), frozenset(), frozenset({LL}), frozenset({AP}), frozenset()],
                    key_families(report, KEY))
    assert perfect.discernment == 1.0 and perfect.d_prime > 1.5


def test_rates_are_none_when_a_class_is_empty():
    s = score([frozenset({AP})], [frozenset({AP})])
    assert s.hit_rate == 1.0 and s.correct_rejection_rate is None
    assert s.discernment == 1.0 and s.d_prime is None
    assert Scores().discernment is None


def test_calibration_summary_words():
    assert "underconfident" in calibration_summary([CalibrationRow(50, 4, 4)])
    assert "matched" in calibration_summary([CalibrationRow(70, 10, 7)])
    assert calibration_summary([]) == "No answers with a confidence yet."
    assert calibration([None], [90], [frozenset()]) == [
        CalibrationRow(50, 0, 0), CalibrationRow(70, 0, 0), CalibrationRow(90, 0, 0)]


def test_without_a_key_the_detector_is_the_reference(report):
    session = SpotSession(report)
    assert session.reference_name == "detector"
    for i, lab in enumerate([NONE, NONE, LL, NONE, LL]):
        session.set_label(i, lab)
        session.set_confidence(i, 90)
    result = session.reveal()
    assert result.detector is None
    assert result.learner.discernment == 1.0
    assert "compared with the detector" in result.summary()


def test_reveal_needs_every_label_unless_forced(report):
    session = SpotSession(report, KEY)
    session.set_label(0, NONE)
    session.set_confidence(0, 50)
    assert session.missing() == [1, 2, 3, 4] and not session.ready
    with pytest.raises(ValueError, match="4 sentence"):
        session.reveal()
    with pytest.raises(ValueError, match="reveal first"):
        session.result()
    result = session.reveal(force=True)
    assert result.learner.unlabelled == 4 and result.learner.correct_rejections == 1


def test_changes_after_reveal_are_recorded_and_do_not_change_scores(report):
    session = SpotSession(report, KEY)
    for i, (lab, c) in enumerate(zip(LABELS, CONFIDENCE, strict=True)):
        session.set_label(i, lab)
        session.set_confidence(i, c)
    assert session.changes == []  # changes before reveal are just work in progress
    before = session.reveal().learner
    session.set_label(3, AP)
    after = session.result()
    assert after.learner == before
    assert after.rows[3].changed_after_reveal and after.rows[3].label == NONE
    assert after.rows[3].label_now == AP
    assert session.changes[0]["from"] == NONE and session.changes[0]["to"] == AP
    assert "changed after reveal" in after.summary()


def test_invalid_labels_are_refused(report):
    session = SpotSession(report)
    with pytest.raises(ValueError, match="unknown label"):
        session.set_label(0, "propaganda")
    with pytest.raises(ValueError, match="confidence"):
        session.set_confidence(0, 100)


def test_round_trip_through_data_and_matching_by_sentence_text(report):
    session = SpotSession(report, KEY)
    for i, (lab, c) in enumerate(zip(LABELS, CONFIDENCE, strict=True)):
        session.set_label(i, lab)
        session.set_confidence(i, c)
    session.reveal()
    session.set_label(1, NONE)
    data = session.to_data()
    again = SpotSession(report, KEY)
    assert again.load_data(data) == ""
    assert again.labels == session.labels and again.confidence == session.confidence
    assert again.revealed and again.at_reveal == session.at_reveal
    assert again.changes == session.changes
    # The same work on an edited text: a new first sentence, one sentence gone.
    edited = analyze("A new opening line. " + TEXT.replace(" Officials approved the budget.", ""))
    moved = SpotSession(edited, None)
    note = moved.load_data(data)
    assert "1 saved label" in note
    assert moved.labels == [None, NONE, LL, NONE, NONE]
    assert moved.orphans[0]["text"] == "Officials approved the budget."
    assert moved.to_data()["unmatched"][0]["label"] == NONE  # kept, not lost


@pytest.mark.parametrize("odd", [None, 5, "text", {"a": 1}])
def test_a_hand_edited_work_file_with_odd_values_loads_without_crashing(report, odd):
    # The store checks the envelope only; the widget must still open on a strange "data".
    session = SpotSession(report, KEY)
    data = {"sentences": odd, "revealed": True, "at_reveal": odd, "unmatched": odd,
            "changed_after_reveal": odd}
    assert session.load_data(data) == ""
    assert session.labels == [None] * 5 and not session.revealed
    assert session.orphans == [] and session.changes == []


def test_d_prime_is_finite_for_perfect_and_worst_rates():
    best = Scores(hits=3, correct_rejections=3)
    worst = Scores(misses=3, false_alarms=3)
    assert math.isfinite(best.d_prime) and best.d_prime > 0
    assert worst.d_prime == pytest.approx(-best.d_prime)
