"""Sentence boundaries with NLTK's Punkt, offline.

Punkt runs untrained (``PunktParameters`` with an abbreviation list), so it needs
no ``nltk.download``. Its boundaries are then cleaned up: a "sentence" that
starts in lower case continues the one before it (``“Really?” she asked``,
``wait… what``), and sentences are whitespace-trimmed so that together they tile
the block: every non-space character belongs to exactly one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediakit.document.abbreviations import BEFORE_NUMBER, abbreviations, ends_with_abbreviation

_OPENERS = "\"'“‘«([{¿¡ \t"


@lru_cache(maxsize=1)
def _punkt():
    # Imported on first use: importing nltk costs a quarter of a second.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    # Words that abbreviate only before a number are left to _number_after, or Punkt
    # would never end a sentence at "He said no."
    params.abbrev_types = set(abbreviations() - BEFORE_NUMBER)
    return PunktSentenceTokenizer(params)


def _continues(text: str, start: int) -> bool:
    """Whether a sentence starting at ``start`` really continues the previous one."""
    i = start
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    return i < len(text) and (text[i].islower() or text[i] in ",;:)]}")


# Closing quotes and brackets that may follow a block's final mark.
_CLOSERS = frozenset("\"'”’»)]}")

# A possible sentence end inside a block: end punctuation not followed by a word
# character (Punkt also splits at ".”“" or "?)" with no space after).
_INNER_END = re.compile(r"[.?!…](?!\w)")
# A period that ends a listed abbreviation and is followed by space: "Mr. ", "U.S. ".
_ABBREVIATION_END = re.compile(r"([\w.]+)\.\s")


def _may_split(text: str, start: int, end: int) -> bool:
    """False when the block surely holds one sentence, so Punkt (the slow part) is skipped.

    Only ends that untrained Punkt never splits at are ruled out here: a period after a
    listed abbreviation, followed by a space. Anything else (?, !, …, initials, other
    periods, a period right before a quote mark) goes to Punkt.
    """
    abbreviations_ = abbreviations()
    pos = start
    # The block's own final mark ends the block, not a sentence inside it, and so does
    # one followed only by closing quotes or brackets ('… abuse.”'): no sentence can
    # start after it. (Half of the PTC blocks that went to Punkt ended that way.)
    last = end - 1
    while last > start and text[last] in _CLOSERS:
        last -= 1
    while (m := _INNER_END.search(text, pos, last)) is not None:
        dot = m.start()
        if text[dot] != ".":
            return True
        word_start = _word_start(text, dot, start)
        if not _punkt_token_starts_at(text, word_start, start):
            return True  # Punkt reads "?Mr." or "“Mr." as one token, not as "Mr."
        word = _ABBREVIATION_END.match(text, word_start, end)
        if word is None or word.end(1) != dot:
            return True
        name = word.group(1).lower()
        if name not in abbreviations_ or (name in BEFORE_NUMBER
                                          and not _digit_at(text, word.end(), end)):
            return True
        pos = dot + 1
    return False


def _digit_at(text: str, i: int, end: int) -> bool:
    """Whether the first non-space character from ``i`` (before ``end``) is a digit."""
    while i < end and text[i].isspace():
        i += 1
    return i < end and text[i].isdigit()


def _number_after(text: str, floor: int, s: int) -> bool:
    """Whether a sentence starting at ``s`` is the number after "No." ("No. 5")."""
    if not text[s].isdigit():
        return False
    e = s
    while e > floor and text[e - 1].isspace():
        e -= 1
    if e == floor or text[e - 1] != ".":
        return False
    return text[_word_start(text, e - 1, floor):e - 1].lower() in BEFORE_NUMBER


# Characters Punkt's word tokenizer splits off the front of a token (its _re_word_start).
_PUNKT_SPLITS_OFF = frozenset("(\"`{[:;&#*@)}]-,")


def _punkt_token_starts_at(text: str, i: int, floor: int) -> bool:
    """Whether Punkt's token for the word at ``i`` starts at ``i`` too (nothing glued on)."""
    j = i
    while j > floor and not text[j - 1].isspace():
        if text[j - 1] not in _PUNKT_SPLITS_OFF:
            return False
        j -= 1
    return True


def _word_start(text: str, dot: int, floor: int) -> int:
    i = dot
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return i


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Start offsets of the sentences in ``text[start:end]`` (a trimmed block)."""
    if not _may_split(text, start, end):
        return [start]  # one sentence: most lines of news text
    return punkt_starts(text, start, end)


def punkt_starts(text: str, start: int, end: int) -> list[int]:
    """Sentence starts in ``text[start:end]`` from Punkt and the clean-up rules."""
    starts = [start]
    for s, _ in _punkt().span_tokenize(text[start:end]):
        s += start
        if (s > starts[-1] and not _continues(text, s) and not _number_after(text, starts[-1], s)
                and not ends_with_abbreviation(text[starts[-1]:s])):
            starts.append(s)
    return starts


def split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Whitespace-trimmed sentence spans that tile ``text[start:end]``."""
    starts = sentence_starts(text, start, end)
    bounds = [*starts[1:], end]
    spans = []
    for s, e in zip(starts, bounds, strict=True):
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            spans.append((s, e))
    return spans
