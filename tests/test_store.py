"""Work files: atomic, schema-versioned, never overwriting newer work, clear messages."""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediakit import store
from mediakit.store import WorkFile, WorkFileError, default_path, parse_work


def envelope(**changes):
    env = store.make_envelope("spot", "demo", 1, {"labels": ["none"]})
    env.update(changes)
    return env


def test_default_path_is_in_the_work_folder_of_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = default_path("spot", "Trump–Putin call")
    assert path == tmp_path / "mediakit-work" / "spot-Trump-Putin-call.json"


def test_save_writes_the_envelope_and_counts_revisions(tmp_path):
    work = WorkFile(tmp_path / "w" / "spot-demo.json", "spot", "demo")
    assert work.load().kind == "missing"
    first = work.save({"labels": ["appeals"]})
    second = work.save({"labels": ["claims"]})
    assert first.ok and second.ok and second.revision == 2
    saved = json.loads((tmp_path / "w" / "spot-demo.json").read_text("utf-8"))
    assert list(saved) == list(store.ENVELOPE_KEYS)
    assert saved["schema"] == "mediakit.work" and saved["version"] == 1
    assert saved["activity"] == "spot" and saved["text_id"] == "demo"
    assert saved["revision"] == 2 and saved["data"] == {"labels": ["claims"]}
    assert saved["saved_at"].endswith("+00:00")


def test_a_second_object_loads_what_the_first_saved(tmp_path):
    path = tmp_path / "spot-demo.json"
    WorkFile(path, "spot", "demo").save({"notes": "première note"})
    other = WorkFile(path, "spot", "demo")
    result = other.load()
    assert result.ok and result.data == {"notes": "première note"}
    assert re.search(r"Loaded your saved work from .*spot-demo\.json \(saved \d{4}-\d\d-\d\d "
                     r"\d\d:\d\d\)", result.message)
    assert other.revision == 1
    assert other.save({"notes": "second"}).revision == 2


def test_write_is_atomic_no_temp_files_left_and_old_file_intact_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "spot-demo.json"
    work = WorkFile(path, "spot", "demo")
    work.save({"n": 1})
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    result = work.save({"n": 2})
    assert not result.ok and "No space left on device" in result.message
    assert "kept in memory" in result.message
    assert path.read_bytes() == before  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spot-demo.json"]  # no temp left
    monkeypatch.undo()
    assert work.save({"n": 2}).ok  # and saving works again once the disk is fine


def test_refuses_to_overwrite_a_newer_revision_and_offers_a_copy(tmp_path):
    path = tmp_path / "spot-demo.json"
    tab_a = WorkFile(path, "spot", "demo")
    tab_a.load()
    tab_a.save({"who": "a"})
    tab_b = WorkFile(path, "spot", "demo")
    tab_b.load()
    tab_b.save({"who": "b"})  # revision 2 on disk
    refused = tab_a.save({"who": "a again"})
    assert not refused.ok and refused.conflict
    assert "revision 2" in refused.message and "Save a copy" in refused.message
    assert json.loads(path.read_text("utf-8"))["data"] == {"who": "b"}
    copy = tab_a.save_copy({"who": "a again"})
    assert copy.ok and copy.path.name == "spot-demo-copy-1.json"
    assert json.loads(copy.path.read_text("utf-8"))["data"] == {"who": "a again"}
    assert tab_a.save({"who": "a, later"}).ok  # later saves go to the copy
    assert json.loads(copy.path.read_text("utf-8"))["data"] == {"who": "a, later"}
    assert json.loads(path.read_text("utf-8"))["data"] == {"who": "b"}


def test_refuses_when_the_file_changed_on_disk_even_at_the_same_revision(tmp_path):
    path = tmp_path / "spot-demo.json"
    work = WorkFile(path, "spot", "demo")
    work.save({"n": 1})
    env = json.loads(path.read_text("utf-8"))
    env["data"] = {"n": "edited by hand"}
    path.write_text(json.dumps(env), "utf-8")
    refused = work.save({"n": 2})
    assert not refused.ok and "changed on disk" in refused.message
    assert json.loads(path.read_text("utf-8"))["data"] == {"n": "edited by hand"}


def test_refuses_when_a_file_appeared_after_loading_found_none(tmp_path):
    path = tmp_path / "spot-demo.json"
    work = WorkFile(path, "spot", "demo")
    assert work.load().kind == "missing"
    WorkFile(path, "spot", "demo").save({"other": True})
    assert not work.save({"mine": True}).ok


def test_a_deleted_file_is_simply_written_again(tmp_path):
    path = tmp_path / "spot-demo.json"
    work = WorkFile(path, "spot", "demo")
    work.save({"n": 1})
    path.unlink()
    assert work.save({"n": 2}).ok and path.exists()


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (b'{"schema": "mediakit.work", "version": 1,', "corrupt", "not valid JSON"),
        (b"\xff\xfe\x00", "corrupt", "not UTF-8"),
        (b'{"cells": [], "nbformat": 4}', "foreign", "not a mediakit work file"),
        (b"[1, 2, 3]", "foreign", "not a mediakit work file"),
        (json.dumps(envelope(version=2)).encode(), "newer_version", "newer mediakit"),
        (json.dumps(envelope(version="1")).encode(), "corrupt", "format version"),
        (json.dumps(envelope(revision=-1)).encode(), "corrupt", "revision"),
        (json.dumps(envelope(data=[1])).encode(), "corrupt", "no 'data' object"),
        (json.dumps(envelope(activity="rewrite")).encode(), "other_work", "activity 'rewrite'"),
        (json.dumps(envelope(text_id="other")).encode(), "other_work", "text id 'other'"),
    ],
)
def test_bad_files_give_a_clear_message_and_are_never_overwritten(tmp_path, content, kind,
                                                                  words):
    path = tmp_path / "spot-demo.json"
    path.write_bytes(content)
    work = WorkFile(path, "spot", "demo")
    loaded = work.load()
    assert not loaded.ok and loaded.data is None and loaded.kind == kind
    assert words in loaded.message and "spot-demo.json" in loaded.message
    assert "kept in memory" in loaded.message and "Save a copy" in loaded.message
    refused = work.save({"mine": 1})
    assert not refused.ok and refused.conflict and words in refused.message
    assert path.read_bytes() == content
    copy = work.save_copy({"mine": 1})
    assert copy.ok and json.loads(copy.path.read_text("utf-8"))["data"] == {"mine": 1}


def test_parse_work_raises_with_kind(tmp_path):
    with pytest.raises(WorkFileError) as info:
        parse_work(b"{", "x.json")
    assert info.value.kind == "corrupt" and "x.json" in str(info.value)


def test_unwritable_folder_reports_and_keeps_work(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    work = WorkFile(blocker / "spot-demo.json", "spot", "demo")
    result = work.save({"n": 1})
    assert not result.ok and "Not saved" in result.message and "kept in memory" in result.message


def test_copy_names_do_not_collide(tmp_path):
    path = tmp_path / "spot-demo.json"
    work = WorkFile(path, "spot", "demo")
    work.save({"n": 0})
    (tmp_path / "spot-demo-copy-1.json").write_text("taken")
    assert work.copy_path().name == "spot-demo-copy-2.json"


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(alphabet=st.characters(codec=None, categories=None)), n=st.integers(0, 3))
def test_any_unicode_note_round_trips(tmp_path, note, n):
    path = tmp_path / f"rt-{n}.json"
    if path.exists():
        path.unlink()
    work = WorkFile(path, "investigate", "demo")
    data = {"notes": {"stop": note}, "list": [note, n]}
    assert work.save(data).ok
    loaded = WorkFile(path, "investigate", "demo").load()
    assert loaded.ok and loaded.data == data
