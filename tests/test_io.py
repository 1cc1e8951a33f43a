"""Reading text files with clear errors; atomic writes."""

from __future__ import annotations

import os

import pytest

from mediakit.io import InputError, atomic_write_text, decode_utf8, read_text


def test_read_keeps_line_ends_and_drops_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffOne\r\nTwo\n".encode())
    assert read_text(path) == "One\r\nTwo\n"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.mkdir(), p)[1], "is a directory"),
        (lambda p: (p.write_bytes(b"ok \xff\xfe"), p)[1], "byte 0xff at position 3"),
    ],
)
def test_read_errors_are_one_line(tmp_path, make, message):
    path = make(tmp_path / "input.txt")
    with pytest.raises(InputError, match=message) as info:
        read_text(path)
    assert "\n" not in str(info.value)


def test_decode_names_the_source():
    with pytest.raises(InputError, match=r"upload\.txt is not UTF-8"):
        decode_utf8(b"\xc3", "upload.txt")


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    atomic_write_text(target, "first")
    atomic_write_text(target, "second ✓")
    assert target.read_text("utf-8") == "second ✓"
    assert os.listdir(target.parent) == ["out.txt"]


def test_atomic_write_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    atomic_write_text(target, "precious work")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "half")
    assert target.read_text() == "precious work"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_write_keeps_permissions_readable(tmp_path):
    new = atomic_write_text(tmp_path / "new.txt", "x")
    umask = os.umask(0)
    os.umask(umask)
    assert new.stat().st_mode & 0o777 == 0o666 & ~umask
    os.chmod(new, 0o640)
    atomic_write_text(new, "y")
    assert new.stat().st_mode & 0o777 == 0o640


def test_atomic_write_works_without_fchmod(tmp_path, monkeypatch):
    # Windows before Python 3.13 has no os.fchmod: a save must not fail there.
    monkeypatch.delattr(os, "fchmod")
    target = atomic_write_text(tmp_path / "work.json", "{}")
    assert target.read_text("utf-8") == "{}"
    assert os.listdir(tmp_path) == ["work.json"]
