"""Instant feedback for the lessons' try-it cells: pure checks over what a learner typed.

Every check takes the learner's answer as it stands in the cell, including the
placeholder ``...`` a lesson starts with, and returns a :class:`Feedback`: a status,
one summary line, details and a hint. Nothing here raises for a learner's answer; a
placeholder gives "fill this in", a typo gives a message saying what to fix.

Predictions are not graded: :func:`check_number` and :func:`check_order` compare a
guess with what happened and return ``info``, never ``retry``.

>>> check_choice(..., "b").status
'todo'
>>> check_choice("B", "b").status
'good'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from mediakit.datafiles import word_class
from mediakit.techniques import FAMILIES, TECHNIQUES

FILL_IN = "fill this in"
_PLACEHOLDERS = {"", "...", "…", FILL_IN, "fill in", "your answer here", "todo", "?"}

#: How each status is shown: an icon and a word, so colour is never the only cue.
STATUS = {
    "todo": ("✎", "To do"),
    "good": ("✓", "Well done"),
    "partial": ("◐", "Partly there"),
    "retry": ("✗", "Not yet"),
    "info": ("ℹ", "Compare"),
}


@dataclass
class Feedback:
    """What a check says about an answer. Prints as text; shows as HTML in a notebook."""

    status: str
    summary: str
    details: list[str] = field(default_factory=list)
    hint: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUS:
            raise ValueError(f"unknown feedback status {self.status!r}")

    @property
    def ok(self) -> bool:
        return self.status == "good"

    def __str__(self) -> str:
        icon, word = STATUS[self.status]
        lines = [f"{icon} {word}: {self.summary}"]
        lines += [f"  - {d}" for d in self.details]
        if self.hint:
            lines.append(f"  Hint: {self.hint}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        icon, word = STATUS[self.status]
        border = "double" if self.status in ("retry", "todo") else "solid"
        items = "".join(f"<li>{escape(d)}</li>" for d in self.details)
        hint = f"<p><b>Hint:</b> {escape(self.hint)}</p>" if self.hint else ""
        return (
            f'<div class="mk-feedback mk-feedback-{self.status}" role="status" '
            f'style="border-left:5px {border} #777;padding:0.3em 0.8em;margin:0.4em 0;'
            f'max-width:52em"><p><span aria-hidden="true">{icon} </span><b>{escape(word)}:</b> '
            f"{escape(self.summary)}</p>"
            + (f'<ul style="margin-top:0">{items}</ul>' if items else "")
            + hint + "</div>"
        )


# -- placeholders and names -------------------------------------------------------------


def is_blank(value: Any) -> bool:
    """True for a placeholder: ``...``, None, an empty or "fill this in" string, or a
    collection whose items (for a mapping: values) are all blank.

    >>> is_blank(...), is_blank(" "), is_blank(["...", None]), is_blank({"a": ...})
    (True, True, True, True)
    >>> is_blank("loaded"), is_blank(0), is_blank([..., "x"])
    (False, False, False)
    """
    if value is ... or value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in _PLACEHOLDERS
    if isinstance(value, Mapping):
        return all(is_blank(v) for v in value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return all(is_blank(v) for v in value)
    return False


def todo(what: str = "your answer") -> Feedback:
    """The feedback for a placeholder: say exactly what to do."""
    return Feedback("todo", f"{FILL_IN.capitalize()}: replace the ... with {what}, then run "
                    "the cell again.")


def _fold(text: str) -> str:
    """Lower case, straight quotes, one char per char (so offsets survive)."""
    table = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}
    out = []
    for c in text:
        c = table.get(c, c)
        low = c.lower()
        out.append(low if len(low) == 1 else c)
    return "".join(out)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _fold(name)).strip("_")


_ALIASES = {
    "loaded": "loaded_language", "loaded_word": "loaded_language",
    "loaded_words": "loaded_language", "emotive_language": "loaded_language",
    "name_calling": "name_calling", "labelling": "name_calling", "labeling": "name_calling",
    "label": "name_calling", "name_calling_and_labelling": "name_calling",
    "exaggeration": "exaggeration", "minimisation": "exaggeration",
    "minimization": "exaggeration", "hyperbole": "exaggeration",
    "overstatement": "exaggeration",
    "unsupported": "unsupported_claim", "no_source": "unsupported_claim",
    "vague": "vague_source", "casting_doubt": "doubt", "insinuation": "doubt",
    "oversimplification": "causal_oversimplification", "one_cause": "causal_oversimplification",
    "fear": "appeal_to_fear", "appeal_to_fear_prejudice": "appeal_to_fear",
    "authority": "appeal_to_authority", "flag": "flag_waving", "flagwaving": "flag_waving",
    "patriotism": "flag_waving", "everyone_does_it": "bandwagon",
    "hitler": "reductio_ad_hitlerum", "hated_comparison": "reductio_ad_hitlerum",
    "pity": "appeal_to_pity", "sympathy": "appeal_to_pity",
    "false_dilemma": "black_and_white", "either_or": "black_and_white",
    "two_options": "black_and_white", "black_and_white_fallacy": "black_and_white",
    "false_choice": "black_and_white",
    "cliche": "thought_terminating_cliche", "thought_terminating_cliches":
    "thought_terminating_cliche", "straw_man": "whataboutism", "strawman": "whataboutism",
    "red_herring": "whataboutism", "deflection": "whataboutism",
    "whataboutism_straw_man_red_herring": "whataboutism", "slogans": "slogan",
}


def _build_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for t in TECHNIQUES.values():
        for n in (t.id, t.name, t.label):
            names.setdefault(_norm(n), t.id)
    for alias, tid in _ALIASES.items():
        names.setdefault(alias, tid)
    return names


_TECHNIQUE_NAMES = _build_names()
_FAMILY_NAMES = {**{_norm(f.id): f.id for f in FAMILIES.values()},
                 **{_norm(f.name): f.id for f in FAMILIES.values()},
                 "loaded": "loaded_language", "claim": "claims", "evidence": "claims",
                 "appeal": "appeals", "shortcut": "shortcuts", "none": "none",
                 "neutral": "none", "plain": "none", "nothing": "none"}


def technique_id(answer: Any) -> str | None:
    """The technique id a learner meant (id, name, short label or a common alias), or None.

    >>> technique_id("Name-calling"), technique_id("false dilemma"), technique_id("fear")
    ('name_calling', 'black_and_white', 'appeal_to_fear')
    """
    if not isinstance(answer, str):
        return None
    return _TECHNIQUE_NAMES.get(_norm(answer))


def family_id(answer: Any) -> str | None:
    """The family id (or ``"none"``) a learner meant, or None.

    >>> family_id("Loaded language"), family_id("neutral"), family_id("appeal")
    ('loaded_language', 'none', 'appeals')
    """
    if not isinstance(answer, str):
        return None
    return _FAMILY_NAMES.get(_norm(answer))


def technique_name(tid: str) -> str:
    return TECHNIQUES[tid].name if tid in TECHNIQUES else tid


def family_name(fid: str) -> str:
    return FAMILIES[fid].name if fid in FAMILIES else "none (plain)"


def _listing(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _options(options: Iterable[str]) -> str:
    items = [repr(o) for o in options]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _instructor() -> bool:
    from mediakit.lessons.predict import instructor_mode

    return instructor_mode()


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


# -- finding phrases in a text ----------------------------------------------------------


def find_phrase(phrase: str, text: str) -> tuple[int, int] | None:
    """Where ``phrase`` occurs in ``text``, ignoring case, quote style and spacing.

    >>> find_phrase("rushed  to STATE", "Zelensky rushed to state that")
    (9, 24)
    >>> find_phrase("don't be", "Don’t be the only one") , find_phrase("zzz", "abc")
    ((0, 8), None)
    """
    words = _fold(phrase).split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, _fold(text))
    return (m.start(), m.end()) if m else None


#: Words a copied phrase may have, or a few more than the longest key mark it overlaps.
MAX_PHRASE_WORDS = 12


def _too_long(phrase: str, overlapped: Sequence[Any]) -> bool:
    """True for a phrase far longer than any mark it covers (a pasted sentence or paragraph)."""
    limit = max([MAX_PHRASE_WORDS, *(len(m.text.split()) + 4 for m in overlapped)])
    return len(phrase.split()) > limit


def _opening(phrase: str, n: int = 6) -> str:
    words = phrase.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def paragraph_number(text: str, offset: int) -> int:
    """1-based number of the paragraph (blocks separated by blank lines) holding ``offset``."""
    return len(re.findall(r"\n[ \t]*\n", text[:offset])) + 1


def _as_list(answer: Any) -> list[str]:
    if isinstance(answer, str):
        return [answer]
    if isinstance(answer, Iterable) and not isinstance(answer, Mapping):
        return [a for a in answer if not is_blank(a)]
    return []


def _marks_of(text_obj: Any) -> tuple[str, Sequence[Any]]:
    text = getattr(text_obj, "text", None)
    key = getattr(text_obj, "key", None)
    if not isinstance(text, str) or key is None:
        raise TypeError("expected a shipped text with an answer key (mediakit.texts.get(...))")
    return text, key


def _target(marks: Sequence[Any], techniques: Iterable[str] | None,
            families: Iterable[str] | None) -> list[Any]:
    techs = set(techniques or ())
    fams = set(families or ())
    if not techs and not fams:
        return list(marks)
    return [m for m in marks if m.technique in techs or m.family in fams]


def _describe_target(techniques: Iterable[str] | None, families: Iterable[str] | None) -> str:
    names = [technique_name(t) for t in techniques or ()]
    names += [family_name(f) for f in families or ()]
    return _listing(n.lower() for n in names) if names else "techniques"


def check_phrases(answer: Any, text: Any, *, techniques: Iterable[str] | None = None,
                  families: Iterable[str] | None = None, need: int | None = None,
                  within: tuple[int, int] | None = None) -> Feedback:
    """Check phrases a learner copied from ``text`` (a shipped text) against its key.

    A phrase that overlaps a key mark of the wanted techniques/families is a find; one
    that overlaps another mark is named ("the key calls it ..."); one the key leaves
    unmarked is a false alarm, stated gently: the learner may argue it. ``need`` finds
    make the answer "good" (default: all of them, at most 3); ``within`` limits the
    search to a slice of the text (a paragraph), given as offsets. A phrase much longer
    than the marks it covers (a pasted sentence or paragraph) does not count.
    """
    techniques = list(techniques or ())
    families = list(families or ())
    if is_blank(answer):
        return todo("a phrase copied from the text, in quotes (a list of phrases is fine)")
    if not isinstance(answer, str | list | tuple | set):
        return Feedback("retry", "Write your phrases as text in quotes, for example "
                        "[\"first phrase\", \"second phrase\"].")
    body, key = _marks_of(text)
    lo, hi = within if within else (0, len(body))
    targets = [m for m in _target(key, techniques, families) if m.start < hi and m.end > lo]
    others = [m for m in key if m not in targets]
    what = _describe_target(techniques, families)
    found: set[int] = set()
    details: list[str] = []
    false_alarms = 0
    for phrase in _as_list(answer):
        if not isinstance(phrase, str):
            details.append(f"{phrase!r} is not text: put each phrase in quotes.")
            continue
        where = find_phrase(phrase, body[lo:hi])
        if where is None:
            where_all = find_phrase(phrase, body) if within else None
            details.append(f"“{phrase}” is not in the {'paragraph' if where_all else 'text'}: "
                           "copy it exactly (select, Ctrl+C, Ctrl+V).")
            continue
        s, e = where[0] + lo, where[1] + lo
        if _too_long(phrase, [m for m in key if m.start < e and s < m.end]):
            # A pasted paragraph overlaps every mark in it: it must not count as finding them.
            details.append(f"“{_opening(phrase)}” is too long to count: copy only the few words "
                           f"that do the work (up to about {MAX_PHRASE_WORDS}).")
            continue
        hits = [i for i, m in enumerate(targets) if m.start < e and s < m.end]
        if hits:
            new = [i for i in hits if i not in found]
            found.update(hits)
            m = targets[hits[0]]
            again = "" if new else " (you already have this one)"
            details.append(f"“{phrase}”: yes, {technique_name(m.technique).lower()}{again}. "
                           f"{m.why}")
            continue
        near = [m for m in others if m.start < e and s < m.end]
        if near:
            names = _listing(sorted({technique_name(m.technique).lower() for m in near}))
            details.append(f"“{phrase}”: the key marks this, but as {names}, not as {what}. "
                           "Compare the definitions.")
            continue
        false_alarms += 1
        details.append(f"“{phrase}”: the key leaves this unmarked. Is there a word in it that "
                       "pushes a feeling or a claim with nothing behind it? If you think so, "
                       "be ready to argue it; if not, it is plain reporting.")
    total = len(targets)
    if need is None:
        need = min(total, 3)
    need = min(need, total)
    summary = f"You found {len(found)} of the {_plural(total, 'place')} the key marks as {what}"
    summary += f" here (aim for {need})." if need < total else " here."
    hint = ""
    missing = [m for i, m in enumerate(targets) if i not in found]
    if missing and len(found) < need:
        hint = (f"Look again at paragraph {paragraph_number(body, missing[0].start)}: read it "
                "slowly and ask which words describe, and which words judge.")
    if total == 0:
        return Feedback("info", f"The key marks no {what} in this part of the text.", details)
    if len(found) >= need and false_alarms == 0:
        status = "good"
    elif found:
        status = "partial"
    else:
        status = "retry"
    return Feedback(status, summary, details, hint)


def _marks_at(sources: Sequence[Any], phrase: str) -> list[Any] | None:
    """Key marks overlapping ``phrase`` in the first text that contains it (None: no text
    contains it)."""
    for source in sources:
        body, key = _marks_of(source)
        where = find_phrase(phrase, body)
        if where is not None:
            s, e = where
            return [m for m in key if m.start < e and s < m.end]
    return None


def check_labels(answer: Any, *sources: Any) -> Feedback:
    """Check ``{phrase: technique}`` answers against the keys of shipped texts.

    The phrases are given by the lesson; the learner writes a technique for each (id,
    name or a common alias). The right family but another technique counts half.
    """
    if not sources:
        raise TypeError("check_labels needs at least one shipped text")
    if not isinstance(answer, Mapping):
        return Feedback("retry", "Keep the answer as a dictionary: {\"phrase\": \"technique\", "
                        "...}; only change the ... after each colon.")
    if is_blank(answer):
        return todo("a technique name after each phrase")
    right = half = 0
    details: list[str] = []
    blanks = 0
    for phrase, given in answer.items():
        if is_blank(given):
            blanks += 1
            continue
        marks = _marks_at(sources, str(phrase))
        tid = technique_id(given)
        if tid is None:
            details.append(f"“{phrase}”: I do not know the technique {given!r}. Use a name "
                           "from the table, such as “loaded language” or “name-calling”.")
            continue
        if marks is None:
            details.append(f"“{phrase}”: this phrase is not in the text any more; keep the "
                           "phrases as the lesson gave them.")
            continue
        if not marks:
            details.append(f"“{phrase}”: the key does not mark this phrase.")
            continue
        exact = [m for m in marks if m.technique == tid]
        if exact:
            right += 1
            details.append(f"✓ “{phrase}”: {technique_name(tid).lower()}. {exact[0].why}")
            continue
        family = [m for m in marks if m.family == TECHNIQUES[tid].family]
        if family:
            half += 1
            m = family[0]
            details.append(f"◐ “{phrase}”: right family ({family_name(m.family).lower()}), "
                           f"but the key calls it {technique_name(m.technique).lower()}: "
                           f"{TECHNIQUES[m.technique].definition}")
        else:
            m = marks[0]
            details.append(f"✗ “{phrase}”: not {technique_name(tid).lower()}. Read the "
                           f"definitions again and ask what the phrase does to the reader. "
                           f"(Hint: it is in the {family_name(m.family).lower()} family.)")
    n = len(answer)
    summary = f"{right} of {n} right" + (f", {half} in the right family" if half else "") + "."
    if blanks:
        summary += f" {blanks} still to {FILL_IN}."
    if right == n:
        status = "good"
    elif right or half:
        status = "partial"
    else:
        status = "todo" if blanks == n else "retry"
    return Feedback(status, summary, details)


def _norm_choice(value: Any) -> str:
    return _norm(str(value)) if value is not None else ""


def check_choice(answer: Any, correct: str | Iterable[str], *,
                 options: Iterable[str] | None = None,
                 explanations: Mapping[str, str] | None = None) -> Feedback:
    """One answer from a few options; ``explanations`` (by option) say why each is or isn't.

    >>> str(check_choice("c", "b", options="abc", explanations={"c": "C is a claim."}))
    '✗ Not yet: “c” is not the best answer.\\n  - C is a claim.'
    """
    if is_blank(answer):
        return todo("your choice" + (f" ({_options(options)})" if options else ""))
    goods = {_norm_choice(correct)} if isinstance(correct, str) else {
        _norm_choice(c) for c in correct}
    given = _norm_choice(answer)
    opts = {_norm_choice(o): o for o in options} if options else None
    if opts is not None and given not in opts:
        return Feedback("retry", f"“{answer}” is not one of the options: choose "
                        f"{_options(opts.values())}.")
    why = {_norm_choice(k): v for k, v in (explanations or {}).items()}
    details = [why[given]] if given in why else []
    if given in goods:
        return Feedback("good", f"“{answer}” is right.", details)
    return Feedback("retry", f"“{answer}” is not the best answer.", details)


def check_number(guess: Any, actual: float, *, what: str, close: float | None = None,
                 higher: str = "", lower: str = "") -> Feedback:
    """Compare a numeric prediction with what happened (never graded: status ``info``).

    ``higher``/``lower`` add a question when the answer is higher/lower than the guess.

    >>> print(check_number(3, 5, what="findings", higher="What did you miss?"))
    ℹ Compare: You predicted 3; the answer is 5 findings. Higher than you predicted. What did you
    miss?
    """
    if is_blank(guess):
        if _instructor():
            return Feedback("info", f"The answer: {actual:g} {what}.")
        return todo("your prediction (a number)")
    try:
        value = float(guess)
    except (TypeError, ValueError):
        return Feedback("retry", f"{guess!r} is not a number: write digits, e.g. 5.")
    close = max(1.0, abs(actual) * 0.25) if close is None else close
    if abs(value - actual) <= close:
        verdict = "Close."
    elif value < actual:
        verdict = f"Higher than you predicted. {higher}".strip()
    else:
        verdict = f"Lower than you predicted. {lower}".strip()
    return Feedback("info", f"You predicted {value:g}; the answer is {actual:g} {what}. {verdict}")


def check_order(guess: Any, actual: Sequence[str], *, what: str,
                names: Mapping[str, str] | None = None) -> Feedback:
    """Compare a predicted ranking (first = most) with the actual one (status ``info``)."""
    names = names or {}
    if is_blank(guess):
        if _instructor():
            return Feedback("info", f"The answer ({what}): "
                            f"{' > '.join(names.get(a, a) for a in actual)}.")
        return todo("your ranking, as a list from most to least")
    wanted = {_norm(k): k for k in actual}
    for k, v in names.items():
        wanted.setdefault(_norm(v), k)
    given = []
    for g in _as_list(guess):
        k = wanted.get(_norm(str(g)))
        if k is None:
            return Feedback("retry", f"{g!r} is not one of {_options(actual)}.")
        given.append(k)
    shown = " > ".join(names.get(a, a) for a in actual)
    if given == list(actual):
        return Feedback("info", f"Exactly right: {shown} ({what}).")
    first = "Your top pick was right. " if given and given[0] == actual[0] else ""
    return Feedback("info", f"{first}The actual order ({what}): {shown}. Yours: "
                    f"{' > '.join(names.get(g, g) for g in given)}.")


# -- writing: rewrites, producing a technique, search queries ---------------------------


def _keeps(text: str, anchor: str | Sequence[str]) -> bool:
    options = [anchor] if isinstance(anchor, str) else list(anchor)
    folded = _fold(text)
    return any(re.search(r"\b" + re.escape(_fold(o)), folded) for o in options)


def _anchor_name(anchor: str | Sequence[str]) -> str:
    return anchor if isinstance(anchor, str) else " / ".join(anchor)


def check_rewrite(original: str, rewrite: Any, *, keep: Iterable[str | Sequence[str]] = (),
                  analyze: Callable[[str], Any] | None = None) -> Feedback:
    """A neutral rewrite: fewer techniques than the original, and the facts in ``keep``
    still there (each a word stem or a tuple of acceptable stems)."""
    from mediakit.activities.rewrite import compare_rewrite

    if is_blank(rewrite):
        return todo("your neutral version of the sentence")
    if not isinstance(rewrite, str):
        return Feedback("retry", "Write your version as text in quotes.")
    comparison = compare_rewrite(original, rewrite, analyze)
    lost = [_anchor_name(a) for a in keep if not _keeps(rewrite, a)]
    details = [comparison.message()]
    if lost:
        details.append(f"A neutral version keeps the facts. Yours lost: {_listing(lost)}.")
    status = comparison.status
    if status == "unchanged":
        return Feedback("retry", "This is still the original sentence.", details,
                        "Change the words that judge; keep the words that report.")
    if status == "clean" and not lost:
        return Feedback("good", "Neutral and complete: the detector finds no technique, and "
                        "the facts are still there.", details)
    if status in ("clean", "better"):
        return Feedback("partial", "Better than the original.", details,
                        "Now check what is left, and that every fact survived." if lost
                        else "Look at what the detector still finds.")
    return Feedback("retry", "Not more neutral yet.", details,
                    "Find the word that carries the feeling and swap it for a plain one.")


def check_produced(sentence: Any, technique: str, *,
                   analyze: Callable[[str], Any] | None = None) -> Feedback:
    """Producer mode: did the detector spot the technique the learner meant to use?"""
    from mediakit.activities.rewrite import producer_check

    if is_blank(sentence):
        return todo(f"a sentence that uses {technique_name(technique).lower()}")
    if not isinstance(sentence, str):
        return Feedback("retry", "Write your sentence as text in quotes.")
    check = producer_check(sentence, technique, analyze)
    status = {"spotted": "good", "family": "partial"}.get(check.status, "info")
    details = [f"{technique_name(f.technique)} on “{f.text}”: {f.explanation}"
               for f in check.findings]
    return Feedback(status, check.message(), details)


_STOP = word_class("query_stop_words")


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", _fold(text)) if w not in _STOP]


def check_queries(queries: Any, claim: str) -> Feedback:
    """Search queries for lateral reading: short, specific, not the claim copied whole."""
    if is_blank(queries):
        return todo("two or three search queries, each in quotes")
    items = _as_list(queries)
    if not items:
        return Feedback("retry", "Write your queries as text in quotes, in a list.")
    claim_words = _content_words(claim)
    details: list[str] = []
    good = 0
    for q in items:
        if not isinstance(q, str):
            details.append(f"{q!r} is not text: put each query in quotes.")
            continue
        words = _content_words(q)
        specific = bool(re.search(r"\b[A-Z][a-z]+|\d", q))
        copied = (len(words) >= 8 and claim_words
                  and sum(w in claim_words for w in words) / len(words) > 0.8)
        if len(words) < 2:
            details.append(f"“{q}”: too short to find anything specific; add who, what or when.")
        elif copied:
            details.append(f"“{q}”: this copies the claim. Searching the writer's own words "
                           "finds the writer's allies; pick the key words instead.")
        elif len(words) > 10:
            details.append(f"“{q}”: long queries match little; keep the 3 to 6 words that "
                           "matter.")
        elif not specific:
            details.append(f"“{q}”: add a name, a place or a date, so the results are about "
                           "this claim.")
            good += 1
        else:
            details.append(f"“{q}”: specific and short: a good query.")
            good += 1
    if good >= 2:
        status, summary = "good", f"{good} usable queries."
    elif good:
        status, summary = "partial", "One usable query; write one more from another angle."
    else:
        status, summary = "retry", "No usable query yet."
    return Feedback(status, summary, details,
                    "" if good >= 2 else "One query about the claim, one about who made it.")


def check_each(answer: Any, expected: Mapping[Any, str | Iterable[str]], *,
               options: Sequence[str], why: Mapping[Any, str] | None = None,
               normalise: Callable[[str], str | None] | None = None) -> Feedback:
    """One choice per item, ``{item: choice}``, each one of ``options``."""
    if not isinstance(answer, Mapping):
        return Feedback("retry", "Keep the answer as a dictionary {item: \"choice\"}; only "
                        "change the ... after each colon.")
    if is_blank(answer):
        return todo(f"a choice after each item ({_options(options)})")
    why = why or {}
    norm = normalise or (lambda v: _norm(v) if _norm(v) in {_norm(o) for o in options}
                         else None)
    right = blanks = 0
    details = []
    for item, want in expected.items():
        given = answer.get(item, ...)
        if is_blank(given):
            blanks += 1
            continue
        g = norm(str(given))
        if g is None:
            details.append(f"{item}: {given!r} is not one of {_options(options)}.")
            continue
        goods = {_norm(want)} if isinstance(want, str) else {_norm(w) for w in want}
        reason = f" {why[item]}" if item in why else ""
        if g in goods:
            right += 1
            details.append(f"✓ {item}: {given}.{reason}")
        else:
            details.append(f"✗ {item}: not {given}.{reason}")
    total = len(expected)
    summary = f"{right} of {total} right." + (f" {blanks} still to {FILL_IN}." if blanks else "")
    status = ("good" if right == total else "partial" if right
              else "todo" if blanks == total else "retry")
    return Feedback(status, summary, details)


def check_kinds(answer: Any, expected: Mapping[Any, str | Sequence[str]], *,
                why: Mapping[Any, str] | None = None) -> Feedback:
    """Sentence kinds (claim, opinion, question, attributed, other) by sentence number."""
    from mediakit.labels import KINDS

    return check_each(answer, expected, options=KINDS, why=why)


def compare_prediction(guess: Any, actual: str | Iterable[str], *,
                       options: Sequence[str] | None = None, note: str = "") -> Feedback:
    """A prediction among a few options against what happened (never graded)."""
    actual_set = [actual] if isinstance(actual, str) else list(actual)
    shown = " or ".join(str(a) for a in actual_set) or "none"
    if is_blank(guess):
        if _instructor():
            return Feedback("info", f"The answer: {shown}. {note}".strip())
        return todo("your prediction" + (f" ({_options(options)})" if options else ""))
    given = _norm(str(guess))
    if options and given not in {_norm(o) for o in options}:
        return Feedback("retry", f"{guess!r} is not one of {_options(options)}.")
    if given in {_norm(str(a)) for a in actual_set}:
        return Feedback("info", f"You predicted {guess}, and so it was. {note}".strip())
    return Feedback("info", f"You predicted {guess}; the answer is {shown}. {note}".strip())


def check_twins(answer: Any) -> Feedback:
    """``{case-study phrase: twin copied from the opposite-slant piece}`` (lesson 06)."""
    from mediakit import texts
    from mediakit.lessons.mirrors import MIRRORS

    if not isinstance(answer, Mapping):
        return Feedback("retry", "Keep the answer as a dictionary; only change the ... after "
                        "each colon.")
    if is_blank(answer):
        return todo("the matching phrase from the opposite-slant piece after each colon")
    other = texts.get(texts.OPPOSITE_SLANT).text
    by_case = {_fold(m.case_study): m for m in MIRRORS}
    right = blanks = 0
    details = []
    for phrase, twin in answer.items():
        if is_blank(twin):
            blanks += 1
            continue
        mirror = by_case.get(_fold(str(phrase)))
        if mirror is None:
            details.append(f"“{phrase}”: keep the case-study phrases as the lesson gave them.")
            continue
        where = find_phrase(str(twin), other)
        if where is None:
            details.append(f"“{twin}” is not in the opposite-slant piece: copy it exactly.")
            continue
        target = find_phrase(mirror.opposite, other)
        if target and where[0] < target[1] and target[0] < where[1]:
            right += 1
            details.append(f"✓ “{phrase}” ↔ “{twin}”: {mirror.move} "
                           f"({technique_name(mirror.technique).lower()}).")
        else:
            details.append(f"✗ “{twin}” is in the piece, but it is not the twin of “{phrase}”. "
                           f"Look for {mirror.move}.")
    total = len(answer)
    summary = f"{right} of {total} twins found." + (
        f" {blanks} still to {FILL_IN}." if blanks else "")
    status = ("good" if right == total else "partial" if right
              else "todo" if blanks == total else "retry")
    return Feedback(status, summary, details)


def check_summary(text: Any, *, min_sentences: int = 3) -> Feedback:
    """A short written judgement: enough sentences, names at least one technique, and says
    something about evidence."""
    if is_blank(text):
        return todo(f"your judgement ({min_sentences} to 6 sentences)")
    if not isinstance(text, str):
        return Feedback("retry", "Write your judgement as text in quotes (use triple quotes "
                        "for several lines).")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]
    folded = _fold(text)
    named = sorted({t.name for t in TECHNIQUES.values()
                    if _fold(t.name) in folded or _fold(t.id.replace("_", " ")) in folded})
    evidence = bool(re.search(r"\b(source|evidence|figure|data|quote|sourced|named|check)",
                              folded))
    details = []
    if len(sentences) < min_sentences:
        details.append(f"{len(sentences)} sentence(s): write at least {min_sentences}.")
    details.append(f"Techniques named: {_listing(named)}." if named else
                   "Name at least one technique, using the names in the tables.")
    if not evidence:
        details.append("Say something about evidence: what is sourced, what is not, what you "
                       "could check.")
    ok = len(sentences) >= min_sentences and named and evidence
    return Feedback("good" if ok else "partial",
                    "A clear, fair judgement." if ok else "A good start.", details)


def check_filled(value: Any, what: str = "your answer") -> Feedback:
    """Just that something was written (for open answers nobody can grade)."""
    if is_blank(value):
        return todo(what)
    return Feedback("good", f"Thank you: {what} is recorded.")


__all__ = [
    "FILL_IN",
    "Feedback",
    "check_choice",
    "check_each",
    "check_filled",
    "check_kinds",
    "check_labels",
    "check_number",
    "check_order",
    "check_phrases",
    "check_produced",
    "check_queries",
    "check_rewrite",
    "check_summary",
    "check_twins",
    "compare_prediction",
    "family_id",
    "find_phrase",
    "is_blank",
    "paragraph_number",
    "technique_id",
    "todo",
]
