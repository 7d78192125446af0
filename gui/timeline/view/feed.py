"""Reading the events a model shows into the timeline's columns."""

from __future__ import annotations

PARTIAL_UPDATE_ROWS = 500  # a dataChanged over more rows than this is cheaper as a rebuild
