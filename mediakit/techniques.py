"""The technique registry: ids, families, learner-facing definitions, display styles.

Loaded once from ``data/techniques.toml`` and validated, so a typo in the data
fails loudly at import with the entry's name rather than somewhere downstream.

>>> TECHNIQUES["name_calling"].family
'loaded_language'
>>> sorted(FAMILIES)
['appeals', 'claims', 'loaded_language', 'shortcuts']
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
_ID = re.compile(r"[a-z][a-z_]*")
_UNDERLINES = {"solid", "dashed", "dotted", "double", "wavy"}


class RegistryError(ValueError):
    """The technique registry data file is malformed."""


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    name: str
    description: str
    colour: str
    underline: str
    chart_colour: str
    hatch: str


@dataclass(frozen=True, slots=True)
class Technique:
    id: str
    family: str
    name: str
    label: str
    definition: str
    example: str
    colour: str
    ptc: tuple[str, ...]


def _require(entry: dict, kind: str, fields: tuple[str, ...]) -> None:
    name = entry.get("id", "<no id>")
    missing = [f for f in fields if f not in entry]
    if missing:
        raise RegistryError(f"{kind} {name!r}: missing field(s) {', '.join(missing)}")
    extra = set(entry) - set(fields)
    if extra:
        raise RegistryError(f"{kind} {name!r}: unknown field(s) {', '.join(sorted(extra))}")
    if not _ID.fullmatch(str(entry["id"])):
        raise RegistryError(f"{kind} {name!r}: id must be lower_snake_case")
    for key in ("colour", "chart_colour"):
        if key in entry and not _HEX.fullmatch(entry[key]):
            raise RegistryError(f"{kind} {name!r}: {key} {entry[key]!r} is not #RRGGBB")


def load_registry(raw: str) -> tuple[dict[str, Family], dict[str, Technique]]:
    """Parse and validate registry TOML text; raises :class:`RegistryError`."""
    data = tomllib.loads(raw)
    families: dict[str, Family] = {}
    for entry in data.get("family", []):
        _require(entry, "family", tuple(Family.__dataclass_fields__))
        if entry["underline"] not in _UNDERLINES:
            raise RegistryError(f"family {entry['id']!r}: underline must be one of {_UNDERLINES}")
        if entry["id"] in families:
            raise RegistryError(f"family {entry['id']!r} defined twice")
        families[entry["id"]] = Family(**entry)
    techniques: dict[str, Technique] = {}
    for entry in data.get("technique", []):
        _require(entry, "technique", tuple(Technique.__dataclass_fields__))
        if entry["family"] not in families:
            raise RegistryError(f"technique {entry['id']!r}: unknown family {entry['family']!r}")
        if entry["id"] in techniques:
            raise RegistryError(f"technique {entry['id']!r} defined twice")
        techniques[entry["id"]] = Technique(**{**entry, "ptc": tuple(entry["ptc"])})
    if not techniques:
        raise RegistryError("the registry defines no techniques")
    return families, techniques


def _load() -> tuple[dict[str, Family], dict[str, Technique]]:
    raw = resources.files("mediakit.data").joinpath("techniques.toml").read_text("utf-8")
    return load_registry(raw)


_families, _techniques = _load()

#: Technique id -> :class:`Technique`, in registry order (read-only).
TECHNIQUES = MappingProxyType(_techniques)
#: Family id -> :class:`Family`, in registry order (read-only).
FAMILIES = MappingProxyType(_families)


def family_of(technique: str) -> str:
    """Family id of a technique id; ``KeyError`` names unknown ids."""
    try:
        return TECHNIQUES[technique].family
    except KeyError:
        raise KeyError(f"unknown technique id {technique!r}") from None


def techniques_in(family: str) -> list[str]:
    """Technique ids of one family, in registry order."""
    return [t.id for t in TECHNIQUES.values() if t.family == family]


def ptc_classes() -> list[str]:
    """The PTC classes the kit's techniques map to, in registry order, each once."""
    seen: dict[str, None] = {}
    for t in TECHNIQUES.values():
        for c in t.ptc:
            seen.setdefault(c)
    return list(seen)
