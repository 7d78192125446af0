"""Issue 17, item 11 in the app: a big corpus is announced before it is analysed, and Cancel drops it."""

from __future__ import annotations

from pathlib import Path

from gui.actions.scale_guard import confirm_large_corpus
from model.core.documents import Article
from model.state.session import Session
from model.state.workflow import Workflow


def _corpus(n: int) -> list[Article]:
    return [Article(f"a{i}", "corpus.jsonl", "y" * 1_900) for i in range(n)]


def test_a_large_corpus_is_asked_about_with_its_numbers(make_window) -> None:
    window = make_window()
    asked: list[str] = []
    assert not confirm_large_corpus(window, _corpus(5_000), ask=lambda text: asked.append(text) or False)
    (text,) = asked
    assert "5,000 articles" in text and "of memory" in text and "Esc cancels" in text


def test_a_usual_corpus_is_not_asked_about(make_window) -> None:
    window = make_window()
    assert confirm_large_corpus(window, _corpus(20), ask=lambda text: False)


def test_a_declined_corpus_is_not_analysed(qtbot, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "The plant opened on March 3, 2020."}\n', encoding="utf-8")
    session = Session()
    workflow = Workflow(session)
    offered: list[int] = []
    workflow.confirm_articles = lambda articles: offered.append(len(articles)) or False
    with qtbot.waitSignal(workflow.message, timeout=10_000, check_params_cb=lambda m: m.startswith("Not analysed")):
        workflow.open_paths([str(corpus)])
    assert offered == [1] and session.articles == [] and not workflow.busy
    assert workflow.shutdown(10_000)


def test_cancel_stops_reading_a_big_corpus_at_once(qtbot, tmp_path: Path) -> None:
    import json

    from model.state.jobs import LoadJob

    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(20_000):
            out.write(json.dumps({"text": f"Record {i}: the council met on March 3, 2020 to vote."}) + "\n")
    session = Session()
    workflow = Workflow(session)
    workflow.open_paths([str(corpus)])
    (job,) = [j for j in workflow.jobs.jobs() if isinstance(j, LoadJob)]
    read: list[int] = []
    job.finished.connect(lambda loaded: read.append(len(loaded.articles)))
    workflow.cancel()
    qtbot.waitUntil(lambda: not workflow.busy, timeout=60_000)
    assert read and read[0] < 20_000  # it stopped reading, not just dropped what it read
    assert session.articles == []
    assert workflow.shutdown(10_000)
