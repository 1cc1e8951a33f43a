"""nbgrader configuration for the mediakit exercises: a working sample.

This folder is itself a course folder: ``source/`` holds the nbgrader source notebooks
and ``release/`` the student versions generated from them. To run a course, copy this
file and ``source/`` into a folder of your own and change ``course_id`` (see
docs/instructor-guide.md, "Assignments and grading"). Paths are relative to the folder
this file is in, so the copy works wherever it lives.
"""

import os

c = get_config()  # noqa: F821 (nbgrader provides get_config when it loads this file)

HERE = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "mediakit"
c.CourseDirectory.root = HERE
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(HERE, "gradebook.db")

# Where release_assignment puts assignments and submit/collect exchange them. The
# default, /srv/nbgrader/exchange, suits a shared JupyterHub (create it with mode 777);
# a folder next to the course works on one machine.
c.Exchange.root = os.path.join(HERE, "exchange")

# Feedback without the hidden tests: nbgrader puts them back into the test cells when it
# autogrades, and by default they would reach students in the feedback HTML.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "mediakit.exercises.nbgrader_feedback.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# Each cell of an exercise runs in well under a second; stop a stuck cell after a minute.
c.Execute.timeout = 60
