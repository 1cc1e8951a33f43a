"""Word and phrase lexicons as TSV data files, matched on stems.

File format (UTF-8): lines starting with ``#`` are the header (provenance, how
entries were chosen, column meanings); the first other line names the columns:

    term  technique  strength  explanation  suggestion  tags

``term`` is a word or phrase, tokenised like the text; each token is matched by
its stem (see :func:`mediakit.document.tokens.stem`) unless ``tags`` has
``exact`` (match the normalised form). ``strength`` is 1–3; ``explanation`` is
one line a 15-year-old understands; ``suggestion`` a neutral alternative or empty;
``tags`` free words separated by commas, for detectors' own context rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.datafiles import read_data_file, tsv_rows
from mediakit.document.tokens import WORD, normalize, stem
from mediakit.techniques import TECHNIQUES

COLUMNS = ("term", "technique", "strength", "explanation", "suggestion", "tags")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file, line and entry."""


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    technique: str
    strength: int
    explanation: str
    suggestion: str
    tags: frozenset[str]
    keys: tuple[str, ...]
    source: str  # "file.tsv:line", for error messages and provenance


def term_keys(term: str, exact: bool = False) -> tuple[str, ...]:
    """Match keys of a term, tokenised like document text.

    >>> term_keys("Western sponsors")
    ('western', 'sponsor')
    """
    norms = [normalize(m.group()) for m in WORD.finditer(term)]
    return tuple(norms if exact else (stem(n) for n in norms))


def parse_lexicon(raw: str, name: str) -> list[LexiconEntry]:
    """Parse TSV text into validated entries; ``name`` is used in error messages."""
    entries: list[LexiconEntry] = []
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for n, row in tsv_rows(raw, name, COLUMNS[:4], error=LexiconError):
        term = row.get("term", "")
        where = f"{name}:{n} ({term!r})"
        technique = row.get("technique", "")
        if technique not in TECHNIQUES:
            raise LexiconError(f"{where}: unknown technique {technique!r}")
        try:
            strength = int(row.get("strength", ""))
        except ValueError:
            strength = 0
        if strength not in (1, 2, 3):
            raise LexiconError(f"{where}: strength must be 1, 2 or 3")
        explanation = row.get("explanation", "")
        if not explanation:
            raise LexiconError(f"{where}: explanation is empty")
        tags = frozenset(t.strip() for t in row.get("tags", "").split(",") if t.strip())
        keys = term_keys(term, exact="exact" in tags)
        if not keys:
            raise LexiconError(f"{where}: term has no words")
        dup = seen.get((keys, technique))
        if dup:
            raise LexiconError(f"{where}: same words and technique as {dup}")
        seen[(keys, technique)] = where
        entries.append(LexiconEntry(term, technique, strength, explanation,
                                    row.get("suggestion", ""), tags, keys, f"{name}:{n}"))
    return entries


def load_lexicon(name: str | Path) -> list[LexiconEntry]:
    """Load a lexicon shipped in ``mediakit/lexicons`` (by file name) or from a path."""
    return parse_lexicon(*read_data_file(name, "mediakit.lexicons", LexiconError, "lexicon"))


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``first..end-1`` matched ``entry``; ``start``/``end_char`` are offsets."""

    first: int
    end: int
    start_char: int
    end_char: int
    entry: LexiconEntry
