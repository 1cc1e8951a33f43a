"""The logic of the interactive activities, as plain functions and small classes.

Each module here is what a widget in :mod:`mediakit.widgets` shows; none imports
ipywidgets, so everything is testable (and usable) without a notebook:

- :mod:`~mediakit.activities.spot`: predict, then reveal; sentence labels scored
  against an answer key or the detector (hits, misses, false alarms, correct
  rejections, discernment, calibration).
- :mod:`~mediakit.activities.rewrite`: findings before and after a rewrite, and the
  producer check (does the detector spot the technique you used?).
- :mod:`~mediakit.activities.investigate`: the lateral-reading checklist per claim,
  exported as Markdown.
- :mod:`~mediakit.activities.compare`: per-text, per-family rates for comparing texts.
- :mod:`~mediakit.activities.common`: what they share (text ids, sentence matching).
"""
