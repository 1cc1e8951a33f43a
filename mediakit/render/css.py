"""The stylesheet of the highlighted text, built once from the technique registry.

Every rule is scoped under ``.mk-root`` so the styles never leak into a notebook.
Colours come from JupyterLab's theme variables (with light fallbacks) so the
output reads in Lab's light and dark themes; the standalone page adds its own
``prefers-color-scheme`` rules (see :data:`PAGE_CSS`). Highlight backgrounds are
Paul Tol's pale scheme with dark text in every theme; each family also has its own
underline style and a text label, so colour is never the only cue. Underline
colours are the family's chart colour, darkened (light theme) or lightened (dark
theme) until they reach 3:1 contrast with the background (WCAG 1.4.11).
"""

from __future__ import annotations

from mediakit.techniques import FAMILIES

#: Vertical gap between stacked underlines of overlapping findings, in px.
LEVEL_GAP = 5
LEVELS = 6  # keep in step with model.MAX_LEVEL + 1
LIGHT_BG, DARK_BG = "#FFFFFF", "#111111"


def _rgb(colour: str) -> tuple[float, float, float]:
    c = colour.lstrip("#")
    return tuple(int(c[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02X}" for v in rgb)


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(colour: str, background: str, ratio: float = 3.0) -> str:
    """``colour`` mixed step by step towards black or white until it reaches ``ratio``.

    >>> contrast(readable_on("#DDCC77", "#FFFFFF"), "#FFFFFF") >= 3.0
    True
    """
    target = (0.0, 0.0, 0.0) if luminance(background) > 0.18 else (1.0, 1.0, 1.0)
    base = _rgb(colour)
    for step in range(21):
        t = step / 20
        mixed = _hex(tuple(v + (w - v) * t for v, w in zip(base, target, strict=True)))  # type: ignore[arg-type]
        if contrast(mixed, background) >= ratio:
            return mixed
    return _hex(target)


def _line_rules(selector: str, background: str) -> str:
    return "\n".join(
        f"{selector} .mk-f-{fam.id} {{ --mk-line: {readable_on(fam.chart_colour, background)}; }}"
        for fam in FAMILIES.values()
    )


def _family_rules() -> str:
    rules = []
    for fam in FAMILIES.values():
        width = "3px" if fam.underline == "double" else "2px"  # double needs 3px to show
        rules.append(
            f".mk-root .mk-f-{fam.id} {{ --mk-bg: {fam.colour}; --mk-style: {fam.underline}; "
            f"--mk-width: {width}; }}"
        )
    return "\n".join(rules)


def _level_rules() -> str:
    rules = []
    for level in range(LEVELS):
        rules.append(f".mk-root .mk-l{level} {{ --mk-pad: {1 + level * LEVEL_GAP}px; }}")
        # Room under each line for the deepest stack of underlines in the text.
        extra = level * LEVEL_GAP
        rules.append(f".mk-root .mk-depth-{level + 1} {{ line-height: calc(1.8em + {extra}px); }}")
    return "\n".join(rules)


_BASE = """
.mk-root {
  --mk-fg: var(--jp-content-font-color1, var(--mk-page-fg, #1b1b1b));
  --mk-muted: var(--jp-content-font-color2, var(--mk-page-muted, #4a4a4a));
  --mk-bg0: var(--jp-layout-color0, var(--mk-page-bg, #ffffff));
  --mk-bg1: var(--jp-layout-color1, var(--mk-page-bg1, #f4f4f4));
  --mk-border: var(--jp-border-color1, var(--mk-page-border, #9e9e9e));
  --mk-focus: var(--jp-brand-color1, var(--mk-page-focus, #1565c0));
  --mk-ink: #111111; /* text on the pale highlight colours, in every theme */
  color: var(--mk-fg);
  font-family: var(--jp-content-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--jp-content-font-size1, 15px);
  line-height: 1.5;
  max-width: 60rem;
}
.mk-root *, .mk-root *::before, .mk-root *::after { box-sizing: border-box; }
.mk-root .mk-text {
  position: relative;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  line-height: 1.9em;
  font-size: 1.05em;
  padding: 0.25rem 0 0.75rem;
  margin: 0;
}
.mk-root .mk-h { font-weight: 700; font-size: 1.08em; }
.mk-root .mk-mark {
  background: var(--mk-bg);
  background-clip: content-box;
  color: var(--mk-ink);
  border-bottom: var(--mk-width) var(--mk-style) var(--mk-line);
  padding: 0 0 var(--mk-pad);
  border-radius: 2px;
  /* a bidi override inside the text cannot spill into labels and tooltips */
  unicode-bidi: isolate;
}
.mk-root .mk-mark[tabindex] { cursor: help; }
.mk-root .mk-mark:focus { outline: 2px solid var(--mk-focus); outline-offset: 2px; }
.mk-root .mk-mark:focus:not(:focus-visible) { outline-style: dotted; }
.mk-root .mk-label {
  /* inline (not inline-block), so a line never breaks between a phrase and its label */
  display: inline;
  margin: 0 0.1em 0 0.25em;
  padding: 0 0.35em;
  font-family: var(--jp-ui-font-family, system-ui, sans-serif);
  font-size: 0.68em;
  font-weight: 600;
  letter-spacing: 0.02em;
  vertical-align: 0.12em;
  color: var(--mk-ink);
  background: var(--mk-bg);
  border: 1px solid var(--mk-line);
  border-radius: 0.6em;
  white-space: nowrap;
  user-select: none;
  unicode-bidi: isolate;
}
.mk-root .mk-gap { display: block; font-size: 0; line-height: 0; height: 0.9rem; }
.mk-root .mk-tip {
  display: none;
  /* Absolute without top/left: the tooltip sits under the line holding the start of
     its mark, at the text's left edge, so it never runs off the right side. */
  position: absolute;
  z-index: 10;
  left: 0;
  margin-top: 0.55em;
  width: max-content;
  max-width: min(34rem, 100%);
  padding: 0.5rem 0.7rem;
  font-family: var(--jp-ui-font-family, system-ui, sans-serif);
  font-size: 0.84rem;
  font-weight: 400;
  font-style: normal;
  line-height: 1.4;
  white-space: normal;
  text-align: start;
  color: var(--mk-fg);
  background: var(--mk-bg0);
  border: 1px solid var(--mk-border);
  border-top: 3px var(--mk-style) var(--mk-line);
  border-radius: 4px;
  box-shadow: 0 3px 12px rgba(0, 0, 0, 0.28);
  user-select: text;
  unicode-bidi: isolate;
}
.mk-root .mk-tip > span { display: block; }
.mk-root .mk-tip > span + span { margin-top: 0.3em; }
.mk-root .mk-tip-name { font-weight: 700; }
.mk-root .mk-k { font-weight: 600; color: var(--mk-muted); }
.mk-root .mk-tip-fam, .mk-root .mk-tip-meta { color: var(--mk-muted); font-size: 0.95em; }
/* Show the tooltip of the focused mark and of the innermost hovered one (two rules:
   a browser without :has() drops only the second). !important because each tooltip
   also carries an inline display:none, which keeps it hidden where a notebook's
   sanitizer strips this stylesheet; screen only, so print never shows one. */
@media screen {
  .mk-root .mk-mark:focus > .mk-tip { display: block !important; z-index: 11; }
  .mk-root .mk-mark:hover:not(:has(.mk-mark:hover)) > .mk-tip { display: block !important; }
}
.mk-root .mk-legend {
  list-style: none;
  margin: 0.25rem 0 0.5rem;
  padding: 0.5rem 0.75rem;
  display: flex;
  flex-wrap: wrap;
  gap: 0.35rem 1.4rem;
  border: 1px solid var(--mk-border);
  border-radius: 6px;
  background: var(--mk-bg1);
  font-family: var(--jp-ui-font-family, system-ui, sans-serif);
  font-size: 0.85em;
}
.mk-root .mk-legend > li { margin: 0; padding: 0; }
.mk-root .mk-legend-count { color: var(--mk-muted); }
.mk-root .mk-legend .mk-hidden { opacity: 0.55; }
.mk-root .mk-swatch {
  display: inline-block;
  color: var(--mk-ink);
  background: var(--mk-bg);
  border-bottom: var(--mk-width) var(--mk-style) var(--mk-line);
  padding: 0 0.35em 1px;
  margin-right: 0.35em;
  font-weight: 600;
}
.mk-root .mk-legend .mk-label { vertical-align: 0.05em; margin-left: 0.4em; font-size: 0.78em; }
.mk-root .mk-note { color: var(--mk-muted); font-size: 0.85em; margin: 0.25rem 0; }
.mk-root .mk-details { margin: 0.75rem 0; }
.mk-root .mk-details > summary { cursor: pointer; font-weight: 600; }
.mk-root table.mk-table {
  border-collapse: collapse;
  width: 100%;
  font-size: 0.85em;
  margin: 0.5rem 0;
}
.mk-root .mk-table caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
.mk-root .mk-table th, .mk-root .mk-table td {
  border: 1px solid var(--mk-border);
  padding: 0.25rem 0.4rem;
  vertical-align: top;
  text-align: start;
  unicode-bidi: isolate;
}
.mk-root .mk-table th { background: var(--mk-bg1); }
.mk-root .mk-table td.mk-num { text-align: end; font-variant-numeric: tabular-nums; }
.mk-root .mk-sub { display: block; color: var(--mk-muted); font-size: 0.9em; margin-top: 0.15em; }
.mk-root .mk-findings td:nth-child(2) { min-width: 9rem; }
.mk-root .mk-findings td:nth-child(3) { min-width: 8.5rem; }
.mk-root .mk-findings td:nth-child(4) { min-width: 14rem; }
.mk-root .mk-grid { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-start; }
.mk-root .mk-grid > table.mk-table { width: auto; min-width: 14rem; }
.mk-root .mk-sr {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media print {
  .mk-root { color: #000; max-width: none; }
  .mk-root .mk-howto { display: none; }
  .mk-root .mk-mark, .mk-root .mk-label, .mk-root .mk-swatch, .mk-root .mk-legend {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .mk-root .mk-mark:focus { outline: none; }
  .mk-root .mk-table tr, .mk-root .mk-legend { break-inside: avoid; }
}
"""

#: The stylesheet for :func:`mediakit.render.render_html` output (scoped to ``.mk-root``).
CSS = "\n".join([
    _BASE.strip(),
    _family_rules(),
    _level_rules(),
    _line_rules(".mk-root", LIGHT_BG),
    "/* JupyterLab dark themes */",
    _line_rules('[data-jp-theme-light="false"] .mk-root', DARK_BG),
    '[data-jp-theme-light="false"] .mk-root { --mk-focus: #90caf9; }',
])

#: Extra rules for the standalone page: page layout and the OS light/dark preference.
PAGE_CSS = "\n".join([
    """
:root {
  color-scheme: light dark;
  --mk-page-fg: #1b1b1b; --mk-page-muted: #4a4a4a; --mk-page-bg: #ffffff;
  --mk-page-bg1: #f3f4f6; --mk-page-border: #9e9e9e; --mk-page-focus: #1565c0;
}
html { background: var(--mk-page-bg); color: var(--mk-page-fg); }
body.mk-page { margin: 0; padding: 1.5rem 1rem 3rem; }
body.mk-page .mk-root { margin: 0 auto; max-width: 52rem; }
.mk-page h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.35rem; }
.mk-page h2 {
  font-size: 1.2rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid var(--mk-border);
}
.mk-page .mk-lede { margin: 0 0 1rem; color: var(--mk-muted); }
.mk-page .mk-figures { display: grid; gap: 1rem; grid-template-columns: 1fr; }
.mk-page figure { margin: 0; padding: 0.5rem; background: #ffffff;
  border: 1px solid var(--mk-border); border-radius: 6px; break-inside: avoid; }
.mk-page figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.mk-page figcaption { color: #333333; font-size: 0.85em; margin-top: 0.3rem; }
.mk-page .mk-claims { padding-left: 1.25rem; }
.mk-page .mk-claims > li { margin-bottom: 0.6rem; }
.mk-page .mk-claims ul { margin: 0.2rem 0 0; }
.mk-page footer { margin-top: 2.5rem; color: var(--mk-muted); font-size: 0.85em; }
@media (prefers-color-scheme: dark) {
  :root {
    --mk-page-fg: #e8e8e8; --mk-page-muted: #b8b8b8; --mk-page-bg: #121212;
    --mk-page-bg1: #1e1e1e; --mk-page-border: #5f5f5f; --mk-page-focus: #90caf9;
  }
""".strip(),
    _line_rules("body.mk-page", DARK_BG),
    "}",
    """
@media print {
  :root { --mk-page-fg: #000; --mk-page-muted: #333; --mk-page-bg: #fff;
          --mk-page-bg1: #f3f3f3; --mk-page-border: #888; }
  body.mk-page { padding: 0; }
  .mk-page h2 { break-after: avoid; }
  .mk-page section { break-inside: auto; }
}
""".strip(),
    "@media print {",
    _line_rules("body.mk-page", LIGHT_BG),
    "}",
])
