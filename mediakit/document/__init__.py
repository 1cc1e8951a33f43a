"""Step 1 of the pipeline: a text becomes a :class:`Document`.

A document holds paragraphs, headings, sentences and word tokens, each with
character offsets into the original ``str`` that behave like slice indices.
Nothing is normalised in place, so CRLF line ends, tabs, emoji, combining marks
and right-to-left text keep their exact positions.
"""

from mediakit.document.model import Document, Paragraph, Sentence, Token

__all__ = ["Document", "Paragraph", "Sentence", "Token"]
