"""Repetition: a charged word or phrase the text keeps coming back to.

A charged word (a loaded-language, label or exaggeration entry of the lexicons,
matched on its stem, so "regime" and "regimes" count together) used at least
:data:`MIN_USES` times, or a charged phrase used :data:`MIN_PHRASE_USES` times, is
marked at its repeated uses: hammering the same word makes the frame stick. The
first use is left to the other detectors. Everyday absolutes and words charged only
in context are not counted, unless they are labels for people.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from mediakit.document import Document
from mediakit.document.tokens import WORD
from mediakit.matching.lexicon import Match

_WORD = WORD

#: Uses of one charged word before its repeats are marked; a phrase needs fewer.
MIN_USES = 3
MIN_PHRASE_USES = 2
#: Words this weak (charged only in context) count only when they are labels.
MIN_STRENGTH = 2
#: Lexicon tags that mark words too common to count as a repeated message.
_SKIP_TAGS = frozenset({"absolute", "intensifier", "target", "neutral"})

EXPLANATION = (
    "“{word}” comes back {n} times in this text. Repeating a charged word makes the "
    "frame feel familiar, and familiar feels true."
)


@dataclass(frozen=True)
class Repeat:
    start: int
    stop: int
    cue: str
    uses: int
    explanation: str


def repeats(doc: Document, charged: list[Match], phrases: list[tuple[int, int]]) -> list[Repeat]:
    """The repeated uses (second and later) of charged words, in text order.

    ``charged`` are the lexicon matches; ``phrases`` the spans of the other detectors'
    findings, so that a charged phrase built by a context rule ("completely
    shattered") counts when the text uses it again.
    """
    groups: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for m in charged:
        if m.entry.tags & _SKIP_TAGS or (m.entry.strength < MIN_STRENGTH
                                         and m.entry.technique != "name_calling"):
            continue
        groups[m.entry.keys].append((m.start_char, m.end_char))
    for start, stop in phrases:
        words = tuple(w.lower() for w in _WORD.findall(doc.text, start, stop) if w[:1].isalnum())
        if len(words) > 1:
            groups[("phrase", *words)].append((start, stop))
    out: list[Repeat] = []
    for key, spans in groups.items():
        uses = sorted(set(spans))  # one use per place
        phrase = key[0] == "phrase" or len(key) > 1
        if len(uses) < (MIN_PHRASE_USES if phrase else MIN_USES):
            continue
        word = doc.text[uses[0][0]:uses[0][1]]
        for start, stop in uses[1:]:
            out.append(Repeat(start, stop, doc.text[start:stop], len(uses),
                              EXPLANATION.format(word=word, n=len(uses))))
    out.sort(key=lambda r: (r.start, r.stop))
    return out
