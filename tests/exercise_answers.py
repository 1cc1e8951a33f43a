"""Answers to the exercises for tests: the key's own, wrong ones, and variants in between."""

from __future__ import annotations

from mediakit.exercises.model import Question, get_passage
from mediakit.exercises.scoring import find_phrase


def key_answer(q: Question):
    """The model answer: the first accepted phrase or label of every item."""
    if q.type == "phrases":
        return {item.accept[0] for item in q.items}
    if len(q.fields) == 1:
        return {item.sentence: item.accept[0][0] for item in q.items}
    return {item.sentence: tuple(a[0] for a in item.accept) for item in q.items}


def wrong_label(q: Question, item, field: int = 0) -> str:
    return next(v for v in q.vocabulary[field] if v not in item.accept[field])


def plain_phrase(q: Question, sid) -> str:
    """A few words of a plain sentence that occur nowhere else in the passage."""
    passage = get_passage(q.passage)
    toks = passage.sentence(sid).text.rstrip(".!?").split()
    for n in range(2, len(toks) + 1):
        for i in range(len(toks) - n + 1):
            phrase = " ".join(toks[i:i + n])
            where = [s.id for s in passage.sentences if find_phrase(s.text, phrase)]
            if where == [sid] and len(phrase.split()) <= q.max_words:
                return phrase
    raise AssertionError(f"no phrase unique to sentence {sid}")


def wrong_answer(q: Question):
    """Well-formed and wrong on every item (phrases: only marks on plain sentences)."""
    if q.type == "phrases":
        return {plain_phrase(q, sid) for sid in q.plain}
    out = {}
    for item in q.items:
        labels = tuple(wrong_label(q, item, f) for f in range(len(q.fields)))
        out[item.sentence] = labels[0] if len(labels) == 1 else labels
    return out


def variants(q: Question) -> list:
    """Answers from empty to full, with single items dropped or spoiled and false alarms added."""
    full = key_answer(q)
    out: list = [full, wrong_answer(q)]
    if q.type == "phrases":
        marks = [i.accept[0] for i in q.items]
        alarms = [plain_phrase(q, sid) for sid in q.plain]
        for k in range(1, len(marks) + 1):
            out.append(set(marks[:k]))
            out.append(set(marks[:k]) | set(alarms[:1]))
            out.append(set(marks[:k]) | set(alarms))
        for m in marks:
            out.append(set(marks) - {m})
        return out
    for k in range(1, len(full) + 1):
        out.append(dict(list(full.items())[:k]))
    for item in q.items:
        spoiled = dict(full)
        labels = tuple(wrong_label(q, item, f) for f in range(len(q.fields)))
        spoiled[item.sentence] = labels[0] if len(labels) == 1 else labels
        out.append(spoiled)
        if len(q.fields) > 1:
            half = dict(full)
            half[item.sentence] = (full[item.sentence][0], labels[1])
            out.append(half)
    return out


def partial_answer(q: Question):
    """Right on about half of the items: earns some of the question's points, not all."""
    full = key_answer(q)
    if q.type == "phrases":
        return set(sorted(full)[: max(r.min_correct for r in q.grades) - 1])
    return dict(list(full.items())[: max(r.min_correct for r in q.grades) - 1])
