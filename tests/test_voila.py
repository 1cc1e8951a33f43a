"""The explorer lesson renders in Voila, for projecting in class.

Voila runs the notebook on a temporary copy (work files land there), in instructor mode
(``MEDIAKIT_INSTRUCTOR=1``: nobody types predictions into a projected page, so the
reveals show). The HTTP test checks the rendered page: the lesson's prose, the
highlighted text, live widget views, no errors, and code hidden. The browser test opens
the same page in Chromium and checks that the Explorer widget is drawn and responds.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from servers import accepts, free_port, running

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
LESSON = ROOT / "notebooks" / "03-loaded-language.ipynb"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@contextmanager
def voila(folder: Path, notebook: str, log: Path):
    """A Voila server for ``folder/notebook``; yields its URL, stops it afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "voila", "--no-browser", f"--port={port}",
           "--Voila.ip=127.0.0.1", notebook]
    env = {**os.environ, "MEDIAKIT_INSTRUCTOR": "1", "PYTHONUNBUFFERED": "1"}
    with running(cmd, name="voila", cwd=folder, env=env, log=log,
                 ready=lambda: accepts(port), timeout=30):
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def served(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copy(LESSON, folder / LESSON.name)
    with voila(folder, LESSON.name, tmp_path / "voila.log") as url:
        yield url, folder


def test_explorer_lesson_renders_in_voila(served):
    url, _ = served
    started = time.monotonic()
    with urllib.request.urlopen(f"{url}/", timeout=60) as response:
        assert response.status == 200
        page = response.read().decode("utf-8")
    seconds = time.monotonic() - started
    assert "Lesson 03 &#183; Loaded language" in page  # the title, rendered
    assert "Instructor mode: revealed without a prediction" in page
    assert "mk-mark" in page                      # highlighted text rendered by the kit
    assert page.count(WIDGET_VIEW) >= 2            # the Explorer and the reflection box
    assert '"output_type": "error"' not in page and "Traceback" not in page
    assert "check_labels(my_labels" not in page    # code is hidden when projecting
    print(f"Voila rendered {LESSON.name} in {seconds:.1f} s")  # for the log; not a speed test


@pytest.mark.browser
def test_explorer_responds_in_voila_in_a_browser(served, browser_context, artifacts):
    url, _ = served
    page = browser_context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{url}/")
    explorer = page.locator(".mk-explorer")
    explorer.wait_for()
    marks = ".mk-explorer mark.mk-mark[tabindex='0']"
    page.wait_for_function("sel => document.querySelectorAll(sel).length > 0", arg=marks)
    before = page.locator(marks).count()
    explorer.locator(".widget-checkbox", has_text="Loaded language").first.locator(
        "input").click()
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length < n",
                           arg=[marks, before])
    shots = artifacts / "voila"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / "03-loaded-language.png"), full_page=False)
    page.close()
