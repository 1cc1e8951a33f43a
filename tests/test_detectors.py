"""The detector families as a whole (``mediakit/detectors/__init__.py``).

Every family module offers one detector per technique of its family, and the two
rule-based families (appeals, shortcuts) keep their data sound: each pattern's
examples come out of :func:`mediakit.analyze` end to end, and each lexicon states its
provenance and explains every entry. Behaviour of single detectors is tested in
``test_detectors_<family>.py``.
"""

from __future__ import annotations

import importlib
from importlib import resources

import pytest

import mediakit
from mediakit.detectors import FAMILY_MODULES
from mediakit.detectors.appeals_rules import family_patterns
from mediakit.matching import load_lexicon
from mediakit.techniques import TECHNIQUES

#: family -> (pattern file, lexicons, whether every lexicon entry needs a suggestion)
RULE_FAMILIES = {
    "appeals": ("appeals.toml", [
        "appeals_threats.tsv", "appeals_fear_frames.tsv", "appeals_nations.tsv",
        "appeals_ingroup.tsv", "appeals_authority.tsv", "appeals_reviled.tsv",
    ], False),
    "shortcuts": ("shortcuts.toml", ["shortcuts_cliches.tsv", "shortcuts_slogan_openers.tsv"],
                  True),
}


def _detectors(family: str) -> list:
    return [cls() for cls in importlib.import_module(f"mediakit.detectors.{family}").DETECTORS]


def _techniques(family: str) -> set[str]:
    return {t for t, tech in TECHNIQUES.items() if tech.family == family}


@pytest.mark.parametrize("family", FAMILY_MODULES)
def test_every_technique_of_a_family_has_one_detector_named_after_it(family):
    detectors = _detectors(family)
    names = [d.name for d in detectors]
    assert len(names) == len(set(names))
    assert set(names) == _techniques(family)
    # a detector that declares its technique declares its own name
    assert all(getattr(d, "technique", d.name) == d.name for d in detectors)


PATTERN_CASES = [(family, pattern) for family, (name, _, _) in RULE_FAMILIES.items()
                 for pattern in family_patterns(name)]


@pytest.mark.parametrize(("family", "pattern"), PATTERN_CASES,
                         ids=[p.id for _, p in PATTERN_CASES])
def test_pattern_examples_are_flagged_by_the_detector(family, pattern):
    """The examples also come out of analyze() (triggers and spans work end to end)."""
    detectors = _detectors(family)
    for sentence in pattern.examples:
        found = {f.technique for f in mediakit.analyze(sentence, detectors).findings}
        assert pattern.technique in found, f"{pattern.id}: {sentence}"


LEXICON_CASES = [(family, name, suggestion) for family, (_, names, suggestion)
                 in RULE_FAMILIES.items() for name in names]


@pytest.mark.parametrize(("family", "name", "needs_suggestion"), LEXICON_CASES,
                         ids=[name for _, name, _ in LEXICON_CASES])
def test_lexicons_have_a_header_and_explanations(family, name, needs_suggestion):
    raw = resources.files("mediakit.lexicons").joinpath(name).read_text("utf-8")
    header = [line for line in raw.splitlines() if line.startswith("#")]
    assert header and "CC BY 4.0" in " ".join(header)
    assert any("Columns" in line for line in header)
    entries = load_lexicon(name)
    assert entries
    for e in entries:
        assert e.technique in _techniques(family)
        assert len(e.explanation.split()) >= 5, e.source
        if needs_suggestion:
            assert e.suggestion, e.source
