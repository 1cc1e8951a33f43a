"""Shared pieces of the widgets: the display protocol, status lines, save controls, HTML bits.

Every activity widget is a small class holding its ipywidgets in ``.widget`` and
handler methods that call pure functions (``mediakit.activities``, ``mediakit.store``).
Messages are words first (“Saved”, “Not saved”), with an icon as a second cue and
never colour alone; the status line is an ARIA live region so screen readers hear it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as W

from mediakit.store import SaveResult, WorkFile

#: Small stylesheet for the widgets' own HTML (tables, status lines), scoped under .mkw.
CSS = """<style>
.mkw { font-size: var(--jp-content-font-size1, 14px); line-height: 1.45;
       color: var(--jp-content-font-color1, #111); }
.mkw table { border-collapse: collapse; margin: 0.4em 0; }
.mkw caption { text-align: left; font-weight: 600; padding: 0.2em 0; }
.mkw th, .mkw td { border: 1px solid var(--jp-border-color1, #bbb); padding: 0.2em 0.45em;
                   vertical-align: top; text-align: left; }
.mkw td.mkw-num { text-align: right; font-variant-numeric: tabular-nums; }
.mkw .mkw-good { font-weight: 600; }
.mkw .mkw-bad { font-weight: 600; text-decoration: underline dotted; }
.mkw .mkw-k { font-weight: 600; }
.mkw .mkw-quote { border-left: 4px solid var(--jp-border-color1, #999); padding-left: 0.6em;
                  margin: 0.3em 0; }
.mkw-status { padding: 0.15em 0.3em; }
.mkw-status-problem { border-left: 4px double var(--jp-warn-color0, #a60); padding-left: 0.5em; }
.mkw pre { white-space: pre-wrap; }
</style>"""

STATUS_KINDS = {
    "info": ("ℹ", ""),
    "ok": ("✓", "Saved: "),
    "problem": ("⚠", "Problem: "),
}


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def shorten(text: str, n: int) -> str:
    """One line of at most ``n`` characters, white space folded, "…" when cut.

    >>> shorten("A  long   sentence here", 12)
    'A long sent…'
    """
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def block(body: str, cls: str = "", *, style: bool = False) -> str:
    """Wrap widget HTML in the scoped ``.mkw`` root; ``style`` adds the stylesheet (once per
    activity, in its header: a ``<style>`` element applies to the whole page)."""
    return f'{CSS if style else ""}<div class="mkw {esc(cls)}">{body}</div>'


def table(caption: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
          cls: str = "", numeric: Sequence[int] = ()) -> str:
    """An HTML table; ``rows`` hold ready-made (already escaped) cell HTML."""
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in columns)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="mkw-num">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return (f'<table class="{esc(cls)}"><caption>{esc(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def full_width(**kw: Any) -> W.Layout:
    return W.Layout(width="100%", **kw)


class StatusLine:
    """A one-line message with a word and an icon for its kind, read out by screen readers."""

    def __init__(self, message: str = "") -> None:
        self.widget = W.HTML(layout=full_width())
        self.message = ""
        self.kind = "info"
        self.show(message)

    def show(self, message: str, kind: str = "info") -> None:
        icon, word = STATUS_KINDS[kind]
        self.message, self.kind = message, kind
        if not message:
            self.widget.value = '<div class="mkw-status" role="status" aria-live="polite"></div>'
            return
        if kind == "ok" and message.lower().startswith("saved"):
            word = ""  # the message already says it
        cls = "mkw-status mkw-status-problem" if kind == "problem" else "mkw-status"
        self.widget.value = (
            f'<div class="{cls}" role="status" aria-live="polite">'
            f'<span aria-hidden="true">{icon} </span>{esc(word)}{esc(message)}</div>'
        )


class SaveControls:
    """Save, Save a copy and an autosave switch around a :class:`~mediakit.store.WorkFile`.

    ``get_data`` returns the activity's current work as plain data. Nothing here ever
    throws the in-memory work away: a refused save only changes the message.
    """

    def __init__(self, work: WorkFile, get_data: Callable[[], dict[str, Any]],
                 autosave: bool = True) -> None:
        self.file = work
        self.get_data = get_data
        self.save_button = W.Button(
            description="Save", icon="save",
            tooltip=f"Save your work to {work.display_name}",
        )
        self.copy_button = W.Button(
            description="Save a copy", icon="copy",
            tooltip="Save your work under a new file name, leaving the existing file as it is",
        )
        self.autosave = W.Checkbox(
            value=autosave, description="Save automatically after each change", indent=False,
            tooltip="When ticked, every change is saved to the work file straight away",
        )
        self.status = StatusLine()
        self.last: SaveResult | None = None
        self.save_button.on_click(lambda _: self.save())
        self.copy_button.on_click(lambda _: self.save_copy())
        self.widget = W.VBox(
            [W.HBox([self.save_button, self.copy_button, self.autosave]), self.status.widget],
            layout=W.Layout(margin="0.5em 0 0 0"),
        )

    def load(self) -> dict[str, Any] | None:
        """Load the saved work (None if there is none or it cannot be used) and say so."""
        result = self.file.load()
        self.status.show(result.message, "info" if result.ok else "problem")
        return result.data

    def _show(self, result: SaveResult) -> SaveResult:
        self.last = result
        self.status.show(result.message, "ok" if result.ok else "problem")
        self.save_button.tooltip = f"Save your work to {self.file.display_name}"
        return result

    def save(self) -> SaveResult:
        return self._show(self.file.save(self.get_data()))

    def save_copy(self) -> SaveResult:
        return self._show(self.file.save_copy(self.get_data()))

    def changed(self) -> SaveResult | None:
        """Call after every change of the learner's work: saves when autosave is on."""
        if self.autosave.value:
            return self.save()
        self.status.show("Changes not saved yet: click “Save”.", "info")
        return None


#: Class on every activity's root widget (the keyboard guard below looks for it).
ROOT_CLASS = "mk-widget"

#: JupyterLab reads single keys pressed on a focused select, checkbox or button inside an
#: output as notebook commands (ArrowDown moves to the next cell, A inserts one, D D deletes
#: one), so a keyboard user could not move through a list and could lose a cell. Lumino
#: ignores its shortcuts for a key pressed on an element carrying
#: ``data-lm-suppress-shortcuts``; ipywidgets cannot set attributes, so this static script
#: (no data in it) marks the focusable elements of the activities in its own cell's output
#: area, now and as they appear. (Text boxes are already safe: Lab sees them as editable.)
KEYBOARD_GUARD_JS = """
(function (el) {
  var area = (el && el.closest && el.closest('.jp-OutputArea, .output_area, .jp-Cell'))
    || document.body;
  var focusable = ['select', 'input', 'button', 'textarea', '[tabindex]'].map(function (s) {
    return '.ROOT_CLASS ' + s + ':not([data-lm-suppress-shortcuts])';
  }).join(', ');
  function mark() {
    area.querySelectorAll(focusable).forEach(function (w) {
      w.setAttribute('data-lm-suppress-shortcuts', 'true');
    });
  }
  mark();
  if (!area.mediakitKeyboardGuard) {
    area.mediakitKeyboardGuard = new MutationObserver(mark);
    area.mediakitKeyboardGuard.observe(area, {childList: true, subtree: true});
  }
})(typeof element !== 'undefined' ? element : null);
""".replace("ROOT_CLASS", ROOT_CLASS)


class Activity:
    """Display protocol shared by the activity classes: show ``self.widget``.

    A notebook cell ending in ``Explorer(text)`` displays the widget, followed by the
    small keyboard guard script (see :data:`KEYBOARD_GUARD_JS`).
    """

    widget: W.Widget

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _ipython_display_(self) -> None:
        from IPython.display import Javascript, display

        self.widget.add_class(ROOT_CLASS)
        display(self.widget)
        display(Javascript(KEYBOARD_GUARD_JS))


#: Widget types a learner operates; each needs a description or a tooltip (its accessible name).
CONTROL_TYPES = (W.Button, W.Checkbox, W.Dropdown, W.Select, W.SelectMultiple, W.ToggleButtons,
                 W.Textarea, W.Text, W.IntSlider, W.SelectionSlider, W.RadioButtons)


def walk(widget: W.Widget):
    """Every widget in the tree under ``widget`` (itself first), depth first."""
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


def unlabelled_controls(widget: W.Widget) -> list[W.Widget]:
    """Controls with neither a description nor a tooltip: a screen reader could not name them.

    >>> unlabelled_controls(W.VBox([W.Button(description="Save"), W.Checkbox()]))
    [Checkbox(value=False)]
    """
    return [w for w in walk(widget) if isinstance(w, CONTROL_TYPES)
            and not (getattr(w, "description", "") or getattr(w, "tooltip", ""))]
