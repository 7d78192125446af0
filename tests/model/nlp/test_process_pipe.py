"""Worker processes give what one process gives: the parsed docs, and the events they built there."""

from __future__ import annotations

import sys
import threading
import types

import pytest

from model.core.documents import Article, DocumentDate
from model.nlp.pipeline import settled_events
from model.nlp.process_pipe import make_doc, pipe_in_processes, start_method

# (id, metadata date or None, text): reworded from the sample articles' opening paragraphs.
TEXTS = (
    ("settled", "2021-11-16", "WASHINGTON - Joe Biden and Xi Jinping held a virtual summit on Monday. "
     "The two leaders agreed to keep talking, but no joint statement was issued. "
     "An aide said on Tuesday that the delay had been a mistake."),
    ("undated", None, "SINGAPORE, Nov 12 (Reuters) - Defence officials said on Sunday they would resume talks. "
     "Lloyd Austin has yet to speak to his Chinese counterpart."),
    ("user", "2023-01-05", "Officials said the meeting on Wednesday was productive. "
     "A second round is planned for March."),
)


def _articles() -> list[Article]:
    out = []
    for i, date, text in TEXTS:
        dct = DocumentDate(date, "user" if i == "user" else "metadata", 1.0) if date else DocumentDate(None)
        out.append(Article(id=i, path=f"{i}.txt", text=text, metadata_date=date, dct=dct))
    return out


def _seen(doc, built) -> tuple:
    events = None if built is None else ([e.to_json() for e in built[0]], built[1], built[2])
    return doc.text, doc._.dct, doc._.timexes, [t.dep_ for t in doc], events


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_give_the_docs_and_events_of_one_process(nlp, method: str) -> None:
    if method == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    one = [_seen(doc, settled_events(a, doc))
           for a, doc in zip(_articles(), nlp.pipe(make_doc(nlp, a) for a in _articles()), strict=True)]
    two = [_seen(doc, built) for doc, built in pipe_in_processes(
        nlp, _articles(), batch_size=1, n_process=2, step=settled_events, method=method)]
    assert two == one
    assert [seen[-1] is None for seen in two] == [False, True, False]  # the undated article waits for dating
    assert one[0][-1][0]  # the settled article has events
    assert one[0][-1][2]  # and the time of an opinion that is no entry


def test_without_a_step_the_workers_only_parse(nlp) -> None:
    out = list(pipe_in_processes(nlp, _articles()[:1], batch_size=1, n_process=2))
    assert [built for _doc, built in out] == [None]
    assert out[0][0]._.timexes


@pytest.mark.parametrize(
    ("qt", "other_thread", "expected"),
    [
        (False, False, "fork"),  # a command-line run: the workers share the loaded pipeline
        (True, False, "spawn"),  # the app: Qt's threads make forking unsafe
        (False, True, "spawn"),  # any other thread running
    ],
)
def test_workers_are_forked_only_where_it_is_safe(monkeypatch, qt: bool, other_thread: bool, expected: str) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("PySide6", "PyQt6", "PyQt5", "PySide2"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    if qt:
        monkeypatch.setitem(sys.modules, "PySide6", types.ModuleType("PySide6"))
    monkeypatch.setattr(threading, "active_count", lambda: 2 if other_thread else 1)
    assert start_method() == expected


def test_not_on_macos(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert start_method() == "spawn"
