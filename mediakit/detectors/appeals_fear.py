"""Appeal to fear: a threat (war, collapse, disease, ruin) in a warning frame.

A sentence that reports a war is not a fear appeal; one that says war *will*
come *unless* the reader agrees, or that *our children* will pay, is. So a
threat from ``appeals_threats.tsv`` counts only when a frame from
``appeals_fear_frames.tsv`` sits near it in the same sentence: a condition
("if", "unless"), a prediction ("will", "would", "could"), urgency ("before it
is too late") or the reader's own people ("our children"). A bare "if" is
enough only for vivid threats (tag ``strong``); common words for harm
("danger", "threat", tag ``weak``) need both a prediction or condition and a
threatened group of the reader's own. Negated predictions ("will not lead to
war"), averted harms ("avoid a war") and questions do not count.

The finding spans the warning: the clause (commas do not end it) from where the
first frame stands to the end of the clause that names the threat.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator

from mediakit.datafiles import word_class
from mediakit.detectors.appeals_rules import TermHit, TermIndex, family_lexicon
from mediakit.detectors.appeals_spans import char_span, clause_end, clause_start
from mediakit.document import Document
from mediakit.findings import Finding, make_finding
from mediakit.matching.context import NEGATORS

#: How far (in tokens) a frame may sit from the threat it frames.
CONDITION_REACH = 25
PREDICTION_REACH = 10
TARGET_REACH = 15
#: Words before "will"/"might" that make it a noun ("free will", "the might of").
NOUN_MARKERS = word_class("will_might_noun_markers")
#: Verbs that turn a threat into its opposite ("will avoid war", "could end the crisis").
AVERTING = word_class("averting_verbs")
_ARTICLES = word_class("fear_articles")
#: Longest warning marked, in tokens.
MAX_TOKENS = 40
#: How far before and after a threat any kind of frame may start.
_REACH_BEFORE = max(CONDITION_REACH, PREDICTION_REACH, TARGET_REACH)
_REACH_AFTER = max(4, TARGET_REACH)


def _first(hit: TermHit) -> int:
    return hit.first


class FearRule:
    """Threat terms in a warning frame; ``find`` yields findings for one detector."""

    def __init__(self) -> None:
        self.threats = TermIndex(family_lexicon("appeals_threats.tsv"))
        self.frames = TermIndex(family_lexicon("appeals_fear_frames.tsv"))

    def find(self, doc: Document, detector: str) -> Iterator[Finding]:
        threats = self.threats.find(doc)
        if not threats:
            return
        frames_by_sentence: dict[int, list[TermHit]] = defaultdict(list)
        norms = doc.norms
        for hit in self.frames.find(doc):
            if hit.first > 0 and norms[hit.first - 1] in NOUN_MARKERS:
                continue  # "his own will", "the will of the people": a noun, not a prediction
            frames_by_sentence[doc.token_sentence[hit.first]].append(hit)
        text = doc.text
        for threat in threats:
            sent = doc.sentences[doc.token_sentence[threat.first]]
            frames = frames_by_sentence.get(sent.index)
            if not frames or text[sent.start:sent.end].rstrip(" \"”’)").endswith("?"):
                # A question asks about a danger rather than warning of it.
                continue
            used = _frames_for(threat, frames)
            if used is None:
                continue
            if _negated_between(norms, used, threat) or _averted(norms, threat, sent):
                continue
            first = min([threat.first] + [f.first for f in used])
            last = max([threat.end - 1] + [f.end - 1 for f in used])
            # The clause around the warning; a run-on sentence falls back to comma clauses.
            start_tok = clause_start(doc, first, commas=False)
            end = clause_end(doc, last, commas=False)
            if end - start_tok > MAX_TOKENS:
                start_tok, end = first, clause_end(doc, last)
            first = start_tok
            start_char, end_char = char_span(doc, first, end)
            frame = max(used, key=lambda f: f.entry.strength)
            strength = min(3, max(threat.entry.strength, frame.entry.strength))
            explanation = f"{threat.entry.explanation} {frame.entry.explanation}"
            yield make_finding(
                doc.text, start_char, end_char, "appeal_to_fear", explanation,
                cue=f"{doc.text[frame.start:frame.stop]} … {doc.text[threat.start:threat.stop]}",
                strength=strength, suggestion=threat.entry.suggestion,
                rule=f"threat in a warning frame ({_kinds(used)})",
                detector=detector,
            )


def _frames_for(threat: TermHit, frames: list[TermHit]) -> list[TermHit] | None:
    """The frames that make this threat a warning, or None when it is not one.

    ``frames`` are the sentence's frames in text order; only those within reach are
    looked at (a run-on sentence can hold thousands, and every threat would scan them).
    """
    conditions, predictions, targets = [], [], []
    lo = bisect.bisect_left(frames, threat.first - _REACH_BEFORE, key=_first)
    hi = bisect.bisect_right(frames, threat.first + _REACH_AFTER, key=_first)
    for f in frames[lo:hi]:
        tags = f.entry.tags
        gap = threat.first - f.first
        if "conditional" in tags and 0 < gap <= CONDITION_REACH:
            conditions.append(f)
        elif ("future" in tags or "urgency" in tags) and -4 <= gap <= PREDICTION_REACH:
            # The prediction comes before the harm ("will lead to war") or right after it
            # ("war would be a bloody slog").
            predictions.append(f)
        elif "target" in tags and abs(gap) <= TARGET_REACH and f.first != threat.first:
            targets.append(f)
    if not (conditions or predictions):
        return None
    if (not (predictions or targets) and "strong" not in threat.entry.tags
            and all(c.entry.strength < 2 for c in conditions)):
        # A bare "if" near a common harm is usually a plain condition ("if you recall the
        # war"); a vivid one ("if this spreads, it is a massacre") still counts.
        return None
    if "weak" in threat.entry.tags and not targets:
        return None
    return conditions + predictions + targets


def _averted(norms: list[str], threat: TermHit, sent) -> bool:
    """True for "will avoid war", "could end the crisis": the harm is what is prevented."""
    j = threat.first - 1
    if j >= sent.first_token and norms[j] in _ARTICLES:
        j -= 1
    return j >= sent.first_token and norms[j] in AVERTING


def _kinds(used: list[TermHit]) -> str:
    """The kinds of frame at work, for the rule name: "conditional+target" etc."""
    kinds = {tag for f in used for tag in f.entry.tags}
    return "+".join(k for k in ("conditional", "future", "urgency", "target") if k in kinds)


def _negated_between(norms: list[str], used: list[TermHit], threat: TermHit) -> bool:
    """True for "will not lead to war": a negation next to the prediction word."""
    for f in used:
        if "future" not in f.entry.tags or f.first > threat.first:
            continue
        # "will not lead to war", "nobody will lead us to war"
        near = [*range(max(0, f.first - 2), f.first), *range(f.end, min(f.end + 2, threat.first))]
        for j in near:
            if norms[j] in NEGATORS or norms[j].endswith("n't"):
                return True
    return False
