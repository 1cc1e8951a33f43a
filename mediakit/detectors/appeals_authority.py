"""Appeal to authority: a claim leaning on who said it.

Citing a source is good practice, so the rule does not call every citation a
fallacy. This rule marks sentences where a claim is handed to someone whose
standing is put forward (an expert, a religious authority or text) by a
reporting verb that lends weight ("warned", "concluded", "explained"). Former
office-holders, "leading" or "renowned" sources, "as X said" and self-vouching
are patterns in ``appeals.toml``. Explanations ask the questions that judge the
appeal: is it their field, is it current, is it in context, what else supports
it? :func:`weigh_evidence` lowers the strength of any authority finding whose
sentence also points to evidence (figures, a study, a published report).

Term lists: ``appeals_authority.tsv`` (credentials, boosters, reporting verbs).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from mediakit.detectors.appeals_rules import TermHit, TermIndex, family_lexicon
from mediakit.detectors.appeals_spans import char_span, clause_end, clause_start
from mediakit.document import Document
from mediakit.findings import Finding, make_finding
from mediakit.matching.context import negated

#: Kinds of standing the rule looks for (tags of appeals_authority.tsv). Boosters
#: ("leading", "renowned") count only next to a credential: the authority_booster pattern.
STANDING = ("expert", "religious")
#: A verb this far (tokens) from the credential still hands the claim to it.
REACH = 15
#: Longest sentence marked whole; longer ones are cut to the clauses around the citation.
MAX_TOKENS = 45
JUDGE = ("Ask: is this their field, is the remark current and quoted in context, "
         "and what other evidence supports the claim?")


class AuthorityRule:
    """Credential + reporting verb in one sentence; the finding spans the cited claim."""

    def __init__(self) -> None:
        self.terms = TermIndex(family_lexicon("appeals_authority.tsv"))

    def find(self, doc: Document, detector: str) -> Iterator[Finding]:
        by_sentence: dict[int, list[TermHit]] = defaultdict(list)
        for hit in self.terms.find(doc):
            by_sentence[doc.token_sentence[hit.first]].append(hit)
        for sent_i, hits in by_sentence.items():
            verbs = [h for h in hits if "verb" in h.entry.tags and not negated(doc, h.first)]
            if not verbs:
                continue
            standing = [h for h in hits if h.entry.tags & set(STANDING)]
            pair = _pair(standing, verbs)
            if pair is None:
                continue
            cred, verb = pair
            sent = doc.sentences[sent_i]
            first, end = sent.first_token, sent.end_token
            norms = doc.norms
            while end > first and not norms[end - 1][0].isalnum():
                end -= 1  # leave out the closing full stop and quote marks
            while first < end and not norms[first][0].isalnum():
                first += 1
            if end - first > MAX_TOKENS:
                first = clause_start(doc, min(cred.first, verb.first), commas=False)
                end = clause_end(doc, max(cred.end, verb.end) - 1, commas=False)
            if end <= first:
                continue
            start_char, end_char = char_span(doc, first, end)
            kind = next(t for t in STANDING if t in cred.entry.tags)
            yield make_finding(
                doc.text, start_char, end_char, "appeal_to_authority",
                cred.entry.explanation,
                cue=f"{doc.text[cred.start:cred.stop]} … {doc.text[verb.start:verb.stop]}",
                strength=max(cred.entry.strength, verb.entry.strength),
                suggestion=JUDGE, rule=f"cited {kind} with a reporting verb",
                detector=detector,
            )


def _pair(standing: list[TermHit], verbs: list[TermHit]) -> tuple[TermHit, TermHit] | None:
    """The closest credential and verb within reach, strongest credential first.

    ``verbs`` are in text order; each credential looks only at the verbs within reach
    (a run-on sentence can hold thousands of both).
    """
    best = None
    firsts = [v.first for v in verbs]
    for cred in standing:
        lo = bisect.bisect_left(firsts, cred.first - REACH)
        hi = bisect.bisect_right(firsts, cred.first + REACH)
        for verb in verbs[lo:hi]:
            gap = abs(verb.first - cred.first)
            if gap > REACH:
                continue
            key = (-cred.entry.strength, gap)
            if best is None or key < best[0]:
                best = (key, cred, verb)
    return None if best is None else (best[1], best[2])


#: Signs that a sentence offers evidence besides the name: figures, studies, documents.
_EVIDENCE = re.compile(
    r"\d|\b(?:study|studies|data|survey|published|journal|report|research|figures|"
    r"statistics|records|documents?)\b",
    re.IGNORECASE,
)
SOURCED = " The sentence also points to evidence, so it leans less on the name alone."


def weigh_evidence(doc: Document, findings: Iterable[Finding]) -> list[Finding]:
    """Lower the strength of authority findings whose sentence also cites evidence."""
    out = []
    for f in findings:
        sent = doc.sentence_at(f.start)
        if sent is not None and _EVIDENCE.search(doc.text, sent.start, sent.end):
            f = dataclasses.replace(f, strength=1, explanation=f.explanation + SOURCED)
        out.append(f)
    return out
