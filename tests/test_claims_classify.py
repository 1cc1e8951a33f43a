"""Sentence kind and support: the rules of docs/sentence-labelling-guide.md on our own sentences.

Sentences come from many genres (news, op-eds, science news, press releases,
letters, reviews, sport, headlines) and from both sides of contested topics;
mirrored pairs must get the same labels.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.claims import classify_sentences
from mediakit.claims.classify import analyse
from mediakit.claims.words import CueError, parse_cues
from mediakit.document import Document
from mediakit.labels import KINDS, SUPPORTS


def label(sentence: str):
    labels, _ = classify_sentences(Document(sentence))
    assert len(labels) == 1, [lab.text for lab in labels]
    return labels[0]


CASES = [
    # news: attributed statements in a neutral report
    ("The harbour authority said the ferry would sail at noon.", "attributed", "named_source"),
    ("“We will not close a single ward,” said the hospital's chief executive.",
     "attributed", "named_source"),
    ("“We will not close a single ward,” the health minister told parliament on Tuesday.",
     "attributed", "named_source"),
    ("Dr Maria Lopes, who leads the study at Porto University, said the results were "
     "encouraging.", "attributed", "named_source"),
    ("The senator, a Democrat from Ohio, called the bill “a disaster”.",
     "attributed", "named_source"),
    ("A spokesperson for the ministry said the figures were being checked.",
     "attributed", "named_source"),
    ("He said he would resign.", "attributed", "named_source"),
    ("The manufacturer says the battery lasts two days.", "attributed", "evidence"),
    ("According to the port's own logbook, 312 ships docked in 2023.", "attributed", "evidence"),
    ("The study, published in The Lancet, found no link.", "attributed", "evidence"),
    ("She asked whether the figures were right.", "attributed", "named_source"),
    ("“Where were you?” the bishop asked.", "attributed", "named_source"),
    # vague sources: claims, not reports
    ("Critics argue the tax will hit pensioners hardest.", "claim", "vague_source"),
    ("Sources close to the president say he is considering a reshuffle.",
     "claim", "vague_source"),
    ("It is widely believed that the factory will close.", "claim", "vague_source"),
    ("The striker reportedly asked for a transfer.", "claim", "vague_source"),
    ("A recent study suggests that coffee protects the liver.", "claim", "vague_source"),
    ("Everybody knows the ring road was a mistake.", "claim", "vague_source"),
    ("Witnesses said the car was travelling at high speed.", "claim", "vague_source"),
    ("Scientists have long suspected that the gene plays a role.", "claim", "vague_source"),
    # plain claims
    ("The new ring road opened in 2019.", "claim", "none"),
    ("Unemployment rose to 7 percent.", "claim", "none"),
    ("Crime has clearly exploded in every town in the country.", "claim", "none"),
    ("Clearly, the bridge was never inspected.", "claim", "none"),
    ("Teenagers never read newspapers.", "claim", "none"),
    ("This is the longest strike in the club's history.", "claim", "none"),
    ("The regime's soldiers closed the airport on Friday.", "claim", "none"),
    ("Applicants must be over 18.", "claim", "none"),
    ("I have lived in this town for 31 years.", "claim", "none"),
    ("The senator's office did not respond to a request for comment.", "claim", "none"),
    # checkable events and records
    ("The Old Town Hall on Market Square burned down on 4 June 1998.", "claim", "evidence"),
    ("The treaty was signed in Maastricht in February 1992.", "claim", "evidence"),
    ("In our test, the phone lasted 19 hours.", "claim", "evidence"),
    ("Under the 2010 Equality Act, employers must make reasonable adjustments.",
     "claim", "evidence"),
    ("As the coach said, the team has no plan B.", "claim", "named_source"),
    # opinions
    ("I believe the council has made a terrible mistake.", "opinion", "none"),
    ("In my view, the park should stay open at night.", "opinion", "none"),
    ("The government must scrap the new fuel tax.", "opinion", "none"),
    ("This is the worst budget in living memory.", "opinion", "none"),
    ("The new album is a masterpiece.", "opinion", "none"),
    ("We are thrilled to welcome our new partners.", "opinion", "none"),
    ("Scrap the fuel tax now!", "opinion", "none"),
    ("It is time to bring the trams back.", "opinion", "none"),
    ("Experts, not politicians, should set speed limits.", "opinion", "none"),
    ("At 1,299 euros, the laptop is overpriced.", "opinion", "none"),
    ("I agree with the head teacher that phones have no place in class.",
     "opinion", "named_source"),
    # questions
    ("Is this really the best the minister can do?", "question", "none"),
    ("Did the mayor not promise a new school?", "question", "named_source"),
    ("The bishop asked: “Where were you when the mill closed?”", "question", "named_source"),
    # not statements
    ("Sign the petition today.", "other", "none"),
    ("Thank you for reading.", "other", "none"),
    ("Good evening, and welcome to the show.", "other", "none"),
    ("Floods in the north", "other", "none"),
    ("Election results: what we know so far", "other", "none"),
    ("By Tomasz Nowak", "other", "none"),
    ("Let's all turn up on Saturday.", "other", "none"),
    # headlines with a verb read as sentences
    ("Mayor resigns over expenses", "claim", "none"),
    ("Six injured in motorway pile-up", "claim", "none"),
    ("Minister: ‘We will not raise taxes’", "attributed", "named_source"),
]


@pytest.mark.parametrize(("sentence", "kind", "support"), CASES)
def test_kind_and_support(sentence: str, kind: str, support: str) -> None:
    got = label(sentence)
    assert (got.kind, got.support) == (kind, support), got.cues


MIRRORED = [
    ("Kyiv says Russian troops shelled the port overnight.",
     "Moscow says Ukrainian drones hit an oil depot overnight."),
    ("Trump told reporters the talks were going well.",
     "Biden told reporters the talks were going well."),
    ("Ukraine’s army recaptured the village of Robotyne in August 2023.",
     "Russia’s army captured the town of Avdiivka in February 2024."),
    ("The Ukrainian army is collapsing.", "The Russian army is collapsing."),
    ("Western sanctions have clearly failed.", "Kremlin propaganda has clearly failed."),
    ("Republicans want to destroy Social Security.", "Democrats want to open the borders."),
    ("Sources in Moscow say the Kremlin is planning a new offensive.",
     "Sources in Kyiv say the presidential office is planning a new offensive."),
    ("Glory to our defenders!", "Glory to their defenders!"),
]


@pytest.mark.parametrize(("one", "other"), MIRRORED)
def test_mirrored_sentences_get_the_same_labels(one: str, other: str) -> None:
    a, b = label(one), label(other)
    assert (a.kind, a.support) == (b.kind, b.support)


def test_cues_say_why() -> None:
    lab = label("Former minister Anna Berg said in 2018 that the pier was unsafe.")
    assert lab.kind == "attributed"
    assert any("said" in c and "Anna Berg" in c for c in lab.cues)
    assert any("Anna Berg" in c for c in label("As Anna Berg said, the pier is unsafe.").cues)
    assert any("vague source" in c for c in label("Experts say the pier is unsafe.").cues)


def test_quoted_markers_belong_to_the_speaker() -> None:
    lab = label("“I believe the bridge is safe,” the engineer told the inquiry.")
    assert lab.kind == "attributed"
    lab = label("The union leader said ministers “must resign today.”")
    assert lab.kind == "attributed"


def test_labels_tile_the_text_and_keep_offsets() -> None:
    text = ("Storm warning for the coast\n\nThe council said the pier is closed. "
            "Is it safe? I think not.\r\nSign the petition.")
    doc = Document(text)
    labels, _ = classify_sentences(doc)
    assert [lab.kind for lab in labels] == ["other", "attributed", "question", "opinion",
                                             "other"]
    for lab, sent in zip(labels, doc.sentences, strict=True):
        assert text[lab.start:lab.end] == lab.text
        assert (lab.start, lab.end, lab.index, lab.heading) == (sent.start, sent.end,
                                                                 sent.index, sent.heading)


def test_analysis_is_memoised_per_document() -> None:
    doc = Document("Experts say the bridge is unsafe.")
    assert analyse(doc) is analyse(doc)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gets_valid_labels(text: str) -> None:
    doc = Document(text)
    labels, signals = classify_sentences(doc)
    assert len(labels) == len(doc.sentences)
    for lab in labels:
        assert lab.kind in KINDS and lab.support in SUPPORTS and lab.cues
        assert text[lab.start:lab.end] == lab.text
    for sig in signals:
        assert text[sig.start:sig.end] == sig.text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([c[0] for c in CASES]), min_size=1, max_size=6),
       st.sampled_from([" ", "\n", "\r\n", "\n\n"]))
def test_labels_do_not_depend_on_neighbours(sentences: list[str], sep: str) -> None:
    # each case is judged on its own, so joining them must not change a body sentence's kind
    text = sep.join(sentences)
    doc = Document(text)
    labels, _ = classify_sentences(doc)
    by_text = {lab.text: lab for lab in labels}
    for s in sentences:
        if s in by_text and not by_text[s].heading and not label(s).heading:
            assert by_text[s].kind == label(s).kind


def test_word_list_errors_name_the_entry() -> None:
    with pytest.raises(CueError, match=r"x\.tsv:3 .*unknown role"):
        parse_cues("# header\nterm\trole\tnote\nclearly\tbooster-ish\t\n", "x.tsv")
    with pytest.raises(CueError, match="listed twice"):
        parse_cues("term\trole\nclearly\tbooster\nClearly\tbooster\n", "x.tsv")
    with pytest.raises(CueError, match="wildcard"):
        parse_cues("term\trole\n* says\treporting\n", "x.tsv")


def test_a_long_sentence_with_many_future_words_is_labelled():
    # The "is the dated event still to come?" check used to rescan the whole sentence
    # for every "will" in it (quadratic); `python -m benchmarks --only adversarial`
    # measures the time, this checks the answer.
    text = "In 2019 in Paris the meeting " + "will go on and " * 4000 + "was scheduled."
    labels, _ = classify_sentences(Document(text))
    assert [lab.support for lab in labels] == ["evidence"]


@pytest.mark.parametrize("sentence, support", [
    ("In 2019 in Paris the summit will open.", "none"),  # still to come: not checkable
    ("In 2019 in Paris the summit was scheduled to open.", "evidence"),
    ("In 2019 in Paris the summit opened.", "evidence"),
])
def test_a_dated_event_with_a_place_counts_unless_it_is_still_to_come(sentence, support):
    assert label(sentence).support == support
