"""Spot-the-technique widget: label, reveal, save, reload, conflicts and bad files."""

from __future__ import annotations

import json

import pytest
from stubs import word_detector

from mediakit import analyze
from mediakit.activities import spot as spot_logic
from mediakit.widgets import SpotTheTechnique
from mediakit.widgets.common import unlabelled_controls

TEXT = ("The council met on Monday. Officials approved the budget. This reckless plan will "
        "ruin everyone. Everyone knows the mayor is a crook. The meeting ended at noon.")
KEY = {2: "exaggeration", 3: ["bandwagon", "name_calling"]}
LABELS = ["none", "appeals", "loaded_language", "none", "none"]
CONFIDENCE = [90, 50, 70, 90, 70]


detect = word_detector({"reckless": "loaded_language", "noon": "exaggeration"})


@pytest.fixture
def report():
    return analyze(TEXT, detectors=[detect])


def make(report, path, **kw):
    return SpotTheTechnique(report, key=KEY, save_to=path, **kw)


def label_all(widget):
    for i, (lab, conf) in enumerate(zip(LABELS, CONFIDENCE, strict=True)):
        widget.label(i, lab, conf)


def saved(path):
    return json.loads(path.read_text("utf-8"))


def test_reveal_waits_for_every_label_and_confidence(report, tmp_path):
    w = make(report, tmp_path / "spot.json")
    assert len(w.label_boxes) == 5 and w.reveal_button.disabled
    assert "0 of 5 sentences" in w.progress.message
    assert w.results.value == ""
    w.label(0, "none")  # a label alone is not enough
    assert "0 of 5" in w.progress.message
    label_all(w)
    assert not w.reveal_button.disabled and "5 of 5" in w.progress.message
    assert w.results.value == ""  # nothing shown before reveal


def test_every_change_is_saved_and_reveal_saves_predictions_first(report, tmp_path, monkeypatch):
    path = tmp_path / "spot.json"
    w = make(report, path)
    label_all(w)
    data = saved(path)["data"]
    assert [s["label"] for s in data["sentences"]] == LABELS
    assert [s["confidence"] for s in data["sentences"]] == CONFIDENCE
    assert data["revealed"] is False

    on_disk_at_reveal = {}
    real_reveal = spot_logic.SpotSession.reveal

    def spy(self, force=False):
        on_disk_at_reveal.update(saved(path)["data"])
        return real_reveal(self, force)

    path.unlink()  # prove the reveal itself writes the predictions before locking them
    monkeypatch.setattr(spot_logic.SpotSession, "reveal", spy)
    w.reveal_button.click()
    assert [s["label"] for s in on_disk_at_reveal["sentences"]] == LABELS
    after = saved(path)["data"]
    assert after["revealed"] is True and after["reference"] == "answer key"
    assert [r["label"] for r in after["at_reveal"]] == LABELS


def test_results_in_words_and_marks(report, tmp_path):
    w = make(report, tmp_path / "spot.json")
    label_all(w)
    w.reveal_button.click()
    html = w.results.value
    assert html.count("✓ correct rejection") >= 2 and "✗ false alarm" in html
    assert "✓ hit" in html and "✗ miss" in html
    assert "You compared with the answer key: 1 hit(s), 1 miss(es), 1 false alarm(s), " \
           "2 correct rejection(s)" in html
    assert "Discernment 58 %" in html
    assert "The detector compared with the answer key" in html
    assert "74 % sure and right 60 %" in html
    assert w.reveal_button.disabled and w.reveal_button.description == "Revealed"


def test_changes_after_reveal_are_recorded_and_shown(report, tmp_path):
    path = tmp_path / "spot.json"
    w = make(report, path)
    label_all(w)
    w.reveal_button.click()
    w.label_boxes[3].value = "appeals"
    assert "changed after reveal to: Appeals" in w.results.value
    assert "1 label(s) changed after reveal" in w.results.value
    change = saved(path)["data"]["changed_after_reveal"][0]
    assert (change["sentence"], change["from"], change["to"]) == (3, "none", "appeals")


def test_reload_into_a_new_widget_finds_the_work(report, tmp_path):
    path = tmp_path / "spot.json"
    w = make(report, path)
    label_all(w)
    w.reveal_button.click()
    again = make(report, path)
    assert [b.value for b in again.label_boxes] == LABELS
    assert [b.value for b in again.confidence_boxes] == CONFIDENCE
    assert again.session.revealed and again.reveal_button.disabled
    assert "✗ false alarm" in again.results.value
    assert "Loaded your saved work" in again.store.status.message
    assert saved(path)["revision"] == again.store.file.revision  # loading writes nothing


def test_reveal_anyway_after_confirming(report, tmp_path):
    w = make(report, tmp_path / "spot.json")
    w.label(0, "none", 90)
    assert w.reveal() is None and "4 sentence(s) still need" in w.progress.message
    w.confirm.value = True
    assert not w.reveal_button.disabled
    w.reveal_button.click()
    assert "– not labelled" in w.results.value and w.session.revealed


def test_corrupt_file_message_work_kept_and_save_a_copy(report, tmp_path):
    path = tmp_path / "spot.json"
    path.write_text('{"schema": "mediakit.work", "versi', "utf-8")
    w = make(report, path)
    assert w.store.status.kind == "problem"
    assert "damaged" in w.store.status.message and "Save a copy" in w.store.status.message
    label_all(w)  # the learner carries on; autosave is refused, not lost
    assert "Not saved" in w.store.status.message
    assert path.read_text("utf-8") == '{"schema": "mediakit.work", "versi'
    assert w.session.labels == LABELS
    w.store.copy_button.click()
    assert w.store.last.ok and w.store.file.path.name == "spot-copy-1.json"
    assert [s["label"] for s in saved(w.store.file.path)["data"]["sentences"]] == LABELS


def test_two_tabs_on_one_file_never_overwrite_each_other(report, tmp_path):
    path = tmp_path / "spot.json"
    tab_a = make(report, path)
    tab_b = make(report, path)
    tab_a.label(0, "none", 50)
    tab_b.label(0, "appeals", 90)  # b's file is now older than a's save: refused
    assert not tab_b.store.last.ok and "Not saved" in tab_b.store.status.message
    assert tab_b.session.labels[0] == "appeals"  # kept in memory
    assert saved(path)["data"]["sentences"][0]["label"] == "none"


def test_autosave_off_waits_for_the_save_button(report, tmp_path):
    path = tmp_path / "spot.json"
    w = make(report, path, autosave=False)
    w.label(0, "none", 50)
    assert not path.exists() and "not saved yet" in w.store.status.message
    w.store.save_button.click()
    assert saved(path)["data"]["sentences"][0]["label"] == "none"


def test_default_file_is_beside_the_notebook(report, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    w = SpotTheTechnique("A short text. It has two sentences.", detectors=[])
    w.label(0, "none", 70)
    files = list((tmp_path / "mediakit-work").glob("spot-text-*.json"))
    assert len(files) == 1 and w.session.reference_name == "detector"


def test_shipped_text_uses_its_key(tmp_path):
    from mediakit import texts

    w = SpotTheTechnique(texts.get(texts.WARMUP), save_to=tmp_path / "s.json", detectors=[])
    assert w.session.reference_name == "answer key"
    assert w.text_id == texts.WARMUP
    assert any(w.session.key)


def test_every_control_has_an_accessible_name(report, tmp_path):
    assert unlabelled_controls(make(report, tmp_path / "s.json").widget) == []
