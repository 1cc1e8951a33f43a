"""Questions detectors ask about a token's surroundings."""

from __future__ import annotations

from mediakit.datafiles import word_class
from mediakit.document import Document

NEGATORS = word_class("negators")
#: "no end of", "no shortage of": a negator before one of these means plenty.
_ABUNDANCE = word_class("abundance_nouns")


def negated(doc: Document, i: int, window: int = 3) -> bool:
    """True when one of the ``window`` tokens before token ``i`` (same sentence) negates it.

    An idiom of plenty does not negate ("no end of horrific examples").

    >>> doc = Document("This is not a disaster.")
    >>> negated(doc, doc.norms.index("disaster"))
    True
    >>> doc = Document("There is no shortage of horrific stories.")
    >>> negated(doc, doc.norms.index("horrific"))
    False
    """
    norms = doc.norms
    first = doc.sentences[doc.token_sentence[i]].first_token
    for j in range(max(first, i - window), i):
        norm = norms[j]
        if norm in NEGATORS or norm.endswith("n't"):
            if j + 2 < i and norms[j + 1] in _ABUNDANCE and norms[j + 2] in ("of", "to"):
                continue
            return True
    return False


#: Marks after which a clause starts over, so a capital there is no sign of a name.
_CLAUSE_OPENERS = frozenset("“ ‘ \" ' ( [ : — –".split())


def opens_clause(doc: Document, i: int) -> bool:
    """True when token ``i`` starts its sentence, or a quotation, bracket or clause
    inside it (right after an opening quote, a bracket, a colon or a dash).

    >>> doc = Document('He called it “Absurd” and left.')
    >>> opens_clause(doc, doc.norms.index("absurd")), opens_clause(doc, doc.norms.index("left"))
    (True, False)
    """
    if i == doc.sentences[doc.token_sentence[i]].first_token:
        return True
    mark = doc.token_text(i - 1)
    if mark not in _CLAUSE_OPENERS:
        return False
    # a straight quote opens only when it sits right against the word after it
    return mark not in ("\"", "'") or doc.token_spans[i - 1][1] == doc.token_spans[i][0]


def capitalised(doc: Document, i: int) -> bool:
    """True when token ``i`` starts with a capital letter and does not open a clause."""
    start, _ = doc.token_spans[i]
    return doc.text[start].isupper() and not opens_clause(doc, i)
