"""Variants added to the loaded-language lexicons when they are loaded.

Stems already join regular inflections ("smear", "smeared", "smearing"), but three
kinds of variation need help:

- a ``*`` in a term is a slot for one pronoun or possessive: "throw * under the bus"
  also matches "throw him under the bus" and "threw them under the bus" (one word of
  :data:`SLOT_WORDS`, not any phrase);
- irregular past forms: a term that starts with a verb of :data:`IRREGULAR` also
  matches its past forms ("throw a wrench in the works" matches "threw a wrench …").

- regular forms of ``exact`` verbs: an entry matched on its exact form (because its
  stem is shared with unrelated words: "demonize" and "demon") also matches its
  regular inflections ("demonizes", "demonized", "demonizing"), unless a form is an
  entry of its own.

Variants share the entry's explanation, suggestion, strength and tags; their
``source`` stays the line of the file, so a learner sees where the rule came from.

>>> from mediakit.matching.lexicon import parse_lexicon
>>> raw = ("term\\ttechnique\\tstrength\\texplanation\\n"
...        "throw * under the bus\\tloaded_language\\t2\\tAn image.")
>>> terms = {e.term for e in expand(parse_lexicon(raw, "x.tsv"))}
>>> sorted(t for t in terms if t.endswith(("him under the bus", "them under the bus")))
['threw him under the bus', 'threw them under the bus', 'throw him under the bus', \
'throw them under the bus', 'thrown him under the bus', 'thrown them under the bus']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from mediakit.datafiles import word_map
from mediakit.document.tokens import stem
from mediakit.matching.inflect import verb_forms
from mediakit.matching.lexicon import LexiconEntry
from mediakit.matching.phrases import SLOT_WORDS

#: Base form -> past forms of irregular verbs that start idioms.
IRREGULAR: dict[str, tuple[str, ...]] = word_map("irregular_verbs")
_IRREGULAR_BY_STEM = {stem(base): forms for base, forms in IRREGULAR.items()}
_SLOT = "*"


def _variant(entry: LexiconEntry, words: list[str], keys: tuple[str, ...]) -> LexiconEntry:
    return dataclasses.replace(entry, term=" ".join(words), keys=keys)


def _fill_slots(entry: LexiconEntry) -> list[LexiconEntry]:
    if _SLOT not in entry.keys:
        return [entry]
    at = entry.keys.index(_SLOT)
    words = entry.term.split()
    out = []
    for word in SLOT_WORDS:
        key = word if "exact" in entry.tags else stem(word)
        keys = (*entry.keys[:at], key, *entry.keys[at + 1:])
        out.append(_variant(entry, [word if w == _SLOT else w for w in words], keys))
    return out


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


def expand(entries: Iterable[LexiconEntry], slots: bool = True) -> list[LexiconEntry]:
    """``entries`` with irregular past forms and regular forms of exact verbs added, and
    with slot fillers unless ``slots`` is false (a matcher that reads ``*`` itself); the
    first entry with given keys and technique wins, so an explicit entry beats a
    generated one."""
    out: list[LexiconEntry] = []
    seen: set[tuple[tuple[str, ...], str]] = set()
    entries = list(entries)
    generated: list[LexiconEntry] = []
    for entry in entries:
        filled = _fill_slots(entry) if slots else [entry]
        if filled == [entry]:
            out.append(entry)
            seen.add((entry.keys, entry.technique))
        else:
            generated.extend(filled)
    past = [v for e in [*out, *generated] for v in _past_forms(e)]
    for entry in [*generated, *past, *_regular_forms(out)]:
        key = (entry.keys, entry.technique)
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out
