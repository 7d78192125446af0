from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt must never need a screen in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline, loaded once per test session (it takes about a second)."""
    from model.nlp import load_pipeline

    return load_pipeline()
