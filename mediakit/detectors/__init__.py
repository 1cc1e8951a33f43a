"""Step 2 of the pipeline: detectors turn a Document into Findings.

Each family module (``loaded_language``, ``claims``, ``appeals``, ``shortcuts``)
exposes ``DETECTORS``, a list of detector classes. :func:`default_detectors`
builds them once (their lexicons and patterns load and validate then) and reuses
them for every call to :func:`mediakit.analyze`.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from mediakit.detectors.base import (
    Detector,
    DetectorError,
    FunctionDetector,
    as_detector,
    check_finding,
    detector,
)

FAMILY_MODULES = ("loaded_language", "claims", "appeals", "shortcuts")


@lru_cache(maxsize=1)
def _defaults() -> tuple[Detector, ...]:
    found: list[Detector] = []
    for name in FAMILY_MODULES:
        module = importlib.import_module(f"mediakit.detectors.{name}")
        found.extend(cls() for cls in module.DETECTORS)
    return tuple(found)


def default_detectors() -> list[Detector]:
    """The kit's detectors, built once; a new list each call so callers may edit it."""
    return list(_defaults())


__all__ = [
    "FAMILY_MODULES",
    "Detector",
    "DetectorError",
    "FunctionDetector",
    "as_detector",
    "check_finding",
    "default_detectors",
    "detector",
]
