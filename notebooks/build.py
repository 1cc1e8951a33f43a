"""Build the lesson notebooks from their readable sources in ``notebooks/src/``.

Each lesson is written as a Python file in the "percent" format (as jupytext
writes it, without needing jupytext): ``# %% [markdown]`` starts a Markdown cell
whose lines are comments, ``# %%`` starts a code cell. Lines before the first
marker are a note for maintainers and are left out. The build writes each lesson
twice, byte for byte the same:

- ``notebooks/NN-name.ipynb`` for people working in the repository (``make lab``);
- ``mediakit/lessons/notebooks/NN-name.ipynb``, shipped in the package, which
  ``mediakit start`` copies for people who installed with pip.

Notebooks are written without outputs or execution counts, with stable cell ids
(``NN-MM``: lesson number, cell number), so the built files only change when a source
changes.

    python notebooks/build.py           # write the notebooks
    python notebooks/build.py --check   # exit 1 if any notebook is out of date
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
ROOT = HERE.parent
TARGETS = (HERE, ROOT / "mediakit" / "lessons" / "notebooks")
NAME = re.compile(r"\d\d-[a-z0-9-]+")
MARKER = re.compile(r"^# %%(?P<rest>.*)$")

METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                   "name": "python3"},
    "language_info": {"name": "python"},
}


class SourceError(ValueError):
    """A lesson source cannot be turned into a notebook; the message names file and line."""


def _strip_blank_edges(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _markdown_line(line: str, where: str) -> str:
    if line == "#":
        return ""
    if line.startswith("# "):
        return line[2:]
    if not line.strip():
        return ""
    raise SourceError(f"{where}: a Markdown cell line must start with '# ' (got {line!r})")


def parse(source: str, name: str = "<source>") -> list[tuple[str, str]]:
    """``[(cell_type, text), ...]`` from percent-format source."""
    cells: list[tuple[str, list[str]]] = []
    for n, line in enumerate(source.splitlines(), 1):
        m = MARKER.match(line)
        if m:
            rest = m.group("rest").strip()
            if rest == "[markdown]":
                cells.append(("markdown", []))
            elif rest == "":
                cells.append(("code", []))
            else:
                raise SourceError(f"{name}:{n}: unknown cell marker {line!r}")
            continue
        if not cells:
            continue  # the maintainers' note above the first cell
        kind, lines = cells[-1]
        lines.append(_markdown_line(line, f"{name}:{n}") if kind == "markdown" else line)
    out = []
    for kind, lines in cells:
        body = _strip_blank_edges(lines)
        if not body:
            raise SourceError(f"{name}: empty {kind} cell (cell {len(out) + 1})")
        out.append((kind, "\n".join(body)))
    if not out:
        raise SourceError(f"{name}: no cells")
    return out


def _lines(text: str) -> list[str]:
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + [parts[-1]]


def notebook(cells: list[tuple[str, str]], stem: str) -> dict:
    """An nbformat 4.5 notebook dict with no outputs and stable ids ``NN-MM`` (the lesson
    number from ``stem``, then the cell number)."""
    nb_cells = []
    for i, (kind, text) in enumerate(cells, 1):
        cell: dict = {"cell_type": kind, "id": f"{stem[:2]}-{i:02d}", "metadata": {},
                      "source": _lines(text)}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        nb_cells.append(cell)
    return {"cells": nb_cells, "metadata": METADATA, "nbformat": 4, "nbformat_minor": 5}


def render(nb: dict) -> str:
    """Serialise as Jupyter does (indent 1, sorted keys, final newline)."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def sources() -> list[Path]:
    found = sorted(SRC.glob("*.py"))
    for p in found:
        if not NAME.fullmatch(p.stem):
            raise SourceError(f"{p.name}: lesson sources are named NN-name.py (lower case)")
    return found


def build_all() -> dict[str, str]:
    """``{notebook file name: JSON text}`` for every lesson source."""
    out = {}
    for path in sources():
        cells = parse(path.read_text("utf-8"), path.name)
        out[f"{path.stem}.ipynb"] = render(notebook(cells, path.stem))
    return out


def stale() -> list[Path]:
    """Built files that are missing or differ from what the sources give, and strays."""
    built = build_all()
    bad = []
    for folder in TARGETS:
        for name, text in built.items():
            target = folder / name
            if not target.exists() or target.read_text("utf-8") != text:
                bad.append(target)
        bad += [p for p in sorted(folder.glob("*.ipynb")) if p.name not in built]
    return bad


def write_all() -> list[Path]:
    written = []
    built = build_all()
    for folder in TARGETS:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in built.items():
            target = folder / name
            if not target.exists() or target.read_text("utf-8") != text:
                tmp = target.with_suffix(".ipynb.tmp")
                tmp.write_text(text, "utf-8")
                tmp.replace(target)
                written.append(target)
        for stray in sorted(folder.glob("*.ipynb")):
            if stray.name not in built:
                print(f"note: {stray} has no source in {SRC} (left alone)", file=sys.stderr)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a notebook is out of date")
    args = parser.parse_args(argv)
    if args.check:
        bad = stale()
        for p in bad:
            print(f"out of date: {p.relative_to(ROOT)}")
        if bad:
            print("run: python notebooks/build.py", file=sys.stderr)
        return 1 if bad else 0
    for p in write_all():
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
