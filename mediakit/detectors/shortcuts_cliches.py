"""Thought-terminating clichés: stock phrases, and tautologies like "rules are rules".

Stock phrases come from ``shortcuts_cliches.tsv`` (each with its explanation).
Tautologies are found by their shape, not by a list: a word, "is"/"are", the same
word again, then the end of the clause ("a deal is a deal, and ..."). They are
looked up from the few places "is"/"are" occur, not with a regex per sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from mediakit.detectors.appeals_rules import TermIndex, family_lexicon
from mediakit.document import Document
from mediakit.findings import Finding, make_finding

TAUTOLOGY = (
    "A tautology (“rules are rules”, “a deal is a deal”) sounds like a reason but says "
    "nothing, and closes the question."
)
#: The tautology shape is "X is/are (a/an/the) X": the links and articles are the rule itself.
_LINKS = ("is", "are")
_ARTICLES = frozenset("a an the".split())
#: What may follow a tautology: the end of its clause.
_CLAUSE_END = frozenset(",.;:!?”\"'’—–)".split() + list(",.;:!?”\"'’—–)") + ["and", "but", "so"])


class ClicheRule:
    """Stock phrases from the term list, and tautologies."""

    def __init__(self) -> None:
        self.phrases = TermIndex(family_lexicon("shortcuts_cliches.tsv"))

    def find(self, doc: Document, detector: str) -> Iterator[Finding]:
        for hit in self.phrases.find(doc):
            yield make_finding(
                doc.text, hit.start, hit.stop, "thought_terminating_cliche",
                hit.entry.explanation, cue=doc.text[hit.start:hit.stop],
                strength=hit.entry.strength, suggestion=hit.entry.suggestion,
                rule=f"stock phrase: {hit.entry.term}", detector=detector,
            )
        yield from self._tautologies(doc, detector)

    def _tautologies(self, doc: Document, detector: str) -> Iterator[Finding]:
        norms, spans = doc.norms, doc.token_spans
        for link in _LINKS:
            for i in doc.word_index.get(link, ()):
                sent = doc.sentences[doc.token_sentence[i]]
                if i == sent.first_token or i + 1 >= sent.end_token:
                    continue
                word = norms[i - 1]
                j = i + 1
                if norms[j] in _ARTICLES and j + 1 < sent.end_token:
                    j += 1
                if norms[j] != word or not word.isalpha():
                    continue
                if j + 1 < sent.end_token and norms[j + 1] not in _CLAUSE_END:
                    continue
                first = i - 1
                if first > sent.first_token and norms[first - 1] in _ARTICLES:
                    first -= 1
                yield make_finding(
                    doc.text, spans[first][0], spans[j][1], "thought_terminating_cliche",
                    TAUTOLOGY, cue=doc.text[spans[first][0]:spans[j][1]], strength=2,
                    suggestion="What is the actual reason?", rule="tautology",
                    detector=detector,
                )
