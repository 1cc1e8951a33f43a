"""Scoring learners' answers against a key: pure functions, shared by grading and self-check.

The hidden tests of the nbgrader notebooks call :func:`score_phrases` and
:func:`score_labels` with their expected values written inline; the self-check
(:func:`mediakit.exercises.check`) calls the same functions with the key from the
package data. One rule set, so a grade and a self-check never disagree.

Answers are plain Python data the learner types:

- phrases: a set (or list/tuple) of phrases copied from a passage;
- labels: a dict ``{sentence id: label}``, or ``{sentence id: (label, label)}`` when an
  item has two fields (kind and support).

A structural mistake (a string where a set belongs) raises :class:`AnswerFormatError`.
Smaller slips (a phrase that is not in the passage, an unknown label) only make that
mark or item count as wrong, and are reported so the learner can fix them.

>>> r = score_labels({1: "none", 2: "bandwagon"}, {1: (["none"],), 2: (["bandwagon"],)})
>>> r.correct["label"], r.false_alarms
(2, 0)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from mediakit.exercises.model import Passage, SentenceId, get_passage

# One-to-one replacements, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                       "‚": "'", "–": "-", "—": "-", "\u00a0": " "})
_EDGE = " \t\r\n.,;:!?\"'“”‘’()[]{}…-–—"
_WORD = re.compile(r"\w+")


class AnswerFormatError(AssertionError):
    """The answer does not have the shape the question asks for (message says how to fix)."""


def fold(text: str) -> str:
    """Straighten quotes and dashes without changing the length of ``text``."""
    return text.translate(_FOLD)


def clean_phrase(phrase: str) -> str:
    """A copied phrase without surrounding spaces, quotes and punctuation."""
    return fold(phrase).strip(_EDGE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def find_phrase(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text`` as whole words, ignoring case, quote style and spacing.

    >>> find_phrase("He “rushed to state” it.", "Rushed  to state")
    [(4, 19)]
    """
    core = clean_phrase(phrase)
    if not core:
        return []
    pattern = r"\s+".join(re.escape(w) for w in core.split())
    if core[0].isalnum() or core[0] == "_":
        pattern = r"(?<!\w)" + pattern
    if core[-1].isalnum() or core[-1] == "_":
        pattern += r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, fold(text), re.IGNORECASE)]


# -- phrases ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhraseResult:
    """How a set of marked phrases compares with a key of phrases.

    ``item_hit[i]`` says whether key item ``i`` was found. ``false_alarm_marks`` are
    marks that fall only on sentences the key leaves plain; ``extra_marks`` hit no
    key item elsewhere (neither right nor counted against the learner).
    """

    marks: tuple[str, ...]
    item_hit: tuple[bool, ...]
    false_alarm_marks: tuple[tuple[str, SentenceId], ...]
    extra_marks: tuple[str, ...]
    unplaced: tuple[str, ...]
    too_long: tuple[str, ...]

    @property
    def correct(self) -> int:
        return sum(self.item_hit)

    @property
    def total(self) -> int:
        return len(self.item_hit)

    @property
    def false_alarms(self) -> int:
        return len(self.false_alarm_marks)


def read_phrases(answer: object, variable: str = "your answer") -> list[str]:
    """The phrases of an answer, cleaned and de-duplicated; structural errors raise."""
    if isinstance(answer, str):
        raise AnswerFormatError(
            f"{variable} is a single string. Put each phrase in quotes inside curly "
            f'brackets, like {{"first phrase", "second phrase"}}.'
        )
    if isinstance(answer, Mapping) or not isinstance(answer, Iterable):
        raise AnswerFormatError(
            f"{variable} should be a set of phrases, like {{\"first phrase\", \"second phrase\"}}; "
            f"it is a {type(answer).__name__}."
        )
    out: list[str] = []
    for p in answer:
        if not isinstance(p, str):
            raise AnswerFormatError(
                f"every phrase in {variable} must be text in quotes; {p!r} is a "
                f"{type(p).__name__}."
            )
        c = clean_phrase(p)
        if c and c.lower() not in {o.lower() for o in out}:
            out.append(c)
    return out


def score_phrases(
    answer: object,
    passage: str | Passage,
    key: Sequence[tuple[SentenceId, Sequence[str]]],
    plain: Iterable[SentenceId] = (),
    max_words: int = 8,
    variable: str = "your answer",
) -> PhraseResult:
    """Compare marked phrases with ``key``: a list of (sentence id, alternative phrases).

    A mark finds a key item when it overlaps one of the item's phrases in the item's
    sentence. A mark longer than ``max_words`` words counts for nothing (mark the
    words that carry the charge, not the whole sentence). A mark that only occurs
    in ``plain`` sentences is a false alarm.
    """
    p = get_passage(passage) if isinstance(passage, str) else passage
    plain = set(plain)
    spans: list[tuple[SentenceId, list[tuple[int, int]]]] = []
    for sid, alternatives in key:
        text = p.sentence(sid).text
        found = [span for alt in alternatives for span in find_phrase(text, alt)]
        if not found:
            raise ValueError(f"key phrase(s) {list(alternatives)} not in sentence {sid!r}")
        spans.append((sid, found))
    marks = read_phrases(answer, variable)
    hit = [False] * len(spans)
    false_alarms, extras, unplaced, too_long = [], [], [], []
    for mark in marks:
        where = [(s.id, a, b) for s in p.sentences for a, b in find_phrase(s.text, mark)]
        if not where:
            unplaced.append(mark)
            continue
        if len(words(mark)) > max_words:
            too_long.append(mark)
            continue
        found_any = False
        for n, (sid, item_spans) in enumerate(spans):
            if any(w_sid == sid and a < ke and ks < b
                   for w_sid, a, b in where for ks, ke in item_spans):
                hit[n] = found_any = True
        if found_any:
            continue
        if all(w_sid in plain for w_sid, _, _ in where):
            false_alarms.append((mark, where[0][0]))
        else:
            extras.append(mark)
    return PhraseResult(tuple(marks), tuple(hit), tuple(false_alarms), tuple(extras),
                        tuple(unplaced), tuple(too_long))


# -- labels ----------------------------------------------------------------------------


def normalise_label(label: str) -> str:
    """``"Appeal to fear"`` -> ``"appeal_to_fear"``; ``"pro-Kremlin"`` -> ``"pro_kremlin"``."""
    return re.sub(r"[\s\-]+", "_", fold(label).strip().lower()).strip("_")


@dataclass(frozen=True, slots=True)
class LabelResult:
    """How a dict of labels compares with the key, field by field.

    ``item_ok[i][f]`` says whether item ``i`` is right on field ``f``. ``false_alarms``
    counts plain items (the key says ``none``) given another label in the first field.
    """

    fields: tuple[str, ...]
    item_ok: tuple[tuple[bool, ...], ...]
    answered: tuple[bool, ...]
    false_alarms: int
    unknown_ids: tuple[object, ...]

    @property
    def correct(self) -> dict[str, int]:
        return {f: sum(ok[i] for ok in self.item_ok) for i, f in enumerate(self.fields)}

    @property
    def total(self) -> int:
        return len(self.item_ok)


def read_labels(answer: object, n_fields: int, variable: str = "your answer") -> dict:
    """The labels of an answer as ``{id: tuple of normalised labels}``; shape errors raise."""
    example = '{1: "none", 2: "..."}' if n_fields == 1 else '{1: ("claim", "none"), 2: ...}'
    if not isinstance(answer, Mapping):
        raise AnswerFormatError(
            f"{variable} should be a dict from sentence number to label, like {example}; "
            f"it is a {type(answer).__name__}."
        )
    out: dict = {}
    for sid, value in answer.items():
        if n_fields == 1:
            if not isinstance(value, str):
                raise AnswerFormatError(
                    f"the label for sentence {sid!r} should be text in quotes, like \"none\"; "
                    f"it is {value!r}."
                )
            out[sid] = (normalise_label(value),)
        else:
            if (not isinstance(value, tuple | list) or len(value) != n_fields
                    or not all(isinstance(v, str) for v in value)):
                raise AnswerFormatError(
                    f"the labels for sentence {sid!r} should be {n_fields} texts in brackets, "
                    f'like ("claim", "none"); it is {value!r}.'
                )
            out[sid] = tuple(normalise_label(v) for v in value)
    return out


def score_labels(
    answer: object,
    key: Mapping[SentenceId, Sequence[Sequence[str]]],
    fields: Sequence[str] = ("label",),
    plain: Iterable[SentenceId] = (),
    variable: str = "your answer",
) -> LabelResult:
    """Compare ``{id: label(s)}`` with ``key``: ``{id: (accepted labels per field, ...)}``."""
    fields = tuple(fields)
    given = read_labels(answer, len(fields), variable)
    plain = set(plain)
    item_ok, answered = [], []
    false_alarms = 0
    for sid, accepted in key.items():
        labels = given.get(sid)
        answered.append(labels is not None)
        if labels is None:
            item_ok.append((False,) * len(fields))
            continue
        item_ok.append(tuple(lab in acc for lab, acc in zip(labels, accepted, strict=True)))
        if sid in plain and labels[0] != "none":
            false_alarms += 1
    unknown = tuple(sid for sid in given if sid not in key)
    return LabelResult(fields, tuple(item_ok), tuple(answered), false_alarms, unknown)
