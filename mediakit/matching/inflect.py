"""Regular English verb forms, by spelling rules (no word list needed).

Used where a word is matched on its exact form rather than its stem: the cue lists
of the claims family and the ``exact`` verbs of the loaded-language lexicons.

>>> sorted(verb_forms("warn"))
['warn', 'warned', 'warning', 'warns']
>>> sorted(verb_forms("bully")), sorted(verb_forms("demonize"))
(['bullied', 'bullies', 'bully', 'bullying'], ['demonize', 'demonized', 'demonizes', 'demonizing'])
>>> sorted(verb_forms("slam"))
['slam', 'slamed', 'slaming', 'slammed', 'slamming', 'slams']
"""

from __future__ import annotations

_VOWELS = "aeiou"


def verb_forms(base: str) -> set[str]:
    """``base`` with its regular -s, -ed and -ing forms. Where doubling a final consonant
    is uncertain (short words ending consonant-vowel-consonant) both spellings are given:
    a form that is not a word never matches anything."""
    forms = {base}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms |= {base[:-1] + "ied", base + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
        if len(base) <= 5 and base[-1] not in _VOWELS + "wxy" and base[-2:-1] in _VOWELS:
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms
