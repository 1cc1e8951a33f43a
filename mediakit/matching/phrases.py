"""Matching the family's lexicons: single words by a table lookup, phrases by their
rarest word.

:class:`WordMatcher` finds single-word entries with set operations on the words of a
document, so each distinct word of a text is looked up once, ever.

:class:`IdiomMatcher` finds entries of two or more words. Idioms often start with a
common word ("in the crosshairs", "at each other's throats", "a slap in the face").
Indexing them by their first two words, as the shared
:class:`~mediakit.matching.PhraseMatcher` does, would make every "in the" or "a slap"
of a text a place to check. Instead each idiom is indexed by one anchor,
its longest word that is not a function word ("crosshairs", "throats", "slap"), and
checked word by word around the anchor only where that word occurs. The matches
are the same :class:`~mediakit.matching.lexicon.Match` objects the phrase matcher
yields, so the context rules treat idioms like any other entry. A ``*`` key is a slot
for one pronoun or possessive (:data:`~mediakit.detectors.loaded_variants.SLOT_WORDS`).

>>> from mediakit.document import Document, Sentence
>>> from mediakit.matching.lexicon import parse_lexicon
>>> raw = ("term\\ttechnique\\tstrength\\texplanation\\n"
...        "in the crosshairs\\tloaded_language\\t2\\tAn image.")
>>> matcher = IdiomMatcher(parse_lexicon(raw, "x.tsv"), weak={"in", "the"})
>>> [m.entry.term for m in matcher.find(Document("The mayor is in the crosshairs now."))]
['in the crosshairs']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mediakit.detectors.loaded_variants import SLOT_WORDS
from mediakit.document import Document, Sentence
from mediakit.document.tokens import stem
from mediakit.matching.lexicon import LexiconEntry, Match

#: Common words that make poor anchors beyond the function words passed in: pronouns
#: that fill idiom slots, long prepositions, and everyday verbs and nouns.
COMMON = frozenset(
    "him her them us me you it himself herself themselves itself ourselves everyone "
    "everybody through against without within across around behind beyond toward towards "
    "upon among along take taken took give given gave make made get got go went gone come "
    "came put set left last word words head face place time times thing things way day "
    "claim court change read state order first power record people world hand hands one "
    "said say says saying over no so more back new right only days year years just "
    "like very know many much deal makes national trump border war death".split()
)

_MEMO_MAX = 200_000


def word_set(doc: Document) -> frozenset[str]:
    """The distinct words of ``doc`` as a set, built once per document."""
    words = doc.__dict__.get("loaded_word_set")
    if words is None:
        words = doc.__dict__["loaded_word_set"] = frozenset(doc.word_index)
    return words


_SLOT = "*"


def _anchor(keys: tuple[str, ...], weak: frozenset[str], common: frozenset[str]) -> int:
    """Index of the key to look an idiom up by: its longest word that is neither a
    function word nor a common word; failing that, its longest common word."""
    def rank(i: int) -> tuple[int, int]:
        key = keys[i]
        if not key[:1].isalnum() or key in weak:
            return (0, len(key))
        return (1 if key in common else 2, len(key))

    return max(range(len(keys)), key=rank)


class IdiomMatcher:
    """Find multi-word entries through one anchor word and its neighbour."""

    def __init__(self, entries: Iterable[LexiconEntry],
                 weak: Iterable[str] = ()) -> None:
        """``weak``: common words (and their stems are added) that make poor anchors."""
        self.entries = list(entries)
        weak = frozenset(weak) | {stem(w) for w in weak}
        common = COMMON | {stem(w) for w in COMMON}
        # (anchor key, exact) -> offset of the neighbour checked first -> neighbour key ->
        # [(entry, anchor position)]: one dict lookup rules out most places.
        index: dict[tuple[str, bool], dict[int, dict[str, list]]] = {}
        for e in self.entries:
            at = _anchor(e.keys, weak, common)
            offset = 1 if at + 1 < len(e.keys) else -1
            if e.keys[at + offset] == _SLOT and 0 <= at - offset < len(e.keys):
                offset = -offset  # a fixed word tells more than a slot
            exact = "exact" in e.tags
            table = index.setdefault((e.keys[at], exact), {}).setdefault(offset, {})
            table.setdefault(e.keys[at + offset], []).append((e, at))
        self._index = index
        # norm -> [(offset, exact, neighbour table)], remembered per distinct word, and
        # the words seen so far that anchor at least one idiom.
        self._memo: dict[str, tuple] = {}
        self._anchors: set[str] = set()
        self._stems: dict[str, str] = {}  # norm -> stem, cheaper than the shared cache

    def _learn(self, norms: Iterable[str]) -> None:
        """Remember for new words whether, and which idioms, they can anchor."""
        memo, anchors, index = self._memo, self._anchors, self._index
        for norm in norms:
            found = []
            if norm[:1].isalnum():
                for key, exact in ((norm, True), (stem(norm), False)):
                    for offset, table in index.get((key, exact), {}).items():
                        found.append((offset, exact, table))
            memo[norm] = tuple(found)
            if found:
                anchors.add(norm)

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match, in text order; the longest entry wins where several start at
        one token of one technique; a match never crosses a sentence boundary."""
        norms, spans = doc.norms, doc.token_spans
        sentences, token_sentence = doc.sentences, doc.token_sentence
        memo, last = self._memo, len(norms) - 1
        stems = self._stems
        if len(stems) >= _MEMO_MAX:  # bounded on endless streams of new words
            stems.clear()
        best: dict[tuple[int, str], tuple[int, LexiconEntry]] = {}
        index = doc.word_index
        words = word_set(doc)
        # Bounded on endless streams of new words. Cleared before the new words are
        # worked out, never while learning them: a clear in between would forget the
        # words of this document that were already known, and their idioms.
        if len(memo) >= _MEMO_MAX:
            memo.clear()
            self._anchors.clear()
        self._learn(words.difference(memo))  # set operations: no Python loop per word
        for norm in self._anchors.intersection(words):
            positions = index[norm]
            for offset, exact, table in memo[norm]:
                for p in positions:
                    q = p + offset
                    if q < 0 or q > last:
                        continue
                    near = norms[q]
                    if not exact:
                        key = stems.get(near)
                        near = stems[near] = stem(near) if key is None else key
                    cands = table.get(near, ())
                    if _SLOT in table and norms[q] in SLOT_WORDS:
                        cands = [*cands, *table[_SLOT]]
                    for entry, at in cands:
                        self._check(entry, at, p, norms, sentences[token_sentence[p]], best)
        for (first, _), (n, entry) in sorted(best.items()):
            yield Match(first, first + n, spans[first][0], spans[first + n - 1][1], entry)

    @staticmethod
    def _check(entry: LexiconEntry, at: int, p: int, norms: list[str], sent: Sentence,
               best: dict) -> None:
        """Record ``entry`` at anchor position ``p`` if all its words are there."""
        keys, exact = entry.keys, "exact" in entry.tags
        n, first = len(keys), p - at
        if first < sent.first_token or first + n > sent.end_token:
            return
        for i in range(n):
            key = keys[i]
            if i == at:
                continue
            norm = norms[first + i]
            if key == _SLOT:
                if norm not in SLOT_WORDS:
                    return
            elif (norm if exact else stem(norm)) != key:
                return
        found = (first, entry.technique)
        if found not in best or best[found][0] < n:
            best[found] = (n, entry)


class WordMatcher:
    """Find single-word entries: by exact form, else by stem, one entry per technique."""

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self.entries = [e for e in entries if len(e.keys) == 1]
        self._by_stem: dict[str, list[LexiconEntry]] = {}
        self._by_norm: dict[str, list[LexiconEntry]] = {}
        for e in self.entries:
            table = self._by_norm if "exact" in e.tags else self._by_stem
            table.setdefault(e.keys[0], []).append(e)
        # norm -> entries it matches (one per technique), and the words that match any.
        self._memo: dict[str, tuple[LexiconEntry, ...]] = {}
        self._held: set[str] = set()

    def _learn(self, norms: Iterable[str]) -> None:
        memo, held = self._memo, self._held
        for norm in norms:
            found: dict[str, LexiconEntry] = {}
            if norm[:1].isalnum():
                for e in (*self._by_stem.get(stem(norm), ()), *self._by_norm.get(norm, ())):
                    found.setdefault(e.technique, e)  # the first entry of a technique wins
            memo[norm] = tuple(found.values())
            if found:
                held.add(norm)

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match, in text order."""
        index, spans = doc.word_index, doc.token_spans
        words = word_set(doc)
        memo = self._memo
        if len(memo) >= _MEMO_MAX:  # bounded; cleared before learning (see IdiomMatcher.find)
            memo.clear()
            self._held.clear()
        self._learn(words.difference(memo))
        found = [(i, entry) for norm in self._held.intersection(words)
                 for i in index[norm] for entry in memo[norm]]
        found.sort(key=_position)
        for i, entry in found:
            yield Match(i, i + 1, spans[i][0], spans[i][1], entry)


def _position(item: tuple[int, LexiconEntry]) -> int:
    return item[0]
