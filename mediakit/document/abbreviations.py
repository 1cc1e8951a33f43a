"""The abbreviation list shared by sentence splitting and heading detection."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from mediakit.datafiles import word_class

#: Listed abbreviations that are also everyday words ending sentences ("He said no.",
#: "They sat in the sun."): each abbreviates only before a number ("No. 5", "Art. 12").
BEFORE_NUMBER = word_class("abbreviations_before_number")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Entries of ``abbreviations.txt``: lower case, no final period."""
    raw = resources.files("mediakit.document").joinpath("abbreviations.txt").read_text("utf-8")
    words: set[str] = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        words.update(line.split())
    return frozenset(words)


def ends_with_abbreviation(text: str) -> bool:
    """True when the final period belongs to an abbreviation ("... and the U.S.").

    >>> ends_with_abbreviation("Case for the alliance of Russia and the U.S.")
    True
    >>> ends_with_abbreviation("They met."), ends_with_abbreviation("They said no.")
    (False, False)
    """
    words = text.rsplit(None, 1)
    last = words[-1].lstrip("\"'“‘«([") if words else ""
    word = last[:-1].lower()
    # nothing follows the final period, so a word of BEFORE_NUMBER is the word itself
    return last.endswith(".") and word in abbreviations() and word not in BEFORE_NUMBER
