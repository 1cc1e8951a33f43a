"""The shipped texts and their answer keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit import texts
from mediakit.texts import TextDataError, resolve_key

SHARED_ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "article" / "trump_putin_call.txt"


def test_case_study_is_shipped_verbatim():
    article = texts.case_study()
    if SHARED_ARTICLE.exists():
        with SHARED_ARTICLE.open(encoding="utf-8", newline="") as fh:
            assert article.text == fh.read()
    assert "“rules-based global order”" in article.text  # curly quotes kept
    assert article.genre == "opinion" and article.slant == "pro-Kremlin"


def test_all_texts_load_with_keys_that_resolve():
    assert texts.names()[0] == texts.CASE_STUDY
    assert set(texts.names()) >= {texts.NEUTRAL_REPORT, texts.OPPOSITE_SLANT, texts.WARMUP}
    for name in texts.names():
        t = texts.get(name)
        assert t.title and t.note and t.source
        for mark in t.key:
            assert t.text[mark.start : mark.end] == mark.text
            assert mark.why


def test_contrast_texts_balance_the_case_study():
    article, mirror = texts.case_study(), texts.get(texts.OPPOSITE_SLANT)
    neutral = texts.get(texts.NEUTRAL_REPORT)
    assert mirror.slant != article.slant
    assert len(neutral.key) < len(article.key) / 5
    families = {m.family for m in article.key}
    assert families <= {m.family for m in mirror.key}


def test_unknown_text_lists_what_exists():
    with pytest.raises(KeyError, match="available"):
        texts.get("nope")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"quote": "zzz", "technique": "doubt"}, "not found"),
        ({"quote": "a", "technique": "nope"}, "unknown technique"),
        ({"quote": "", "technique": "doubt"}, "empty quote"),
        ({"quote": "dog", "technique": "doubt", "occurrence": 2}, "occurrence 2"),
    ],
)
def test_bad_key_entries_name_the_entry(entry, message):
    with pytest.raises(TextDataError, match=message):
        resolve_key("a cat and a dog", [entry], "demo")
