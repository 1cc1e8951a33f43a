"""Every lesson runs headless from top to bottom, as a learner would first open it.

Each notebook runs twice, in a temporary folder (so its work files land there):

- *learner*: the placeholders (``...``) as shipped, so every try-it must say "fill this in"
  rather than fail, and no reveal is shown without a prediction;
- *instructor*: ``MEDIAKIT_INSTRUCTOR=1``, so every reveal cell runs its content too.

No cell may raise, and no cell may write to stderr (a warning a learner would see).
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
CELL_TIMEOUT = 120


def run_notebook(path: Path, folder: Path) -> tuple[dict, float]:
    import nbformat
    from nbclient import NotebookClient

    target = folder / path.name
    shutil.copy(path, target)
    nb = nbformat.read(target, as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(folder)}})
    started = time.monotonic()
    client.execute()
    return nb, time.monotonic() - started


def outputs_text(nb: dict) -> str:
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            data = out.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/html", ""))
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def stderr_outputs(nb: dict) -> list[str]:
    return ["".join(out.get("text", "")) for cell in nb["cells"]
            for out in cell.get("outputs", [])
            if out.get("output_type") == "stream" and out.get("name") == "stderr"]


def test_there_are_ten_lessons():
    assert [p.name[:2] for p in LESSONS] == [f"{n:02d}" for n in range(10)]


@pytest.mark.parametrize("mode", ["learner", "instructor"])
@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_executes(lesson, mode, tmp_path, monkeypatch):
    # The kernel inherits this process's environment when it starts.
    if mode == "instructor":
        monkeypatch.setenv("MEDIAKIT_INSTRUCTOR", "1")
    else:
        monkeypatch.delenv("MEDIAKIT_INSTRUCTOR", raising=False)
    nb, seconds = run_notebook(lesson, tmp_path)
    print(f"{lesson.name} ({mode}): {seconds:.1f} s")
    assert not stderr_outputs(nb), stderr_outputs(nb)
    text = outputs_text(nb)
    assert "Traceback" not in text
    if mode == "learner":
        assert "fill this in" in text.lower()
        assert "Instructor mode" not in text
    else:
        assert "Instructor mode: revealed without a prediction" in text
    # Work files, if any, are written beside the notebook and are valid JSON.
    for work in (tmp_path / "mediakit-work").glob("*.json"):
        assert json.loads(work.read_text("utf-8"))["schema"] == "mediakit.work"
