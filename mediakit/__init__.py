"""mediakit: see how a text tries to move you.

>>> import mediakit
>>> report = mediakit.analyze("The mayor said the talks would resume on Monday.")
>>> report.sentences[0].kind
'attributed'
"""

from mediakit import texts
from mediakit.analyze import analyze
from mediakit.findings import Finding
from mediakit.report import Report
from mediakit.techniques import FAMILIES, TECHNIQUES

__version__ = "0.1.0"

__all__ = ["FAMILIES", "TECHNIQUES", "Finding", "Report", "__version__", "analyze", "texts"]
