"""The loaded-language family: loaded words, name-calling, exaggeration, repetition.

Four detectors share one pass over the document (memoised in ``doc.__dict__``):
lexicon matches (``mediakit/lexicons``), the phrase patterns
(``mediakit/patterns/loaded_language.toml``) and the context rules of
:mod:`mediakit.detectors.loaded_rules`. Each detector then returns the findings of
its own technique, so an instructor can switch one off without losing the others.

>>> from mediakit import analyze
>>> report = analyze("Along with his Western sponsors, the Biden regime made "
...                  "an utterly absurd offer.", detectors=[d() for d in DETECTORS])
>>> [(f.technique, f.text) for f in report.findings]
[('name_calling', 'his Western sponsors'), ('name_calling', 'the Biden regime'), \
('loaded_language', 'utterly absurd offer')]
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from mediakit.detectors.loaded_candidate import Candidate
from mediakit.detectors.loaded_data import LoadedData, loaded_data
from mediakit.detectors.loaded_merge import merge
from mediakit.detectors.loaded_phrases import (
    extend_adjectives,
    extend_determiners,
    extend_phrases,
    intensifier_runs,
    pattern_candidates,
)
from mediakit.detectors.loaded_repetition import Repeat, repeats
from mediakit.detectors.loaded_rules import MatchRules, resolve_gates
from mediakit.document import Document
from mediakit.findings import Finding, make_finding
from mediakit.matching.lexicon import Match

_MEMO_KEY = "loaded_language"


def candidates(doc: Document, data: LoadedData) -> tuple[list[Candidate], list[Match]]:
    """Live candidates of the three word-level techniques, merged, and the charged
    lexicon matches that the repetition detector counts (neutral senses removed, and
    matches a rule cancelled: names such as "Saint Peter", negated words)."""
    neutral: set[int] = set()
    charged: list[Match] = []
    for m in chain(data.matcher.find(doc), data.idioms.find(doc)):
        if "neutral" in m.entry.tags:
            neutral.update(range(m.first, m.end))
        else:
            charged.append(m)
    charged = [m for m in charged if not any(i in neutral for i in range(m.first, m.end))]
    rules = MatchRules(doc, data)
    cands: list[Candidate] = []
    counted: list[Match] = []  # matches no rule cancelled (not a name, not negated)
    for m in charged:
        c = rules.candidate(m)
        if c is not None:
            cands.append(c)
            counted.append(m)
    cands += pattern_candidates(doc, data)
    cands += intensifier_runs(doc, rules.intensifiers, data, cands)
    resolve_gates(doc, cands)
    extend_adjectives(doc, cands)
    merged = merge(cands, doc)
    extend_determiners(doc, merged)  # after merging: "the [left-wing] [extremists]"
    extend_phrases(doc, merged)
    return merged, counted


def _analysis(doc: Document) -> tuple[list[Candidate], list[Repeat]]:
    """Candidates and repeats of one document, computed once for the four detectors."""
    memo = doc.__dict__.get(_MEMO_KEY)
    if memo is None:
        cands, charged = candidates(doc, loaded_data())
        phrases = [(c.start, c.stop) for c in cands]
        memo = doc.__dict__[_MEMO_KEY] = (cands, repeats(doc, charged, phrases))
    return memo


class _WordDetector:
    technique = ""
    name = ""

    def __init__(self) -> None:
        loaded_data()  # load and validate the data now, not on the first text

    def detect(self, doc: Document) -> Iterator[Finding]:
        for c in _analysis(doc)[0]:
            if c.technique == self.technique:
                yield make_finding(doc.text, c.start, c.stop, c.technique, c.explanation,
                                   cue=c.cue, strength=c.strength, suggestion=c.suggestion,
                                   rule=c.rule, detector=self.name)

    def __repr__(self) -> str:
        return f"<detector {self.name!r}>"


class LoadedWords(_WordDetector):
    """Words picked for emotional charge: "frenzied", "utterly absurd", scare quotes."""

    technique = name = "loaded_language"


class NameCalling(_WordDetector):
    """Labels for people and groups: "the Biden regime", "his Western sponsors"."""

    technique = name = "name_calling"


class Exaggeration(_WordDetector):
    """Absolutes, superlatives and minimisers: "endless wars", "about 100% certain"."""

    technique = name = "exaggeration"


class Repetition(_WordDetector):
    """Charged words the text repeats, marked at their second and later uses, and
    repeated sentence openings ("I am tired of … I am tired of …")."""

    technique = name = "repetition"

    def detect(self, doc: Document) -> Iterator[Finding]:
        for r in _analysis(doc)[1]:
            yield make_finding(doc.text, r.start, r.stop, "repetition", r.explanation,
                               cue=r.cue, strength=2 if r.uses > 2 else 1,
                               rule=r.rule, detector=self.name)


DETECTORS = [LoadedWords, NameCalling, Exaggeration, Repetition]
