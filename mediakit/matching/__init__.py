"""Matching machinery shared by the detectors: lexicons and patterns as validated data.

- :mod:`lexicon`: TSV word and phrase lists, keyed on stems, so one entry covers its
  inflected forms ("regime" matches "regimes").
- :mod:`phrases`: finding those entries in a document, each distinct word looked up
  once and phrases through their rarest word.
- :mod:`patterns`: TOML regular-expression rules that run only on sentences
  containing one of their trigger words (fast on long texts).
- :mod:`context`: small questions about a token's surroundings (negation, case).
- :mod:`vader`: the VADER valence lexicon, a secondary signal for emotive words.
"""

from mediakit.matching.lexicon import LexiconEntry, LexiconError, load_lexicon
from mediakit.matching.patterns import Pattern, PatternError, PatternMatcher, load_patterns
from mediakit.matching.phrases import PhraseMatcher

__all__ = [
    "LexiconEntry",
    "LexiconError",
    "Pattern",
    "PatternError",
    "PatternMatcher",
    "PhraseMatcher",
    "load_lexicon",
    "load_patterns",
]
