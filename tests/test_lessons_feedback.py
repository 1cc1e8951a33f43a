"""The try-it checks: placeholders say "fill this in", answers get the right verdict and a
message that helps, and nothing raises on what a learner might type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit import texts
from mediakit.lessons import feedback as fb
from mediakit.lessons.feedback import (
    check_choice,
    check_each,
    check_filled,
    check_kinds,
    check_labels,
    check_number,
    check_order,
    check_phrases,
    check_produced,
    check_queries,
    check_rewrite,
    check_summary,
    check_twins,
    compare_prediction,
    family_id,
    find_phrase,
    is_blank,
    technique_id,
)
from mediakit.lessons.predict import set_instructor_mode

LETTER = texts.get(texts.WARMUP)
ARTICLE = texts.case_study()
OPPOSITE = texts.get(texts.OPPOSITE_SLANT)


@pytest.fixture(autouse=True)
def learner_mode(monkeypatch):
    monkeypatch.delenv("MEDIAKIT_INSTRUCTOR", raising=False)
    set_instructor_mode(None)
    yield
    set_instructor_mode(None)


PLACEHOLDERS = [..., None, "", "   ", "fill this in", [...], [..., ...], {"a": ...}, ("...",)]


@pytest.mark.parametrize("value", PLACEHOLDERS, ids=repr)
def test_every_check_says_fill_this_in_for_a_placeholder(value):
    checks = [
        lambda v: check_phrases(v, LETTER),
        lambda v: check_choice(v, "b"),
        lambda v: check_number(v, 3, what="x"),
        lambda v: check_order(v, ["a", "b"], what="x"),
        lambda v: check_rewrite("A shameful plan.", v),
        lambda v: check_produced(v, "bandwagon"),
        lambda v: check_queries(v, "a claim"),
        lambda v: check_filled(v),
        lambda v: check_summary(v),
        lambda v: compare_prediction(v, "yes"),
    ]
    for check in checks:
        result = check(value)
        assert result.status == "todo"
        assert "fill this in" in str(result).lower()
        assert "fill this in" in result._repr_html_().lower()


def test_dict_checks_say_fill_this_in_when_every_value_is_a_placeholder():
    assert check_labels({"the Biden regime": ...}, ARTICLE).status == "todo"
    assert check_each({"a": ...}, {"a": "fact"}, options=("fact", "technique")).status == "todo"
    assert check_kinds({1: ...}, {1: "claim"}).status == "todo"
    assert check_twins({"rushed to state": ...}).status == "todo"


def test_is_blank_keeps_real_answers():
    for value in ("no", 0, 0.0, ["a phrase"], {"a": "fact"}, False):
        assert not is_blank(value)


def test_technique_and_family_names_are_forgiving():
    assert technique_id("Loaded language") == "loaded_language"
    assert technique_id("name calling") == technique_id("labelling") == "name_calling"
    assert technique_id("Black-and-White") == "black_and_white"
    assert technique_id("straw man") == "whataboutism"
    assert technique_id("thought-terminating cliché") == "thought_terminating_cliche"
    assert technique_id("reductio ad Hitlerum") == "reductio_ad_hitlerum"
    assert technique_id("nonsense") is None and technique_id(3) is None
    assert family_id("Claims and evidence") == "claims" and family_id("NONE") == "none"


def test_find_phrase_ignores_case_quotes_and_spacing():
    text = "Don’t be the only family on your street that didn’t."
    assert find_phrase("don't  be THE only", text) == (0, 17)
    assert find_phrase("“rules-based global order”", "a \"rules-based global order\" x") == (2, 28)
    assert find_phrase("", text) is None


def test_check_phrases_finds_names_near_misses_and_false_alarms():
    result = check_phrases(["Don't be the only family", "Everyone I talk to",
                            "The pool opened in 1962", "no such words"],
                           LETTER, techniques=["bandwagon"])
    assert result.status == "partial"
    text = str(result)
    assert "1 of the 2 places" in text
    assert "yes, bandwagon" in text
    assert "but as vague source" in text            # in the key, another technique
    assert "leaves this unmarked" in text           # a false alarm, said gently
    assert "is not in the text" in text             # a typo
    assert "paragraph 4" in result.hint             # where the missing one is, not what


def test_check_phrases_all_found_is_good_and_never_quotes_the_missing_marks():
    good = check_phrases(["and more sign every day", "Don’t be the only family"], LETTER,
                         techniques=["bandwagon"])
    assert good.status == "good"
    partial = check_phrases(["shameful"], LETTER, families=["loaded_language"], need=3)
    assert partial.status == "partial"
    missed = [m.text for m in LETTER.key if m.family == "loaded_language" and
              m.text != "shameful decision"]
    assert not any(m in str(partial) for m in missed)


def test_check_phrases_pasting_whole_paragraphs_finds_nothing():
    # Discernment, not suspicion: copying the whole text must not "find" every mark in it.
    whole = check_phrases([LETTER.text], LETTER, techniques=["bandwagon"])
    assert whole.status == "retry"
    assert "too long to count" in str(whole) and "Janet Okafor" not in str(whole)
    paragraphs = [p for p in ARTICLE.text.split("\n\n") if len(p.split()) > 60][:3]
    assert check_phrases(paragraphs, ARTICLE, need=3).status == "retry"
    # A key mark copied whole still counts, however long it is.
    rose = next(m.text for m in LETTER.key if m.text.startswith("Think of my neighbour Rose"))
    assert len(rose.split()) > fb.MAX_PHRASE_WORDS
    assert check_phrases([rose], LETTER, techniques=["appeal_to_pity"], need=1).status == "good"


def test_check_phrases_within_a_paragraph():
    start = LETTER.text.index("The pool opened")
    end = LETTER.text.index("\n\n", start)
    result = check_phrases(["shameful"], LETTER, within=(start, end))
    assert "not in the paragraph" in str(result)
    assert result.status == "info"  # the key marks nothing in that plain paragraph


def test_check_phrases_accepts_one_phrase_as_a_string_and_rejects_odd_types():
    assert check_phrases("shameful", LETTER, techniques=["loaded_language"]).status in (
        "good", "partial")
    assert check_phrases(42, LETTER).status == "retry"
    with pytest.raises(TypeError):
        check_phrases(["x"], "just a string, no key")


def test_check_labels_across_both_pieces_with_half_credit():
    result = check_labels({"the Biden regime": "name-calling", "Kremlin-speak": "exaggeration",
                           "endless wars": "appeal to fear", "crawls forward": ...,
                           "literally for centuries now": "made up"}, ARTICLE, OPPOSITE)
    text = str(result)
    assert result.status == "partial"
    assert "1 of 5 right, 1 in the right family" in text
    assert "1 still to fill this in" in text
    assert "I do not know the technique 'made up'" in text
    assert "Hint: it is in the loaded language family" in text
    assert check_labels(["not a dict"], ARTICLE).status == "retry"
    assert "not in the text any more" in str(check_labels({"zzz qqq": "slogan"}, ARTICLE))


def test_check_choice_and_each():
    assert check_choice("b", {"a", "b"}).ok
    wrong = check_choice("c", "b", options="abc", explanations={"c": "C is a claim."})
    assert wrong.status == "retry" and "C is a claim." in str(wrong)
    assert "is not one of the options" in str(check_choice("z", "b", options="abc"))
    each = check_each({"a": "Fact", "b": "technique", "c": "maybe"},
                      {"a": "fact", "b": "fact", "c": "fact"}, options=("fact", "technique"),
                      why={"b": "A figure with its source."})
    assert each.status == "partial" and "1 of 3 right" in str(each)
    assert "A figure with its source." in str(each)
    assert "'maybe' is not one of 'fact' or 'technique'" in str(each)


def test_check_kinds_uses_the_five_kinds():
    result = check_kinds({1: "attributed", 2: "opinion"}, {1: "attributed", 2: "claim"},
                         why={2: "A statement of fact."})
    assert result.status == "partial"
    assert "✓ 1" in str(result) and "✗ 2: not opinion. A statement of fact." in str(result)


def test_predictions_are_compared_never_graded():
    assert check_number(5, 5, what="marks").status == "info"
    assert "Close." in str(check_number(6, 5, what="marks"))
    assert "Higher than you predicted. Why?" in str(check_number(1, 50, what="m", higher="Why?"))
    assert "Lower than you predicted." in str(check_number(90, 50, what="m"))
    assert check_number("five", 5, what="m").status == "retry"
    assert "and so it was" in str(compare_prediction("Yes", ["yes"]))
    assert "the answer is no" in str(compare_prediction("yes", "no", options=("yes", "no")))
    assert compare_prediction("maybe", "no", options=("yes", "no")).status == "retry"
    order = check_order(["b", "a"], ["a", "b"], what="rate")
    assert order.status == "info" and "a > b" in str(order)
    assert "Exactly right" in str(check_order(["A", "b"], ["a", "b"], what="rate"))
    assert check_order(["x"], ["a", "b"], what="rate").status == "retry"


def test_instructor_mode_shows_the_answer_instead_of_a_todo():
    set_instructor_mode(True)
    assert str(check_number(..., 52, what="marks")) == "ℹ Compare: The answer: 52 marks."
    assert "The answer: yes" in str(compare_prediction(..., "yes"))
    assert "The answer (rate): a > b" in str(check_order(..., ["a", "b"], what="rate"))


def test_check_rewrite_keeps_facts_and_removes_the_technique():
    original = "This is a shameful decision by the council."
    clean = check_rewrite(original, "This is a decision by the council.", keep=["council"],
                          analyze=lambda t: _fake(t, "shameful"))
    assert clean.status == "good"
    lost = check_rewrite(original, "This is a decision.", keep=["council"],
                         analyze=lambda t: _fake(t, "shameful"))
    assert lost.status == "partial" and "Yours lost: council" in str(lost)
    same = check_rewrite(original, original, analyze=lambda t: _fake(t, "shameful"))
    assert same.status == "retry" and "still the original" in str(same)
    worse = check_rewrite(original, "A shameful, shameful decision.",
                          analyze=lambda t: _fake(t, "shameful"))
    assert worse.status == "retry"
    assert check_rewrite(original, 3).status == "retry"


def test_check_produced_reports_what_the_detector_saw():
    spotted = check_produced("Everyone knows it.", "bandwagon",
                             analyze=lambda t: _fake(t, "Everyone", "bandwagon"))
    assert spotted.status == "good" and "Spotted" in str(spotted)
    missed = check_produced("A calm sentence.", "bandwagon", analyze=lambda t: _fake(t, "zzz"))
    assert missed.status == "info" and "which is it?" in str(missed)


def test_check_queries_prefers_short_specific_queries():
    claim = ("we are increasingly hearing reports of mass surrenders, commander turnover, and "
             "also mutinies among Ukrainian troops")
    good = check_queries(["Ukrainian troops surrender 2025", "mutiny Ukraine army report"], claim)
    assert good.status == "good"
    copied = check_queries([claim], claim)
    assert copied.status == "retry" and "copies the claim" in str(copied)
    short = check_queries(["Ukraine"], claim)
    assert "too short" in str(short)
    vague = check_queries(["mutinies among troops reports", "surrender numbers"], claim)
    assert "add a name, a place or a date" in str(vague)


def test_check_twins_uses_the_mirror_pairs():
    result = check_twins({"rushed to state": "rushed to offer",
                          "the Biden regime": "The Putin regime",
                          "about 100% certain": "Kremlin-speak",
                          "we are increasingly hearing reports": "not in the text at all"})
    text = str(result)
    assert result.status == "partial" and "2 of 4 twins found" in text
    assert "is not the twin" in text and "copy it exactly" in text


def test_check_summary_asks_for_techniques_and_evidence():
    good = check_summary("The letter argues for the pool. It uses loaded language and a "
                         "bandwagon. Its figures have a named source, the annual report.")
    assert good.status == "good"
    thin = check_summary("I liked it.")
    assert thin.status == "partial" and "write at least 3" in str(thin)
    assert "Name at least one technique" in str(thin)


@given(st.one_of(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=4),
                 st.integers(), st.none(), st.dictionaries(st.text(max_size=8),
                                                           st.text(max_size=8), max_size=3)))
def test_nothing_a_learner_types_makes_a_check_raise(answer):
    results = [check_phrases(answer, LETTER), check_choice(answer, "b"),
               check_number(answer, 3, what="x"), check_filled(answer),
               check_queries(answer, "a claim"), check_summary(answer),
               check_labels(answer, LETTER), check_twins(answer),
               check_each(answer, {"a": "fact"}, options=("fact", "technique"))]
    for r in results:
        assert r.status in fb.STATUS and str(r)


def _fake(text: str, word: str, technique: str = "loaded_language"):
    """A one-rule detector, so rewrite checks do not depend on the kit's lexicons."""
    import mediakit
    from mediakit.findings import make_finding

    def detect(doc):
        start = doc.text.find(word)
        while start >= 0:
            yield make_finding(doc.text, start, start + len(word), technique, "test rule",
                               cue=word)
            start = doc.text.find(word, start + 1)

    return mediakit.analyze(text, detectors=[detect])
