"""The texts the kit ships: the case-study article and contrast texts written for the kit.

The case study (``trump_putin_call``) is an unsigned, strongly pro-Kremlin opinion
article about a Trump–Putin phone call, shipped verbatim as supplied for
analysis. The kit studies its techniques and takes no side on the war. The
contrast texts (a neutral wire-style report of the same events, an opinion piece
with the opposite slant that uses the same techniques, and a low-stakes warm-up
letter) were written for the kit. Each text comes with an instructor's answer key.

>>> article = get(CASE_STUDY)
>>> article.genre, article.text.startswith("Yesterday, Donald Trump")
('opinion', True)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from mediakit.techniques import TECHNIQUES, family_of

CASE_STUDY = "trump_putin_call"
NEUTRAL_REPORT = "neutral_report"
OPPOSITE_SLANT = "opposite_slant"
WARMUP = "warmup_town_pool"


class TextDataError(ValueError):
    """A shipped text or its answer key is malformed."""


@dataclass(frozen=True, slots=True)
class KeyMark:
    """One entry of an instructor's answer key, resolved to offsets in the text."""

    start: int
    end: int
    text: str
    technique: str
    family: str
    why: str
    suggestion: str = ""


@dataclass(frozen=True, slots=True)
class Text:
    name: str
    title: str
    text: str
    genre: str
    slant: str
    source: str
    note: str
    lesson_use: str
    key: tuple[KeyMark, ...]

    def __str__(self) -> str:
        return self.text


def _data():
    return resources.files("mediakit.texts").joinpath("data")


def names() -> list[str]:
    """Names of the shipped texts, case study first."""
    found = [p.name.removesuffix(".toml") for p in _data().iterdir() if p.name.endswith(".toml")]
    return sorted(found, key=lambda n: (n != CASE_STUDY, n))


def resolve_key(text: str, entries: list[dict], name: str = "text") -> tuple[KeyMark, ...]:
    """Turn ``quote``/``occurrence`` key entries into offsets; errors name the entry."""
    marks = []
    for n, entry in enumerate(entries, 1):
        quote = entry.get("quote", "")
        technique = entry.get("technique", "")
        where = f"{name} key entry {n} ({quote[:40]!r})"
        if technique not in TECHNIQUES:
            raise TextDataError(f"{where}: unknown technique {technique!r}")
        if not quote:
            raise TextDataError(f"{where}: empty quote")
        occurrence = int(entry.get("occurrence", 1))
        start = -1
        for _ in range(occurrence):
            start = text.find(quote, start + 1)
            if start < 0:
                raise TextDataError(f"{where}: occurrence {occurrence} not found in the text")
        marks.append(
            KeyMark(
                start, start + len(quote), quote, technique, family_of(technique),
                entry.get("why", ""), entry.get("suggestion", ""),
            )
        )
    return tuple(sorted(marks, key=lambda m: (m.start, m.end)))


@cache
def get(name: str) -> Text:
    """Load a shipped text with its metadata and answer key."""
    folder = _data()
    meta_file, text_file = folder.joinpath(f"{name}.toml"), folder.joinpath(f"{name}.txt")
    if not meta_file.is_file() or not text_file.is_file():
        raise KeyError(f"no shipped text named {name!r}; available: {', '.join(names())}")
    with text_file.open("r", encoding="utf-8", newline="") as fh:
        text = fh.read()
    meta = tomllib.loads(meta_file.read_text("utf-8"))
    return Text(
        name=name,
        title=meta["title"],
        text=text,
        genre=meta["genre"],
        slant=meta["slant"],
        source=meta["source"],
        note=meta["note"],
        lesson_use=meta.get("lesson_use", ""),
        key=resolve_key(text, meta.get("key", []), name),
    )


def case_study() -> Text:
    """The case-study article (see the module docstring)."""
    return get(CASE_STUDY)


__all__ = [
    "CASE_STUDY",
    "NEUTRAL_REPORT",
    "OPPOSITE_SLANT",
    "WARMUP",
    "KeyMark",
    "Text",
    "TextDataError",
    "case_study",
    "get",
    "names",
    "resolve_key",
]
