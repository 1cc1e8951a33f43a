"""The command line: formats, stdin, --out, and one-line errors with exit status 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from mediakit import texts
from mediakit.cli import main


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(texts.case_study().text, encoding="utf-8")
    return path


def test_text_format_lists_sentences(article, capsys):
    assert main(["analyze", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mediakit analysis of article.txt:")
    assert "## Europe’s 30-day ceasefire imperative" in out
    assert "[1] " in out and "Summary" in out


def test_json_format_to_file(article, tmp_path, capsys):
    out_file = tmp_path / "out" / "report.json"
    assert main(["analyze", str(article), "--format", "json", "--out", str(out_file)]) == 0
    data = json.loads(out_file.read_text("utf-8"))
    assert data["text"] == texts.case_study().text
    assert {"findings", "sentences", "summary"} <= set(data)
    assert "wrote" in capsys.readouterr().err


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hi there. Bye.")))
    assert main(["analyze", "-", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["text"] for s in data["sentences"]] == ["Hi there.", "Bye."]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: str(p / "missing.txt"), "no such file"),
        (lambda p: str(p), "is a directory"),
        (lambda p: (p.joinpath("bin.txt").write_bytes(b"ok\x00\xff\xfe"), str(p / "bin.txt"))[1],
         "byte 0xff at position 3"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, setup, message):
    assert main(["analyze", setup(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_out_to_a_directory_is_refused(article, tmp_path, capsys):
    assert main(["analyze", str(article), "--out", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_installed_command_runs_as_a_process(article):
    proc = subprocess.run([sys.executable, "-m", "mediakit", "analyze", str(article),
                           "--format", "json"], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout)["summary"]["words"] > 900
    bad = subprocess.run([sys.executable, "-m", "mediakit", "analyze", "/nonexistent/x.txt"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("mediakit: error:")


def test_evaluate_ptc_on_a_tiny_folder(tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text("A calm text.")
    (tmp_path / "labels" / "article1.labels").write_text("1\tLoaded_Language\t2\t6\n")
    assert main(["evaluate", "ptc", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "micro-average" in out and "1 articles analysed" in out
    assert main(["evaluate", "ptc", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_class"]["Loaded_Language"]["gold"] == 1


def test_evaluate_missing_folder(tmp_path, capsys):
    assert main(["evaluate", "ptc", str(tmp_path / "nope")]) == 2
    assert "articles" in capsys.readouterr().err
