"""Run the docstring examples of every mediakit module (they teach; they must be right)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import mediakit

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(mediakit.__path__, "mediakit.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
