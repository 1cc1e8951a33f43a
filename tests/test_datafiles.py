"""The shared reader of the kit's TSV data files, and the word classes."""

from __future__ import annotations

import importlib
from importlib import resources

import pytest

from mediakit.datafiles import (
    WORD_CLASSES,
    WordClassError,
    read_data_file,
    tsv_rows,
    word_class,
    word_classes,
    word_list,
    word_map,
)


class DataError(ValueError):
    pass


def test_rows_skip_header_text_and_blank_lines_and_keep_line_numbers():
    raw = "# provenance\n# columns\n\nterm\tnote\n a \t b \n\nc\n"
    assert list(tsv_rows(raw, "x.tsv", ("term",))) == [(5, {"term": "a", "note": "b"}),
                                                         (7, {"term": "c"})]


@pytest.mark.parametrize(
    ("raw", "kwargs", "message"),
    [
        ("note\nx\n", {}, r"x\.tsv:1: header lacks column\(s\) term"),
        ("term\nx\ty\n", {}, r"x\.tsv:2: 2 cells but 1 columns"),
        ("term\tnote\nx\n", {"exact_width": True}, r"x\.tsv:2: 1 cells but 2 columns"),
        ("# only comments\n", {}, r"x\.tsv: no header row"),
    ],
)
def test_errors_name_the_file_and_line_with_the_callers_error_type(raw, kwargs, message):
    with pytest.raises(DataError, match=message):
        list(tsv_rows(raw, "x.tsv", ("term",), error=DataError, **kwargs))


def test_read_data_file_from_a_path_or_the_package(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("term\nx\n", encoding="utf-8")
    assert read_data_file(path, "mediakit.lexicons", DataError, "list") == ("term\nx\n",
                                                                          "mine.tsv")
    text, name = read_data_file("common_verbs.tsv", "mediakit.lexicons", DataError, "list")
    assert name == "common_verbs.tsv" and "base\tpast\tparticiple" in text
    with pytest.raises(DataError, match=r"no list named 'nope\.tsv'"):
        read_data_file("nope.tsv", "mediakit.lexicons", DataError, "list")


# -- word classes ---------------------------------------------------------------------------

SET_NAMES = sorted(name for name, table in word_classes().items() if "words" in table)
MAP_NAMES = sorted(name for name, table in word_classes().items() if "forms" in table)


def test_the_word_class_file_states_what_it_is_and_its_provenance():
    raw = resources.files("mediakit.lexicons").joinpath(WORD_CLASSES).read_text("utf-8")
    header = "\n".join(line for line in raw.splitlines() if line.startswith("#")).lower()
    assert raw.startswith("#") and "written by hand for mediakit, 2026, cc by 4.0" in header
    assert "word_class(name)" in header, "the header names the loader"


def test_a_word_class_is_a_frozenset_read_once():
    aux = word_class("auxiliaries")
    assert isinstance(aux, frozenset) and {"is", "didn't", "let's"} <= aux
    assert word_class("auxiliaries") is aux


def test_an_unknown_name_raises_an_error_naming_the_set():
    with pytest.raises(WordClassError, match=r"word_classes\.toml: no word class named 'nope'"):
        word_class("nope")
    with pytest.raises(LookupError):
        word_map("nope")


def test_a_set_and_a_map_are_not_read_as_each_other():
    with pytest.raises(WordClassError, match=r"\[irregular_verbs\].*word_map"):
        word_class("irregular_verbs")
    with pytest.raises(WordClassError, match=r"\[auxiliaries\].*word_class"):
        word_map("auxiliaries")


def test_word_list_keeps_the_file_order():
    assert word_list("slot_words")[:3] == ("him", "her", "them")
    assert frozenset(word_list("slot_words")) == word_class("slot_words")


def test_word_map_reads_one_entry_a_line():
    forms = word_map("irregular_verbs")
    assert forms["throw"] == ("threw", "thrown") and forms["say"] == ("said",)


@pytest.mark.parametrize("name", sorted(word_classes()))
def test_every_table_has_a_one_line_note_a_user_and_one_kind_of_content(name):
    table = word_classes()[name]
    assert set(table) in ({"note", "used_by", "words"}, {"note", "used_by", "forms"})
    assert table["note"].strip() and "\n" not in table["note"]
    assert table["used_by"].startswith("mediakit.")


@pytest.mark.parametrize("name", SET_NAMES)
def test_sets_are_lower_case_words_without_repeats(name):
    words = word_list(name)
    assert words, "no empty sets"
    assert all(w == w.lower() for w in words)
    assert len(words) == len(set(words)), "a word listed twice"


def test_no_two_sets_are_identical():
    seen: dict[frozenset[str], str] = {}
    for name in SET_NAMES:
        assert word_class(name) not in seen, f"{name} repeats {seen.get(word_class(name))}"
        seen[word_class(name)] = name


@pytest.mark.parametrize("name", SET_NAMES + MAP_NAMES)
def test_every_set_is_used_by_the_module_it_names(name):
    module = importlib.import_module(word_classes()[name]["used_by"])
    value = word_map(name) if name in MAP_NAMES else word_class(name)
    held = [v for v in vars(module).values() if isinstance(v, (frozenset, tuple, dict))]
    assert any(v == value or (isinstance(v, tuple) and frozenset(v) == value) for v in held), \
        f"{module.__name__} holds no constant read from [{name}]"
