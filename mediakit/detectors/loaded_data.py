"""The data behind the loaded-language detectors, loaded and validated once.

Lexicons (``mediakit/lexicons``): ``loaded_language.tsv``, ``name_calling.tsv``,
``exaggeration.tsv`` (the charged words), ``intensifiers.tsv`` (words that turn up
the next word), ``loaded_neutral.tsv`` (neutral senses that silence a match) and
``loaded_targets.tsv`` (words for people, which turn a charged adjective into a
label). Patterns: ``mediakit/patterns/loaded_language.toml``. VADER's valence is
the secondary signal for emotive words the lexicons lack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mediakit.document import Document
from mediakit.document.tokens import stem
from mediakit.matching import (
    LexiconEntry,
    PatternMatcher,
    PhraseMatcher,
    load_lexicon,
    load_patterns,
)
from mediakit.matching.vader import valence

CHARGED_FILES = ("loaded_language.tsv", "name_calling.tsv", "exaggeration.tsv")
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

    def get(self, norm: str) -> LexiconEntry | None:
        memo = self._memo
        if norm in memo:
            return memo[norm]
        found = self.exact.get(norm) or self.stems.get(stem(norm))
        if len(memo) > 100_000:  # bounded on endless streams of new words
            memo.clear()
        memo[norm] = found
        return found

    def in_doc(self, doc: Document) -> dict[int, LexiconEntry]:
        """Token index -> entry for every token of ``doc`` the table holds."""
        memo, get = self._memo, self.get
        found: dict[int, LexiconEntry] = {}
        for norm, positions in doc.word_index.items():
            entry = memo[norm] if norm in memo else get(norm)
            if entry is not None:
                for i in positions:
                    found[i] = entry
        return found


@dataclass(frozen=True)
class LoadedData:
    matcher: PhraseMatcher
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
    return LoadedData(
        matcher=PhraseMatcher([*charged, *load_lexicon(NEUTRAL_FILE)]),
        patterns=PatternMatcher(load_patterns(PATTERN_FILE)),
        intensifiers=WordTable(load_lexicon(INTENSIFIER_FILE)),
        targets=WordTable(load_lexicon(TARGET_FILE)),
        valence=valence(),
        charged_entries=tuple(charged),
    )
