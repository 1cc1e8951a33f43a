"""Lesson 09: bring your own text (upload or paste), analyse it, export the report.

The pure part (:func:`text_from_upload`, :func:`text_from_paste`, :func:`report_path`,
:func:`export_report`) is testable without a notebook; :class:`TextLoader` is the
thin widget over it. Errors are one clear sentence (:class:`mediakit.io.InputError`):
a file that is not UTF-8, an empty file, an empty box.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as W

from mediakit.io import InputError, atomic_write_text, decode_utf8
from mediakit.widgets.common import Activity, StatusLine, block

MAX_CHARS = 200_000  # about 30,000 words: more than any article, less than a slow analysis


@dataclass(frozen=True, slots=True, repr=False)
class LoadedText:
    """A text ready to analyse; ``is_sample`` when the lesson filled in a stand-in."""

    title: str
    text: str
    origin: str
    is_sample: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())

    def __str__(self) -> str:
        head = f"{self.title} ({self.words:,} words, {self.origin})"
        if self.is_sample:
            head = f"STAND-IN TEXT: {head}. {SAMPLE_NOTE}"
        return head

    __repr__ = __str__

    def _repr_html_(self) -> str:
        preview = escape(" ".join(self.text.split())[:300])
        note = (f'<p><b>✎ To do:</b> {escape(SAMPLE_NOTE)}</p>' if self.is_sample else "")
        return (f'<div class="mk-loaded">{note}<p><b>{escape(self.title)}</b> '
                f"({self.words:,} words, {escape(self.origin)})</p>"
                f'<p style="color:#444">{preview}…</p></div>')


SAMPLE_NOTE = ("You have not given a text yet, so the lesson uses the warm-up letter as a "
               "stand-in. To fill this in: upload or paste your text above, then run this "
               "cell again.")


def check_text(text: str, name: str) -> str:
    """The text if it is usable; InputError for empty or huge input."""
    if not text.strip():
        raise InputError(f"{name} is empty: there is no text to analyse")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name} is too long ({len(text):,} characters; the limit is "
                         f"{MAX_CHARS:,}): analyse one article at a time")
    return text


def text_from_upload(value: Any) -> tuple[str, str]:
    """``(file name, text)`` from an ``ipywidgets.FileUpload`` value (ipywidgets 8: a tuple
    of dicts with ``name`` and ``content``)."""
    items: Sequence[Any]
    if isinstance(value, Mapping):  # ipywidgets 7 used {name: {...}}
        items = [{"name": k, **v} for k, v in value.items()]
    else:
        items = list(value or ())
    if not items:
        raise InputError("no file uploaded yet")
    item = items[-1]
    name = str(item.get("name") or "the uploaded file")
    content = item.get("content", b"")
    data = content.tobytes() if isinstance(content, memoryview) else bytes(content)
    return name, check_text(decode_utf8(data, name), name)


def text_from_paste(value: str) -> str:
    return check_text(value.replace("\r\n", "\n"), "The text box")


def title_from_name(name: str) -> str:
    """A readable title from a file name: ``my_article-2.txt`` -> ``my article 2``."""
    stem = Path(name).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or "my text"


def report_path(title: str, folder: str | os.PathLike[str] | None = None) -> Path:
    """``mediakit-report-<title>.html`` in ``folder`` (default: the notebook's folder)."""
    from mediakit.store import slug

    base = Path(folder) if folder is not None else Path.cwd()
    return base / f"mediakit-report-{slug(title)}.html"


@dataclass(frozen=True, slots=True, repr=False)
class Exported:
    path: Path

    def __str__(self) -> str:
        return (f"Saved the report to {self.path.name} (next to this notebook). Open it from "
                "the file browser, or in any web browser; it works offline.")

    __repr__ = __str__

    def _repr_html_(self) -> str:
        return (f'<p role="status"><b>✓ Saved</b> the report to <a href="{escape(self.path.name)}"'
                f' target="_blank"><code>{escape(self.path.name)}</code></a> next to this '
                "notebook. Open it from the file browser on the left, or in any web browser; "
                "it works offline and can be printed or e-mailed.</p>")


def export_report(report: Any, title: str | LoadedText,
                  folder: str | os.PathLike[str] | None = None) -> Exported | Any:
    """Write the standalone HTML report atomically (replacing an earlier export of the same
    title) and say where it is.

    ``title`` may be the :class:`LoadedText` itself: for the lesson's stand-in text nothing
    is written (except in instructor mode), and the learner is told to give a text first.
    """
    from mediakit.render import standalone_page

    if isinstance(title, LoadedText):
        from mediakit.lessons.feedback import todo
        from mediakit.lessons.predict import instructor_mode

        if title.is_sample and not instructor_mode():
            return todo("your own text (upload or paste it at the top of the lesson); "
                        "the stand-in letter's report is not saved")
        title = title.title
    path = report_path(title, folder)
    atomic_write_text(path, standalone_page(report, title=f"mediakit report: {title}"))
    return Exported(path)


def sample_text() -> LoadedText:
    from mediakit import texts

    t = texts.get(texts.WARMUP)
    return LoadedText(t.title, t.text, "the kit's warm-up letter", is_sample=True)


class TextLoader(Activity):
    """Upload a .txt file or paste a text; ``chosen()`` gives it to the next cells."""

    def __init__(self) -> None:
        self.upload = W.FileUpload(
            accept=".txt,.md,text/plain", multiple=False, description="Upload a .txt file",
            tooltip="Upload a plain-text file saved as UTF-8", layout=W.Layout(width="auto"))
        self.paste = W.Textarea(
            rows=10, description="Or paste it here", continuous_update=False,
            placeholder="Paste the article's text here (title on the first line)",
            tooltip="Paste the text of the article you want to analyse",
            layout=W.Layout(width="100%"), style={"description_width": "initial"})
        self.title = W.Text(description="Title", tooltip="A short title for your report",
                            placeholder="e.g. Local paper, editorial of 3 May",
                            layout=W.Layout(width="40em"))
        self.status = StatusLine()
        self.upload.observe(lambda _: self._on_upload(), names="value")
        self.paste.observe(lambda _: self._on_paste(), names="value")
        intro = block("<h4>Your text</h4><p>Upload a plain-text file (.txt, saved as "
                      "UTF-8) or paste the text into the box. Then run the next cell.</p>",
                      style=True)
        self.widget = W.VBox([W.HTML(intro), self.upload, self.paste, self.title,
                              self.status.widget])
        self.widget.add_class("mk-loader")
        self.status.show("No text yet: upload a file or paste a text.")

    def _on_upload(self) -> None:
        try:
            name, text = text_from_upload(self.upload.value)
        except InputError as exc:
            self.status.show(f"{exc}.", "problem")
            return
        self.paste.value = text  # shown, and editable, in the box
        if not self.title.value.strip():
            self.title.value = title_from_name(name)
        self.status.show(f"Loaded {name}: {len(text.split()):,} words. Run the next cell.")

    def _on_paste(self) -> None:
        try:
            text = text_from_paste(self.paste.value)
        except InputError as exc:
            self.status.show(f"{exc}.", "problem")
            return
        self.status.show(f"Ready: {len(text.split()):,} words. Run the next cell.")

    def chosen(self) -> LoadedText:
        """The learner's text, or the warm-up letter as a clearly marked stand-in."""
        try:
            text = text_from_paste(self.paste.value)
        except InputError:
            return sample_text()
        title = self.title.value.strip() or text.strip().splitlines()[0][:60]
        return LoadedText(title, text, "your text")


__all__ = [
    "MAX_CHARS",
    "Exported",
    "LoadedText",
    "TextLoader",
    "check_text",
    "export_report",
    "report_path",
    "sample_text",
    "text_from_paste",
    "text_from_upload",
    "title_from_name",
]
