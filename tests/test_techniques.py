"""The technique registry: every id of DESIGN.md §2, validated data."""

from __future__ import annotations

import pytest

from mediakit.techniques import (
    FAMILIES,
    TECHNIQUES,
    RegistryError,
    family_of,
    load_registry,
    ptc_classes,
    techniques_in,
)

DESIGN_IDS = {
    "loaded_language": ["loaded_language", "name_calling", "exaggeration", "repetition"],
    "claims": ["unsupported_claim", "vague_source", "doubt", "causal_oversimplification"],
    "appeals": ["appeal_to_fear", "appeal_to_authority", "flag_waving", "bandwagon",
                "reductio_ad_hitlerum", "appeal_to_pity"],
    "shortcuts": ["black_and_white", "thought_terminating_cliche", "whataboutism", "slogan"],
}


def test_every_design_id_is_registered_in_its_family():
    for family, ids in DESIGN_IDS.items():
        assert techniques_in(family) == ids
    assert len(TECHNIQUES) == 18


def test_entries_are_complete_for_learners():
    for t in TECHNIQUES.values():
        assert t.name and t.label and t.definition.endswith(".") and t.example
        assert t.colour.startswith("#")
    for f in FAMILIES.values():
        assert f.underline in {"solid", "dashed", "dotted", "double"}
    # Colour is never the only cue: each family has its own underline style.
    assert len({f.underline for f in FAMILIES.values()}) == len(FAMILIES)


def test_ptc_mapping_covers_the_14_corpus_classes():
    assert len(ptc_classes()) == 14
    assert TECHNIQUES["bandwagon"].ptc == TECHNIQUES["reductio_ad_hitlerum"].ptc
    assert TECHNIQUES["unsupported_claim"].ptc == ()


def test_family_of_names_unknown_ids():
    assert family_of("slogan") == "shortcuts"
    with pytest.raises(KeyError, match="nonsense"):
        family_of("nonsense")


GOOD_FAMILY = """
[[family]]
id = "f"
name = "F"
description = "d"
colour = "#FFCCCC"
underline = "solid"
chart_colour = "#CC6677"
hatch = "//"
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[[technique]]\nid = "t"\nfamily = "nope"\nname = "T"\nlabel = "t"\ndefinition = "d"\n'
         'example = "e"\ncolour = "#000000"\nptc = []\n', "unknown family 'nope'"),
        ('[[technique]]\nid = "t"\nfamily = "f"\nname = "T"\n', "missing field"),
        ('[[technique]]\nid = "t"\nfamily = "f"\nname = "T"\nlabel = "t"\ndefinition = "d"\n'
         'example = "e"\ncolour = "red"\nptc = []\n', "not #RRGGBB"),
        ("", "defines no techniques"),
    ],
)
def test_bad_registry_data_names_the_entry(extra, message):
    with pytest.raises(RegistryError, match=message):
        load_registry(GOOD_FAMILY + extra)
