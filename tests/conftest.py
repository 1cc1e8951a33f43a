"""Test-suite set-up: an isolated HOME, and a real Chromium for browser tests.

Jupyter, IPython and matplotlib write into ``$HOME``; every test session gets a
fresh temporary one so the suite never touches the developer's files.

Browser tests use Debian's Chromium (``/usr/bin/chromium``) through the PyPI
``playwright`` package, never Playwright's own browser download. Locally they skip
when Chromium is missing; with ``CI=true`` a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# CI must be repeatable: property tests use a fixed seed there (a failure found by a
# random search locally becomes a regular test case); locally they keep exploring.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if IN_CI:
    settings.load_profile("ci")

_HOME = tempfile.mkdtemp(prefix="mediakit-test-home-")
os.environ["HOME"] = _HOME
os.environ["MPLCONFIGDIR"] = os.path.join(_HOME, ".matplotlib")
os.environ["IPYTHONDIR"] = os.path.join(_HOME, ".ipython")
os.environ["JUPYTER_CONFIG_DIR"] = os.path.join(_HOME, ".jupyter")
os.environ["JUPYTER_DATA_DIR"] = os.path.join(_HOME, ".local", "share", "jupyter")
os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(_HOME, ".local", "share", "jupyter", "runtime")
os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for screenshots and other artefacts tests leave for humans to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def require_chromium() -> None:
    """Skip locally, fail in CI, when Debian's Chromium or Playwright is missing."""
    problem = None
    if not os.path.exists(CHROMIUM):
        problem = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is not installed"
    if problem:
        if IN_CI:
            pytest.fail(f"browser tests are required in CI: {problem}")
        pytest.skip(problem)


@pytest.fixture
def browser_context(tmp_path):
    """A persistent Chromium context in a fresh profile folder (Playwright, Debian Chromium)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
