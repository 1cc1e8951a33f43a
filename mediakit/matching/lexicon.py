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
    """Find lexicon entries in a document with a few dict lookups per matching word.

    At each token the longest entry starting there wins (per technique), so
    "so-called experts" beats "experts" when both are listed.
    """

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self.entries = list(entries)
        # Single words by their key; phrases by their first two keys, so a common first
        # word ("the", "all") costs one lookup of the next word, not a try of every phrase.
        single: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
        multi: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
        for e in self.entries:
            exact = "exact" in e.tags
            if len(e.keys) == 1:
                single[exact][e.keys[0]].append(e)
            else:
                multi[exact][e.keys[:2]].append(e)
        for table in multi:
            for bucket in table.values():
                bucket.sort(key=lambda e: -len(e.keys))
        self._single = tuple(dict(t) for t in single)
        self._multi = tuple(dict(t) for t in multi)
        seconds: tuple[dict, dict] = (defaultdict(set), defaultdict(set))
        for exact, table in enumerate(multi):
            for first, second in table:
                seconds[exact][first].add(second)
        self._seconds = tuple(dict(t) for t in seconds)
        self._all_second = (frozenset(s for t in seconds[0].values() for s in t),
                            frozenset(s for t in seconds[1].values() for s in t))
        # norm -> what can start there (see _start_info), and norm -> what the word can
        # be in a phrase (see _describe). Filled as documents are read, so each distinct
        # word is stemmed and looked up once.
        self._starts: dict[str, tuple | None] = {}
        self._words: dict[str, tuple] = {}

    def _describe(self, norm: str) -> tuple:
        """``(start info or None, stem if it can come second, "\\0"+norm if it can come
        second as an exact word, stem)`` for one distinct word, remembered."""
        key = stem(norm)
        info = self._starts.get(norm, _UNSEEN)
        if info is _UNSEEN:
            info = self._start_info(norm)
        word = (info,
                key if key in self._all_second[0] else None,
                "\0" + norm if norm in self._all_second[1] else None,
                key)
        if len(self._words) >= _STARTS_MAX:  # bounded on endless streams of new words
            self._words.clear()
        self._words[norm] = word
        return word

    def _start_info(self, norm: str) -> tuple | None:
        """``(stem, norm, has_single, second_stems, second_norms)`` or None."""
        key = stem(norm)
        has_single = key in self._single[0] or norm in self._single[1]
        second_stems = self._seconds[0].get(key)
        second_norms = self._seconds[1].get(norm)
        info = None
        if has_single or second_stems or second_norms:
            info = (key, norm, has_single, second_stems, second_norms)
        if len(self._starts) >= _STARTS_MAX:  # bounded on endless streams of new words
            self._starts.clear()
        self._starts[norm] = info
        return info

    def _entries_at(self, norms: list[str], i: int, end_tok: int,
                    info: tuple) -> list[LexiconEntry]:
        """Candidate entries at token ``i``, longest first."""
        key, norm, has_single, second_stems, second_norms = info
        found: list[LexiconEntry] = []
        if i + 1 < end_tok:
            nxt = norms[i + 1]
            if second_stems:
                nxt_stem = stem(nxt)
                if nxt_stem in second_stems:
                    found.extend(self._multi[0][key, nxt_stem])
            if second_norms and nxt in second_norms:
                found.extend(self._multi[1][norm, nxt])
            if len(found) > 1:
                found.sort(key=lambda e: -len(e.keys))
        if has_single:
            found.extend(self._single[0].get(key, ()))
            found.extend(self._single[1].get(norm, ()))
        return found

    def find(self, doc: Document) -> Iterator[Match]:
        """Every match, in text order; a phrase never crosses a sentence boundary.

        Looks up each distinct word of the document once (through ``doc.word_index``)
        rather than every token, so the cost grows with the vocabulary of the text.
        """
        norms, spans = doc.norms, doc.token_spans
        memo, describe = self._words, self._describe
        starts: list[tuple[int, tuple]] = []
        phrase_only: list[tuple[tuple, list[int]]] = []
        # Where the words that can come second in a phrase occur (by stem and by norm).
        second_pos: dict[str, list[int]] = {}
        for norm, positions in doc.word_index.items():
            word = memo.get(norm)
            if word is None:
                word = describe(norm)
            info, second_stem, second_norm, _ = word
            if second_stem is not None:
                second_pos.setdefault(second_stem, []).extend(positions)
            if second_norm is not None:
                second_pos.setdefault(second_norm, []).extend(positions)
            if info is None:
                continue
            if info[2]:
                starts.extend((i, info) for i in positions)
            else:
                phrase_only.append((info, positions))
        last = len(norms) - 1
        for info, positions in phrase_only:
            # Only phrases start with this word: keep the places whose next word fits,
            # walking whichever list is shorter (this word's, or its possible successors').
            second_stems, second_norms = info[3] or (), info[4] or ()
            nexts = [p for k in second_stems for p in second_pos.get(k, ())]
            nexts += [p for k in second_norms for p in second_pos.get("\0" + k, ())]
            if len(nexts) < len(positions):
                norm = info[1]
                starts.extend((p - 1, info) for p in set(nexts) if p > 0 and norms[p - 1] == norm)
                continue
            for i in positions:
                if i < last:
                    nxt = norms[i + 1]
                    if nxt in second_norms or (memo.get(nxt) or describe(nxt))[3] in second_stems:
                        starts.append((i, info))
        if not starts:
            return
        starts.sort(key=_first)
        sentences, token_sentence = doc.sentences, doc.token_sentence
        for i, info in starts:
            end_tok = sentences[token_sentence[i]].end_token
            done: set[str] = set()
            for entry in self._entries_at(norms, i, end_tok, info):
                if entry.technique in done:
                    continue
                n = len(entry.keys)
                if i + n > end_tok:
                    continue
                if n > 2:
                    rest = norms[i + 2:i + n]
                    if "exact" not in entry.tags:
                        rest = [stem(w) for w in rest]
                    if tuple(rest) != entry.keys[2:]:
                        continue
                done.add(entry.technique)
                yield Match(i, i + n, spans[i][0], spans[i + n - 1][1], entry)


_STARTS_MAX = 200_000
_UNSEEN: tuple = ()


def _first(item: tuple[int, object]) -> int:
    return item[0]
