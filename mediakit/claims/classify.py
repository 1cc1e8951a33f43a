"""Sentence kind and support (DESIGN.md §2), decided by transparent cues.

First version: a small set of rules, each recorded as a cue on the label.
"""

from __future__ import annotations

import re

from mediakit.document import Document
from mediakit.labels import SentenceLabel, Signal

_REPORTING = re.compile(
    r"\b(?:said|says|stated|states|told|added|wrote|announced|argued|claimed|according to)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:I|we) (?:believe|think|feel)\b|\bin my (?:view|opinion)\b|\b(?:should|ought to)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:reports? (?:say|suggest)|sources say|experts say|some (?:say|believe)|it is said)\b",
    re.IGNORECASE,
)
_EVIDENCE = re.compile(r"\b\d[\d,.]*\s*(?:%|percent|per cent)|\b(?:19|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def _label(doc: Document, s) -> SentenceLabel:
    text = doc.text[s.start : s.end]
    cues: list[str] = []
    support = "none"
    if m := _VAGUE.search(text):
        support = "vague_source"
        cues.append(f"vague source: {m.group()}")
    elif _EVIDENCE.search(text):
        support = "evidence"
        cues.append("figure or date")
    if s.heading:
        kind = "other"
        cues.append("heading")
    elif text.rstrip("\"'”’)").endswith("?"):
        kind = "question"
        cues.append("question mark")
    elif (m := _REPORTING.search(text)) and _NAME.search(text):
        kind = "attributed"
        support = "named_source"
        cues.append(f"reporting verb: {m.group()}")
    elif m := _OPINION.search(text):
        kind = "opinion"
        cues.append(f"opinion marker: {m.group()}")
    else:
        kind = "claim"
        cues.append("statement in the writer's voice")
    return SentenceLabel(
        s.start, s.end, text, s.index, s.paragraph, s.heading, kind, support, tuple(cues)
    )


def classify_sentences(doc: Document) -> tuple[list[SentenceLabel], list[Signal]]:
    """Label every sentence of ``doc``; also return the hedge/booster signals found."""
    return [_label(doc, s) for s in doc.sentences], []
