"""The shared matching engine: lexicon and pattern files, stems, longest match, triggers.

Also runs the examples and counterexamples of EVERY pattern file shipped in
``mediakit/patterns``, so each family's patterns are checked here as well as in
the family's own tests.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.document import Document
from mediakit.matching import (
    LexiconError,
    PatternError,
    PatternMatcher,
    PhraseMatcher,
    load_lexicon,
    load_patterns,
)
from mediakit.matching.context import capitalised, negated, opens_clause
from mediakit.matching.lexicon import parse_lexicon, term_keys
from mediakit.matching.patterns import parse_patterns
from mediakit.matching.spans import DisjointSpans
from mediakit.techniques import TECHNIQUES

HEADER = "term\ttechnique\tstrength\texplanation\tsuggestion\ttags\n"


def lexicon(rows: str, name: str = "test.tsv"):
    return parse_lexicon("# a header comment\n" + HEADER + rows, name)


def matches(entries, text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(text[m.start_char:m.end_char], m.entry.term) for m in PhraseMatcher(entries).find(doc)]


# -- lexicon files ------------------------------------------------------------------------


def test_lexicon_rows_parse_into_entries():
    [entry] = lexicon("regime\tname_calling\t2\tA label.\tgovernment\tlabel,exact\n")
    assert entry.term == "regime"
    assert entry.strength == 2
    assert entry.suggestion == "government"
    assert entry.tags == frozenset({"label", "exact"})
    assert entry.keys == ("regime",)
    assert entry.source == "test.tsv:3"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("brutal\tloaded_language\t2\tCharged.\t\t\textra\n", "7 cells but 6 columns"),
        ("brutal\tnot_a_technique\t2\tCharged.\t\t\n", "unknown technique 'not_a_technique'"),
        ("brutal\tloaded_language\t7\tCharged.\t\t\n", "strength must be 1, 2 or 3"),
        ("brutal\tloaded_language\ttwo\tCharged.\t\t\n", "strength must be 1, 2 or 3"),
        ("brutal\tloaded_language\t2\t\t\t\n", "explanation is empty"),
        ("\tloaded_language\t2\tCharged.\t\t\n", "term has no words"),
        ("brutal\tloaded_language\t2\tOne.\t\t\nbrutally\tloaded_language\t2\tTwo.\t\t\n",
         "same words and technique"),
    ],
)
def test_lexicon_errors_name_the_file_line_and_entry(rows, message):
    with pytest.raises(LexiconError, match=message) as err:
        lexicon(rows)
    assert "test.tsv:" in str(err.value)


def test_lexicon_error_quotes_the_term():
    with pytest.raises(LexiconError, match=r"test.tsv:3 \('brutal'\)"):
        lexicon("brutal\tloaded_language\t9\tCharged.\t\t\n")


def test_lexicon_without_header_or_with_missing_columns_is_refused():
    with pytest.raises(LexiconError, match="no header row"):
        parse_lexicon("# only comments\n", "empty.tsv")
    with pytest.raises(LexiconError, match="lacks column"):
        parse_lexicon("term\ttechnique\n", "short.tsv")


def test_same_words_under_two_techniques_are_allowed():
    entries = lexicon("sham\tloaded_language\t3\tA.\t\t\nsham\texaggeration\t2\tB.\t\t\n")
    assert {e.technique for e in entries} == {"loaded_language", "exaggeration"}


def test_load_lexicon_by_name_by_path_and_unknown(tmp_path: Path):
    assert load_lexicon("loaded_language.tsv")
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "rotten\tloaded_language\t2\tCharged.\t\t\n", "utf-8")
    assert [e.term for e in load_lexicon(path)] == ["rotten"]
    with pytest.raises(LexiconError, match="no lexicon named"):
        load_lexicon("no_such_lexicon.tsv")


@pytest.mark.parametrize(
    "name", sorted(p.name for p in resources.files("mediakit.lexicons").iterdir()
                   if p.name.endswith(".tsv")),
)
def test_every_shipped_lexicon_loads_and_states_its_provenance(name):
    raw = resources.files("mediakit.lexicons").joinpath(name).read_text("utf-8")
    assert raw.startswith("#"), "a data file starts with its header"
    header = "\n".join(line for line in raw.splitlines() if line.startswith("#")).lower()
    assert "cc by" in header or "licen" in header, "the header states the licence"
    columns = next(line for line in raw.splitlines() if not line.startswith("#")).split("\t")
    if {"term", "technique", "strength", "explanation"} <= set(columns):
        assert load_lexicon(name)  # files in the shared lexicon format validate


# -- stems, exact forms, longest match ------------------------------------------------------


def test_one_entry_matches_inflected_forms():
    entries = lexicon("slaughter\tloaded_language\t2\tViolent.\t\t\n"
                      "regime\tname_calling\t2\tLabel.\t\t\n")
    text = "They slaughtered the herd; the regimes fell; slaughtering went on."
    assert [t for t, _ in matches(entries, text)] == ["slaughtered", "regimes", "slaughtering"]


def test_term_keys_are_stems_unless_exact():
    assert term_keys("Western sponsors") == ("western", "sponsor")
    assert term_keys("Dems", exact=True) == ("dems",)


def test_exact_entries_match_only_their_form():
    entries = lexicon("gut\tloaded_language\t1\tCut.\t\texact\n")
    assert [t for t, _ in matches(entries, "They gut the budget. Gutsy guts.")] == ["gut"]


def test_longest_entry_wins_per_technique():
    entries = lexicon(
        "experts\tname_calling\t1\tShort.\t\t\n"
        "so-called experts\tname_calling\t3\tLong.\t\t\n"
        "experts\tloaded_language\t1\tOther technique.\t\t\n"
    )
    found = matches(entries, "The so-called experts agreed. The experts agreed.")
    assert ("so-called experts", "so-called experts") in found
    assert ("experts", "experts") in found
    # at "so-called" only the long entry starts; "experts" still matches at its own token
    # (twice: once per technique) and again in the second sentence
    assert sum(1 for t, e in found if e == "experts") == 4


def test_phrases_never_cross_a_sentence_boundary():
    entries = lexicon("witch hunt\tname_calling\t2\tLabel.\t\t\n")
    assert matches(entries, "She is a witch. Hunt season opens.") == []
    assert matches(entries, "It was a witch hunt.") == [("witch hunt", "witch hunt")]


def test_phrases_after_common_first_words():
    entries = lexicon("the wicked\tname_calling\t3\tLabel.\t\t\n"
                      "of all time\texaggeration\t2\tHype.\t\t\n"
                      "a mere\texaggeration\t2\tShrinks.\t\t\n")
    text = "The wicked ran. The best of all time? A mere trifle for the wicked."
    assert [t for t, _ in matches(entries, text)] == ["The wicked", "of all time", "A mere",
                                                     "the wicked"]


_WORDS = ["the", "regime", "regimes", "of", "a", "mere", "witch", "hunt", "hunts", "so-called",
          "experts", "all", "time", "brutal", "Brutally", "gut", "guts", ".", ",", "!"]


def _reference(entries, doc: Document) -> list[tuple[int, int, str]]:
    """The obvious per-token algorithm the fast matcher must agree with."""
    out = []
    for sent in doc.sentences:
        for i in range(sent.first_token, sent.end_token):
            fits = []
            for e in entries:
                n = len(e.keys)
                seq = doc.norms if "exact" in e.tags else doc.stems
                if i + n <= sent.end_token and tuple(seq[i:i + n]) == e.keys:
                    fits.append(e)
            fits.sort(key=lambda e: -len(e.keys))
            done: set[str] = set()
            for e in fits:
                if e.technique not in done:
                    done.add(e.technique)
                    out.append((i, i + len(e.keys), e.term))
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_fast_matcher_agrees_with_the_per_token_reference(words):
    entries = lexicon(
        "regime\tname_calling\t2\tL.\t\t\n"
        "the regime\tname_calling\t2\tL.\t\t\n"
        "witch hunt\tname_calling\t2\tL.\t\t\n"
        "a mere\texaggeration\t2\tE.\t\t\n"
        "of all time\texaggeration\t2\tE.\t\t\n"
        "so-called experts\tname_calling\t3\tL.\t\t\n"
        "brutal\tloaded_language\t2\tB.\t\t\n"
        "gut\tloaded_language\t1\tG.\t\texact\n"
        "all time\tloaded_language\t1\tT.\t\t\n"
    )
    doc = Document(" ".join(words))
    fast = [(m.first, m.end, m.entry.term) for m in PhraseMatcher(entries).find(doc)]
    assert fast == _reference(entries, doc)


# -- context helpers --------------------------------------------------------------------------


def test_negation_looks_three_tokens_back_within_the_sentence():
    doc = Document("It was not a disaster. A disaster followed.")
    first, second = doc.word_index["disaster"]
    assert negated(doc, first)
    assert not negated(doc, second)


@pytest.mark.parametrize(("text", "expected"), [
    ("There is no end of shameful excuses.", False),  # an idiom of plenty
    ("The town saw no shortage of shameful excuses.", False),
    ("The inquiry found no evidence of shameful excuses.", True),
    ("Officials gave no shameful excuses.", True),
])
def test_an_idiom_of_plenty_does_not_negate(text, expected):
    doc = Document(text)
    assert negated(doc, doc.norms.index("shameful")) is expected


def test_capitalised_ignores_the_first_word_of_a_sentence():
    doc = Document("Savage storms hit. Michael Savage spoke.")
    first, second = doc.word_index["savage"]
    assert not capitalised(doc, first)
    assert capitalised(doc, second)


@pytest.mark.parametrize(("text", "opens"), [
    ('He said “Savage things” loudly.', True),    # curly opening quote
    ('He said "Savage things" loudly.', True),    # straight quote against the word
    ("Her word: Savage.", True),
    ("A storm (Savage, they said) hit.", True),
    ("It came — Savage and fast.", True),
    ("He met Michael Savage there.", False),
    ('He said " Savage " twice.', False),         # a loose straight quote opens nothing
])
def test_opens_clause_after_quotes_brackets_colons_and_dashes(text, opens):
    doc = Document(text)
    [i] = doc.word_index["savage"]
    assert opens_clause(doc, i) is opens
    assert capitalised(doc, i) is not opens


# -- pattern files -----------------------------------------------------------------------------

GOOD = """
[[pattern]]
id = "so-called"
technique = "name_calling"
triggers = ["so-called"]
regex = '''so-called\\s+(?P<thing>\\w+)'''
span = "thing"
strength = 2
explanation = "Casts doubt on the name."
examples = ["The so-called experts met."]
counterexamples = ["The experts met."]
"""


def test_patterns_parse_and_mark_their_span():
    [p] = parse_patterns(GOOD, "good.toml")
    assert p.triggers == frozenset({"so-called"})
    [(s, e, _)] = list(p.search_text("The so-called experts met."))
    assert "The so-called experts met."[s:e] == "experts"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("id = \"so-called\"", ""), "without an id"),
        (("strength = 2", "strength = 2\ncolour = 'red'"), "unknown field"),
        (("explanation = \"Casts doubt on the name.\"", ""), "missing 'explanation'"),
        (("\"name_calling\"", "\"nonsense\""), "unknown technique"),
        (("strength = 2", "strength = 5"), "strength must be 1, 2 or 3"),
        (("[\"so-called\"]", "[\"Two Words\"]"), "triggers must be"),
        (("[\"so-called\"]", "[]"), "triggers must be"),
        (("so-called\\s+", "so-called\\s+("), "bad regex"),
        (("span = \"thing\"", "span = \"other\""), "span 'other'"),
        (("regex = '''so-called\\s+(?P<thing>\\w+)'''", "regex = '''(?P<thing>x*)'''"),
         "matches the empty string"),
    ],
)
def test_pattern_errors_name_the_file_and_pattern(change, message):
    old, new = change
    assert old in GOOD
    with pytest.raises(PatternError, match=message) as err:
        parse_patterns(GOOD.replace(old, new), "bad.toml")
    assert "bad.toml" in str(err.value)


def test_duplicate_ids_and_broken_toml_are_refused():
    with pytest.raises(PatternError, match="duplicate pattern id"):
        parse_patterns(GOOD + GOOD, "twice.toml")
    with pytest.raises(PatternError, match="not valid TOML"):
        parse_patterns("[[pattern]\nid =", "broken.toml")
    with pytest.raises(PatternError, match="no pattern file named"):
        load_patterns("no_such_patterns.toml")


def test_patterns_run_only_on_sentences_with_a_trigger():
    [p] = parse_patterns(GOOD.replace("so-called\\s+", "(?:so-called|alleged)\\s+"), "t.toml")
    doc = Document("The alleged experts met. The so-called experts met.")
    found = [doc.text[m.start:m.end] for m in PatternMatcher([p]).find(doc)]
    assert found == ["experts"]  # the regex fits both, but only one sentence has the trigger
    everywhere = GOOD.replace('["so-called"]', '["*"]')
    [anywhere] = parse_patterns(
        everywhere.replace("so-called\\s+", "(?:so-called|alleged)\\s+"), "t.toml")
    assert len(list(PatternMatcher([anywhere]).find(doc))) == 2


def test_pattern_match_offsets_are_document_offsets():
    [p] = parse_patterns(GOOD, "good.toml")
    doc = Document("First sentence here.\n\nThen the so-called experts arrived.")
    [m] = list(PatternMatcher([p]).find(doc))
    assert doc.text[m.start:m.end] == "experts"


PATTERN_FILES = sorted(p.name for p in resources.files("mediakit.patterns").iterdir()
                       if p.name.endswith(".toml"))
ALL_PATTERNS = [(name, p) for name in PATTERN_FILES for p in load_patterns(name)]


def test_there_are_pattern_files_to_check():
    assert "loaded_language.toml" in PATTERN_FILES
    assert ALL_PATTERNS


@pytest.mark.parametrize(("name", "pattern"), ALL_PATTERNS,
                         ids=[f"{n}:{p.id}" for n, p in ALL_PATTERNS])
def test_every_pattern_matches_its_examples_and_not_its_counterexamples(name, pattern):
    assert pattern.examples, f"{name}: pattern {pattern.id!r} has no examples"
    assert pattern.counterexamples, f"{name}: pattern {pattern.id!r} has no counterexamples"
    # each family keeps its rules in the file named after it
    assert TECHNIQUES[pattern.technique].family == name.removesuffix(".toml"), pattern.id
    matcher = PatternMatcher([pattern])
    for example in pattern.examples:
        assert list(matcher.find(Document(example))), \
            f"{name}: {pattern.id!r} misses its example {example!r}"
    for counter in pattern.counterexamples:
        assert not list(matcher.find(Document(counter))), \
            f"{name}: {pattern.id!r} matches its counterexample {counter!r}"


# -- DisjointSpans: overlap tests for "one finding per stretch of text" ------------------

@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=40))
def test_disjoint_spans_agrees_with_a_plain_scan(pairs):
    taken, plain = DisjointSpans(), []
    for start, length in pairs:
        end = start + length
        expected = any(s < end and start < e for s, e in plain)
        assert taken.overlaps(start, end) == expected
        if not expected:
            taken.add(start, end)
            plain.append((start, end))
    assert len(taken) == len(plain)


def test_regular_verb_forms_follow_spelling_rules():
    from mediakit.matching.inflect import verb_forms

    assert verb_forms("deny") == {"deny", "denies", "denied", "denying"}
    assert verb_forms("veto") >= {"vetoes", "vetoed", "vetoing"}
    assert verb_forms("smear") >= {"smear", "smears", "smeared", "smearing"}
    # a long word is not doubled ("gallopped"); a short one gets both spellings
    assert "gallopped" not in verb_forms("gallop")
    assert "slammed" in verb_forms("slam")


@pytest.mark.parametrize(("word", "noun"), [
    ("fooled", "fool"), ("usurping", "usurper"), ("murdered", "murderer"),
    ("murder", "murderer"), ("butchered", "butchers"), ("ganged", "gang"),
    ("stated", "state"), ("bullied", "bullies"),
])
def test_a_verb_form_is_not_the_noun_it_shares_a_stem_with(word, noun):
    from mediakit.matching.inflect import is_verb_form_of

    assert is_verb_form_of(word, noun)


@pytest.mark.parametrize(("word", "noun"), [
    ("fool", "fool"), ("fools", "fool"), ("bigots'", "bigot"), ("heroes", "hero"),
    ("ladies", "lady"), ("butcher", "butchers"), ("murderers", "murderer"),
    ("thug’s", "thug"), ("fascistic", "fascist"), ("bosses", "boss"),
])
def test_plurals_possessives_and_adjectives_are_not_verb_forms(word, noun):
    from mediakit.matching.inflect import is_verb_form_of

    assert not is_verb_form_of(word, noun)


def test_verb_list_errors_name_the_entry_and_irregular_forms_count():
    from mediakit.matching.verbs import VerbListError, parse_verbs, verbs

    with pytest.raises(VerbListError, match=r"v\.tsv:2 .*one lower-case word"):
        parse_verbs("base\tpast\tparticiple\nGo Away\t\t\n", "v.tsv")
    parsed = parse_verbs("base\tpast\tparticiple\nstop\t\t\nrise\trose\trisen\n", "v.tsv")
    assert {"stops", "stopped", "rose", "risen"} <= parsed.finite
    assert "rised" not in parsed.finite and "stopping" in parsed.ing
    assert len(verbs().base) > 900  # the shipped list loads
