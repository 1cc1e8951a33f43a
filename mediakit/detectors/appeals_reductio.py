"""Reductio ad Hitlerum: discrediting by comparison with a reviled figure or era.

Names from ``appeals_reviled.tsv`` are of two kinds. Figures and eras (Hitler,
Stalin, the Holocaust, Munich 1938) count only when the sentence compares
someone to them: a history lesson that mentions Hitler is not the move, "the
new Hitler" is. Epithets ("fascist", "Stalinist", "Gestapo") are labels pinned
on present-day targets and count unless they describe the history itself
("the fascist regime of the 1930s"). The finding spans the comparison: from the
word that makes it to the end of the clause that names the reviled figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediakit.datafiles import word_class
from mediakit.detectors.appeals_rules import TermHit, TermIndex, family_lexicon
from mediakit.detectors.appeals_spans import char_span, clause_end
from mediakit.document import Document
from mediakit.findings import Finding, make_finding

#: Words that turn a mention into a comparison ("like Hitler", "the new Stalin").
COMPARERS = word_class("comparers")
#: Present-tense links that make a figure or era the predicate: "this is Munich", "he is Hitler".
IS_LINKS = frozenset("is are".split())
#: Words after a figure that make the comparison ("Hitler-style", "Nazi tactics").
COMPARED_AFTER = word_class("compared_after")
#: Words after an epithet that show it describes the history itself.
HISTORY_AFTER = word_class("history_after")
_YEAR = re.compile(r"\b19[1-4]\d\b")
#: How far (tokens) before a figure a comparing word may be.
REACH = 8
#: Words that end the noun phrase an epithet labels.
_STOP = word_class("epithet_phrase_stops")


class ReductioRule:
    """Comparisons with reviled figures and eras, and epithets drawn from them."""

    def __init__(self) -> None:
        self.terms = TermIndex(family_lexicon("appeals_reviled.tsv"))

    def find(self, doc: Document, detector: str) -> Iterator[Finding]:
        for hit in self.terms.find(doc):
            tags = hit.entry.tags
            span = self._comparison(doc, hit)
            rule = "comparison with a reviled figure"
            if span is None and "epithet" in tags:
                span = self._epithet(doc, hit)
                rule = "label drawn from a reviled regime"
            if span is None:
                continue
            start, end = char_span(doc, *span)
            yield make_finding(
                doc.text, start, end, "reductio_ad_hitlerum", hit.entry.explanation,
                cue=doc.text[hit.start:hit.stop], strength=hit.entry.strength,
                suggestion=hit.entry.suggestion, rule=f"{rule}: {hit.entry.term}",
                detector=detector,
            )

    def _comparison(self, doc: Document, hit: TermHit) -> tuple[int, int] | None:
        norms = doc.norms
        sent = doc.sentences[doc.token_sentence[hit.first]]
        cue = -1
        for j in range(hit.first - 1, max(sent.first_token, hit.first - REACH) - 1, -1):
            if norms[j] in COMPARERS or norms[j].endswith("-like") or norms[j].endswith("-style"):
                cue = j
                break
        prev = norms[hit.first - 1] if hit.first > sent.first_token else ""
        if cue < 0 and prev in IS_LINKS:
            cue = hit.first - 1
        after = norms[hit.end] if hit.end < sent.end_token else ""
        if cue < 0 and after == "," and norms[hit.end + 1 : hit.end + 2] == ["too"]:
            # "Chamberlain, too, came home with a deal": the figure as a precedent. The
            # clause runs on from "too" (the last token of a text may be that "too").
            return hit.first, clause_end(doc, hit.end + 1, commas=False)
        tail = norms[hit.end - 1]
        if cue < 0 and (after in COMPARED_AFTER or tail.endswith(("-like", "-style"))):
            # "Gestapo-like", "Nazi tactics": the comparison sits in the phrase itself.
            return self._phrase(doc, hit)
        if cue < 0:
            return None
        return cue, clause_end(doc, hit.end - 1)

    def _epithet(self, doc: Document, hit: TermHit) -> tuple[int, int] | None:
        norms = doc.norms
        sent = doc.sentences[doc.token_sentence[hit.first]]
        after = norms[hit.end] if hit.end < sent.end_token else ""
        if after in HISTORY_AFTER or _YEAR.search(doc.text, doc.token_spans[sent.first_token][0],
                                                   doc.token_spans[sent.end_token - 1][1]):
            return None
        return self._phrase(doc, hit)

    def _phrase(self, doc: Document, hit: TermHit) -> tuple[int, int]:
        """The label and the short noun phrase it is pinned on ("the fascist Left")."""
        norms = doc.norms
        sent = doc.sentences[doc.token_sentence[hit.first]]
        first = hit.first
        if first > sent.first_token and norms[first - 1] in ("the", "a", "an", "this", "that"):
            first -= 1
        end = hit.end
        while end < sent.end_token and end - hit.end < 3 and norms[end].isalpha() and (
            norms[end] not in _STOP
        ):
            end += 1
        return first, end
