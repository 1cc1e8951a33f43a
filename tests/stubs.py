"""A stand-in detector for tests of activities, widgets and lessons.

Tests of what the kit does *with* findings need findings they control: this detector
flags every use of listed words, so a test's text decides what is found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from mediakit.document import Document
from mediakit.findings import Finding, make_finding


def word_detector(words: dict[str, str], *, strength: int = 1,
                  suggestion: str = "") -> Callable[[Document], Iterator[Finding]]:
    """A detector that flags every use of each word or phrase in ``words`` (matched
    without regard to case) with the technique it maps to."""

    def detect(doc: Document) -> Iterator[Finding]:
        low = doc.text.lower()
        for word, technique in words.items():
            start = low.find(word)
            while start >= 0:
                yield make_finding(doc.text, start, start + len(word), technique,
                                   f"test: {word}", cue=word, strength=strength,
                                   suggestion=suggestion)
                start = low.find(word, start + 1)

    return detect
