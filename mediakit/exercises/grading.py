"""What the test cells of the exercise notebooks call.

The visible part of a test cell calls :func:`check_format`: it fails (with a message
that says how to fix it) only when the answer has the wrong shape or is still
empty, and prints a warning for smaller slips that will cost that one mark. The
hidden part calls :func:`score_phrases` or :func:`score_labels` with the expected
values written inline, so they disappear from the student version with the hidden
tests.
"""

from __future__ import annotations

import difflib

from mediakit.exercises.model import Question, get_passage, get_question
from mediakit.exercises.scoring import (
    AnswerFormatError,
    LabelResult,
    PhraseResult,
    find_phrase,
    read_labels,
    read_phrases,
    score_labels,
    score_phrases,
    words,
)

__all__ = ["AnswerFormatError", "check_format", "score_labels", "score_phrases", "slips"]


def _ids_text(ids) -> str:
    return ", ".join(str(i) for i in ids)


def _closest_words(passage_id: str, phrase: str) -> str:
    """The run of passage words closest to a mistyped phrase (the passage is public)."""
    n = max(1, len(phrase.split()))
    candidates = []
    for s in get_passage(passage_id).sentences:
        toks = s.text.split()
        candidates += [" ".join(toks[i:i + n]).strip(".,;:!?“”\"") for i in
                       range(max(1, len(toks) - n + 1))]
    best = difflib.get_close_matches(phrase, candidates, n=1, cutoff=0.6)
    return f' Did you mean "{best[0]}"?' if best else ""


def _structure(q: Question, answer: object):
    """Read the answer (raises :class:`AnswerFormatError`) and refuse an empty one."""
    if q.type == "phrases":
        marks = read_phrases(answer, q.variable)
        if not marks:
            raise AnswerFormatError(
                f"{q.variable} is still empty: copy the {q.noun}s you choose from the passage "
                f'into it, like {{"first {q.noun}", "second {q.noun}"}}.'
            )
        return marks
    labels = read_labels(answer, len(q.fields), q.variable)
    if not labels:
        raise AnswerFormatError(
            f"{q.variable} is still empty: give a label for each sentence "
            f"({_ids_text(get_passage(q.passage).ids)})."
        )
    return labels


def slips(q: Question, answer: object, missing: bool = True) -> list[str]:
    """Small mistakes that make single marks or items count as wrong; never shows the key."""
    out: list[str] = []
    if q.type == "phrases":
        for mark in read_phrases(answer, q.variable):
            if not any(find_phrase(s.text, mark) for s in get_passage(q.passage).sentences):
                out.append(f'"{mark}" is not in the passage, so it cannot count. Copy the words '
                           f"exactly.{_closest_words(q.passage, mark)}")
            elif len(words(mark)) > q.max_words:
                out.append(f'"{mark}" is {len(words(mark))} words long, so it cannot count: mark '
                           f"only the words that carry the charge (at most {q.max_words}).")
        return out
    labels = read_labels(answer, len(q.fields), q.variable)
    item_ids = [i.sentence for i in q.items]
    for sid, values in labels.items():
        if sid not in item_ids:
            hint = ""
            if isinstance(sid, str) and sid.isdigit() and int(sid) in item_ids:
                hint = f" Write the number without quotes: {sid}, not \"{sid}\"."
            elif isinstance(sid, int) and str(sid) in [str(i) for i in item_ids]:
                hint = f" Write it in quotes, as in the passage: \"{sid}\"."
            out.append(f"there is no item {sid!r} to label here (the items are "
                       f"{_ids_text(item_ids)}).{hint}")
            continue
        for value, allowed, fld in zip(values, q.vocabulary, q.fields, strict=True):
            if value not in allowed:
                close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
                suggestion = f' Did you mean "{close[0]}"?' if close else ""
                out.append(f'sentence {sid}: "{value}" is not a {fld} label; use one of '
                           f"{', '.join(allowed)}.{suggestion}")
    unlabelled = [i for i in item_ids if i not in labels]
    if missing and unlabelled:
        out.append(f"no label yet for {_ids_text(unlabelled)}: an item without a label counts "
                   "as wrong.")
    return out


def check_format(question_id: str, answer: object) -> None:
    """Visible test: fail on a wrong shape or an empty answer, warn about slips.

    Raises :class:`AnswerFormatError` (an ``AssertionError``) with a fix-it message.
    """
    q = get_question(question_id)
    _structure(q, answer)
    for message in slips(q, answer):
        print(f"Warning: {message}")


def score(q: Question, answer: object) -> PhraseResult | LabelResult:
    """Score an answer against the key in the package data (used by the self-check)."""
    if q.type == "phrases":
        key = [(item.sentence, item.accept) for item in q.items]
        return score_phrases(answer, q.passage, key, q.plain, q.max_words, q.variable)
    key = {item.sentence: item.accept for item in q.items}
    return score_labels(answer, key, q.fields, q.plain, q.variable)


def passes(q: Question, result: PhraseResult | LabelResult) -> dict[str, bool]:
    """grade_id -> whether that test cell would pass (the same rule as the hidden test)."""
    out = {}
    for rule in q.grades:
        correct = result.correct if q.type == "phrases" else result.correct[rule.field]
        ok = correct >= rule.min_correct
        if rule.max_false_alarms is not None:
            ok = ok and result.false_alarms <= rule.max_false_alarms
        out[rule.grade_id] = ok
    return out
