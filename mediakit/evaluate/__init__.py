"""Measuring the detectors against human annotations.

``scoring`` is the pure span scorer (SemEval-2020 Task 11 convention), ``ptc`` reads
the Propaganda Techniques Corpus layout and runs the kit over it, ``table`` prints
the results.
"""

from mediakit.evaluate.ptc import Evaluation, evaluate_ptc, load_ptc
from mediakit.evaluate.scoring import Score, merge_spans, score_spans

__all__ = ["Evaluation", "Score", "evaluate_ptc", "load_ptc", "merge_spans", "score_spans"]
