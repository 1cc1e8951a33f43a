"""Joining candidates into the spans learners see.

Overlapping or touching spans of one technique become one finding ("brutal savage
crackdown" is one mark, not three); a loaded-word span that lies wholly inside a
label or an exaggeration is dropped, so one phrase is not marked twice for the
same reason.
"""

from __future__ import annotations

from mediakit.detectors.loaded_candidate import Candidate

TECHNIQUES = ("loaded_language", "name_calling", "exaggeration")


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Live candidates joined per technique, in no particular order."""
    out: list[Candidate] = []
    for technique in TECHNIQUES:
        group = sorted((c for c in cands if c.technique == technique and c.live),
                       key=lambda c: (c.start, -c.stop))
        merged: list[Candidate] = []
        for c in group:
            last = merged[-1] if merged else None
            if last is None or c.first > last.end or c.start > last.stop + 1:
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
    wide = [(c.start, c.stop) for c in out if c.technique != "loaded_language"]
    return [c for c in out if c.technique != "loaded_language"
            or not any(s <= c.start and c.stop <= e for s, e in wide)]
