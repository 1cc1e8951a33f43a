"""Quotations: where the writer hands the microphone to someone else.

A finding inside a quotation is still a finding (the writer chose the quote)
but it is marked ``quoted``. Curly double quotes and guillemets pair up; straight
double quotes alternate; a single ‘…’ pair counts when the closing ’ is not an
apostrophe inside a word. A quotation left open runs to the end of its paragraph,
the convention for quotes that continue into the next paragraph.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"[“”\"«»‘’]")


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (before in "sS" and not after.isalnum())


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of quotations, marks included, in text order.

    >>> text = 'He said “no deal” and left.'
    >>> [text[s:e] for s, e in quote_spans(text, [(0, len(text))])]
    ['“no deal”']
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        double_open = -1
        single_open = -1
        for m in _MARK.finditer(text, p_start, p_end):
            ch, i = m.group(), m.start()
            if ch in "“«" and double_open < 0:
                double_open = i
            elif ch in "”»" and double_open >= 0:
                spans.append((double_open, i + 1))
                double_open = -1
            elif ch == '"':
                if double_open < 0:
                    double_open = i
                else:
                    spans.append((double_open, i + 1))
                    double_open = -1
            elif ch == "‘" and double_open < 0 and single_open < 0:
                single_open = i
            elif ch == "’" and single_open >= 0 and not _is_apostrophe(text, i):
                spans.append((single_open, i + 1))
                single_open = -1
        if double_open >= 0:
            spans.append((double_open, p_end))
    spans.sort()
    return spans
