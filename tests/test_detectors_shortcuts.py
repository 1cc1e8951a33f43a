"""The shortcuts family: black-and-white, thought-terminating clichés, whataboutism, slogans.

Checks each detector on sentences written for these tests, every cliché of the
lexicon, the shipped texts, and offsets on arbitrary text. Side-neutrality, quiet
neutral text and the family's data (pattern examples end to end, lexicon headers) are
checked in test_detectors.py and test_matching.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.detectors import check_finding, shortcuts
from mediakit.document import Document
from mediakit.matching import load_lexicon
from mediakit.texts import CASE_STUDY, OPPOSITE_SLANT, WARMUP, get

DETECTORS = [cls() for cls in shortcuts.DETECTORS]


def found(text: str) -> list:
    return list(mediakit.analyze(text, DETECTORS).findings)


def techniques(text: str) -> set[str]:
    return {f.technique for f in found(text)}


def spans_of(text: str, technique: str) -> list[str]:
    return [f.text for f in found(text) if f.technique == technique]



# -- the clichés lexicon ---------------------------------------------------------------------


@pytest.mark.parametrize("entry", load_lexicon("shortcuts_cliches.tsv"), ids=lambda e: e.term)
def test_every_cliche_is_found_in_a_sentence(entry):
    text = f"Well, {entry.term}."
    assert entry.term in [t.lower().replace("’", "'") for t in
                          spans_of(text, "thought_terminating_cliche")]

# -- black and white ----------------------------------------------------------------------------


def test_black_and_white_marks_the_whole_dilemma():
    text = "Either the town builds the bypass, or the high street will die."
    assert spans_of(text, "black_and_white") == [
        "Either the town builds the bypass, or the high street will die"]


@pytest.mark.parametrize("text", [
    "There is no alternative to cutting the bus routes.",
    "The club has no choice but to sell its best player.",
    "You are either with us or against us.",
    "There are two kinds of voters: the loyal and the lost.",
])
def test_false_choices(text):
    assert "black_and_white" in techniques(text)


def test_ordinary_either_and_or_are_not_dilemmas():
    assert "black_and_white" not in techniques("Bikes may be left on either side of the gate.")
    assert "black_and_white" not in techniques("Tea or coffee will be served at ten.")


# -- clichés -----------------------------------------------------------------------------------


def test_tautologies_are_found_by_shape():
    assert spans_of("A promise is a promise, and he broke it.",
                    "thought_terminating_cliche") == ["A promise is a promise"]
    assert spans_of("Orders are orders.", "thought_terminating_cliche") == ["Orders are orders"]
    assert "thought_terminating_cliche" not in techniques("The order is ready.")
    assert "thought_terminating_cliche" not in techniques("This is this week’s menu.")


def test_cliches_close_the_question():
    assert "thought_terminating_cliche" in techniques(
        "The fares go up again, and that's just the way it is.")
    assert "thought_terminating_cliche" in techniques(
        "We keep the old rules, and there is nothing more to say.")


# -- whataboutism --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "What about the other party’s expenses?",
    "Where was the outrage when the last mayor did the same?",
    "The same people who cheered the old stadium now attack the new one.",
    "The referee is in no position to lecture anyone about fairness.",
    "Some believe that the whole scheme is an elaborate hoax.",
])
def test_deflections_and_straw_men(text):
    assert "whataboutism" in techniques(text)


def test_ordinary_questions_are_not_deflection():
    assert "whataboutism" not in techniques("What about lunch at one?")
    assert "whataboutism" not in techniques("Where was the meeting held?")


# -- slogans ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, phrase", [
    ("Protesters chanted “Save the Valley” outside the hall.", "Save the Valley"),
    ("Their banners said STOP THE TOLL ROAD in red paint.", "STOP THE TOLL ROAD"),
    ("The campaign trended as #SaveOurLibrary all week.", "#SaveOurLibrary"),
    ("Never surrender!", "Never surrender!"),
    ("The rally ended with one line: make the harbour proud again.",
     "make the harbour proud again"),
])
def test_slogans_by_their_shape(text, phrase):
    assert phrase in spans_of(text, "slogan")


@pytest.mark.parametrize("text", [
    "Death toll rises to 40!", "Long queues at the border!", "Power cut in the north!",
    "Stand by for news!", "Hands shaking, she spoke!", "Down 5 points today!",
])
def test_a_two_word_chant_opener_needs_both_words(text):
    # "Long live …" and "Death to …" are chants; "Long queues" and "Death toll" are news
    assert "slogan" not in techniques(text)


@pytest.mark.parametrize("text, cue, phrase", [
    ("Long live the republic!", "Long live", "Long live …"),
    ("Death to the tyrants!", "Death to", "Death to …"),
    ("Stand with the strikers!", "Stand with", "Stand with …"),
    ("They chanted #LongLiveTheKing at noon.", "long live", "Long live …"),
])
def test_two_word_chant_openers(text, cue, phrase):
    [f] = [f for f in found(text) if f.technique == "slogan"]
    assert f.cue == cue
    assert phrase in f.explanation


def test_a_quotation_left_open_keeps_its_last_letter():
    text = "The crowd chanted “Save our pool"
    assert spans_of(text, "slogan") == ["Save our pool"]


def test_quoted_words_that_are_not_chants_are_not_slogans():
    assert "slogan" not in techniques("She called the plan “a work in progress”.")
    assert "slogan" not in techniques("The witness said there was “no evidence”.")
    assert "slogan" not in techniques("The minister was reported by the BBC and the AFP.")


# -- the shipped texts ------------------------------------------------------------------------


def _overlaps(findings, text, quote, technique):
    start = text.index(quote)
    end = start + len(quote)
    return any(f.technique == technique and f.start < end and f.end > start for f in findings)


@pytest.mark.parametrize("name, quote, technique", [
    (CASE_STUDY, "either allied with Russia, like Belarus or neutral", "black_and_white"),
    (CASE_STUDY, "neither reversed nor ignored", "thought_terminating_cliche"),
    (CASE_STUDY, "neither reversed nor ignored", "black_and_white"),
    (CASE_STUDY, "this is all an elaborate deception", "whataboutism"),
    (OPPOSITE_SLANT, "has no choice but to keep fighting", "black_and_white"),
    (OPPOSITE_SLANT, "all this friendliness is a clever tactic", "whataboutism"),
    (OPPOSITE_SLANT, "might ask when Russia last held a vote", "whataboutism"),
    (OPPOSITE_SLANT, "nothing about Ukraine without Ukraine", "slogan"),
    (OPPOSITE_SLANT, "there is nothing more to say", "thought_terminating_cliche"),
    (WARMUP, "either we keep Riverside open", "black_and_white"),
    (WARMUP, "Save our pool!", "slogan"),
    (WARMUP, "Our children can’t.", "slogan"),
])
def test_shipped_texts_shortcuts_are_found(name, quote, technique):
    text = get(name).text
    assert _overlaps(found(text), text, quote, technique)


# -- findings are well formed ------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "either ", " or ", "What about ", "Save our pool", "STOP THE WAR ", "#SaveIt ", "#",
    "rules are rules", "“", "”", "\"", "!", ". ", ", ", "\n\n", "no ", "Never surrender! ",
    "é", "\u0301", "🙂", "neither reversed nor ignored ", "it is what it is ", "is ",
]), max_size=30))
def test_offsets_are_slices_on_any_text(pieces):
    text = "".join(pieces)
    doc = Document(text)
    for det in DETECTORS:
        for f in det.detect(doc):
            check_finding(f, text, det.name)
            assert text[f.start:f.end] == f.text
            assert f.text == f.text.strip()


def test_a_chant_loses_spaces_and_quote_marks_in_any_order():
    # found by hypothesis: a space left between the chant and a stray opening quote
    text = "é“STOP THE WAR “”\"\""
    [f] = [f for f in found(text) if f.technique == "slogan"]
    assert f.text == "STOP THE WAR"
