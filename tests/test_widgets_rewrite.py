"""Rewrite lab widget: feedback as you type, producer mode, saving and reloading."""

from __future__ import annotations

import json

import pytest
from stubs import word_detector

from mediakit.widgets import RewriteLab
from mediakit.widgets.common import unlabelled_controls

TEXT = "The vote was on Monday. Everyone knows this reckless plan came from a crook."
WORDS = {"reckless": "loaded_language", "everyone knows": "bandwagon", "crook": "name_calling"}


detect = word_detector(WORDS, suggestion="a plainer word")


@pytest.fixture
def lab(tmp_path):
    return RewriteLab(TEXT, save_to=tmp_path / "rewrite.json", detectors=[detect])


def test_lists_flagged_sentences_and_starts_from_the_original(lab):
    assert [label for label, _ in lab.sentence_pick.options] == [
        "2. Everyone knows this reckless plan came from a crook."]
    assert lab.rewrite_box.value == "Everyone knows this reckless plan came from a crook."
    assert "Name-calling and labelling" in lab.original.value
    assert "Neutral alternative: a plainer word" in lab.original.value
    assert "still the original sentence" in lab.rewrite_feedback.value


def test_feedback_updates_as_you_type_and_is_saved(lab, tmp_path):
    lab.rewrite_box.value = "This reckless plan came from the mayor."
    assert "Gone: Bandwagon, Name-calling and labelling." in lab.rewrite_feedback.value
    assert "Still there: Loaded language." in lab.rewrite_feedback.value
    lab.rewrite_box.value = "This plan came from the mayor."
    assert lab.last_comparison.status == "clean"
    assert "no technique found" in lab.rewrite_feedback.value
    data = json.loads((tmp_path / "rewrite.json").read_text("utf-8"))["data"]
    assert data["rewrites"] == {
        "Everyone knows this reckless plan came from a crook.": "This plan came from the mayor."}


def test_producer_mode(lab):
    lab.mode.value = "produce"
    assert lab.panels["produce"].layout.display is None
    assert lab.panels["rewrite"].layout.display == "none"
    lab.technique_pick.value = "bandwagon"
    assert "Bandwagon" in lab.technique_help.value
    lab.produce_box.value = "Everyone knows the new road is a mistake."
    assert lab.last_check.status == "spotted" and "Spotted" in lab.produce_feedback.value
    lab.produce_box.value = "The new road is a mistake."
    assert "Not spotted" in lab.produce_feedback.value


def test_reload_restores_rewrites_and_producer_sentences(lab, tmp_path):
    lab.rewrite_box.value = "The plan came from the mayor."
    lab.technique_pick.value = "slogan"
    lab.produce_box.value = "Roads now, pools never!"
    again = RewriteLab(TEXT, save_to=tmp_path / "rewrite.json", detectors=[detect])
    assert again.rewrite_box.value == "The plan came from the mayor."
    again.technique_pick.value = "slogan"
    assert again.produce_box.value == "Roads now, pools never!"
    again.technique_pick.value = "bandwagon"
    assert again.produce_box.value == ""


def test_text_without_findings_offers_every_sentence(tmp_path):
    lab = RewriteLab("One plain sentence. Another plain one.", save_to=tmp_path / "r.json",
                     detectors=[])
    assert len(lab.sentence_pick.options) == 2


def test_every_control_has_an_accessible_name(lab):
    assert unlabelled_controls(lab.widget) == []
