"""Lazy package exports: heavy parts load on first use, not at import."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_packages_import_without_their_heavy_parts():
    code = (
        "import sys, mediakit, mediakit.widgets, mediakit.lessons\n"
        "heavy = [m for m in ('ipywidgets', 'matplotlib', 'nltk') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
        "mediakit.widgets.Explorer\n"
        "print('ipywidgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] == ""  # nothing heavy on import
    assert out[1] == "True"  # the first use loads it


def test_unknown_names_and_dir():
    import mediakit.widgets as widgets

    with pytest.raises(AttributeError, match=r"mediakit\.widgets.*Nope"):
        widgets.Nope  # noqa: B018
    assert {"Explorer", "SpotTheTechnique", "Compare"} <= set(dir(widgets))
