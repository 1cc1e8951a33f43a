"""Reading the kit's own data files: packaged resources or a path, and TSV rows.

Every TSV data file (lexicons, cue lists, labelled sentences) has the same shape:
``#`` lines first (provenance, how entries were chosen, column meanings), then a
header row naming the columns, then one entry per line. Parsers check their own
columns' content; this module does the shared part, so every file fails the same way,
naming the file and the line.

>>> rows = list(tsv_rows("# about\\nterm\\trole\\nsome say\\tvague\\n", "x.tsv", ("term",)))
>>> rows
[(3, {'term': 'some say', 'role': 'vague'})]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path


def read_data_file(name: str | Path, package: str, error: type[Exception],
                   what: str) -> tuple[str, str]:
    """``(text, display name)`` of a file path, or of a file shipped in ``package``."""
    path = Path(name)
    if path.is_file():
        return path.read_text("utf-8"), path.name
    resource = resources.files(package).joinpath(str(name))
    if not resource.is_file():
        raise error(f"no {what} named {str(name)!r}")
    return resource.read_text("utf-8"), str(name)


def tsv_rows(raw: str, name: str, required: Iterable[str], *,
             error: type[Exception] = ValueError,
             exact_width: bool = False) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, {column: stripped cell})`` for each entry row of a TSV data file.

    Raises ``error`` naming the file and line when the header lacks a ``required``
    column, when a row has more cells than the header (or a different number, with
    ``exact_width``), or when there is no header at all. Short rows leave the missing
    columns out of the dict.
    """
    header: list[str] | None = None
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise error(f"{name}:{n}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header) or (exact_width and len(cells) != len(header)):
            raise error(f"{name}:{n}: {len(cells)} cells but {len(header)} columns")
        yield n, dict(zip(header, (c.strip() for c in cells), strict=False))
    if header is None:
        raise error(f"{name}: no header row")
