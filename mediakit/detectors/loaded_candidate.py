"""The :class:`Candidate` span the loaded-language rules build, and token helpers.

A candidate is a possible finding: a token range ``[first, end)`` with its character
offsets ``[start, stop)``, the technique, and the evidence a learner is shown (cue,
rule, explanation, suggestion). Words that are charged only in context start
``gated`` and become findings only once some rule marks them ``supported``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mediakit.document import Document
from mediakit.matching.lexicon import LexiconEntry
from mediakit.matching.phrases import FUNCTION_WORDS


@dataclass
class Candidate:
    first: int
    end: int
    start: int
    stop: int
    technique: str
    strength: int
    rule: str
    cue: str
    explanation: str
    suggestion: str = ""
    gated: bool = False
    supported: bool = False
    entry: LexiconEntry | None = field(default=None, repr=False)

    @property
    def live(self) -> bool:
        """True when the candidate will become a finding (not waiting for a second signal)."""
        return not self.gated or self.supported


def is_word(norm: str) -> bool:
    """True for word tokens (not punctuation)."""
    return norm[:1].isalnum()


def is_content(norm: str) -> bool:
    """True for a word that can carry meaning in a phrase (not "the", "of", ...)."""
    return norm[:1].isalnum() and norm not in FUNCTION_WORDS


def upper_word(doc: Document, i: int) -> bool:
    """True when token ``i`` starts with a capital letter and is not a function word,
    wherever it stands (unlike :func:`mediakit.matching.context.capitalised`, which
    does not count the first word of a sentence or clause)."""
    return doc.text[doc.token_spans[i][0]].isupper() and doc.norms[i] not in FUNCTION_WORDS


def title_case(doc: Document, sentence: int) -> bool:
    """True for a line in title case ("Senators Slam Botched Probe"), where capitals
    do not mark names. Needs three content words, four in five of them capitalised."""
    memo = doc.__dict__.setdefault("loaded_title_case", {})
    found = memo.get(sentence)
    if found is None:
        s = doc.sentences[sentence]
        words = [i for i in range(s.first_token, s.end_token) if is_content(doc.norms[i])]
        caps = sum(1 for i in words if doc.text[doc.token_spans[i][0]].isupper())
        found = memo[sentence] = len(words) >= 3 and caps >= 0.8 * len(words)
    return found


def is_possessive(norm: str) -> bool:
    """``kyiv's``, ``allies'``."""
    return norm.endswith(("'s", "s'")) and len(norm) > 2


def sentence_bounds(doc: Document, i: int) -> tuple[int, int]:
    """First and end token of the sentence holding token ``i``."""
    s = doc.sentences[doc.token_sentence[i]]
    return s.first_token, s.end_token
