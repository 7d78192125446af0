"""TimeML EVENT recognition: a trained spaCy tagger over the labels O / <EVENT class>.

The component ``timeml_events`` is spaCy's own tagger (same loss and training) whose predictions go
to ``Token._.event_class`` (a TimeML class, or None when the token is no event) instead of
``token.tag_``, so the part-of-speech tags it reads as features stay as the English model set them.
Its input is the English pipeline's own token vectors (``doc.tensor``, which the parse has already
paid for; ``chronicle.TensorEmbed.v1``) beside a small hash embedding of its own, then one CNN layer;
the weights record which ``tok2vec`` they were trained on and are left out on another one. After it,
``class_rules`` fixes the class of verbs the TimeML guidelines fix ("said" REPORTING), and
``noun_events`` adds the event nouns of general news the tagger, trained on financial news, leaves out
("the bombing", "a ceremony"; not in training).
``Doc._.events`` lists the events as one-token spans labelled with their class (every TBAQ event is
one word). Both read ``Doc._.event_classes`` (token index -> class), which lives in ``doc.user_data``:
it survives pickling (the process pool) and DocBins.

The weights are trained from TempEval-3 (``python -m model.nlp.events.training``) and shipped in
``model/nlp/events/weights``; ``add_event_recognizer`` sources the component from there, offline.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.language import Language
from spacy.pipeline.tagger import Tagger
from spacy.tokens import Doc, Span, Token
from spacy.util import registry
from thinc.api import Config, Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d

from model.core.documents import EventMention
from model.nlp.events.class_rules import refine_classes
from model.nlp.events.noun_events import add_noun_events

if TYPE_CHECKING:
    from spacy.training import Example

logger = logging.getLogger(__name__)

FACTORY = "timeml_events"
OUTSIDE = "O"
WEIGHTS = Path(__file__).resolve().parent / "weights"

# One dict per doc (token index -> class), stored in doc.user_data: setting it costs one write per
# doc, not one per token, and it pickles with the doc. The token and span views read it.
if not Doc.has_extension("event_classes"):
    Doc.set_extension("event_classes", default=None)


def _event_class(token: Token) -> str | None:
    classes = token.doc._.event_classes
    return classes.get(token.i) if classes else None


def _events(doc: Doc) -> list[Span]:
    classes = doc._.event_classes or {}
    return [Span(doc, i, i + 1, label=label) for i, label in sorted(classes.items())]


if not Token.has_extension("event_class"):
    Token.set_extension("event_class", getter=_event_class)
if not Doc.has_extension("events"):
    Doc.set_extension("events", getter=_events)


def event_mentions(doc: Doc) -> tuple[EventMention, ...]:
    """The doc's recognised events as plain data (character offsets), for the article and exports."""
    return tuple(EventMention(s.start_char, s.end_char, s.label_) for s in _events(doc))


class EventTagger(Tagger):
    """spaCy's tagger, writing its labels to ``Doc._.event_classes`` (read as ``Token._.event_class``),
    with the class of some verbs corrected by ``class_rules`` (off: ``class_rules = False``) and, when
    ``noun_rules`` is on, the event nouns of general news it left out added by ``noun_events``.
    ``noun_rules`` is off in training (the weights, and the dev scores that choose them, stay as the
    tagger alone makes them) and turned on by ``add_event_recognizer``, through which the app and the
    benchmarks load the tagger."""

    class_rules = True
    noun_rules = False

    def predict(self, docs: Iterable[Doc]) -> Any:
        docs = list(docs)
        if self._reads_doc_tensor():
            for doc in docs:
                if len(doc) and (doc.tensor is None or doc.tensor.shape[0] != len(doc)):
                    raise ValueError(f"{self.name} reads the English pipeline's token vectors (doc.tensor): "
                                     f"add it after 'tok2vec'")
        return super().predict(docs)

    def _reads_doc_tensor(self) -> bool:
        return reads_doc_tensor(self.model)

    def _scores2guesses(self, scores: Any) -> list[Any]:
        """The best label per token, with the probability that the token is an event at all (1 - the
        softmax of ``O``), which the noun rules read; spaCy's ``predict`` calls this on the scores."""
        guesses = super()._scores2guesses(scores)
        if not self.noun_rules:
            return guesses
        labels = self.labels
        outside = labels.index(OUTSIDE) if OUTSIDE in labels else -1
        out = []
        for doc_scores, doc_guesses in zip(scores, guesses, strict=True):
            array = numpy.asarray(doc_scores.get() if hasattr(doc_scores, "get") else doc_scores, dtype="float32")
            if outside < 0 or not len(array):
                out.append((doc_guesses, None))
                continue
            # The tagger's output layer is not normalised at inference (normalize = false): softmax here.
            exp = numpy.exp(array - array.max(axis=1, keepdims=True))
            out.append((doc_guesses, 1.0 - exp[:, outside] / exp.sum(axis=1)))
        return out

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids: Any) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        labels = self.labels
        outside = labels.index(OUTSIDE) if OUTSIDE in labels else -1
        for doc, tag_ids in zip(docs, batch_tag_ids, strict=False):
            probabilities = None
            if isinstance(tag_ids, tuple):  # (guesses, event probabilities): _scores2guesses with noun rules
                tag_ids, probabilities = tag_ids
            ids = numpy.asarray(tag_ids.get() if hasattr(tag_ids, "get") else tag_ids)
            if ids.ndim != 1:  # spaCy's predict hands back empty score arrays when no doc has a token
                ids = ids.reshape(-1)[:0]
            found = numpy.nonzero(ids != outside)[0]
            classes = {int(i): labels[int(ids[i])] for i in found}
            if self.class_rules:
                classes = refine_classes(doc, classes)
            if self.noun_rules and probabilities is not None:
                classes = add_noun_events(doc, classes, probabilities)
            doc._.event_classes = classes


DEFAULT_MODEL_CONFIG = """
[model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "chronicle.TensorEmbed.v1"
width = 64
tensor_width = 96

[model.tok2vec.embed.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
attrs = ["NORM","PREFIX","SUFFIX","SHAPE","LEMMA","TAG","DEP"]
rows = [4000,1000,2000,500,4000,200,200]
include_static_vectors = false

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 1
window_size = 1
maxout_pieces = 3
"""


@registry.layers("chronicle.DocTensor.v1")
def doc_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """The English pipeline's own token vectors (``doc.tensor``, written by its ``tok2vec`` component),
    read as features: nothing is learnt here and no gradient flows back, as the pipeline is frozen."""
    return Model("doc_tensor", _doc_tensor_forward, dims={"nO": width})


def _doc_tensor_forward(
    model: Model[list[Doc], list[Floats2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Callable[[list[Floats2d]], list[Doc]]]:
    width = model.get_dim("nO")
    out: list[Floats2d] = []
    for doc in docs:
        tensor = doc.tensor
        if tensor is None or tensor.shape != (len(doc), width):
            # Only at initialisation (sample docs not yet run through the pipeline); EventTagger.predict
            # refuses docs without the tensor, as spaCy's own listener would need.
            out.append(model.ops.alloc2f(len(doc), width))
        else:
            out.append(model.ops.asarray2f(cast(Floats2d, tensor)))
    return out, lambda d_out: []


def reads_doc_tensor(model: Model) -> bool:
    """Whether a model takes the English pipeline's ``doc.tensor`` as input (``chronicle.DocTensor.v1``)."""
    return any(node.name == "doc_tensor" for node in model.walk())


@registry.architectures("chronicle.TensorEmbed.v1")
def tensor_embed(
    width: int, tensor_width: int, embed: Model[list[Doc], list[Floats2d]] | None = None
) -> Model[list[Doc], list[Floats2d]]:
    """``doc.tensor`` (optionally beside a small embedding of our own), mixed to ``width`` by one
    maxout layer, as spaCy's MultiHashEmbed mixes its tables."""
    tensor = doc_tensor(tensor_width)
    if embed is None:
        features: Model[list[Doc], list[Floats2d]] = tensor
        n_in: int | None = tensor_width
    else:
        features = concatenate(tensor, embed)
        n_in = tensor_width + embed.get_dim("nO") if embed.has_dim("nO") else None
    model: Model[list[Doc], list[Floats2d]] = chain(
        features, with_array(Maxout(width, n_in, nP=3, dropout=0.0, normalize=True))
    )
    model.set_dim("nO", width)
    return model


@registry.scorers("chronicle.event_scorer.v1")
def make_event_scorer() -> Callable[..., dict[str, float]]:
    return score_events


def score_events(examples: Iterable[Example], **_: object) -> dict[str, float]:
    """Event extent P/R/F1 (one-word extents: token match) and class F1 = F1 x class accuracy."""
    gold_n = pred_n = matched = same_class = 0
    for eg in examples:
        gold = {t.idx: t.tag_ for t in eg.reference if t.tag_ and t.tag_ != OUTSIDE}
        pred = {eg.predicted[i].idx: label for i, label in (eg.predicted._.event_classes or {}).items()}
        gold_n += len(gold)
        pred_n += len(pred)
        for idx, label in pred.items():
            if idx in gold:
                matched += 1
                same_class += gold[idx] == label
    p = matched / pred_n if pred_n else 0.0
    r = matched / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    accuracy = same_class / matched if matched else 0.0
    return {"events_p": p, "events_r": r, "events_f": f, "events_class_f": f * accuracy}


@Language.factory(
    FACTORY,
    assigns=["doc._.event_classes", "token._.event_class", "doc._.events"],
    default_config={
        "model": Config().from_str(DEFAULT_MODEL_CONFIG)["model"],
        "overwrite": False,
        "scorer": {"@scorers": "chronicle.event_scorer.v1"},
        "neg_prefix": "!",
        "label_smoothing": 0.0,
    },
    default_score_weights={"events_f": 0.5, "events_class_f": 0.5, "events_p": 0.0, "events_r": 0.0},
)
def make_event_tagger(
    nlp: Language, name: str, model: Any, overwrite: bool, scorer: Callable | None, neg_prefix: str,
    label_smoothing: float,
) -> EventTagger:
    return EventTagger(nlp.vocab, model, name, overwrite=overwrite, scorer=scorer, neg_prefix=neg_prefix,
                       label_smoothing=label_smoothing)


def weights_available(path: Path = WEIGHTS) -> bool:
    return (path / "config.cfg").is_file()


def tok2vec_fingerprint(nlp: Language) -> str | None:
    """A digest of the English pipeline's ``tok2vec`` weights (a few ms): a tagger that reads
    ``doc.tensor`` is only valid on the token vectors it was trained on."""
    if not nlp.has_pipe("tok2vec"):
        return None
    digest = hashlib.sha256()
    model: Model = getattr(nlp.get_pipe("tok2vec"), "model")  # noqa: B009  (a pipe's model: not typed)
    for node in model.walk():
        for name in sorted(node.param_names):
            if node.has_param(name):
                digest.update(name.encode())
                digest.update(node.get_param(name).tobytes())
    return digest.hexdigest()[:16]


def add_event_recognizer(nlp: Language, path: Path = WEIGHTS, noun_rules: bool = True, **where: Any) -> bool:
    """Add the trained ``timeml_events`` component from ``path``; False (nothing added) without weights,
    or when they were trained on another English pipeline's token vectors than ``nlp``'s. ``noun_rules``:
    add the event nouns the tagger leaves out (``noun_events``)."""
    import spacy

    if not weights_available(path):
        return False
    trained = spacy.load(path)
    expected = trained.meta.get("chronicle", {}).get("tok2vec")
    if expected is not None and expected != tok2vec_fingerprint(nlp):
        # Its features would be another model's vectors: no events beats wrong ones.
        logger.warning("TimeML event tagger left out: its weights (%s) were trained on another English "
                       "pipeline's token vectors than %s", path, nlp.meta.get("name", "this one"))
        return False
    tagger = nlp.add_pipe(FACTORY, source=trained, **where)
    if isinstance(tagger, EventTagger):
        tagger.noun_rules = noun_rules
    return True
