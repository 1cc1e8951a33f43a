"""The lesson views: readable text, tables, the key, a disagreement to argue about."""

from __future__ import annotations

import mediakit
from mediakit import texts
from mediakit.findings import make_finding
from mediakit.lessons import show
from mediakit.lessons.show import (
    View,
    argue,
    busiest_paragraphs,
    chart,
    claims_table,
    families_table,
    findings_list,
    highlight,
    highlighted,
    key_counts,
    key_table,
    mirror_table,
    paragraph_counts,
    profile_chart,
    rates,
    rates_table,
    sentence_number,
    sentence_table,
    show_notes,
    show_text,
    table,
    top_families,
    top_key_families,
    unsupported_share,
    unsupported_table,
)

LETTER = texts.get(texts.WARMUP)
ARTICLE = texts.case_study()


def one_rule(word: str, technique: str = "loaded_language"):
    def detect(doc):
        start = doc.text.find(word)
        if start >= 0:
            yield make_finding(doc.text, start, start + len(word), technique, "test rule",
                               cue=word, rule="test")
    return detect


def test_view_is_html_in_jupyter_and_text_elsewhere():
    v = table("Caption", ("a", "b"), [("<x>", "2")])
    assert "&lt;x&gt;" in v._repr_html_() and "<x>" in str(v) and repr(v) == str(v)
    assert '<th scope="col"' in v.html and "<caption" in v.html


def test_show_text_numbers_paragraphs_and_escapes():
    v = show_text(LETTER)
    assert "¶1 Letter: Keep our pool open" in str(v)
    assert "About this text:" in str(v)
    assert v.html.count("<h4>") == 0  # the letter opens with its own title
    assert "<h4>" in show_text(ARTICLE).html  # the case study has no title line
    raw = show_text("A <b>bold</b> claim.\n\nSecond paragraph.", note=False)
    assert "&lt;b&gt;" in raw.html and "¶2 Second paragraph." in str(raw)


def test_tables_of_families_techniques_and_keys():
    assert "Claims and evidence" in str(families_table())
    assert "Bandwagon" in str(show.techniques_table("appeals"))
    assert "Slogan" not in str(show.techniques_table("appeals"))
    k = key_table(LETTER, techniques=["bandwagon"])
    assert "(2 marks)" in str(k) and "“and more sign every day”" in str(k)
    assert "““" not in str(key_table(ARTICLE))  # quotes in a quote are not doubled
    counts = str(key_counts(LETTER))
    assert f"({len(LETTER.key)} marks)" in counts and "Bandwagon 2" in counts
    assert top_key_families(ARTICLE) == ["loaded language"]


def test_argue_names_a_false_alarm_and_a_miss_with_their_reasons():
    report = mediakit.analyze(LETTER.text, detectors=[one_rule("Tuesday")])
    v = str(argue(report, LETTER))
    assert "“Tuesday”" in v and "Why the detector fired: test rule" in v
    assert "A miss?" in v and "Why the key marks it" in v
    clean = mediakit.analyze(LETTER.text, detectors=[])
    assert "No false alarm here" in str(argue(clean, LETTER, families=["shortcuts"]))
    overlap = mediakit.analyze(LETTER.text, detectors=[one_rule("Everyone", "bandwagon")])
    assert "but as vague source" in str(argue(overlap, LETTER, families=["appeals"]))


def test_findings_list_and_highlights():
    assert "nothing" in str(findings_list("Calm words.", detectors=[]))
    assert findings_list(...).status == "todo"
    listed = str(findings_list("A shameful plan.", detectors=[one_rule("shameful")]))
    assert "Loaded language | “shameful” | test rule" in listed
    h = highlight(LETTER, "shameful decision", detectors=[one_rule("shameful")])
    assert "mark" in h.html and "found: Loaded language on “shameful”" in str(h)
    report = mediakit.analyze(LETTER.text, detectors=[one_rule("shameful")])
    assert "1 findings highlighted" in str(highlighted(report, ["loaded_language"]))
    assert "0 findings highlighted" in str(highlighted(report, ["claims"]))


def test_plain_text_of_highlights_counts_what_is_highlighted():
    # The text version (terminals, screen readers) must agree with the filters of the HTML.
    mild = one_rule("shameful")  # make_finding's default strength
    report = mediakit.analyze(LETTER.text, detectors=[mild])
    assert report.findings and all(f.strength < 3 for f in report.findings)
    strong_only = highlighted(report, min_strength=3)
    assert "<mark" not in strong_only.html
    assert "0 findings highlighted" in str(strong_only)
    h = highlight(LETTER, "shameful decision", families=["claims"], detectors=[mild])
    assert "<mark" not in h.html and "found: nothing" in str(h)


def test_paragraph_counts_use_the_reading_numbers():
    report = mediakit.analyze(LETTER.text, detectors=[one_rule("shameful")])
    counts = paragraph_counts(report, "loaded_language")
    assert counts[4] == 1 and sum(counts.values()) == 1
    assert busiest_paragraphs(report) == [4]
    assert busiest_paragraphs(mediakit.analyze(LETTER.text, detectors=[])) == []
    assert "¶4 | 1 | █" in str(show.paragraph_table(report))


def test_rates_and_families_and_support():
    a = mediakit.analyze("A shameful plan.", detectors=[one_rule("shameful")])
    b = mediakit.analyze("A calm plan here.", detectors=[])
    assert list(rates({"b": b, "a": a})) == ["a", "b"]
    assert "a | 333.3 | 1 | 3" in str(rates_table({"a": a, "b": b}))
    assert top_families(a) == ["loaded language"] and top_families(b) == []
    report = mediakit.analyze(ARTICLE.text)
    assert 0 <= unsupported_share(report) <= 100
    assert "With no support" in str(unsupported_table({"case": report}))
    assert "Claims worth checking" in str(claims_table(report, limit=3))


def test_sentence_helpers():
    report = mediakit.analyze(LETTER.text)
    n = sentence_number(report, "Where is she supposed to go now?")
    assert n > 0 and sentence_number(report, "no such words") == 0
    assert "question" in str(sentence_table(report, [n]))


def test_charts_are_images_with_alt_text():
    report = mediakit.analyze("A shameful plan.", detectors=[one_rule("shameful")])
    v = profile_chart(report, "demo")
    assert v.html.startswith('<img src="data:image/png;base64,')
    assert 'alt="Bar chart of findings per technique in demo: Loaded language 1."' in v.html
    from mediakit.charts import technique_profile
    assert str(chart(technique_profile(report), "x")) == "[chart] x"


def test_mirror_table_and_saved_notes(tmp_path, monkeypatch):
    assert "“the Biden regime” | “The Putin regime”" in str(mirror_table("name_calling"))
    monkeypatch.chdir(tmp_path)
    assert "No saved" in str(show_notes("02-gut-check"))
    from mediakit.lessons.notes import work_path
    from mediakit.store import WorkFile
    WorkFile(work_path("02-gut-check"), "notes", "02-gut-check").save(
        {"answers": {"feeling": "uneasy", "spot": 3},
         "prompts": {"feeling": "How did it make you feel?"}})
    shown = str(show_notes("02-gut-check"))
    assert "How did it make you feel? | uneasy" in shown and "spot | 3" in shown


def test_views_are_views():
    assert isinstance(families_table(), View)


def test_key_table_filters_by_phrase():
    from mediakit import texts
    from mediakit.lessons.show import key_table

    view = key_table(texts.case_study(), phrase="ROOT CAUSE")
    assert "(3 marks)" in view.text
    assert "Loaded language" in view.text and "Repetition" in view.text
