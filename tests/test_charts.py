"""Charts: rendered to PNG with Agg, then checked for what was drawn."""

from __future__ import annotations

import struct
import subprocess
import sys
from itertools import pairwise

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from test_render_html import key_report, report_of

import mediakit
from mediakit.charts import (
    claim_support,
    compare_families,
    figure_to_png,
    findings_through_text,
    technique_profile,
)
from mediakit.charts.data import SUPPORT_NAMES, findings_by_unit, support_counts
from mediakit.charts.style import SUPPORT_STYLES
from mediakit.render.css import luminance
from mediakit.techniques import FAMILIES, TECHNIQUES


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def bars(ax):
    return [p for c in ax.containers for p in c.patches]


@pytest.fixture(scope="module")
def report():
    return key_report()


def test_technique_profile_draws_one_bar_per_technique_with_the_counts(report):
    ax = technique_profile(report)
    width, height = png_size(figure_to_png(ax.figure))
    assert width > 500 and height > 400
    assert ax.get_title().startswith(f"Technique profile: {len(report.findings)} findings")
    assert ax.get_xlabel() == "Findings (count)" and ax.get_ylabel() == "Technique"
    drawn = bars(ax)
    assert len(drawn) == len(TECHNIQUES)
    assert [t.get_text() for t in ax.get_yticklabels()] == [t.name for t in TECHNIQUES.values()]
    counts = report.summary["by_technique"]
    for patch, tid in zip(drawn, TECHNIQUES, strict=True):
        fam = FAMILIES[TECHNIQUES[tid].family]
        assert patch.get_width() == counts.get(tid, 0)
        assert to_hex(patch.get_facecolor()) == fam.chart_colour.lower()
        assert patch.get_hatch() == fam.hatch
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [f.name for f in FAMILIES.values()]


def test_technique_profile_only_found_and_given_axes(report):
    fig = Figure()
    ax = fig.add_subplot()
    assert technique_profile(report, ax=ax, only_found=True) is ax
    assert len(bars(ax)) == len(report.summary["by_technique"])


def test_findings_through_text_stacks_families_per_paragraph(report):
    ax = findings_through_text(report)
    png_size(figure_to_png(ax.figure))
    units = findings_by_unit(report, "paragraph")
    assert len(units) == len(report.paragraphs)
    assert len(ax.containers) == len(FAMILIES)
    totals = [0] * len(units)
    for container, fam in zip(ax.containers, FAMILIES.values(), strict=True):
        assert len(container.patches) == len(units)
        for k, patch in enumerate(container.patches):
            assert patch.get_height() == units[k].by_family[fam.id]
            assert patch.get_y() == totals[k]  # stacked on the families before it
            assert patch.get_hatch() == fam.hatch
            totals[k] += patch.get_height()
    assert sum(totals) == len(report.findings)
    assert "per paragraph" in ax.get_title()
    assert ax.get_xlabel() == "Paragraph (in reading order)" and ax.get_ylabel() == "Findings"
    assert "Heading" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_findings_through_text_by_sentence(report):
    ax = findings_through_text(report, by="sentence")
    assert len(ax.containers[0].patches) == len(report.sentences)
    assert sum(p.get_height() for p in bars(ax)) == len(report.findings)
    assert ax.get_xlabel() == "Sentence (in reading order)"
    with pytest.raises(ValueError, match="paragraph"):
        findings_through_text(report, by="word")


def test_compare_families_groups_bars_per_text_at_rates_per_thousand_words(report):
    other = report_of([(2, 8, "loaded_language"), (24, 31, "name_calling")])
    reports = {"Case study": report, "Short letter": other}
    ax = compare_families(reports)
    png_size(figure_to_png(ax.figure))
    assert ax.get_title() == "Technique families per 1,000 words"
    assert ax.get_ylabel() == "Findings per 1,000 words" and ax.get_xlabel() == "Text"
    assert [t.get_text() for t in ax.get_xticklabels()] == list(reports)
    assert len(ax.containers) == len(FAMILIES)
    for container, fam in zip(ax.containers, FAMILIES.values(), strict=True):
        heights = [p.get_height() for p in container.patches]
        assert heights == [r.summary["per_1000_words"][fam.id] for r in reports.values()]
        assert {p.get_hatch() for p in container.patches} == {fam.hatch}
    with pytest.raises(ValueError, match="at least one"):
        compare_families({})


def test_claim_support_counts_statements_of_fact_by_support(report):
    ax = claim_support(report)
    png_size(figure_to_png(ax.figure))
    counts = support_counts(report)
    assert [p.get_width() for p in bars(ax)] == list(counts.values())
    assert [t.get_text() for t in ax.get_yticklabels()] == [SUPPORT_NAMES[k] for k in counts]
    statements = [s for s in report.sentences
                  if not s.heading and s.kind in ("claim", "attributed")]
    assert sum(counts.values()) == len(statements)
    assert ax.get_title().startswith("Claim support")
    assert ax.get_xlabel() == "Number of statements of fact"
    every = claim_support(report, kinds=None)
    assert sum(p.get_width() for p in bars(every)) == report.summary["sentences"]


def test_palettes_survive_greyscale_through_hatches_and_lightness():
    for styles in ([(f.chart_colour, f.hatch) for f in FAMILIES.values()],
                   list(SUPPORT_STYLES.values())):
        hatches = [h for _, h in styles]
        assert len(set(hatches)) == len(hatches)  # every bar pattern differs
        # and no two colours are near-identical greys
        greys = sorted(luminance(c) for c, _ in styles)
        assert all(b - a > 0.02 for a, b in pairwise(greys))


def test_empty_report_still_draws_labelled_charts():
    empty = mediakit.analyze("", detectors=[])
    for ax in (technique_profile(empty), findings_through_text(empty), claim_support(empty)):
        png_size(figure_to_png(ax.figure))
        assert ax.get_title()


def test_charts_never_touch_pyplot_and_import_mediakit_stays_light():
    code = (
        "import sys, mediakit\n"
        "assert 'matplotlib' not in sys.modules, 'import mediakit pulled in matplotlib'\n"
        "from mediakit.charts import technique_profile, figure_to_png\n"
        "assert 'matplotlib' not in sys.modules, 'importing the charts pulled in matplotlib'\n"
        "r = mediakit.analyze('A brutal regime.', detectors=[])\n"
        "figure_to_png(technique_profile(r).figure)\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
