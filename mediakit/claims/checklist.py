"""The claim checklist: the checkable claims of a text, with questions for lateral reading.

Lateral reading means leaving the text to check it: who is behind a claim, what
the evidence is, what other sources say, where it comes from. For every
checkable sentence (a statement of fact in the writer's voice, or a report of
what someone said) :func:`build_claims` lists its support, the cues that decided
it, the claims-family findings on it, and concrete questions tailored to what
the sentence does and does not give. The claim-investigation widget builds on it.

>>> import mediakit
>>> claims = mediakit.analyze("Experts say the bridge is clearly unsafe.").claims()
>>> claims[0].support, claims[0].questions[0]
('vague_source', "Who exactly are 'Experts say'? Can you find a named person or report behind it?")
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from mediakit.datafiles import word_class
from mediakit.labels import SentenceLabel

if TYPE_CHECKING:
    from mediakit.report import Report

#: Kinds that state something a reader can check.
CHECKABLE = frozenset({"claim", "attributed"})
_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*")
_FIGURE = re.compile(r"\b\d[\d,.%]*\b(?:\s*(?:percent|per cent|%))?")
#: A phrase the classifier quoted in a cue ("vague source 'Russia's critics say'"): an
#: apostrophe inside a word ("Russia's") does not close it.
_QUOTED = re.compile(r"(?<!\w)'(.+?)'(?!\w)")
_STOP_NAME_WORDS = word_class("name_stop_words")
#: Compared as they stand in a title-case name ("The", "However").
_STOP_NAMES = frozenset(w.capitalize() for w in _STOP_NAME_WORDS)


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable sentence and what to ask about it.

    ``findings`` are the claims-family technique ids on the sentence; ``priority``
    runs from 1 (worth a glance) to 3 (check this first): it counts what the text
    leaves open (no support, vague support) and the strength of the findings.
    """

    index: int
    start: int
    end: int
    text: str
    kind: str
    support: str
    cues: tuple[str, ...]
    findings: tuple[str, ...]
    questions: tuple[str, ...]
    search: str
    priority: int

    def to_dict(self) -> dict:
        d = asdict(self)
        for key in ("cues", "findings", "questions"):
            d[key] = list(d[key])
        return d


def _quoted_cue(cues: tuple[str, ...], prefix: str) -> str:
    for c in cues:
        if c.startswith(prefix):
            m = _QUOTED.search(c[len(prefix):])
            if m:
                return m.group(1)
    return ""


def search_terms(text: str, limit: int = 6) -> str:
    """Names and figures of a sentence: a starting query for lateral reading.

    >>> search_terms("Former minister Anna Berg said in 2018 that 1,200 beds were added.")
    'Anna Berg 2018 1,200'
    """
    terms: list[str] = []
    for m in _NAME.finditer(text):
        words = [w for w in m.group().split() if w not in _STOP_NAMES]
        while words and words[0][:1].islower():
            words.pop(0)
        if (m.start() == 0 and len(words) == 1 and words[0][:1].isupper()
                and not m.group()[1:].isupper()):
            continue  # a capital because the sentence starts there
        if words:
            terms.append(" ".join(words))
    terms += [m.group() for m in _FIGURE.finditer(text)]
    seen = dict.fromkeys(t.strip(" ,.") for t in terms if t.strip(" ,."))
    return " ".join(list(seen)[:limit])


def questions_for(label: SentenceLabel, techniques: tuple[str, ...]) -> tuple[str, ...]:
    """Concrete lateral-reading questions for one sentence."""
    qs: list[str] = []
    support = label.support
    if support == "vague_source":
        who = _quoted_cue(label.cues, "vague source") or "the source"
        qs.append(f"Who exactly are '{who}'? Can you find a named person or report behind it?")
        qs.append("Is the claim confirmed anywhere by someone who would know, and says so "
                  "by name?")
    elif support == "named_source":
        who = (_quoted_cue(label.cues, "named or identifiable source")
               or _quoted_cue(label.cues, "reporting verb") or "the source")
        src = _source_of(label) or who
        qs.append(f"Did {src} really say this? Find the original statement (interview, "
                  "press release, transcript) and check the words and their context.")
        qs.append(f"Who is {src}, and do they have a stake in what they are saying?")
    elif support == "evidence":
        what = (_quoted_cue(label.cues, "record named") or _quoted_cue(label.cues, "figure")
                or "the figure, document or event")
        qs.append(f"Can you find {what} in the original record? Is it quoted correctly and "
                  "in context?")
        qs.append("Who produced the record or figure, and how was it measured?")
    else:
        qs.append("Who says so? The text gives no source: is this the writer's own knowledge, "
                  "or passed on from somewhere?")
        qs.append("What evidence would show this (figures, documents, named witnesses), and "
                  "can you find it?")
    if "unsupported_claim" in techniques:
        qs.append("The sentence sounds more certain or sweeping than its support: what would "
                  "prove it, and does anything contradict it?")
    if "causal_oversimplification" in techniques:
        qs.append("Is the cause given the whole story? What other causes do other sources name?")
    if "doubt" in techniques:
        qs.append("What is being hinted at? Is there evidence for the doubt, or only the hint?")
    qs.append("What do other sources say? Look for two independent outlets, ideally with "
              "different slants, that report the same thing.")
    return tuple(qs)


def _source_of(label: SentenceLabel) -> str:
    for c in label.cues:
        if c.startswith("reporting verb"):
            parts = _QUOTED.findall(c)
            if len(parts) >= 2:
                return parts[1]
    return ""


def build_claims(report: Report) -> list[Claim]:
    """The checkable claims of ``report`` in reading order (see the module docstring)."""
    out: list[Claim] = []
    for label in report.sentences:
        techniques = tuple(dict.fromkeys(
            f.technique for f in report.findings_in(label) if f.family == "claims"))
        strength = max((f.strength for f in report.findings_in(label) if f.family == "claims"),
                       default=0)
        checkable = label.kind in CHECKABLE or (
            label.kind == "opinion" and "unsupported_claim" in techniques)
        if (label.heading and label.kind == "other") or not checkable:
            continue
        priority = 1 + (label.support in ("none", "vague_source")) + (strength >= 2)
        out.append(Claim(
            index=label.index, start=label.start, end=label.end, text=label.text,
            kind=label.kind, support=label.support, cues=label.cues, findings=techniques,
            questions=questions_for(label, techniques), search=search_terms(label.text),
            priority=min(priority, 3),
        ))
    return out
