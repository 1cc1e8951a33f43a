"""``mediakit start [DIR]``: copy the lessons (and the student exercises) into a working folder,
then open JupyterLab there.

A learner's files are never overwritten: a lesson that is already in the folder (perhaps
with their answers in it) is skipped and listed as skipped. Each copy is written to a
temporary file and then linked into place only if the name is still free, so even two
``start`` commands at once cannot clobber a file.

The lessons come from the package (``mediakit/lessons/notebooks/``, built from
``notebooks/src/`` by ``notebooks/build.py``), so this works for pip installs. The
exercises are copied from ``exercises/release/`` (the student versions nbgrader makes)
when the kit runs from a source checkout; the nbgrader *source* notebooks hold the
solutions and are never copied.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DEFAULT_DIR = "mediakit-lessons"
FIRST_LESSON = "00-start-here.ipynb"
EXERCISES_DIR = "exercises"


@dataclass
class StartResult:
    """What :func:`copy_course` did: files copied, files skipped (with why), notes."""

    folder: Path
    copied: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Working folder: {self.folder}"]
        if self.copied:
            out.append(f"Copied {len(self.copied)} file(s):")
            out += [f"  + {self._rel(p)}" for p in self.copied]
        if self.skipped:
            out.append(f"Skipped {len(self.skipped)} file(s) (never overwritten):")
            out += [f"  = {self._rel(p)}: {why}" for p, why in self.skipped]
        if not self.copied and not self.skipped:
            out.append("Nothing to copy.")
        out += [f"Note: {n}" for n in self.notes]
        return out

    def _rel(self, p: Path) -> str:
        try:
            return str(p.relative_to(self.folder))
        except ValueError:
            return str(p)


def lesson_sources() -> list[tuple[str, bytes]]:
    """``(file name, content)`` of every lesson notebook shipped in the package, in order."""
    folder = resources.files("mediakit.lessons").joinpath("notebooks")
    found = [(p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".ipynb")]
    return sorted(found)


def _checkout_root() -> Path | None:
    """The repository folder when mediakit runs from a source checkout, else None."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() and (root / "mediakit").is_dir() else None


def exercise_sources(root: Path | None = None) -> tuple[list[tuple[str, Path]], list[str]]:
    """``(name in the working folder, file)`` for each student exercise, and notes on what
    is missing. Only nbgrader's released (student) versions are used."""
    root = _checkout_root() if root is None else root
    if root is None or not (root / EXERCISES_DIR).is_dir():
        return [], ["the exercises are not part of this installation (they ship with the "
                    "repository, in exercises/release/); ask your instructor for them"]
    release = root / EXERCISES_DIR / "release"
    sources = sorted((root / EXERCISES_DIR / "source").glob("*/*.ipynb"))
    found, notes = [], []
    for src in sources:
        student = release / src.parent.name / src.name
        if student.is_file():
            found.append((src.name, student))
        else:
            notes.append(f"exercise {src.parent.name} has no student version yet (its nbgrader "
                         "source holds the solutions, so it was not copied)")
    names = {n for n, _ in found}
    found += [(p.name, p) for p in sorted(release.glob("*/*.ipynb")) if p.name not in names]
    return found, notes


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def copy_new(data: bytes, target: Path) -> bool:
    """Write ``data`` to ``target`` unless ``target`` exists; True if written.

    The data goes to a temporary file in the same folder, which is then hard-linked to the
    target name: linking fails if the name is taken, so nothing is ever overwritten, and a
    crash leaves no half-written notebook. Where hard links are not possible (some network
    or FAT drives), the finished temporary file is renamed into place if the name is still
    free: still never half-written, with a tiny window in which a file created at that
    very moment could be replaced.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() or target.is_symlink():
        return False
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a copy gets normal permissions
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # no hard links here
            if target.exists() or target.is_symlink():
                return False
            os.replace(tmp, target)
        return True
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def copy_course(folder: str | os.PathLike[str] = DEFAULT_DIR, *,
                exercises: Iterable[tuple[str, Path]] | None = None) -> StartResult:
    """Copy the lessons into ``folder`` and the student exercises into ``folder/exercises``,
    skipping every file that already exists."""
    dest = Path(folder).expanduser().resolve()
    if dest.exists() and not dest.is_dir():
        raise NotADirectoryError(f"{dest} exists and is not a folder")
    result = StartResult(dest)
    if exercises is None:
        exercises, notes = exercise_sources()
        result.notes += notes
    items: list[tuple[Path, bytes | Path]] = [(dest / n, data) for n, data in lesson_sources()]
    items += [(dest / EXERCISES_DIR / n, p) for n, p in exercises]
    for target, source in items:
        data = source.read_bytes() if isinstance(source, Path) else source
        if copy_new(data, target):
            result.copied.append(target)
        else:
            result.skipped.append((target, "already there, kept as it is"))
    return result


def is_root() -> bool:
    return hasattr(os, "getuid") and os.getuid() == 0


def lab_command(folder: Path, *, root: bool | None = None) -> list[str]:
    """The command that opens JupyterLab in ``folder`` on the first lesson."""
    cmd = [sys.executable, "-m", "jupyter", "lab"]
    if (is_root() if root is None else root):
        cmd.append("--allow-root")  # JupyterLab refuses to run as root without it
    if (folder / FIRST_LESSON).exists():
        cmd.append(FIRST_LESSON)
    return cmd


def open_lab(folder: Path, run: Callable[..., int] | None = None) -> int:
    """Start JupyterLab in ``folder`` and wait for it; returns its exit status."""
    import subprocess

    run = run or subprocess.call
    try:
        return run(lab_command(folder), cwd=folder)
    except FileNotFoundError:
        print("mediakit: error: could not start JupyterLab (is it installed? "
              "pip install jupyterlab)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


__all__ = [
    "DEFAULT_DIR",
    "FIRST_LESSON",
    "StartResult",
    "copy_course",
    "copy_new",
    "exercise_sources",
    "lab_command",
    "lesson_sources",
    "open_lab",
]
