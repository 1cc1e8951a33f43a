"""Reading learners' answers out of saved notebooks, without running any of their code.

Answers are Python literals assigned to known variables (``loaded_a = {...}``), so
``ast.literal_eval`` reads them safely. Statements are read in order and a top-level
``raise`` stops the cell, as it would when the notebook runs (nbgrader's stub
``raise NotImplementedError()`` left above an answer means the answer never ran).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from pathlib import Path


class Unreadable:
    """Marks an answer that is not a plain literal (so it cannot be read without running it)."""

    def __init__(self, source: str) -> None:
        self.source = source

    def __repr__(self) -> str:
        return f"Unreadable({self.source[:40]!r})"


def load_notebook(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def _cell_values(source: str, variables: set[str]) -> dict[str, object]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {}
    out: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Raise):
            break
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id in variables):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                out[node.targets[0].id] = Unreadable(ast.get_source_segment(source, node) or "")
    return out


def code_answers(nb: dict, variables: Iterable[str]) -> dict[str, object]:
    """The last value each variable is given in the notebook's code cells."""
    wanted = set(variables)
    out: dict[str, object] = {}
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            out.update(_cell_values(_source(cell), wanted))
    return out


def markdown_answer(nb: dict, grade_id: str) -> str | None:
    """The text of the answer cell with nbgrader ``grade_id``, or None if there is none."""
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade_id") == grade_id:
            return _source(cell)
    return None
