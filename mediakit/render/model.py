"""Step one of rendering: a Report to plain dicts (displaCy-style), filters applied here.

The dicts are the only input of the HTML step, so everything the page shows (text
pieces, which findings cover them, labels, tooltips, legend, table rows) is decided
here, in plain data that tests can inspect. Filtering lives here too, so a widget
can re-render quickly after a learner toggles a family.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mediakit.render.segments import assign_levels, build_segments
from mediakit.techniques import FAMILIES, TECHNIQUES

if TYPE_CHECKING:
    from mediakit.report import Report

#: Levels beyond this share the last underline position (only in extreme pile-ups).
MAX_LEVEL = 5
STRENGTH_WORDS = {1: "mild", 2: "clear", 3: "strong"}
_ID_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,40}")


def _check_ids(given: Iterable[str] | None, known: Iterable[str], what: str) -> set[str] | None:
    if given is None:
        return None
    if isinstance(given, str):  # a lone id is a common slip: families="claims"
        given = [given]
    chosen = set(given)
    unknown = chosen - set(known)
    if unknown:
        raise ValueError(f"unknown {what} id(s): {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(known)}")
    return chosen


def _default_prefix(report: Report) -> str:
    # Deterministic (rendering stays pure) yet distinct for different texts shown in
    # one notebook, so tooltip ids referenced by aria-describedby do not collide.
    digest = hashlib.blake2b(report.text.encode("utf-8", "surrogatepass"), digest_size=4)
    digest.update(str(len(report.findings)).encode())
    return "mk" + digest.hexdigest()


def report_to_dicts(
    report: Report,
    families: Iterable[str] | None = None,
    techniques: Iterable[str] | None = None,
    min_strength: int = 1,
    *,
    id_prefix: str | None = None,
) -> dict[str, Any]:
    """The report as plain data for the HTML step, keeping only the findings that pass.

    A finding is shown when its family is in ``families`` (None: all), its technique
    in ``techniques`` (None: all) and its strength is at least ``min_strength``.

    Keys: ``id``, ``text``, ``spans`` (one dict per shown finding, in text order),
    ``segments`` (pieces of text tiling it, each with ``spans``: indices into
    ``spans``, outermost first, and ``heading``), ``legend``, ``counts``, ``filters``,
    ``depth`` (number of underline levels in use).
    """
    fam_filter = _check_ids(families, list(FAMILIES), "family")
    tech_filter = _check_ids(techniques, list(TECHNIQUES), "technique")
    if min_strength not in (1, 2, 3):
        raise ValueError(f"min_strength must be 1, 2 or 3, got {min_strength!r}")
    if id_prefix is None:
        id_prefix = _default_prefix(report)
    elif not _ID_PREFIX.fullmatch(id_prefix):
        raise ValueError(f"id_prefix must be a letter then letters, digits, - or _: {id_prefix!r}")

    shown = [
        f for f in report.findings
        if (fam_filter is None or f.family in fam_filter)
        and (tech_filter is None or f.technique in tech_filter)
        and f.strength >= min_strength
    ]
    ranges = [(f.start, f.end) for f in shown]
    levels = assign_levels(ranges)
    spans: list[dict[str, Any]] = []
    for i, (f, level) in enumerate(zip(shown, levels, strict=True)):
        tech, fam = TECHNIQUES[f.technique], FAMILIES[f.family]
        spans.append({
            "id": f"{id_prefix}-{i}",
            "start": f.start,
            "end": f.end,
            "text": f.text,
            "technique": f.technique,
            "technique_name": tech.name,
            "definition": tech.definition,
            "label": tech.label,
            "family": f.family,
            "family_name": fam.name,
            "explanation": f.explanation,
            "cue": f.cue,
            "strength": f.strength,
            "strength_word": STRENGTH_WORDS[f.strength],
            "suggestion": f.suggestion,
            "quoted": f.quoted,
            "rule": f.rule,
            "detector": f.detector,
            "level": min(level, MAX_LEVEL),
            "first": -1,  # indices of the first and last segment the finding covers
            "last": -1,
        })

    # Headings join the cut as extra spans, so a segment is wholly in or out of one.
    headings = [(p.start, p.end) for p in report.paragraphs if p.heading]
    n = len(spans)
    segments: list[dict[str, Any]] = []
    text = report.text
    for k, seg in enumerate(build_segments(len(text), ranges + headings)):
        covering = [i for i in seg.ids if i < n]
        for i in covering:
            if spans[i]["first"] < 0:
                spans[i]["first"] = k
            spans[i]["last"] = k
        segments.append({
            "start": seg.start,
            "end": seg.end,
            "text": text[seg.start : seg.end],
            "spans": covering,
            "heading": len(covering) < len(seg.ids),
        })

    counts_tech = Counter(f.technique for f in shown)
    counts_fam = Counter(f.family for f in shown)
    all_tech = Counter(f.technique for f in report.findings)
    legend = []
    for fam in FAMILIES.values():
        techs = [
            {"id": t.id, "name": t.name, "label": t.label, "definition": t.definition,
             "count": counts_tech[t.id], "total": all_tech[t.id]}
            for t in TECHNIQUES.values() if t.family == fam.id and all_tech[t.id]
        ]
        legend.append({
            "family": fam.id,
            "name": fam.name,
            "description": fam.description,
            "underline": fam.underline,
            "count": counts_fam[fam.id],
            "shown": fam_filter is None or fam.id in fam_filter,
            "techniques": techs,
        })

    return {
        "id": id_prefix,
        "text": text,
        "spans": spans,
        "segments": segments,
        "legend": legend,
        "depth": 1 + max((s["level"] for s in spans), default=-1),
        "counts": {"shown": len(shown), "total": len(report.findings)},
        "filters": {
            "families": sorted(fam_filter) if fam_filter is not None else None,
            "techniques": sorted(tech_filter) if tech_filter is not None else None,
            "min_strength": min_strength,
        },
    }
