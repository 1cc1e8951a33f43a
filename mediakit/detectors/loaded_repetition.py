"""Repetition: a charged word or phrase the text keeps coming back to.

A charged word (a loaded-language, label or exaggeration entry of the lexicons,
matched on its stem, so "regime" and "regimes" count together) used at least
:data:`MIN_USES` times, or a charged phrase used :data:`MIN_PHRASE_USES` times, is
marked at its repeated uses: hammering the same word makes the frame stick. The
first use is left to the other detectors. Everyday absolutes and words charged only
in context are not counted, unless they are labels for people; nor are words that are
often plain description ("literal": "plague" in an article about a plague).

Repeated sentence openings (anaphora) count too: when a sentence starts with the
same :data:`MIN_OPENING` or more words as one of the :data:`OPENING_WINDOW`
sentences before it, and the opening is led by a pronoun or a negation ("I am tired
of …", "We will not …", "No more …"), the repeated opening is marked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from mediakit.datafiles import word_class
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
_SKIP_TAGS = frozenset({"absolute", "intensifier", "target", "neutral", "literal"})

#: Anaphora: words an opening must share, how many sentences back to look, and the
#: first words that make an opening rhetorical rather than a plain subject ("The
#: council said …").
MIN_OPENING = 3
OPENING_WINDOW = 2
OPENERS = word_class("rhetorical_openers")
OPENING_EXPLANATION = (
    "“{words}” opens sentence after sentence. Repeating the same opening is a drumbeat: "
    "the rhythm makes the message stick whether or not each sentence adds anything."
)

EXPLANATION = (
    "“{word}” is used {n} times in this text. Repeating a charged word makes the "
    "frame feel familiar, and familiar feels true."
)


@dataclass(frozen=True)
class Repeat:
    start: int
    stop: int
    cue: str
    uses: int
    explanation: str
    rule: str = ""


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
                              EXPLANATION.format(word=word, n=len(uses)),
                              f"charged word used {len(uses)} times"))
    out.extend(openings(doc))
    out.sort(key=lambda r: (r.start, r.stop))
    return out


def openings(doc: Document) -> list[Repeat]:
    """Sentence openings repeated from one of the sentences just before (anaphora)."""
    norms, spans, sentences = doc.norms, doc.token_spans, doc.sentences
    firsts: list[int] = []  # first word token of each sentence, or -1
    for s in sentences:
        i = s.first_token
        while i < s.end_token and i < s.first_token + 3 and not norms[i][:1].isalnum():
            i += 1  # skip an opening quote mark or dash
        firsts.append(i if i < s.end_token and norms[i][:1].isalnum() else -1)
    out: list[Repeat] = []
    for k, i in enumerate(firsts):
        if i < 0 or norms[i] not in OPENERS:
            continue
        for j in range(max(0, k - OPENING_WINDOW), k):
            if firsts[j] < 0 or norms[firsts[j]] != norms[i]:
                continue
            words, prev = _head(doc, k, i), _head(doc, j, firsts[j])
            n = 0
            while n < min(len(words), len(prev)) and norms[words[n]] == norms[prev[n]]:
                n += 1
            if n >= MIN_OPENING:
                start, stop = spans[words[0]][0], spans[words[n - 1]][1]
                text = doc.text[start:stop]
                out.append(Repeat(start, stop, text, 2, OPENING_EXPLANATION.format(words=text),
                                  "repeated sentence opening"))
                break
    return out


def _head(doc: Document, sentence: int, first: int) -> list[int]:
    """Word tokens of the first dozen tokens of a sentence, from its first word."""
    norms, end = doc.norms, min(doc.sentences[sentence].end_token, first + 12)
    return [i for i in range(first, end) if norms[i][:1].isalnum()]
