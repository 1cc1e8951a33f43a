"""The shortcuts family: moves that end thinking early.

False choices (black_and_white), stock phrases that close a discussion
(thought_terminating_cliche), deflection and straw men (whataboutism) and
slogans. One detector per technique (DESIGN.md §2), each running its rules from
``mediakit/patterns/shortcuts.toml`` plus, for clichés and slogans, term lists
from ``mediakit/lexicons/shortcuts_*.tsv``.
"""

from __future__ import annotations

from mediakit.detectors.appeals_rules import RuleDetector
from mediakit.detectors.shortcuts_cliches import ClicheRule
from mediakit.detectors.shortcuts_slogans import SloganRule

PATTERNS = "shortcuts.toml"


class BlackAndWhite(RuleDetector):
    """Only two options shown: "either ... or", "there is no alternative"."""

    name = "black_and_white"
    technique = "black_and_white"
    pattern_file = PATTERNS


class ThoughtTerminatingCliche(RuleDetector):
    """Stock phrases that close a discussion: "it is what it is", "rules are rules"."""

    name = "thought_terminating_cliche"
    technique = "thought_terminating_cliche"
    pattern_file = PATTERNS
    rule_class = ClicheRule


class Whataboutism(RuleDetector):
    """Deflection ("what about ..."), straw men and red herrings."""

    name = "whataboutism"
    technique = "whataboutism"
    pattern_file = PATTERNS


class Slogan(RuleDetector):
    """Short striking phrases standing in for an argument."""

    name = "slogan"
    technique = "slogan"
    pattern_file = PATTERNS
    rule_class = SloganRule


DETECTORS = [BlackAndWhite, ThoughtTerminatingCliche, Whataboutism, Slogan]
