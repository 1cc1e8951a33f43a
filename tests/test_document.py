"""The document model: sentence boundaries, headings, tokens and exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit import texts
from mediakit.document import Document

# Every sentence of the case study, pinned after reading the article: (how it starts,
# how it ends). Headings are sentences too (they have no final punctuation).
ARTICLE_SENTENCES = [
    ("Yesterday, Donald Trump and ", "Trump took office."),
    ("The call lasted more than tw", "l, they went well."),
    ("Europe’s 30-day ceasefire im", "asefire imperative"),
    ("However, before this call, a", "egotiations begin."),
    ("But the Kremlin's position o", "ict’s root causes."),
    ("That puts the two sides at a", "r will compromise."),
    ("The Russians are willing to ", " its armed forces."),
    ("Shortly after yesterday’s co", " Russian proposal."),
    ("Along with his Western spons", " 30-day ceasefire."),
    ("Trump’s position on this par", "d to gauge so far."),
    ("A few days ago, State Secret", "e U.S. and Russia."),
    ("Meanwhile on the battlefront", "n the battlefront…"),
    ("And as this frenzied diploma", "Forces of Ukraine."),
    ("This is now causing serious ", " Ukrainian troops."),
    ("These developments might, in", "ssia’s insecurity."),
    ("Even if Project Ukraine fail", "t again and again."),
    ("Russia, who is unwilling to ", "c vulnerabilities."),
    ("In practice, that means push", "elarus or neutral."),
    ("Case for the third alliance ", "ussia and the U.S."),
    ("But beyond this, I believe t", " the entire world."),
    ("That includes also the Unite", "ir military power."),
    ("To the extent that it has a ", " Russia and China."),
    ("And at least as far as the U", "ring World War II."),
    ("Donald Trump signalled his i", "ersed nor ignored."),
    ("Some believe that this is al", "he globalist camp."),
    ("It is unclear why such a dec", "ased global order."),
    ("He would be having far fewer", "n administrations."),
    ("The media would probably con", "ther insiders are."),
    ("Where Trump deserves credit", "mp deserves credit"),
    ("The fact that he has endured", "US foreign policy."),
    ("The very fact that he has re", "ormous importance."),
    ("Former German Foreign Minist", ' nuclear weapons."'),
    ("Unlike his predecessor, and ", "ind common ground."),
    ("Rebuilding trust will take t", "oward World War 3."),
    ("Whatever the difficulties in", "tions with Russia."),
]
ARTICLE_HEADINGS = [2, 11, 18, 28]


def sentence_texts(text: str) -> list[str]:
    doc = Document(text)
    return [text[s.start : s.end] for s in doc.sentences]


def test_case_study_sentence_boundaries_are_pinned():
    text = texts.case_study().text
    got = sentence_texts(text)
    assert len(got) == len(ARTICLE_SENTENCES)
    for sentence, (head, tail) in zip(got, ARTICLE_SENTENCES, strict=True):
        assert sentence.startswith(head) and sentence.endswith(tail), sentence


def test_case_study_headings_and_paragraphs():
    doc = Document(texts.case_study().text)
    assert [s.index for s in doc.sentences if s.heading] == ARTICLE_HEADINGS
    assert [p.heading for p in doc.paragraphs].count(True) == 4
    assert len(doc.paragraphs) == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Putin spoke to Dr. Smith. They agreed.",
         ["Mr. Putin spoke to Dr. Smith.", "They agreed."]),
        ("The U.S. Senate met, e.g. on Monday. It voted.",
         ["The U.S. Senate met, e.g. on Monday.", "It voted."]),
        ("He said: “We will win.” Nobody believed it.",
         ["He said: “We will win.”", "Nobody believed it."]),
        ("“Really?” she asked. Then she left.", ["“Really?” she asked.", "Then she left."]),
        ("It was fine… until it was not. Next.", ["It was fine… until it was not.", "Next."]),
        ("She paused... and went on. Done.", ["She paused... and went on.", "Done."]),
        ("Headline without a stop\n\nBody text here. More text.",
         ["Headline without a stop", "Body text here.", "More text."]),
        ("One line per sentence\nSecond line here\nThird.",
         ["One line per sentence", "Second line here", "Third."]),
        ("A hard-wrapped line that goes on\nand on until it ends. Next one.",
         ["A hard-wrapped line that goes on\nand on until it ends.", "Next one."]),
        ('He wrote "stop. now" and left.', ['He wrote "stop. now" and left.']),
        ("“Mr. Smith went home.” Then he slept.", ["“Mr. Smith went home.”", "Then he slept."]),
        ("(Dr. Jones agreed.) She left.", ["(Dr. Jones agreed.)", "She left."]),
    ],
)
def test_sentence_splitting_cases(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "First line.\r\nSecond line.\r\n\r\nNew paragraph.",
        "Tabs\tinside.\tAnd after.\n\tIndented line.",
        "Emoji 👩‍👩‍👧 family. Flag 🇺🇦 and 🇷🇺 here.",
        "Cafe\u0301 with a combining accent. Zu\u0308rich too.",
        "قال الرئيس إن المحادثات جيدة. ثم غادر.",
        "שלום עולם. \u202eRTL override\u202c inside. End.",
        "Mixed \u2028line separator\u2029paragraph separator.",
    ],
)
def test_offsets_stay_exact_on_odd_text(text):
    doc = Document(text)
    for s in doc.sentences:
        piece = text[s.start : s.end]
        assert piece and piece == piece.strip()
    for (start, end), norm in zip(doc.token_spans, doc.norms, strict=True):
        assert text[start:end].lower().replace("’", "'") == norm


def test_crlf_paragraphs_and_offsets():
    text = "Title here\r\n\r\nA first sentence. A second one.\r\nThird line."
    doc = Document(text)
    assert [text[p.start : p.end] for p in doc.paragraphs] == [
        "Title here",
        "A first sentence. A second one.\r\nThird line.",
    ]
    assert doc.paragraphs[0].heading
    assert sentence_texts(text)[1:] == ["A first sentence.", "A second one.", "Third line."]


def test_combining_marks_stay_inside_words():
    text = "Cafe\u0301 closed."
    doc = Document(text)
    assert doc.token_text(0) == "Cafe\u0301"


def test_tokens_keep_hyphens_and_apostrophes():
    text = "Russia’s so-called U.S. allies don't agree."
    doc = Document(text)
    words = [doc.token_text(i) for i in range(len(doc.norms))]
    assert words == ["Russia’s", "so-called", "U.S", ".", "allies", "don't", "agree", "."]
    assert doc.norms[0] == "russia's"
    assert doc.stems[0] == "russia"


def test_empty_and_whitespace_text():
    for text in ("", "   \n\t\r\n  "):
        doc = Document(text)
        assert doc.sentences == [] and doc.paragraphs == [] and doc.norms == []
        assert doc.word_count == 0


def test_non_string_is_a_type_error():
    with pytest.raises(TypeError, match="bytes"):
        Document(b"bytes are not text")  # type: ignore[arg-type]


def test_lookups():
    text = "He said “no deal” today. Then silence."
    doc = Document(text)
    assert doc.sentence_at(text.index("Then")).index == 1
    assert doc.sentence_at(text.index(" Then")) is None
    s, e = text.index("no deal"), text.index("no deal") + 7
    assert doc.in_quote(s, e)
    assert not doc.in_quote(0, 2)
    assert [x.index for x in doc.sentences_with({"silence"})] == [1]
    assert doc.word_count == 7


def test_quotes_left_open_run_to_paragraph_end():
    text = "He said “this goes on\n\nNext paragraph."
    doc = Document(text)
    assert doc.quotes == [(text.index("“"), text.index("on") + 2)]


def _check_tiling(text: str) -> None:
    doc = Document(text)
    pos = 0
    for s in doc.sentences:
        assert pos <= s.start < s.end <= len(text)
        assert text[pos : s.start].strip() == "" or text[pos : s.start].isspace()
        piece = text[s.start : s.end]
        assert not piece[0].isspace() and not piece[-1].isspace()
        for i in range(s.first_token, s.end_token):
            start, end = doc.token_spans[i]
            assert s.start <= start < end <= s.end
        pos = s.end
    assert text[pos:].strip() == "" or text[pos:].isspace()
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sentences_tile_arbitrary_text(text):
    _check_tiling(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["Mr.", "U.S.", "e.g.", "…", "...", "?", "!", "“", "”", '"', "\r\n", "\n\n",
                 "\t", " ", "Word", "word", "A.", "x", "😀", "\u0301", "\u202e", "\u2029"]
            ),
            st.text(max_size=5),
        ),
        max_size=40,
    ).map("".join)
)
def test_sentences_tile_sentence_like_text(text):
    _check_tiling(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_fast_token_path_equals_per_token_normalisation(text):
    from mediakit.document.tokens import WORD, normalize

    doc = Document(text)
    expected = []
    for s in doc.sentences:
        expected += [(m.span(), normalize(m.group())) for m in WORD.finditer(text, s.start, s.end)]
    assert list(zip(doc.token_spans, doc.norms, strict=True)) == expected
    assert Document("İstanbul’s").norms == [normalize("İstanbul’s")]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr.", "U.S.", "e.g.", "Dr", "J.", "3.5", "end.", "end.”", "“Quote", "?", "!", "…",
             "...", "word", "Word", " ", " ", "\t", "”“", ")", "(", "a.m.", "etc.", "x",
             "no.", "No.", "5", "sun.", '"', "'", "’", "»", "]", "}", ".”", '."', "?”", ".’”"]
        ),
        min_size=1,
        max_size=25,
    ).map("".join)
)
def test_skipping_punkt_never_changes_the_split(text):
    """Blocks the fast path calls one sentence are one sentence for Punkt as well."""
    from mediakit.document import sentences

    stripped = text.strip()
    if not stripped:
        return
    start = text.index(stripped[0])
    end = start + len(stripped)
    if not sentences._may_split(text, start, end):
        assert sentences.punkt_starts(text, start, end) == [start]


@pytest.mark.parametrize("text, expected", [
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("She loves her art. The crowd cheered.", ["She loves her art.", "The crowd cheered."]),
    ("They sat in the sun. It was hot.", ["They sat in the sun.", "It was hot."]),
    ("See No. 5 on the list.", ["See No. 5 on the list."]),
    ("It moved to No. 10 Downing Street. Then it stayed.",
     ["It moved to No. 10 Downing Street.", "Then it stayed."]),
    ("Under Art. 12 of the treaty, he said no.", ["Under Art. 12 of the treaty, he said no."]),
])
def test_abbreviations_that_are_also_words_abbreviate_only_before_a_number(text, expected):
    # "no", "art", "sun" are listed for "No. 5", "Art. 12", "Sun. 4 May"; as plain words
    # they used to glue a sentence to the next one
    doc = Document(text)
    assert [doc.sentence_text(s) for s in doc.sentences] == expected


def test_a_short_line_ending_in_an_everyday_word_is_not_a_heading():
    doc = Document("They said no.\n\nThey sat in the sun.")
    assert [p.heading for p in doc.paragraphs] == [False, False]


def test_words_after_a_quotation_inside_a_quotation_are_quoted():
    # British style: single quotes outside, double inside
    text = "‘He said “no deal” and left,’ she said."
    doc = Document(text)
    at = text.index("left")
    assert doc.in_quote(at, at + 4)
    assert doc.in_quote(text.index("no deal"), text.index("no deal") + 7)
    assert not doc.in_quote(text.index("she"), text.index("she") + 3)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["‘", "’", "“", "”", '"', "a", "b ", "s’ ", "\n\n"]),
                max_size=30).map("".join), st.integers(0, 40), st.integers(1, 10))
def test_in_quote_agrees_with_a_plain_scan(text, start, length):
    doc = Document(text)
    end = start + length
    expected = any(s <= start and end <= e for s, e in doc.quotes)
    assert doc.in_quote(start, end) == expected
