"""The appeals family: moving the audience through fear, pride, pity, authority or the crowd.

One detector per technique (DESIGN.md §2). Each runs its rules from
``mediakit/patterns/appeals.toml`` and, where single patterns are not enough,
a rule that combines term lists from ``mediakit/lexicons/appeals_*.tsv``.
"""

from __future__ import annotations

from mediakit.detectors.appeals_authority import AuthorityRule, weigh_evidence
from mediakit.detectors.appeals_fear import FearRule
from mediakit.detectors.appeals_nation import NationRule
from mediakit.detectors.appeals_reductio import ReductioRule
from mediakit.detectors.appeals_rules import RuleDetector
from mediakit.document import Document
from mediakit.findings import Finding

PATTERNS = "appeals.toml"


class AppealToFear(RuleDetector):
    """Threats of war, collapse or harm to "our children", held up as a warning."""

    name = "appeal_to_fear"
    technique = "appeal_to_fear"
    pattern_file = PATTERNS
    rule_class = FearRule


class FlagWaving(RuleDetector):
    """Appeals to the nation or group: "our nation", "the American people", "vassal"."""

    name = "flag_waving"
    technique = "flag_waving"
    pattern_file = PATTERNS
    rule_class = NationRule


class AppealToAuthority(RuleDetector):
    """Claims leaning on who said them: experts, former officials, sacred texts."""

    name = "appeal_to_authority"
    technique = "appeal_to_authority"
    pattern_file = PATTERNS

    rule_class = AuthorityRule

    def detect(self, doc: Document) -> list[Finding]:
        return weigh_evidence(doc, super().detect(doc))


class ReductioAdHitlerum(RuleDetector):
    """Discrediting by comparison with Hitler, Stalin, fascism or other reviled figures."""

    name = "reductio_ad_hitlerum"
    technique = "reductio_ad_hitlerum"
    pattern_file = PATTERNS
    rule_class = ReductioRule


class Bandwagon(RuleDetector):
    """Everyone knows it, everyone is doing it: "millions agree", "the whole world sees"."""

    name = "bandwagon"
    technique = "bandwagon"
    pattern_file = PATTERNS


class AppealToPity(RuleDetector):
    """Suffering offered as the reason to accept a claim."""

    name = "appeal_to_pity"
    technique = "appeal_to_pity"
    pattern_file = PATTERNS


DETECTORS = [
    AppealToFear, FlagWaving, AppealToAuthority, Bandwagon, ReductioAdHitlerum, AppealToPity,
]
