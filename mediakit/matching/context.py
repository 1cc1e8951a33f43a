"""Questions detectors ask about a token's surroundings."""

from __future__ import annotations

from mediakit.datafiles import word_class
from mediakit.document import Document

NEGATORS = word_class("negators")


def negated(doc: Document, i: int, window: int = 3) -> bool:
    """True when one of the ``window`` tokens before token ``i`` (same sentence) negates it.

    >>> doc = Document("This is not a disaster.")
    >>> negated(doc, doc.norms.index("disaster"))
    True
    """
    first = doc.sentences[doc.token_sentence[i]].first_token
    for j in range(max(first, i - window), i):
        norm = doc.norms[j]
        if norm in NEGATORS or norm.endswith("n't"):
            return True
    return False


def capitalised(doc: Document, i: int) -> bool:
    """True when token ``i`` starts with a capital letter and does not open its sentence."""
    start, _ = doc.token_spans[i]
    sent = doc.sentences[doc.token_sentence[i]]
    return doc.text[start].isupper() and i != sent.first_token
