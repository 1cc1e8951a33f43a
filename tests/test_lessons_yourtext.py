"""Lesson 09: upload or paste a text, with clear errors, and export the report atomically."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import mediakit
from mediakit.io import InputError
from mediakit.lessons.yourtext import (
    MAX_CHARS,
    TextLoader,
    export_report,
    report_path,
    text_from_paste,
    text_from_upload,
    title_from_name,
)
from mediakit.widgets.common import unlabelled_controls


def upload(name: str, data: bytes) -> tuple:
    return ({"name": name, "type": "text/plain", "size": len(data),
             "content": memoryview(data),
             "last_modified": datetime(2026, 5, 4, tzinfo=UTC)},)


def test_upload_decodes_utf8_and_drops_a_bom():
    assert text_from_upload(upload("a.txt", "\ufeffCafé au lait.".encode())) == (
        "a.txt", "Café au lait.")
    assert text_from_upload({"b.txt": {"content": b"Old format."}}) == ("b.txt", "Old format.")


@pytest.mark.parametrize(("value", "message"), [
    (upload("latin.txt", "café".encode("latin-1")), "latin.txt is not UTF-8 text: byte 0xe9"),
    (upload("empty.txt", b"  \n"), "empty.txt is empty"),
    ((), "no file uploaded yet"),
    (upload("big.txt", b"x" * (MAX_CHARS + 1)), "too long"),
])
def test_upload_errors_are_one_clear_sentence(value, message):
    with pytest.raises(InputError, match=message):
        text_from_upload(value)


def test_paste_normalises_line_ends_and_rejects_empty():
    assert text_from_paste("One.\r\nTwo.") == "One.\nTwo."
    with pytest.raises(InputError, match="The text box is empty"):
        text_from_paste(" \n ")


def test_titles_and_report_paths():
    assert title_from_name("my_article-2.txt") == "my article 2"
    assert report_path("Local paper: 3 May!", "/x").name == "mediakit-report-Local-paper-3-May.html"


def test_export_writes_one_standalone_page_and_replaces_it(tmp_path):
    report = mediakit.analyze("A shameful plan. The vote is on Monday.")
    first = export_report(report, "My text", tmp_path)
    page = first.path.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "mediakit report: My text" in page
    assert "next to this notebook" in str(first) and first.path.name in first._repr_html_()
    second = export_report(mediakit.analyze("Another text."), "My text", tmp_path)
    assert second.path == first.path and "Another text." in second.path.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mediakit-report-My-text.html"]


def test_the_stand_in_text_is_not_exported_except_in_instructor_mode(tmp_path):
    from mediakit.lessons.predict import set_instructor_mode
    from mediakit.lessons.yourtext import sample_text

    report = mediakit.analyze("Short.")
    try:
        set_instructor_mode(False)
        result = export_report(report, sample_text(), tmp_path)
        assert result.status == "todo" and not list(tmp_path.iterdir())
        set_instructor_mode(True)
        assert export_report(report, sample_text(), tmp_path).path.exists()
    finally:
        set_instructor_mode(None)


def test_loader_uses_the_learners_text_or_a_marked_stand_in():
    loader = TextLoader()
    assert unlabelled_controls(loader.widget) == []
    sample = loader.chosen()
    assert sample.is_sample and "fill this in" in str(sample).lower()
    loader.upload.value = upload("editorial.txt", b"Title here\n\nA shameful plan.")
    assert loader.paste.value == "Title here\n\nA shameful plan."
    assert loader.title.value == "editorial"
    assert "Loaded editorial.txt" in loader.status.message
    chosen = loader.chosen()
    assert not chosen.is_sample and chosen.title == "editorial" and chosen.words == 5
    loader.title.value = ""
    assert loader.chosen().title == "Title here"


def test_loader_reports_a_bad_file_and_keeps_the_text():
    loader = TextLoader()
    loader.paste.value = "My pasted text."
    loader.upload.value = upload("bad.txt", b"\xff\xfe\x00")
    assert loader.status.kind == "problem" and "not UTF-8" in loader.status.message
    assert loader.paste.value == "My pasted text."
    loader.paste.value = ""
    assert "empty" in loader.status.message
