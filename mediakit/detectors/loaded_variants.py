"""Variants added to the loaded-language lexicons when they are loaded.

Stems already join regular inflections ("smear", "smeared", "smearing"), and the
phrase matcher reads a ``*`` in a term as a slot for one pronoun or possessive ("throw
* under the bus"). Two kinds of variation need help:

- irregular past forms: a term that starts with a verb of :data:`IRREGULAR` also
  matches its past forms ("throw a wrench in the works" matches "threw a wrench …");
- regular forms of ``exact`` verbs: an entry matched on its exact form (because its
  stem is shared with unrelated words: "demonize" and "demon") also matches its
  regular inflections ("demonizes", "demonized", "demonizing"), unless a form is an
  entry of its own.

Variants share the entry's explanation, suggestion, strength and tags; their
``source`` stays the line of the file, so a learner sees where the rule came from.

>>> from mediakit.matching.lexicon import parse_lexicon
>>> raw = ("term\\ttechnique\\tstrength\\texplanation\\ttags\\n"
...        "throw * under the bus\\tloaded_language\\t2\\tAn image.\\t\\n"
...        "demonize\\tloaded_language\\t2\\tA label.\\texact,verb")
>>> sorted(e.term for e in expand(parse_lexicon(raw, "x.tsv")))  # doctest: +NORMALIZE_WHITESPACE
['demonize', 'demonized', 'demonizes', 'demonizing', 'threw * under the bus',
 'throw * under the bus', 'thrown * under the bus']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from mediakit.datafiles import word_map
from mediakit.document.tokens import stem
from mediakit.matching.inflect import verb_forms
from mediakit.matching.lexicon import LexiconEntry

#: Base form -> past forms of irregular verbs that start idioms.
IRREGULAR: dict[str, tuple[str, ...]] = word_map("irregular_verbs")
_IRREGULAR_BY_STEM = {stem(base): forms for base, forms in IRREGULAR.items()}


def _variant(entry: LexiconEntry, words: list[str], keys: tuple[str, ...]) -> LexiconEntry:
    return dataclasses.replace(entry, term=" ".join(words), keys=keys)


def _past_forms(entry: LexiconEntry) -> list[LexiconEntry]:
    if len(entry.keys) < 2 or "exact" in entry.tags:
        return []
    forms = _IRREGULAR_BY_STEM.get(entry.keys[0], ())
    words = entry.term.split()
    return [_variant(entry, [form, *words[1:]], (stem(form), *entry.keys[1:]))
            for form in forms]


def _regular_forms(entries: list[LexiconEntry]) -> list[LexiconEntry]:
    """Regular forms of single-word ``exact`` verbs that no entry already covers."""
    exact = {e.keys[0] for e in entries if len(e.keys) == 1 and "exact" in e.tags}
    stems = {e.keys[0] for e in entries if len(e.keys) == 1 and "exact" not in e.tags}
    out = []
    for entry in entries:
        if len(entry.keys) != 1 or not {"exact", "verb"} <= entry.tags:
            continue
        base = entry.keys[0]
        if not base.isalpha() or base.endswith(("ing", "ed", "ion")):
            continue  # already a form ("demonization" is tagged verb), or not one word
        for form in sorted(verb_forms(base) - {base}):
            if form not in exact and stem(form) not in stems:
                exact.add(form)
                out.append(_variant(entry, [form], (form,)))
    return out


def expand(entries: Iterable[LexiconEntry]) -> list[LexiconEntry]:
    """``entries`` with irregular past forms and regular forms of exact verbs added; a
    generated variant is left out where an entry with its keys and technique exists, so
    an explicit entry beats a generated one."""
    out = list(entries)
    seen = {(e.keys, e.technique) for e in out}
    for entry in [*(v for e in out for v in _past_forms(e)), *_regular_forms(out)]:
        key = (entry.keys, entry.technique)
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out
