"""The self-check: right, wrong, partly right and malformed answers for every exercise.

Also the exercise data: passages quote the kit's texts verbatim, keys resolve, and the
feedback never gives the key away (missed phrases are counted, not quoted; hints never
contain the expected label).
"""

from __future__ import annotations

import json
import re

import pytest
from exercise_answers import key_answer, plain_phrase, wrong_answer
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit import texts
from mediakit.exercises import Feedback, check, exercise_ids, show
from mediakit.exercises.model import (
    ExerciseDataError,
    get_passage,
    parse_key,
    parse_passages,
    passages,
    questions,
)
from mediakit.exercises.scoring import normalise_label, score_labels, score_phrases
from mediakit.techniques import TECHNIQUES

AUTO = [q for q in questions().values() if q.autograded]
PHRASES = [q for q in AUTO if q.type == "phrases"]
LABELS = [q for q in AUTO if q.type == "labels"]
MANUAL = [q for q in questions().values() if not q.autograded]


def spellings(label: str) -> list[str]:
    forms = {label, label.replace("_", " "), label.replace("_", "-")}
    if label in TECHNIQUES:
        forms |= {TECHNIQUES[label].name.lower(), TECHNIQUES[label].label.lower()}
    return sorted(forms)


def contains_word(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", text.lower()) is not None


# -- data ------------------------------------------------------------------------------


def test_passages_quote_the_kit_texts_verbatim():
    assert passages()
    for pid, passage in passages().items():
        for s in passage.sentences:
            if s.source != "exercise":
                assert s.text in texts.get(s.source).text, (pid, s.id)


def test_every_assignment_draws_on_both_sides_or_a_new_text():
    by_assignment: dict[str, set[str]] = {}
    for pid, passage in passages().items():
        by_assignment.setdefault(pid[:4], set()).update(s.source for s in passage.sentences)
    for number, sources in by_assignment.items():
        both = {texts.CASE_STUDY, texts.OPPOSITE_SLANT} <= sources
        assert both or sources == {"exercise"}, number


def test_exercise_ids_and_points():
    ids = exercise_ids()
    assert ids[0] == "ex01.q1" and len(ids) == len(set(ids)) >= 15
    for q in AUTO:
        assert q.max_points == sum(g.points for g in q.grades) > 0


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ('[[passage]]\nid = "x"\ntitle = "t"\n[[passage.sentence]]\nid = 1\ntext = "A b."\n'
         'source = "exercise"\nfocus = "zzz"\n', "focus 'zzz' is not in the sentence"),
        ('[[passage]]\nid = "x"\ntitle = "t"\n[[passage.sentence]]\nid = 1\ntext = "A."\n'
         'source = "e"\n[[passage.sentence]]\nid = 1\ntext = "B."\nsource = "e"\n',
         "duplicate sentence ids"),
    ],
)
def test_bad_passage_files_name_the_entry(raw, message):
    with pytest.raises(ExerciseDataError, match=re.escape(message)):
        parse_passages(raw, "bad.toml")


_KEY_HEAD = 'assignment = "ex09_x"\ntitle = "t"\nlesson = "l"\nminutes = 5\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[question]]\nid = "ex09.q1"\ntitle = "t"\ntype = "phrases"\nvariable = "v"\n'
         'passage = "ex01.A"\n[[question.item]]\nsentence = 2\naccept = ["not there"]\n'
         'hint = "h"\n', "'not there' is not in sentence 2"),
        ('[[question]]\nid = "ex09.q1"\ntitle = "t"\ntype = "labels"\nvariable = "v"\n'
         'passage = "ex03.A"\nfields = ["technique"]\nvocabulary = [["none", "slogan"]]\n'
         '[[question.item]]\nsentence = 1\naccept = [["bandwagon"]]\nhint = "h"\n',
         "not in vocabulary"),
        ('[[question]]\nid = "ex09.q1"\ntitle = "t"\ntype = "labels"\nvariable = "v"\n'
         'passage = "ex03.A"\nfields = ["technique"]\nvocabulary = [["none"]]\n'
         '[[question.item]]\nsentence = 1\naccept = [["none"]]\nhint = "h"\n',
         "needs [[question.grade]] rules"),
        ('[[question]]\nid = "q1"\ntitle = "t"\ntype = "written"\ngrade_id = "ex09_q1_w"\n'
         "points = 1\n", "id must look like ex09.q1"),
        ('[[question]]\nid = "ex09.q1"\ntitle = "t"\ntype = "essay"\n', "type must be one of"),
    ],
)
def test_bad_key_files_name_the_entry(body, message):
    with pytest.raises(ExerciseDataError, match=re.escape(message)):
        parse_key(_KEY_HEAD + body, "bad.toml")


def test_show_renders_numbered_sentences_with_focus_and_escaping():
    passage = show("ex01.C")
    html = passage._repr_html_()
    assert "<strong>[Project Ukraine]</strong>" in html and "<table" in html
    assert "[[Project Ukraine]]" in str(passage)
    framing = show("ex04.A")
    assert "[news report]" not in str(framing)  # telling the versions apart is the exercise
    assert "[news report]" in str(show("ex02.A"))
    with pytest.raises(KeyError, match="known passages"):
        show("ex99.Z")


# -- right, partly right, wrong ---------------------------------------------------------


@pytest.mark.parametrize("q", AUTO, ids=lambda q: q.id)
def test_key_answer_earns_every_point(q):
    fb = check(q.id, key_answer(q))
    assert fb.checked and fb.ok and fb.points == q.max_points
    assert not fb.problems and not fb.hints
    assert "Right" in str(fb) or "every" in str(fb)


@pytest.mark.parametrize("q", AUTO, ids=lambda q: q.id)
def test_wrong_answer_earns_nothing_and_gets_hints(q):
    fb = check(q.id, wrong_answer(q))
    assert fb.checked and fb.points == 0 and not fb.ok
    assert fb.missing and fb.hints


@pytest.mark.parametrize("q", AUTO, ids=lambda q: q.id)
def test_half_right_answer_earns_some_points_not_all(q):
    full = key_answer(q)
    if q.type == "phrases":
        keep = sorted(full)[: (len(full) + 1) // 2 + 1]
        answer = set(keep)
    else:
        items = list(full.items())
        cut = max(r.min_correct for r in q.grades)
        answer = dict(items[: cut - 1])
        answer.update({sid: full[sid] for sid in list(full)[:1]})
    fb = check(q.id, answer)
    assert fb.checked
    assert fb.points < q.max_points
    assert fb.missing


def test_partial_credit_follows_the_thresholds():
    q = questions()["ex01.q1"]
    items = [i.accept[0] for i in q.items]
    assert check("ex01.q1", set(items[:3])).points == 0
    assert check("ex01.q1", set(items[:4])).points == 2  # some + discern
    assert check("ex01.q1", set(items[:6])).points == 3
    two_false = set(items) | {plain_phrase(q, 1), plain_phrase(q, 4)}
    fb = check("ex01.q1", two_false)
    assert fb.points == 2 and any("plain" in p for p in fb.problems)


def test_phrase_marks_are_tolerant_but_not_too_long():
    # part of a phrase, other case, straight quotes, trailing punctuation: all count
    fb = check("ex01.q2", {"RUSHED", "the putin regime,", "kremlin-speak", "trade compliments"})
    assert fb.points == 2 and "4 of your 4 marks" in str(fb)  # at least 3, and discerning
    q = questions()["ex04.q2"]
    assert check(q.id, {"root causes"}).summary.startswith("You found 2 of")  # 2b and 2c
    long_mark = "Russian armed forces have continued to advance on the battlefield, gradually"
    fb = check("ex01.q1", {long_mark})
    assert fb.points == 0 and any("words long" in p for p in fb.problems)


def test_two_field_labels_are_scored_field_by_field():
    full = key_answer(questions()["ex02.q1"])
    kinds_only = {sid: (kind, "none" if support != "none" else "evidence")
                  for sid, (kind, support) in full.items()}
    fb = check("ex02.q1", kinds_only)
    passed = {g.grade_id for g in fb.grades if g.passed}
    assert passed == {"ex02_q1_kind_most", "ex02_q1_kind_almost_all"}
    assert "(support)" in " ".join(fb.hints)


def test_labels_accept_friendly_spellings():
    fb = check("ex03.q1", {1: "None", 2: "Bandwagon", 3: "appeal to pity", 4: "none",
                           5: "black-and-white", 6: " slogan "})
    assert fb.ok


def test_discernment_needs_plain_sentences_left_alone():
    full = key_answer(questions()["ex03.q1"])
    fb = check("ex03.q1", {**full, 1: "bandwagon"})
    verdict = {g.grade_id: g.passed for g in fb.grades}
    assert verdict == {"ex03_q1_most": True, "ex03_q1_almost_all": True,
                       "ex03_q1_discern": False}


# -- malformed answers ------------------------------------------------------------------


@pytest.mark.parametrize("q", AUTO, ids=lambda q: q.id)
@pytest.mark.parametrize("bad", ["just text", 42, None, 3.5, ["a", "b"], {"x": [1]}, set()])
def test_malformed_answers_get_a_message_not_a_crash(q, bad):
    if q.type == "labels" and isinstance(bad, dict):
        bad = {"x": 1}
    fb = check(q.id, bad)
    assert isinstance(fb, Feedback)
    assert fb.problems or fb.missing
    assert fb.points == 0 or fb.checked
    assert str(fb) and fb._repr_html_()


@pytest.mark.parametrize("q", LABELS, ids=lambda q: q.id)
def test_unknown_labels_and_sentence_ids_are_named(q):
    answer = key_answer(q)
    first = next(iter(answer))
    typo = "apeal_to_fear" if len(q.fields) == 1 else ("clam", "none")
    answer[first] = typo
    bogus_id = 999 if isinstance(first, int) else "zz"
    answer[bogus_id] = answer[list(answer)[1]]
    fb = check(q.id, answer)
    text = " ".join(fb.problems)
    assert fb.checked and "is not a" in text and f"no item {bogus_id!r}" in text


def test_number_in_quotes_gets_a_specific_hint():
    fb = check("ex03.q1", {"1": "none"})
    assert any('without quotes: 1, not "1"' in p for p in fb.problems)


def test_mistyped_phrase_gets_the_closest_passage_words():
    fb = check("ex01.q1", {"frenzy", "rushed to state"})
    assert any('Did you mean "frenzied"' in p for p in fb.problems)
    assert fb.summary.startswith("You found 1 of")


def test_missing_answer_and_unknown_exercise():
    assert not check("ex01.q1").checked
    fb = check("ex42.q9", {"x"})
    assert not fb.checked and "known:" in fb.problems[0]
    assert not check(None, {"x"}).checked  # type: ignore[arg-type]


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.integers(0, 14) | st.text(max_size=3), inner, max_size=4)
    | st.frozensets(st.text(max_size=12), max_size=4),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None)
@given(qid=st.sampled_from([q.id for q in questions().values()]), value=_values)
def test_check_never_raises(qid, value):
    fb = check(qid, value)
    assert isinstance(str(fb), str) and isinstance(fb._repr_html_(), str)


# -- the key stays hidden ---------------------------------------------------------------


@pytest.mark.parametrize("q", PHRASES, ids=lambda q: q.id)
def test_feedback_never_quotes_a_missed_phrase(q):
    key_phrases = {a.lower() for item in q.items for a in item.accept}
    for answer in (wrong_answer(q), {q.items[0].accept[0]}):
        fb = check(q.id, answer)
        shown = (str(fb) + fb._repr_html_()).lower()
        given_marks = {m.lower() for m in answer}
        for phrase in key_phrases - given_marks:
            if not any(phrase in g or g in phrase for g in given_marks):
                assert not contains_word(shown, phrase), phrase


@pytest.mark.parametrize("q", AUTO, ids=lambda q: q.id)
def test_hints_never_contain_the_answer(q):
    for item in q.items:
        if q.type == "phrases":
            for phrase in item.accept:
                assert not contains_word(item.hint, phrase.strip("“”")), (item.hint, phrase)
        else:
            for labels in item.accept:
                for label in labels:
                    for form in spellings(label):
                        assert not contains_word(item.hint, form), (item.hint, form)


@pytest.mark.parametrize("q", LABELS, ids=lambda q: q.id)
def test_wrong_label_feedback_does_not_name_the_right_label(q):
    fb = check(q.id, wrong_answer(q))
    shown = str(fb).split("Autograded points")[0].split("\n", 1)[1]  # not the title
    for item in q.items:
        for labels in item.accept:
            for label in labels:
                for form in spellings(label):
                    assert not contains_word(shown, form), (item.sentence, form)


def test_feedback_text_view_in_ipython_is_the_full_text():
    from IPython.lib.pretty import pretty

    fb = check("ex03.q1", {1: "none"})
    assert pretty(fb) == str(fb) and "What is missing" in pretty(fb)
    assert repr(fb).startswith("<Feedback ex03.q1")


def test_feedback_html_is_escaped():
    fb = check("ex01.q1", {"<script>alert(1)</script>"})
    assert "<script>" not in fb._repr_html_()
    assert "&lt;script&gt;" in fb._repr_html_()


# -- manually graded questions -----------------------------------------------------------


def test_rewrite_feedback_counts_kept_facts_and_charged_words():
    good = check("ex01.q4", "As the talks go on, Russian forces keep advancing against "
                            "Ukraine’s armed forces.")
    assert good.checked and len(good.right) == 4 and not good.missing
    assert good.grades == [] and good.manual_points == 2
    loaded = check("ex01.q4", "Ukraine is being dismantled by frenzied Russian advances.")
    assert any("charged" in m for m in loaded.missing)
    assert "frenzied" not in "".join(loaded.missing + loaded.hints)
    same = check("ex01.q4", get_passage("ex01.A").sentence(5).text)
    assert "unchanged" in same.summary


@pytest.mark.parametrize("q", MANUAL, ids=lambda q: q.id)
def test_manual_questions_handle_empty_stub_and_wrong_type(q):
    for empty in ("", "YOUR ANSWER HERE", "   "):
        assert not check(q.id, empty).checked
    assert not check(q.id, 17).checked
    fb = check(q.id, "A short answer about “shameful decision” and appeals.")
    assert fb.checked and "Your instructor grades this part" in str(fb)


def test_written_feedback_counts_words_and_real_quotations():
    text = ("Letter A wants readers to oppose the plan. It calls it a “car-hating scheme” and "
            "says “the old town will die”, which is exaggeration. It also says “Keep Harwick "
            "moving!” and “a made-up quote”. ") * 8
    fb = check("ex05.q3", text)
    assert fb.checked and any("quotes the text 3 times" in r for r in fb.right)
    assert any(n.startswith("Rubric:") for n in fb.notes)


def _notebook(tmp_path, cells):
    nb = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "answers.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def test_check_reads_answers_from_a_saved_notebook(tmp_path):
    path = _notebook(tmp_path, [
        {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": 'loaded_a = set()\nloaded_a = {"frenzied", "this empire"}'},
        {"cell_type": "markdown", "metadata": {"nbgrader": {"grade_id": "ex01_q6_reflection"}},
         "source": "Both use “rushed to state” and “rushed to offer”."},
        {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": 'loaded_b = set()\nraise NotImplementedError()\nloaded_b = {"x"}'},
    ])
    assert check("ex01.q1", notebook=str(path)).summary.startswith("You found 2 of")
    assert check("ex01.q6", notebook=str(path)).checked
    assert not check("ex01.q2", notebook=str(path)).checked  # the raise stops the cell
    assert not check("ex05.q3", notebook=str(path)).checked
    missing = check("ex01.q1", notebook=str(tmp_path / "nope.ipynb"))
    assert not missing.checked and "Save it first" in missing.problems[0]


def test_scoring_functions_used_by_the_hidden_tests():
    r = score_phrases({"Frenzied", "zzz"}, "ex01.A", [(5, ["frenzied"]), (2, ["rushed to state"])],
                      plain=[1])
    assert (r.correct, r.total, r.unplaced) == (1, 2, ("zzz",))
    with pytest.raises(ValueError, match="not in sentence"):
        score_phrases(set(), "ex01.A", [(1, ["frenzied"])])
    r = score_labels({1: "None", 2: "slogan", 9: "x"}, {1: (["none"],), 2: (["bandwagon"],)},
                     plain=[1])
    assert r.correct == {"label": 1} and r.false_alarms == 0 and r.unknown_ids == (9,)
    assert normalise_label(" Pro-Kremlin ") == "pro_kremlin"
