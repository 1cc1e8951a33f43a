"""The one obvious entry point: :func:`analyze` turns text into a :class:`Report`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from mediakit.claims import classify_sentences
from mediakit.detectors import as_detector, check_finding, default_detectors
from mediakit.document import Document
from mediakit.findings import Finding
from mediakit.report import Report


def analyze(text: str, detectors: Iterable[object] | None = None) -> Report:
    """Analyse ``text`` with the kit's detectors (or your own list) and return a Report.

    A detector is an object with ``name`` and ``detect(doc)`` (or its class, built with
    no arguments), or a plain function of the :class:`~mediakit.document.Document`.
    Findings that lie inside a quotation are marked ``quoted``; exact duplicates (same
    span and technique) keep the strongest.

    >>> report = analyze("")
    >>> report.findings, report.sentences
    ((), ())
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() expects str, got {type(text).__name__}")
    doc = Document(text)
    chosen = default_detectors() if detectors is None else [as_detector(d) for d in detectors]
    best: dict[tuple[int, int, str], Finding] = {}
    for det in chosen:
        for finding in det.detect(doc) or ():
            finding = check_finding(finding, text, det.name)
            key = (finding.start, finding.end, finding.technique)
            kept = best.get(key)
            if kept is None or finding.strength > kept.strength:
                best[key] = finding
    findings = [_mark_quoted(doc, f) for f in best.values()]
    sentences, signals = classify_sentences(doc)
    doc.word_count  # noqa: B018 - computed while the token lists are hot, kept for the summary
    doc.drop_working_data()
    return Report(doc, findings, sentences, signals)


def _mark_quoted(doc: Document, finding: Finding) -> Finding:
    quoted = doc.in_quote(finding.start, finding.end)
    if quoted != finding.quoted:
        return dataclasses.replace(finding, quoted=quoted)
    return finding
