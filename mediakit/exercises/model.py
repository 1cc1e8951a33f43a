"""The exercises as data: passages learners read, and the questions with their keys.

Two kinds of data file, both TOML and both validated when loaded, so a typo fails
loudly with the name of the bad entry:

- ``passages/<assignment>.toml``: what learners read, sentence by sentence
  (student-facing; the numbering used in every answer).
- ``keys/<assignment>.toml``: the questions, the instructor's answer key, hints and
  the grading rules. The same rules are written inline into the hidden tests of the
  nbgrader source notebooks; ``tests/test_exercises_notebooks.py`` checks that both
  give the same verdicts.

Question ids look like ``"ex01.q1"``: the assignment's number and the question.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from mediakit.techniques import FAMILIES, TECHNIQUES

#: Question types: learners copy phrases, label items, rewrite a sentence, or write.
TYPES = ("phrases", "labels", "rewrite", "written")
AUTOGRADED = ("phrases", "labels")

_QID = re.compile(r"ex\d\d\.q\d+[a-z]?")
_GRADE_ID = re.compile(r"ex\d\d_q\d+[a-z]?_[a-z0-9_]+")
_TOPIC = re.compile(r"[a-z_]+(:[a-z_]+)?")


class ExerciseDataError(ValueError):
    """A passage or key file of the exercises is malformed."""


SentenceId = int | str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One numbered sentence of a passage, quoted verbatim from ``source``."""

    id: SentenceId
    text: str
    source: str
    focus: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Passage:
    """Numbered sentences that learners read and refer to by number."""

    id: str
    title: str
    intro: str
    sentences: tuple[Sentence, ...]
    source_hidden: bool = False

    def sentence(self, sid: SentenceId) -> Sentence:
        for s in self.sentences:
            if s.id == sid:
                return s
        raise KeyError(f"passage {self.id} has no sentence {sid!r}")

    @property
    def ids(self) -> tuple[SentenceId, ...]:
        return tuple(s.id for s in self.sentences)

    def __str__(self) -> str:
        from mediakit.exercises.display import passage_text

        return passage_text(self)

    def _repr_html_(self) -> str:
        from mediakit.exercises.display import passage_html

        return passage_html(self)


@dataclass(frozen=True, slots=True)
class Item:
    """One thing the key expects: a phrase to find, or the label(s) of one sentence.

    ``accept`` holds alternatives. For phrases: spellings of the phrase, any of which
    may be found inside sentence ``sentence``. For labels: one tuple of accepted
    labels per field.
    """

    sentence: SentenceId
    accept: tuple
    topics: tuple[str, ...]
    hint: str


@dataclass(frozen=True, slots=True)
class GradeRule:
    """One autograded test cell: passes when enough items are right (and few false alarms)."""

    grade_id: str
    points: float
    min_correct: int
    says: str
    field: str = ""
    max_false_alarms: int | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Anchor:
    """A fact a rewrite must keep: any of ``words`` (prefixes) must appear."""

    what: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    assignment: str
    title: str
    type: str
    variable: str = ""
    passage: str = ""
    # autograded questions
    items: tuple[Item, ...] = ()
    plain: tuple[SentenceId, ...] = ()
    fields: tuple[str, ...] = ()
    vocabulary: tuple[tuple[str, ...], ...] = ()
    max_words: int = 8
    noun: str = "phrase"
    grades: tuple[GradeRule, ...] = ()
    # manually graded questions
    grade_id: str = ""
    points: float = 0
    sentence: SentenceId | None = None
    keep: tuple[Anchor, ...] = ()
    charged: tuple[str, ...] = ()
    min_words: int = 0
    max_words_written: int = 0
    min_quotes: int = 0
    quotes_from: tuple[str, ...] = ()
    checklist: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    @property
    def autograded(self) -> bool:
        return self.type in AUTOGRADED

    @property
    def max_points(self) -> float:
        return sum(g.points for g in self.grades) if self.autograded else self.points

    @property
    def grade_ids(self) -> tuple[str, ...]:
        return tuple(g.grade_id for g in self.grades) if self.autograded else (self.grade_id,)

    def item_label(self, n: int) -> str:
        """Instructor-facing name of item ``n`` (shows the key: never use in feedback)."""
        item = self.items[n]
        where = f"s{item.sentence}" if isinstance(item.sentence, int) else str(item.sentence)
        if self.type == "phrases":
            return f"{self.id} {where} “{item.accept[0]}”"
        return f"{self.id} {where} = {'/'.join(a[0] for a in item.accept)}"


@dataclass(frozen=True, slots=True)
class Assignment:
    name: str
    number: str
    title: str
    lesson: str
    minutes: int
    questions: tuple[Question, ...] = field(default=())


# -- loading -------------------------------------------------------------------------


def _folder(name: str):
    return resources.files("mediakit.exercises").joinpath(name)


def _toml_files(name: str) -> list:
    return sorted(
        (p for p in _folder(name).iterdir() if p.name.endswith(".toml")), key=lambda p: p.name
    )


def _sid(value, where: str) -> SentenceId:
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        raise ExerciseDataError(f"{where}: sentence id must be an int or a non-empty string")
    return value


def _require(entry: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in entry]
    if missing:
        raise ExerciseDataError(f"{where}: missing field(s) {', '.join(missing)}")


def parse_passages(raw: str, filename: str = "passages") -> dict[str, Passage]:
    """Parse one passages file; raises :class:`ExerciseDataError` naming the bad entry."""
    data = tomllib.loads(raw)
    out: dict[str, Passage] = {}
    for p in data.get("passage", []):
        where = f"{filename}: passage {p.get('id', '<no id>')!r}"
        _require(p, ("id", "title", "sentence"), where)
        sentences = []
        for n, s in enumerate(p["sentence"], 1):
            swhere = f"{where} sentence {n}"
            _require(s, ("id", "text", "source"), swhere)
            sid = _sid(s["id"], swhere)
            focus = s.get("focus", "")
            if focus and focus not in s["text"]:
                raise ExerciseDataError(f"{swhere}: focus {focus!r} is not in the sentence")
            sentences.append(Sentence(sid, s["text"], s["source"], focus, s.get("note", "")))
        ids = [s.id for s in sentences]
        if len(set(ids)) != len(ids):
            raise ExerciseDataError(f"{where}: duplicate sentence ids")
        if len({type(i) for i in ids}) > 1:
            raise ExerciseDataError(f"{where}: sentence ids mix numbers and strings")
        if p["id"] in out:
            raise ExerciseDataError(f"{where}: defined twice")
        out[p["id"]] = Passage(p["id"], p["title"], p.get("intro", ""), tuple(sentences),
                               bool(p.get("source_hidden", False)))
    return out


@lru_cache(maxsize=1)
def passages() -> dict[str, Passage]:
    """Every passage of every assignment, by id (``"ex01.A"``)."""
    out: dict[str, Passage] = {}
    for path in _toml_files("passages"):
        for pid, passage in parse_passages(path.read_text("utf-8"), path.name).items():
            if pid in out:
                raise ExerciseDataError(f"{path.name}: passage {pid!r} defined in two files")
            out[pid] = passage
    return out


def get_passage(passage_id: str) -> Passage:
    try:
        return passages()[passage_id]
    except KeyError:
        known = ", ".join(sorted(passages()))
        raise KeyError(f"no passage {passage_id!r}; known passages: {known}") from None


def _check_topics(topics, where: str) -> tuple[str, ...]:
    topics = tuple(topics)
    for t in topics:
        if not _TOPIC.fullmatch(t):
            raise ExerciseDataError(f"{where}: bad topic {t!r}")
        if ":" not in t and t not in TECHNIQUES and t not in FAMILIES and t not in OTHER_TOPICS:
            raise ExerciseDataError(f"{where}: topic {t!r} is not a technique, family or "
                                    f"one of {', '.join(OTHER_TOPICS)}")
    return topics


#: Topics that are neither a technique id, a family id nor ``kind:``/``support:``/``slant:``.
OTHER_TOPICS = ("plain_text", "rewrite", "written_analysis", "sources")


def _parse_items(q: dict, qtype: str, passage: Passage, fields: tuple, vocab: tuple,
                 where: str) -> tuple[Item, ...]:
    from mediakit.exercises.scoring import words

    max_words = int(q.get("max_words", 8))
    items = []
    for n, it in enumerate(q.get("item", []), 1):
        iwhere = f"{where} item {n}"
        _require(it, ("sentence", "accept", "hint"), iwhere)
        sid = _sid(it["sentence"], iwhere)
        if sid not in passage.ids:
            raise ExerciseDataError(f"{iwhere}: passage {passage.id} has no sentence {sid!r}")
        text = passage.sentence(sid).text
        if qtype == "phrases":
            accept = tuple(it["accept"])
            if not accept or not all(isinstance(a, str) and a for a in accept):
                raise ExerciseDataError(f"{iwhere}: accept must be a list of phrases")
            from mediakit.exercises.scoring import find_phrase

            for a in accept:
                if not find_phrase(text, a):
                    raise ExerciseDataError(f"{iwhere}: {a!r} is not in sentence {sid!r}")
            if len(words(accept[0])) > max_words:
                raise ExerciseDataError(f"{iwhere}: the first phrase (the model answer) has more "
                                        f"than max_words = {max_words} words")
        else:
            accept = tuple(tuple(a) for a in it["accept"])
            if len(accept) != len(fields):
                raise ExerciseDataError(f"{iwhere}: accept needs one list per field {fields}")
            for labels, allowed in zip(accept, vocab, strict=True):
                bad = [a for a in labels if a not in allowed]
                if not labels or bad:
                    raise ExerciseDataError(f"{iwhere}: labels {bad or labels} not in vocabulary")
        topics = _check_topics(it.get("topics", ()), iwhere)
        if len(fields) > 1 and not all(t.split(":")[0] in fields for t in topics):
            raise ExerciseDataError(f"{iwhere}: with several fields, each topic must start "
                                    f"with its field ({', '.join(f + ':' for f in fields)})")
        items.append(Item(sid, accept, topics, it["hint"]))
    if qtype == "labels":
        ids = [i.sentence for i in items]
        if len(set(ids)) != len(ids):
            raise ExerciseDataError(f"{where}: two items for the same sentence")
    return tuple(items)


def _parse_grades(q: dict, fields: tuple, n_items: int, where: str) -> tuple[GradeRule, ...]:
    rules = []
    for g in q.get("grade", []):
        gwhere = f"{where} grade {g.get('grade_id', '<no grade_id>')!r}"
        _require(g, ("grade_id", "points", "min_correct", "says"), gwhere)
        if not _GRADE_ID.fullmatch(g["grade_id"]):
            raise ExerciseDataError(f"{gwhere}: grade_id must look like ex01_q1_name")
        fld = g.get("field", fields[0] if fields else "")
        if fields and fld not in fields:
            raise ExerciseDataError(f"{gwhere}: unknown field {fld!r}")
        if not 0 < g["min_correct"] <= n_items:
            raise ExerciseDataError(f"{gwhere}: min_correct must be between 1 and {n_items}")
        rules.append(GradeRule(
            g["grade_id"], float(g["points"]), int(g["min_correct"]), g["says"], fld,
            g.get("max_false_alarms"), _check_topics(g.get("topics", ()), gwhere),
        ))
    if not rules:
        raise ExerciseDataError(f"{where}: an autograded question needs [[question.grade]] rules")
    return tuple(rules)


def parse_key(raw: str, filename: str = "key") -> Assignment:
    """Parse one key file into an :class:`Assignment`; errors name the bad entry."""
    data = tomllib.loads(raw)
    _require(data, ("assignment", "title", "lesson", "minutes", "question"), filename)
    name = data["assignment"]
    number = name[:4]
    questions = []
    for q in data["question"]:
        where = f"{filename}: question {q.get('id', '<no id>')!r}"
        _require(q, ("id", "title", "type"), where)
        if not _QID.fullmatch(q["id"]) or not q["id"].startswith(number + "."):
            raise ExerciseDataError(f"{where}: id must look like {number}.q1")
        qtype = q["type"]
        if qtype not in TYPES:
            raise ExerciseDataError(f"{where}: type must be one of {TYPES}")
        common = {"id": q["id"], "assignment": name, "title": q["title"], "type": qtype,
                  "variable": q.get("variable", ""), "passage": q.get("passage", ""),
                  "topics": _check_topics(q.get("topics", ()), where)}
        if qtype in AUTOGRADED:
            _require(q, ("variable", "passage", "item"), where)
            passage = passages().get(q["passage"])
            if passage is None:
                raise ExerciseDataError(f"{where}: unknown passage {q['passage']!r}")
            fields = tuple(q.get("fields", ())) if qtype == "labels" else ()
            vocab = tuple(tuple(v) for v in q.get("vocabulary", ())) if qtype == "labels" else ()
            if qtype == "labels" and (not fields or len(vocab) != len(fields)):
                raise ExerciseDataError(f"{where}: labels need fields and one vocabulary each")
            from mediakit.exercises.scoring import normalise_label

            for v in (x for labels in vocab for x in labels):
                if normalise_label(v) != v:
                    raise ExerciseDataError(f"{where}: vocabulary label {v!r} must be written "
                                            f"as {normalise_label(v)!r}")
            items = _parse_items(q, qtype, passage, fields, vocab, where)
            plain = tuple(q.get("plain", ()))
            for sid in plain:
                if sid not in passage.ids:
                    raise ExerciseDataError(f"{where}: plain sentence {sid!r} not in passage")
            questions.append(Question(
                **common, items=items, plain=plain, fields=fields, vocabulary=vocab,
                max_words=int(q.get("max_words", 8)), noun=q.get("noun", "phrase"),
                grades=_parse_grades(q, fields, len(items), where),
            ))
        else:
            _require(q, ("grade_id", "points"), where)
            if not _GRADE_ID.fullmatch(q["grade_id"]):
                raise ExerciseDataError(f"{where}: grade_id must look like ex01_q1_name")
            for pid in q.get("quotes_from", ()):
                if pid not in passages():
                    raise ExerciseDataError(f"{where}: unknown passage {pid!r} in quotes_from")
            questions.append(Question(
                **common, grade_id=q["grade_id"], points=float(q["points"]),
                sentence=q.get("sentence"),
                keep=tuple(Anchor(a["what"], tuple(a["words"])) for a in q.get("keep", ())),
                charged=tuple(q.get("charged", ())), min_words=int(q.get("min_words", 0)),
                max_words_written=int(q.get("max_words", 0)),
                min_quotes=int(q.get("min_quotes", 0)),
                quotes_from=tuple(q.get("quotes_from", ())),
                checklist=tuple(q.get("checklist", ())),
            ))
    seen: set[str] = set()
    for q in questions:
        for gid in (*q.grade_ids, q.id):
            if gid in seen:
                raise ExerciseDataError(f"{filename}: {gid!r} used twice")
            seen.add(gid)
    return Assignment(name, number, data["title"], data["lesson"], int(data["minutes"]),
                      tuple(questions))


@lru_cache(maxsize=1)
def assignments() -> dict[str, Assignment]:
    """Every assignment, by name (``"ex01_loaded_language"``), in order."""
    out = {}
    for path in _toml_files("keys"):
        a = parse_key(path.read_text("utf-8"), path.name)
        out[a.name] = a
    return out


@lru_cache(maxsize=1)
def questions() -> dict[str, Question]:
    """Every question of every assignment, by id (``"ex01.q1"``)."""
    return {q.id: q for a in assignments().values() for q in a.questions}


def get_question(question_id: str) -> Question:
    try:
        return questions()[question_id]
    except (KeyError, TypeError):
        raise KeyError(f"no exercise {question_id!r}; known: {', '.join(questions())}") from None


def grade_index() -> dict[str, tuple[Question, GradeRule | None]]:
    """grade_id -> (question, rule); the rule is None for manually graded answers."""
    out: dict[str, tuple[Question, GradeRule | None]] = {}
    for q in questions().values():
        if q.autograded:
            for g in q.grades:
                out[g.grade_id] = (q, g)
        else:
            out[q.grade_id] = (q, None)
    return out


def rule_topics(question: Question, rule: GradeRule | None) -> tuple[str, ...]:
    """Topics a grade cell measures: the rule's own, else the union of its items'."""
    if rule is None:
        return question.topics
    if rule.topics:
        return rule.topics
    seen: dict[str, None] = {}
    for item in question.items:
        for t in item.topics:
            if t != "plain_text":
                seen.setdefault(t)
    return tuple(seen)
