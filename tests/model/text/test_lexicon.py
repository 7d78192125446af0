"""The shared word lists: written forms made from lemmas, calendar names, and how the subsets relate."""

from __future__ import annotations

import pytest

from model.text import lexicon
from model.text.date_mentions import WEEKDAYS as DATELINE_WEEKDAYS
from model.timex.lexicon import WEEKDAYS as TIMEX_WEEKDAYS


@pytest.mark.parametrize(("lemma", "forms"), [
    ("say", {"say", "says", "said", "saying"}),
    ("tell", {"tell", "tells", "told", "telling"}),
    ("write", {"write", "writes", "wrote", "written", "writing"}),
    ("add", {"add", "adds", "added", "adding"}),
    ("reply", {"reply", "replies", "replied", "replying"}),
    ("admit", {"admit", "admits", "admitted", "admitting"}),
    ("announce", {"announce", "announces", "announced", "announcing"}),
    ("stress", {"stress", "stresses", "stressed", "stressing"}),
    ("sing", {"sing", "sings", "sang", "sung", "singing"}),
    ("quip", {"quip", "quips", "quipped", "quipping"}),
    ("tweet", {"tweet", "tweets", "tweeted", "tweeting"}),
    ("cry", {"cry", "cries", "cried", "crying"}),
])
def test_verb_forms(lemma: str, forms: set[str]) -> None:
    assert lexicon.verb_forms(lemma) == forms


@pytest.mark.parametrize("form", [
    "said", "says", "told", "adding", "added", "wrote", "asked", "replied", "shouted", "tweeted", "confirmed",
    "insisted", "recalled", "stressed",
])
def test_a_quotation_may_follow_every_form_of_a_verb_of_saying(form: str) -> None:
    # "he said, adding `` We …": the quotation is what was said, not a new sentence.
    assert form in lexicon.QUOTING_FORMS


@pytest.mark.parametrize("form", ["collapsed", "flattened", "is", "were", "hospitals"])
def test_no_quotation_follows_other_words(form: str) -> None:
    # "Hospitals have collapsed `` There are …": the quotation starts a sentence of its own.
    assert form not in lexicon.QUOTING_FORMS


def test_reporting_verbs_are_the_verbs_of_saying_and_of_evidence() -> None:
    assert lexicon.SAYING_VERBS <= lexicon.REPORTING_VERBS
    assert lexicon.EVIDENCE_VERBS <= lexicon.REPORTING_VERBS
    # "the data suggest flu is declining" is no speaker's statement.
    assert not lexicon.EVIDENCE_VERBS & lexicon.SAYING_VERBS


@pytest.mark.parametrize("verb", ["respond", "answer", "retort", "joke", "quip"])
def test_answers_frame_a_quotation_but_are_not_reporting(verb: str) -> None:
    # "responded to the crisis" is a deed; "'Not today,' she retorted" frames what was said.
    assert verb in lexicon.QUOTING_VERBS
    assert verb not in lexicon.REPORTING_VERBS


def test_plans_are_unreal() -> None:
    assert lexicon.PLAN_VERBS <= lexicon.UNREAL_GOVERNORS
    assert {"try", "want", "likely"} <= lexicon.UNREAL_GOVERNORS - lexicon.PLAN_VERBS


@pytest.mark.parametrize(("word", "month"), [
    ("january", 1), ("jan", 1), ("may", 5), ("june", 6), ("jun", 6), ("sept", 9), ("sep", 9), ("dec", 12),
])
def test_month_names_and_abbreviations(word: str, month: int) -> None:
    assert lexicon.MONTHS[word] == month


def test_months_have_no_other_words() -> None:
    assert len(lexicon.MONTHS) == 24


def test_weekday_numbers_follow_each_users_convention() -> None:
    # The dateline reader counts as Python does (Monday 0); TIMEX3 as ISO does (Monday 1).
    assert DATELINE_WEEKDAYS["monday"] == 0 and DATELINE_WEEKDAYS["sun"] == 6
    assert TIMEX_WEEKDAYS["monday"] == 1 and TIMEX_WEEKDAYS["sunday"] == 7
    assert len(TIMEX_WEEKDAYS) == 7
