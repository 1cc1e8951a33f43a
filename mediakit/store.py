"""Learners' work files: schema-versioned JSON, written atomically, never lost.

A work file holds one activity's work on one text::

    {"schema": "mediakit.work", "version": 1, "activity": "spot", "text_id": "warmup_town_pool",
     "revision": 3, "saved_at": "2026-05-04T10:12:00+00:00", "data": {...}}

:class:`WorkFile` loads and saves it. The rules that keep work safe:

- every write goes to a temporary file that is renamed over the target
  (:func:`mediakit.io.atomic_write_text`), so a crash never leaves half a file;
- a save refuses to overwrite a file that changed on disk since this object last
  loaded or saved it (another tab, another notebook, a newer revision): the learner
  is told, and :meth:`WorkFile.save_copy` saves under a new name instead;
- a damaged, foreign or newer-format file is never overwritten either; loading it
  gives a clear message and the caller keeps the work it has in memory.

No ipywidgets here: the widgets call these functions and show the messages.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mediakit.io import atomic_write_text

SCHEMA = "mediakit.work"
VERSION = 1
WORK_FOLDER = "mediakit-work"
ENVELOPE_KEYS = ("schema", "version", "activity", "text_id", "revision", "saved_at", "data")

_KEEP = (
    "Your work in this notebook is kept in memory, but it is not being saved to that file. "
    "Click “Save a copy” to save it under a new name."
)


class WorkFileError(Exception):
    """A work file cannot be used; ``kind`` says why and the message says what to do.

    ``kind`` is one of ``"corrupt"``, ``"foreign"``, ``"newer_version"``,
    ``"other_work"`` (a work file for another activity or text), ``"unreadable"``.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What :meth:`WorkFile.load` found: the saved ``data`` (or None) and a message."""

    ok: bool
    data: dict[str, Any] | None
    message: str
    kind: str = ""  # "" (fine), "missing", or a WorkFileError kind


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :meth:`WorkFile.save` did; ``conflict`` means "offer Save a copy"."""

    ok: bool
    path: Path
    revision: int
    message: str
    conflict: bool = False


def slug(value: str) -> str:
    """A safe file-name part: letters, digits, ``-`` and ``_`` only.

    >>> slug("Trump–Putin call (draft)")
    'Trump-Putin-call-draft'
    """
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-")
    return cleaned[:80] or "text"


def default_path(activity: str, text_id: str, folder: str | os.PathLike[str] | None = None) -> Path:
    """``mediakit-work/<activity>-<text_id>.json`` in ``folder`` (default: the current folder,
    which in Jupyter is the notebook's folder)."""
    base = Path(folder) if folder is not None else Path.cwd()
    return base / WORK_FOLDER / f"{slug(activity)}-{slug(text_id)}.json"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _when(saved_at: object) -> str:
    """``saved_at`` as local date and time for a message, e.g. ``2026-05-04 12:12``."""
    try:
        return datetime.fromisoformat(str(saved_at)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "at an unknown time"


def make_envelope(activity: str, text_id: str, revision: int, data: dict[str, Any]) -> dict:
    """The JSON object written to disk around ``data``."""
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "activity": activity,
        "text_id": text_id,
        "revision": revision,
        "saved_at": _now(),
        "data": data,
    }


def dumps(envelope: dict[str, Any]) -> str:
    """Readable JSON; falls back to ASCII escapes for text UTF-8 cannot encode (lone
    surrogates a browser can send), so any str a learner typed round-trips."""
    text = json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(envelope, ensure_ascii=True, indent=2) + "\n"
    return text


def parse_work(
    raw: bytes, name: str, activity: str | None = None, text_id: str | None = None
) -> dict[str, Any]:
    """Check and return the envelope in ``raw``; raises :class:`WorkFileError` with a
    message naming the file (``name``) and the problem."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
        obj = json.loads(text)
    except UnicodeDecodeError:
        raise WorkFileError("corrupt", f"{name} is damaged: it is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise WorkFileError(
            "corrupt",
            f"{name} is damaged: it is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno}).",
        ) from None
    if not isinstance(obj, dict) or obj.get("schema") != SCHEMA:
        found = obj.get("schema") if isinstance(obj, dict) else type(obj).__name__
        raise WorkFileError(
            "foreign",
            f"{name} is not a mediakit work file (expected schema {SCHEMA!r}, found {found!r}).",
        )
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkFileError("corrupt", f"{name} is damaged: its format version {version!r} "
                            "is not a positive whole number.")
    if version > VERSION:
        raise WorkFileError(
            "newer_version",
            f"{name} was saved by a newer mediakit (work-file format {version}; this mediakit "
            f"reads format {VERSION}). Update mediakit to open it.",
        )
    revision = obj.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 0:
        raise WorkFileError("corrupt", f"{name} is damaged: revision {revision!r} is not a "
                            "whole number.")
    if not isinstance(obj.get("data"), dict):
        raise WorkFileError("corrupt", f"{name} is damaged: it has no 'data' object.")
    for field, wanted in (("activity", activity), ("text_id", text_id)):
        if wanted is not None and obj.get(field) != wanted:
            raise WorkFileError(
                "other_work",
                f"{name} holds work for {field.replace('_', ' ')} {obj.get(field)!r}, "
                f"not {wanted!r}.",
            )
    return obj


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class WorkFile:
    """One activity's work file, with the revision and content this object last saw.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> work = WorkFile(folder / "spot-demo.json", "spot", "demo")
    >>> work.load().kind
    'missing'
    >>> work.save({"labels": ["none"]}).revision
    1
    >>> other = WorkFile(folder / "spot-demo.json", "spot", "demo")
    >>> other.load().data
    {'labels': ['none']}
    >>> import shutil; shutil.rmtree(folder)
    """

    def __init__(self, path: str | os.PathLike[str], activity: str, text_id: str) -> None:
        self.path = Path(path)
        self.activity = activity
        self.text_id = text_id
        self.revision = 0  # revision of the version last loaded or saved here
        self._seen: str | None = None  # digest of the file as last loaded/saved; None: absent

    @property
    def display_name(self) -> str:
        """The path as a learner would recognise it: relative to the current folder if inside."""
        try:
            return str(self.path.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(self.path)

    def _read(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def load(self) -> LoadResult:
        """Read the file. Never raises for a bad file: ``ok`` is False and ``message`` says
        what is wrong, and the caller keeps the work it has."""
        name = self.display_name
        try:
            raw = self._read()
        except OSError as exc:
            self._seen = "<unreadable>"
            return LoadResult(False, None, f"Could not read {name} ({exc.strerror or exc}). "
                              + _KEEP, "unreadable")
        if raw is None:
            self._seen, self.revision = None, 0
            return LoadResult(True, None, f"No saved work yet: your work will be saved to {name}.",
                              "missing")
        try:
            envelope = parse_work(raw, name, self.activity, self.text_id)
        except WorkFileError as exc:
            self._seen = "<unusable>"  # never matches a digest: saving there stays refused
            return LoadResult(False, None, f"Could not load your saved work: {exc} {_KEEP}",
                              exc.kind)
        self._seen = _digest(raw)
        self.revision = envelope["revision"]
        return LoadResult(True, envelope["data"],
                          f"Loaded your saved work from {name} (saved "
                          f"{_when(envelope.get('saved_at'))}).")

    def _check_disk(self) -> SaveResult | None:
        """None if saving may go ahead, else the refusal."""
        name = self.display_name
        try:
            raw = self._read()
        except OSError as exc:
            return SaveResult(False, self.path, self.revision,
                              f"Not saved: could not read {name} ({exc.strerror or exc}). "
                              "Your work is kept in memory.", True)
        if raw is None or _digest(raw) == self._seen:
            return None  # absent (nothing to lose) or exactly what we last saw
        try:
            envelope = parse_work(raw, name, self.activity, self.text_id)
        except WorkFileError as exc:
            return SaveResult(False, self.path, self.revision,
                              f"Not saved, so as not to overwrite it: {exc} {_KEEP}", True)
        disk = envelope["revision"]
        if disk > self.revision:
            why = (f"it holds newer work (revision {disk}; yours is based on revision "
                   f"{self.revision}), perhaps saved from another tab or notebook")
        else:
            why = "it was changed on disk since this notebook opened it"
        return SaveResult(False, self.path, self.revision,
                          f"Not saved: {name} was not overwritten because {why}. {_KEEP}", True)

    def save(self, data: dict[str, Any]) -> SaveResult:
        """Write ``data`` as the next revision, unless that would overwrite someone's work."""
        refusal = self._check_disk()
        if refusal is not None:
            return refusal
        return self._write(self.path, self.revision + 1, data)

    def _write(self, path: Path, revision: int, data: dict[str, Any]) -> SaveResult:
        text = dumps(make_envelope(self.activity, self.text_id, revision, data))
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            shown = self.display_name if path == self.path else str(path)
            return SaveResult(False, path, self.revision,
                              f"Not saved: could not write {shown} ({exc.strerror or exc}). "
                              "Your work is kept in memory.")
        self.path = path
        self.revision = revision
        self._seen = _digest(text.encode("utf-8"))
        when = datetime.now().strftime("%H:%M:%S")
        return SaveResult(True, path, revision,
                          f"Saved to {self.display_name} at {when} (revision {revision}).")

    def copy_path(self) -> Path:
        """The first free ``<name>-copy-N.json`` next to the work file."""
        n = 1
        while True:
            candidate = self.path.with_name(f"{self.path.stem}-copy-{n}{self.path.suffix}")
            if not candidate.exists():
                return candidate
            n += 1

    def save_copy(self, data: dict[str, Any]) -> SaveResult:
        """Save ``data`` to a new file beside the old one and keep saving there from now on."""
        target = self.copy_path()
        result = self._write(target, self.revision + 1, data)
        if result.ok:
            return SaveResult(True, target, result.revision,
                              f"Saved a copy as {self.display_name}; from now on your work is "
                              "saved there. The other file was left as it was.")
        return result


__all__ = [
    "SCHEMA",
    "VERSION",
    "WORK_FOLDER",
    "LoadResult",
    "SaveResult",
    "WorkFile",
    "WorkFileError",
    "default_path",
    "dumps",
    "make_envelope",
    "parse_work",
    "slug",
]
