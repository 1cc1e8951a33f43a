"""A :class:`Finding` is one technique spotted at exact character offsets.

Findings carry their evidence: the ``cue`` that fired, the ``rule`` behind it and
an ``explanation`` for learners, so a reader can argue with the detector.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from mediakit.techniques import family_of


@dataclass(frozen=True, slots=True)
class Finding:
    """One technique at ``text[start:end]``.

    ``start``/``end`` behave like slice indices: ``report.text[f.start:f.end] == f.text``.
    ``strength`` runs from 1 (mild) to 3 (strong). ``suggestion`` is a neutral
    alternative where one exists. ``quoted`` marks findings inside a quotation: still
    the writer's choice, but someone else's words.
    """

    start: int
    end: int
    text: str
    technique: str
    family: str
    explanation: str
    cue: str = ""
    strength: int = 1
    suggestion: str = ""
    rule: str = ""
    detector: str = ""
    quoted: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.technique)


def make_finding(
    text: str,
    start: int,
    end: int,
    technique: str,
    explanation: str,
    *,
    cue: str = "",
    strength: int = 1,
    suggestion: str = "",
    rule: str = "",
    detector: str = "",
) -> Finding:
    """Build a :class:`Finding` over ``text[start:end]``, filling ``text`` and ``family``.

    >>> f = make_finding("A brutal regime.", 2, 8, "loaded_language", "Emotive word.")
    >>> f.text, f.family
    ('brutal', 'loaded_language')
    """
    return Finding(
        start=start,
        end=end,
        text=text[start:end],
        technique=technique,
        family=family_of(technique),
        explanation=explanation,
        cue=cue,
        strength=strength,
        suggestion=suggestion,
        rule=rule,
        detector=detector,
    )
