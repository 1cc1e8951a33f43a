"""Who is reported: the source of a reporting verb, and whether a reader could identify it.

A reporting verb ("said", "warned", "according to") is followed back to its
subject over fillers ("has also", "on Monday"), or forward when the subject
comes after it ("…,” said the mayor). The subject's noun phrase is then read the
way the labelling guide asks (docs/sentence-labelling-guide.md, step 3):

- ``named``: a capitalised name ("Anna Berg", "NATO", "Riverton police");
- ``role``: an office or organisation picked out by a definite description
  ("the mayor", "the company's chief executive", bare "police");
- ``record``: a named document ("the 2021 census", "a report by the Tide Institute");
- ``pronoun``: "he"/"she", standing for someone named earlier;
- ``vague``: no one in particular ("experts", "a senior official", "many",
  "a recent study").

The clause the report sits in matters too: after "after", "because", "which"
and the like it is subordinate; after "as" it is the writer citing backing
("As the coach said, …").
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from mediakit.claims.words import CueHit, cue_index
from mediakit.datafiles import word_class
from mediakit.document import Document, Sentence
from mediakit.matching.verbs import verbs

IDENTIFIABLE = frozenset({"named", "role", "record", "pronoun"})

DEF_DET = word_class("definite_determiners")
INDEF_DET = word_class("indefinite_determiners")
SUBORDINATORS = word_class("subordinators")
#: Tokens skipped between a subject and its reporting verb ("Berg has also said").
FILLERS = word_class("source_fillers")
_PASSIVE_AUX = word_class("passive_auxiliaries")
_PROGRESSIVE_AUX = word_class("progressive_auxiliaries")
#: Verbs that take an infinitive before a reporting verb: "rushed to state", "refused to say".
_CONTROL = word_class("control_verbs")
#: Plural nouns that are also reporting verbs: "protests erupted" is not a report.
_NOUN_S = word_class("plural_nouns_like_verbs")
_THAT_LIKE = word_class("after_reporting_verb")
#: After "call": "called for"/"called on" report a demand (rule logic, not a word class).
_CALL_OK = frozenset("on for".split())
_RIGHT_STOP = word_class("source_phrase_stops")
_NP_JOIN = word_class("noun_phrase_joiners")
FUNCTION = word_class("claims_function_words")
_BASE_REPORTING = word_class("reporting_verbs_base")
_PLURAL_WORDS = word_class("plural_subjects")
_VAGUE_ADVERBS = word_class("vague_adverbs")
_MODAL_AUX = word_class("modal_auxiliaries")
_PAST_REPORTING = word_class("reporting_verbs_past")
#: The forms of "know": it reports only after a crowd word ("everyone knows"); rule logic.
_KNOW = frozenset({"know", "knows", "knew"})
_CROWD = word_class("crowd_words")
_RESEARCH = word_class("research_nouns")
ORG_NOUNS = word_class("organisation_nouns")
PRONOUNS = {"he": "pronoun", "she": "pronoun", "they": "they"}


class ReportedSource(NamedTuple):
    """A reporting verb (tokens ``verb``..``verb_end``-1) and its source noun phrase."""

    verb: int
    verb_end: int
    np_start: int
    np_end: int
    kind: str  # named, role, record, pronoun, vague
    position: str  # main, sub, as
    inverted: bool = False

    @property
    def identifiable(self) -> bool:
        return self.kind in IDENTIFIABLE


class SourceReader:
    """Reads the source of reporting verbs in one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.norms = doc.norms
        self.spans = doc.token_spans
        self.text = doc.text
        index = cue_index()
        self.vague = index.by_role["vague_subject"]
        self.records = index.by_role["record"]
        self.dates = index.by_role["date"]
        self.finite = verbs().finite
        self.ing = verbs().ing
        self.base = verbs().base | _BASE_REPORTING

    # -- token helpers -------------------------------------------------------------------

    def cap(self, i: int) -> bool:
        return self.text[self.spans[i][0]].isupper()

    def is_word(self, i: int) -> bool:
        ch = self.text[self.spans[i][0]]
        return ch.isalnum()

    def name_like(self, i: int, sent: Sentence) -> bool:
        """A capitalised token that is a name, not just the first word of the sentence."""
        if not self.cap(i):
            return False
        norm = self.norms[i]
        if norm in self.dates or norm in ("i", "i'm", "i've", "i'd"):
            return False
        if i == sent.first_token or (not self.is_word(i - 1) and i - 1 == sent.first_token):
            return not (norm in FUNCTION or norm in self.vague or norm in self.records
                        or norm in INDEF_DET or norm in DEF_DET)
        return True

    # -- noun phrases ----------------------------------------------------------------------

    def left_np(self, head: int, sent: Sentence) -> int:
        """First token of the noun phrase that ends at ``head``."""
        norms = self.norms
        i, mods = head, 0
        while i - 1 >= sent.first_token:
            prev = norms[i - 1]
            if prev in DEF_DET:
                return i - 1
            if prev in INDEF_DET:
                if i - 2 >= sent.first_token and norms[i - 2] in DEF_DET:
                    return i - 2  # "the two powers"
                return i - 1
            if not self.is_word(i - 1):
                break
            if prev.endswith(("'s", "s'")) and prev not in ("it's", "that's", "he's", "she's",
                                                            "what's", "there's", "let's"):
                i -= 1
                continue
            if prev[0].isdigit():
                i -= 1
                continue
            if self.cap(i - 1) and prev not in FUNCTION:
                i -= 1
                continue
            if (prev == "of" and self.cap(i) and i - 2 >= sent.first_token
                    and self.name_like(i - 2, sent)):
                i -= 1  # "Minister of Health", "University of Leeds"
                continue
            if (prev.isalpha() and prev not in FUNCTION and prev not in SUBORDINATORS
                    and prev not in FILLERS and prev not in self.finite and mods < 3
                    and not prev.endswith("ly")):
                mods += 1
                i -= 1
                continue
            break
        return i

    def right_np(self, start: int, sent: Sentence) -> int:
        """End (exclusive) of a noun phrase starting at ``start``: "the mayor of Riverton"."""
        norms = self.norms
        j = start
        limit = min(sent.end_token, start + 9)
        while j < limit:
            n = norms[j]
            if n in _NP_JOIN and j > start and j + 1 < limit and (
                    norms[j + 1] in DEF_DET or self.cap(j + 1)):
                j += 1
                continue
            if n in _RIGHT_STOP or (not self.is_word(j) and not n.endswith("'s")):
                break
            if j > start and n in self.finite and not self.cap(j):
                break
            j += 1
        return j

    def classify_np(self, start: int, end: int, head: int, sent: Sentence) -> str | None:
        """``named``, ``role``, ``record``, ``pronoun``, ``they``, ``vague`` or None."""
        norms = self.norms
        h = norms[head]
        if h in PRONOUNS:
            return PRONOUNS[h]
        if not self.is_word(head) or h in FUNCTION:
            return None
        toks = range(start, end)
        if h in self.records or h.rstrip("'s") in self.records:
            qualified = any(
                norms[t][0].isdigit() or (t != head and self.name_like(t, sent))
                or (norms[t].endswith("'s") and t != head) for t in toks
            ) or (self.cap(head) and head != sent.first_token)
            return "record" if qualified else "vague"
        if h in self.vague:
            # "researchers at Uppsala University" names an institution; "sources in Moscow",
            # "experts at the ministry" name no one in particular
            tail = [t for t in toks if t > head]
            if any(norms[t] in ORG_NOUNS and self.cap(t) for t in tail):
                return "role"
            if not h.endswith("s") and head > start and (
                    norms[head - 1] in DEF_DET or norms[head - 1].endswith("'s")):
                return "role"  # "her doctor", "the club's physio": one particular person
            return "vague"
        if self.name_like(head, sent):
            return "named"
        first = norms[start]
        if any(norms[t] in DEF_DET or (norms[t].endswith("'s") and t != head) for t in toks):
            return "role"
        if any(self.name_like(t, sent) for t in toks):
            return "named"
        if first in INDEF_DET:
            tail = [t for t in toks if t > head]
            if any(norms[t] in DEF_DET or self.name_like(t, sent) for t in tail):
                return "role"  # "a spokesperson for the ministry"
            return "vague"
        if h.endswith("s") and not h.endswith("ss") and h != "police":
            return "vague"  # a bare plural: "parents say"
        return "role"

    # -- reports -----------------------------------------------------------------------------

    def read(self, hit: CueHit, sent: Sentence) -> ReportedSource | None:
        """The source of the reporting cue ``hit``, or None when it is not a report here."""
        norms = self.norms
        v, v_end = hit.first, hit.end
        form = norms[v]
        after = norms[v_end] if v_end < sent.end_token else ""
        if hit.cue.term == "according to":
            end = self.right_np(v_end, sent)
            if end == v_end:
                return None
            head = self._right_head(v_end, end)
            kind = self.classify_np(v_end, end, head, sent)
            if kind is None:
                return None
            return ReportedSource(v, v_end, v_end, end, kind, "main", inverted=True)
        if self.cap(v) and v != sent.first_token:
            return None  # "State Secretary Rubio", "the United States": part of a name
        if form in _NOUN_S and (after in self.finite or after in (".", "of", "about", "from",
                                                                   "and", "were", "are")):
            return None
        # walk back over fillers to the subject
        j = v - 1
        aux: str | None = None
        modal = False
        first = sent.first_token
        while j >= first:
            n = norms[j]
            if n in _VAGUE_ADVERBS:
                return None  # "the striker reportedly asked": passed on, not reported by them
            if n == "to":
                modal = True
            if n == "to" and j - 1 >= first and (norms[j - 1] in _CONTROL
                                                  or norms[j - 1].endswith("ed")):
                j -= 2
                while j >= first and norms[j] in ("on", "was", "is", "were", "been"):
                    j -= 1  # "went on to say", "was quick to"
                continue
            if (n in ("not", "never") or n.endswith("n't")) and not self._question(sent):
                return None  # "did not respond", "never said": no report of what they said
            if n in _MODAL_AUX:
                modal = True
            if (n in FILLERS or n.endswith("n't") or n in self.dates
                    or (n.endswith("ly") and len(n) > 4 and not self.cap(j)
                        and j - 1 >= first and norms[j - 1] not in DEF_DET
                        and norms[j - 1] not in INDEF_DET)):
                if n in _PASSIVE_AUX or n in _PROGRESSIVE_AUX:
                    aux = aux or n
                j -= 1
                continue
            break
        if form.endswith("ing") and aux not in _PROGRESSIVE_AUX:
            return None  # a participle clause ("..., stating that"), not the main report
        if aux in _PASSIVE_AUX and not form.endswith("ing"):
            return None  # "residents were told", "it is said" (the vague list has those)
        appositive = range(0)
        if j >= first and norms[j] == ",":
            # an appositive: "Senator Dana Hale, a Republican from Ohio, called ..."
            k = j - 1
            while k > first and k > j - 10 and norms[k] not in (",", "(", "“", "\""):
                k -= 1
            if k > first and norms[k] == "," and self.is_word(k - 1) and not self.quoted(k - 1):
                appositive = range(k + 1, j)
                j = k - 1
        if j < first or not self.is_word(j):
            if hit.cue.role == "reporting_weak" or (j >= first and not self._after_quote(j)):
                return None
            return self._inverted(hit, sent)
        head = j
        kind_np_start = self.left_np(head, sent)
        p = kind_np_start - 1
        if (p - 1 >= first and norms[p] in _NP_JOIN and self.is_word(p - 1)
                and norms[p - 1] not in FUNCTION and norms[p - 1] not in FILLERS):
            head = p - 1  # "experts at the University of Leeds": the outer head decides
            kind_np_start = self.left_np(head, sent)
        kind = self.classify_np(kind_np_start, j + 1, head, sent)
        if kind == "vague" and norms[head] in self.records and any(
                self.name_like(t, sent) for t in appositive):
            kind = "record"  # "The study, published in The Lancet, found ..."
        if kind is None or (norms[head] in self.ing and not self.cap(head)):
            return None  # "we are hearing reports": a verb, not a subject
        if kind == "they":
            kind = "pronoun" if form in _PAST_REPORTING else "vague"
        if kind_np_start - 1 >= first and norms[kind_np_start - 1] in _MODAL_AUX:
            modal = True  # "Did the Kremlin not promise ...?"
        if (form in self.base and form not in self.finite and not self._plural(head)
                and aux is None and not modal):
            return None  # "a neutral state": a bare verb form needs a plural subject
        if hit.cue.role == "reporting_weak" and not self._weak_ok(form, after, kind, v_end, sent,
                                                                   head):
            return None
        p = kind_np_start - 1
        position = "main"
        if p >= first:
            prev = norms[p]
            if prev == "as":
                position = "as"
            elif prev in SUBORDINATORS:
                position = "sub"
        return ReportedSource(v, v_end, kind_np_start, j + 1, kind, position)

    def _plural(self, head: int) -> bool:
        n = self.norms[head]
        return (n in _PLURAL_WORDS or (n.endswith("s") and not n.endswith(("ss", "'s", "us", "is")))
                or n in ("i", "we", "you", "they"))

    def _weak_ok(self, form: str, after: str, kind: str, v_end: int, sent: Sentence,
                 head: int) -> bool:
        if form in _KNOW:
            # "everyone in the Kremlin knows it" passes a claim through a crowd (rule B11);
            # "the activists knew their models were wrong" asserts what they knew
            return self.norms[head] in _CROWD
        if after in _THAT_LIKE:
            return True
        quotes = self.doc.quotes
        if quotes and v_end < sent.end_token:
            # "called the bill “a reckless giveaway”": a label given in a quotation
            limit = self.spans[min(v_end + 6, sent.end_token - 1)][1]
            start = self.spans[v_end][0]
            i = bisect.bisect_left(quotes, (start,))  # quotes are sorted by start
            if i < len(quotes) and quotes[i][0] < limit:
                return True
        if form.startswith("call") and after in _CALL_OK:
            return True
        return kind == "record" or (kind == "vague" and form.startswith(("show", "found", "find"))
                                    and self.norms[head] in _RESEARCH)

    def _question(self, sent: Sentence) -> bool:
        """'Did the minister not promise …?' cites a promise even though it is negated."""
        return self.text[sent.start:sent.end].rstrip("\"'”’»)] ").endswith("?")

    def _after_quote(self, j: int) -> bool:
        """Token ``j`` (punctuation) closes a quotation, or follows one: '“…,” said X'."""
        for k in (j, j - 1):
            if k >= 0 and self.norms[k] in ("”", "\"", "’", "'", "»"):
                return True
        return self.norms[j] in (",", "—", "–") and self.doc.in_quote(*self.spans[j - 1]) \
            if j > 0 else False

    def quoted(self, i: int) -> bool:
        s, e = self.spans[i]
        return self.doc.in_quote(s, e)

    def _right_head(self, start: int, end: int) -> int:
        """Head of a right-hand noun phrase: the last word before "of/for/at/from"."""
        for t in range(start, end):
            if self.norms[t] in _NP_JOIN and t > start:
                return t - 1
        return end - 1

    def _inverted(self, hit: CueHit, sent: Sentence) -> ReportedSource | None:
        """'“…,” said the mayor' / '…, said Anna Berg': the subject follows the verb."""
        start = hit.end
        if start >= sent.end_token or self.norms[start] in _THAT_LIKE:
            return None
        end = self.right_np(start, sent)
        if end == start:
            return None
        if end < sent.end_token and self.norms[end] not in (",", ".", "!", ";", "—", "–", "(",
                                                             "who", "in", "on", "at", "of"):
            return None  # "…, said the mayor." / "…, said Anna Berg, who …"
        head = self._right_head(start, end)
        kind = self.classify_np(start, end, head, sent)
        if kind is None or kind == "they":
            return None
        return ReportedSource(hit.first, hit.end, start, end, kind, "main", inverted=True)
