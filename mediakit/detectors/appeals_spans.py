"""Where a clause-level move starts and ends, in tokens of one sentence.

Appeals and shortcuts are carried by clauses ("unless the two powers agree, our
children will inherit ..."), not by single words, so their findings mark the
clause around a trigger. These helpers walk the token lists (no regex per token)
to the nearest clause boundary.
"""

from __future__ import annotations

from mediakit.document import Document

#: Punctuation that always ends a clause.
HARD = frozenset(";:—–()[]!?.…")
#: Commas end a clause only when the caller asks.
SOFT = frozenset(",")
QUOTES = frozenset('"“”«»')


def clause_start(doc: Document, i: int, commas: bool = True, limit: int = 40) -> int:
    """First token of the clause holding token ``i`` (at most ``limit`` tokens back)."""
    first = doc.sentences[doc.token_sentence[i]].first_token
    norms = doc.norms
    j = i
    stop = max(first, i - limit)
    while j > stop:
        prev = norms[j - 1]
        if prev in HARD or (commas and prev in SOFT) or prev in QUOTES:
            break
        j -= 1
    return j


def clause_end(doc: Document, i: int, commas: bool = True, limit: int = 40) -> int:
    """One past the last token of the clause holding token ``i``."""
    last = doc.sentences[doc.token_sentence[i]].end_token
    norms = doc.norms
    j = i + 1
    stop = min(last, i + 1 + limit)
    while j < stop:
        norm = norms[j]
        if norm in HARD or (commas and norm in SOFT) or norm in QUOTES:
            break
        j += 1
    return j


def char_span(doc: Document, first: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``first..end-1``."""
    return doc.token_spans[first][0], doc.token_spans[end - 1][1]
