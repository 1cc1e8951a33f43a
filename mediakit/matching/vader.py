"""The VADER valence lexicon, read from the ``vaderSentiment`` package (MIT licence).

C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment
Analysis of Social Media Text", ICWSM 2014. Valence runs from -4 to +4; the kit
uses it only as a secondary signal for emotive words its own lexicons lack.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """Lower-case token -> mean valence (-4..4), as listed in ``vader_lexicon.txt``."""
    raw = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    table: dict[str, float] = {}
    for line in raw.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            try:
                table[cells[0]] = float(cells[1])
            except ValueError:
                continue
    return table
