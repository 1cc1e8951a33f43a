"""Package attributes imported on first use (PEP 562), for packages with heavy parts.

``mediakit.widgets`` and ``mediakit.lessons`` name what they export and the submodule
that holds it; nothing (ipywidgets, matplotlib) is imported until a name is used.

>>> getattr_, dir_ = lazy_exports("mediakit", {"analyze": "analyze"})
>>> getattr_("analyze").__name__
'analyze'
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``: ``name`` comes from ``package.where[name]``."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__
