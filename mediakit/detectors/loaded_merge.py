"""Joining candidates into the spans learners see.

Overlapping or touching spans of one technique become one finding ("brutal savage
crackdown" is one mark, not three), and so do loaded words joined only by "and",
"or" or a comma ("sinful and scandalous", "slander and calumny"). A loaded-word span
that lies wholly inside a label or an exaggeration is dropped, so one phrase is not
marked twice for the same reason.
"""

from __future__ import annotations

import bisect

from mediakit.detectors.loaded_candidate import Candidate
from mediakit.document import Document

TECHNIQUES = ("loaded_language", "name_calling", "exaggeration")
#: Tokens that may stand between two loaded words of one mark ("vile and vicious").
COORDINATORS = frozenset({"and", "or", "nor", ",", "&"})


def _coordinated(doc: Document | None, last: Candidate, c: Candidate) -> bool:
    """True when only one or two coordinators stand between two loaded words."""
    if doc is None or c.technique != "loaded_language" or not 0 < c.first - last.end <= 2:
        return False
    if doc.token_sentence[last.end - 1] != doc.token_sentence[c.first]:
        return False
    return all(doc.norms[i] in COORDINATORS for i in range(last.end, c.first))


def merge(cands: list[Candidate], doc: Document | None = None) -> list[Candidate]:
    """Live candidates joined per technique, in no particular order; with ``doc``,
    coordinated loaded words are joined too."""
    out: list[Candidate] = []
    for technique in TECHNIQUES:
        group = sorted((c for c in cands if c.technique == technique and c.live),
                       key=lambda c: (c.start, -c.stop))
        merged: list[Candidate] = []
        for c in group:
            last = merged[-1] if merged else None
            if last is None or ((c.first > last.end or c.start > last.stop + 1)
                                and not _coordinated(doc, last, c)):
                merged.append(c)
                continue
            if c.stop > last.stop:
                last.stop, last.end = c.stop, max(last.end, c.end)
                last.cue = f"{last.cue} + {c.cue}"
                if c.suggestion != last.suggestion:
                    last.suggestion = ""  # one replacement no longer fits the whole span
            if c.strength > last.strength:
                last.strength = c.strength
                last.explanation, last.rule = c.explanation, c.rule
        out.extend(merged)
    # Drop loaded-language spans that a label or exaggeration span already contains.
    # Wide spans sorted by start with a running maximum of their ends: one binary search
    # per candidate instead of a scan (long texts have tens of thousands of each).
    wide = sorted((c.start, c.stop) for c in out if c.technique != "loaded_language")
    starts = [s for s, _ in wide]
    reach: list[int] = []
    for _, e in wide:
        reach.append(max(e, reach[-1]) if reach else e)

    def contained(c: Candidate) -> bool:
        i = bisect.bisect_right(starts, c.start)
        return i > 0 and reach[i - 1] >= c.stop

    return [c for c in out if c.technique != "loaded_language" or not contained(c)]
