"""Candidates that come from phrase shapes rather than single lexicon words.

- :func:`pattern_candidates`: the TOML patterns ("so-called X", "the worst ever",
  "about 100% certain");
- :func:`intensifier_runs`: intensifiers that charge a plain word ("so very keen",
  "utterly pointless"); VADER's valence is the secondary signal here: one strong
  intensifier counts before a word VADER rates as emotive;
- :func:`scare_quote_around`: a short term in quotation marks that nobody is being
  quoted for ("imposing a “rules-based order”"); a signal for the words inside;
- :func:`extend_adjectives`: a charged adjective takes the noun it describes
  ("botched investigation"), so the finding reads as a phrase.
"""

from __future__ import annotations

import bisect

from mediakit.detectors.loaded_candidate import (
    Candidate,
    capitalised,
    is_content,
    is_word,
    sentence_bounds,
)
from mediakit.detectors.loaded_data import LoadedData
from mediakit.document import Document
from mediakit.matching.lexicon import LexiconEntry

INTENSIFIED = (
    "“{cue}” piles intensifiers onto a word, so the reader is pushed to feel strongly "
    "before being given a reason to."
)
#: VADER valence (absolute, -4..4 scale) from which a word counts as emotive.
VADER_EMOTIVE = 1.0
#: Endings of words that are probably adjectives too ("frenzied diplomatic activity"):
#: the adjective extension then carries on to the noun.
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish", "ly",
                      "ary", "ian", "ese")
#: Reporting verbs: a sentence holding one is quoting someone, not scare-quoting.
_REPORTING = frozenset(
    "said says say saying told tells wrote writes asked asks added adds according "
    "claimed claims stated declared tweeted posted replied answered insisted argued "
    "called dubbed termed described calling".split()
)
#: What may stand right before a scare-quoted term used as the writer's own noun phrase.
_SCARE_BEFORE = frozenset("the a an this that these those his her their its our your "
                          "so-called of for by with against about imposing".split())


def _token_at(doc: Document, offset: int) -> int:
    """Index of the first token starting at or after character ``offset``."""
    return bisect.bisect_left(doc.token_spans, offset, key=_start)


def _start(span: tuple[int, int]) -> int:
    return span[0]


def pattern_candidates(doc: Document, data: LoadedData) -> list[Candidate]:
    out = []
    for pm in data.patterns.find(doc):
        first = _token_at(doc, pm.start)
        end = max(first + 1, _token_at(doc, pm.end))
        p = pm.pattern
        out.append(Candidate(first, end, pm.start, pm.end, p.technique, p.strength,
                             rule=p.id, cue=doc.text[pm.start:pm.end],
                             explanation=p.explanation, suggestion=p.suggestion))
    return out


def intensifier_runs(doc: Document, intensifiers: dict[int, LexiconEntry], data: LoadedData,
                     taken: list[Candidate]) -> list[Candidate]:
    """``so very keen``, ``utterly pointless``: intensifiers that charge a plain word.

    Two intensifiers in a row, or one of strength 3, charge any content word after
    them; one of strength 2 charges a word VADER rates as emotive. Strength-1
    intensifiers ("very", "so") never fire alone.
    """
    norms = doc.norms
    covered = {i for c in taken for i in range(c.first, c.end)}
    out = []
    for i in sorted(intensifiers):
        lo, hi = sentence_bounds(doc, i)
        if i in covered or (i > lo and i - 1 in intensifiers):
            continue  # already part of a finding, or not the head of its run
        run: list[LexiconEntry] = []
        k = i
        while k < hi and (e := intensifiers.get(k)) is not None:
            run.append(e)
            k += 1
        if k >= hi or k in covered or not is_content(norms[k]) or capitalised(doc, k):
            continue
        top = max(e.strength for e in run)
        emotive = abs(data.valence.get(norms[k], 0.0)) >= VADER_EMOTIVE
        if not (len(run) >= 2 or top == 3 or (top == 2 and emotive)):
            continue
        covered.update(range(i, k + 1))
        s, e = doc.token_spans[i][0], doc.token_spans[k][1]
        cue = doc.text[s:e]
        rule = "intensifier run" if len(run) >= 2 or top == 3 else \
            "intensifier + emotive word (VADER valence)"
        out.append(Candidate(i, k + 1, s, e, "loaded_language", 3 if top == 3 else 2,
                             rule=rule, cue=cue, explanation=INTENSIFIED.format(cue=cue)))
    return out


def scare_quote_around(doc: Document, start: int, stop: int) -> bool:
    """True when ``[start, stop)`` sits in scare quotes: a short lower-case term in
    quotation marks, used in the writer's own noun phrase ("imposing a “rules-based
    order”"), in a sentence that quotes nobody."""
    spans = doc.quotes
    i = bisect.bisect_right(spans, (start, len(doc.text) + 1)) - 1
    if i < 0 or not (spans[i][0] <= start and stop <= spans[i][1]):
        return False
    qs, qe = spans[i]
    if qe - qs > 60:
        return False  # too long for a term
    first, end = _token_at(doc, qs + 1), _token_at(doc, qe - 1)
    words = [i for i in range(first, end) if is_word(doc.norms[i])]
    inner = doc.text[qs + 1:qe - 1].strip()
    if not 1 <= len(words) <= 3 or not inner or not inner[0].islower() \
            or inner[-1] in ".!?,;:":
        return False
    sent = doc.sentence_at(qs)
    before = first - 2  # the token before the opening mark
    if sent is None or qe > sent.end or before < sent.first_token \
            or doc.norms[before] not in _SCARE_BEFORE:
        return False
    return not any(w in _REPORTING for w in doc.norms[sent.first_token:sent.end_token])


def extend_adjectives(doc: Document, cands: list[Candidate]) -> None:
    """A charged adjective takes the noun after it: "botched investigation"."""
    norms, spans = doc.norms, doc.token_spans
    for c in cands:
        if c.technique != "loaded_language" or c.entry is None or "adj" not in c.entry.tags:
            continue
        _, hi = sentence_bounds(doc, c.first)
        k = c.end
        while k < hi and k - c.end < 2 and is_content(norms[k]) and not capitalised(doc, k):
            k += 1
            if not norms[k - 1].endswith(_ADJECTIVE_ENDINGS):
                break
        if k > c.end:
            c.end, c.stop = k, spans[k - 1][1]
            c.rule = f"charged adjective + noun ({c.entry.source})"
