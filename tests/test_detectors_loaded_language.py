"""The loaded-language family: loaded words, name-calling, exaggeration, repetition.

Every context rule is checked on sentences written for these tests; mirrored pairs
check that the same move is flagged alike for and against each side; neutral
passages (the kit's wire report and short sports, science and local-news items
written here) must stay quiet; the case study must yield what an instructor marks.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.detectors import check_finding, loaded_language
from mediakit.detectors.loaded_data import (
    CHARGED_FILES,
    INTENSIFIER_FILE,
    NEUTRAL_FILE,
    TARGET_FILE,
    loaded_data,
)
from mediakit.matching import load_lexicon
from mediakit.matching.lexicon import term_keys
from mediakit.texts import CASE_STUDY, NEUTRAL_REPORT, OPPOSITE_SLANT, get

FAMILY = ("loaded_language", "name_calling", "exaggeration", "repetition")
DETECTORS = [cls() for cls in loaded_language.DETECTORS]


def found(text: str) -> list:
    return list(mediakit.analyze(text, DETECTORS).findings)


def marks(text: str, technique: str | None = None) -> list[str]:
    return [f.text for f in found(text) if technique in (None, f.technique)]


# -- the family and its data -----------------------------------------------------------------


def test_one_detector_per_technique():
    assert sorted(d.name for d in DETECTORS) == sorted(FAMILY)
    assert all(d.technique == d.name for d in DETECTORS)


def test_lexicons_are_large_and_every_entry_explains_itself():
    entries = [e for name in CHARGED_FILES for e in load_lexicon(name)]
    entries += load_lexicon(INTENSIFIER_FILE)
    assert len(entries) >= 3000
    by_technique = {t: sum(1 for e in entries if e.technique == t) for t in FAMILY[:3]}
    assert by_technique["loaded_language"] >= 2000
    assert by_technique["name_calling"] >= 700
    assert by_technique["exaggeration"] >= 300
    for e in entries:
        assert len(e.explanation) > 30, e.source
        assert e.explanation[0].isupper() or e.explanation[0] == "“", e.source
        assert e.explanation.endswith("."), e.source


@pytest.mark.parametrize("name", [*CHARGED_FILES, INTENSIFIER_FILE, NEUTRAL_FILE, TARGET_FILE])
def test_lexicon_headers_state_provenance_columns_and_licence(name):
    raw = resources.files("mediakit.lexicons").joinpath(name).read_text("utf-8")
    header = "\n".join(line for line in raw.splitlines() if line.startswith("#"))
    assert "written by hand for mediakit, 2026, CC BY 4.0" in header
    assert "Columns" in header or "columns" in header
    assert "chosen" in header or "Provenance" in header


def test_labels_cover_every_side():
    terms = {e.keys for e in load_lexicon("name_calling.tsv")}
    pairs = [("libtard", "rethuglican"), ("snowflake", "wingnut"), ("orcs", "ukronazi"),
             ("kremlin puppet", "nato puppet"), ("infidels", "crusaders"),
             ("far-left", "far-right"), ("islamofascist", "christofascist")]
    for one, other in pairs:
        for term in (one, other):
            assert term_keys(term) in terms or term_keys(term, exact=True) in terms, term


def test_context_tags_are_known():
    known = {"adj", "exact", "literal", "nonneg", "neutral", "label", "possessed", "person",
             "target", "scope", "absolute", "minimiser", "intensifier", "pre", "name", "verb",
             "idiom"}
    for name in (*CHARGED_FILES, INTENSIFIER_FILE, NEUTRAL_FILE, TARGET_FILE):
        for e in load_lexicon(name):
            assert e.tags <= known, (e.source, e.tags - known)


# -- loaded words, inflections, intensifiers, negation -----------------------------------------


def test_inflected_forms_match_one_entry():
    assert marks("The editors butchered the report.") == ["butchered"]
    assert marks("Voters were outraged by the fee.") == ["outraged"]


def test_intensifier_joins_the_charged_word():
    assert marks("The committee was so very keen on the idea.") == ["so very keen"]
    assert marks("Trust was completely shattered by the vote.") == ["completely shattered"]
    # after a determiner the participle is an adjective and takes its noun
    assert marks("The completely shattered dam was finally rebuilt.") == [
        "completely shattered dam"]
    [f] = found("Critics called the offer utterly absurd.")
    assert f.text == "utterly absurd" and f.strength == 3 and "utterly" in f.cue


def test_a_mild_intensifier_alone_is_not_a_finding():
    assert marks("The water was very cold and the path was so steep.") == []


def test_negation_cancels_a_loaded_word():
    assert marks("The speech was outrageous.") == ["outrageous"]
    assert marks("The speech was not outrageous.") == []
    assert marks("The speech held no end of outrageous claims.") == ["outrageous claims"]


def test_context_only_words_need_a_second_signal():
    assert marks("Rescuers searched the ruins after the earthquake disaster.") == []
    assert marks("The launch was a total disaster.") == ["total disaster"]


def test_neutral_senses_stay_quiet():
    assert marks("The new tax regime starts in April.") == []
    assert marks("He suffered a heart attack at work and recovered.") == []
    assert marks("Difficult months lie ahead for the farmers.") == []


def test_names_are_not_loaded_words():
    assert marks("Michael Savage spoke on the radio on Tuesday.") == []
    assert marks("He called the ruling Disgraceful and walked out.") == []
    assert marks("The savage storm flattened the barn.") == ["savage"]


@pytest.mark.parametrize("text", [
    "He called the ruling “Disgraceful” and walked out.",
    "Her verdict on the ruling: Disgraceful, from start to end.",
    "The ruling (Disgraceful, said the mayor) stands.",
])
def test_a_capital_that_opens_a_quotation_or_clause_is_no_name(text):
    assert marks(text) == ["Disgraceful"]


def test_spans_cover_the_phrase_not_the_sentence():
    text = "After a long debate in the council chamber, members rejected the utterly absurd plan."
    [f] = found(text)
    assert f.text == "utterly absurd plan"
    assert len(f.text) < len(text) / 3


def test_findings_inside_quotations_are_kept_and_marked_quoted():
    [f] = found("“This is a disgraceful decision,” the minister said.")
    assert f.technique == "loaded_language" and f.quoted
    [g] = found("This is a disgraceful decision, the minister said.")
    assert not g.quoted


def test_scare_quotes_give_a_context_word_its_signal():
    assert marks("Residents watched the “liberation” of their town from the roof.") == \
        ["liberation"]
    assert marks("Residents watched the liberation of their town from the roof.") == []
    assert marks("The mayor said “liberation” was near.") == []  # a quotation, not scare quotes


# -- name-calling --------------------------------------------------------------------------------


def test_name_and_label_are_marked_together():
    assert marks("The Lukashenko regime closed the border on Monday.", "name_calling") == \
        ["The Lukashenko regime"]
    assert marks("Officials of the Biden regime met on Monday.", "name_calling") == \
        ["the Biden regime"]


def test_a_patron_word_needs_an_owner():
    assert marks("Along with his Western sponsors, the capital demands a truce.") == \
        ["his Western sponsors"]
    assert marks("Tehran's backers sent more money.", "name_calling") == ["Tehran's backers"]
    assert marks("The event sponsors met in the hall.") == []


def test_so_called_marks_the_name_it_doubts():
    assert marks("The so-called experts on the panel disagreed.") == ["The so-called experts"]


def test_a_charged_word_put_on_people_is_a_label():
    [f] = found("The corrupt elite in the capital ignored the vote.")
    assert (f.technique, f.text) == ("name_calling", "The corrupt elite")
    assert marks("He is a decent man.") == ["a decent man"]
    assert marks("The soup was good.") == []


@pytest.mark.parametrize(("text", "absent"), [
    ("The crowd felt fooled by the late change of plan.", "fooled"),
    ("Two men were murdered near the harbour last night.", "murdered"),
    ("Rival fans ganged up on the referee after the match.", "ganged"),
    ("The minister stated flatly that the figures were wrong.", "stated"),
])
def test_a_verb_sharing_a_labels_stem_is_no_label(text, absent):
    """A label is a noun: "fooled", "murdered" share a stem with "fool", "murderer"
    but call nobody anything, and "stated" or "ganged" is no word for people."""
    assert not [m for m in marks(text, "name_calling") if absent in m]


def test_labels_keep_their_plural_and_possessive_forms():
    # "left" here is a verb: only "the loony left" puts a label on a political camp
    assert marks("The thugs’ leader and two fools left.", "name_calling") == [
        "The thugs", "fools"]
    assert marks("They blame the loony left for everything.", "name_calling") == [
        "the loony left"]


def test_labels_are_kept_after_no():
    assert marks("He is no traitor, whatever they say.", "name_calling") == ["traitor"]


# -- exaggeration ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is about 100% certain that they will try again.", "about 100% certain"),
        ("They have fought endless wars for this cause.", "endless wars"),
        ("Our neighbours have wanted this land for centuries.", "for centuries"),
        ("Their influence now reaches across the entire world.", "across the entire world"),
        ("It was the worst harvest in living memory.", "the worst harvest in living memory"),
        ("The new rules are a thousand times worse than the old ones.",
         "a thousand times worse than"),
        ("The fine was a mere slap on the wrist.", "a mere slap on the wrist"),
    ],
)
def test_absolutes_superlatives_and_minimisers(text, expected):
    assert expected in marks(text, "exaggeration")


def test_everyday_absolutes_alone_are_quiet():
    assert marks("Everyone in the office signed the card.") == []
    assert marks("The bus never runs on Sundays.") == []


def test_certainty_is_not_cancelled_by_its_own_negation():
    assert marks("Nobody can say it is beyond doubt.", "exaggeration") == ["beyond doubt"]


# -- repetition ----------------------------------------------------------------------------------


def test_a_charged_word_used_three_times_is_marked_at_its_repeats():
    text = ("The ruling was disgraceful. Critics called it disgraceful again. "
            "Even allies found it disgraceful.")
    reps = [f for f in found(text) if f.technique == "repetition"]
    assert [f.text for f in reps] == ["disgraceful", "disgraceful"]
    assert reps[0].start == text.index("disgraceful", text.index("Critics"))
    assert "3 times" in reps[0].explanation
    # three uses in all: it "comes back" twice, so the count is said as uses
    assert "is used 3 times" in reps[0].explanation


def test_a_word_used_twice_is_not_yet_repetition_but_a_phrase_is():
    assert marks("The plan was disgraceful. The vote was disgraceful.", "repetition") == []
    text = "The dam was completely shattered. Trust was completely shattered too."
    assert marks(text, "repetition") == ["completely shattered"]


def test_plain_repeated_words_are_not_repetition():
    text = "The bridge opened. The bridge carries trains. The bridge is painted red."
    assert marks(text, "repetition") == []


# -- second pass: idioms, evaluative words, intensifiers alone, coordination -----------------------


def test_idioms_are_loaded_language_with_a_literal_alternative():
    [f] = found("The new rule threw a wrench in the works of the reform.")
    assert (f.technique, f.text) == ("loaded_language", "threw a wrench in the works")
    assert f.suggestion == "disrupt" and "loaded_idioms.tsv" in f.rule
    assert marks("Critics say the council made a complete hash of the budget.") == \
        ["made a complete hash of"]


def test_idiom_slots_and_irregular_past_forms_match():
    assert marks("She threw him under the bus at the hearing.") == ["threw him under the bus"]
    assert marks("They will throw them under the bus.") == ["throw them under the bus"]


def test_idioms_with_a_common_literal_sense_need_a_second_signal():
    assert marks("Soldiers came under fire near the border.") == []
    assert marks("The old mill lies in ruins after the flood.") == []


def test_verdict_adjectives_are_loaded_but_physical_senses_are_not():
    assert marks("The minister faced severe criticism over the plan.") == ["severe criticism"]
    assert marks("A severe weather warning was issued for the coast.") == []
    assert marks("Two people suffered severe injuries in the crash.") == []


def test_a_strong_intensifier_alone_is_a_weak_finding():
    [f] = found("The committee was extremely careful.")
    assert (f.text, f.strength, f.rule) == ("extremely careful", 1, "intensifier alone")
    assert marks("The committee was very careful.") == []


def test_coordinated_loaded_words_make_one_mark():
    assert marks("It was a sinful and scandalous decision.") == ["sinful and scandalous decision"]


def test_a_charged_noun_takes_the_adjective_before_it():
    assert marks("It was a political stunt.") == ["political stunt"]


def test_exact_verbs_match_their_regular_forms():
    # "demonize" is matched on its exact form (its stem is "demon"); its forms still match
    assert marks("Both camps keep demonizing each other.") == ["demonizing"]
    assert marks("The council demonized the tenants' group.") == ["demonized"]
    assert marks("A demon mask hung in the museum.") == []


def test_a_loaded_word_takes_its_partner_in_and_or():
    assert marks("The report called it slander and calumny.") == ["slander and calumny"]
    assert marks("They called the law obscene and unworkable.") == ["obscene and unworkable"]
    # a partner that modifies the next noun belongs to that noun, not to the loaded word
    assert marks("They condemned the savagery and nuclear tests.") == ["savagery"]
    assert marks("They condemned the carnage and chaos.") == ["carnage and chaos"]


@pytest.mark.parametrize(("text", "expected"), [
    # verbs and adjectives joined to their own kind stay one mark
    ("They moved to isolate and demonize the protesters.", ["isolate and demonize"]),
    ("She felt different or ostracized at school.", ["different or ostracized"]),
    ("It was a vile and cowardly act.", ["vile and cowardly act"]),
    # two adjectives before one noun describe it together
    ("Critics called it a vicious and costly campaign.", ["vicious and costly"]),
    # a noun before "and" + a charged verb form ends the clause before it
    ("The wolves left the den and devoured the sheep.", ["devoured"]),
    ("The mayor left the embassy and gloated about the deal.", ["gloated"]),
    # a common verb after "and" starts a new clause
    ("The mood grew surreal and get this, nobody left.", ["surreal"]),
    # an adverb after "and" belongs to the word after it
    ("His remarks were disgraceful and seriously scandalous.",
     ["disgraceful", "seriously scandalous"]),
])
def test_an_and_or_partner_is_the_same_kind_of_word(text, expected):
    assert marks(text, "loaded_language") == expected


def test_degree_adverbs_join_the_charged_word_they_turn_up():
    # "highly" supports a word that is charged only in context ("provocative")
    assert marks("Officials called the drill a highly provocative step.") == [
        "highly provocative"]
    assert marks("The plan was particularly cruel.") == ["particularly cruel"]
    # on its own a mild degree adverb marks nothing
    assert marks("The vaccine is highly effective.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The board has bent over backwards to please the donors.", "bent over backwards"),
    ("Critics say the minister wants to shoot the messenger.", "shoot the messenger"),
    ("The union says the party sold them down the river.", "sold them down the river"),
    ("The inquiry is a fishing expedition, his lawyer said.", "fishing expedition"),
])
def test_idioms_of_force_blame_and_trickery(text, expected):
    assert expected in " ".join(marks(text, "loaded_language"))


def test_a_charged_ing_word_after_a_determiner_is_an_adjective():
    assert marks("The inquiry published a devastating letter on Monday.") == [
        "devastating letter"]
    # without a determiner it may be a verb with its object: no noun is taken
    assert marks("Critics accused the mayor of blackmailing rivals.") == ["blackmailing"]


def test_a_charged_verb_takes_its_pronoun_object():
    assert marks("For years the tabloids kept demonizing them.") == ["demonizing them"]
    assert marks("Rivals tried to vilify him before the vote.") == ["vilify him"]
    # "US" is a country, not "us"
    assert marks("Columnists set out to vilify US farmers.") == ["vilify"]


def test_a_loaded_noun_takes_its_of_phrase():
    assert marks("The board called the plan a tapestry of lies.") == ["tapestry of lies"]
    # a two-word noun after "of" is taken whole, a verb after it is not
    assert marks("Critics called it a flagrant violation of maritime law by the navy.") == [
        "flagrant violation of maritime law"]
    assert marks("The board called the plan a tapestry of lies told by officials.") == [
        "tapestry of lies"]


def test_a_loaded_word_takes_one_modifier_but_a_verb_only_an_adverb():
    assert marks("Police said the man was brutally murdered.") == ["brutally murdered"]
    assert "confirmation circus" in marks("Both unions denounced the confirmation circus.")
    # before an adjective too, only an adverb: "the law" is not part of "obscene"
    assert marks("They called the law obscene.") == ["obscene"]
    # the subject before a verb is not its modifier ("the mayor slammed")
    assert marks("The mayor slammed protesters outside the hall.") == ["slammed"]
    # a verb or participle takes no adjective either ("busy persecuting"), and a word in
    # -ing before a noun is more often its verb than its modifier ("spreading nonsense")
    assert marks("Officials were busy persecuting journalists.") == ["persecuting"]
    assert marks("Critics said the union kept spreading nonsense.") == ["nonsense"]
    # nor is the word before an idiom part of the idiom
    assert marks("The new rule threw a wrench in the works.") == ["threw a wrench in the works"]


def test_a_context_only_loaded_word_is_not_lifted_by_a_neighbour_or_an_exclamation():
    # "corrupt" and "fraudulent" are charged only in context; two of them side by side or an
    # exclamation mark are no evidence (measured: right about one time in ten)
    assert marks("He was charged over corrupt and fraudulent payments.") == []
    assert marks("He was charged over corrupt payments!") == []
    # scare quotes still lift one, and the finding names the signal
    [f] = found("Residents watched the “liberation” of their town from the roof.")
    assert f.rule.endswith("+ scare quotes")


def test_a_context_only_label_is_still_lifted_by_the_label_beside_it():
    left = marks("The left-wing extremists marched.", "name_calling")
    right = marks("The right-wing extremists marched.", "name_calling")
    assert left == ["The left-wing extremists"]
    assert right == ["The right-wing extremists"]


def test_a_verb_aimed_at_people_is_not_a_label():
    [f] = found("The mayor slammed protesters outside the hall.")
    assert (f.technique, f.text) == ("loaded_language", "slammed")


def test_labels_take_their_determiner_but_adjectives_do_not():
    assert marks("Later the Dems voted no.", "name_calling") == ["the Dems"]
    assert marks("The tyrants fled across the border.", "name_calling") == ["The tyrants"]
    assert marks("The savage storm flattened the barn.") == ["savage"]


def test_title_case_words_are_not_mistaken_for_names():
    text = "Senators Slam Botched Probe\n\nThe committee met on Monday."
    assert [f.technique for f in found(text)] == ["loaded_language"]
    assert "Botched" in found(text)[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is absolutely no evidence for the claim.", "absolutely no evidence"),
        ("I could not be happier with the result.", "could not be happier"),
        ("The losses were of biblical proportions.", "of biblical proportions"),
        ("He called it the most shameful ruling in this country.",
         "the most shameful ruling in this country"),
    ],
)
def test_second_pass_exaggerations(text, expected):
    assert expected in marks(text, "exaggeration")


def test_a_repeated_rhetorical_opening_is_repetition():
    text = "I am tired of the delays. I am tired of the excuses. I am tired of waiting."
    reps = [f for f in found(text) if f.technique == "repetition"]
    assert [f.text for f in reps] == ["I am tired of the", "I am tired of"]
    assert all(f.rule == "repeated sentence opening" for f in reps)


def test_a_repeated_plain_subject_is_not_repetition():
    text = "The council met on Monday. The council voted on Tuesday. The council adjourned."
    assert marks(text, "repetition") == []


# -- side-neutral: mirrored pairs ---------------------------------------------------------------

MIRRORS = [
    ("The {A} regime bombed the power station again.", ("Kremlin", "Kyiv")),
    ("The {A} regime bombed the power station again.", ("Moscow", "Washington")),
    ("Along with his {A} sponsors, the president rejected the plan.", ("Western", "Russian")),
    ("{A}'s puppets in parliament voted for the bill.", ("Moscow", "Brussels")),
    ("The {A} propaganda machine is working overtime.", ("Kremlin", "Pentagon")),
    ("Only fools believe the lies of the {A} warmongers.", ("American", "Russian")),
    ("The {A} army has been slaughtering civilians for centuries.", ("Ukrainian", "Russian")),
    ("Those {A} thugs stormed the meeting and shouted down the speakers.",
     ("left-wing", "right-wing")),
    ("The {A} is an utterly shameful organisation.", ("Labour Party", "Conservative Party")),
    ("The radical {A} is a disgrace to this country.", ("left", "right")),
    ("The hard {A} spews hatred at everyone who disagrees.", ("left", "right")),
    ("The so-called {A} experts were clueless.", ("liberal", "conservative")),
    ("{A} fans are a disgusting mob of hooligans.", ("City", "United")),
    ("The corrupt council in {A} wasted millions on a pointless bridge.",
     ("Northbridge", "Southfield")),
    ("The {A} coach is a pathetic clown who ruined the club.", ("Rovers", "Athletic")),
    ("It is about 100% certain that {A} will betray us again.", ("Europe", "Russia")),
    # second pass: idioms, labels, absolutes, intensifiers alone, repeated openings
    ("The {A} government threw its allies under the bus.", ("Kyiv", "Moscow")),
    ("{A} hawks want to pour fuel on the fire.", ("American", "Russian")),
    ("Critics say the {A} leaders made a complete hash of the talks.", ("Ukrainian", "Russian")),
    ("There is absolutely no evidence that {A} cheated.", ("Labour", "Reform")),
    ("I am tired of {A} lies. I am tired of {A} excuses.", ("Western", "Kremlin")),
    ("The {A} extremists marched through the town.", ("left-wing", "right-wing")),
    ("{A} fans fervently believe the referee was bought.", ("City", "United")),
    ("The {A} press is a propaganda machine that sows discord.", ("Western", "Russian")),
    ("The {A} team was extremely lucky in the second half.", ("Rovers", "Athletic")),
    # the anti-nation labels exist for both sides of the war
    ("The minister gave an anti-{A} speech.", ("Russian", "Ukrainian")),
    ("The minister gave an anti-{A} speech.", ("Russia", "Ukraine")),
    ("Only a {A}phobe would say that.", ("Russo", "Ukraino")),
    ("The minister gave a {A}phobic speech.", ("Russo", "Ukraino")),
]


@pytest.mark.parametrize("template", [
    "The minister gave an anti-{A} speech.",
    "The minister gave an anti-{A} speech, a vile and hateful speech!",
])
def test_hostility_labels_for_two_faiths_are_weighed_alike(template):
    # "anti-christian" used to be flagged on its own while "anti-muslim" needed a second
    # signal (and said it "can describe real hostility"): one faith's label was judged
    # differently from the other's
    first = _shape(template.format(A="Christian"), "Christian")
    second = _shape(template.format(A="Muslim"), "Muslim")
    assert first == second
    entries = {e.term: e for e in load_lexicon("loaded_language.tsv")}
    christian, muslim = entries["anti-christian"], entries["anti-muslim"]
    assert christian.strength == muslim.strength
    assert christian.explanation.replace("christian", "muslim") == muslim.explanation


def _shape(text: str, name: str) -> list[tuple[str, str]]:
    return [(f.technique, f.text.replace(name, "{A}")) for f in found(text)]


@pytest.mark.parametrize(("template", "sides"), MIRRORS,
                         ids=[f"{a}|{b}" for _, (a, b) in MIRRORS])
def test_the_same_move_is_flagged_alike_for_both_sides(template, sides):
    one, other = sides
    first = _shape(template.format(A=one), one)
    second = _shape(template.format(A=other), other)
    assert first, f"nothing found in {template.format(A=one)!r}"
    assert first == second


def test_the_case_study_and_its_mirror_get_the_same_kinds_of_marks():
    for name in (CASE_STUDY, OPPOSITE_SLANT):
        kinds = {f.technique for f in found(get(name).text)}
        assert {"loaded_language", "name_calling", "exaggeration"} <= kinds, name


# -- neutral text stays quiet ------------------------------------------------------------

NEUTRAL_PASSAGES = {
    "sports": (
        "Rovers beat Athletic 2-1 on Saturday in front of 14,000 spectators. Ana Ruiz "
        "scored in the 12th minute and again after the break. Athletic replied through a "
        "late header. The result moves Rovers to third place in the table, four points "
        "behind the leaders, with six matches left to play. The teams meet again in the "
        "cup next month."
    ),
    "science": (
        "Researchers at the university measured how quickly sea ice formed in the bay "
        "over ten winters. The ice appeared about nine days later on average than in the "
        "1990s, according to the study published on Tuesday. The team used satellite "
        "images and readings from three buoys. They said more years of data are needed "
        "before firm conclusions about the trend can be drawn."
    ),
    "local news": (
        "The town council voted 7-4 on Monday to close the public pool for repairs from "
        "June to September. The roof needs new supports and the filters are 30 years old, "
        "the council's engineer told members. The work will cost about 1.2 million euros. "
        "Residents can use the pool in the neighbouring town at a reduced price while the "
        "work goes on. A public meeting is planned for 4 May."
    ),
    "weather": (
        "A severe weather warning is in force for the north coast until Friday. Forecasters "
        "expect winds of up to 90 km/h and heavy rain. Two people suffered severe injuries "
        "when a tree fell on their car, police said. Schools in three districts will stay "
        "closed on Thursday."
    ),
    "economy": (
        "Inflation fell to 2.1 percent in March, the statistics office said. Food prices rose "
        "by 0.4 percent while energy prices were unchanged. The central bank will announce "
        "its next rate decision on 12 May. Analysts expect rates to stay on hold."
    ),
    "war report": (
        "Russian forces struck an energy facility in the Kharkiv region overnight, the "
        "regional governor said. Two people were injured. Ukraine's air force said it "
        "intercepted 21 of 30 drones. Moscow said its strikes targeted military "
        "infrastructure. The claims could not be independently verified."
    ),
}


@pytest.mark.parametrize("name", sorted(NEUTRAL_PASSAGES))
def test_neutral_passages_get_no_findings(name):
    assert found(NEUTRAL_PASSAGES[name]) == []


def test_the_neutral_wire_report_gets_few_findings():
    report = found(get(NEUTRAL_REPORT).text)
    assert len(report) <= 3
    assert all(f.quoted for f in report)  # only inside attributed quotes


# -- the case study ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def case_study():
    text = get(CASE_STUDY).text
    return text, list(mediakit.analyze(text, DETECTORS).findings)


@pytest.mark.parametrize(
    ("technique", "phrase"),
    [
        ("name_calling", "his Western sponsors"),
        ("name_calling", "Project Ukraine"),
        ("name_calling", "the Biden regime"),
        ("exaggeration", "about 100% certain"),
        ("loaded_language", "obsessively"),
        ("loaded_language", "so very keen"),
        ("loaded_language", "frenzied"),
        ("exaggeration", "endless wars"),
        ("exaggeration", "across the entire world"),
        ("loaded_language", "completely shattered"),
        ("loaded_language", "rushed to"),
        ("loaded_language", "demonization"),
        ("name_calling", "Obiden"),
    ],
)
def test_the_case_study_yields_what_an_instructor_marks(case_study, technique, phrase):
    text, findings = case_study
    at = text.index(phrase)
    end = at + len(phrase)
    assert any(f.technique == technique and f.start < end and at < f.end
               for f in findings), phrase


def test_the_case_study_plain_reporting_stays_unmarked(case_study):
    text, findings = case_study
    for sentence in ("The call lasted more than two hours",
                     "In practice, that means pushing Western powers",
                     "the first was during U.S. Civil War"):
        start = text.index(sentence)
        end = text.index(".", start)
        assert not [f for f in findings if start <= f.start < end], sentence


def test_less_than_a_third_of_the_case_study_is_covered(case_study):
    text, findings = case_study
    covered = set()
    for f in findings:
        covered.update(range(f.start, f.end))
    assert len(covered) < len(text) / 3


# -- offsets on arbitrary text -----------------------------------------------------------

_PIECES = ["utterly", "absurd", "so", "very", "the", "Putin", "regime", "his", "Western",
           "sponsors", "endless", "wars", "not", "disgraceful", "“", "”", "\"", ",", ".", "!",
           "\n", "\n\n", "é", "🙂", "so-called", "experts", "100%", "certain", "for",
           "centuries", "corrupt", "elite", "’s", "\r\n", "ALL", "CAPS"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=50), st.sampled_from([" ", "", "  "]))
def test_findings_are_valid_slices_of_any_text(pieces, sep):
    text = sep.join(pieces)
    report = mediakit.analyze(text, DETECTORS)
    for f in report.findings:
        check_finding(f, text, f.detector)
        assert text[f.start:f.end] == f.text
        assert f.detector in FAMILY


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_detectors_never_fail_on_arbitrary_unicode(text):
    for f in mediakit.analyze(text, DETECTORS).findings:
        assert text[f.start:f.end] == f.text


def test_every_finding_carries_its_evidence(case_study):
    _, findings = case_study
    for f in findings:
        assert f.cue and f.rule and f.explanation
        assert re.search(r"[.!?]$", f.explanation)


def test_data_is_loaded_once():
    assert loaded_data() is loaded_data()


def test_findings_do_not_depend_on_what_was_read_before():
    # The matchers once kept a bounded memo of the words they had looked up; starting it
    # afresh while a document was being read forgot that document's known words, so its
    # findings vanished. Lookups now go through each document's own indexes.
    text = "The corrupt regime threw him under the bus, a slap in the face to the brutal thugs."
    expected = [(f.technique, f.start, f.end) for f in found(text)]
    assert {"name_calling", "loaded_language"} <= {t for t, _, _ in expected}
    found(text)
    found(" ".join(f"filler{i}" for i in range(60)))  # a text of nothing but new words
    again = found(text + " Novelword anotherword")
    assert [(f.technique, f.start, f.end) for f in again] == expected


@pytest.mark.parametrize("unit", [
    "very very extremely utterly ",  # one endless run of intensifiers
    "the “elite” and the “experts” and ",  # endless scare-quoted terms
])
def test_a_run_on_sentence_is_read(unit):
    # a 150 KB sentence without a full stop: each charged word used to walk back over
    # the whole run of intensifiers, each quoted term to rescan the sentence (quadratic).
    # `python -m benchmarks --only adversarial` measures the time; this checks the output.
    text = unit * (150_000 // len(unit))
    findings = found(text)
    assert findings
    assert all(text[f.start : f.end] == f.text for f in findings)
