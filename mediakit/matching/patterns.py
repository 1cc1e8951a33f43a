"""Regular-expression rules as TOML data, validated when loaded.

Each ``[[pattern]]`` table:

    id           unique name, shown to learners as the rule that fired
    technique    a technique id of the registry
    triggers     lower-case words; the rule runs only on sentences containing one
                 (this keeps long texts fast); ["*"] runs it on every sentence
    regex        a Python regular expression, applied to one sentence at a time
                 (``^``/``$`` are the sentence's ends); case-insensitive unless
                 ``case_sensitive = true``
    span         what to mark: "match" (default), "sentence", or the name of a
                 named group in the regex
    strength     1–3
    explanation  one line for learners: what this move does to the reader
    suggestion   optional neutral alternative or question to ask
    examples     sentences the rule must match (checked by the test suite)
    counterexamples  sentences it must not match (checked by the test suite)

Errors name the file and the pattern id.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mediakit.datafiles import read_data_file
from mediakit.document import Document
from mediakit.techniques import TECHNIQUES

_FIELDS = {
    "id", "technique", "triggers", "regex", "span", "strength", "explanation",
    "suggestion", "examples", "counterexamples", "case_sensitive", "note",
}
_WORD = re.compile(r"[a-z0-9'’-]+|\*")


class PatternError(ValueError):
    """A pattern file is malformed; the message names the file and the pattern."""


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    technique: str
    triggers: frozenset[str]
    regex: re.Pattern[str]
    span: str
    strength: int
    explanation: str
    suggestion: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    source: str

    def search_text(self, sentence: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        """``(start, end, match)`` of what this pattern marks in one sentence string."""
        for m in self.regex.finditer(sentence):
            if self.span == "match":
                s, e = m.span()
            elif self.span == "sentence":
                s, e = 0, len(sentence)
            else:
                s, e = m.span(self.span)
            if 0 <= s < e:
                yield s, e, m


def _pattern(entry: dict, where: str) -> Pattern:
    pid = entry.get("id")
    if not isinstance(pid, str) or not pid:
        raise PatternError(f"{where}: pattern without an id")
    where = f"{where} pattern {pid!r}"
    unknown = set(entry) - _FIELDS
    if unknown:
        raise PatternError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for required in ("technique", "triggers", "regex", "strength", "explanation"):
        if required not in entry:
            raise PatternError(f"{where}: missing {required!r}")
    if entry["technique"] not in TECHNIQUES:
        raise PatternError(f"{where}: unknown technique {entry['technique']!r}")
    if entry["strength"] not in (1, 2, 3):
        raise PatternError(f"{where}: strength must be 1, 2 or 3")
    triggers = entry["triggers"]
    if (not isinstance(triggers, list) or not triggers
            or not all(isinstance(t, str) and _WORD.fullmatch(t) for t in triggers)):
        raise PatternError(f"{where}: triggers must be a non-empty list of lower-case words")
    flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
    try:
        regex = re.compile(entry["regex"], flags)
    except re.error as exc:
        raise PatternError(f"{where}: bad regex: {exc}") from None
    span = entry.get("span", "match")
    if span not in ("match", "sentence") and span not in regex.groupindex:
        raise PatternError(f"{where}: span {span!r} is not 'match', 'sentence' or a named group")
    if regex.match(""):
        raise PatternError(f"{where}: regex matches the empty string")
    return Pattern(
        id=pid,
        technique=entry["technique"],
        triggers=frozenset(t.replace("’", "'") for t in triggers),
        regex=regex,
        span=span,
        strength=entry["strength"],
        explanation=entry["explanation"].strip(),
        suggestion=entry.get("suggestion", "").strip(),
        examples=tuple(entry.get("examples", ())),
        counterexamples=tuple(entry.get("counterexamples", ())),
        source=where,
    )


def parse_patterns(raw: str, name: str) -> list[Pattern]:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(f"{name}: not valid TOML: {exc}") from None
    patterns = [_pattern(entry, name) for entry in data.get("pattern", [])]
    ids = [p.id for p in patterns]
    dups = {i for i in ids if ids.count(i) > 1}
    if dups:
        raise PatternError(f"{name}: duplicate pattern id(s) {', '.join(sorted(dups))}")
    return patterns


def load_patterns(name: str | Path) -> list[Pattern]:
    """Load a pattern file shipped in ``mediakit/patterns`` (by file name) or from a path."""
    return parse_patterns(
        *read_data_file(name, "mediakit.patterns", PatternError, "pattern file"))


@dataclass(frozen=True, slots=True)
class PatternMatch:
    start: int
    end: int
    sentence: int
    pattern: Pattern
    match: re.Match[str]  # over the sentence string: match offsets are sentence-relative


class PatternMatcher:
    """Runs patterns over a document, each only on the sentences holding a trigger."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns = list(patterns)

    def find(self, doc: Document) -> Iterator[PatternMatch]:
        text = doc.text
        everywhere = None
        for p in self.patterns:
            if "*" in p.triggers:
                everywhere = everywhere or doc.sentences
                sentences = everywhere
            else:
                sentences = doc.sentences_with(p.triggers)
            for sent in sentences:
                piece = text[sent.start : sent.end]
                for s, e, m in p.search_text(piece):
                    yield PatternMatch(sent.start + s, sent.start + e, sent.index, p, m)
