"""The same move on both sides: pairs of phrases from the case study and the opposite-slant piece.

Each pair holds a phrase from the case study and its twin in the opposite-slant piece;
both are exact quotes of answer-key marks of those texts (a test checks it). The
lessons use the pairs to show every technique on both sides.
Written for mediakit, 2026, CC BY 4.0.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mirror:
    technique: str
    case_study: str
    opposite: str
    move: str


MIRRORS: tuple[Mirror, ...] = (
    Mirror("doubt", "(that we know of)", "(that we know of)",
           "an aside that hints at secret contacts"),
    Mirror("loaded_language", "rushed to state", "rushed to offer",
           "the other side's answer made to sound hasty"),
    Mirror("name_calling", "his Western sponsors", "his enablers in Beijing and Tehran",
           "the other side's partners cast as paymasters or accomplices"),
    Mirror("loaded_language", "methodically dismantling", "crawls forward",
           "one army pictured as strong, the other as failing"),
    Mirror("vague_source", "we are increasingly hearing reports", "We keep hearing reports",
           "rumours with no named source"),
    Mirror("causal_oversimplification",
           "the ultimate reason why the British and the Europeans are so very keen on the "
           "30-day unconditional ceasefire",
           "the only reason the Kremlin refuses a ceasefire",
           "one hidden motive for a complex decision"),
    Mirror("name_calling", "Project Ukraine", "Putin’s imperial project",
           "a war labelled as someone's “project”"),
    Mirror("exaggeration", "about 100% certain", "100% certain",
           "total certainty about the future"),
    Mirror("loaded_language", "prostrate herself and become a vassal to Western powers",
           "refuses to kneel", "pride and humiliation"),
    Mirror("black_and_white", "either allied with Russia, like Belarus or neutral",
           "it will either be free, armed and anchored in the West, or it will be a Russian "
           "province like Belarus",
           "only two futures for a country"),
    Mirror("doubt", "To the extent that it has a functional democracy",
           "To the extent that anything in Russia still resembles an election",
           "a whole political system doubted in passing"),
    Mirror("vague_source", "Some believe", "Some believe",
           "an unnamed “some” set up to be knocked down"),
    Mirror("name_calling", "the Biden regime", "The Putin regime",
           "“regime” for a government the writer opposes"),
    Mirror("appeal_to_authority",
           "Former German Foreign Minister Sigmar Gabriel stated in an interview in 2018",
           "Former NATO Secretary General Anders Fogh Rasmussen has warned many times",
           "a named former official settles the question"),
    Mirror("appeal_to_fear",
           "our children would inherit a dangerous and very uncertain world increasingly armed "
           "with nuclear weapons",
           "our children will grow up in a Europe where borders are redrawn by tanks and every "
           "dictator with a nuclear arsenal has learned that nuclear threats work",
           "children and nuclear weapons"),
    Mirror("appeal_to_fear", "we were sleep-walking toward World War 3",
           "brings us closer to the day Putin decides to test NATO itself",
           "fear of a wider war"),
    Mirror("thought_terminating_cliche", "neither reversed nor ignored",
           "Freedom is not for sale, and there is nothing more to say",
           "a stock phrase that closes the discussion"),
)


def mirrors(technique: str | None = None, family: str | None = None) -> list[Mirror]:
    """The pairs, optionally only one technique's or one family's."""
    from mediakit.techniques import family_of

    return [m for m in MIRRORS
            if (technique is None or m.technique == technique)
            and (family is None or family_of(m.technique) == family)]


__all__ = ["MIRRORS", "Mirror", "mirrors"]
