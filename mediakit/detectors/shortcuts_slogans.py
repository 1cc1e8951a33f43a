"""Slogans by their shape: short chants set apart from the running text.

A slogan is short and built to be repeated. Rather than listing famous slogans
(which would miss every new one), the rule looks for a phrase of two to six
words that opens with a chant word from ``shortcuts_slogan_openers.tsv``
("Stop", "Save", "Never", "Long live", "Death to") and is set apart as a chant:

- in quotation marks (“Save the Valley”),
- in capitals (DEFEND OUR SCHOOLS),
- as a hashtag (#SaveOurPool),
- or as a short exclamation that makes up a whole sentence ("Save our pool!").

Structures such as "make X great again" or "nothing about X without X" are
patterns in ``shortcuts.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediakit.detectors.appeals_rules import family_lexicon, trim
from mediakit.document import Document
from mediakit.findings import Finding, make_finding
from mediakit.matching import LexiconEntry

MIN_WORDS, MAX_WORDS = 2, 6
# No leading \b: a pattern that starts with a character class scans much faster; the
# word boundary before the run is checked in code.
_CAPS_RUN = re.compile(r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]*)+")
_WORDS = re.compile(r"[\w’'-]+")
_HASHTAG_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: "No ..." slogans need capitals or more words, or plain "no evidence" would count.
_WEAK_OPENERS = frozenset({"no"})
_QUOTE_MARKS = "“”\"‘’'«»"


class SloganRule:
    """Short chants in quotes, capitals, hashtags or exclamations."""

    def __init__(self) -> None:
        self.openers = {e.keys[0]: e for e in family_lexicon("shortcuts_slogan_openers.tsv")}

    def find(self, doc: Document, detector: str) -> Iterator[Finding]:
        text = doc.text
        seen: set[tuple[int, int]] = set()

        def emit(start: int, end: int, how: str,
                 opener: list[str] | None = None) -> Iterator[Finding]:
            # ``opener``: the words to read the opener from when the span has no spaces
            # between them (a hashtag).
            while True:  # spaces and quote marks in any order ('STOP THE WAR “')
                before = (start, end)
                start, end = trim(text, start, end)
                while start < end and text[start] in _QUOTE_MARKS:
                    start += 1
                while end > start and text[end - 1] in _QUOTE_MARKS:
                    end -= 1
                if (start, end) == before:
                    break
            words = _WORDS.findall(text[start:end])
            if not words or (start, end) in seen:
                return
            entry = self._opener(opener or words)
            if entry is None:
                return
            seen.add((start, end))
            cue = " ".join((opener or words)[:len(entry.keys)])
            yield make_finding(
                text, start, end, "slogan", f"{entry.explanation} It is set apart {how}.",
                cue=cue.lower() if opener else cue, strength=entry.strength,
                suggestion=entry.suggestion, rule=f"short chant {how}", detector=detector,
            )

        for q_start, q_end in doc.quotes:
            # A quotation left open runs to the end of its paragraph: no closing mark to drop.
            inner_start = q_start + 1
            inner_end = q_end - 1 if text[q_end - 1] in _QUOTE_MARKS else q_end
            if self._chant(text[inner_start:inner_end]):
                yield from emit(inner_start, inner_end, "in quotation marks")
        if any(c.isupper() for c in text):
            for m in _CAPS_RUN.finditer(text):
                if m.start() and text[m.start() - 1].isalnum():
                    continue
                sent = doc.sentence_at(m.start())
                if sent is not None and not sent.heading and self._chant(m.group(), caps=True):
                    yield from emit(m.start(), m.end(), "in capitals")
        for i in doc.word_index.get("#", ()):
            yield from self._hashtag(doc, i, emit)
        for sent in self._exclamations(doc):
            piece = text[sent.start : sent.end].rstrip("”\"’' ")
            if piece.endswith("!") and self._chant(piece.rstrip("!")):
                yield from emit(sent.start, sent.start + len(piece), "as a short exclamation")

    @staticmethod
    def _exclamations(doc: Document) -> list:
        """Short sentences ending in "!" (found from the "!" tokens, not by scanning)."""
        out = []
        last = -1
        for i in doc.word_index.get("!", ()):
            sent = doc.sentences[doc.token_sentence[i]]
            if sent.index == last or sent.end_token - sent.first_token > MAX_WORDS + 3:
                continue
            if i >= sent.end_token - 2:  # the final mark, perhaps before a closing quote
                out.append(sent)
                last = sent.index
        return out

    def _opener(self, words: list[str]) -> LexiconEntry | None:
        """The chant opener that ``words`` start with; a two-word opener needs both words
        ("Long live", not "Long queues")."""
        entry = self.openers.get(words[0].lower().replace("’", "'"))
        if entry is None or len(entry.keys) == 1:
            return entry
        following = [w.lower().replace("’", "'") for w in words[1:len(entry.keys)]]
        return entry if tuple(following) == entry.keys[1:] else None

    def _chant(self, phrase: str, caps: bool = False) -> bool:
        """True for a two-to-six-word phrase opening with a chant word."""
        if "\n" in phrase:
            return False
        words = _WORDS.findall(phrase)
        if not MIN_WORDS <= len(words) <= MAX_WORDS:
            return False
        first = words[0].lower().replace("’", "'")
        if self._opener(words) is None:
            return False
        if first in _WEAK_OPENERS and not caps:
            return len(words) >= 3 or all(w[0].isupper() for w in words)
        return True

    def _hashtag(self, doc: Document, i: int, emit) -> Iterator[Finding]:
        """"#SaveOurPool": a hashtag whose first word is a chant word."""
        if i + 1 >= len(doc.norms):
            return
        start, end = doc.token_spans[i]
        w_start, w_end = doc.token_spans[i + 1]
        if w_start != end:
            return
        parts = _HASHTAG_WORD.findall(doc.text[w_start:w_end])
        if len(parts) >= 2 and self._opener(parts) is not None:
            yield from emit(start, w_end, "as a hashtag", parts)
