"""Signals: hedges, boosters and opinion markers, counted rather than flagged.

A hedge ("may", "seems", "it is unclear") marks how sure the writer is, and an
opinion marker ("I believe", "should") marks a view as a view: both are shown as
good practice. A booster ("clearly", "the fact that", "100%") makes a statement
sound certain; it is counted here and, in a sentence with no support, becomes a
cue for the ``unsupported_claim`` detector. The report summary gives each kind
per 1,000 words. Words inside quotations belong to the speaker and are skipped.

>>> from mediakit.claims.classify import analyse
>>> from mediakit.document import Document
>>> [(s.text, s.kind) for s in analyse(Document("I think it may clearly rain.")).signals]
[('I think', 'opinion_marker'), ('may', 'hedge'), ('clearly', 'booster')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.document import Document, Sentence
from mediakit.labels import Signal

if TYPE_CHECKING:
    from mediakit.claims.classify import Facts

#: Cue role -> signal kind. A recommendation ("should") marks the writer's view.
SIGNAL_OF_ROLE = {
    "hedge": "hedge",
    "booster": "booster",
    "opinion_marker": "opinion_marker",
    "obligation": "opinion_marker",
}
GOOD_PRACTICE = {
    "hedge": "An honest hedge: the writer shows how sure they are. Good practice, not a fault.",
    "opinion_marker": "An opinion marked as the writer's view. Good practice: the reader can "
                      "tell view from fact.",
}
#: Cue words that are also months when capitalised mid-sentence ("in May"); rule logic.
_MONTHS = frozenset({"may", "march"})


def sentence_signals(doc: Document, sent: Sentence, facts: Facts) -> list[Signal]:
    """The signals of one sentence, from the cue hits the classifier found."""
    out: list[Signal] = []
    taken: set[int] = set()
    norms, spans, text = doc.norms, doc.token_spans, doc.text
    for h in facts.hits:
        kind = SIGNAL_OF_ROLE.get(h.cue.role)
        if kind is None or h.first in facts.quoted or h.first in taken:
            continue
        first = h.first
        if norms[first] in _MONTHS and first != sent.first_token \
                and text[spans[first][0]].isupper():
            continue  # "in May": the month
        if norms[first] == "must" and first + 2 < sent.end_token and norms[first + 1] == "have":
            kind = "booster"  # "must have known": certainty about a guess
        taken.update(range(first, h.end))
        s, e = spans[first][0], spans[h.end - 1][1]
        note = GOOD_PRACTICE.get(kind) or h.cue.explanation
        out.append(Signal(s, e, text[s:e], kind, sent.index, note))
    return out
