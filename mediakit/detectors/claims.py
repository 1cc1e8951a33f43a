"""The claims family: unsupported claims, vague sources, doubt and causal oversimplification.

All four detectors read the sentence labels of :mod:`mediakit.claims.classify`
(kind, support, cue hits), computed once per document, plus the regex rules in
``patterns/claims.toml``, which run only on sentences holding a trigger word.

- ``unsupported_claim``: a statement in the writer's voice with no support in the
  text *and* at least one cue a careful reader would ask "says who?" about:
  certainty boosters, sweeping generalisations, speculation sold as fact, motives
  asserted as known, predictions stated as certain. Strength counts the kinds of
  cue. Attributed sentences and openly marked opinions are never flagged.
- ``vague_source``: content passed on through no one in particular ("experts
  say", "we are hearing reports") and faceless agents ("the powers that be").
- ``doubt``: questions in the writer's voice and insinuating asides
  ("(that we know of)", "to the extent that ...", "so-called").
- ``causal_oversimplification``: one cause or hidden motive for a complex outcome
  ("the real reason", "only because", "it is not X but Y").

Spans mark the clause that carries the move, not a single word.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from mediakit.claims.classify import Analysis, Facts, analyse
from mediakit.datafiles import word_class
from mediakit.document import Document
from mediakit.findings import Finding, make_finding
from mediakit.labels import SentenceLabel
from mediakit.matching import Pattern, load_patterns
from mediakit.matching.spans import DisjointSpans

MEMO_KEY = "mediakit.detectors.claims"

#: What kind of evidence would settle each kind of cue (said in the explanation).
_WOULD_SUPPORT = {
    "booster": "a source or record that shows it",
    "generalisation": "figures or studies that cover the whole group or period",
    "speculation": "facts that show it happened, not only that it might have",
    "motive": "statements or documents that show what the people involved intended",
    "prediction": "a forecast from a named source, with its reasons",
}
_CUE_WORDS = {
    "booster": "sounds certain",
    "generalisation": "sweeping",
    "speculation": "a guess sold as fact",
    "motive": "a motive asserted as known",
    "prediction": "a prediction stated as certain",
}
_PATTERN_CUE = {
    "claim-motive": "motive",
    "claim-certain-prediction": "prediction",
    "claim-speculation-as-fact": "speculation",
    "cause-not-x-but-y": "motive",
    "cause-motive-because-they": "motive",
    "cause-the-real-reason": "motive",
    "cause-out-of-motive": "motive",
}
_BOUNDARY = re.compile(r"[,;:()\[\]—–]|\s-\s")
_QUESTION_DOUBT = re.compile(
    r"\b(?:why|how come|how (?:can|could|is it|do|does|did)|really|even|actually|anyway|"
    r"any wonder|what if|who (?:really|actually|benefits)|where (?:is|are|was|were)|"
    r"is it (?:possible|true|fair|right|not)|can (?:we|you|anyone) (?:trust|believe)|"
    r"should we (?:trust|believe)|(?:is|are|was|were|do|does|did|has|have|can|could|would|"
    r"will|should)n[’']t)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_READER_QUESTION = re.compile(
    r"^\W*(?:what happens next|what(?:'s| is) next|"
    r"what (?:does|do|will|is|are) [^?]*\b(?:mean|next|happen|happens|work|cost)\b|"
    r"(?:have|did|do|are|were|would) you\b|how (?:do|can|does) (?:i|you)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, list[Pattern]], tuple[Pattern, ...]]:
    """Trigger word -> rules, and all rules of ``claims.toml``."""
    patterns = load_patterns("claims.toml")
    by_trigger: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        for t in p.triggers:
            by_trigger[t].append(p)
    return dict(by_trigger), tuple(patterns)


def _rank(p: Pattern) -> tuple[int, str]:
    return (-p.strength, p.id)  # stronger, then by id: a stable order for overlapping rules


def pattern_matches(doc: Document) -> dict[int, list[tuple[int, int, Pattern]]]:
    """Sentence index -> ``(start, end, rule)`` of every rule match, computed once per text."""
    memo = doc.__dict__.get(MEMO_KEY)
    if memo is not None:
        return memo
    by_trigger, _ = _patterns()
    index, token_sentence = doc.word_index, doc.token_sentence
    todo: dict[int, set[Pattern]] = defaultdict(set)
    for word in by_trigger.keys() & index.keys():
        rules = by_trigger[word]
        for i in index[word]:
            todo[token_sentence[i]].update(rules)
    out: dict[int, list[tuple[int, int, Pattern]]] = {}
    text = doc.text
    quotes = bool(doc.quotes)
    for si, rules in todo.items():
        sent = doc.sentences[si]
        piece = text[sent.start:sent.end]
        found = []
        for p in (sorted(rules, key=_rank) if len(rules) > 1 else rules):
            group = p.span  # every rule of claims.toml marks a named group (checked in tests)
            for m in p.regex.finditer(piece):
                s, e = m.span(group)
                if group == "tail":  # from the cue back to the start of its clause
                    s = max(piece.rfind(c, 0, s) for c in ",;:!?.") + 1
                s, e = _trim(piece, s, e)
                if e > s:
                    s, e = sent.start + s, sent.start + e
                    if quotes:
                        s, e = _clip_to_quote(doc, s, e)
                    if e > s:
                        found.append((s, e, p))
        if found:
            out[si] = found
    doc.__dict__[MEMO_KEY] = out
    return out


def _clip_to_quote(doc: Document, s: int, e: int) -> tuple[int, int]:
    """A span that starts inside a quotation ends with it, so the finding reads as quoted;
    one that starts outside stops where a quotation opens."""
    quotes = doc.quotes
    if not quotes:
        return s, e
    first = max(bisect.bisect_right(quotes, (s, len(doc.text) + 1)) - 1, 0)
    # An index walk, not ``quotes[first:]``: copying the tail for every match was
    # quadratic on long texts with many quotations.
    for k in range(first, len(quotes)):
        qs, qe = quotes[k]
        if qs >= e:
            break
        if qs <= s < qe and e > qe:
            return s, qe
        if s < qs < e:
            end = qs
            while end > s and doc.text[end - 1].isspace():
                end -= 1
            return (s, end) if end > s else (s, e)
    return s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:”’)]»"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:“‘([«"):
        e -= 1
    return s, e


def clause_span(text: str, sent: SentenceLabel, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: out to the nearest comma, dash, bracket or end."""
    lo, hi = sent.start, sent.end
    piece = text[lo:hi]
    left = 0
    for m in _BOUNDARY.finditer(piece, 0, max(start - lo, 0)):
        left = m.end()
    m = _BOUNDARY.search(piece, end - lo)
    right = m.start() if m else len(piece)
    s, e = _trim(piece, left, right)
    if len(piece[s:e].split()) < 4:  # too short to read on its own: take the sentence
        s, e = _trim(piece, 0, len(piece))
    return lo + s, lo + e


def _words(text: str, s: int, e: int) -> str:
    return " ".join(text[s:e].split())


# ---------------------------------------------------------------------------------------


class UnsupportedClaimDetector:
    """A claim stated as fact with nothing to back it and cues that it needs backing."""

    name = "unsupported_claim"

    def detect(self, doc: Document) -> Iterator[Finding]:
        a = analyse(doc)
        matches = pattern_matches(doc)
        text = doc.text
        spans = doc.token_spans
        for label, facts in zip(a.labels, a.facts, strict=True):
            if label.kind not in ("claim", "opinion") or label.support != "none":
                continue
            if label.heading or facts.opinion_marked:
                continue  # an openly marked view is good practice, not a fault
            if not facts.hits and label.index not in matches:
                continue
            cues: list[tuple[int, int, str, str]] = []  # start, end, type, rule
            for s, e, p in matches.get(label.index, ()):
                kind = _PATTERN_CUE.get(p.id)
                if kind and not doc.in_quote(s, e):
                    cues.append((s, e, kind, p.id))
            moves = list(cues)
            for h in facts.hits:
                role = h.cue.role
                if role in ("booster", "generalisation") and h.first not in facts.quoted:
                    s, e = spans[h.first][0], spans[h.end - 1][1]
                    if any(ms <= s and e <= me and kind == "speculation"
                           for ms, me, kind, _ in moves):
                        continue  # "might, in fact": already counted as speculation
                    cues.append((s, e, role, role))
            if not cues:
                continue
            yield self._finding(doc, text, label, cues)

    def _finding(self, doc: Document, text: str, label: SentenceLabel,
                 cues: list[tuple[int, int, str, str]]) -> Finding:
        cues.sort()
        types = list(dict.fromkeys(c[2] for c in cues))
        start = min(c[0] for c in cues)
        end = max(c[1] for c in cues)
        s, e = clause_span(text, label, start, start + 1)
        s2, e2 = clause_span(text, label, end - 1, end)
        s, e = min(s, s2), max(e, e2)
        named = "; ".join(
            f"'{_short(_words(text, c[0], c[1]))}' ({_CUE_WORDS[c[2]]})"
            for c in _first_per_type(cues))
        would = "; or ".join(_WOULD_SUPPORT[t] for t in types[:2])
        explanation = (f"Stated as fact with no source or evidence in the text, and {named}. "
                       f"A careful reader asks: says who? Support would be {would}.")
        return make_finding(
            text, s, e, "unsupported_claim", explanation,
            cue=", ".join(_short(_words(text, c[0], c[1]), 30) for c in _first_per_type(cues)),
            strength=min(3, len(types) + (len(cues) >= 3 and len(types) >= 2)),
            suggestion=f"Look for {_WOULD_SUPPORT[types[0]]}; or add a source.",
            rule="+".join(dict.fromkeys(c[3] for c in cues)),
            detector=self.name,
        )


def _first_per_type(cues: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    seen: dict[str, tuple[int, int, str, str]] = {}
    for c in cues:
        seen.setdefault(c[2], c)
    return list(seen.values())


def _short(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


class VagueSourceDetector:
    """Attribution to no one in particular, and faceless agents."""

    name = "vague_source"

    def detect(self, doc: Document) -> Iterator[Finding]:
        a = analyse(doc)
        text = doc.text
        spans = doc.token_spans
        for label, facts in zip(a.labels, a.facts, strict=True):
            if not facts.hits:
                continue
            found: list[tuple[int, int, str]] = []
            for first, end, why in facts.vague:
                if why == "vague_report" and _named_officials(doc, first, end):
                    continue
                found.append((spans[first][0], spans[end - 1][1], why))
            for h in facts.hits:
                if h.cue.role == "faceless" and h.first not in facts.quoted:
                    found.append((spans[h.first][0], spans[h.end - 1][1], "faceless"))
            for s, e, why in _merge(found):
                if doc.in_quote(s, e):
                    continue
                words = _words(text, s, e)
                if why == "faceless":
                    explanation = (f"'{words}' is a faceless agent: a group that acts in the "
                                   "story but is never named, so nobody can check what it did.")
                    suggestion = "Name the people or institutions meant, or leave the charge out."
                else:
                    explanation = (f"'{words}' passes the content on without saying who exactly "
                                   "said it or how they would know, so the reader cannot check it.")
                    suggestion = ("Name the source (who, in what role, where they said it), "
                                  "or say the claim is unconfirmed.")
                yield make_finding(
                    text, s, e, "vague_source", explanation, cue=words,
                    strength=1 if why == "vague_phrase" and label.kind != "claim" else 2,
                    suggestion=suggestion, rule=why, detector=self.name,
                )


_OFFICIALS = word_class("official_nouns")


def _named_officials(doc: Document, first: int, end: int) -> bool:
    """'Finnish officials said': officials of a named government, the everyday newsroom
    attribution. Still no name (the label says vague_source), but not flagged."""
    norms, text, spans = doc.norms, doc.text, doc.token_spans
    for i in range(first + 1, end):
        if norms[i] in _OFFICIALS and text[spans[i - 1][0]].isupper():
            return True
    return False


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping or touching spans become one ("we are hearing" + "hearing reports")."""
    out: list[tuple[int, int, str]] = []
    for s, e, why in sorted(spans):
        if out and s <= out[-1][1] + 1:
            ps, pe, pwhy = out[-1]
            out[-1] = (ps, max(pe, e), pwhy)
        else:
            out.append((s, e, why))
    return out


class DoubtDetector:
    """Questions in the writer's voice and insinuating asides."""

    name = "doubt"

    def detect(self, doc: Document) -> Iterator[Finding]:
        a = analyse(doc)
        text = doc.text
        asked: set[str] = set()
        for label in a.labels:
            if label.kind != "question" or label.heading:
                continue
            m = _QUESTION_DOUBT.search(label.text)
            if not m:
                words = label.text.split()
                if (len(words) < 3 or _READER_QUESTION.search(label.text)
                        or _YOU.search(label.text) or label.text in asked):
                    # a signpost ("What happens next?"), a poll for the reader, a tag
                    # ("Right?") or a repeated box: engagement, not insinuation
                    continue
            asked.add(label.text)
            yield make_finding(
                text, label.start, label.end, "doubt",
                "A question in place of a statement: it can plant doubt without claiming "
                "anything the writer would have to support."
                + (f" '{m.group()}' makes it pointed." if m else ""),
                cue=m.group() if m else "?",
                strength=2 if m else 1,
                suggestion="Ask: does the text answer its own question, and with what evidence?",
                rule="question" + ("-pointed" if m else ""),
                detector=self.name,
            )
        yield from _pattern_findings(doc, "doubt", self.name)


class CausalOversimplificationDetector:
    """One cause or hidden motive offered for a complex outcome."""

    name = "causal_oversimplification"

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from _pattern_findings(doc, "causal_oversimplification", self.name, _plain_because)


def _plain_because(doc: Document, a: Analysis, si: int, s: int, e: int) -> bool:
    """Keep a bare "because" only in the writer's voice, and not when the reason is sourced."""
    label, facts = a.labels[si], a.facts[si]
    if label.kind not in ("claim", "opinion", "question") or doc.in_quote(s, e):
        return False
    spans = doc.token_spans
    return not any(r.identifiable and spans[r.verb][0] >= s for r in facts.reports)


def _pattern_findings(doc: Document, technique: str, name: str, because=None) -> Iterator[Finding]:
    text = doc.text
    taken = DisjointSpans()
    a = analyse(doc) if because else None
    for si in sorted(pattern_matches(doc)):
        for s, e, p in pattern_matches(doc)[si]:
            if p.technique != technique:
                continue
            if p.id == "cause-because" and not because(doc, a, si, s, e):
                continue
            if taken.overlaps(s, e):
                continue  # one finding per stretch of text
            taken.add(s, e)
            yield make_finding(
                text, s, e, technique, p.explanation,
                cue=_short(_words(text, s, e), 60), strength=p.strength,
                suggestion=p.suggestion, rule=p.id, detector=name,
            )


DETECTORS = [
    UnsupportedClaimDetector,
    VagueSourceDetector,
    DoubtDetector,
    CausalOversimplificationDetector,
]

__all__ = [
    "DETECTORS",
    "Analysis",
    "CausalOversimplificationDetector",
    "DoubtDetector",
    "Facts",
    "UnsupportedClaimDetector",
    "VagueSourceDetector",
    "clause_span",
    "pattern_matches",
]
