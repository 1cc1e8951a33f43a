"""Common English verbs (``lexicons/common_verbs.tsv``) and their forms.

Shared by families that must tell a verb from another kind of word: the claims
family (a headline with a verb is a statement: "Mayor quits") and the loaded-language
span rules ("surreal and get" is not one phrase). Regular forms are made by
:func:`mediakit.matching.inflect.verb_forms`; the file lists irregular ones.

>>> known = verbs()
>>> "rose" in known.finite, "stopping" in known.ing, "get" in known.base
(True, True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mediakit.datafiles import read_data_file, tsv_rows
from mediakit.matching.inflect import verb_forms


class VerbListError(ValueError):
    """The verb list is malformed; the message names the file, line and entry."""


@dataclass(frozen=True, slots=True)
class Verbs:
    base: frozenset[str]
    finite: frozenset[str]  # forms that make a headline a sentence: -s, past, participles
    ing: frozenset[str]


def parse_verbs(raw: str, name: str) -> Verbs:
    """Parse a verb list (columns ``base``, ``past``, ``participle``); ``name`` is used
    in error messages."""
    base: set[str] = set()
    finite: set[str] = set()
    ing: set[str] = set()
    for n, row in tsv_rows(raw, name, ("base",), error=VerbListError):
        word = row["base"]
        if not word.isalpha() or word != word.lower():
            raise VerbListError(f"{name}:{n} ({word!r}): base must be one lower-case word")
        base.add(word)
        forms = verb_forms(word)
        ing |= {f for f in forms if f.endswith("ing") and f != word}
        finite |= {f for f in forms if f != word and not f.endswith("ing")}
        past = row.get("past", "")
        participle = row.get("participle", "")
        if past:
            finite.discard(word + "ed")
            finite.discard(word + "d")
            finite.add(past)
        if participle:
            finite.add(participle)
    return Verbs(frozenset(base), frozenset(finite), frozenset(ing))


@lru_cache(maxsize=1)
def verbs() -> Verbs:
    """The shipped verb list (``common_verbs.tsv``), loaded and validated once."""
    return parse_verbs(*read_data_file("common_verbs.tsv", "mediakit.lexicons",
                                       VerbListError, "verb list"))
