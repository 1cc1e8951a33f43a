"""Finding lexicon entries in a document: single words by a table lookup, phrases by
their rarest word.

:class:`WordMatcher` finds single-word entries with set operations on the words of a
document, so each distinct word of a text is looked up once, ever.

:class:`MultiWordMatcher` finds entries of two or more words. Phrases often start with a
common word ("in the crosshairs", "at each other's throats", "a slap in the face"), so
each is indexed by one anchor, its longest word that is not a weak (function) or common
word ("crosshairs", "throats", "slap"), and checked word by word around the anchor only
where that word occurs. A ``*`` key is a slot for one pronoun or possessive
(:data:`SLOT_WORDS`).

:class:`PhraseMatcher` combines the two: at each token the longest entry starting there
wins, per technique (ties: the entry listed first).

>>> from mediakit.document import Document
>>> from mediakit.matching.lexicon import parse_lexicon
>>> raw = ("term\\ttechnique\\tstrength\\texplanation\\n"
...        "in the crosshairs\\tloaded_language\\t2\\tAn image.\\n"
...        "crosshairs\\tloaded_language\\t1\\tA target.")
>>> matcher = PhraseMatcher(parse_lexicon(raw, "x.tsv"))
>>> [m.entry.term for m in matcher.find(Document("The mayor is in the crosshairs now."))]
['in the crosshairs', 'crosshairs']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mediakit.datafiles import word_class, word_list
from mediakit.document import Document, Sentence
from mediakit.document.tokens import stem
from mediakit.matching.lexicon import LexiconEntry, Match

#: Words that may fill a ``*`` slot: object pronouns and possessives.
SLOT_WORDS = word_list("slot_words")

#: Words that make poor anchors: articles, pronouns, prepositions, auxiliaries.
FUNCTION_WORDS = word_class("anchor_function_words")


def stem_index(doc: Document) -> dict[str, tuple[int, ...]]:
    """Stem -> positions of the words with that stem (words only), built once per document
    and shared by every matcher, so each distinct word of a text is stemmed once."""
    index = doc.__dict__.get("stem_index")
    if index is None:
        index = {}
        for norm, positions in doc.word_index.items():
            if norm[:1].isalnum():
                key = stem(norm)
                held = index.get(key)
                index[key] = positions if held is None else tuple(sorted(held + positions))
        doc.__dict__["stem_index"] = index
    return index


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


class MultiWordMatcher:
    """Find multi-word entries through one anchor word and its neighbour."""

    def __init__(self, entries: Iterable[LexiconEntry], weak: Iterable[str] = FUNCTION_WORDS,
                 common: Iterable[str] = ()) -> None:
        """``weak`` words never anchor unless nothing else can; ``common`` words anchor
        only when a phrase has no rarer word (stems of both are added)."""
        self.entries = [e for e in entries if len(e.keys) > 1]
        self._order = {id(e): i for i, e in enumerate(self.entries)}
        weak = frozenset(weak) | {stem(w) for w in weak}
        common = frozenset(common) | {stem(w) for w in common}
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
        self._stem_anchors = frozenset(k for k, exact in index if not exact)
        self._exact_anchors = frozenset(k for k, exact in index if exact)

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match, in text order; the longest entry wins where several start at
        one token of one technique; a match never crosses a sentence boundary."""
        norms, spans = doc.norms, doc.token_spans
        sentences, token_sentence = doc.sentences, doc.token_sentence
        last = len(norms) - 1
        best: dict[tuple[int, str], tuple[int, LexiconEntry]] = {}
        # Only the anchors the document holds (set intersections run in C).
        by_stem, by_norm = stem_index(doc), doc.word_index
        present = [(key, False, by_stem[key]) for key in self._stem_anchors & by_stem.keys()]
        present += [(key, True, by_norm[key]) for key in self._exact_anchors & by_norm.keys()
                    if key[:1].isalnum()]
        for key, exact, positions in present:
            for offset, table in self._index[key, exact].items():
                for p in positions:
                    q = p + offset
                    if q < 0 or q > last:
                        continue
                    near = norms[q] if exact else stem(norms[q])
                    cands = table.get(near, ())
                    if _SLOT in table and norms[q] in SLOT_WORDS:
                        cands = [*cands, *table[_SLOT]]
                    for entry, at in cands:
                        self._check(entry, at, p, norms, sentences[token_sentence[p]], best)
        for (first, _), (n, entry) in sorted(best.items()):
            yield Match(first, first + n, spans[first][0], spans[first + n - 1][1], entry)

    def _check(self, entry: LexiconEntry, at: int, p: int, norms: list[str], sent: Sentence,
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
        kept = best.get(found)
        # the longest entry wins; between equally long ones, the one listed first (the
        # order the anchors are visited in is a set's, so it must not decide)
        if kept is None or (n, -self._order[id(entry)]) > (kept[0], -self._order[id(kept[1])]):
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

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match, in text order; one entry per token and technique: stemmed
        entries before exact-form ones, then the one listed first."""
        spans = doc.token_spans
        by_stem, by_norm = stem_index(doc), doc.word_index
        found: dict[tuple[int, str], LexiconEntry] = {}
        for key in self._by_stem.keys() & by_stem.keys():
            for i in by_stem[key]:
                for e in self._by_stem[key]:
                    found.setdefault((i, e.technique), e)
        for key in self._by_norm.keys() & by_norm.keys():
            if key[:1].isalnum():
                for i in by_norm[key]:
                    for e in self._by_norm[key]:
                        found.setdefault((i, e.technique), e)
        for (i, _), entry in sorted(found.items(), key=_position):
            yield Match(i, i + 1, spans[i][0], spans[i][1], entry)


def _position(item: tuple[tuple[int, str], LexiconEntry]) -> int:
    return item[0][0]


class PhraseMatcher:
    """All entries of a lexicon, one or more words: :class:`WordMatcher` plus
    :class:`MultiWordMatcher`, keeping the longest entry per token and technique."""

    def __init__(self, entries: Iterable[LexiconEntry], weak: Iterable[str] = FUNCTION_WORDS,
                 common: Iterable[str] = ()) -> None:
        self.entries = list(entries)
        self.words = WordMatcher(self.entries)
        self.phrases = MultiWordMatcher(self.entries, weak, common)
        self._order = {id(e): i for i, e in enumerate(self.entries)}

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match in text order; at one token, longer entries first."""
        best: dict[tuple[int, str], Match] = {}
        for m in (*self.words.find(doc), *self.phrases.find(doc)):
            key = (m.first, m.entry.technique)
            kept = best.get(key)
            if kept is None or (m.end, -self._order[id(m.entry)]) > (
                    kept.end, -self._order[id(kept.entry)]):
                best[key] = m
        order = self._order
        yield from sorted(best.values(),
                          key=lambda m: (m.first, m.first - m.end, order[id(m.entry)]))
