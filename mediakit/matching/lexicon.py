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

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from mediakit.document import Document
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
    header: list[str] | None = None
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in COLUMNS[:4] if c not in header]
            if missing:
                raise LexiconError(f"{name}:{n}: header lacks column(s) {', '.join(missing)}")
            continue
        where = f"{name}:{n}"
        if len(cells) > len(header):
            raise LexiconError(f"{where}: {len(cells)} cells but {len(header)} columns")
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        term = row.get("term", "")
        where = f"{where} ({term!r})"
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
    if header is None:
        raise LexiconError(f"{name}: no header row")
    return entries


def load_lexicon(name: str | Path) -> list[LexiconEntry]:
    """Load a lexicon shipped in ``mediakit/lexicons`` (by file name) or from a path."""
    path = Path(name)
    if path.is_file():
        return parse_lexicon(path.read_text("utf-8"), path.name)
    resource = resources.files("mediakit.lexicons").joinpath(str(name))
    if not resource.is_file():
        raise LexiconError(f"no lexicon named {name!r}")
    return parse_lexicon(resource.read_text("utf-8"), str(name))


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``first..end-1`` matched ``entry``; ``start``/``end_char`` are offsets."""

    first: int
    end: int
    start_char: int
    end_char: int
    entry: LexiconEntry


class PhraseMatcher:
    """Find lexicon entries in a document: one dict lookup per token.

    At each token the longest entry starting there wins (per technique), so
    "so-called experts" beats "experts" when both are listed.
    """

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self.entries = list(entries)
        by_first: dict[str, list[LexiconEntry]] = defaultdict(list)
        by_first_exact: dict[str, list[LexiconEntry]] = defaultdict(list)
        for e in self.entries:
            (by_first_exact if "exact" in e.tags else by_first)[e.keys[0]].append(e)
        for table in (by_first, by_first_exact):
            for bucket in table.values():
                bucket.sort(key=lambda e: -len(e.keys))
        self._by_first = dict(by_first)
        self._by_first_exact = dict(by_first_exact)

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match, in text order; a phrase never crosses a sentence boundary."""
        stems, norms, spans = doc.stems, doc.norms, doc.token_spans
        by_first, by_exact = self._by_first, self._by_first_exact
        for sent in doc.sentences:
            end_tok = sent.end_token
            for i in range(sent.first_token, end_tok):
                cands = by_first.get(stems[i])
                exact = by_exact.get(norms[i])
                if cands is None and exact is None:
                    continue
                done: set[str] = set()
                for entry in (cands or []) + (exact or []):
                    if entry.technique in done:
                        continue
                    n = len(entry.keys)
                    if i + n > end_tok:
                        continue
                    seq = norms if "exact" in entry.tags else stems
                    if n > 1 and tuple(seq[i:i + n]) != entry.keys:
                        continue
                    done.add(entry.technique)
                    yield Match(i, i + n, spans[i][0], spans[i + n - 1][1], entry)
