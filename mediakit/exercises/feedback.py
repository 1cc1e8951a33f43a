"""Self-check feedback: what is right, what is missing, a hint, and never the key.

Rules the builders follow so that feedback cannot be used to read the answer off:

- missed phrases are counted, never quoted; a hint names the sentence and asks a
  question about it;
- wrong labels are named by sentence, with a hint that never contains the label;
- the learner's own words may be quoted back (a false alarm, a mistyped phrase).

The same grading rules as the hidden tests decide the points shown, so a learner who
sees "3 of 3" here gets those points from the autograder too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from mediakit.exercises.grading import _structure, passes, score, slips
from mediakit.exercises.model import Question, get_passage, get_question
from mediakit.exercises.scoring import (
    AnswerFormatError,
    LabelResult,
    PhraseResult,
    find_phrase,
    fold,
    words,
)
from mediakit.techniques import TECHNIQUES

_MISSING = object()
_STUB = re.compile(r"^\s*(YOUR ANSWER HERE|Write your answer here\.?)\s*$", re.IGNORECASE)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _ids(ids) -> str:
    ids = [str(i) for i in ids]
    return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " and " + ids[-1]


@dataclass
class Grade:
    grade_id: str
    says: str
    points: float
    passed: bool


@dataclass
class Feedback:
    """The result of :func:`check`. Prints as text; shows as HTML in a notebook."""

    exercise: str
    title: str
    summary: str
    right: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    grades: list[Grade] = field(default_factory=list)
    checked: bool = True
    manual_points: float = 0

    @property
    def points(self) -> float:
        return sum(g.points for g in self.grades if g.passed)

    @property
    def max_points(self) -> float:
        return sum(g.points for g in self.grades)

    @property
    def ok(self) -> bool:
        """True when the answer could be checked and earns every autograded point."""
        return self.checked and bool(self.grades) and all(g.passed for g in self.grades)

    def _sections(self) -> list[tuple[str, str, list[str]]]:
        return [("What is right", "✓", self.right), ("What is missing", "•", self.missing),
                ("Problems to fix", "!", self.problems), ("Hints", "→", self.hints),
                ("Notes", "·", self.notes)]

    def _points_lines(self) -> tuple[str, list[str]]:
        if self.grades:
            head = (f"Autograded points this answer would earn: {self.points:g} of "
                    f"{self.max_points:g}")
            return head, [f"{'✓' if g.passed else '✗'} {g.says} ({_n(int(g.points), 'point')})"
                          for g in self.grades]
        if self.manual_points:
            return (f"Your instructor grades this part with the rubric "
                    f"({_n(int(self.manual_points), 'point')}); the self-check gives no points.",
                    [])
        return "", []

    def __str__(self) -> str:
        lines = [f"Self-check {self.exercise}: {self.title}", self.summary]
        for heading, mark, entries in self._sections():
            if entries:
                lines.append(heading)
                lines += [f"  {mark} {e}" for e in entries]
        head, grade_lines = self._points_lines()
        if head:
            lines.append(head)
            lines += [f"  {g}" for g in grade_lines]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<Feedback {self.exercise}: {self.summary}>"

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        """IPython's text view (consoles, text outputs): the full feedback."""
        printer.text(str(self))

    def _repr_html_(self) -> str:
        parts = [
            '<div class="mediakit-feedback" role="status" style="border:1px solid #888;'
            'border-left:6px solid #4477AA;padding:.5em 1em;margin:.3em 0;max-width:48em">',
            f"<p><strong>Self-check {escape(self.exercise)}</strong>: {escape(self.title)}</p>",
            f"<p>{escape(self.summary)}</p>",
        ]
        for heading, mark, entries in self._sections():
            if entries:
                items = "".join(
                    f'<li><span aria-hidden="true">{escape(mark)} </span>{escape(e)}</li>'
                    for e in entries)
                parts.append(f"<p style=\"margin-bottom:0\"><strong>{escape(heading)}</strong></p>"
                             f'<ul style="list-style:none;padding-left:1em;margin-top:0">'
                             f"{items}</ul>")
        head, grade_lines = self._points_lines()
        if head:
            items = "".join(f"<li>{escape(g)}</li>" for g in grade_lines)
            parts.append(f"<p style=\"margin-bottom:0\"><strong>{escape(head)}</strong></p>"
                         f'<ul style="list-style:none;padding-left:1em;margin-top:0">{items}</ul>')
        parts.append("</div>")
        return "".join(parts)


# -- builders ---------------------------------------------------------------------------


def _grades(q: Question, result) -> list[Grade]:
    verdict = passes(q, result)
    return [Grade(r.grade_id, r.says, r.points, verdict[r.grade_id]) for r in q.grades]


def _phrase_feedback(q: Question, r: PhraseResult, fb: Feedback) -> None:
    noun = q.noun
    fb.summary = f"You found {r.correct} of the {_n(r.total, noun)} in the key."
    counted = len(r.marks) - len(r.unplaced) - len(r.too_long)
    finding = counted - r.false_alarms - len(r.extra_marks)
    if finding:
        fb.right.append(f"{finding} of your {_n(len(r.marks), 'mark')} find a {noun} "
                        f"in the key.")
    if r.correct == r.total:
        fb.right.append(f"You found every {noun} in the key.")
    if r.false_alarms == 0 and finding:
        fb.right.append("None of your marks falls on a sentence the key leaves plain.")
    if r.false_alarms:
        where = "; ".join(f"sentence {sid}: “{m}”" for m, sid in r.false_alarm_marks)
        fb.problems.append(
            f"{_n(r.false_alarms, 'mark')} {'falls' if r.false_alarms == 1 else 'fall'} on "
            f"sentences the key leaves plain ({where}). A plain report is not a {noun}: "
            "leave it unmarked.")
    if r.extra_marks:
        quoted = ", ".join(f"“{m}”" for m in r.extra_marks)
        verb = "is" if len(r.extra_marks) == 1 else "are"
        fb.notes.append(
            f"{_n(len(r.extra_marks), 'mark')} ({quoted}) {verb} not a {noun} in this key. "
            "It counts neither for nor against you; if you think the key is wrong, be ready "
            "to say why.")
    missed = [i for i, hit in zip(q.items, r.item_hit, strict=True) if not hit]
    if missed:
        fb.missing.append(f"{_n(len(missed), noun)} still to find.")
        for item in missed[:2]:
            fb.hints.append(f"Sentence {item.sentence}: {item.hint}")


def _label_feedback(q: Question, r: LabelResult, fb: Feedback) -> None:
    c = r.correct
    if len(q.fields) == 1:
        fb.summary = f"{c[q.fields[0]]} of {r.total} right."
    else:
        fb.summary = "; ".join(f"{f}: {c[f]} of {r.total} right" for f in q.fields) + "."
    right = [i.sentence for i, ok in zip(q.items, r.item_ok, strict=True) if all(ok)]
    if right:
        fb.right.append(f"Right: {_ids(right)}.")
    unanswered = [i.sentence for i, a in zip(q.items, r.answered, strict=True) if not a]
    wrong = [(i, ok) for i, ok, a in zip(q.items, r.item_ok, r.answered, strict=True)
             if a and not all(ok)]
    if wrong:
        fb.missing.append(f"Look again at {_ids([i.sentence for i, _ in wrong])}.")
    if unanswered:
        fb.missing.append(f"Not labelled yet: {_ids(unanswered)}.")
    for item, ok in wrong[:3]:
        off = ""
        if len(q.fields) > 1:
            off = " (" + " and ".join(f for f, good in zip(q.fields, ok, strict=True)
                                      if not good) + ")"
        fb.hints.append(f"{item.sentence}{off}: {item.hint}")


def _rewrite_feedback(q: Question, text: str, fb: Feedback) -> None:
    original = get_passage(q.passage).sentence(q.sentence).text
    if " ".join(fold(text).split()).lower() == " ".join(fold(original).split()).lower():
        fb.summary = "This is the original sentence, unchanged."
        fb.missing.append("Rewrite it: keep the facts, drop the words that push a feeling.")
        return
    tokens = words(text)
    kept = [a for a in q.keep if any(t.startswith(w) for t in tokens for w in a.words)]
    lost = [a for a in q.keep if a not in kept]
    left = sum(1 for c in q.charged if find_phrase(text, c))
    still = (f"still uses {left} of the original's charged words" if left
             else "uses none of the original's charged words")
    fb.summary = (f"Your rewrite keeps {len(kept)} of the {len(q.keep)} facts checked here "
                  f"and {still}.")
    for a in kept:
        fb.right.append(f"It keeps {a.what}.")
    for a in lost:
        fb.missing.append(f"It seems to have lost {a.what}.")
    if left:
        fb.missing.append(f"It still uses {left} of the original's charged words or phrases.")
        fb.hints.append("Read your sentence word by word: which words still tell the reader "
                        "how to feel rather than what happened?")
    else:
        fb.right.append("None of the original's charged words are left.")
    if len(tokens) > 2 * len(words(original)) + 10:
        fb.problems.append("It is much longer than the original: a neutral rewrite says the same "
                           "thing in about as many words.")


def _written_feedback(q: Question, text: str, fb: Feedback) -> None:
    n = len(words(text))
    fb.summary = f"Your answer has {_n(n, 'word')}."
    if q.min_words and n < q.min_words:
        fb.missing.append(f"It is short: the rubric expects at least {q.min_words} words.")
    elif q.max_words_written and n > q.max_words_written:
        fb.problems.append(f"It is long: aim for at most {q.max_words_written} words.")
    else:
        fb.right.append("Its length fits the task.")
    if q.quotes_from:
        sentences = [s.text for pid in q.quotes_from for s in get_passage(pid).sentences]
        quoted = re.findall(r"[\"“]([^\"“”]{3,}?)[\"”]", text)
        real = {fold(x).strip().lower() for x in quoted
                if any(find_phrase(s, x) for s in sentences)}
        if len(real) >= q.min_quotes:
            fb.right.append(f"It quotes the text {_n(len(real), 'time')} (different passages).")
        else:
            fb.missing.append(f"Quote the text: the rubric asks for at least {q.min_quotes} short "
                              f"quotations in quotation marks, copied exactly "
                              f"(found {len(real)}).")
    named = {t.id for t in TECHNIQUES.values()
             if t.name.lower() in text.lower() or t.id in text.lower()
             or t.label.lower() in words(text)}
    if named:
        fb.notes.append(f"It names {_n(len(named), 'technique')} from the kit's list.")
    fb.notes += [f"Rubric: {c}" for c in q.checklist]


def check(exercise_id: str, answer: object = _MISSING, *, notebook: str | None = None) -> Feedback:
    """Feedback on an answer to one exercise, without showing the answer key.

    ``answer`` is the value of the answer variable (``check("ex01.q1", loaded_a)``).
    For a written answer in a Markdown cell, save the notebook and pass its file
    name instead: ``check("ex05.q3", notebook="ex05_analysis_new_text.ipynb")``.
    Malformed answers get a message that says how to fix them, never a traceback.
    """
    try:
        q = get_question(exercise_id)
    except KeyError as exc:
        return Feedback(str(exercise_id), "unknown exercise", "This exercise id is not known.",
                        problems=[str(exc.args[0])], checked=False)
    fb = Feedback(q.id, q.title, "")
    fb.manual_points = 0 if q.autograded else q.points
    if notebook is not None:
        answer = _from_notebook(q, notebook, fb)
        if answer is _MISSING:
            fb.summary = "Nothing to check yet."
            fb.checked = False
            return fb
    if answer is _MISSING:
        fb.summary = "Nothing to check yet."
        how = f'check("{q.id}", {q.variable})' if q.variable else f'check("{q.id}", "your text")'
        fb.problems.append(f"Give your answer to the check, like {how}.")
        fb.checked = False
        return fb
    if q.autograded:
        try:
            _structure(q, answer)
            fb.problems += slips(q, answer, missing=False)
            result = score(q, answer)
        except AnswerFormatError as exc:
            fb.summary = "Your answer could not be checked yet."
            fb.problems.append(str(exc))
            fb.checked = False
            fb.grades = [Grade(r.grade_id, r.says, r.points, False) for r in q.grades]
            return fb
        if isinstance(result, PhraseResult):
            _phrase_feedback(q, result, fb)
        else:
            _label_feedback(q, result, fb)
        fb.grades = _grades(q, result)
        return fb
    if not isinstance(answer, str):
        fb.summary = "Your answer could not be checked yet."
        fb.problems.append(f"The answer should be text in quotes; it is a "
                           f"{type(answer).__name__}.")
        fb.checked = False
        return fb
    if not answer.strip() or _STUB.match(answer) or "NotImplementedError" in answer:
        fb.summary = "Nothing written yet."
        fb.missing.append("Write your answer first, then check it.")
        fb.checked = False
        return fb
    if q.type == "rewrite":
        _rewrite_feedback(q, answer, fb)
    else:
        _written_feedback(q, answer, fb)
    return fb


def _from_notebook(q: Question, path: str, fb: Feedback) -> object:
    from mediakit.exercises.answers import Unreadable, code_answers, load_notebook, markdown_answer

    try:
        nb = load_notebook(path)
    except (OSError, ValueError) as exc:
        fb.problems.append(f"Could not read the notebook {path!r} ({exc.__class__.__name__}). "
                           "Save it first (Ctrl+S), and give its file name.")
        return _MISSING
    if q.variable:
        value = code_answers(nb, [q.variable]).get(q.variable, _MISSING)
        if isinstance(value, Unreadable):
            fb.problems.append(f"{q.variable} is not written as plain data, so it cannot be read "
                               "from the file; pass the variable itself instead.")
            return _MISSING
        if value is _MISSING:
            fb.problems.append(f"No value for {q.variable} in {path!r}: save the notebook first.")
        return value
    text = markdown_answer(nb, q.grade_id)
    if text is None:
        fb.problems.append(f"{path!r} has no answer cell for {q.id}: is it the right notebook?")
        return _MISSING
    return text
