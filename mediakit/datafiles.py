"""Reading the kit's own data files: packaged resources or a path, TSV rows, word classes.

Every TSV data file (lexicons, cue lists, labelled sentences) has the same shape:
``#`` lines first (provenance, how entries were chosen, column meanings), then a
header row naming the columns, then one entry per line. Parsers check their own
columns' content; this module does the shared part, so every file fails the same way,
naming the file and the line.

>>> rows = list(tsv_rows("# about\\nterm\\trole\\nsome say\\tvague\\n", "x.tsv", ("term",)))
>>> rows
[(3, {'term': 'some say', 'role': 'vague'})]

The small word sets the rules look up (determiners, auxiliaries, ...) live in one
file, ``lexicons/word_classes.toml``, parsed once, on the first request:

>>> sorted(word_class("question_words"))[:3]
['how', 'what', 'when']
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

#: The file of word classes, in ``mediakit.lexicons``.
WORD_CLASSES = "word_classes.toml"


class WordClassError(LookupError):
    """No word class by that name, or one read as the wrong shape; the message names it."""


def read_data_file(name: str | Path, package: str, error: type[Exception],
                   what: str) -> tuple[str, str]:
    """``(text, display name)`` of a file path, or of a file shipped in ``package``."""
    path = Path(name)
    if path.is_file():
        return path.read_text("utf-8"), path.name
    resource = resources.files(package).joinpath(str(name))
    if not resource.is_file():
        raise error(f"no {what} named {str(name)!r}")
    return resource.read_text("utf-8"), str(name)


def tsv_rows(raw: str, name: str, required: Iterable[str], *,
             error: type[Exception] = ValueError,
             exact_width: bool = False) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, {column: stripped cell})`` for each entry row of a TSV data file.

    Raises ``error`` naming the file and line when the header lacks a ``required``
    column, when a row has more cells than the header (or a different number, with
    ``exact_width``), or when there is no header at all. Short rows leave the missing
    columns out of the dict.
    """
    header: list[str] | None = None
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise error(f"{name}:{n}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header) or (exact_width and len(cells) != len(header)):
            raise error(f"{name}:{n}: {len(cells)} cells but {len(header)} columns")
        yield n, dict(zip(header, (c.strip() for c in cells), strict=False))
    if header is None:
        raise error(f"{name}: no header row")


@lru_cache(maxsize=1)
def word_classes() -> dict[str, dict[str, str]]:
    """Every table of ``word_classes.toml`` (name -> note, used_by, words or forms)."""
    # read from the package only: a file of the same name in the working folder must not
    # change the kit's grammar
    raw = resources.files("mediakit.lexicons").joinpath(WORD_CLASSES).read_text("utf-8")
    return tomllib.loads(raw)


def _field(name: str, field: str) -> str:
    table = word_classes().get(name)
    if table is None:
        raise WordClassError(f"{WORD_CLASSES}: no word class named {name!r}")
    value = table.get(field)
    if not isinstance(value, str):
        reader = "word_map" if field == "words" else "word_class"
        raise WordClassError(f"{WORD_CLASSES}: [{name}] has no {field!r} string "
                             f"(read it with {reader}?)")
    return value


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The words of class ``name`` in file order (for callers that iterate them)."""
    return tuple(_field(name, "words").split())


@cache
def word_class(name: str) -> frozenset[str]:
    """The words of class ``name``; raises :class:`WordClassError` for an unknown name."""
    return frozenset(word_list(name))


def word_map(name: str) -> dict[str, tuple[str, ...]]:
    """Class ``name`` read as one entry a line: first word -> the words after it."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _field(name, "forms").splitlines():
        words = line.split()
        if words:
            out[words[0]] = tuple(words[1:])
    return out
