"""The widgets in a real JupyterLab and Chromium: explore, label, reveal, quit, reopen.

Starts ``jupyter lab`` on a temporary copy of a notebook, opens it in Debian's
Chromium through Playwright (DESIGN.md §4), runs all cells, toggles a family in
the Explorer and checks the highlighted marks change, labels every sentence in
Spot the technique and reveals, then stops the server, starts a new one on the same
folder, reopens the notebook and checks the saved labels and results come back.
Screenshots go to ``test-artifacts/widgets/<notebook name>/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the browser_context fixture skips (or fails in CI) with a clear reason
    expect = None

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
#: The notebook under test: one constant, so a lesson can take the demo's place.
NOTEBOOK = ROOT / "tests" / "notebooks" / "widgets_demo.ipynb"
#: Where the notebook saves the spot activity's work, relative to the notebook's folder.
SPOT_WORK = "mediakit-work/spot-demo-letter.json"
#: The other activities' work files, and what the learner writes in them.
REWRITE_WORK = "mediakit-work/rewrite-demo-letter.json"
INVESTIGATE_WORK = "mediakit-work/investigate-demo-letter.json"
REWRITE = "The council's plan would close the pool."
NOTE = "The letter names no source; the council's minutes should say."
#: How the learner labels each sentence of the demo text (label text, confidence text).
ANSWERS = [
    ("none (neutral)", "90 % (very sure)"),
    ("Appeals", "70 % (fairly sure)"),
    ("none (neutral)", "70 % (fairly sure)"),
    ("Shortcuts", "90 % (very sure)"),
    ("Loaded language", "50 % (a guess)"),
]
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
TIMEOUT_MS = 60_000

#: User settings for the isolated Lab: no news or update pop-ups, widget state saved.
USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyter-widgets/jupyterlab-manager/plugin.jupyterlab-settings": {"saveState": True},
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited early:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"jupyter lab did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def write_user_settings(config_dir: Path) -> None:
    folder = config_dir / "lab" / "user-settings"
    for name, value in USER_SETTINGS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), "utf-8")


def open_and_run_all(page, url: str, name: str) -> None:
    """Open the notebook, wait for its kernel, and run all cells from the Run menu.

    A Run All given while Lab is still connecting the kernel can be dropped silently,
    so it is repeated until the first code cell shows it ran (``[*]`` or ``[1]``).
    """
    page.goto(f"{url}/lab/tree/{name}?reset", timeout=TIMEOUT_MS)
    panel = page.locator(PANEL)
    panel.wait_for(timeout=TIMEOUT_MS)
    first_prompt = panel.locator(".jp-CodeCell .jp-InputPrompt").first
    first_prompt.wait_for(timeout=TIMEOUT_MS)
    page.locator(".jp-StatusBar-Widget", has_text="Idle").first.wait_for(timeout=TIMEOUT_MS)
    for _attempt in range(4):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        try:
            expect(first_prompt).to_have_text(re.compile(r"\[(\*|\d+)\]"), timeout=15_000)
            return
        except AssertionError:
            continue
    raise AssertionError("Run All Cells did not start the cells (kernel not connected?)")


@contextmanager
def screenshot_on_failure(page, path: Path, log: Path):
    """Leave a full-page screenshot (and the server log's tail in the error) when a step fails."""
    try:
        yield
    except Exception as exc:
        try:
            page.screenshot(path=str(path), full_page=True)
        except Exception:  # the page itself may be gone
            pass
        raise AssertionError(f"{exc}\n--- jupyter log (tail) ---\n{log.read_text()[-2000:]}"
                             f"\nscreenshot: {path}") from exc


ERROR_OUTPUT = f"{PANEL} .jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"


def wait_for_widget(page, selector: str):
    """Wait for a widget's output, failing at once with the traceback if a cell raised."""
    page.wait_for_function(
        "([sel, err]) => document.querySelector(sel) || document.querySelector(err)",
        arg=[selector, ERROR_OUTPUT], timeout=TIMEOUT_MS)
    errors = page.locator(ERROR_OUTPUT)
    if errors.count():
        raise AssertionError("a notebook cell failed:\n" + errors.first.inner_text()[-3000:])
    found = page.locator(selector)
    found.wait_for()
    return found


def new_page(context):
    """A tall page, so each widget fits on screen for its screenshot."""
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 1800})
    page.set_default_timeout(TIMEOUT_MS)
    return page


def explorer_marks(page) -> int:
    return page.locator(f"{PANEL} .mk-explorer mark.mk-mark[tabindex='0']").count()


def explore_label_and_reveal(page, url: str, root: Path, shots: Path) -> None:
    """First visit: run all, toggle a family in the Explorer, label and reveal."""
    open_and_run_all(page, url, NOTEBOOK.name)

    # -- Explorer: toggling a family changes the highlighted marks ------------------------
    explorer = wait_for_widget(page, f"{PANEL} .mk-explorer")
    marks = f"{PANEL} .mk-explorer mark.mk-mark[tabindex='0']"
    page.wait_for_function("sel => document.querySelectorAll(sel).length > 0", arg=marks)
    before = explorer_marks(page)
    explorer.scroll_into_view_if_needed()
    explorer.screenshot(path=str(shots / "01-explorer-all-families.png"))
    explorer.locator(".widget-checkbox", has_text="Appeals").locator("input").click()
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length < n",
                           arg=[marks, before])
    assert explorer_marks(page) < before
    assert page.locator(f"{PANEL} .mk-explorer mark[data-family='appeals']").count() == 0
    assert "Showing" in explorer.locator(".mkw-counts").inner_text()
    # keyboard: focus the finding list and move down; the details panel follows
    # (locators, not element handles: a widget's HTML is replaced, not edited, on update)
    details = explorer.locator(".mkw-details")
    first = details.inner_text()
    explorer.locator("select").last.focus()
    page.keyboard.press("ArrowDown")
    expect(details).not_to_have_text(first, timeout=15_000)
    expect(details).to_contain_text("Cue:")
    explorer.screenshot(path=str(shots / "02-explorer-appeals-hidden-finding-selected.png"))

    # -- Spot the technique: label, then reveal -------------------------------------------
    spot = wait_for_widget(page, f"{PANEL} .mk-spot")
    rows = spot.locator(".mk-spot-row")
    assert rows.count() == len(ANSWERS)
    reveal = spot.locator("button", has_text="Reveal")
    assert reveal.is_disabled()
    cells = page.locator(f"{PANEL} .jp-Notebook .jp-Cell").count()
    # The first sentence by keyboard alone: type-ahead and arrow keys on the focused
    # dropdowns must change them, not run Lab's notebook shortcuts (A inserts a cell,
    # ArrowDown moves to the next cell).
    first = rows.nth(0).locator("select")
    first.nth(0).focus()
    page.keyboard.press("n")  # "none (neutral)"
    first.nth(1).focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")  # "— how sure? —" -> 50 % -> 70 % -> 90 %
    assert page.locator(f"{PANEL} .jp-Notebook .jp-Cell").count() == cells
    # the rest with the mouse
    for i, (label, confidence) in enumerate(ANSWERS[1:], 1):
        selects = rows.nth(i).locator("select")
        selects.nth(0).select_option(label=label)
        selects.nth(1).select_option(label=confidence)
    page.wait_for_function("sel => !document.querySelector(sel).disabled",
                           arg=f"{PANEL} .mk-spot button.mod-primary")
    spot.scroll_into_view_if_needed()
    spot.screenshot(path=str(shots / "03-spot-labelled.png"))
    reveal.click()
    results = spot.locator("table.mk-spot-results")
    results.wait_for()
    text = results.inner_text()
    assert "✓ correct rejection" in text and "✓ hit" in text
    assert "Discernment" in spot.inner_text()
    block = spot.locator(".mk-spot-results-block")
    block.scroll_into_view_if_needed()
    block.screenshot(path=str(shots / "04-spot-revealed-results.png"))

    work = root / SPOT_WORK
    deadline = time.monotonic() + 10
    while not (work.exists() and json.loads(work.read_text("utf-8"))["data"]["revealed"]):
        assert time.monotonic() < deadline, "the work file was not written"
        time.sleep(0.2)
    saved = json.loads(work.read_text("utf-8"))
    assert [s["label"] for s in saved["data"]["sentences"]] == [
        "none", "appeals", "none", "shortcuts", "loaded_language"]

    # -- Rewrite lab: the feedback follows the typing; the rewrite is saved -----------------
    rewrite = wait_for_widget(page, f"{PANEL} .mk-rewrite")
    feedback = rewrite.locator("[role='status']").first
    expect(feedback).to_contain_text("still the original sentence")
    rewrite.locator("textarea").first.fill(REWRITE)
    expect(feedback).not_to_contain_text("still the original", timeout=15_000)
    rewrite.scroll_into_view_if_needed()
    rewrite.screenshot(path=str(shots / "06-rewrite-feedback.png"))
    wait_for_json(root / REWRITE_WORK, lambda d: REWRITE in d["rewrites"].values())

    # -- Claim investigation: a step ticked, a note, a verdict ------------------------------
    claims = wait_for_widget(page, f"{PANEL} .mk-investigate")
    claims.locator(".widget-checkbox", has_text="Stop: done").locator("input").click()
    claims.locator("textarea").first.fill(NOTE)
    claims.locator("select").last.select_option(label="could not check it")
    wait_for_json(root / INVESTIGATE_WORK,
                  lambda d: d["claims"] and d["claims"][0]["verdict"] == "could not check it"
                  and d["claims"][0]["notes"]["stop"] == NOTE)
    claims.locator("button", has_text="Export report").click()
    claims.locator("pre", has_text="# Claim investigation").wait_for()
    claims.scroll_into_view_if_needed()
    claims.screenshot(path=str(shots / "07-claim-investigation.png"))

    # -- Compare: three texts side by side with the chart -----------------------------------
    compare = wait_for_widget(page, f"{PANEL} .mk-compare")
    compare.locator("img[alt^='Bar chart of technique families']").wait_for()
    assert compare.locator(".mk-root").count() == 3
    compare.scroll_into_view_if_needed()
    compare.screenshot(path=str(shots / "08-compare.png"))


def wait_for_json(path: Path, ok, seconds: float = 10) -> dict:
    """Wait until the work file at ``path`` exists and ``ok(data)`` holds; return the data."""
    deadline = time.monotonic() + seconds
    while True:
        if path.exists():
            data = json.loads(path.read_text("utf-8"))["data"]
            if ok(data):
                return data
        assert time.monotonic() < deadline, f"{path.name} did not get the expected work"
        time.sleep(0.2)


def reopen_and_find_the_work(page, url: str, shots: Path) -> None:
    """Second visit, after the server was stopped: the labels and results come back."""
    open_and_run_all(page, url, NOTEBOOK.name)
    spot = wait_for_widget(page, f"{PANEL} .mk-spot")
    spot.locator("table.mk-spot-results").wait_for()
    rows = spot.locator(".mk-spot-row")
    shown = [rows.nth(i).locator("select").nth(0)
             .evaluate("s => s.options[s.selectedIndex].text").replace("\xa0", " ")
             for i in range(rows.count())]
    assert shown == [label for label, _ in ANSWERS]
    assert "Loaded your saved work" in spot.inner_text()
    assert spot.locator("button", has_text="Revealed").is_disabled()
    spot.scroll_into_view_if_needed()
    spot.screenshot(path=str(shots / "05-spot-after-reopening.png"))
    rewrite = wait_for_widget(page, f"{PANEL} .mk-rewrite")
    assert rewrite.locator("textarea").first.input_value() == REWRITE
    claims = wait_for_widget(page, f"{PANEL} .mk-investigate")
    assert claims.locator(".widget-checkbox", has_text="Stop: done").locator("input").is_checked()
    assert claims.locator("textarea").first.input_value() == NOTE


def test_learner_explores_labels_reveals_quits_and_finds_the_work(
        browser_context, artifacts, tmp_path):
    started = time.monotonic()
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy(NOTEBOOK, root / NOTEBOOK.name)
    config_dir = tmp_path / "jupyter-config"
    write_user_settings(config_dir)
    log = tmp_path / "jupyter.log"
    shots = artifacts / "widgets" / NOTEBOOK.stem
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("failed-*.png"):
        old.unlink()

    with jupyter_lab(root, config_dir, log) as url:
        page = new_page(browser_context)
        with screenshot_on_failure(page, shots / "failed-first-visit.png", log):
            explore_label_and_reveal(page, url, root, shots)
        page.close()

    # Quit: the server (and its kernel) stops. Start again and reopen the notebook.
    with jupyter_lab(root, config_dir, log) as url:
        page = new_page(browser_context)
        with screenshot_on_failure(page, shots / "failed-second-visit.png", log):
            reopen_and_find_the_work(page, url, shots)
        page.close()
    print(f"browser widgets test took {time.monotonic() - started:.1f} s")
