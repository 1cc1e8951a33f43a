"""Rewrite lab logic: before/after comparison and the producer check, with a test detector."""

from __future__ import annotations

from stubs import word_detector

from mediakit import analyze
from mediakit.activities.rewrite import (
    RewriteWork,
    compare_rewrite,
    flagged_sentences,
    producer_check,
)

WORDS = {"reckless": "loaded_language", "everyone knows": "bandwagon", "crook": "name_calling"}


detect = word_detector(WORDS, suggestion="a neutral word")


def fake(text):
    return analyze(text, detectors=[detect])


ORIGINAL = "Everyone knows this reckless plan came from a crook."


def test_removed_kept_added_and_status():
    clean = compare_rewrite(ORIGINAL, "The plan was proposed by the mayor.", fake)
    assert clean.status == "clean"
    assert set(clean.removed) == {"bandwagon", "loaded_language", "name_calling"}
    assert "Gone:" in clean.message() and "keeps the facts" in clean.message()

    better = compare_rewrite(ORIGINAL, "This reckless plan came from the mayor.", fake)
    assert better.status == "better"
    assert set(better.kept) == {"loaded_language"}
    assert "Still there: Loaded language." in better.message()

    worse = compare_rewrite("The plan came from the mayor.",
                            "The reckless plan came from the mayor.", fake)
    assert worse.status == "worse" and set(worse.added) == {"loaded_language"}
    assert "New in your version: Loaded language." in worse.message()


def test_empty_and_unchanged_rewrites():
    assert compare_rewrite(ORIGINAL, "   ", fake).status == "empty"
    same = compare_rewrite(ORIGINAL, ORIGINAL + " ", fake)
    assert same.status == "unchanged" and "still the original" in same.message()


def test_counts_repeated_techniques():
    twice = "A reckless, reckless plan."
    once = compare_rewrite(twice, "A reckless plan.", fake)
    assert once.removed["loaded_language"] == 1 and once.kept["loaded_language"] == 1
    assert "Gone: Loaded language." in once.message()


def test_producer_check_statuses():
    assert producer_check("Everyone knows it.", "bandwagon", fake).status == "spotted"
    assert "Spotted" in producer_check("Everyone knows it.", "bandwagon", fake).message()
    family = producer_check("What a crook.", "loaded_language", fake)
    assert family.status == "family" and "same family" in family.message()
    other = producer_check("What a crook.", "bandwagon", fake)
    assert other.status == "other" and "Name-calling" in other.message()
    missed = producer_check("The sky is blue.", "slogan", fake)
    assert missed.status == "missed" and "which is it?" in missed.message()
    assert producer_check("  ", "slogan", fake).status == "empty"


def test_flagged_sentences_lists_sentences_with_findings():
    report = fake("The plan was approved. " + ORIGINAL)
    flagged = flagged_sentences(report)
    assert [(i, t) for i, t, _ in flagged] == [(1, ORIGINAL)]
    assert len(flagged[0][2]) == 3


def test_work_round_trip_ignores_junk():
    work = RewriteWork()
    work.rewrites[ORIGINAL] = "The plan came from the mayor."
    work.produced["slogan"] = "Build it now!"
    again = RewriteWork()
    again.load_data({**work.to_data(), "extra": 1})
    assert again.to_data() == work.to_data()
    again.load_data({"rewrites": ["not", "a", "mapping"]})
    assert again.rewrites == work.rewrites


