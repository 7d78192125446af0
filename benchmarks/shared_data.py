"""Where the public corpora are: ``../shared/data`` beside the repository (see DESIGN.md), or the
folder ``CHRONICLE_SHARED_DATA`` names (a checkout kept elsewhere, such as a git worktree)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_data(*parts: str) -> Path:
    """``shared/data`` (or a folder below it: ``shared_data("tempeval3")``)."""
    named = os.environ.get("CHRONICLE_SHARED_DATA")
    return (Path(named) if named else ROOT.parent / "shared" / "data").joinpath(*parts)
