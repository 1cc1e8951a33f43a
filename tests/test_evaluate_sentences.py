"""Scoring sentence kind and support against a hand-labelled TSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit.cli import main
from mediakit.evaluate.sentences import (
    evaluate_rows,
    evaluate_sentences,
    format_errors,
    format_report,
    load_rows,
    parse_rows,
    part_of,
    predict,
)
from mediakit.io import InputError
from mediakit.labels import KINDS, SUPPORTS

HEADER = "# a comment line\nid\tgenre\tside\tkind\tsupport\tsentence\n"


def write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "mini.tsv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_scores_a_tiny_set(tmp_path: Path) -> None:
    path = write(tmp_path, [
        "a1\tnews\tneutral\tattributed\tnamed_source\tThe mayor said the pier is closed.",
        "a2\top-ed\tn/a\topinion\tnone\tI think the pier should reopen.",
        "a3\tblog\tn/a\tclaim\tnone\tExperts say the pier is unsafe.",  # wrong on purpose
    ])
    ev = evaluate_sentences(path)
    assert ev.n == 3
    assert ev.kind_accuracy == pytest.approx(1.0)
    assert ev.support_accuracy == pytest.approx(2 / 3)
    assert ev.confusion("support")["none"]["vague_source"] == 1
    assert set(ev.confusion("kind")) == set(KINDS)
    report = format_report(ev)
    assert "kind accuracy     1.000" in report and "support accuracy  0.667" in report
    errors = format_errors(ev, "support")
    assert "a3 gold none got vague_source" in errors and "cues:" in errors


@pytest.mark.parametrize(("row", "message"), [
    ("b1\tnews\tn/a\tstatement\tnone\tText.", "unknown kind"),
    ("b1\tnews\tn/a\tclaim\tsome\tText.", "unknown support"),
    ("b1\tnews\tn/a\tclaim\tnone", "5 cells but 6 columns"),
])
def test_bad_rows_name_the_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(InputError, match=f"mini.tsv:3: {message}"):
        load_rows(write(tmp_path, [row]))


def test_duplicate_ids_and_empty_files_are_refused() -> None:
    with pytest.raises(InputError, match="duplicate id"):
        parse_rows(HEADER + "x\tnews\tn/a\tclaim\tnone\tA.\nx\tnews\tn/a\tclaim\tnone\tB.\n",
                   "d.tsv")
    with pytest.raises(InputError, match="no labelled rows"):
        parse_rows(HEADER, "e.tsv")
    with pytest.raises(InputError, match="header lacks"):
        parse_rows("id\tkind\n", "h.tsv")


def test_parts_split_by_a_stable_hash() -> None:
    ids = [f"s{i:03d}" for i in range(1, 400)]
    parts = [part_of(i) for i in ids]
    assert parts == [part_of(i) for i in ids]
    assert 0.3 < parts.count("test") / len(parts) < 0.5
    rows = load_rows()
    dev, test = load_rows(part="dev"), load_rows(part="test")
    assert len(dev) + len(test) == len(rows)
    assert not {r.id for r in dev} & {r.id for r in test}


def test_shipped_set_is_valid_and_the_classifier_meets_the_bar() -> None:
    rows = load_rows()
    assert len(rows) >= 150
    assert {r.kind for r in rows} == set(KINDS)
    assert {r.support for r in rows} <= set(SUPPORTS)
    ev = evaluate_rows(rows)
    assert ev.kind_accuracy >= 0.85
    assert ev.support_accuracy >= 0.75


def test_a_row_that_splits_into_two_sentences_is_judged_by_the_longest() -> None:
    kind, support, cues = predict("Yes. The mayor said the pier would reopen in June.")
    assert (kind, support) == ("attributed", "named_source") and cues


def test_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["evaluate", "sentences", "--part", "dev"]) == 0
    out = capsys.readouterr().out
    assert "kind accuracy" in out and "support confusion" in out
    path = write(tmp_path, ["c1\tnews\tn/a\tquestion\tnone\tIs the pier open?"])
    assert main(["evaluate", "sentences", str(path), "--json", "--errors", "kind"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out[: out.index("\n0 kind errors")])
    assert data["kind_accuracy"] == 1.0 and data["sentences"] == 1
    assert main(["evaluate", "sentences", str(tmp_path / "missing.tsv")]) == 2
    assert "no such file" in capsys.readouterr().err
