"""The one small interface every detector shares, and the checks applied to its output.

A detector is any object with a ``name`` and a ``detect(doc)`` method returning an
iterable of :class:`~mediakit.findings.Finding`. A plain function can become one
with :func:`detector`, which is handy in a notebook cell:

>>> from mediakit.findings import make_finding
>>> @detector("shouting")
... def shouting(doc):
...     for (start, end), norm in zip(doc.token_spans, doc.norms):
...         word = doc.text[start:end]
...         if len(word) > 3 and word.isupper():
...             yield make_finding(doc.text, start, end, "loaded_language",
...                                "Capitals read as shouting.", cue=word, rule="all caps")
>>> shouting.name
'shouting'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from mediakit.document import Document
from mediakit.findings import Finding
from mediakit.techniques import TECHNIQUES


class DetectorError(ValueError):
    """A detector returned something that is not a valid finding for this text."""


@runtime_checkable
class Detector(Protocol):
    name: str

    def detect(self, doc: Document) -> Iterable[Finding]: ...


class FunctionDetector:
    """Wraps ``func(doc) -> Iterable[Finding]`` as a :class:`Detector`."""

    def __init__(self, name: str, func: Callable[[Document], Iterable[Finding]]) -> None:
        self.name = name
        self._func = func
        self.__doc__ = func.__doc__

    def detect(self, doc: Document) -> Iterable[Finding]:
        return self._func(doc)

    def __repr__(self) -> str:
        return f"<detector {self.name!r}>"


def detector(name: str) -> Callable[[Callable[[Document], Iterable[Finding]]], FunctionDetector]:
    """Decorator: turn a function of a :class:`Document` into a named detector."""

    def wrap(func: Callable[[Document], Iterable[Finding]]) -> FunctionDetector:
        return FunctionDetector(name, func)

    return wrap


def as_detector(obj: object) -> Detector:
    """Accept a detector object, a detector class (built with no arguments, as a family's
    ``DETECTORS`` lists them) or a plain function (named after the function)."""
    if isinstance(obj, type) and hasattr(obj, "detect"):
        # The class itself passes the Detector check (it has .name and .detect), and then
        # fails on the first text with "detect() missing 1 required positional argument".
        obj = obj()
    if isinstance(obj, Detector):
        return obj
    if callable(obj):
        return FunctionDetector(getattr(obj, "__name__", "detector"), obj)
    raise TypeError(
        f"expected a detector (an object with .name and .detect(doc)) or a function, "
        f"got {type(obj).__name__}"
    )


def check_finding(finding: object, text: str, detector_name: str) -> Finding:
    """Return ``finding`` if it is valid for ``text``, else raise :class:`DetectorError`."""

    def fail(why: str) -> DetectorError:
        return DetectorError(f"detector {detector_name!r} returned a bad finding ({why}): "
                             f"{finding!r}")

    if not isinstance(finding, Finding):
        raise fail(f"expected Finding, got {type(finding).__name__}")
    if not (0 <= finding.start < finding.end <= len(text)):
        raise fail(f"offsets {finding.start}:{finding.end} outside 0:{len(text)} or empty")
    if text[finding.start : finding.end] != finding.text:
        raise fail("text does not equal text[start:end]")
    technique = TECHNIQUES.get(finding.technique)
    if technique is None:
        raise fail(f"unknown technique {finding.technique!r}")
    if finding.family != technique.family:
        raise fail(f"family {finding.family!r} should be {technique.family!r}")
    if finding.strength not in (1, 2, 3):
        raise fail("strength must be 1, 2 or 3")
    return finding
