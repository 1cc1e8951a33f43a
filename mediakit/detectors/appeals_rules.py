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
from mediakit.document.tokens import stem
from mediakit.findings import Finding, make_finding
from mediakit.matching import LexiconEntry, Pattern, PatternMatcher, load_lexicon, load_patterns
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


#: Stem-matched keys are found by prefix first (stemming keeps the first letters of a
#: word), so only the few words that could match are stemmed. Filled by TermIndex.
_PREFIX = 3
_stem_prefixes: set[str] = set()
#: Words whose stem does not start like the word ("dying" -> "die").
_IRREGULAR = frozenset({"dying", "lying", "tying"})


def _doc_stems(doc: Document) -> dict[str, list[int]]:
    """Stem -> token positions, for the document's words that could match a stem key.

    Memoised per document (shared by every TermIndex of the families).
    """
    cached = doc.__dict__.get("appeals_stem_index")
    if cached is not None and cached[0] == len(_stem_prefixes):
        return cached[1]
    prefixes = _stem_prefixes
    index: dict[str, list[int]] = {}
    for norm, positions in doc.word_index.items():
        if norm[:_PREFIX] in prefixes or norm in _IRREGULAR or (
            len(norm) < _PREFIX and norm in prefixes
        ):
            key = stem(norm)
            if key in index:
                index[key] = index[key] + positions
            else:
                index[key] = positions
    doc.__dict__["appeals_stem_index"] = (len(_stem_prefixes), index)
    return index


#: Words too common to look a phrase up by ("the rest is history" is found via "history").
_ANCHOR_SKIP = frozenset(
    "the a an of to in on at our your my their this that it it's is are was be and or for "
    "with as by not no you we i all so what there there's that's let's".split()
)


class TermIndex:
    """Find the terms of lexicon entries in a document.

    Each term is looked up by its rarest-looking word (its anchor: the longest word
    that is not a function word), through the document's word index, and the rest
    of the term is then checked around it, inside one sentence. Where several terms
    start at one token, the longest wins.
    """

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self.entries = list(entries)
        groups: dict[tuple[bool, str], list[tuple[int, LexiconEntry]]] = defaultdict(list)
        for e in self.entries:
            exact = "exact" in e.tags
            j = _anchor(e.keys)
            groups[(exact, e.keys[j])].append((j, e))
            if not exact:
                _stem_prefixes.add(e.keys[j][:_PREFIX])
        self._groups = dict(groups)
        self._norm_anchors = {key for exact, key in self._groups if exact}
        self._stem_anchors = {key for exact, key in self._groups if not exact}

    def find(self, doc: Document) -> list[TermHit]:
        """Every hit in text order; a term never crosses a sentence boundary."""
        norms, spans = doc.norms, doc.token_spans
        tok_sent, sentences = doc.token_sentence, doc.sentences
        words = doc.word_index
        # Only the anchors the document contains (set intersection runs in C).
        present = [(True, key, words[key]) for key in self._norm_anchors & words.keys()]
        if self._stem_anchors:
            stems = _doc_stems(doc)
            present += [(False, key, stems[key]) for key in self._stem_anchors & stems.keys()]
        best: dict[int, TermHit] = {}
        for exact, key, positions in present:
            bucket = self._groups[(exact, key)]
            for p in positions:
                sent = sentences[tok_sent[p]]
                for j, entry in bucket:
                    i = p - j
                    n = len(entry.keys)
                    if i < sent.first_token or i + n > sent.end_token:
                        continue
                    if n > 1 and not _matches(norms, i, entry, j, exact):
                        continue
                    kept = best.get(i)
                    if kept is None or n > kept.end - kept.first:
                        best[i] = TermHit(i, i + n, spans[i][0], spans[i + n - 1][1], entry)
        return [best[i] for i in sorted(best)]


def _anchor(keys: tuple[str, ...]) -> int:
    """Index of the key to look a term up by: the longest that is not a function word."""
    best = 0
    for j, key in enumerate(keys):
        if key in _ANCHOR_SKIP:
            continue
        if keys[best] in _ANCHOR_SKIP or len(key) > len(keys[best]):
            best = j
    return best


def _matches(norms: list[str], i: int, entry: LexiconEntry, anchor: int, exact: bool) -> bool:
    for k, key in enumerate(entry.keys):
        if k == anchor:
            continue
        word = norms[i + k]
        if (word if exact else stem(word)) != key:
            return False
    return True


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
    """A detector for one technique: the technique's patterns, plus :meth:`extra` rules.

    Subclasses set ``name``, ``technique`` and ``pattern_file``, and may override
    :meth:`extra` for rules that combine term lists (see the family modules).
    """

    name = ""
    technique = ""
    pattern_file = ""

    def __init__(self) -> None:
        self.matcher = matcher_for(self.pattern_file, self.technique)

    def detect(self, doc: Document) -> list[Finding]:
        found = list(pattern_findings(doc, self.matcher, self.name))
        found.extend(self.extra(doc))
        return keep_distinct(found)

    def extra(self, doc: Document) -> Iterable[Finding]:
        """Findings from rules that are not single regular expressions (none by default)."""
        return ()

    def __repr__(self) -> str:
        return f"<detector {self.name!r}>"
