"""Lines, paragraphs and headings, with offsets into the original text.

Paragraphs are runs of non-blank lines. Inside a paragraph every line break is
a sentence boundary (news feeds, subtitles and the PTC corpus put one sentence
or heading per line) unless the text is visibly hard-wrapped: the line does not
end a sentence and the next line carries on in lower case, or the line ends on
a word that cannot end a sentence ("the", "of", a comma, a hyphen).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mediakit.datafiles import word_class
from mediakit.document.abbreviations import ends_with_abbreviation

# Every line boundary Python's str.splitlines() knows, CRLF first so it counts once.
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

_TERMINAL = frozenset(".!?…;:")
_CLOSERS = frozenset("\"'”’»)]}")
_CONTINUES = word_class("line_continuers")


class Block(NamedTuple):
    """A piece of one paragraph that is split into sentences on its own."""

    start: int
    end: int
    paragraph: int


class ParagraphSpan(NamedTuple):
    start: int
    end: int


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Lines as ``(start, end)`` without their line break."""
    spans = []
    pos = 0
    for m in LINE_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _last_mark(line: str) -> str:
    i = len(line)
    while i and (line[i - 1] in _CLOSERS or line[i - 1].isspace()):
        i -= 1
    return line[i - 1] if i else ""


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence-final punctuation (quotes allowed after it).

    >>> ends_sentence('He said “stop.”'), ends_sentence('Meanwhile on the battlefront…')
    (True, True)
    >>> ends_sentence('Where Trump deserves credit')
    False
    """
    return _last_mark(line) in _TERMINAL


def _joins_next(line: str, following: str) -> bool:
    """Whether a line break inside a paragraph is only a hard wrap."""
    if ends_sentence(line):
        return False
    last = line.rstrip()
    if last.endswith((",", "-", "‐", "–", "—", "(")):
        return True
    first = following.lstrip()[:1]
    if first.islower() or (first and first in ",;:)"):
        return True
    words = last.rsplit(None, 1)
    return bool(words) and words[-1].strip(".,;:!?\"'“”‘’()").lower() in _CONTINUES


def split_blocks(text: str) -> tuple[list[ParagraphSpan], list[Block]]:
    """Paragraph spans and the blocks to split into sentences, all whitespace-trimmed."""
    paragraphs: list[ParagraphSpan] = []
    blocks: list[Block] = []
    current: list[tuple[int, int]] = []

    def close() -> None:
        if not current:
            return
        index = len(paragraphs)
        paragraphs.append(ParagraphSpan(current[0][0], current[-1][1]))
        block_start, block_end = current[0]
        for start, end in current[1:]:
            if _joins_next(text[block_start:block_end], text[start:end]):
                block_end = end
            else:
                blocks.append(Block(block_start, block_end, index))
                block_start, block_end = start, end
        blocks.append(Block(block_start, block_end, index))
        current.clear()

    for start, end in _line_spans(text):
        start, end = _strip(text, start, end)
        if start == end:
            close()
        else:
            current.append((start, end))
    close()
    return paragraphs, blocks


_MAX_HEADING_WORDS = 14


def looks_like_heading(block: str) -> bool:
    """A short line that is not a sentence: no final punctuation, starts like a title.

    >>> looks_like_heading('Europe’s 30-day ceasefire imperative')
    True
    >>> looks_like_heading('Meanwhile on the battlefront…')
    True
    >>> looks_like_heading('Case for the third alliance of Russia and the U.S.')
    True
    >>> looks_like_heading('The call lasted more than two hours.')
    False
    """
    mark = _last_mark(block)
    if (mark and mark in "!?;") or block.endswith((",", "-", "—", "–")):
        return False
    if mark == "." and not ends_with_abbreviation(block):
        return False
    if len(block.split()) > _MAX_HEADING_WORDS:
        return False
    first = block.lstrip("\"'“‘«([#*•-– ")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha())
