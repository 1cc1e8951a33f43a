"""The data behind the loaded-language detectors, loaded and validated once.

Lexicons (``mediakit/lexicons``): ``loaded_language.tsv``, ``loaded_evaluative.tsv``,
``loaded_idioms.tsv``, ``name_calling.tsv``, ``loaded_labels.tsv``, ``exaggeration.tsv``,
``loaded_hyperbole.tsv`` (the charged words; irregular past forms are added by
:mod:`loaded_variants`; matching is done by :mod:`loaded_idioms`),
``intensifiers.tsv`` (words that turn up the next word), ``loaded_neutral.tsv``
(neutral senses that silence a match) and ``loaded_targets.tsv`` (words for people,
which turn a charged adjective into a label). Single words are matched by
:class:`WordMatcher`, phrases of two or more words by :class:`IdiomMatcher`.
Patterns: ``mediakit/patterns/loaded_language.toml``. VADER's valence is the
secondary signal for emotive words the lexicons lack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mediakit.detectors.loaded_idioms import IdiomMatcher, WordMatcher, word_set
from mediakit.detectors.loaded_variants import expand
from mediakit.document import Document
from mediakit.document.tokens import stem
from mediakit.matching import (
    LexiconEntry,
    PatternMatcher,
    load_lexicon,
    load_patterns,
)
from mediakit.matching.vader import valence

CHARGED_FILES = ("loaded_language.tsv", "loaded_evaluative.tsv", "loaded_idioms.tsv",
                 "name_calling.tsv", "loaded_labels.tsv", "exaggeration.tsv",
                 "loaded_hyperbole.tsv")
INTENSIFIER_FILE = "intensifiers.tsv"
NEUTRAL_FILE = "loaded_neutral.tsv"
TARGET_FILE = "loaded_targets.tsv"
PATTERN_FILE = "loaded_language.toml"

#: Words that never carry a finding's charge and end a noun phrase or a name run.
FUNCTION_WORDS = frozenset(
    "a an the this that these those his her its their our your my and or but nor of to "
    "in on at by for with from as than into onto over under about after before between "
    "is are was were be been being has have had do does did will would can could may "
    "might must shall should not no it they them he she we you i who whom whose which "
    "what when where why how if then so such there here also just only even very too "
    "all any each every some most more many much few both either neither other another "
    "own same up down out off again once".split()
)

#: Distinct words a :class:`WordTable` remembers before it starts afresh.
_MEMO_MAX = 100_000

#: Owners that make a patron word ("sponsors", "masters") a label.
POSSESSIVE_DETERMINERS = frozenset("his her their its our your my".split())

#: Determiners kept in front of a labelled name ("the Biden regime").
LABEL_DETERMINERS = frozenset("the this that these those".split())


class WordTable:
    """Single-word entries looked up by a token's norm: exact forms, then stems."""

    def __init__(self, entries: list[LexiconEntry]) -> None:
        self.exact = {e.keys[0]: e for e in entries if len(e.keys) == 1 and "exact" in e.tags}
        self.stems = {e.keys[0]: e for e in entries
                      if len(e.keys) == 1 and "exact" not in e.tags}
        self._memo: dict[str, LexiconEntry | None] = {}
        self._held: set[str] = set()  # remembered words that have an entry

    def get(self, norm: str) -> LexiconEntry | None:
        memo = self._memo
        if norm in memo:
            return memo[norm]
        self._bound()
        return self._learn(norm)

    def _bound(self) -> None:
        """Forget everything once the memo is large (endless streams of new words)."""
        if len(self._memo) > _MEMO_MAX:
            self._memo.clear()
            self._held.clear()

    def _learn(self, norm: str) -> LexiconEntry | None:
        found = self.exact.get(norm) or self.stems.get(stem(norm))
        self._memo[norm] = found
        if found is not None:
            self._held.add(norm)
        return found

    def in_doc(self, doc: Document) -> dict[int, LexiconEntry]:
        """Token index -> entry for every token of ``doc`` the table holds."""
        # Bound first, then learn: a clear while learning would forget this document's
        # words that were already known, and their tokens would be missed below.
        self._bound()
        memo, index, words = self._memo, doc.word_index, word_set(doc)
        for norm in words.difference(memo):  # set operations: no loop per known word
            self._learn(norm)
        found: dict[int, LexiconEntry] = {}
        for norm in self._held.intersection(words):
            entry = memo[norm]
            for i in index[norm]:
                found[i] = entry
        return found


@dataclass(frozen=True)
class LoadedData:
    matcher: WordMatcher
    idioms: IdiomMatcher
    patterns: PatternMatcher
    intensifiers: WordTable
    targets: WordTable
    valence: dict[str, float]
    charged_entries: tuple[LexiconEntry, ...]

    def is_target(self, norm: str) -> bool:
        """True for a word for people or groups ("elite", "activists")."""
        return self.targets.get(norm) is not None


@lru_cache(maxsize=1)
def loaded_data() -> LoadedData:
    """Every lexicon and pattern of the family, validated (errors name the entry)."""
    charged: list[LexiconEntry] = []
    for name in CHARGED_FILES:
        charged.extend(load_lexicon(name))
    charged = expand(charged, slots=False)
    every = [*charged, *load_lexicon(NEUTRAL_FILE)]
    return LoadedData(
        matcher=WordMatcher([e for e in every if len(e.keys) == 1]),
        idioms=IdiomMatcher([e for e in every if len(e.keys) > 1], FUNCTION_WORDS),
        patterns=PatternMatcher(load_patterns(PATTERN_FILE)),
        intensifiers=WordTable(load_lexicon(INTENSIFIER_FILE)),
        targets=WordTable(load_lexicon(TARGET_FILE)),
        valence=valence(),
        charged_entries=tuple(charged),
    )
