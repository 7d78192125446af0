"""Document dates from the text: what each rule proves, and what it must not claim."""

from __future__ import annotations

import pytest

from model.core.documents import Article, DocumentDate
from model.nlp.dating.dct import date_from_text, infer_document_dates, redate_dependents


def dct_of(nlp, text: str) -> DocumentDate:
    return date_from_text(nlp(text))


# (rule, text, value, source) — sentences reworded from wire and newspaper copy.
RULES = [
    ("a date line wins over every date of the story",
     "GENEVA | Wed Apr 29, 2009 7:31 pm EDT GENEVA (Reuters) - The agency said on Wednesday the world was "
     "close to a pandemic. The first cases were found on March 18, 2009.",
     "2009-04-29", "dateline"),
    ("yearless dateline, weekday in the lead, a recent year in the text",
     "BRUSSELS, February 10 (Xinhua) --\n\nThe alliance said on Wednesday that it would admit three new members. "
     "The plan was first agreed in July 1997.",
     "1999-02-10", "dateline"),
    ("'today' tied to a date",
     "The council meets today, Wednesday, Nov 17, to vote on the budget. It last met on Nov 3, 2010.",
     "2010-11-17", "inferred"),
    ("'yesterday' tied to a date",
     "Shares fell yesterday (Tuesday, Nov 16) after the bank cut its forecast. The forecast was raised in "
     "June 2010.",
     "2010-11-17", "inferred"),
    ("a weekday named with its date keeps the article within that week",
     "The two leaders during their virtual summit on Nov 15, 2021. The two leaders met on Monday (Nov 15) for "
     "three hours. Officials briefed reporters on Nov 16 about the summit.",
     "2021-11", "inferred"),
    ("'on Tuesday' in the sentence of a yearless date that is a Tuesday",
     "The plant was shut on Nov 16, 2010 after a leak. The council, which had met on Nov 16, voted on Tuesday "
     "to keep it shut.",
     "2010-11", "inferred"),
    ("a past and a future date in one month give the month",
     "The company reported its results on March 2, 2010. It will hold its annual meeting on March 30, 2010.",
     "2010-03", "inferred"),
]


@pytest.mark.parametrize(("rule", "text", "value", "source"), RULES, ids=[r[0] for r in RULES])
def test_rules(nlp, rule: str, text: str, value: str, source: str) -> None:
    dct = dct_of(nlp, text)
    assert (dct.value, dct.source) == (value, source), rule
    assert dct.evidence, "every date says why"
    for evidence in dct.evidence:
        assert text[evidence.start : evidence.end] == evidence.text


ABSTAIN = [
    ("a bare weekday beside a date of another year",
     "Born: August 29, 1958 in Gary, Indiana. He died on a Thursday and was buried on Friday at a cemetery."),
    ("a yearless future date after a dated past one",
     "The singer died on 25 June, 2009 at his home. He was due to play the first of fifty concerts on 13 July."),
    ("one weak clue: 'since September 3'",
     "Since September 3 the group has met every week to plan the protest, its leaders said."),
    ("one explicit past date bounds the article from below only",
     "The minister resigned on Sept. 3, 2010 after the report was published. Her party has not replied."),
    ("a yearless dateline without a weekday does not prove its year",
     "BRUSSELS, February 10 (Xinhua) --\n\nThe alliance decided to admit three new members. The plan was "
     "first agreed in July 1997."),
    ("'today' before a date written with another year",
     "Today marks twenty years since Nov 9, 1989, when the wall fell."),
]


@pytest.mark.parametrize(("rule", "text"), ABSTAIN, ids=[r[0] for r in ABSTAIN])
def test_no_day_from_what_proves_none(nlp, rule: str, text: str) -> None:
    dct = dct_of(nlp, text)
    assert dct.value is None or len(dct.value) < 10, rule
    assert dct.source != "dateline"


def test_wrong_but_plausible_single_clue_gives_no_day(nlp) -> None:
    # An article of 2010-09-20: "since September 3" once dated it 2010-09-04.
    text = ("The strike has shut the port since September 3, 2010, and ships are queuing offshore. "
            "Union leaders say they will not return until the pay offer improves.")
    dct = dct_of(nlp, text)
    assert dct.value is None
    assert any("not older" in e.reason for e in dct.evidence)  # the bound is kept as evidence


SUMMIT = ("WASHINGTON | Tue Nov 16, 2021 9:00 am EST WASHINGTON (Reuters) - President Joe Biden and President "
          "Xi Jinping held a virtual summit on Monday, Nov 15, 2021, and agreed on talks between their "
          "militaries, Washington and Beijing officials said.")
LATER = ("Officials said President Joe Biden and President Xi Jinping agreed at their virtual summit last month "
         "to open talks between their militaries, Washington and Beijing officials said.")


def test_cross_article_date_records_its_anchor_and_follows_a_new_date(nlp) -> None:
    articles = [Article("summit", "summit.txt", SUMMIT), Article("later", "later.txt", LATER)]
    docs = [nlp(a.text) for a in articles]
    dates = infer_document_dates(articles, docs)
    assert dates[0].value == "2021-11-16" and dates[0].source == "dateline"
    assert dates[1].value == "2021-12" and dates[1].based_on == ("summit",)
    for article, dct in zip(articles, dates, strict=True):
        article.dct = dct
    # A new date for the summit report does not move a summit written with its year ("Nov 15,
    # 2021"): the dependent is dated again and keeps its month.
    articles[0].dct = DocumentDate("2022-01-05", "user", 1.0)
    assert redate_dependents(articles, docs, "summit") == {}


def test_cross_article_date_from_a_yearless_mention_follows_the_anchor_s_new_date(nlp) -> None:
    summit = ("President Joe Biden and President Xi Jinping held a virtual summit on Nov 15 and agreed on talks "
              "between their militaries, Washington and Beijing officials said.")
    articles = [Article("summit", "summit.html", summit, dct=DocumentDate("2021-11-16", "metadata", 1.0)),
                Article("later", "later.txt", LATER)]
    docs = [nlp(a.text) for a in articles]
    dates = infer_document_dates(articles, docs)
    assert dates[1].value == "2021-12" and dates[1].based_on == ("summit",)
    for article, dct in zip(articles, dates, strict=True):
        article.dct = dct
    articles[0].dct = DocumentDate("2022-11-16", "user", 1.0)
    changed = redate_dependents(articles, docs, "summit")
    assert changed["later"].value == "2022-12"
    assert changed["later"].based_on == ("summit",)


def test_an_inferred_date_anchors_no_yearless_mention(nlp) -> None:
    # The summit report is dated only by inference: its "Nov 15" has no proven year.
    summit = ("President Joe Biden and President Xi Jinping held a virtual summit on Nov 15 and agreed on talks "
              "between their militaries, Washington and Beijing officials said.")
    articles = [Article("summit", "summit.txt", summit, dct=DocumentDate("2021-11-16", "inferred", 0.9)),
                Article("later", "later.txt", LATER)]
    docs = [nlp(a.text) for a in articles]
    dates = infer_document_dates(articles, docs)
    assert dates[1].value is None


PAGE = """<!DOCTYPE html>
<html><head>
<title>Talks resume | The Paper</title>
<meta property="article:published_time" content="{meta}T08:00:00+08:00">
</head><body><article>
<h1>Talks resume</h1>
<p>Published: {line}</p>
<p>{body}</p>
</article></body></html>"""
BODY = "Officials in Washington and Beijing agreed to high-level talks between their militaries. " * 4


@pytest.mark.parametrize(
    ("meta", "line", "agrees"),
    [("2021-11-17", "November 17, 2021", True), ("2021-11-17", "November 9, 2021", False)],
)
def test_html_metadata_is_kept_and_checked_against_the_page_s_date_line(
    tmp_path, nlp, meta: str, line: str, agrees: bool
) -> None:
    from model.loaders import load_path

    path = tmp_path / "page.html"
    path.write_text(PAGE.format(meta=meta, line=line, body=BODY), encoding="utf-8")
    (article,) = load_path(str(path)).articles
    assert (article.dct.value, article.dct.source) == (meta, "metadata")
    (dct,) = infer_document_dates([article], [nlp(article.text)])
    assert dct.value == meta and dct.source == "metadata"
    reasons = " ".join(e.reason for e in dct.evidence)
    if agrees:
        assert "agrees" in reasons and not dct.needs_date
    else:
        assert "warning" in reasons and "2021-11-09" in reasons
        assert dct.needs_date, "a contradicted metadata date is one to check"


def test_extraction_keeps_the_warning_of_a_contradicted_metadata_date(tmp_path, nlp) -> None:
    """The check above used to be worked out and then dropped: extraction kept the metadata date
    at full confidence and never showed the page's contradicting date line."""
    from model.loaders import load_path
    from model.nlp.pipeline import extract

    path = tmp_path / "page.html"
    path.write_text(PAGE.format(meta="2021-11-17", line="November 9, 2021", body=BODY), encoding="utf-8")
    articles = load_path(str(path)).articles
    result = extract(articles, nlp)
    dct = result.articles[0].dct
    assert (dct.value, dct.source) == ("2021-11-17", "metadata")
    assert any("warning" in e.reason for e in dct.evidence)
    assert dct.needs_date
