"""The data behind the loaded-language detectors, loaded and validated once.

Lexicons (``mediakit/lexicons``): ``loaded_language.tsv``, ``loaded_evaluative.tsv``,
``loaded_idioms.tsv``, ``name_calling.tsv``, ``loaded_labels.tsv``, ``exaggeration.tsv``,
``loaded_hyperbole.tsv`` (the charged words; irregular past forms are added by
:mod:`loaded_variants`; matching is done by :mod:`mediakit.matching.phrases`),
``intensifiers.tsv`` (words that turn up the next word), ``loaded_neutral.tsv``
(neutral senses that silence a match) and ``loaded_targets.tsv`` (words for people,
which turn a charged adjective into a label). Single words are matched by
:class:`WordMatcher`, phrases of two or more words by :class:`MultiWordMatcher`.
Patterns: ``mediakit/patterns/loaded_language.toml``. VADER's valence is the
secondary signal for emotive words the lexicons lack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mediakit.datafiles import word_class
from mediakit.detectors.loaded_variants import expand
from mediakit.document import Document
from mediakit.document.tokens import stem
from mediakit.matching import (
    LexiconEntry,
    PatternMatcher,
    load_lexicon,
    load_patterns,
)
from mediakit.matching.inflect import is_verb_form_of
from mediakit.matching.phrases import FUNCTION_WORDS, MultiWordMatcher, WordMatcher, stem_index
from mediakit.matching.vader import valence

CHARGED_FILES = ("loaded_language.tsv", "loaded_evaluative.tsv", "loaded_idioms.tsv",
                 "name_calling.tsv", "loaded_labels.tsv", "exaggeration.tsv",
                 "loaded_hyperbole.tsv")
INTENSIFIER_FILE = "intensifiers.tsv"
NEUTRAL_FILE = "loaded_neutral.tsv"
TARGET_FILE = "loaded_targets.tsv"
PATTERN_FILE = "loaded_language.toml"

#: Everyday words that make poor anchors for this family's idioms (beyond function
#: words): pronouns that fill idiom slots, long prepositions, common verbs and nouns, and
#: topic words of news about politics and war.
COMMON = word_class("loaded_common_words")

#: Owners that make a patron word ("sponsors", "masters") a label.
POSSESSIVE_DETERMINERS = word_class("possessive_determiners")

#: Determiners kept in front of a labelled name ("the Biden regime").
LABEL_DETERMINERS = word_class("labelled_name_determiners")


class WordTable:
    """Single-word entries looked up by a token's norm: exact forms, then stems."""

    def __init__(self, entries: list[LexiconEntry]) -> None:
        self.exact = {e.keys[0]: e for e in entries if len(e.keys) == 1 and "exact" in e.tags}
        self.stems = {e.keys[0]: e for e in entries
                      if len(e.keys) == 1 and "exact" not in e.tags}

    def get(self, norm: str) -> LexiconEntry | None:
        """The entry for one word: its exact form, else its stem (stems are cached)."""
        return self.exact.get(norm) or self.stems.get(stem(norm))

    def in_doc(self, doc: Document) -> dict[int, LexiconEntry]:
        """Token index -> entry for every token of ``doc`` the table holds."""
        found: dict[int, LexiconEntry] = {}
        by_stem = stem_index(doc)
        for key in self.stems.keys() & by_stem.keys():  # set operations run in C
            for i in by_stem[key]:
                found[i] = self.stems[key]
        index = doc.word_index
        for key in self.exact.keys() & index.keys():  # an exact form beats a stem
            for i in index[key]:
                found[i] = self.exact[key]
        return found


@dataclass(frozen=True)
class LoadedData:
    matcher: WordMatcher
    idioms: MultiWordMatcher
    patterns: PatternMatcher
    intensifiers: WordTable
    targets: WordTable
    valence: dict[str, float]
    charged_entries: tuple[LexiconEntry, ...]

    def is_target(self, norm: str) -> bool:
        """True for a word for people or groups ("elite", "activists"), in its noun
        forms only ("gang", "gangs", not "ganged")."""
        entry = self.targets.get(norm)
        return entry is not None and not is_verb_form_of(norm, entry.term.lower())


@lru_cache(maxsize=1)
def loaded_data() -> LoadedData:
    """Every lexicon and pattern of the family, validated (errors name the entry)."""
    charged: list[LexiconEntry] = []
    for name in CHARGED_FILES:
        charged.extend(load_lexicon(name))
    charged = expand(charged)
    every = [*charged, *load_lexicon(NEUTRAL_FILE)]
    return LoadedData(
        matcher=WordMatcher(every),
        idioms=MultiWordMatcher(every, FUNCTION_WORDS, COMMON),
        patterns=PatternMatcher(load_patterns(PATTERN_FILE)),
        intensifiers=WordTable(load_lexicon(INTENSIFIER_FILE)),
        targets=WordTable(load_lexicon(TARGET_FILE)),
        valence=valence(),
        charged_entries=tuple(charged),
    )
