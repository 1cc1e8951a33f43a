"""Sentence kind and support (DESIGN.md §2), decided by transparent cues.

The rules follow the decision order of docs/sentence-labelling-guide.md:

kind:    question mark → ``question``; not a statement (verbless heading or fragment,
         greeting, call to action for the reader) → ``other``; a named or identifiable
         source with a reporting verb in the main clause → ``attributed``; the writer's
         own view (first-person marker, recommendation, value judgement as predicate)
         → ``opinion``; everything else → ``claim``.
support: a named record or a method → ``evidence``; an unnamed or vague source
         → ``vague_source``; a figure with an identifiable origin, or a dated event
         with a place → ``evidence``; an identifiable source → ``named_source``;
         otherwise ``none``.

Every decision leaves a cue on the label, so a learner can see why. The work
per document is one pass of dict lookups (:mod:`mediakit.claims.words`); only
sentences holding a cue get a closer look. Results are memoised on the document
so the claims detectors reuse them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mediakit.claims.signals import sentence_signals
from mediakit.claims.sources import (
    DEF_DET,
    FUNCTION,
    INDEF_DET,
    ReportedSource,
    SourceReader,
)
from mediakit.claims.words import CueHit, cue_index, find_cues
from mediakit.datafiles import word_class
from mediakit.document import Document, Sentence
from mediakit.labels import SentenceLabel, Signal
from mediakit.matching.verbs import verbs

MEMO_KEY = "mediakit.claims.classify"

_CLOSERS = "\"'”’»)]} \t"
_WH = word_class("question_words")
AUX = word_class("auxiliaries")
_ED_NOUNS = word_class("ed_nouns")
_PLURAL_PRONOUNS = word_class("plural_pronouns")
_SUBJECT_PRONOUNS = word_class("subject_pronouns")
#: After an imperative: "Scrap the toll", "Call your MP", "Click here".
_IMPERATIVE_NEXT = word_class("after_imperative")
_POLICY_NEXT = word_class("after_policy_verb")
_NOT_IMPERATIVE = word_class("not_imperative")
_SENTENCE_OPENERS = word_class("sentence_openers")
_COPULA = word_class("copulas")
_COPULA_CONTRACTED = word_class("contracted_copulas")
_EVAL_SKIP = word_class("evaluation_skip")
_INTENSIFIERS = word_class("intensifying_adverbs")
_RULE_AFTER_MUST = word_class("rule_after_must_be")
_FUTURE = word_class("future_markers")
#: A future event said to be scheduled is checkable after all (rule logic, kept here).
_SCHEDULED = frozenset("scheduled due planned".split())
_PLACE_PREP = word_class("place_prepositions")
_PLACE_KINDS = word_class("place_kinds")
_PARTICIPLE_AFTER_MUST = re.compile(r"(?:ed|en|wn|ne|ught|ght)$")
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|gov|net)\b", re.IGNORECASE)
_BRACKET_REF = re.compile(
    r"\([^()]*(?:\b(?:19|20)\d\d\b[^()]*[A-Z]|[A-Z][^()]*\b(?:19|20)\d\d\b|\b(?:table|fig\.?|"
    r"figure|p\.|pp\.|page|source|see)\b)[^()]*\)",
)
_TIME_AFTER = word_class("after_clock_time")
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s|'s)?")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


class Facts:
    """What the classifier found in one sentence; detectors read these.

    Most sentences need no more than their cue hits, so the other fields stay at their
    class-level defaults (empty, shared) and are only set on the sentences that need them.
    """

    reports: Sequence[ReportedSource] = ()  # replaced, never changed in place
    main: ReportedSource | None = None  # the identifiable main-clause report, if any
    vague: Sequence[tuple[int, int, str]] = ()  # token spans and why
    quoted: frozenset[int] | set[int] = frozenset()  # hit.first of hits inside quotations
    figure: bool = False
    opinion_marked: bool = False  # a first-person view marker in the writer's voice

    def __init__(self, hits: list[CueHit] | tuple = ()) -> None:
        self.hits = hits

    def __repr__(self) -> str:
        return f"<Facts {len(self.hits)} hits, {len(self.reports)} reports>"


_NO_FACTS = Facts()  # shared by sentences without cues; never changed


@dataclass(slots=True)
class Analysis:
    """Per document: a label per sentence, the signals, and what the classifier saw."""

    labels: list[SentenceLabel]
    signals: list[Signal]
    facts: list[Facts]


#: Per-document caches of the claims family, dropped once the labels are handed over.
_CACHES = (MEMO_KEY, "mediakit.detectors.claims")


def classify_sentences(doc: Document) -> tuple[list[SentenceLabel], list[Signal]]:
    """Label every sentence of ``doc``; also return the hedge/booster/opinion signals.

    :func:`mediakit.analyze` calls this after the detectors have run, so the working
    data they shared (cue hits, pattern matches) is dropped here: a report keeps its
    document, and a batch of reports would otherwise keep all of it alive.
    """
    a = analyse(doc)
    for key in _CACHES:
        doc.__dict__.pop(key, None)
    return a.labels, a.signals


def analyse(doc: Document) -> Analysis:
    """Labels, signals and per-sentence facts, computed once per document."""
    memo = doc.__dict__.get(MEMO_KEY)
    if memo is None:
        memo = _Classifier(doc).run()
        doc.__dict__[MEMO_KEY] = memo
    return memo


class _Classifier:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.norms = doc.norms
        self.spans = doc.token_spans
        self.reader = SourceReader(doc)
        self.verbs = verbs()
        self.cues = cue_index()
        words = self.cues.first_words
        self._starters = words["cta"] | words["formula"] | {"let's", "let", "please"}
        self._numbers = words["number"]

    # -- small helpers -------------------------------------------------------------------

    def tok(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def phrase(self, first: int, end: int) -> str:
        return self.text[self.spans[first][0]:self.spans[end - 1][1]]

    def cap(self, i: int) -> bool:
        return self.text[self.spans[i][0]].isupper()

    def quoted_token(self, i: int) -> bool:
        s, e = self.spans[i]
        return self.doc.in_quote(s, e)

    # -- the pass ------------------------------------------------------------------------

    def run(self) -> Analysis:
        doc = self.doc
        per_sentence: dict[int, list[CueHit]] = {}
        for hit in find_cues(doc):  # hits come in text order
            bucket = per_sentence.get(hit.sentence)
            if bucket is None:
                per_sentence[hit.sentence] = [hit]
            else:
                bucket.append(hit)
        digits = self._digit_tokens()
        quoted_sentences = self._quoted_sentences()
        labels: list[SentenceLabel] = []
        facts: list[Facts] = []
        signals: list[Signal] = []
        get = per_sentence.get
        for sent in doc.sentences:
            hits = get(sent.index)
            f = Facts(hits) if hits else _NO_FACTS
            if hits and sent.index in quoted_sentences:
                f.quoted = {h.first for h in hits if self.quoted_token(h.first)}
            labels.append(self.label(sent, f, digits.get(sent.index, ())))
            facts.append(f)
            if hits:
                signals.extend(sentence_signals(doc, sent, f))
        return Analysis(labels, signals, facts)

    def _quoted_sentences(self) -> set[int]:
        """Indices of sentences that overlap a quotation (most sentences do not)."""
        out: set[int] = set()
        quotes = self.doc.quotes
        if not quotes:
            return out
        doc = self.doc
        for qs, qe in quotes:
            s = doc.sentence_at(qs)
            i = s.index if s is not None else 0
            while i < len(doc.sentences) and doc.sentences[i].start < qe:
                if doc.sentences[i].end > qs:
                    out.add(i)
                i += 1
        return out

    def _digit_tokens(self) -> dict[int, list[int]]:
        """Sentence index -> tokens that start with a digit."""
        out: dict[int, list[int]] = {}
        token_sentence = self.doc.token_sentence
        for word, positions in self.doc.word_index.items():
            if word[0] in "0123456789":
                for i in positions:
                    out.setdefault(token_sentence[i], []).append(i)
        return out

    # -- one sentence --------------------------------------------------------------------

    def label(self, sent: Sentence, f: Facts, digit_toks) -> SentenceLabel:
        text = self.text[sent.start:sent.end]
        hits = [h for h in f.hits if h.first not in f.quoted] if f.quoted else f.hits
        roles: dict[str, list[CueHit]] = {}
        for h in hits:
            role = h.cue.role
            if role in roles:
                roles[role].append(h)
            else:
                roles[role] = [h]
        if (not sent.heading and sent.end_token - sent.first_token > 12
                and not self._kind_relevant(sent, roles)
                and text.rstrip(_CLOSERS)[-1:] != "?"):
            # the common case: a plain statement with nothing that could change its kind
            if not digit_toks and "date" not in roles and not _maybe_ref(text):
                return SentenceLabel(sent.start, sent.end, text, sent.index, sent.paragraph,
                                     False, "claim", "none", _PLAIN_CUES)
            cues = ["statement in the writer's own voice"]
            support = self.support(sent, text, "claim", f, digit_toks, cues, hits, roles)
            return SentenceLabel(sent.start, sent.end, text, sent.index, sent.paragraph,
                                 False, "claim", support, tuple(cues))
        cues = []
        kind = self.kind(sent, text, f, cues, hits, roles)
        support = self.support(sent, text, kind, f, digit_toks, cues, hits, roles)
        return SentenceLabel(sent.start, sent.end, text, sent.index, sent.paragraph,
                             sent.heading, kind, support, tuple(cues))

    def _kind_relevant(self, sent: Sentence, roles: dict[str, list[CueHit]]) -> bool:
        """Whether any cue could make this sentence other than a plain claim."""
        if not _KIND_ROLES.isdisjoint(roles):
            return True
        norms, end = self.norms, sent.end_token
        starters = self._starters
        return any(norms[i] in starters for i in range(sent.first_token,
                                                       min(sent.first_token + 3, end)))

    def kind(self, sent: Sentence, text: str, f: Facts, cues: list[str], hits: list[CueHit],
             roles: dict[str, list[CueHit]]) -> str:
        if sent.end_token == sent.first_token:
            cues.append("no words")
            return "other"
        if "reporting" in roles or "reporting_weak" in roles:
            read = self.reader.read
            reports = []
            for role in ("reporting", "reporting_weak"):
                for h in roles.get(role, ()):
                    r = read(h, sent)
                    if r is not None:
                        reports.append(r)
            if reports:
                reports.sort(key=lambda r: r.verb)
                f.reports = reports
        if f.reports or "vague_phrase" in roles:
            self._vague(sent, f, roles)
        first_person = (self._first_person(sent, roles)
                        if "opinion_marker" in roles or "feeling" in roles else "")
        if first_person:
            f.opinion_marked = True

        if text.rstrip(_CLOSERS).endswith(("?", "?!", "?…")):
            cues.append("ends with a question mark")
            return "question"
        if sent.heading:
            colon = self._colon_quote(sent, text)
            if colon:
                cues.append(f"headline form 'Source: quotation' ({colon})")
                return "attributed"
            if self._wh_title(sent):
                cues.append("heading (a 'wh-' title, not a statement)")
                return "other"
            if not self._has_verb(sent, roles):
                cues.append("heading without a verb")
                return "other"
            cues.append("headline with a verb, read as a sentence")
        other = self._not_a_statement(sent, roles)
        if other:
            cues.append(other)
            return "other"
        main = next((r for r in f.reports if r.position == "main" and r.identifiable),
                    None) if f.reports else None
        if main is not None and not first_person:
            f.main = main
            cues.append(f"reporting verb '{self.phrase(main.verb, main.verb_end)}' with "
                        f"{_KIND_WORDS[main.kind]} '{self.phrase(main.np_start, main.np_end)}'")
            return "attributed"
        if first_person:
            cues.append(first_person)
            return "opinion"
        if f.vague:
            reported = any(r.position == "main" and r.kind == "vague" for r in f.reports) or any(
                any(self.norms[i] in _REPORT_WORDS for i in range(h.first, h.end))
                for h in roles.get("vague_phrase", ()))
            if reported:
                cues.append("a vague source passes the content on (a claim, not a report)")
                return "claim"
        if self.norms[sent.first_token] == "under" and self._under_rule(sent):
            cues.append("states what a named rule lays down")
            return "claim"
        view = (self._imperative(sent)
                or ("obligation" in roles and self._obligation(sent, roles))
                or ("evaluative" in roles and self._evaluation(sent, roles)))
        if view:
            cues.append(view)
            return "opinion"
        cues.append("statement in the writer's own voice")
        return "claim"

    # -- kind helpers --------------------------------------------------------------------

    def _has_verb(self, sent: Sentence, roles: dict[str, list[CueHit]] | None = None) -> bool:
        """A heuristic verb check for headings and short fragments (no tagger offline)."""
        norms, v = self.norms, self.verbs
        first, end = sent.first_token, sent.end_token
        colon_np = False
        if sent.heading:
            # "Gaza: a generation lost": after "X:" a noun phrase with a participle
            for i in range(first, min(first + 5, end)):
                if norms[i] == ":" and i + 1 < end and norms[i + 1] in ("a", "an", "the"):
                    colon_np = True
                    first = i + 1
                    break
        if roles:
            for role in ("reporting", "obligation"):
                if any((h.first > first or (h.first == first and not sent.heading))
                       and not norms[h.first].endswith("ing") for h in roles.get(role, ())):
                    return True
        if norms[first] in v.base and first + 1 < end and norms[first + 1] in _POLICY_NEXT:
            return True  # an imperative: "Close the border now."
        for i in range(first, end):
            n = norms[i]
            if n in AUX or n.endswith("n't"):
                return True
            if n == "to" and i + 1 < end and norms[i + 1] in v.base:
                return True
            if colon_np:
                if n in v.finite and n.endswith("s") and not n.endswith("ss"):
                    return True
                continue
            if sent.heading and i == first:
                continue  # "Notes to editors": a heading's first word is its subject
            if n in v.finite:
                return True
            if (n in v.base and i > first and not self.cap(i)
                    and (norms[i - 1].endswith("s") or norms[i - 1] in _PLURAL_PRONOUNS)):
                return True  # "Smartphone sales slump", "they lie"
            if (len(n) > 4 and n.endswith("ed") and n.isalpha() and n not in _ED_NOUNS
                    and not self.cap(i)):
                return True
        return False

    def _wh_title(self, sent: Sentence) -> bool:
        """'Where Trump deserves credit', 'Tax: what the new rules mean'."""
        norms = self.norms
        first, end = sent.first_token, sent.end_token
        if first < end and norms[first] in _WH:
            return True
        for i in range(first, min(first + 5, end - 1)):
            if norms[i] == ":":
                return norms[i + 1] in _WH
        return False

    def _colon_quote(self, sent: Sentence, text: str) -> str:
        """'Minister: ‘No new taxes’' -> the source before the colon."""
        colon = text.find(":")
        if 0 < colon <= 40 and text[colon + 1:].lstrip()[:1] in "‘“\"'«":
            return text[:colon]
        return ""

    def _not_a_statement(self, sent: Sentence, roles: dict[str, list[CueHit]]) -> str:
        norms = self.norms
        first, end = sent.first_token, sent.end_token
        short = end - first <= 16
        starters = self._starters
        if not short and norms[first] not in starters and (
                first + 1 >= end or norms[first + 1] not in starters) and (
                first + 2 >= end or norms[first + 2] not in starters):
            return ""  # the common case: a long sentence that opens like a statement
        w0 = first
        while w0 < end and not norms[w0][:1].isalnum():
            w0 += 1
        if w0 == end:
            return "no words"
        formula = self.cues.match_at(norms, w0, end, "formula")
        if formula is not None and not (norms[w0] == "thanks" and w0 + 1 < end
                                        and norms[w0 + 1] == "to"):
            return f"greeting, thanks or sign-off '{self.phrase(w0, w0 + len(formula.keys))}'"
        if norms[w0] == "by" and short and w0 + 1 < end and self.cap(w0 + 1):
            return "byline"
        if any(norms[i] in starters for i in range(w0, min(w0 + 3, end))) \
                or "please" in self.doc.word_index:
            found = self._call_to_action(sent, w0)
            if found:
                return found
        if short:
            words = [i for i in range(first, end) if norms[i][:1].isalnum()]
            if len(words) <= 10 and not self._has_verb(sent, roles) and not any(
                    norms[i] in _SUBJECT_PRONOUNS for i in words):
                return "a fragment without a verb"
        return ""

    def _call_to_action(self, sent: Sentence, w0: int) -> str:
        norms = self.norms
        first, end = sent.first_token, sent.end_token
        match_at = self.cues.match_at
        v0 = w0  # skip "Please", "So", "Now" before an imperative
        while v0 < end - 1 and (norms[v0] in _SENTENCE_OPENERS or not norms[v0][:1].isalnum()):
            v0 += 1
        nxt = norms[v0 + 1] if v0 + 1 < end else ""
        nxt_ok = (not nxt or nxt in _IMPERATIVE_NEXT or not nxt[:1].isalnum()
                  or self.cap(v0 + 1) or nxt[:1].isdigit())
        cta = match_at(norms, v0, end, "cta")
        if cta is not None and (len(cta.keys) > 1 or nxt_ok):
            return f"call to action for the reader '{self.phrase(v0, v0 + len(cta.keys))}'"
        if "please" in self.doc.word_index:
            for i in range(first, end - 1):
                if norms[i] == "please" and match_at(norms, i + 1, end, "cta"):
                    return f"call to action for the reader 'please {self.tok(i + 1)}'"
        if norms[v0] in ("let's", "let") and v0 + 1 < end:
            j = v0 + 1 + (norms[v0 + 1] == "us")
            j += j < end and norms[j] == "all"
            if j < end and match_at(norms, j, end, "cta"):
                return f"call to action for the reader '{self.phrase(v0, j + 1)}'"
        return ""

    def _first_person(self, sent: Sentence, roles: dict[str, list[CueHit]]) -> str:
        for h in roles.get("opinion_marker", ()):
            return f"opinion marker '{self.phrase(h.first, h.end)}'"
        norms = self.norms
        for h in roles.get("feeling", ()):
            j = h.first - 1
            while j >= sent.first_token and norms[j] in _INTENSIFIERS:
                j -= 1
            if j < sent.first_token:
                continue
            n = norms[j]
            if n in ("i'm", "we're"):
                return f"the writer's own feeling '{self.phrase(j, h.end)}'"
            if (n in ("am", "are", "was", "were") and j - 1 >= sent.first_token
                    and norms[j - 1] in ("i", "we")):
                return f"the writer's own feeling '{self.phrase(j - 1, h.end)}'"
        return ""

    def _under_rule(self, sent: Sentence) -> bool:
        norms = self.norms
        first = sent.first_token
        if norms[first] != "under":
            return False
        record = self.reader.records
        for i in range(first + 1, min(first + 8, sent.end_token)):
            if norms[i] in record and (self.cap(i) or any(
                    norms[k][:1].isdigit() or self.cap(k) for k in range(first + 1, i))):
                return True
        return False

    def _imperative(self, sent: Sentence) -> str:
        """'Scrap the toll now.' - an imperative demanding a policy: an opinion."""
        norms = self.norms
        first, end = sent.first_token, sent.end_token
        i = first
        while i < end - 1 and norms[i] in _SENTENCE_OPENERS:
            i += 1
        n = norms[i]
        if n in ("don't", "do") and i + 1 < end:
            i += 1 + (norms[i + 1] == "not")
            if i >= end:
                return ""
            n = norms[i]
        if n in ("let's", "let"):
            return f"'{self.tok(i)}' proposes what should be done"
        if (n in self.verbs.base and n not in _NOT_IMPERATIVE and i + 1 < end
                and norms[i + 1] in _POLICY_NEXT):
            return f"imperative demanding action '{self.tok(i)}'"
        return ""

    def _obligation(self, sent: Sentence, roles: dict[str, list[CueHit]]) -> str:
        norms, end = self.norms, sent.end_token
        for h in roles.get("obligation", ()):
            n = norms[h.first]
            if n in ("must", "mustn't"):
                nxt = norms[h.first + 1] if h.first + 1 < end else ""
                nxt2 = norms[h.first + 2] if h.first + 2 < end else ""
                if nxt == "have" and _PARTICIPLE_AFTER_MUST.search(nxt2):
                    continue  # "must have been": a guess, not an obligation
                if nxt == "be" and nxt2 in _RULE_AFTER_MUST:
                    continue  # "must be over 18": a rule described
            if n in ("let's", "let") or self._in_noun_clause(sent, h.first):
                continue
            return f"recommendation or obligation '{self.phrase(h.first, h.end)}'"
        return ""

    def _in_noun_clause(self, sent: Sentence, i: int) -> bool:
        """'the position that the U.S. should ...', 'they knew the models were wrong':
        the modal or judgement belongs to someone's view or knowledge, not the writer's."""
        norms = self.norms
        for k in range(max(sent.first_token + 1, i - 15), i):
            if norms[k] == "that" and norms[k - 1] in _VIEW_NOUNS:
                return True
            if norms[k] in _COGNITION and k < i - 1:
                return True
        return False

    def _evaluation(self, sent: Sentence, roles: dict[str, list[CueHit]]) -> str:
        norms = self.norms
        first = sent.first_token
        for h in roles.get("evaluative", ()):
            j = h.first - 1
            steps = free = 0
            while j >= first and steps < 6:
                n = norms[j]
                if n in _EVAL_SKIP or n in _INTENSIFIERS:
                    pass
                elif free < 2 and n.isalpha() and n not in FUNCTION and n not in _COPULA \
                        and not self.cap(j):
                    free += 1  # "the biggest medical breakthrough": modifiers in between
                else:
                    break
                j -= 1
                steps += 1
            if j < first:
                continue
            n = norms[j]
            if free and norms[j + 1] not in ("a", "an", "the"):
                continue
            if self._in_noun_clause(sent, j):
                continue
            if n in _COPULA or n in _COPULA_CONTRACTED or n == "deserves":
                return f"value judgement as the predicate '{self.phrase(j, h.end)}'"
        return ""

    def _vague(self, sent: Sentence, f: Facts, roles: dict[str, list[CueHit]]) -> None:
        vague = [(h.first, h.end, "vague_phrase") for h in roles.get("vague_phrase", ())]
        for r in f.reports:
            if r.kind == "vague" and r.position != "sub":
                vague.append((r.np_start, r.verb_end if not r.inverted else r.np_end,
                              "vague_report"))
        if vague:
            f.vague = vague

    # -- support -------------------------------------------------------------------------

    def support(self, sent: Sentence, text: str, kind: str, f: Facts, digit_toks,
                cues: list[str], hits: list[CueHit], roles: dict[str, list[CueHit]]) -> str:
        if (not f.reports and not f.vague and not digit_toks and kind != "attributed"
                and _SUPPORT_ROLES.isdisjoint(roles) and not _maybe_ref(text)):
            cues.append("no source or evidence in the sentence")
            return "none"
        if "record" in roles or f.reports:
            record = self._named_record(sent, f, roles.get("record", ()))
            if record:
                cues.append(f"record named: '{record}'")
                return "evidence"
        for h in roles.get("method", ()):
            cues.append(f"method given: '{self.phrase(h.first, h.end)}'")
            return "evidence"
        if _maybe_ref(text) and (_BRACKET_REF.search(text) or _LINK.search(text)):
            cues.append("reference or link given")
            return "evidence"
        if "record" in roles and self._under_rule(sent):
            cues.append("a named rule is cited")
            return "evidence"
        identifiable = f.main or (next(
            (r for r in f.reports if r.identifiable and (
                r.position == "as" or (kind in ("question", "opinion") and r.position == "main"))),
            None) if f.reports else None)
        if kind != "attributed" and f.vague:
            a, b, _ = max(f.vague, key=lambda v: v[1] - v[0])
            cues.append(f"vague source '{self.phrase(a, b)}'")
            return "vague_source"
        agree = self._agree_with(sent, roles.get("opinion_marker", ())) if f.opinion_marked else ""
        if identifiable is not None or agree:
            figure = self._figure(sent, hits, digit_toks)
            f.figure = bool(figure)
            if figure:
                cues.append(f"figure '{figure}' with an identifiable origin")
                return "evidence"
        event = (self._dated_place(sent, hits, digit_toks, f)
                 if digit_toks or "date" in roles else "")
        if event:
            cues.append(f"dated event with a place ({event})")
            return "evidence"
        if identifiable is not None:
            who = self.phrase(identifiable.np_start, identifiable.np_end)
            cues.append(f"named or identifiable source '{who}'")
            return "named_source"
        if kind == "attributed":  # the headline form "Minister: ‘…’"
            cues.append("source named before the colon")
            return "named_source"
        if agree:
            cues.append(f"named or identifiable source '{agree}'")
            return "named_source"
        cues.append("no source or evidence in the sentence")
        return "none"

    def _named_record(self, sent: Sentence, f: Facts, hits) -> str:
        for r in f.reports:
            if r.kind == "record":
                return self.phrase(r.np_start, r.np_end)
        norms = self.norms
        reader = self.reader
        for h in hits:
            i = h.first
            start = reader.left_np(i, sent)
            qualified = any(norms[k][:1].isdigit() or reader.name_like(k, sent)
                            or (norms[k].endswith("'s") and norms[k] not in FUNCTION
                                and reader.name_like(k, sent))
                            for k in range(start, i))
            if not qualified and self.cap(i) and i != sent.first_token:
                qualified = True  # "the Water Act", "the Constitution"
            end = i + 1
            if not qualified and end + 1 < sent.end_token and norms[end] in ("by", "from", "of",
                                                                              "in"):
                j = end + 1 + (norms[end + 1] in DEF_DET)
                if j < sent.end_token and (reader.name_like(j, sent) or norms[j][:1].isdigit()):
                    qualified = True
                    end = reader.right_np(j, sent)
            if qualified and norms[start] not in INDEF_DET:
                return self.phrase(start, max(end, i + 1))
        return ""

    def _agree_with(self, sent: Sentence, hits) -> str:
        norms = self.norms
        for h in hits:
            if h.cue.term in ("i agree", "we agree") and h.end + 1 < sent.end_token \
                    and norms[h.end] == "with":
                start = h.end + 1
                end = self.reader.right_np(start, sent)
                if end > start:
                    head = end - 1
                    kind = self.reader.classify_np(start, end, head, sent)
                    if kind in ("named", "role", "record", "pronoun"):
                        return self.phrase(start, end)
        return ""

    def _figure(self, sent: Sentence, hits: list[CueHit], digit_toks) -> str:
        norms = self.norms
        dates = self.reader.dates
        for i in digit_toks:
            n = norms[i]
            if _YEAR.fullmatch(n) or _ORDINAL.fullmatch(n):
                continue
            nxt = norms[i + 1] if i + 1 < sent.end_token else ""
            prev = norms[i - 1] if i > sent.first_token else ""
            if nxt in _TIME_AFTER or nxt in dates or prev in dates:
                continue
            return self.tok(i)
        match_at, numbers = self.cues.match_at, self._numbers
        for i in range(sent.first_token, sent.end_token):
            if norms[i] not in numbers:
                continue
            cue = match_at(norms, i, sent.end_token, "number")
            if cue is not None and not (i > sent.first_token
                                        and norms[i - 1] in ("the", "these", "those")):
                return self.phrase(i, i + len(cue.keys))
        return ""

    def _dated_place(self, sent: Sentence, hits: list[CueHit], digit_toks, f: Facts) -> str:
        norms = self.norms
        zone = range(0)
        if f.main is not None:
            m = f.main
            lo = min(m.np_start, m.verb)
            hi = max(m.np_end, m.verb_end)
            k = hi
            while k < sent.end_token and k < hi + 6 and norms[k] not in ("that", ":", "“", "\""):
                k += 1
            zone = range(lo, k)
        date = ""
        for h in hits:
            if h.cue.role == "date" and h.first not in zone:
                if self.cap(h.first) or norms[h.first] not in ("may", "march"):
                    if norms[h.first] in ("may", "march", "dec", "sun") and not self.cap(h.first):
                        continue
                    date = self.tok(h.first)
                    break
        if not date:
            for i in digit_toks:
                if i not in zone and _YEAR.fullmatch(norms[i]):
                    date = self.tok(i)
                    break
        if not date:
            return ""
        words = norms[sent.first_token:sent.end_token]
        if not _FUTURE.isdisjoint(words) and _SCHEDULED.isdisjoint(words):
            return ""  # a future event is not checkable yet, unless it is scheduled
        place = self._place(sent, zone)
        return f"'{date}', '{place}'" if place else ""

    def _place(self, sent: Sentence, zone: range) -> str:
        norms = self.norms
        reader = self.reader
        places = self.cues.by_role["place"]
        for i in range(sent.first_token + 1, sent.end_token):
            if i in zone or not reader.name_like(i, sent):
                continue
            if norms[i] in reader.dates:
                continue
            prev = norms[i - 1]
            if prev in _PLACE_PREP or (prev in DEF_DET and i - 2 >= sent.first_token
                                       and norms[i - 2] in _PLACE_PREP):
                return self.tok(i)
            if prev == "of" and i - 2 >= sent.first_token and norms[i - 2] in _PLACE_KINDS:
                return self.phrase(i - 2, i + 1)  # "the village of Robotyne"
            for k in range(i + 1, min(i + 5, sent.end_token)):
                if norms[k] in places:
                    # "the Elm Street bakery", "the Dogger Ridge wind farm"
                    return self.phrase(i, k + 1)
                if not norms[k].isalpha():
                    break
        return ""


_COGNITION = word_class("cognition_verbs")
_VIEW_NOUNS = word_class("view_nouns")
#: Roles that can give a sentence support other than "none".
_SUPPORT_ROLES = frozenset("record method date opinion_marker vague_phrase".split())
#: Roles whose presence can make a sentence anything but a plain claim.
_KIND_ROLES = frozenset(
    "reporting reporting_weak vague_phrase opinion_marker feeling obligation evaluative".split()
)
_PLAIN_CUES = ("statement in the writer's own voice", "no source or evidence in the sentence")


def _maybe_ref(text: str) -> bool:
    """Cheap test before the link and reference regexes run."""
    return "(" in text or "http" in text or "www." in text or ".com" in text or ".org" in text


_KIND_WORDS = {
    "named": "named source",
    "role": "identifiable source",
    "record": "named record",
    "pronoun": "source named earlier",
}
_REPORT_WORDS = word_class("report_words")

__all__ = ["AUX", "FUNCTION", "Analysis", "Facts", "analyse", "classify_sentences"]
