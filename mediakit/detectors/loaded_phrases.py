"""Candidates that come from phrase shapes rather than single lexicon words.

- :func:`pattern_candidates`: the TOML patterns ("so-called X", "the worst ever",
  "about 100% certain");
- :func:`intensifier_runs`: intensifiers that charge a plain word ("so very keen",
  "utterly pointless"); VADER's valence is the secondary signal here: one strong
  intensifier counts before a word VADER rates as emotive;
- :func:`scare_quote_around`: a short term in quotation marks that nobody is being
  quoted for ("imposing a “rules-based order”"); a signal for the words inside;
- :func:`extend_adjectives`: a charged adjective takes the noun it describes
  ("botched investigation"), so the finding reads as a phrase;
- :func:`extend_determiners`: a label takes its determiner ("the tyrants");
- :func:`extend_phrases`: a loaded word takes the words that share its charge: a
  partner joined by "and"/"or" ("slander and calumny"), the noun after "of" ("a
  cesspool of filth"), the object of a charged verb ("smeared him") and one modifier
  in front ("brutally murdered").
"""

from __future__ import annotations

import bisect

from mediakit.datafiles import word_class
from mediakit.detectors.loaded_candidate import (
    Candidate,
    is_content,
    is_word,
    sentence_bounds,
    upper_word,
)
from mediakit.detectors.loaded_data import LoadedData
from mediakit.document import Document
from mediakit.matching.lexicon import LexiconEntry
from mediakit.matching.verbs import verbs

INTENSIFIED = (
    "“{cue}” piles intensifiers onto a word, so the reader is pushed to feel strongly "
    "before being given a reason to."
)
#: VADER valence (absolute, -4..4 scale) from which a word counts as emotive.
VADER_EMOTIVE = 1.0
#: Endings of words that are probably adjectives too ("frenzied diplomatic activity"):
#: the adjective extension then carries on to the noun.
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish", "ly",
                      "ary", "ian", "ese")
#: Common adjectives without an adjective ending ("harsh new sanctions").
_SHORT_ADJECTIVES = word_class("short_adjectives")
#: Reporting verbs: a sentence holding one is quoting someone, not scare-quoting.
_REPORTING = word_class("scare_quote_reporting")
#: What may stand right before a scare-quoted term used as the writer's own noun phrase.
_SCARE_BEFORE = word_class("before_scare_quote")


def _token_at(doc: Document, offset: int) -> int:
    """Index of the first token starting at or after character ``offset``."""
    return bisect.bisect_left(doc.token_spans, offset, key=_start)


def _start(span: tuple[int, int]) -> int:
    return span[0]


def pattern_candidates(doc: Document, data: LoadedData) -> list[Candidate]:
    out = []
    for pm in data.patterns.find(doc):
        first = _token_at(doc, pm.start)
        end = max(first + 1, _token_at(doc, pm.end))
        p = pm.pattern
        out.append(Candidate(first, end, pm.start, pm.end, p.technique, p.strength,
                             rule=p.id, cue=doc.text[pm.start:pm.end],
                             explanation=p.explanation, suggestion=p.suggestion))
    return out


def intensifier_runs(doc: Document, intensifiers: dict[int, LexiconEntry], data: LoadedData,
                     taken: list[Candidate]) -> list[Candidate]:
    """``so very keen``, ``utterly pointless``: intensifiers that charge a plain word.

    Two intensifiers in a row, or one of strength 3, charge any content word after
    them; one of strength 2 charges a word VADER rates as emotive. Any other
    intensifier of strength 2 ("extremely careful", "believes strongly") is a weak
    finding of its own (strength 1), with the word it turns up. Strength-1
    intensifiers ("very", "so") never fire alone.
    """
    norms = doc.norms
    covered = {i for c in taken for i in range(c.first, c.end)}
    out = []
    for i in sorted(intensifiers):
        lo, hi = sentence_bounds(doc, i)
        if i in covered or (i > lo and i - 1 in intensifiers):
            continue  # already part of a finding, or not the head of its run
        run: list[LexiconEntry] = []
        k = i
        while k < hi and (e := intensifiers.get(k)) is not None:
            run.append(e)
            k += 1
        top = max(e.strength for e in run)
        word = k < hi and k not in covered and is_content(norms[k]) and not upper_word(doc, k)
        emotive = word and abs(data.valence.get(norms[k], 0.0)) >= VADER_EMOTIVE
        if word and (len(run) >= 2 or top == 3 or (top == 2 and emotive)):
            strength = 3 if top == 3 else 2
            rule = "intensifier run" if len(run) >= 2 or top == 3 else \
                "intensifier + emotive word (VADER valence)"
        elif top >= 2 and k <= hi and (k == hi or k not in covered):
            strength, rule = 1, "intensifier alone"
        else:
            continue
        end = k + 1 if word else k
        covered.update(range(i, end))
        s, e = doc.token_spans[i][0], doc.token_spans[end - 1][1]
        cue = doc.text[s:e]
        explanation = run[0].explanation if strength == 1 else INTENSIFIED.format(cue=cue)
        out.append(Candidate(i, end, s, e, "loaded_language", strength, rule=rule, cue=cue,
                             explanation=explanation))
    return out


def scare_quote_around(doc: Document, start: int, stop: int) -> bool:
    """True when ``[start, stop)`` sits in scare quotes: a short lower-case term in
    quotation marks, used in the writer's own noun phrase ("imposing a “rules-based
    order”"), in a sentence that quotes nobody."""
    spans = doc.quotes
    i = bisect.bisect_right(spans, (start, len(doc.text) + 1)) - 1
    if i < 0 or not (spans[i][0] <= start and stop <= spans[i][1]):
        return False
    qs, qe = spans[i]
    if qe - qs > 60:
        return False  # too long for a term
    first, end = _token_at(doc, qs + 1), _token_at(doc, qe - 1)
    words = [i for i in range(first, end) if is_word(doc.norms[i])]
    inner = doc.text[qs + 1:qe - 1].strip()
    if not 1 <= len(words) <= 3 or not inner or not inner[0].islower() \
            or inner[-1] in ".!?,;:":
        return False
    sent = doc.sentence_at(qs)
    before = first - 2  # the token before the opening mark
    if sent is None or qe > sent.end or before < sent.first_token \
            or doc.norms[before] not in _SCARE_BEFORE:
        return False
    return not _reports(doc, sent.index)


def _reports(doc: Document, sentence: int) -> bool:
    """Whether a sentence holds a reporting verb (memoised: a run-on sentence can hold
    thousands of quoted terms, and each would scan it again)."""
    memo = doc.__dict__.setdefault("loaded_reporting", {})
    found = memo.get(sentence)
    if found is None:
        s = doc.sentences[sentence]
        found = memo[sentence] = not _REPORTING.isdisjoint(doc.norms[s.first_token:s.end_token])
    return found


def extend_adjectives(doc: Document, cands: list[Candidate]) -> None:
    """A charged adjective takes the noun after it ("botched investigation"); a
    charged noun takes the adjective before it ("naked ploy", "utter sham")."""
    norms, spans = doc.norms, doc.token_spans
    for c in cands:
        if c.technique != "loaded_language" or c.entry is None:
            continue
        if "adj" not in c.entry.tags:
            if not _participle_adjective(doc, c):
                _take_modifier(doc, c)
            continue
        _, hi = sentence_bounds(doc, c.first)
        k = c.end
        while k < hi and k - c.end < 2 and is_content(norms[k]) and not upper_word(doc, k):
            k += 1
            if not (norms[k - 1].endswith(_ADJECTIVE_ENDINGS) or norms[k - 1] in _SHORT_ADJECTIVES):
                break
        if k > c.end:
            c.end, c.stop = k, spans[k - 1][1]
            c.rule = f"charged adjective + noun ({c.entry.source})"


def _participle_adjective(doc: Document, c: Candidate) -> bool:
    """A charged participle after a determiner is an adjective ("a devastating
    letter", "this shocking claim", "a rigged election"): it takes the noun after it,
    unless that is a verb form. Returns whether it did."""
    norms = doc.norms
    lo, hi = sentence_bounds(doc, c.first)
    k = c.end
    if (c.entry is None or len(c.entry.keys) != 1 or not norms[k - 1].endswith(("ing", "ed"))
            or c.first == lo or norms[c.first - 1] not in ADJECTIVE_CONTEXT or k >= hi
            or not is_content(norms[k]) or upper_word(doc, k) or not _noun_word(norms[k])):
        return False
    c.end, c.stop = k + 1, doc.token_spans[k][1]
    c.rule = f"charged adjective + noun ({c.entry.source})"
    return True


#: Words before a verb form that show it is used as an adjective ("a glorified clerk",
#: "a shocking claim"); shared with :mod:`mediakit.detectors.loaded_rules`.
ADJECTIVE_CONTEXT = word_class("before_adjective_use")
#: Endings of words that can modify a charged noun ("naked ploy", "political stunt").
_MODIFIER_ENDINGS = (*_ADJECTIVE_ENDINGS, "ed", "ent", "ant", "y")
#: Words before a charged noun that are not its modifier even if they look like one.
_NOT_MODIFIERS = word_class("not_modifiers")


def _take_modifier(doc: Document, c: Candidate) -> None:
    """One adjective-looking word right before a charged noun joins its span."""
    lo, _ = sentence_bounds(doc, c.first)
    k = c.first - 1
    if k < lo:
        return
    norm = doc.norms[k]
    if c.entry is not None and _verb_like(doc.norms[c.first], c.entry):
        return  # not a noun: "busy persecuting" is not one phrase
    if (is_content(norm) and norm.endswith(_MODIFIER_ENDINGS)
            and norm not in _NOT_MODIFIERS and not upper_word(doc, k)):
        c.first, c.start = k, doc.token_spans[k][0]


#: Determiners that belong to a label ("the Dems", "these thugs", "a disgrace").
_LABEL_DETERMINERS = word_class("label_determiners")


def extend_determiners(doc: Document, cands: list[Candidate]) -> None:
    """A label takes its determiner: "the tyrants", "these thugs". A singular label
    with a word right after it is an adjective ("the savage storm") and does not;
    after a plural the next word is most likely its verb ("the Dems voted")."""
    for c in cands:
        if c.technique != "name_calling":
            continue
        lo, hi = sentence_bounds(doc, c.first)
        if c.end < hi and is_content(doc.norms[c.end]) and not doc.norms[c.end - 1].endswith("s"):
            continue
        k = c.first - 1
        if k >= lo and doc.norms[k] in _LABEL_DETERMINERS:
            c.first, c.start = k, doc.token_spans[k][0]

#: Words that join a loaded word to a partner sharing its charge ("vile and vicious").
_JOINERS = frozenset({"and", "or"})


def extend_phrases(doc: Document, cands: list[Candidate]) -> None:
    """Loaded-language spans grow to the phrase that carries the charge.

    Each step takes only lower-case words (not names) that no other finding holds:
    a partner joined by "and"/"or" on either side ("obscene and violent"), if it is the
    same kind of word (:func:`_partner`; not "the den and devoured"), the noun
    after "of" ("tapestry of lies", "carnage of gun violence": a second word is taken
    unless it is a verb form), a pronoun object after a charged verb ("demonizing
    them"), or else one modifier in front of a lexicon word
    ("brutally murdered", "confirmation circuses"). Measured on the PTC tune and check
    parts, each step raised recall more than it cost precision
    (docs/evaluation/loaded-language.md).
    """
    held = {i for c in cands for i in range(c.first, c.end)}
    norms = doc.norms

    def free(k: int) -> bool:
        return k not in held and is_content(norms[k]) and not upper_word(doc, k)

    def free_word(k: int) -> bool:  # pronouns are function words, so not free()
        return k not in held and is_word(norms[k]) and not doc.token_text(k).isupper()  # "US"

    for c in cands:
        if c.technique != "loaded_language":
            continue
        lo, hi = sentence_bounds(doc, c.first)
        first, end = c.first, c.end
        if (first - 2 >= lo and norms[first - 1] in _JOINERS and free(first - 2)
                and _partner(norms[first - 2], norms[c.first], c.entry)):
            first -= 2
        if (end + 1 < hi and norms[end] in _JOINERS and free(end + 1)
                # "aggression and nuclear [arms]", but "blatant and enormous [lie]"
                and (not (end + 2 < hi and free(end + 2))
                     or (_adjective(norms[end - 1], c.entry) and _adjective(norms[end + 1])))
                # "disgraceful and seriously [scandalous]", but "aggressively and sexually"
                and (not _adverb(norms[end + 1]) or _adverb(norms[end - 1]))
                and _partner(norms[end + 1], norms[end - 1], c.entry)):
            end += 2
        if (end == c.end and end < hi and norms[end] in _VERB_OBJECTS and free_word(end)
                and c.entry is not None and _verb_like(norms[end - 1], c.entry)):
            end += 1  # a charged verb takes its object: "demonizing them"
        elif end + 1 < hi and norms[end] == "of" and free(end + 1):
            end += 2
            if end < hi and free(end) and _noun_word(norms[end]):
                end += 1  # a two-word noun: "carnage of gun violence"
        if (first == c.first and c.rule.startswith("word list") and c.entry is not None
                and len(c.entry.keys) == 1 and first - 1 >= lo and free(first - 1)
                and _modifies(norms[first - 1], norms[c.first], c.entry)):
            first -= 1
        if (first, end) != (c.first, c.end):
            held.update(range(first, end))
            c.first, c.end = first, end
            c.start, c.stop = doc.token_spans[first][0], doc.token_spans[end - 1][1]


#: Objects a charged verb takes into its span ("demonizing them").
_VERB_OBJECTS = word_class("verb_objects")
#: Adjectives in -ly, which :func:`_adverb` does not take for adverbs.
_LY_ADJECTIVES = word_class("ly_adjectives")


def _adverb(norm: str) -> bool:
    """An adverb in -ly ("seriously"), not an adjective such as "cowardly"."""
    return norm.endswith("ly") and len(norm) > 4 and norm not in _LY_ADJECTIVES


def _noun_word(norm: str) -> bool:
    """A word that can end a noun phrase: not a verb form ("a tapestry of lies told"), but
    possibly a noun that doubles as a base verb ("a culture of gun abuse")."""
    return not (norm.endswith(("ed", "ing")) or norm in verbs().finite or _adverb(norm))


def _adjective(norm: str, entry: LexiconEntry | None = None) -> bool:
    """A word that looks like an adjective ("enormous", "harsh"; a lexicon entry tagged
    ``adj``): two of them joined by "and" describe the noun after them together."""
    if entry is not None and "adj" in entry.tags:
        return True
    return (norm.endswith(_PAIR_ADJECTIVE_ENDINGS) or norm in _SHORT_ADJECTIVES
            or norm in _LY_ADJECTIVES)


#: Adjective endings for :func:`_adjective` ("-ly" is more often an adverb).
_PAIR_ADJECTIVE_ENDINGS = (*(e for e in _ADJECTIVE_ENDINGS if e not in ("ly", "ian", "ese")),
                           "ant", "ent", "ory")


def _partner(norm: str, word: str, entry: LexiconEntry | None) -> bool:
    """Whether ``norm``, joined by "and"/"or" to the charged ``word``, is its partner
    ("obscene and violent", "isolate and demonize") rather than the edge of another
    clause. A verb form in -ed/-ing of a verb entry takes another verb form or an
    adjective ("the den and devoured" is not one phrase; "different or ostracized" is),
    and a word that is not a verb takes no base form of a common verb ("surreal and
    get")."""
    known = verbs()  # the kit's list of common English verbs (common_verbs.tsv)
    if entry is not None and "verb" in entry.tags:
        return not word.endswith(("ed", "ing")) or (
            norm.endswith(("ed", "ing")) or norm in known.finite or _adjective(norm))
    return norm not in known.base or word.endswith(("ed", "ing"))


def _modifies(norm: str, word: str, entry: LexiconEntry) -> bool:
    """Whether ``norm`` modifies the next ``word``, a one-word match of ``entry``.

    An adverb modifies anything ("brutally murdered"). Before a verb, an adjective or a
    participle ("persecuting") nothing else does: the word before is its subject or
    object ("the mayor slammed", "called the law obscene"). Before a noun, an adjective
    or a plain noun does ("confirmation circus"), but not a word ending in -ing or -ed,
    which is more often the verb the noun is the object of ("collecting garbage").
    """
    if norm.endswith("ly"):
        return True
    if "adj" in entry.tags or _verb_like(word, entry):
        return False
    return not norm.endswith(("ing", "ed"))


def _verb_like(word: str, entry: LexiconEntry) -> bool:
    """A verb or a participle ("persecuting", "smeared"): it takes no adjective before it."""
    return "verb" in entry.tags or word.endswith(("ing", "ed"))
