"""Curation commands: each one done, undone and redone, as the session and its models show it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from model.core.result import ExtractionResult
from model.qt.article_list_model import ArticleColumn, ArticleListModel
from model.qt.event_table_model import EventColumn, EventTableModel
from model.state.curation import (
    CurationError,
    DeleteEvents,
    EditEventDate,
    EditHeadline,
    MergeEvents,
    SetDocumentDate,
    SetHidden,
    SetStarred,
    SetTags,
    SplitEvent,
    parse_document_date,
    parse_event_date,
)
from model.state.session import Session
from tests.fakes import fake_result

SCMP = "scmp-defence-officials-talks"
STRAITS = "straitstimes-us-china-military-talks"


@pytest.fixture
def session(qapp) -> Session:
    s = Session()
    s.set_result(fake_result())
    return s


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


def headline_cell(model: EventTableModel, event_id: str) -> str:
    return str(model.data(model.index(model.row_of(event_id), EventColumn.HEADLINE)))


def test_edit_headline_do_undo_redo_and_the_table_follows(session: Session, stack: QUndoStack) -> None:
    model = EventTableModel(session)
    before = session.find_event("a-e1")
    assert before is not None
    changed: list[list[str]] = []
    session.eventsChanged.connect(changed.append)

    stack.push(EditHeadline(session, "a-e1", "  Leaders   hold summit "))
    assert headline_cell(model, "a-e1") == "Leaders hold summit"
    assert stack.undoText() == "Edit headline"
    assert changed == [["a-e1"]]

    stack.undo()
    assert session.find_event("a-e1") is before
    assert headline_cell(model, "a-e1") == before.headline
    stack.redo()
    assert headline_cell(model, "a-e1") == "Leaders hold summit"


def test_consecutive_headline_edits_of_one_event_are_one_undo_step(session: Session, stack: QUndoStack) -> None:
    original = session.find_event("a-e1")
    stack.push(EditHeadline(session, "a-e1", "First try"))
    stack.push(EditHeadline(session, "a-e1", "Second try"))
    assert stack.count() == 1
    stack.undo()
    assert session.find_event("a-e1") is original
    stack.redo()
    assert session.find_event("a-e1").headline == "Second try"  # type: ignore[union-attr]
    stack.push(EditHeadline(session, "a-e2", "Another event"))
    assert stack.count() == 2


def test_empty_headline_is_refused(session: Session) -> None:
    with pytest.raises(CurationError, match="cannot be empty"):
        EditHeadline(session, "a-e1", "   ")


@pytest.mark.parametrize(
    ("typed", "value", "start", "end", "granularity"),
    [
        ("2021-11-15", "2021-11-15", date(2021, 11, 15), date(2021, 11, 15), "day"),
        ("2021-11", "2021-11", date(2021, 11, 1), date(2021, 11, 30), "month"),
        ("2021", "2021", date(2021, 1, 1), date(2021, 12, 31), "year"),
        (" 2021/2/5 ", "2021-02-05", date(2021, 2, 5), date(2021, 2, 5), "day"),
        ("2021-w46", "2021-W46", date(2021, 11, 15), date(2021, 11, 21), "week"),
        ("2021-Q3", "2021-Q3", date(2021, 7, 1), date(2021, 9, 30), "quarter"),
    ],
)
def test_typed_dates_become_intervals(typed: str, value: str, start: date, end: date, granularity: str) -> None:
    parsed = parse_event_date(typed)
    assert (parsed.value, parsed.start, parsed.end, parsed.granularity) == (value, start, end, granularity)


@pytest.mark.parametrize("typed", ["", "yesterday", "2021-13", "2021-02-30", "21-11-15", "P3M"])
def test_invalid_dates_give_a_clear_message(typed: str) -> None:
    with pytest.raises(CurationError, match="YYYY-MM-DD, YYYY-MM or YYYY"):
        parse_event_date(typed)


def test_a_document_date_is_a_day_a_month_or_a_year() -> None:
    assert parse_document_date("2022-03") == "2022-03"
    with pytest.raises(CurationError, match="not a document date"):
        parse_document_date("2022-W10")


def test_edit_date_moves_the_event_and_undo_puts_it_back(session: Session, stack: QUndoStack) -> None:
    model = EventTableModel(session)
    stack.push(EditEventDate(session, "a-e2", "2023-03"))
    event = session.find_event("a-e2")
    assert event is not None and event.date.value == "2023-03" and event.date.granularity == "month"
    assert model.data(model.index(model.row_of("a-e2"), EventColumn.DATE)) != "2022"
    stack.push(EditEventDate(session, "a-e2", "2023-04-01"))
    assert stack.count() == 1, "retyping the date of one event is one step"
    stack.undo()
    assert session.find_event("a-e2").date.value == "2022"  # type: ignore[union-attr]


def test_invalid_date_changes_nothing(session: Session) -> None:
    before = list(session.events)
    with pytest.raises(CurationError, match="“next spring” is not a date"):
        EditEventDate(session, "a-e2", "next spring")
    assert session.events == before


def test_hide_star_and_tag_several_events(session: Session, stack: QUndoStack) -> None:
    stack.push(SetHidden(session, ["a-e1", "b-e2"], True))
    assert stack.undoText() == "Hide 2 events"
    assert [e.id for e in session.events if e.hidden] == ["a-e1", "b-e2"]
    stack.push(SetStarred(session, ["b-e1"], True))
    assert stack.undoText() == "Star 1 event"
    stack.push(SetTags(session, ["b-e1", "b-e3"], ["summit", " Summit", "", "talks "]))
    assert session.find_event("b-e3").tags == ["summit", "talks"]  # type: ignore[union-attr]

    stack.undo()
    assert all(not e.tags for e in session.events)
    stack.undo()
    assert not any(e.starred for e in session.events)
    stack.undo()
    assert not any(e.hidden for e in session.events)
    stack.redo()
    stack.redo()
    stack.redo()
    assert [e.id for e in session.events if e.hidden] == ["a-e1", "b-e2"]
    assert session.find_event("b-e1").starred  # type: ignore[union-attr]
    assert session.find_event("b-e1").tags == ["summit", "talks"]  # type: ignore[union-attr]


def test_delete_and_undo_restores_positions(session: Session, stack: QUndoStack) -> None:
    order = [e.id for e in session.events]
    model = EventTableModel(session)
    stack.push(DeleteEvents(session, ["b-e3", "a-e1", "b-e1"]))
    assert stack.undoText() == "Delete 3 events"
    assert [e.id for e in session.events] == ["a-e2", "b-e2"]
    assert model.rowCount() == 2
    stack.undo()
    assert [e.id for e in session.events] == order
    assert model.rowCount() == 5
    stack.redo()
    assert [e.id for e in session.events] == ["a-e2", "b-e2"]


def test_nothing_selected_is_a_message_not_a_crash(session: Session) -> None:
    with pytest.raises(CurationError, match="Select an event"):
        DeleteEvents(session, ["nope"])


def test_merge_then_split(session: Session, stack: QUndoStack) -> None:
    stack.push(MergeEvents(session, ["b-e1", "a-e1"]))
    assert stack.undoText() == "Merge 2 events"
    a1, b1 = session.find_event("a-e1"), session.find_event("b-e1")
    assert a1 is not None and b1 is not None
    assert a1.cluster == b1.cluster == "a-e1", "the entry keeps the name of the first event"

    stack.push(SplitEvent(session, "a-e1"))
    a1, b1 = session.find_event("a-e1"), session.find_event("b-e1")
    assert a1.cluster == "a-e1" and b1.cluster == "b-e1", "a cluster of two leaves two singletons"  # type: ignore[union-attr]

    stack.undo()
    assert session.find_event("b-e1").cluster == "a-e1"  # type: ignore[union-attr]
    stack.undo()
    assert session.find_event("b-e1").cluster == "x"  # type: ignore[union-attr]
    assert session.find_event("a-e1").cluster == ""  # type: ignore[union-attr]


def test_merging_entries_merges_their_whole_clusters_and_split_keeps_the_rest(session: Session) -> None:
    stack = QUndoStack()
    stack.push(MergeEvents(session, ["a-e1", "a-e2"]))
    stack.push(MergeEvents(session, ["b-e1", "a-e2"]))  # b-e1 joins the entry a-e1/a-e2, named after a-e1
    assert {e.cluster for e in session.events if e.id in ("a-e1", "a-e2", "b-e1")} == {"a-e1"}

    stack.push(SplitEvent(session, "b-e1"))
    assert session.find_event("b-e1").cluster == "b-e1"  # type: ignore[union-attr]
    assert {e.cluster for e in session.events if e.id in ("a-e1", "a-e2")} == {"a-e1"}


def test_split_of_the_event_the_cluster_is_named_after_renames_the_rest(session: Session) -> None:
    stack = QUndoStack()
    stack.push(MergeEvents(session, ["a-e1", "a-e2", "b-e2"]))
    stack.push(SplitEvent(session, "a-e1"))
    assert session.find_event("a-e1").cluster == "a-e1"  # type: ignore[union-attr]
    assert session.find_event("a-e2").cluster == session.find_event("b-e2").cluster == "a-e2"  # type: ignore[union-attr]


def test_merge_and_split_refuse_what_makes_no_sense(session: Session) -> None:
    with pytest.raises(CurationError, match="two or more"):
        MergeEvents(session, ["a-e1"])
    with pytest.raises(CurationError, match="not merged"):
        SplitEvent(session, "a-e1")


# --- the document date, on the real sample articles ---------------------------------------------
@pytest.fixture(scope="module")
def extracted(nlp, samples_dir) -> ExtractionResult:
    from model.loaders import load_paths
    from model.nlp.pipeline import extract

    return extract(load_paths([str(samples_dir)]).articles, nlp)


def fresh_session(result: ExtractionResult, *, docs: bool = True) -> Session:
    session = Session()
    session.set_result(
        ExtractionResult(list(result.articles), list(result.events), dict(result.docs) if docs else {})
    )
    return session


def last_month_event(session: Session):
    return next(e for e in session.events if e.article == SCMP and e.timex.text == "last month" and e.trigger.text == "released")


def test_set_document_date_redates_relative_expressions_and_undo_restores(extracted: ExtractionResult) -> None:
    session = fresh_session(extracted)
    stack = QUndoStack()
    articles = ArticleListModel(session)
    row = articles.row_of(SCMP)
    released = last_month_event(session)
    assert released.date.value == "2021-11"
    old_dct = session.find_article(SCMP).dct  # type: ignore[union-attr]
    # The user's curation of that event survives the re-dating.
    stack.push(SetStarred(session, [released.id], True))
    stack.push(EditHeadline(session, released.id, "Pentagon China report released"))
    summit_straits = next(e for e in session.events if e.article == STRAITS and "summit" in e.headline.lower())
    summit_scmp = next(e for e in session.events if e.article == SCMP and "summit" in e.headline.lower())
    assert summit_scmp.cluster == summit_straits.cluster, "the samples' summit is one entry to begin with"

    stack.push(SetDocumentDate(session, SCMP, "2022-03-10"))
    assert stack.undoText() == "Set document date to 2022-03-10"
    article = session.find_article(SCMP)
    assert article is not None and article.dct == replace(article.dct, value="2022-03-10", source="user", confidence=1.0)
    assert articles.data(articles.index(row, ArticleColumn.DATE)) == "2022-03-10"
    released = last_month_event(session)
    assert released.date.value == "2022-02"
    assert released.starred and released.headline == "Pentagon China report released"
    # Other articles are untouched; the summit, now a month off, is no longer merged with them.
    assert [e for e in session.events if e.article == STRAITS] == [e for e in extracted.events if e.article == STRAITS]
    summit_scmp = next(e for e in session.events if e.article == SCMP and "summit" in e.headline.lower())
    assert summit_scmp.date.value == "2022-02"
    assert summit_scmp.cluster != summit_straits.cluster

    stack.undo()
    assert session.find_article(SCMP).dct == old_dct  # type: ignore[union-attr]
    assert articles.data(articles.index(row, ArticleColumn.DATE)) == old_dct.value
    released = last_month_event(session)
    assert released.date.value == "2021-11" and released.starred
    assert session.result.docs[SCMP]._.dct == old_dct.value, "the parsed doc is dated back too"

    stack.redo()
    assert last_month_event(session).date.value == "2022-02"
    stack.undo()
    stack.undo()
    stack.undo()
    assert [e.id for e in session.events] == [e.id for e in extracted.events]
    assert session.events == extracted.events


def test_set_document_date_reparses_an_article_the_session_has_no_doc_for(extracted: ExtractionResult, nlp) -> None:
    session = fresh_session(extracted, docs=False)  # as after reopening a project file
    stack = QUndoStack()
    stack.push(SetTags(session, [last_month_event(session).id], ["report"]))
    stack.push(SetDocumentDate(session, SCMP, "2022-03", nlp=lambda: nlp))
    released = last_month_event(session)
    assert released.date.value == "2022-02" and released.tags == ["report"]
    assert SCMP in session.result.docs and set(session.result.docs) == {SCMP}
    assert [e for e in session.events if e.article != SCMP] == [e for e in extracted.events if e.article != SCMP]
    stack.undo()
    assert last_month_event(session).date.value == "2021-11"
    assert session.result.docs == {}


def test_set_document_date_without_a_model_or_with_a_bad_date_changes_nothing(extracted: ExtractionResult) -> None:
    session = fresh_session(extracted, docs=False)
    with pytest.raises(CurationError, match="language model is not loaded"):
        SetDocumentDate(session, SCMP, "2022-03", nlp=lambda: None)
    with pytest.raises(CurationError, match="not a date"):
        SetDocumentDate(session, SCMP, "March 2022")
    assert session.events == extracted.events


def test_a_prepared_date_that_comes_too_late_is_discarded_and_the_doc_dated_back(extracted: ExtractionResult) -> None:
    session = fresh_session(extracted)
    command = SetDocumentDate(session, SCMP, "2022-03-10")
    command.prepare()  # as the worker does
    assert command.prepared and session.result.docs[SCMP]._.dct == "2022-03-10"
    assert last_month_event(session).date.value == "2021-11", "preparing changes nothing the user sees"
    assert command.is_current()
    QUndoStack().push(SetStarred(session, [last_month_event(session).id], True))  # an edit meanwhile
    assert not command.is_current()
    command.discard()
    assert not command.prepared
    assert session.result.docs[SCMP]._.dct == session.find_article(SCMP).dct.value  # type: ignore[union-attr]


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed doc in memory", "reopened project (re-parsed)"])
def test_events_deleted_before_a_document_date_edit_stay_deleted(extracted: ExtractionResult, nlp, parsed: bool) -> None:
    """Bug: setting an article's date rebuilt its events from the text, bringing back every event
    the user had deleted in it."""
    session = fresh_session(extracted, docs=parsed)
    stack = QUndoStack()
    gone = next(e for e in session.events if e.article == SCMP and "summit" in e.headline.lower())
    kept_count = sum(1 for e in session.events if e.article == SCMP) - 1
    stack.push(DeleteEvents(session, [gone.id]))
    stack.push(SetDocumentDate(session, SCMP, "2022-03-10", nlp=lambda: nlp))
    scmp = [e for e in session.events if e.article == SCMP]
    assert (gone.trigger.start, gone.trigger.end) not in {(e.trigger.start, e.trigger.end) for e in scmp}
    assert len(scmp) == kept_count
    assert last_month_event(session).date.value == "2022-02"  # the rest was re-dated
    stack.undo()
    stack.undo()
    assert gone.id in {e.id for e in session.events}  # undoing the delete brings it back


SUMMIT = ("President Joe Biden and President Xi Jinping held a virtual summit on Nov 15 and agreed on talks "
          "between their militaries, Washington and Beijing officials said.")
FOLLOW_UP = ("Officials said President Joe Biden and President Xi Jinping agreed at their virtual summit last "
             "month to open talks between their militaries, Washington and Beijing officials said.")


def test_set_document_date_re_dates_the_articles_dated_from_it(nlp, qapp) -> None:
    from model.core.documents import Article, DocumentDate
    from model.nlp.pipeline import extract

    articles = [Article("summit", "summit.html", SUMMIT, dct=DocumentDate("2021-11-16", "metadata", 1.0)),
                Article("follow-up", "follow-up.txt", FOLLOW_UP)]
    session = Session()
    session.set_result(extract(articles, nlp))
    follow_up = session.find_article("follow-up")
    assert follow_up is not None and follow_up.dct.value == "2021-12" and follow_up.dct.based_on == ("summit",)
    model = ArticleListModel(session)
    stack = QUndoStack()

    command = SetDocumentDate(session, "summit", "2022-11-16")
    stack.push(command)
    assert command.redated == ["summit", "follow-up"]
    moved = session.find_article("follow-up")
    assert moved is not None and (moved.dct.value, moved.dct.source) == ("2022-12", "inferred")
    assert model.data(model.index(model.row_of("follow-up"), ArticleColumn.DATE)) == "2022-12"
    assert session.result.docs["follow-up"]._.dct == "2022-12", "the dependent's doc is re-dated too"
    assert stack.undoText() == "Set document date to 2022-11-16"

    stack.undo()
    assert session.find_article("follow-up").dct.value == "2021-12"  # type: ignore[union-attr]
    assert session.result.docs["follow-up"]._.dct == "2021-12"
    stack.redo()
    assert session.find_article("follow-up").dct.value == "2022-12"  # type: ignore[union-attr]


def test_after_reopening_a_project_setting_a_date_re_dates_the_articles_dated_from_it(nlp, qapp, tmp_path) -> None:
    """``based_on`` is kept in the project file: a reopened project (no parsed docs) still knows the
    follow-up was dated from the summit article, parses both and re-dates the follow-up."""
    from model.core.documents import Article, DocumentDate
    from model.nlp.pipeline import extract
    from model.project import open_project, save_project

    articles = [Article("summit", "summit.html", SUMMIT, dct=DocumentDate("2021-11-16", "metadata", 1.0)),
                Article("follow-up", "follow-up.txt", FOLLOW_UP)]
    path = tmp_path / "talks.chronicle"
    save_project(extract(articles, nlp), path)
    session = Session()
    session.set_result(open_project(path).result)
    assert session.result.docs == {}
    follow_up = session.find_article("follow-up")
    assert follow_up is not None and follow_up.dct.based_on == ("summit",)

    command = SetDocumentDate(session, "summit", "2022-11-16", nlp=nlp)
    QUndoStack().push(command)
    assert command.redated == ["summit", "follow-up"]
    moved = session.find_article("follow-up")
    assert moved is not None and (moved.dct.value, moved.dct.source) == ("2022-12", "inferred")
    assert moved.dct.based_on == ("summit",)
    assert all(e.date.value.startswith("2022-1") for e in session.events
               if e.article == "follow-up" and e.timex.text == "last month")
