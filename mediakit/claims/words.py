"""The claims family's cue phrases (``claims_cues.tsv``): words and phrases with their
role. (Common verbs, used to tell a headline with a verb from a verbless one, are
shared with other families: :mod:`mediakit.matching.verbs`.)

Cue phrases are matched on exact normalised word forms, anchored on their least
common word, so a document is scanned with a handful of dict lookups rather
than a regular expression per sentence. Errors name the file, line and entry.

>>> [h.cue.role for h in find_cues(Document("Experts say it will clearly fail."))]
['vague_phrase', 'reporting', 'booster']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from mediakit.datafiles import read_data_file, tsv_rows, word_class
from mediakit.document import Document
from mediakit.document.tokens import WORD, normalize

#: Role -> the standard learner-facing note for entries that leave ``note`` empty.
ROLES: dict[str, str] = {
    "reporting": "A reporting verb: the sentence passes on what someone said or thinks.",
    "reporting_weak": "A verb that reports only with 'that', a quotation or a record as its "
                      "subject.",
    "vague_subject": "Names no one in particular as the source: who exactly, and how would "
                     "they know?",
    "vague_phrase": "Passes the content through an unnamed source: who exactly says so?",
    "record": "A kind of record (census, survey, law, report) that a reader can look up if it "
              "is named.",
    "method": "Says how a figure was measured, so a reader can judge it.",
    "hedge": "A hedge: the writer marks how sure they are. Honest hedging is good practice, "
             "not a fault.",
    "booster": "A booster: the writer sounds certain. Certainty is not evidence: what backs it up?",
    "opinion_marker": "An opinion marker: the writer shows this is their view. Marking a view "
                      "openly is good practice.",
    "feeling": "The writer states their own feeling about the matter.",
    "obligation": "A recommendation or obligation: the writer says what ought to happen, a view "
                  "rather than a fact.",
    "evaluative": "A judgement of value (praise or blame) that no record could settle.",
    "generalisation": "A sweeping generalisation: it covers everyone or all of history, which no "
                      "single text can show.",
    "faceless": "A faceless agent: a group that acts in the story but is never named. Who exactly?",
    "formula": "A greeting, thanks or sign-off: not a statement.",
    "cta": "A verb that asks the reader to do something (sign, share, vote).",
    "date": "A date: with a place, it makes an event checkable.",
    "number": "A figure written in words.",
    "place": "A kind of named place (street, hall, station) that makes an event checkable.",
}

#: Words too common to anchor a phrase on: the scan looks up a rarer word of the phrase.
_COMMON = word_class("cue_common_words")


#: Roles looked up only where needed (a sentence's first words, a source's head noun),
#: not scanned for in the whole text: they are common words and rarely matter.
LAZY_ROLES = frozenset({"vague_subject", "place", "number", "cta", "formula"})


class CueError(ValueError):
    """A claims word list is malformed; the message names the file, line and entry."""


@dataclass(frozen=True, slots=True)
class Cue:
    term: str
    role: str
    note: str
    keys: tuple[str, ...]  # normalised words; "*" matches any one word
    source: str

    @property
    def explanation(self) -> str:
        return self.note or ROLES[self.role]


class CueHit(NamedTuple):
    """Tokens ``first..end-1`` of sentence ``sentence`` matched ``cue``."""

    first: int
    end: int
    sentence: int
    cue: Cue


def term_norms(term: str) -> tuple[str, ...]:
    """Normalised words of a term, tokenised like document text.

    >>> term_norms("It’s 100% true")
    ("it's", '100', '%', 'true')
    """
    return tuple("*" if m.group() == "*" else normalize(m.group()) for m in WORD.finditer(term))


def parse_cues(raw: str, name: str) -> list[Cue]:
    """Parse ``term<TAB>role<TAB>note`` rows (``#`` lines are the header)."""
    out: list[Cue] = []
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for n, row in tsv_rows(raw, name, ("term", "role"), error=CueError):
        term, role = row.get("term", ""), row.get("role", "")
        where = f"{name}:{n} ({term!r})"
        if role not in ROLES:
            raise CueError(f"{where}: unknown role {role!r}")
        keys = term_norms(term)
        if not keys or all(k == "*" for k in keys):
            raise CueError(f"{where}: term has no words")
        if keys[0] == "*" or keys[-1] == "*":
            raise CueError(f"{where}: a wildcard must sit between words")
        if (keys, role) in seen:
            raise CueError(f"{where}: listed twice for role {role!r} (first at {seen[keys, role]})")
        seen[keys, role] = where
        out.append(Cue(term, role, row.get("note", ""), keys, where))
    return out


def _read(name: str | Path) -> tuple[str, str]:
    return read_data_file(name, "mediakit.lexicons", CueError, "word list")


class CueIndex:
    """Find cue phrases in a document: each phrase is looked up through one anchor word,
    then through the word next to it (one dictionary lookup rules out most places)."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self._rank = {id(cue): n for n, cue in enumerate(cues)}
        # anchor word -> (one-word cues, {neighbour offset: {neighbour word: phrases}},
        # phrases whose anchor has only wildcards beside it); phrases are
        # (offset of the anchor, length, keys, has a wildcard, cue), longest first.
        anchors: dict[str, tuple[list[Cue], dict[int, dict[str, list]], list]] = {}
        starts: dict[str, dict[str, list[Cue]]] = defaultdict(lambda: defaultdict(list))
        for cue in sorted(cues, key=lambda c: -len(c.keys)):
            if cue.role in LAZY_ROLES:
                starts[cue.role][cue.keys[0]].append(cue)
                continue
            keys = cue.keys
            offset = next(
                (i for i, k in enumerate(keys) if k != "*" and k not in _COMMON),
                next(i for i, k in enumerate(keys) if k != "*"),
            )
            singles, near, loose = anchors.setdefault(keys[offset], ([], {}, []))
            if len(keys) == 1:
                singles.append(cue)
                continue
            phrase = (offset, len(keys), list(keys), "*" in keys, cue)
            rel = next((r for r in (1, -1)
                        if 0 <= offset + r < len(keys) and keys[offset + r] != "*"), None)
            if rel is None:
                loose.append(phrase)
            else:
                near.setdefault(rel, {}).setdefault(keys[offset + rel], []).append(phrase)
        self._anchors = anchors
        self._starts = {role: dict(table) for role, table in starts.items()}
        #: First words of the phrases of each lazy role: a cheap test before ``match_at``.
        self.first_words: dict[str, frozenset[str]] = {
            role: frozenset(table) for role, table in self._starts.items()}
        self.by_role: dict[str, frozenset[str]] = {
            role: frozenset(c.term for c in cues if c.role == role) for role in ROLES
        }

    def match_at(self, norms: list[str], i: int, end: int, role: str) -> Cue | None:
        """The longest cue of a lazy ``role`` that starts at token ``i`` (before ``end``)."""
        bucket = self._starts.get(role, {}).get(norms[i])
        if bucket:
            for cue in bucket:
                n = len(cue.keys)
                if i + n <= end and all(k == "*" or k == norms[i + j]
                                        for j, k in enumerate(cue.keys)):
                    return cue
        return None

    def find(self, doc: Document) -> list[CueHit]:
        """Every cue of a scanned role in ``doc``, in text order (at one token, longer
        phrases first, then file order); never across a sentence end."""
        norms = doc.norms
        n_tokens = len(norms)
        token_sentence = doc.token_sentence
        index = doc.word_index
        hits: list[CueHit] = []
        append = hits.append
        for word in self._anchors.keys() & index.keys():
            singles, near, loose = self._anchors[word]
            for i in index[word]:
                sent = token_sentence[i]
                for cue in singles:
                    append(CueHit(i, i + 1, sent, cue))
                for rel, table in near.items():
                    j = i + rel
                    phrases = table.get(norms[j]) if 0 <= j < n_tokens else None
                    if phrases:
                        _match_phrases(phrases, i, sent, norms, token_sentence, append)
                if loose:
                    _match_phrases(loose, i, sent, norms, token_sentence, append)
        rank = self._rank
        hits.sort(key=lambda h: (h.first, h.first - h.end, rank[id(h.cue)]))
        return _drop_nested(hits)


def _match_phrases(phrases: list, i: int, sent: int, norms: list[str],
                   token_sentence: list[int], append: Callable[[CueHit], None]) -> None:
    """Append a hit for each phrase whose words sit around its anchor at token ``i``."""
    for offset, n, keys, wild, cue in phrases:
        first = i - offset
        end = first + n
        if first < 0 or end > len(norms) or token_sentence[first] != sent \
                or token_sentence[end - 1] != sent:
            continue
        if wild:
            if any(k != "*" and k != norms[first + j] for j, k in enumerate(keys)):
                continue
        elif norms[first:end] != keys:
            continue
        append(CueHit(first, end, sent, cue))


def _drop_nested(hits: list[CueHit]) -> list[CueHit]:
    """Within one role, a phrase inside a longer (or equal, earlier-listed) one is dropped."""
    drop: set[int] = set()
    for k, h in enumerate(hits):
        if k in drop or h.end - h.first == 1:
            continue  # only a multi-word phrase can swallow another hit
        role = h.cue.role
        j = k + 1
        while j < len(hits) and hits[j].first < h.end:
            if hits[j].end <= h.end and hits[j].cue.role == role:
                drop.add(j)
            j += 1
        j = k - 1
        while j >= 0 and hits[j].first == h.first:
            if hits[j].end < h.end and hits[j].cue.role == role:
                drop.add(j)
            j -= 1
    return [h for k, h in enumerate(hits) if k not in drop] if drop else hits


@lru_cache(maxsize=1)
def cue_index() -> CueIndex:
    """The shipped cue list (``claims_cues.tsv``), loaded and validated once."""
    return CueIndex(parse_cues(*_read("claims_cues.tsv")))


def find_cues(doc: Document) -> list[CueHit]:
    return cue_index().find(doc)
