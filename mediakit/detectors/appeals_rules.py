"""Run data rules (TOML patterns, TSV term lists) over a document, fast.

Shared by the ``appeals`` and ``shortcuts`` families, whose detectors are mostly
data: a regular-expression rule fires only on sentences that hold one of its
trigger words, and a term list is looked up through the document's word index
(by each term's rarest-looking word), never token by token, so a family costs
little even on long articles.

- :func:`family_patterns` / :func:`family_lexicon` load a data file once.
- :class:`TermIndex` finds lexicon terms (matched on stems, or on exact forms
  with the ``exact`` tag).
- :class:`RuleDetector` is the base of every detector in the two families: the
  patterns of its technique, plus optional rules in :meth:`RuleDetector.extra`.
- :func:`pattern_findings` turns pattern matches into findings, and
  :func:`keep_distinct` keeps one highlight per move.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from mediakit.document import Document
from mediakit.findings import Finding, make_finding
from mediakit.matching import (
    LexiconEntry,
    Pattern,
    PatternMatcher,
    PhraseMatcher,
    load_lexicon,
    load_patterns,
)
from mediakit.matching.spans import DisjointSpans


@cache
def family_patterns(file_name: str) -> tuple[Pattern, ...]:
    """Every pattern of a shipped pattern file, loaded and validated once."""
    return tuple(load_patterns(file_name))


@cache
def family_lexicon(file_name: str) -> tuple[LexiconEntry, ...]:
    """Every entry of a shipped lexicon, loaded and validated once."""
    return tuple(load_lexicon(file_name))


def matcher_for(file_name: str, technique: str) -> PatternMatcher:
    """A matcher over the patterns of one technique in a family file."""
    return PatternMatcher(p for p in family_patterns(file_name) if p.technique == technique)


class TermHit(NamedTuple):
    """Tokens ``first..end-1`` hold ``entry``; ``start``/``stop`` are character offsets."""

    first: int
    end: int
    start: int
    stop: int
    entry: LexiconEntry


class TermIndex:
    """Find the terms of lexicon entries in a document (the shared
    :class:`~mediakit.matching.PhraseMatcher`), one term per start token: where several
    start at one token, the longest wins (then the one listed first)."""

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self.entries = list(entries)
        self._matcher = PhraseMatcher(self.entries)

    def find(self, doc: Document) -> list[TermHit]:
        """Every hit in text order; a term never crosses a sentence boundary."""
        hits: list[TermHit] = []
        for m in self._matcher.find(doc):  # in text order, longest first at each token
            if not hits or hits[-1].first != m.first:
                hits.append(TermHit(m.first, m.end, m.start_char, m.end_char, m.entry))
        return hits


def pattern_findings(
    doc: Document, matcher: PatternMatcher, detector: str
) -> Iterator[Finding]:
    """One finding per pattern match; the cue is the ``cue`` group or the trigger word."""
    text = doc.text
    for m in matcher.find(doc):
        start, end = trim(text, m.start, m.end)
        if start >= end:
            continue
        cue = _cue(m.match, m.pattern)
        yield make_finding(
            text, start, end, m.pattern.technique, m.pattern.explanation,
            cue=cue, strength=m.pattern.strength, suggestion=m.pattern.suggestion,
            rule=m.pattern.id, detector=detector,
        )


def _cue(match, pattern: Pattern) -> str:
    if "cue" in pattern.regex.groupindex and match.group("cue"):
        return match.group("cue")
    found = match.group(0)
    lowered = found.lower()
    # Longest trigger first; ties broken by the word itself, not by set order (which
    # changes with the hash seed, so the cue would differ from run to run).
    for word in sorted(pattern.triggers, key=lambda w: (-len(w), w)):
        at = lowered.find(word)
        if word != "*" and at >= 0:
            return found[at : at + len(word)]
    return found if len(found) <= 40 else found[:40] + "…"


_EDGE = " \t\r\n,;:–—-"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and clause punctuation from both ends of a span."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def keep_distinct(findings: Iterable[Finding]) -> list[Finding]:
    """Among overlapping findings of one technique keep the strongest, then the longest.

    Learners should see one highlight per move, not a stack of near-copies.
    """
    ranked = sorted(findings, key=lambda f: (-f.strength, -(f.end - f.start), f.start))
    kept: list[Finding] = []
    taken: dict[str, DisjointSpans] = defaultdict(DisjointSpans)
    for f in ranked:
        spans = taken[f.technique]
        if spans.overlaps(f.start, f.end):
            continue
        spans.add(f.start, f.end)
        kept.append(f)
    kept.sort(key=lambda f: f.sort_key)
    return kept


class RuleDetector:
    """A detector for one technique: the technique's patterns, plus one optional rule.

    Subclasses set ``name``, ``technique`` and ``pattern_file``, and ``rule_class`` for
    the rule that combines term lists where single patterns are not enough (a class
    built with no arguments whose ``find(doc, detector)`` yields findings).
    """

    name = ""
    technique = ""
    pattern_file = ""
    rule_class: type | None = None

    def __init__(self) -> None:
        self.matcher = matcher_for(self.pattern_file, self.technique)
        self.rule = self.rule_class() if self.rule_class is not None else None

    def detect(self, doc: Document) -> list[Finding]:
        found = list(pattern_findings(doc, self.matcher, self.name))
        if self.rule is not None:
            found.extend(self.rule.find(doc, self.name))
        return keep_distinct(found)

    def __repr__(self) -> str:
        return f"<detector {self.name!r}>"
