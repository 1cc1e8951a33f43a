"""Explorer widget: toggles, threshold, list and details, driven by setting values."""

from __future__ import annotations

import re

import pytest

from mediakit import analyze
from mediakit.findings import make_finding
from mediakit.widgets import Explorer
from mediakit.widgets.common import unlabelled_controls

TEXT = ("Everyone knows this reckless plan came from a crook. The vote was on Monday. "
        "Either we stop it now or the town is finished.")
# word -> (technique, strength)
WORDS = {"Everyone knows": ("bandwagon", 2), "reckless": ("loaded_language", 1),
         "crook": ("name_calling", 3), "Either we stop it now": ("black_and_white", 2)}


def detect(doc):
    for word, (technique, strength) in WORDS.items():
        start = doc.text.find(word)
        yield make_finding(doc.text, start, start + len(word), technique,
                           f"Because {word} pushes you.", cue=word, strength=strength,
                           suggestion=f"instead of {word}", rule=f"test-{technique}")


def marks(html: str) -> list[str]:
    """The technique of each highlighted finding (first pieces only) in rendered HTML."""
    return re.findall(r'<mark class="mk-mark[^"]*" tabindex="0" data-technique="([a-z_]+)"', html)


@pytest.fixture
def explorer():
    return Explorer(analyze(TEXT, detectors=[detect]))


def test_starts_with_everything_shown(explorer):
    assert len(explorer.shown) == 4
    assert sorted(marks(explorer.text_html.value)) == sorted(t for t, _ in WORDS.values())
    assert "Showing <b>4</b> of 4 findings" in explorer.counts.value
    assert len(explorer.finding_list.options) == 4
    assert explorer.finding_list.options[0][0] == "1. Bandwagon: “Everyone knows” (clear)"
    assert explorer.selected.technique == "bandwagon"  # the first finding, so details show
    assert "Because Everyone knows pushes you." in explorer.details.value
    assert explorer.family_boxes["appeals"].description == "Appeals (1)"


def test_family_toggle_rerenders_text_list_and_counts(explorer):
    explorer.family_boxes["loaded_language"].value = False
    assert sorted(marks(explorer.text_html.value)) == ["bandwagon", "black_and_white"]
    assert [f.technique for f in explorer.shown] == ["bandwagon", "black_and_white"]
    assert "Showing <b>2</b> of 4 findings" in explorer.counts.value
    assert "Loaded language 0" in explorer.counts.value
    # the family's technique switches are greyed out while it is hidden
    assert explorer.technique_boxes["name_calling"].disabled
    assert not explorer.technique_boxes["bandwagon"].disabled
    explorer.family_boxes["loaded_language"].value = True
    assert len(marks(explorer.text_html.value)) == 4


def test_technique_toggle_and_strength_threshold(explorer):
    explorer.technique_boxes["loaded_language"].value = False
    assert "loaded_language" not in marks(explorer.text_html.value)
    explorer.strength.value = 2
    assert sorted(f.technique for f in explorer.shown) == ["bandwagon", "black_and_white",
                                                          "name_calling"]
    explorer.strength.value = 3
    assert marks(explorer.text_html.value) == ["name_calling"]
    assert "Showing <b>1</b> of 4" in explorer.counts.value


def test_selecting_a_finding_fills_the_details(explorer):
    finding = explorer.select(2)
    assert finding.technique == "name_calling"
    details = explorer.details.value
    assert "Name-calling and labelling" in details
    assert "Because crook pushes you." in details
    assert "Cue:</span> crook" in details
    assert "Neutral alternative:</span> instead of crook" in details
    assert "3 of 3 (strong)" in details


def test_selection_survives_a_filter_that_keeps_it_and_moves_to_the_first_otherwise(explorer):
    explorer.select(2)  # name-calling
    explorer.family_boxes["appeals"].value = False
    assert explorer.selected.technique == "name_calling"
    assert "Name-calling" in explorer.details.value
    explorer.family_boxes["loaded_language"].value = False
    assert explorer.selected.technique == "black_and_white"
    explorer.family_boxes["shortcuts"].value = False
    assert explorer.selected is None and explorer.finding_list.options == ()
    assert "Select a finding" in explorer.details.value


def test_every_control_has_an_accessible_name(explorer):
    assert unlabelled_controls(explorer.widget) == []


def test_display_delegates_to_the_root_widget(explorer):
    bundle = explorer._repr_mimebundle_()
    view = bundle["application/vnd.jupyter.widget-view+json"]
    assert view["model_id"] == explorer.widget.model_id


def test_displaying_adds_the_keyboard_guard(explorer, monkeypatch):
    import IPython.display

    from mediakit.widgets.common import KEYBOARD_GUARD_JS, ROOT_CLASS

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    explorer._ipython_display_()
    assert shown[0] is explorer.widget and ROOT_CLASS in explorer.widget._dom_classes
    assert shown[1].data == KEYBOARD_GUARD_JS
    assert f"'.{ROOT_CLASS} '" in KEYBOARD_GUARD_JS
    assert "data-lm-suppress-shortcuts" in KEYBOARD_GUARD_JS


def test_a_plain_string_and_a_text_without_findings():
    empty = Explorer("The vote was on Monday.", detectors=[])
    assert empty.shown == [] and empty.finding_list.options == ()
    assert "Showing <b>0</b> of 0 findings" in empty.counts.value
    assert empty.technique_boxes == {}
