"""The document model: paragraphs, sentences and tokens over one immutable text."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cached_property
from typing import NamedTuple

from mediakit.document import lines, quotes, sentences, tokens

_span = re.Match.span
_group = re.Match.group


class Paragraph(NamedTuple):
    """A run of non-blank lines; ``heading`` for a lone short line without final punctuation."""

    start: int
    end: int
    index: int
    heading: bool


class Sentence(NamedTuple):
    """A sentence (or heading) and the range of its tokens in ``Document.tokens``."""

    start: int
    end: int
    index: int
    paragraph: int
    heading: bool
    first_token: int
    end_token: int


class Token(NamedTuple):
    """A word or punctuation mark; ``norm`` is its lower-cased, plain-apostrophe form."""

    start: int
    end: int
    norm: str
    sentence: int


class Document:
    """A text split into paragraphs, sentences and tokens with exact offsets.

    Offsets are Python ``str`` indices with slice semantics:
    ``doc.text[s.start:s.end]`` is the sentence ``s``.

    >>> doc = Document("Mr. Smith arrived.\\r\\nHe left at 5 p.m. on Monday.")
    >>> [doc.text[s.start:s.end] for s in doc.sentences]
    ['Mr. Smith arrived.', 'He left at 5 p.m. on Monday.']
    """

    __slots__ = ("__dict__", "norms", "paragraphs", "sentences", "text", "token_spans")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document() expects str, got {type(text).__name__}")
        self.text = text
        para_spans, blocks = lines.split_blocks(text)
        block_heading = [
            lines.looks_like_heading(text[b.start : b.end]) for b in blocks
        ]
        blocks_per_para = [0] * len(para_spans)
        for b in blocks:
            blocks_per_para[b.paragraph] += 1
        self.paragraphs: list[Paragraph] = []
        for i, (start, end) in enumerate(para_spans):
            lone = blocks_per_para[i] == 1
            heading = lone and lines.looks_like_heading(text[start:end])
            self.paragraphs.append(Paragraph(start, end, i, heading))

        # Tokens live in parallel lists: building a million small objects would cost
        # more than the whole analysis; ``tokens`` makes them on demand.
        self.sentences: list[Sentence] = []
        self.token_spans: list[tuple[int, int]] = []
        self.norms: list[str] = []
        spans_out, norms_out = self.token_spans, self.norms
        word_re = tokens.WORD
        # Normalising the whole text once is much cheaper than once per token; the
        # offsets stay valid only if lower-casing kept every character's length
        # (it does not for a few letters such as "İ"): otherwise normalise per token.
        folded = tokens.fold(text)
        same_length = len(folded) == len(text)
        source = folded if same_length else text
        for block, heading in zip(blocks, block_heading, strict=True):
            spans = (
                [(block.start, block.end)]
                if heading
                else sentences.split_block(text, block.start, block.end)
            )
            for start, end in spans:
                first = len(norms_out)
                matches = list(word_re.finditer(source, start, end))
                spans_out.extend(map(_span, matches))
                words = map(_group, matches)
                norms_out.extend(words if same_length else map(tokens.normalize, words))
                self.sentences.append(
                    Sentence(
                        start, end, len(self.sentences), block.paragraph, heading,
                        first, len(norms_out),
                    )
                )

    # -- derived views, computed on first use --------------------------------------

    @cached_property
    def tokens(self) -> list[Token]:
        """Every token as a :class:`Token` (convenient; detectors in the kit use the lists)."""
        out = []
        for s in self.sentences:
            out.extend(
                Token(*self.token_spans[i], self.norms[i], s.index)
                for i in range(s.first_token, s.end_token)
            )
        return out

    @cached_property
    def stems(self) -> list[str]:
        """Match keys aligned with ``norms`` (see :func:`tokens.stem`)."""
        stem = tokens.stem
        return [stem(n) for n in self.norms]

    @cached_property
    def token_sentence(self) -> list[int]:
        """Sentence index of every token."""
        out: list[int] = []
        for s in self.sentences:
            out.extend([s.index] * (s.end_token - s.first_token))
        return out

    @cached_property
    def word_index(self) -> dict[str, tuple[int, ...]]:
        """Normalised word -> indices of the tokens with that form, in order."""
        index: dict[str, list[int]] = defaultdict(list)
        for i, norm in enumerate(self.norms):
            index[norm].append(i)
        # Tuples, not lists: read-only for the detectors that share them, and the garbage
        # collector stops tracking tuples of ints, so a batch of analyses triggers fewer
        # full collections (a tenth of the run time went to them).
        return {norm: tuple(positions) for norm, positions in index.items()}

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Quotation spans, quote marks included (see :mod:`quotes`)."""
        return quotes.quote_spans(self.text, [(p.start, p.end) for p in self.paragraphs])

    @cached_property
    def word_count(self) -> int:
        """Tokens that contain a letter or digit (almost always the first character)."""
        is_word = tokens.is_word
        return sum(1 for n in self.norms if n[0].isalnum() or (len(n) > 1 and is_word(n)))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def drop_working_data(self) -> None:
        """Forget indexes and detectors' memos (they are rebuilt if asked for again).

        A Report keeps its Document; without this every kept report would also keep
        thousands of small lists that the garbage collector must walk again and again
        (a third of the run time when a batch of reports is kept).
        """
        keep = {"word_count", "_sentence_starts"}
        for key in [k for k in self.__dict__ if k not in keep]:
            del self.__dict__[key]

    # -- lookups ----------------------------------------------------------------------

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.end_token]

    def token_text(self, i: int) -> str:
        start, end = self.token_spans[i]
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _word_sentences(self) -> dict[str, list[int]]:
        return {}

    def _sentence_ids(self, word: str) -> list[int]:
        """Sorted indices of the sentences holding ``word`` (memoised per word)."""
        memo = self._word_sentences
        ids = memo.get(word)
        if ids is None:
            token_sentence = self.token_sentence
            ids = sorted({token_sentence[i] for i in self.word_index.get(word, ())})
            memo[word] = ids
        return ids

    def sentences_with(self, words: frozenset[str] | set[str]) -> list[Sentence]:
        """Sentences containing any of the normalised ``words``, in text order."""
        present = [w for w in words if w in self.word_index]
        if not present:
            return []
        if len(present) == 1:
            ids = self._sentence_ids(present[0])
        else:
            ids = sorted({i for w in present for i in self._sentence_ids(w)})
        sentences = self.sentences
        return [sentences[i] for i in ids]

    @cached_property
    def _quote_reach(self) -> list[int]:
        """Running maximum of the quotations' ends: one quotation may hold another
        (‘He said “no deal” and left’), so the last one to open is not always the widest."""
        reach: list[int] = []
        top = -1
        for _, e in self.quotes:
            top = max(top, e)
            reach.append(top)
        return reach

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one quotation."""
        i = bisect.bisect_right(self.quotes, (start, len(self.text) + 1)) - 1
        return i >= 0 and end <= self._quote_reach[i]

    def __repr__(self) -> str:
        return (
            f"<Document {len(self.text)} chars, {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences, {len(self.norms)} tokens>"
        )
