"""Claim investigation: a lateral-reading checklist per claim, with notes and a verdict.

The four moves (after Mike Caulfield's SIFT): **Stop**, **Investigate the source**,
**Find better coverage**, **Trace the claim** to its origin. For each checkable
claim of a text (from :meth:`mediakit.report.Report.claims`) the learner ticks the
moves they made, writes what they found, and gives a verdict. The verdicts are
about the evidence found, not about which side is right. The work exports as a
short Markdown report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mediakit.activities.common import match_saved, saved_list
from mediakit.report import Report

ACTIVITY = "investigate"


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    title: str
    prompt: str


STEPS: tuple[Step, ...] = (
    Step("stop", "Stop",
         "Before you react or share: what exactly is claimed, and how does the text want you to "
         "feel about it?"),
    Step("source", "Investigate the source",
         "Who published this and who is quoted? Look them up elsewhere: what do others say "
         "about their expertise, record and interests?"),
    Step("coverage", "Find better coverage",
         "What do other reliable outlets, fact-checkers or official records report about the "
         "same claim?"),
    Step("trace", "Trace the claim",
         "Where does the claim come from first (a document, a speech, a study)? Is it quoted "
         "accurately and in context?"),
)
STEP_IDS = tuple(s.id for s in STEPS)

NOT_CHECKED = "not checked yet"
VERDICTS: tuple[str, ...] = (
    NOT_CHECKED,
    "supported by better sources",
    "partly supported or missing context",
    "contradicted by better sources",
    "could not check it",
)

SUPPORT_TEXT = {
    "named_source": "a named source",
    "vague_source": "a vague source",
    "evidence": "figures or documents",
    "none": "nothing given in the text",
}

_GENERIC_QUESTIONS = (
    "Who would know whether this is true, and what do they say?",
    "What would you expect to find if it were true?",
)


@dataclass(frozen=True, slots=True)
class ClaimInfo:
    """A claim as the activity shows it (adapted from :class:`mediakit.claims.checklist.Claim`)."""

    number: int
    text: str
    support: str = "none"
    cues: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    search: str = ""  # names and figures to start a search with
    priority: int = 0  # 1 (worth a glance) to 3 (check this first); 0 unknown
    findings: tuple[str, ...] = ()  # claims-family technique ids on the sentence

    @property
    def support_text(self) -> str:
        return SUPPORT_TEXT.get(self.support, self.support)

    @property
    def priority_text(self) -> str:
        return {3: "check this first", 2: "worth checking", 1: "worth a glance"}.get(
            self.priority, "")


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Mapping):
        out: list[str] = []
        for v in value.values():
            out.extend(_strings(v))
        return tuple(out)
    if isinstance(value, Iterable):
        out = []
        for v in value:
            out.extend(_strings(v) if not hasattr(v, "text") else (str(v.text),))
        return tuple(out)
    return (str(value),)


def _text_of(claim: Any) -> str:
    for name in ("text", "sentence"):
        value = getattr(claim, name, None)
        value = getattr(value, "text", value)
        if isinstance(value, str) and value:
            return value
    return str(claim)


def _support_of(claim: Any) -> str:
    support = getattr(claim, "support", None)
    if support is None:
        support = getattr(getattr(claim, "sentence", None), "support", "none")
    return str(getattr(support, "value", support))


def claim_infos(report: Report) -> list[ClaimInfo]:
    """The report's claims (:meth:`Report.claims`) as :class:`ClaimInfo`, in reading order."""
    claims: Sequence[Any] = report.claims()
    out = []
    for n, claim in enumerate(claims, 1):
        questions = _strings(getattr(claim, "questions", None)) or _GENERIC_QUESTIONS
        priority = getattr(claim, "priority", 0)
        out.append(ClaimInfo(
            n, _text_of(claim), _support_of(claim), _strings(getattr(claim, "cues", ())),
            questions, str(getattr(claim, "search", "") or ""),
            priority if isinstance(priority, int) else 0,
            _strings(getattr(claim, "findings", ())),
        ))
    return out


@dataclass
class ClaimNotes:
    """A learner's work on one claim."""

    checked: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(STEP_IDS, False))
    notes: dict[str, str] = field(default_factory=lambda: dict.fromkeys(STEP_IDS, ""))
    verdict: str = NOT_CHECKED
    summary: str = ""

    @property
    def started(self) -> bool:
        return (any(self.checked.values()) or any(n.strip() for n in self.notes.values())
                or self.verdict != NOT_CHECKED or bool(self.summary.strip()))

    def progress(self) -> str:
        done = sum(self.checked.values())
        return f"{done} of {len(STEPS)} steps, verdict: {self.verdict}"

    def to_data(self) -> dict[str, Any]:
        return {"checked": dict(self.checked), "notes": dict(self.notes),
                "verdict": self.verdict, "summary": self.summary}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> ClaimNotes:
        notes = cls()
        checked, texts = data.get("checked", {}), data.get("notes", {})
        for step in STEP_IDS:
            if isinstance(checked, Mapping):
                notes.checked[step] = bool(checked.get(step, False))
            if isinstance(texts, Mapping):
                notes.notes[step] = str(texts.get(step, "") or "")
        verdict = data.get("verdict", NOT_CHECKED)
        notes.verdict = verdict if verdict in VERDICTS else NOT_CHECKED
        notes.summary = str(data.get("summary", "") or "")
        return notes


class Investigation:
    """All of a learner's claim notes for one text."""

    def __init__(self, claims: Sequence[ClaimInfo], title: str = "") -> None:
        self.claims = list(claims)
        self.title = title
        self.notes = [ClaimNotes() for _ in self.claims]
        self.orphans: list[dict[str, Any]] = []

    def set_checked(self, i: int, step: str, value: bool) -> None:
        self._step(step)
        self.notes[i].checked[step] = bool(value)

    def set_note(self, i: int, step: str, text: str) -> None:
        self._step(step)
        self.notes[i].notes[step] = text

    def set_verdict(self, i: int, verdict: str) -> None:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}; choose one of: {', '.join(VERDICTS)}")
        self.notes[i].verdict = verdict

    def set_summary(self, i: int, text: str) -> None:
        self.notes[i].summary = text

    @staticmethod
    def _step(step: str) -> None:
        if step not in STEP_IDS:
            raise ValueError(f"unknown step {step!r}; steps: {', '.join(STEP_IDS)}")

    def progress(self) -> str:
        started = sum(n.started for n in self.notes)
        decided = sum(n.verdict != NOT_CHECKED for n in self.notes)
        return (f"{len(self.claims)} claim(s): {started} started, {decided} with a verdict.")

    def to_data(self) -> dict[str, Any]:
        return {
            "claims": [{"text": c.text, **n.to_data()}
                       for c, n in zip(self.claims, self.notes, strict=True) if n.started],
            "unmatched": list(self.orphans),
        }

    def load_data(self, data: Mapping[str, Any]) -> str:
        saved = [e for e in saved_list(data, "claims") if isinstance(e, Mapping)]
        mapping = match_saved([c.text for c in self.claims],
                              [str(e.get("text", "")) for e in saved])
        self.orphans = [e for e in saved_list(data, "unmatched") if isinstance(e, Mapping)]
        for i, entry in enumerate(saved):
            if i in mapping:
                self.notes[mapping[i]] = ClaimNotes.from_data(entry)
            else:
                self.orphans.append(dict(entry))
        lost = len(saved) - len(mapping)
        if lost:
            return (f"{lost} saved claim note(s) are for sentences no longer found in this text; "
                    "they are kept in the work file and in the export under “Other notes”.")
        return ""

    def export_markdown(self) -> str:
        """A short report: each claim worked on, its steps, notes and verdict."""
        title = self.title or "the text"
        lines = [f"# Claim investigation: {title}", "", self.progress(), ""]
        for claim, notes in zip(self.claims, self.notes, strict=True):
            if not notes.started:
                continue
            lines += [f"## Claim {claim.number}", "", "> " + _one_line(claim.text), "",
                      f"- Support in the text: {claim.support_text}",
                      *([f"- Searched for: {claim.search}"] if claim.search else []),
                      f"- Verdict: **{notes.verdict}**", ""]
            for step in STEPS:
                mark = "x" if notes.checked[step.id] else " "
                note = _one_line(notes.notes[step.id])
                lines.append(f"- [{mark}] {step.title}" + (f": {note}" if note else ""))
            if notes.summary.strip():
                lines += ["", "What I concluded: " + _one_line(notes.summary)]
            lines.append("")
        if self.orphans:
            lines += ["## Other notes", ""]
            for entry in self.orphans:
                lines.append(f"- “{_one_line(str(entry.get('text', '')))}”: "
                             f"{_one_line(str(entry.get('verdict', '')))}")
            lines.append("")
        if not any(n.started for n in self.notes) and not self.orphans:
            lines += ["No claim investigated yet.", ""]
        return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
