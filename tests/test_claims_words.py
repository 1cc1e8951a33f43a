"""The claims cue index: phrases found through an anchor word and its neighbour."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.claims.words import LAZY_ROLES, CueIndex, cue_index, parse_cues
from mediakit.document import Document

HEADER = "term\trole\tnote\n"


def index(rows: str) -> CueIndex:
    return CueIndex(parse_cues("# test cues\n" + HEADER + rows, "test.tsv"))


def found(idx: CueIndex, text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(" ".join(doc.norms[h.first:h.end]), h.cue.role) for h in idx.find(doc)]


CUES = index(
    "said\treporting\n"
    "it is said\tvague_phrase\n"
    "some say\tvague_phrase\n"
    "say\treporting\n"
    "according to\treporting\n"
    "clearly\tbooster\n"
    "it * clear\tbooster\n"
    "it is clear\tbooster\n"
    "of course\tbooster\n"
)


def test_phrases_single_words_and_wildcards_are_found_in_text_order():
    assert found(CUES, "Some say it is clear, and clearly so, according to Ann.") == [
        ("some say", "vague_phrase"), ("say", "reporting"),
        ("it is clear", "booster"), ("clearly", "booster"), ("according to", "reporting")]


def test_a_phrase_inside_a_longer_one_of_the_same_role_is_dropped():
    # "it * clear" and "it is clear" cover the same words: the one listed first stays
    doc = Document("It is clear.")
    [hit] = CUES.find(doc)
    assert hit.cue.term == "it * clear"
    # a different role is kept: "said" inside "it is said"
    assert found(CUES, "It is said they left.") == [("it is said", "vague_phrase"),
                                                     ("said", "reporting")]


def test_phrases_never_cross_a_sentence_end():
    # a heading line ends a sentence with no punctuation token between the words
    text = "Some\n\nSay no more.\n\nAccording\n\nTo them, it was fine."
    assert found(CUES, text) == [("say", "reporting")]
    assert found(CUES, "Some say no more. According to them, it was fine.") == [
        ("some say", "vague_phrase"), ("say", "reporting"), ("according to", "reporting")]


def test_lazy_roles_are_not_scanned():
    idx = index("please\tcta\nsaid\treporting\n")
    assert "cta" in LAZY_ROLES
    assert found(idx, "Please said so.") == [("said", "reporting")]


def _scan(idx: CueIndex, doc: Document) -> set[tuple[int, int, int]]:
    """(first, end, cue number) of every place each scanned cue's words stand inside one
    sentence, found word by word without the index."""
    out = set()
    for sent in doc.sentences:
        words = doc.norms[sent.first_token:sent.end_token]
        for number, cue in enumerate(idx.cues):
            if cue.role in LAZY_ROLES:
                continue
            n = len(cue.keys)
            for i in range(len(words) - n + 1):
                if all(k == "*" or k == w for k, w in zip(cue.keys, words[i:i + n], strict=True)):
                    out.add((sent.first_token + i, sent.first_token + i + n, number))
    return out


_WORDS = ["it", "is", "said", "some", "say", "clear", "clearly", "according", "to", "of",
          "course", "experts", "believe", "reportedly", "we", "must", "always", "the", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
def test_the_index_finds_what_a_plain_scan_finds(text):
    """Hits are the plain scan's matches minus those inside a longer (or equal, earlier
    listed) match of the same role, in text order, longer first at one token."""
    idx = cue_index()
    number = {id(cue): n for n, cue in enumerate(idx.cues)}
    doc = Document(text)
    hits = [(h.first, h.end, number[id(h.cue)]) for h in idx.find(doc)]
    scan = _scan(idx, doc)
    assert set(hits) <= scan
    role = [cue.role for cue in idx.cues]
    for first, end, n in scan - set(hits):
        assert any(role[k] == role[n] and f <= first and end <= e
                   and (e - f > end - first or k < n) for f, e, k in hits)
    assert [(f, f - e, k) for f, e, k in hits] == sorted((f, f - e, k) for f, e, k in hits)
