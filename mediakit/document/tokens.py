"""Word tokens with offsets, and the normal forms lexicons match against.

One compiled regular expression finds words (letters, digits and combining
marks, with internal hyphens, periods and apostrophes: "so-called", "U.S",
"Russia’s") and single punctuation marks, the way NLTK's ``RegexpTokenizer``
does, but in one C-level pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

# \w misses combining marks (Mn, Mc), so a decomposed "é" would break a word.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0900-\u0903"
    "\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe00-\ufe0f"
    "\ufe20-\ufe2f"
)
_WORD_CHAR = rf"[\w{_MARKS}]"
WORD = re.compile(rf"{_WORD_CHAR}+(?:[-‐.'’]{_WORD_CHAR}+)*|[^\w\s{_MARKS}]")


@lru_cache(maxsize=1)
def _stemmer():
    # Imported on first use: importing nltk costs a quarter of a second.
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def fold(text: str) -> str:
    """Lower case with typographic apostrophes and hyphens made plain (see :func:`normalize`).

    >>> fold("Russia’s So‐Called")
    "russia's so-called"
    """
    return text.lower().replace("’", "'").replace("‐", "-")


_NORMS: dict[str, str] = {}
_NORMS_MAX = 500_000


def normalize(word: str) -> str:
    """Lower case with typographic apostrophes and hyphens made plain.

    >>> normalize("Russia’s")
    "russia's"
    """
    norm = _NORMS.get(word)
    if norm is None:
        norm = fold(word)
        if len(_NORMS) >= _NORMS_MAX:  # bounded: 5 MB of unique junk must not grow it forever
            _NORMS.clear()
        _NORMS[word] = norm
    return norm


@lru_cache(maxsize=200_000)
def stem(norm: str) -> str:
    """Match key of a normalised word: Snowball stem per hyphen part, possessive dropped.

    Inflected forms share a key, so one lexicon entry matches them all.

    >>> stem("regimes") == stem("regime"), stem("warmongers") == stem("warmongering")
    (True, True)
    >>> stem("russia's")
    'russia'
    """
    if norm.endswith("'s"):
        norm = norm[:-2]
    elif norm.endswith("'"):
        norm = norm[:-1]
    stemmer = _stemmer()
    if "-" in norm:
        return "-".join(stemmer.stem(part) for part in norm.split("-"))
    return stemmer.stem(norm)


def is_word(norm: str) -> bool:
    """True for tokens that count as words (they contain a letter or digit)."""
    return any(ch.isalnum() for ch in norm)
