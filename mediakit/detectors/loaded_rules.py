"""Context rules that turn one lexicon match into a loaded-language candidate.

In the order they apply (:meth:`MatchRules.candidate`):

1. negation ("not a disaster") cancels a loaded word or an exaggeration, unless the
   entry says ``nonneg``; labels stay (saying "he is no traitor" still plants the
   word);
2. a capitalised word inside a sentence is a name ("Michael Savage"), not a
   loaded word, unless it is shouted in capitals or stands in a title-case line
   (labels such as "Dems" or "Putler" are capitalised by nature and stay);
3. labels take their target along: an owner before a ``possessed`` patron word
   ("his Western sponsors"), a name before a ``label`` noun ("the Biden regime"),
   and a word for people after a charged word ("corrupt elite", which is then
   name-calling); ``person`` words count only in that last case ("a good man"); a
   ``verb`` before a word for people is an act done to them ("slammed protesters"),
   not a label, unless a determiner shows it is used as an adjective;
4. an exaggeration takes the noun phrase it inflates ("endless wars");
5. intensifiers in front join the span and add strength ("utterly absurd").

Words charged only in context (strength 1, or tagged ``literal``) start gated;
:func:`resolve_gates` gives them their second signal or drops them. An everyday
absolute ("never", "everyone": strength 1 and ``absolute``) needs another
exaggeration beside it; a strong absolute ("without a shred of") stands alone.
"""

from __future__ import annotations

import bisect

from mediakit.detectors.loaded_candidate import (
    Candidate,
    is_content,
    is_possessive,
    is_word,
    sentence_bounds,
    title_case,
    upper_word,
)
from mediakit.detectors.loaded_data import LABEL_DETERMINERS, POSSESSIVE_DETERMINERS, LoadedData
from mediakit.detectors.loaded_phrases import ADJECTIVE_CONTEXT, scare_quote_around
from mediakit.document import Document
from mediakit.matching.context import capitalised, negated
from mediakit.matching.inflect import is_verb_form_of
from mediakit.matching.lexicon import Match
from mediakit.matching.verbs import verbs

#: How many words an exaggeration may take after it ("countless innocent victims").
SCOPE_WORDS = 2
#: How many intensifiers in front a charged word may take ("so very, very").
MAX_INTENSIFIERS = 5


class MatchRules:
    """Applies the context rules to the lexicon matches of one document."""

    def __init__(self, doc: Document, data: LoadedData) -> None:
        self.doc = doc
        self.data = data
        self.norms = doc.norms
        self.spans = doc.token_spans
        self.intensifiers = data.intensifiers.in_doc(doc)

    def candidate(self, m: Match) -> Candidate | None:
        """The candidate for match ``m``, or None when a rule cancels it."""
        entry, doc = m.entry, self.doc
        tags, technique = entry.tags, entry.technique
        first, end = m.first, m.end
        if "nonneg" not in tags and technique != "name_calling" and negated(doc, first):
            return None
        if (technique == "name_calling" and end - first == 1
                and is_verb_form_of(self.norms[first], entry.term.lower())):
            return None  # a verb form sharing a label's stem: "fooled", "murdered"
        if end - first == 1 and self._is_name(first) and (
                technique == "loaded_language"
                or (technique == "name_calling" and "exact" in tags and "name" not in tags)):
            return None
        c = Candidate(first, end, m.start_char, m.end_char, technique, entry.strength,
                      rule=f"word list ({entry.source})", cue=doc.text[m.start_char:m.end_char],
                      explanation=entry.explanation, suggestion=entry.suggestion,
                      gated=entry.strength == 1 or "literal" in tags, entry=entry)
        if "possessed" in tags and not self._take_owner(c):
            return None
        if "label" in tags:
            self._take_name(c)
        if "person" in tags:
            if not self._take_person(c):
                return None
        elif technique != "exaggeration" and end - first == 1 and self._adjectival(c):
            self._take_person(c)
        if technique == "exaggeration":
            self._take_scope(c)
        self._take_intensifiers(c)
        return c

    # -- the rules -------------------------------------------------------------------

    def _is_name(self, i: int) -> bool:
        """A capitalised word mid-sentence (not a heading or a title-case line, not
        shouted, not the first word of a quotation or a clause after a colon) is a name."""
        if not capitalised(self.doc, i):
            return False
        sentence = self.doc.token_sentence[i]
        if self.doc.sentences[sentence].heading or title_case(self.doc, sentence):
            return False
        return not self.doc.token_text(i).isupper()

    def _adjectival(self, c: Candidate) -> bool:
        """False for a verb acting on people ("denounced protesters", "destroy Judge X"),
        unless a determiner before it shows adjectival use ("the enraged crowd")."""
        if c.entry is None or "verb" not in c.entry.tags:
            return True
        return self._preceded_by(c, ADJECTIVE_CONTEXT)

    def _preceded_by(self, c: Candidate, words: frozenset[str]) -> bool:
        """True when the word right before the candidate, in its sentence, is in ``words``."""
        lo, _ = sentence_bounds(self.doc, c.first)
        return c.first > lo and self.norms[c.first - 1] in words

    def _take_intensifiers(self, c: Candidate) -> None:
        lo, _ = sentence_bounds(self.doc, c.first)
        run = []
        j = c.first - 1
        stop = max(lo, c.first - MAX_INTENSIFIERS)  # a run of thousands must not be re-walked
        while j >= stop and (e := self.intensifiers.get(j)) is not None:
            run.append(e)
            j -= 1
        if not run:
            return
        c.first = j + 1
        c.start = self.spans[c.first][0]
        c.supported = True
        if any(e.strength >= 2 for e in run):
            c.strength = min(3, c.strength + 1)
        c.rule = f"intensifier + {c.rule}"
        c.cue = " ".join(e.term for e in reversed(run)) + " + " + c.cue

    def _take_owner(self, c: Candidate) -> bool:
        """``his [Western] sponsors``, ``Kyiv's backers``: mark the owner with the word."""
        lo, _ = sentence_bounds(self.doc, c.first)
        j = c.first - 1
        if j >= lo and upper_word(self.doc, j) and not is_possessive(self.norms[j]):
            j -= 1  # one capitalised modifier: "his Western sponsors"
        if j < lo:
            return False
        norm = self.norms[j]
        if norm not in POSSESSIVE_DETERMINERS and not is_possessive(norm):
            return False
        if is_possessive(norm):
            j = self._name_start(j + 1)
        c.first, c.start = j, self.spans[j][0]
        c.supported = True
        c.rule = f"owner + patron word ({c.entry.source if c.entry else ''})"
        return True

    def _name_start(self, i: int) -> int:
        """First token of a name (up to three capitalised words) ending right before ``i``."""
        lo, _ = sentence_bounds(self.doc, i)
        j = i - 1
        while j >= lo and i - j <= 3 and is_word(self.norms[j]) and upper_word(self.doc, j):
            j -= 1
        return j + 1

    def _take_name(self, c: Candidate) -> None:
        """``the Putin regime``, ``Tehran's proxies``: mark the name with the label."""
        j = self._name_start(c.first)
        if j == c.first:
            lo, _ = sentence_bounds(self.doc, c.first)
            if j - 1 >= lo and self.norms[j - 1] in POSSESSIVE_DETERMINERS:
                c.first, c.start = j - 1, self.spans[j - 1][0]  # "his enablers"
                c.supported = True
            return
        lo, _ = sentence_bounds(self.doc, c.first)
        if j - 1 >= lo and self.norms[j - 1] in LABEL_DETERMINERS:
            j -= 1
        c.first, c.start = j, self.spans[j][0]
        c.supported = True
        c.strength = min(3, c.strength + 1)
        c.rule = f"name + label ({c.entry.source if c.entry else ''})"

    def _person_after(self, c: Candidate) -> int | None:
        """The people word a charged word is put on (``corrupt elite``), or None.

        One more modifier may sit between (``corrupt western elite``); after a
        charged adjective a capitalised name counts too (``bumbling Smithson``).
        """
        _, hi = sentence_bounds(self.doc, c.first)
        k = c.end
        if k >= hi:
            return None
        is_target = self.data.is_target
        finite = verbs().finite
        if is_target(self.norms[k]) and (self.norms[k] not in finite
                                         or self._preceded_by(c, LABEL_DETERMINERS)):
            return k  # "the radical left", not "two fools left"
        if (k + 1 < hi and is_content(self.norms[k]) and is_target(self.norms[k + 1])
                and self.norms[k + 1] not in finite):
            return k + 1
        if (c.entry is not None and "adj" in c.entry.tags and upper_word(self.doc, k)
                and not self.doc.token_text(k).isupper()
                and not (k + 1 < hi and upper_word(self.doc, k + 1))
                and not title_case(self.doc, self.doc.token_sentence[k])):
            return k  # in a title-case line every word is capitalised: no sign of a name
        return None

    def _take_person(self, c: Candidate) -> bool:
        """``corrupt elite``, ``far-left activists``: a charged word put on people is a label."""
        k = self._person_after(c)
        if k is None:
            return False
        c.end, c.stop = k + 1, self.spans[k][1]
        c.supported = True
        if c.technique == "loaded_language":
            c.technique = "name_calling"
            target = self.data.targets.get(self.norms[k])
            if target is not None:
                c.explanation = target.explanation.replace(
                    f"“{target.term}”", f"“{self.doc.token_text(k)}”")
            c.rule = f"charged word + people ({c.entry.source if c.entry else ''})"
        return True

    def _take_scope(self, c: Candidate) -> None:
        """``endless wars``: an exaggeration marks the words it inflates."""
        _, hi = sentence_bounds(self.doc, c.first)
        k = c.end
        while k < hi and k - c.end < SCOPE_WORDS and is_content(self.norms[k]):
            k += 1
        if k > c.end:
            c.end, c.stop = k, self.spans[k - 1][1]


def resolve_gates(doc: Document, cands: list[Candidate]) -> None:
    """Give context-only words their second signal, or leave them unsupported.

    Signals: another live charged word within two tokens (an everyday absolute
    such as "never" needs another exaggeration right beside it), scare quotes
    around the word, the word shouted in capitals, an exclamation mark.
    """
    live = sorted((c.first, c.end) for c in cands if c.live)
    firsts = [f for f, _ in live]
    # Live exaggerations by first token, for the "absolute beside another" test below.
    exaggerations = sorted((o.first, o.end) for o in cands
                           if o.live and o.technique == "exaggeration")
    ex_firsts = [f for f, _ in exaggerations]
    longest = max((e - f for f, e in exaggerations), default=0)
    for c in cands:
        if c.live:
            continue
        if c.entry is not None and "absolute" in c.entry.tags:
            # any live exaggeration touching [first-1, end+1]; c itself is not live
            lo = bisect.bisect_left(ex_firsts, c.first - 1 - longest)
            hi = bisect.bisect_right(ex_firsts, c.end + 1)
            c.supported = any(e >= c.first - 1 for _, e in exaggerations[lo:hi])
            continue
        c.supported, signal = _second_signal(doc, c, live, firsts)
        if c.supported:
            c.rule = f"{c.rule} + {signal}"


def _second_signal(doc: Document, c: Candidate, live: list[tuple[int, int]],
                   firsts: list[int]) -> tuple[bool, str]:
    """Whether a context-only word has its second signal, and which one (named in the
    finding's rule, so a learner sees why a usually plain word was flagged).

    A label or an exaggeration also counts a charged word beside it ("left-wing
    extremists") or an exclamation mark. A loaded word does not: on the PTC tune part
    context-only loaded words with only those signals were right about one time in
    ten, so only scare quotes and shouting lift them.
    """
    if c.technique != "loaded_language":
        i = bisect.bisect_left(firsts, c.first - 3)
        while i < len(live) and live[i][0] <= c.end + 2:
            f, e = live[i]
            if (f >= c.end or e <= c.first) and e >= c.first - 2:  # another word, not itself
                return True, "charged word beside it"
            i += 1
    if scare_quote_around(doc, c.start, c.stop):
        return True, "scare quotes"
    word = doc.text[c.start:c.stop]
    if len(word) > 4 and word.isupper():  # shouting, not an acronym such as "MAGA"
        return True, "shouted in capitals"
    sent = doc.sentences[doc.token_sentence[c.first]]
    if c.technique != "loaded_language" and doc.text[sent.start:sent.end].rstrip(
            "\"'”’»)").endswith("!"):
        return True, "exclamation mark"
    return False, ""
