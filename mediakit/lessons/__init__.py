"""Helpers for the guided lessons: instant feedback, predict-then-reveal, reading views, notes.

The lessons themselves are notebooks: their source is ``notebooks/src/NN-*.py`` in
the repository, built by ``notebooks/build.py`` into ``notebooks/NN-*.ipynb`` and,
for people who install with pip, into ``mediakit/lessons/notebooks/`` (``mediakit
start`` copies them from there).

- :mod:`~mediakit.lessons.feedback`: pure checks for try-it cells (``check_phrases``,
  ``check_labels``, ``check_choice``, ``check_rewrite``, ...), each returning a
  :class:`Feedback` that says "fill this in" for the lesson's ``...`` placeholders;
- :mod:`~mediakit.lessons.predict`: ``reveal(prediction, ...)`` and instructor mode;
- :mod:`~mediakit.lessons.show`: a text to read, technique tables, the instructor key,
  one false alarm and one miss to argue about (``argue``);
- :mod:`~mediakit.lessons.spans`: the detector against a key, phrase by phrase;
- :mod:`~mediakit.lessons.mirrors`: the same move in the case study and its mirror;
- :mod:`~mediakit.lessons.notes`: ``Reflection`` and ``Notes`` boxes, saved as you type;
- :mod:`~mediakit.lessons.yourtext`: lesson 09's upload-or-paste loader and export.

Names load on first use, so ``import mediakit.lessons`` does not import ipywidgets.
"""

from __future__ import annotations

from mediakit.lazy import lazy_exports

_WHERE = {
    **dict.fromkeys(
        ("FILL_IN", "Feedback", "check_choice", "check_each", "check_filled", "check_kinds",
         "check_labels", "check_number", "check_order", "check_phrases", "check_produced",
         "check_queries", "check_rewrite", "check_summary", "check_twins",
         "compare_prediction", "family_id", "is_blank", "technique_id"), "feedback"),
    **dict.fromkeys(("reveal", "instructor_mode", "set_instructor_mode"), "predict"),
    **dict.fromkeys(
        ("FAMILY_CHOICES", "View", "argue", "busiest_paragraphs", "chart", "claims_table",
         "families_table", "findings_list", "highlight", "highlighted", "key_counts",
         "key_table", "mirror_table", "paragraph_counts", "paragraph_table", "profile_chart",
         "rates", "rates_table", "sentence_number", "sentence_table", "show_notes",
         "show_text", "table", "techniques_table", "top_families", "top_key_families",
         "unsupported_share", "unsupported_table"), "show"),
    "compare_with_key": "spans",
    "MIRRORS": "mirrors",
    **dict.fromkeys(("Notes", "Prompt", "Reflection", "saved_notes"), "notes"),
    **dict.fromkeys(("TextLoader", "export_report"), "yourtext"),
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
