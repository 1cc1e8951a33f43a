"""The activities on the real lessons, in a real JupyterLab and Chromium: work, quit, reopen.

One JupyterLab server runs on a temporary folder holding copies of four lessons;
Debian's Chromium drives it through Playwright (DESIGN.md §4). A learner:

- **01 warm-up**: runs all cells. The Explorer cell asks them to reveal first. They label
  every sentence in Spot the technique (the first by keyboard alone, the rest by picking
  from the dropdowns), reveal and read the results, then re-run the Explorer cell with Shift+Enter.
  The Explorer now shows the findings: they switch a family off and move through the
  list of findings with the arrow keys.
- **06 one event, three texts**: writes the ranking prediction in its cell, runs all, and
  switches a family off in Compare.
- **07 investigate claims**: runs all; in the Claim investigation they tick a move, write
  a note, give a verdict and export the report.
- **08 write and rewrite**: runs all; in the Rewrite lab they pick a sentence and rewrite it.

Then the server stops (the learner quits) and a new one starts on the same folder;
lessons 01, 07 and 08 are reopened and run, and the labels and results, the notes and the
rewrite come back. Screenshots go to ``test-artifacts/widgets/<lesson stem>/NN-*.png``; a
failing step leaves ``failed-<step>.png`` there and the server log in
``test-artifacts/widgets/jupyter-server.log``. The steps of one lesson stop at its first
failure; the other lessons still run, so one report names every broken lesson.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pytest
from servers import answers, free_port, running

from mediakit import texts
from mediakit.document import Document
from mediakit.techniques import FAMILIES

try:
    from playwright.sync_api import expect
except ImportError:  # the browser_context fixture skips (or fails in CI) with a clear reason
    expect = None

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "notebooks"
WARM_UP = LESSONS / "01-warm-up.ipynb"
COMPARE_LESSON = LESSONS / "06-one-event-three-texts.ipynb"
INVESTIGATE_LESSON = LESSONS / "07-investigate-claims.ipynb"
REWRITE_LESSON = LESSONS / "08-write-and-rewrite.ipynb"

# -- lesson 01: Spot the technique and the Explorer ----------------------------------------
#: Cell ids in the warm-up (the lessons' build numbers cells ``01-NN``).
SPOT_CELL, EXPLORER_CELL = "01-10", "01-12"
#: Where the warm-up saves the spot activity's work, relative to the notebook's folder.
SPOT_WORK = "mediakit-work/spot-warmup_town_pool.json"
NONE_LABEL = "none (neutral)"
#: Two honest mistakes, so the results show ✗ as well as ✓: a false alarm on a plain
#: figure with its source, and a miss on a short sentence of the false choice.
MISTAKES = {
    "The town’s annual report says it sold about 11,000 tickets": "Claims and evidence",
    "The roads can wait one more year.": NONE_LABEL,
}


def warm_up_truth() -> list[tuple[str, frozenset[str]]]:
    """Each sentence of the warm-up letter with the families its instructor key marks in it.

    Worked out here from the key's offsets and the document's sentences, so the test
    follows the key when it changes (it gained pity marks on the two later Rose sentences).
    """
    letter = texts.get(texts.WARMUP)
    doc = Document(letter.text)
    return [(letter.text[s.start:s.end],
             frozenset(m.family for m in letter.key if m.start < s.end and s.start < m.end))
            for s in doc.sentences]


def warm_up_answers() -> list[tuple[str, str]]:
    """How the learner labels each sentence: (label text, confidence text), one per sentence.

    The key's family (the first in the kit's order when it marks two), "none" for the rest,
    except the two :data:`MISTAKES`, given as a guess.
    """
    answers = []
    for text, families in warm_up_truth():
        label = next((FAMILIES[f].name for f in FAMILIES if f in families), NONE_LABEL)
        confidence = "90 % (very sure)" if label == NONE_LABEL else "70 % (fairly sure)"
        for start, wrong in MISTAKES.items():
            if text.startswith(start):
                label, confidence = wrong, "50 % (a guess)"
        answers.append((label, confidence))
    return answers


ANSWERS = warm_up_answers()
LABEL_IDS = {NONE_LABEL: "none", **{f.name: f.id for f in FAMILIES.values()}}

# -- lessons 06, 07, 08 --------------------------------------------------------------------
#: Lesson 06's prediction cell, and what the learner writes in it.
RANKING_CELL = "my_ranking = [...]"
RANKING = 'my_ranking = ["case study", "opposite slant", "news report"]'
INVESTIGATE_WORK = "mediakit-work/investigate-trump_putin_call.json"
NOTE = "The article gives no source for this; I will look for the Kremlin's own readout."
VERDICT = "could not check it"
REWRITE_WORK = "mediakit-work/rewrite-trump_putin_call.json"
#: The start of the case-study sentence the learner rewrites (as the sentence list shows it).
REWRITE_PICK = "Shortly after yesterday’s conversation between Trump and Putin"
REWRITE = ("After the call with Putin, Volodymyr Zelensky said that Ukraine rejects the Russian "
           "proposal.")

PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
ERROR_OUTPUT = f"{PANEL} .jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"
TIMEOUT_MS = 60_000

#: User settings for the isolated Lab: no news or update pop-ups, widget state saved (as
#: etc/jupyterlab-overrides.json sets for learners), and no notebook autosave. The work
#: must come back from the mediakit-work files alone; a notebook saved with its outputs
#: would also show stale widget views on reopening, which a fresh Run All could not be
#: told apart from.
USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyter-widgets/jupyterlab-manager/plugin.jupyterlab-settings": {"saveState": True},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


# -- the server ----------------------------------------------------------------------------

@contextmanager
def jupyter_lab(root: Path, config_dir: Path, log: Path):
    """A JupyterLab server on ``root``; yields its base URL and stops it afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip", "127.0.0.1",
           "--port", str(port), "--IdentityProvider.token=", "--ServerApp.password=",
           f"--ServerApp.root_dir={root}",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--LabApp.news_url=None"]
    if hasattr(os, "getuid") and os.getuid() == 0:
        cmd.append("--allow-root")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config_dir), "PYTHONUNBUFFERED": "1"}
    # A learner's kernel: the Explorer in lesson 01 and Compare in lesson 06 must wait for
    # the learner's prediction, as they do in class.
    env.pop("MEDIAKIT_INSTRUCTOR", None)
    url = f"http://127.0.0.1:{port}"
    with running(cmd, name="jupyter lab", cwd=root, env=env, log=log,
                 ready=lambda: answers(f"{url}/api/status")):
        yield url


def write_user_settings(config_dir: Path) -> None:
    folder = config_dir / "lab" / "user-settings"
    for name, value in USER_SETTINGS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), "utf-8")


# -- the notebook in the browser -----------------------------------------------------------

def new_page(context):
    """A tall page, so each widget fits on screen for its screenshot."""
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 1800})
    page.set_default_timeout(TIMEOUT_MS)
    return page


def open_notebook(page, url: str, name: str) -> None:
    """Open the notebook alone in Lab and wait until its kernel is idle."""
    page.goto(f"{url}/lab/tree/{name}?reset", timeout=TIMEOUT_MS)
    panel = page.locator(PANEL)
    panel.wait_for(timeout=TIMEOUT_MS)
    panel.locator(".jp-CodeCell .jp-InputPrompt").first.wait_for(timeout=TIMEOUT_MS)
    page.locator(".jp-StatusBar-Widget", has_text="Idle").first.wait_for(timeout=TIMEOUT_MS)


def run_all(page) -> None:
    """Run all cells from the Run menu.

    A Run All given while Lab is still connecting the kernel can be dropped silently,
    so it is repeated until the first code cell shows it ran (``[*]`` or ``[1]``).
    """
    first_prompt = page.locator(f"{PANEL} .jp-CodeCell .jp-InputPrompt").first
    for _attempt in range(4):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        try:
            expect(first_prompt).to_have_text(re.compile(r"\[(\*|\d+)\]"), timeout=15_000)
            return
        except AssertionError:
            continue
    raise AssertionError("Run All Cells did not start the cells (kernel not connected?)")


def open_and_run_all(page, url: str, name: str) -> None:
    open_notebook(page, url, name)
    run_all(page)


def wait_until_all_ran(page) -> None:
    """Wait until no cell is queued or running, then fail if any cell raised."""
    page.wait_for_function(
        "sel => [...document.querySelectorAll(sel)].every(p => !p.textContent.includes('*'))",
        arg=f"{PANEL} .jp-CodeCell .jp-InputPrompt", timeout=TIMEOUT_MS)
    raise_cell_errors(page)


def raise_cell_errors(page) -> None:
    errors = page.locator(ERROR_OUTPUT)
    if errors.count():
        raise AssertionError("a notebook cell failed:\n" + errors.first.inner_text()[-3000:])


def wait_for_widget(page, selector: str):
    """Wait for a widget's output, failing at once with the traceback if a cell raised."""
    page.wait_for_function(
        "([sel, err]) => document.querySelector(sel) || document.querySelector(err)",
        arg=[selector, ERROR_OUTPUT], timeout=TIMEOUT_MS)
    raise_cell_errors(page)
    found = page.locator(selector)
    found.wait_for()
    return found


def cell_index(notebook: Path, *, cell_id: str = "", starts: str = "",
               contains: str = "") -> int:
    """The position of a cell in the notebook file, by id or by how its source starts.

    ``contains`` guards against a renumbered lesson: the cell must hold that code.
    """
    cells = json.loads(notebook.read_text("utf-8"))["cells"]
    for i, c in enumerate(cells):
        source = "".join(c["source"])
        if (cell_id and c["id"] == cell_id) or (starts and source.startswith(starts)):
            assert contains in source, f"{notebook.name} cell {i} no longer holds {contains!r}"
            return i
    raise AssertionError(f"{notebook.name} has no cell {cell_id or starts!r}")


def notebook_cell(page, index: int):
    return page.locator(f"{PANEL} .jp-Notebook .jp-Cell").nth(index)


#: Room Lab takes above and below the notebook (menu, tabs, toolbar, status bar), in pixels.
LAB_CHROME_PX = 400


def shoot(locator, path: Path) -> None:
    """Screenshot one widget whole.

    The notebook scrolls inside Lab, so a widget taller than the notebook's area would
    come out cut off: the page grows to fit it for the screenshot, then shrinks back.
    """
    page = locator.page
    size = page.viewport_size
    needed = int(locator.bounding_box()["height"]) + LAB_CHROME_PX
    if needed > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": needed})
        # Lumino lays the panels out again on the next animation frames
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                      "requestAnimationFrame(r)))")
    try:
        locator.scroll_into_view_if_needed()
        locator.screenshot(path=str(path))
    finally:
        if needed > size["height"]:
            page.set_viewport_size(size)


def wait_for_json(path: Path, ok: Callable[[dict], bool], seconds: float = 10) -> dict:
    """Wait until the work file at ``path`` exists and ``ok(data)`` holds; return the data."""
    deadline = time.monotonic() + seconds
    while True:
        if path.exists():
            data = json.loads(path.read_text("utf-8"))["data"]
            if ok(data):
                return data
        assert time.monotonic() < deadline, f"{path.name} did not get the expected work"
        time.sleep(0.2)


def selected_text(select) -> str:
    return select.evaluate("s => s.options[s.selectedIndex].text").replace("\xa0", " ")


# -- lesson 01: explore, label, reveal -----------------------------------------------------

MARKS = f"{PANEL} .mk-explorer mark.mk-mark[tabindex='0']"


def label_and_reveal(page, url: str, root: Path, shots: Path) -> None:
    """Run all; the Explorer waits; label every sentence, reveal, then run the Explorer."""
    open_and_run_all(page, url, WARM_UP.name)
    explorer_cell = notebook_cell(
        page, cell_index(WARM_UP, cell_id=EXPLORER_CELL, contains="Explorer(letter)"))
    cell_index(WARM_UP, cell_id=SPOT_CELL, contains="SpotTheTechnique(letter)")

    # -- Spot the technique: label, then reveal -------------------------------------------
    spot = wait_for_widget(page, f"{PANEL} .mk-spot")
    # Before reveal the Explorer cell only says what to do first.
    waiting = explorer_cell.locator(".mk-feedback-todo", has_text="click Reveal")
    waiting.wait_for()
    assert explorer_cell.locator(".mk-explorer").count() == 0
    shoot(explorer_cell, shots / "01-explorer-waits-for-reveal.png")
    rows = spot.locator(".mk-spot-row")
    assert rows.count() == len(ANSWERS) == 26
    reveal = spot.locator("button", has_text="Reveal")
    assert reveal.is_disabled()
    cells = page.locator(f"{PANEL} .jp-Notebook .jp-Cell").count()
    # The first sentence by keyboard alone: type-ahead and arrow keys on the focused
    # dropdowns must change them, not run Lab's notebook shortcuts (A inserts a cell,
    # ArrowDown moves to the next cell).
    assert ANSWERS[0] == (NONE_LABEL, "90 % (very sure)")
    first = rows.nth(0).locator("select")
    first.nth(0).focus()
    page.keyboard.press("n")  # "none (neutral)"
    first.nth(1).focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")  # "— how sure? —" -> 50 % -> 70 % -> 90 %
    expect(spot.locator("[role='status']", has_text="1 of 26 sentences")).to_be_visible()
    assert page.locator(f"{PANEL} .jp-Notebook .jp-Cell").count() == cells
    assert [selected_text(first.nth(i)) for i in (0, 1)] == list(ANSWERS[0])
    # The rest by picking from the dropdowns. (select_option sets the option and fires the
    # change event: headless Chromium draws no native option list a mouse could click.)
    for i, (label, confidence) in enumerate(ANSWERS[1:], 1):
        selects = rows.nth(i).locator("select")
        selects.nth(0).select_option(label=label)
        selects.nth(1).select_option(label=confidence)
    expect(reveal).to_be_enabled()
    shoot(spot, shots / "02-spot-labelled.png")
    reveal.click()
    results = spot.locator("table.mk-spot-results")
    results.wait_for()

    # The results, sentence by sentence, worked out here from the key.
    truth = warm_up_truth()
    expected = []
    for (label, _), (_, families) in zip(ANSWERS, truth, strict=True):
        flagged = label != NONE_LABEL
        expected.append(("✓ hit" if flagged else "✗ miss") if families
                        else ("✗ false alarm" if flagged else "✓ correct rejection"))
    shown = results.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => r.cells[5].textContent.trim())")
    assert shown == expected
    counts = {o: expected.count(o) for o in set(expected)}
    assert counts.get("✗ miss") == counts.get("✗ false alarm") == 1, (
        "MISTAKES should give one miss and one false alarm: did the letter or its key change?")
    assert (f"You compared with the answer key: {counts['✓ hit']} hit(s), 1 miss(es), "
            f"1 false alarm(s), {counts['✓ correct rejection']} correct rejection(s)"
            in spot.inner_text())
    assert "Discernment" in spot.inner_text()
    assert spot.locator("button", has_text="Revealed").is_disabled()
    shoot(spot.locator(".mk-spot-results-block"), shots / "03-spot-revealed-results.png")

    work = wait_for_json(root / SPOT_WORK, lambda d: d["revealed"])
    assert [(s["label"], s["confidence"]) for s in work["sentences"]] == [
        (LABEL_IDS[label], int(confidence.split()[0])) for label, confidence in ANSWERS]
    assert work["at_reveal"] == [{"label": s["label"], "confidence": s["confidence"]}
                                 for s in work["sentences"]]

    # -- the Explorer cell again, now that Spot was revealed (Shift+Enter) -----------------
    explorer_cell.locator(".jp-InputPrompt").click()
    page.keyboard.press("Shift+Enter")
    explorer = wait_for_widget(page, f"{PANEL} .mk-explorer")
    explore(page, explorer, shots)
    wait_until_all_ran(page)


def explore(page, explorer, shots: Path) -> None:
    """Switch a family off (fewer marks, none of that family) and walk the list by keyboard."""
    page.wait_for_function("sel => document.querySelectorAll(sel).length > 0", arg=MARKS)
    before = page.locator(MARKS).count()
    assert page.locator(f"{MARKS}[data-family='appeals']").count() > 0
    assert f"Showing {before} of {before} findings" in explorer.locator(".mkw-counts").inner_text()
    shoot(explorer, shots / "04-explorer-all-families.png")
    explorer.locator(".widget-checkbox", has_text="Appeals").locator("input").click()
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length < n",
                           arg=[MARKS, before])
    after = page.locator(MARKS).count()
    assert 0 < after < before
    assert page.locator(f"{PANEL} .mk-explorer mark[data-family='appeals']").count() == 0
    expect(explorer.locator(".mkw-counts")).to_contain_text(
        f"Showing {after} of {before} findings")
    expect(explorer.locator(".mkw-counts")).to_contain_text("Appeals 0")
    # keyboard: focus the finding list and move down; the details panel follows
    # (locators, not element handles: a widget's HTML is replaced, not edited, on update)
    details = explorer.locator(".mkw-details")
    first = details.inner_text()
    finding_list = explorer.locator("select").last
    finding_list.focus()
    seen = {first}
    for _ in range(2):  # one key at a time: each waits for the kernel's new details
        page.keyboard.press("ArrowDown")
        for shown in seen:
            expect(details).not_to_have_text(shown, timeout=15_000)
        seen.add(details.inner_text())
    expect(finding_list).to_have_js_property("selectedIndex", 2)
    expect(details).to_contain_text("Cue:")
    expect(details).not_to_contain_text("Family: Appeals")
    shoot(explorer, shots / "05-explorer-appeals-hidden-third-finding.png")


def warm_up_again(page, url: str, root: Path, shots: Path) -> None:
    """After quitting: run all, and the labels, the results and the Explorer are back."""
    open_and_run_all(page, url, WARM_UP.name)
    spot = wait_for_widget(page, f"{PANEL} .mk-spot")
    spot.locator("table.mk-spot-results").wait_for()
    rows = spot.locator(".mk-spot-row")
    shown = [[selected_text(rows.nth(i).locator("select").nth(k)) for k in (0, 1)]
             for i in range(rows.count())]
    assert shown == [list(a) for a in ANSWERS]
    assert "Loaded your saved work" in spot.inner_text()
    assert spot.locator("button", has_text="Revealed").is_disabled()
    assert "1 miss(es), 1 false alarm(s)" in spot.inner_text()
    shoot(spot, shots / "06-spot-after-reopening.png")
    # Spot is revealed again, so Run All shows the Explorer straight away.
    wait_for_widget(page, f"{PANEL} .mk-explorer")
    page.wait_for_function("sel => document.querySelectorAll(sel).length > 0", arg=MARKS)
    wait_until_all_ran(page)


# -- lesson 06: Compare, after the prediction ----------------------------------------------

def predict_and_compare(page, url: str, root: Path, shots: Path) -> None:
    open_notebook(page, url, COMPARE_LESSON.name)
    # The learner writes the prediction into its cell first (Compare waits for it).
    editor = notebook_cell(page, cell_index(COMPARE_LESSON, starts=RANKING_CELL)) \
        .locator(".cm-content")
    editor.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.insert_text(RANKING)
    expect(editor).to_have_text(RANKING)
    page.keyboard.press("Escape")
    run_all(page)
    compare = wait_for_widget(page, f"{PANEL} .mk-compare")
    compare.locator("img[alt^='Bar chart of technique families']").wait_for()
    assert compare.locator(".mk-root").count() == 3
    marks = f"{PANEL} .mk-compare mark.mk-mark[tabindex='0']"
    loaded = f"{marks}[data-family='loaded_language']"
    before, before_loaded = page.locator(marks).count(), page.locator(loaded).count()
    assert before_loaded > 0
    shoot(compare, shots / "01-compare-all-families.png")
    compare.locator(".widget-checkbox", has_text="Loaded language").locator("input").click()
    page.wait_for_function("sel => document.querySelectorAll(sel).length === 0", arg=loaded)
    assert page.locator(marks).count() == before - before_loaded
    # the three panes each keep their other families
    for pane in range(3):
        assert compare.locator(".mk-root").nth(pane).locator("mark.mk-mark").count() > 0
    shoot(compare, shots / "02-compare-loaded-language-hidden.png")
    wait_until_all_ran(page)


# -- lesson 07: Claim investigation --------------------------------------------------------

def investigate(page, url: str, root: Path, shots: Path) -> None:
    open_and_run_all(page, url, INVESTIGATE_LESSON.name)
    claims = wait_for_widget(page, f"{PANEL} .mk-investigate")
    claims.locator(".widget-checkbox", has_text="Stop: done").locator("input").click()
    claims.locator("textarea").first.fill(NOTE)
    claims.locator("select").last.select_option(label=VERDICT)
    data = wait_for_json(root / INVESTIGATE_WORK,
                         lambda d: d["claims"] and d["claims"][0]["verdict"] == VERDICT
                         and d["claims"][0]["notes"]["stop"] == NOTE)
    assert data["claims"][0]["checked"]["stop"] is True
    claims.locator("button", has_text="Export report").click()
    claims.locator("pre", has_text="# Claim investigation").wait_for()
    assert NOTE in claims.locator("pre").inner_text()
    assert (root / INVESTIGATE_WORK).with_suffix(".md").exists()
    shoot(claims, shots / "01-claim-investigation-exported.png")
    wait_until_all_ran(page)


def investigate_again(page, url: str, root: Path, shots: Path) -> None:
    open_and_run_all(page, url, INVESTIGATE_LESSON.name)
    claims = wait_for_widget(page, f"{PANEL} .mk-investigate")
    expect(claims.locator("textarea").first).to_have_value(NOTE)
    assert claims.locator(".widget-checkbox", has_text="Stop: done").locator("input").is_checked()
    assert selected_text(claims.locator("select").last) == VERDICT
    shoot(claims, shots / "02-claim-investigation-after-reopening.png")
    wait_until_all_ran(page)


# -- lesson 08: Rewrite lab ----------------------------------------------------------------

def pick_sentence(rewrite) -> None:
    pick = rewrite.locator("select").first
    # ipywidgets shows option labels with no-break spaces
    label = pick.evaluate("(s, t) => [...s.options].map(o => o.text)"
                          ".find(x => x.replace(/\\u00a0/g, ' ').includes(t))", REWRITE_PICK)
    assert label, f"the Rewrite lab does not offer {REWRITE_PICK!r}"
    pick.select_option(label=label)
    expect(rewrite.locator(".mkw-quote").first).to_contain_text("rushed to state")


def rewrite_a_sentence(page, url: str, root: Path, shots: Path) -> None:
    open_and_run_all(page, url, REWRITE_LESSON.name)
    rewrite = wait_for_widget(page, f"{PANEL} .mk-rewrite")
    feedback = rewrite.locator("[role='status']").first
    expect(feedback).to_contain_text("still the original sentence")
    pick_sentence(rewrite)
    expect(feedback).to_contain_text("still the original sentence")
    box = rewrite.locator("textarea").first
    box.fill(REWRITE)
    expect(feedback).to_contain_text("Gone: Loaded language", timeout=15_000)
    expect(feedback).to_contain_text("The detector finds no technique in your version")
    shoot(rewrite, shots / "01-rewrite-feedback.png")
    wait_for_json(root / REWRITE_WORK, lambda d: REWRITE in d["rewrites"].values())
    wait_until_all_ran(page)


def rewrite_again(page, url: str, root: Path, shots: Path) -> None:
    open_and_run_all(page, url, REWRITE_LESSON.name)
    rewrite = wait_for_widget(page, f"{PANEL} .mk-rewrite")
    pick_sentence(rewrite)
    expect(rewrite.locator("textarea").first).to_have_value(REWRITE)
    expect(rewrite.locator("[role='status']").first).to_contain_text("Gone: Loaded language")
    shoot(rewrite, shots / "02-rewrite-after-reopening.png")
    wait_until_all_ran(page)


# -- the learner's session -----------------------------------------------------------------

Step = Callable[..., None]
FIRST_VISIT: list[tuple[Path, Step]] = [
    (WARM_UP, label_and_reveal),
    (COMPARE_LESSON, predict_and_compare),
    (INVESTIGATE_LESSON, investigate),
    (REWRITE_LESSON, rewrite_a_sentence),
]
SECOND_VISIT: list[tuple[Path, Step]] = [
    (WARM_UP, warm_up_again),
    (INVESTIGATE_LESSON, investigate_again),
    (REWRITE_LESSON, rewrite_again),
]


def test_learner_works_in_the_lessons_quits_and_finds_the_work(
        browser_context, artifacts, tmp_path):
    started = time.monotonic()
    root = tmp_path / "course"
    root.mkdir()
    for lesson, _ in FIRST_VISIT:
        shutil.copy(lesson, root / lesson.name)
    config_dir = tmp_path / "jupyter-config"
    write_user_settings(config_dir)
    log = tmp_path / "jupyter.log"
    shots_root = artifacts / "widgets"
    for lesson, _ in FIRST_VISIT:
        shutil.rmtree(shots_root / lesson.stem, ignore_errors=True)
        (shots_root / lesson.stem).mkdir(parents=True)
    (shots_root / "jupyter-server.log").unlink(missing_ok=True)
    failures: dict[str, str] = {}
    timings: list[str] = []

    def keep_log() -> None:
        if log.exists():
            shutil.copy(log, shots_root / "jupyter-server.log")

    def visit(url: str, steps: list[tuple[Path, Step]]) -> None:
        for lesson, step in steps:
            if lesson.stem in failures:
                continue  # nothing to find again where the first visit failed
            shots = shots_root / lesson.stem
            page = new_page(browser_context)
            t0 = time.monotonic()
            try:
                step(page, url, root, shots)
            except Exception as exc:
                try:
                    page.screenshot(path=str(shots / f"failed-{step.__name__}.png"))
                except Exception:
                    pass
                failures[lesson.stem] = (f"{lesson.stem} / {step.__name__}: "
                                         + "".join(traceback.format_exception(exc))[-4000:])
            finally:
                page.close()
                timings.append(f"{step.__name__} {time.monotonic() - t0:.1f} s")

    try:
        with jupyter_lab(root, config_dir, log) as url:
            visit(url, FIRST_VISIT)
        # The learner's work is in mediakit-work/, not in the notebooks (autosave is off).
        for lesson, _ in FIRST_VISIT:
            assert (root / lesson.name).read_bytes() == lesson.read_bytes(), lesson.name

        # Quit: the server (and its kernels) stops. Start again and reopen the lessons.
        with jupyter_lab(root, config_dir, log) as url:
            visit(url, SECOND_VISIT)
    except BaseException:
        keep_log()
        raise
    finally:
        print(f"browser lessons test took {time.monotonic() - started:.1f} s: "
              + "; ".join(timings))
    if failures:
        keep_log()
        pytest.fail("\n\n".join(failures.values())
                    + f"\n--- jupyter log (tail; all of it in {shots_root}/jupyter-server.log)"
                    f" ---\n{log.read_text()[-2000:]}", pytrace=False)
