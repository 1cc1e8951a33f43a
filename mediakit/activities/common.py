"""What the activities share: turning a text into a report and an id, and matching
saved per-sentence work back to sentences."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from mediakit.report import Report


def as_report(source: Any, detectors: Iterable[object] | None = None) -> Report:
    """A :class:`Report` from a Report, a shipped :class:`~mediakit.texts.Text` or a str
    (analysed with ``detectors``, default the kit's)."""
    if isinstance(source, Report):
        return source
    from mediakit.analyze import analyze

    text = getattr(source, "text", source)
    if not isinstance(text, str):
        raise TypeError(
            f"expected a text (str), a mediakit Text or a Report, got {type(source).__name__}"
        )
    return analyze(text, detectors)


def analyzer(detectors: Iterable[object] | None = None) -> Callable[[str], Report]:
    """``analyze`` with a fixed detector list (None: the kit's), for activities that
    analyse the learner's own sentences with the same detectors as the text."""
    from mediakit.analyze import analyze

    chosen = None if detectors is None else list(detectors)
    return lambda text: analyze(text, chosen)


def text_id_of(source: Any, text: str | None = None) -> str:
    """A stable id for file names: the shipped text's name, else ``text-<hash>``.

    >>> text_id_of("Short text.")
    'text-ea18dd8e0e'
    """
    name = getattr(source, "name", None)
    if isinstance(name, str) and name:
        return name
    if text is None:
        text = getattr(source, "text", source)
    digest = hashlib.sha1(str(text).encode("utf-8", "surrogatepass")).hexdigest()
    return f"text-{digest[:10]}"


def key_of(source: Any) -> tuple | None:
    """The instructor key that comes with a shipped text, else None."""
    key = getattr(source, "key", None)
    return tuple(key) if key is not None else None


def saved_list(data: Any, key: str) -> list:
    """``data[key]`` if it is a list, else ``[]``: a hand-edited work file may hold anything.

    >>> saved_list({"sentences": None}, "sentences"), saved_list({"a": [1]}, "a")
    ([], [1])
    """
    value = data.get(key) if isinstance(data, Mapping) else None
    return list(value) if isinstance(value, list) else []


def match_saved(current: Sequence[str], saved: Sequence[str]) -> dict[int, int]:
    """Map saved entries to current sentences by their text: ``{saved_index: current_index}``.

    Same position and same text first, then the first unused sentence with the same
    text, so labels survive small changes to sentence splitting; entries whose text is
    gone are left out (callers keep them so no work is lost).

    >>> match_saved(["A.", "B.", "C."], ["A.", "C.", "Gone."])
    {0: 0, 1: 2}
    """
    out: dict[int, int] = {}
    used: set[int] = set()
    for i, text in enumerate(saved):
        if i < len(current) and current[i] == text:
            out[i] = i
            used.add(i)
    where: dict[str, list[int]] = {}
    for j, text in enumerate(current):
        if j not in used:
            where.setdefault(text, []).append(j)
    for i, text in enumerate(saved):
        if i in out:
            continue
        free = where.get(text)
        if free:
            j = free.pop(0)
            out[i] = j
            used.add(j)
    return dict(sorted(out.items()))
