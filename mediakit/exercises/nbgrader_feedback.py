"""An nbgrader preprocessor that keeps hidden tests out of the feedback students receive.

``nbgrader autograde`` puts the hidden tests back into the test cells, and
``nbgrader generate_feedback`` turns the autograded notebook into the HTML that
students get back, hidden tests and their tracebacks included. Adding
:class:`HideHiddenTests` to ``GenerateFeedback.preprocessors`` (see
``exercises/nbgrader_config.py``) removes the hidden region from each test cell and
shortens the error of a failed test to its last line (``AssertionError: 3 of 8
found; this test needs 4``), so the expected values never reach a student.

Imported only by nbgrader (it needs nbgrader and nbconvert), never by ``mediakit``.
"""

from __future__ import annotations

from nbgrader import utils
from nbgrader.preprocessors import ClearHiddenTests


class HideHiddenTests(ClearHiddenTests):
    """Remove hidden-test regions and trim test tracebacks to ``ename: evalue``."""

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output.get('ename', 'Error')}: "
                                           f"{output.get('evalue', '')}"]
        return cell, resources
