"""The detector families as a whole (``mediakit/detectors/__init__.py``).

Every family module offers one detector per technique of its family. The two
rule-based families (appeals, shortcuts) keep their data sound (each pattern's examples
come out of :func:`mediakit.analyze` end to end; each lexicon states its provenance and
explains every entry), flag mirrored sentences alike for either side, and stay quiet
on neutral text. Behaviour of single detectors is tested in
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
from mediakit.texts import NEUTRAL_REPORT, get

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


# -- side-neutral: the same move for and against each side ----------------------------------

#: family -> (technique, one side's sentence, the mirrored sentence)
MIRRORS = {
    "appeals": [
        ("appeal_to_fear",
         "If the West wins this round, our children will inherit a world at war.",
         "If Russia wins this round, our children will inherit a world at war."),
        ("appeal_to_fear",
         "Unless the left is stopped, the country will collapse into chaos.",
         "Unless the right is stopped, the country will collapse into chaos."),
        ("flag_waving",
         "The Russian people will never bow down to foreign bullies.",
         "The American people will never bow down to foreign bullies."),
        ("flag_waving",
         "Every true Ukrainian knows what is at stake.",
         "Every true Russian knows what is at stake."),
        ("bandwagon",
         "The whole world knows Moscow started this.",
         "The whole world knows Washington started this."),
        ("bandwagon",
         "Everyone in Eastfield agrees the new bridge is a disaster.",
         "Everyone in Westfield agrees the new bridge is a disaster."),
        ("reductio_ad_hitlerum",
         "The progressive mayor governs like Stalin.",
         "The conservative mayor governs like Stalin."),
        ("reductio_ad_hitlerum",
         "Talking to the Kremlin now would be another Munich.",
         "Talking to NATO now would be another Munich."),
        ("appeal_to_authority",
         "Former Ukrainian Defence Minister Olena Marsh has warned that the front will hold.",
         "Former Russian Defence Minister Oleg Marsh has warned that the front will hold."),
        ("appeal_to_pity",
         "Think of the children of Donetsk, who sleep in cellars every night.",
         "Think of the children of Kharkiv, who sleep in cellars every night."),
        ("flag_waving",
         "City’s real fans know this coach must stay.",
         "United’s real fans know this coach must stay."),
    ],
    "shortcuts": [
        ("black_and_white",
         "Either Ukraine joins the West, or it becomes a Russian province.",
         "Either Ukraine joins Russia, or it becomes a Western colony."),
        ("black_and_white",
         "There is no alternative to the left’s plan.",
         "There is no alternative to the right’s plan."),
        ("whataboutism",
         "What about the Kremlin’s own elections?",
         "What about Washington’s own elections?"),
        ("whataboutism",
         "The same politicians who praised Moscow now attack it.",
         "The same politicians who praised Kyiv now attack it."),
        ("slogan",
         "Marchers chanted “Hands off Ukraine” all afternoon.",
         "Marchers chanted “Hands off Russia” all afternoon."),
        ("slogan",
         "The fans sang “Defend our city” until midnight.",
         "The fans sang “Defend our valley” until midnight."),
        ("thought_terminating_cliche",
         "Our side won the vote, and that's just the way it is.",
         "Their side won the vote, and that's just the way it is."),
    ],
}
MIRROR_CASES = [(family, *case) for family, cases in MIRRORS.items() for case in cases]


@pytest.mark.parametrize(("family", "technique", "side_a", "side_b"), MIRROR_CASES)
def test_mirrored_sentences_are_flagged_alike(family, technique, side_a, side_b):
    # Rule names may end with the word that fired (": Russian"); the rule itself must agree.
    detectors = _detectors(family)

    def shape(text: str) -> list[tuple[str, str, int]]:
        return [(f.technique, f.rule.split(":")[0], f.strength)
                for f in mediakit.analyze(text, detectors).findings]

    a, b = shape(side_a), shape(side_b)
    assert technique in {t for t, _, _ in a}
    assert a == b


# -- neutral text stays quiet -----------------------------------------------------------------

#: family -> short neutral passages that must get no finding of the family
NEUTRAL = {
    "appeals": [
        "The council met on Tuesday and approved the budget by five votes to two.",
        "Heavy rain is expected in the north on Friday, the weather service said.",
        "The visitors scored twice in the second half to win the match 2-1.",
        "Exports of wheat from Ukraine rose in March, according to customs data.",
        "Russia and the United States agreed to hold another round of talks in Geneva.",
        "The hospital will open a new children's ward next spring.",
        "Historians say the war ended in 1945 after the surrender of Germany.",
    ],
    "shortcuts": [
        "The council met on Tuesday and approved the budget by five votes to two.",
        "Either candidate may ask for a recount within seven days.",
        "Heavy rain is expected in the north on Friday, the weather service said.",
        "The visitors scored twice in the second half to win the match 2-1.",
        "Talks between Moscow and Kyiv will resume in Istanbul next week, officials said.",
        "The museum is open from ten until six, except on Mondays.",
    ],
}
NEUTRAL_CASES = [(family, text) for family, texts in NEUTRAL.items() for text in texts]


@pytest.mark.parametrize(("family", "text"), NEUTRAL_CASES)
def test_short_neutral_passages_get_no_findings(family, text):
    assert list(mediakit.analyze(text, _detectors(family)).findings) == []


@pytest.mark.parametrize("family", RULE_FAMILIES)
def test_the_neutral_report_gets_few_findings(family):
    report = get(NEUTRAL_REPORT)
    findings = mediakit.analyze(report.text, _detectors(family)).findings
    assert len(findings) <= max(1, len(report.text.split()) // 500)
