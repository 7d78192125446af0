"""The headlines written beside the timeline's markers."""

from __future__ import annotations

MAX_LABELS = 150  # beyond this many markers in view, labels would only be noise
MAX_LABEL_PIXELS = 320  # the longest label; shorter where the next marker is nearer
MIN_LABEL_CHARS = 8  # a label elided shorter than this says nothing: leave it out
