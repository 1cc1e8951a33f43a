"""Reading a PTC-layout folder and scoring the kit against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.detectors import detector
from mediakit.evaluate.ptc import evaluate_ptc, load_ptc, part_of
from mediakit.evaluate.table import format_errors, format_table
from mediakit.findings import make_finding
from mediakit.io import InputError


def make_corpus(root: Path, articles: dict[str, tuple[str, list[tuple[str, int, int]]]]) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "labels").mkdir()
    for aid, (text, labels) in articles.items():
        (root / "articles" / f"article{aid}.txt").write_text(text, encoding="utf-8", newline="")
        rows = [f"{aid}\t{tech}\t{s}\t{e}" for tech, s, e in labels]
        (root / "labels" / f"article{aid}.labels").write_text("\n".join(rows) + "\n")
    return root


@detector("brutal")
def brutal(doc):
    start = doc.text.find("brutal")
    if start >= 0:
        yield make_finding(doc.text, start, start + 6, "loaded_language", "Emotive word.")


def test_scores_a_tiny_corpus(tmp_path):
    text = "A brutal crackdown.\r\nCalm words here."
    root = make_corpus(tmp_path / "ptc", {
        "1": (text, [("Loaded_Language", 2, 18), ("Slogans", 21, 25)]),
    })
    ev = evaluate_ptc(root, detectors=[brutal])
    ll = ev.per_class["Loaded_Language"]
    assert ll.precision == pytest.approx(1.0)
    assert ll.recall == pytest.approx(6 / 16)
    assert ev.per_class["Slogans"].gold == 1 and ev.per_class["Slogans"].predicted == 0
    assert ev.micro.gold == 2 and ev.micro.predicted == 1
    assert ev.span.gold == 2
    table = format_table(ev)
    assert "Loaded_Language (loaded_language)" in table and "micro-average" in table
    errors = format_errors(ev, "Slogans")
    assert "1 gold spans with no overlapping finding" in errors


def test_offsets_are_read_with_newline_kept(tmp_path):
    text = "Line one.\r\nThe brutal part."
    start = text.index("brutal")
    root = make_corpus(tmp_path / "ptc", {"7": (text, [("Loaded_Language", start, start + 6)])})
    ev = evaluate_ptc(root, detectors=[brutal])
    assert ev.per_class["Loaded_Language"].f1 == pytest.approx(1.0)


def test_parts_split_the_folder(tmp_path):
    ids = [str(100000 + i) for i in range(40)]
    root = make_corpus(tmp_path / "ptc", {i: ("Text.", []) for i in ids})
    tune = {a.id for a in load_ptc(root, "tune")}
    check = {a.id for a in load_ptc(root, "check")}
    assert tune and check and not tune & check
    assert tune | check == set(ids)
    assert all(part_of(i) == "check" for i in check)


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ("1\tLoaded_Language\t0\n", "expected 'id<TAB>technique"),
        ("1\tNot_A_Class\t0\t3\n", "unknown technique"),
        ("1\tLoaded_Language\t0\t999\n", "outside the article"),
    ],
)
def test_bad_label_files_give_one_clear_error(tmp_path, labels, message):
    root = make_corpus(tmp_path / "ptc", {"1": ("Short text.", [])})
    (root / "labels" / "article1.labels").write_text(labels)
    with pytest.raises(InputError, match=message):
        load_ptc(root)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="articles"):
        load_ptc(tmp_path)
