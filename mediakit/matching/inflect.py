"""Regular English verb and noun forms, by spelling rules (no word list needed).

Used where a word is matched on its exact form rather than its stem: the cue lists
of the claims family and the ``exact`` verbs of the loaded-language lexicons; and
where a stem match must be held to a noun's own forms (a label "murderer" shares its
stem with "murdered", "fool" with "fooled").

>>> sorted(verb_forms("warn"))
['warn', 'warned', 'warning', 'warns']
>>> sorted(verb_forms("bully")), sorted(verb_forms("demonize"))
(['bullied', 'bullies', 'bully', 'bullying'], ['demonize', 'demonized', 'demonizes', 'demonizing'])
>>> sorted(verb_forms("slam"))
['slam', 'slamed', 'slaming', 'slammed', 'slamming', 'slams']
>>> is_verb_form_of("fooled", "fool"), is_verb_form_of("bigots'", "bigot")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = "aeiou"


def s_form(word: str) -> str:
    """The regular -s form, the same spelling rule for a noun's plural and a verb's third
    person: "thug" -> "thugs", "bully" -> "bullies", "veto" -> "vetoes"."""
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def verb_forms(base: str) -> set[str]:
    """``base`` with its regular -s, -ed and -ing forms. Where doubling a final consonant
    is uncertain (short words ending consonant-vowel-consonant) both spellings are given:
    a form that is not a word never matches anything."""
    forms = {base, s_form(base)}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms |= {base[:-1] + "ied", base + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
        if len(base) <= 5 and base[-1] not in _VOWELS + "wxy" and base[-2:-1] in _VOWELS:
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms



_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


@lru_cache(maxsize=8192)  # asked for every label and people word of every document
def is_verb_form_of(word: str, noun: str) -> bool:
    """True when ``word`` (lower case), which shares its stem with ``noun``, is a form
    of the noun's verb rather than the noun: "fooled" for "fool", "murdered" and
    "murder" for "murderer". Plurals and possessives are the noun ("thugs", "bigots'",
    "heroes"); other derived words are left alone ("fascistic")."""
    for ending in _POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)]
            break
    if word in (noun, s_form(noun), noun + "s") or noun in (s_form(word), word + "s"):
        return False
    bases = {noun}
    if noun.endswith("s") and not noun.endswith("ss"):  # a plural entry: "butchers"
        bases.add(noun[:-3] + "y" if noun.endswith("ies") else noun[:-1])
    for base in list(bases):
        if base.endswith(("er", "or")) and len(base) > 5:  # an agent: "usurper" -> "usurp"
            bases.add(base[:-2])
    return any(word in verb_forms(base) for base in bases)
