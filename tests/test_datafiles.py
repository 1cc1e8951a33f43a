"""The shared reader of the kit's TSV data files."""

from __future__ import annotations

import pytest

from mediakit.datafiles import read_data_file, tsv_rows


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
    text, name = read_data_file("claims_verbs.tsv", "mediakit.lexicons", DataError, "list")
    assert name == "claims_verbs.tsv" and "base\tpast\tparticiple" in text
    with pytest.raises(DataError, match=r"no list named 'nope\.tsv'"):
        read_data_file("nope.tsv", "mediakit.lexicons", DataError, "list")
