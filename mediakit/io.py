"""Reading learners' files with clear errors, and writing files atomically.

A write goes to a temporary file in the same folder, is flushed to disk and then
renamed over the target, so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


class InputError(Exception):
    """A file or stream could not be read as text; the message is one clear line."""


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is dropped) or raise :class:`InputError` naming the byte.

    >>> decode_utf8(b"caf\\xc3\\xa9", "x.txt")
    'café'
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text: byte 0x{data[exc.start]:02x} at position {exc.start} "
            "cannot be decoded (save the file as UTF-8 and try again)"
        ) from None
    return text.removeprefix("\ufeff")


def read_text(source: str | os.PathLike[str]) -> str:
    """Read a UTF-8 file, or standard input for ``"-"``, keeping line ends exactly."""
    if str(source) == "-":
        return decode_utf8(sys.stdin.buffer.read(), "standard input")
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a text file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_utf8(data, str(path))


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the path."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual umask-based mode."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(target)
    # mkstemp makes the file 0600; without the chmod every saved file would be private.
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        else:  # Windows before Python 3.13 has no fchmod
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target
