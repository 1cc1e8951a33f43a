"""Flag-waving: the nation or the group called on instead of a reason.

Two term lists drive it. ``appeals_ingroup.tsv`` holds in-group phrases ("our
nation", "the free world") flagged as they stand, and images of pride or
humiliation ("prostrate", "vassal") flagged when the sentence also speaks of a
nation or of "we/our/us". ``appeals_nations.tsv`` holds countries and
nationality words, which are never flagged alone: only in an in-group frame
such as "the ___ people", "every ___", "fellow ___s", "___ first",
"anti-___" or "defend ___". The small word sets below are those frames.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediakit.datafiles import word_class
from mediakit.detectors.appeals_rules import TermHit, TermIndex, family_lexicon
from mediakit.document import Document
from mediakit.document.tokens import stem
from mediakit.findings import Finding, make_finding
from mediakit.matching.context import capitalised

#: Nouns that make "the ___ people" an appeal to the whole nation.
GROUP_NOUNS = word_class("nation_group_nouns")
#: Words before a nationality that claim the whole group ("every American", "real Russians").
CLAIMERS = word_class("nation_claimers")
#: Words before a nationality noun that make the next noun a group appeal ("the ___ people").
DETERMINERS = word_class("nation_determiners")
#: Verbs and phrases before a country name that cast it as a cause to defend or betray.
CAUSE_BEFORE = word_class("nation_cause_verbs")
#: Words after a country name that turn it into a rallying cry ("___ first", "___ stands").
CAUSE_AFTER = frozenset("first stands deserves".split())
#: Hostile nouns before "against/on/to ___" that cast the nation as the victim.
HOSTILE = word_class("hostile_nouns")
#: Nouns after "a/an ___" that make a nationality a badge ("an Australian citizen").
BADGES = word_class("nation_badges")
_PREFIXES = ("anti-", "Anti-", "ANTI-", "un-", "Un-", "UN-")
_LETTERS = re.compile(r"[A-Za-z]+")


def _prefixed_words(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` for "anti-X"/"un-X" in the text (str.find: fast on long texts)."""
    for prefix in _PREFIXES:
        at = text.find(prefix)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                m = _LETTERS.match(text, at + len(prefix))
                if m:
                    yield at, m.end(), m.group()
            at = text.find(prefix, at + 1)


#: Words that tie an image of pride or humiliation to a nation or group.
WE = frozenset("we our us".split())


def _named(doc: Document, i: int) -> bool:
    """True when token ``i`` is capitalised in mid-sentence: part of a name or title."""
    if doc.sentences[doc.token_sentence[i]].heading:
        return False
    return capitalised(doc, i) and doc.norms[i] not in ("our", "this")


class NationRule:
    """In-group phrases, pride images and national names in in-group frames."""

    def __init__(self) -> None:
        self.ingroup = TermIndex(family_lexicon("appeals_ingroup.tsv"))
        self.nations = TermIndex(family_lexicon("appeals_nations.tsv"))
        self._people = {e.keys[0] for e in self.nations.entries if "people" in e.tags}

    def find(self, doc: Document, detector: str) -> Iterator[Finding]:
        nation_hits = self.nations.find(doc)
        nation_sentences = {doc.token_sentence[h.first] for h in nation_hits}
        grouped: dict[int, bool] = {}  # per sentence: a run-on one may hold many pride words
        for hit in self.ingroup.find(doc):
            tags = hit.entry.tags
            if ("pride" in tags or "grouped" in tags) and not self._grouped(
                doc, hit, nation_sentences, grouped
            ):
                continue
            if _named(doc, hit.first):
                continue
            yield self._finding(doc, hit, hit.first, hit.end, detector, "in-group phrase")
        for hit in nation_hits:
            span = self._frame(doc, hit)
            if span is not None:
                yield self._finding(doc, hit, *span, detector, "nation in an in-group frame")
        yield from self._anti(doc, detector)

    def _grouped(self, doc: Document, hit: TermHit, nation_sentences: set[int],
                 memo: dict[int, bool]) -> bool:
        """True when the hit's sentence names a nation or says "we/our/us"."""
        sent_i = doc.token_sentence[hit.first]
        if sent_i in nation_sentences:
            return True
        found = memo.get(sent_i)
        if found is None:
            sent = doc.sentences[sent_i]
            found = memo[sent_i] = not WE.isdisjoint(doc.norms[sent.first_token:sent.end_token])
        return found

    def _frame(self, doc: Document, hit: TermHit) -> tuple[int, int] | None:
        """Token span of the in-group frame around a national name, or None."""
        norms = doc.norms
        sent = doc.sentences[doc.token_sentence[hit.first]]
        first, end = hit.first, hit.end
        prev = norms[first - 1] if first > sent.first_token else ""
        nxt = norms[end] if end < sent.end_token else ""
        prev2 = norms[first - 2] if first - 2 >= sent.first_token else ""
        if prev in ("against", "on", "to", "of") and prev2 in HOSTILE:
            return first - 2, end
        if prev in CAUSE_BEFORE:
            return first - 1, end
        if "people" in hit.entry.tags:
            if nxt in BADGES and prev in ("a", "an"):
                return first - 1, end + 1
            if nxt in GROUP_NOUNS and prev in DETERMINERS:
                stop = end + 1
                if nxt == "way" and norms[end + 1 : end + 3] == ["of", "life"]:
                    stop = end + 3
                return first - 1, stop
            # "every true American", "all real Russians", "fellow Britons"
            start = first
            while start > sent.first_token and first - start < 2 and norms[start - 1] in CLAIMERS:
                start -= 1
            if start == first:
                return None
            plural = norms[end - 1].endswith("s")
            claims_all = "every" in norms[start:first] or "all" in norms[start:first]
            if plural or claims_all or nxt in GROUP_NOUNS:
                return start, end + (1 if nxt in GROUP_NOUNS else 0)
            return None
        if prev == "to" and first - 2 >= sent.first_token and norms[first - 2] in CAUSE_BEFORE:
            return first - 2, end
        if nxt in CAUSE_AFTER:
            return first, end + 1
        nxt2 = norms[end + 1] if end + 1 < sent.end_token else ""
        if nxt in ("must", "will") and nxt2 == "never":
            return first, end + 2
        if prev == "is" and prev2 == "this":
            return first - 2, end
        if prev == "," and nxt in ("!", "?") and end + 1 >= sent.end_token - 1:
            return first, end  # addressed to the nation: "Wake up, ___!"
        if prev == "our":
            return first - 1, end
        return None

    def _anti(self, doc: Document, detector: str) -> Iterator[Finding]:
        """"anti-American", "un-British": a nationality turned into a loyalty test."""
        text = doc.text
        for start, end, word in _prefixed_words(text):
            if stem(word.lower()) not in self._people:
                continue
            yield make_finding(
                text, start, end, "flag_waving",
                "Calling someone “anti-” or “un-” a nationality turns disagreement into "
                "disloyalty to the country.",
                cue=text[start:end], strength=2,
                suggestion="Say what the person or group actually said or did.",
                rule="anti-nationality label", detector=detector,
            )

    def _finding(
        self, doc: Document, hit: TermHit, first: int, end: int, detector: str, rule: str
    ) -> Finding:
        start_char = doc.token_spans[first][0]
        end_char = doc.token_spans[end - 1][1]
        return make_finding(
            doc.text, start_char, end_char, "flag_waving", hit.entry.explanation,
            cue=doc.text[hit.start:hit.stop], strength=hit.entry.strength,
            suggestion=hit.entry.suggestion, rule=f"{rule}: {hit.entry.term}",
            detector=detector,
        )
