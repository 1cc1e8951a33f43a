"""Per-sentence labels (kind, support) and signals (hedges, boosters, opinion markers).

These are not findings: a sentence's kind says what sort of statement it is, and
signals such as an honest hedge ("may", "I believe") are counted, often as good
practice, rather than flagged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = ("claim", "opinion", "question", "attributed", "other")
SUPPORTS = ("named_source", "vague_source", "evidence", "none")
SIGNAL_KINDS = ("hedge", "booster", "opinion_marker")


@dataclass(frozen=True, slots=True)
class SentenceLabel:
    """A sentence with what kind of statement it is and what backs it up.

    ``cues`` name what decided ``kind`` and ``support`` (e.g. ``"reporting verb: stated"``).
    """

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    heading: bool
    kind: str
    support: str
    cues: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = asdict(self)
        d["cues"] = list(self.cues)
        return d


@dataclass(frozen=True, slots=True)
class Signal:
    """A hedge, booster or opinion marker at ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: str
    sentence: int
    note: str = ""

    def to_dict(self) -> dict:
        return asdict(self)
