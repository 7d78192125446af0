"""Headlines a misreading garbles so they say something else (``model/nlp/events/headlines/``).

Rows are written in our own words after sentences of the development corpora (Timeline17
H1N1_guardian, H1N1_bbc, EgyptianProtest_cnn), the trigger in braces.
"""

from __future__ import annotations

import pytest

from model.nlp.events.headlines import headline_fault
from tests.marked import headline_of, marked_trigger


@pytest.mark.parametrize(("text", "expected"), [
    # the parse made "infected" the main verb and "have died" its conjunct: what happened is the dying
    ("Four patients {infected} with the resistant strain have died .",
     "Four patients infected with resistant strain die"),
    ("Two children {infected} with the virus have died in Mexico , the ministry said .",
     "Two children infected with virus die in Mexico"),
    ("Three pupils {diagnosed} with swine flu were taken to hospital on Friday .",
     "Three pupils diagnosed with swine flu taken to hospital"),
    ("Hundreds of people {arrested} during the protests will be freed , the army said .",
     "People arrested during protests to be freed"),
    # a state after the participle leaves the participle the news
    ("Six soldiers {wounded} in the clash are in a stable condition .", "Six soldiers wounded in clash"),
])
def test_a_participle_of_the_subject_keeps_the_main_verb(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "title", "faulty"), [
    ("Four patients {infected} with the resistant strain have died .",
     "Four patients infected with resistant strain", True),
    ("Four patients {infected} with the resistant strain have died .",
     "Four patients infected with resistant strain die", False),
    ("Four patients infected with the resistant strain have {died} .", "Four patients die", False),
])
def test_a_participle_for_the_predicate_is_a_fault(nlp, text: str, title: str, faulty: bool) -> None:
    trigger, _ = marked_trigger(nlp, text)
    assert (headline_fault(title, trigger) == "participle for the predicate") is faulty


@pytest.mark.parametrize(("text", "expected"), [
    # a year is never the doer: the noun it belongs to is (H1N1_bbc recalls earlier pandemics)
    ("The virus is unlike the pandemic of 1968 , which {killed} about one million people .",
     "Pandemic of 1968 kills about one million people"),
    ("The 1957 Asian flu outbreak {killed} two million people .", "1957 Asian flu outbreak kills two million people"),
])
def test_a_date_is_not_the_doer(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_a_year_before_the_verb_is_a_fault(nlp) -> None:
    trigger, _ = marked_trigger(nlp, "A 1968 Hong Kong flu pandemic {killed} about one million people .")
    assert headline_fault("1968 kills about one million people", trigger) == "date as subject"
    assert headline_fault("1968 Hong Kong flu pandemic kills about one million people", trigger) == ""


@pytest.mark.parametrize(("text", "title", "fault"), [
    # the infinitive tells the conference, not the plans (EgyptianProtest_cnn shape, reworded)
    ("Foreign ministers will {discuss} plans at a donor conference to take place in Montreal on Monday .",
     "Foreign ministers to discuss plans to take place", "infinitive without its governor"),
    ("Foreign ministers will {discuss} plans at a donor conference to take place in Montreal on Monday .",
     "Foreign ministers to discuss plans", ""),
    # a verb conjoined inside the decree's relative clause is not the issuing's (H1N1_guardian shape)
    ("The government {issued} an emergency decree that gives it the power to isolate people , enter homes "
     "and close schools .", "Government issued an emergency decree enter homes", "clauses run together"),
    ("The government {issued} an emergency decree that gives it the power to isolate people , enter homes "
     "and close schools .", "Government issues emergency decree", ""),
])
def test_a_lower_clause_glued_to_the_verb_is_a_fault(nlp, text: str, title: str, fault: str) -> None:
    trigger, _ = marked_trigger(nlp, text)
    assert headline_fault(title, trigger) == fault


@pytest.mark.parametrize(("text", "wrong"), [
    ("Foreign ministers will {discuss} plans at a donor conference to take place in Montreal on Monday .",
     "plans to take place"),
    ("The government {issued} an emergency decree that gives it the power to isolate people , enter homes "
     "and close schools .", "decree enter"),
])
def test_a_lower_clause_is_not_glued_to_the_verb(nlp, text: str, wrong: str) -> None:
    assert wrong not in headline_of(nlp, text)


@pytest.mark.parametrize(("text", "title", "fault"), [
    # who was called what: the object stays with what it is called (MJ-style tribute, reworded)
    ("Sharpton said Obama {considered} Jackson a spectacular performer .",
     "Obama considers spectacular performer", "lost complement"),
    ("Sharpton said Obama {considered} Jackson a spectacular performer .",
     "Obama considers Jackson spectacular performer", ""),
    ("The WHO {called} the situation a public health emergency .", "WHO calls public health emergency",
     "lost complement"),
    ("The minister {described} the outbreak as a serious threat to public health .",
     "Minister describes as serious threat", "lost complement"),
    ("The minister {described} the outbreak as a serious threat to public health .",
     "Minister describes outbreak as serious threat", ""),
])
def test_what_is_named_keeps_its_object(nlp, text: str, title: str, fault: str) -> None:
    trigger, _ = marked_trigger(nlp, text)
    assert headline_fault(title, trigger) == fault


@pytest.mark.parametrize(("text", "wrong"), [
    # a quoted phrase is the writer's words: whole or not at all, never "work to round clock"
    ("Workers have been {working} `` round the clock '' to restore power .", "to round clock"),
    # what the protests were called is the news, not "calls protests" (EgyptianProtest_cnn shape)
    ("The minister {called} the protests `` a foreign plot '' .", "Minister calls protests"),
])
def test_a_quoted_phrase_is_kept_whole(nlp, text: str, wrong: str) -> None:
    assert wrong not in headline_of(nlp, text)


@pytest.mark.parametrize(("title", "fault"), [
    ("Workers work to round clock", "quotation not whole"),
    ("Workers have been working round the clock to restore power", ""),
])
def test_a_reworded_quotation_is_a_fault(nlp, title: str, fault: str) -> None:
    trigger, _ = marked_trigger(nlp, "Workers have been {working} `` round the clock '' to restore power .")
    assert headline_fault(title, trigger) == fault


@pytest.mark.parametrize(("text", "expected"), [
    # a list naming some by first name keeps each name whole: not "Randy, Jermaine and Jackson"
    ("Randy , Jermaine and Janet Jackson {attended} the memorial on Tuesday .",
     "Randy, Jermaine and Janet Jackson attend memorial"),
])
def test_a_list_of_names_is_kept_whole(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("title", "fault"), [
    ("Randy, Jermaine have confirmed they will attend", "list cut"),
    ("Randy, Jermaine and Janet Jackson have confirmed they will attend", ""),
])
def test_a_list_without_its_last_item_is_a_fault(nlp, title: str, fault: str) -> None:
    trigger, _ = marked_trigger(nlp, "Randy , Jermaine and Janet Jackson have {confirmed} they will attend .")
    assert headline_fault(title, trigger) == fault


@pytest.mark.parametrize(("text", "expected"), [
    # the "not" on the subject is the news: never "Briton dies" (H1N1_guardian shape, reworded)
    ("Not one Briton {died} .", "Not one Briton died"),
    # a name set off by commas before the doers is the one spoken to (EgyptianProtest_cnn shape)
    ("And in the second round of the elections , Don , the two main opposition parties {boycotted} the vote .",
     "Two main opposition parties boycott vote"),
])
def test_the_subject_side_says_what_the_sentence_says(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_a_fronted_question_object_is_not_lost(nlp) -> None:
    text = "The minister said his government {learned} only on Thursday what kind of virus the country was facing ."
    trigger, _ = marked_trigger(nlp, text)
    assert headline_fault("Government learns country faces", trigger) == "lost complement"
    assert not headline_of(nlp, text).endswith("country faces")


def test_a_title_of_places_after_a_name_is_no_second_speaker(nlp) -> None:
    # "X, Leeds and Bradford's coroner, confirmed …": one speaker, never "Hale and Leeds" (H1N1_bbc shape)
    text = "Ann Hale , Leeds and Bradford 's coroner , {confirmed} the boy had been infected with the virus ."
    assert "Leeds:" not in headline_of(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # what the events were to be taken as is the point (EgyptianProtest_cnn shape, reworded)
    ("The administration {urged} the regime to take these events as an opportunity to start reforms .",
     "to take events"),
])
def test_an_object_taken_as_something_keeps_the_as(nlp, text: str, wrong: str) -> None:
    assert not headline_of(nlp, text).endswith(wrong)


def test_a_conjoined_infinitive_is_not_a_headline_alone(nlp) -> None:
    # "enter homes" is one of the powers the decree gives: never "Enter homes and close schools"
    text = ("The government issued an emergency decree that gives it the power to isolate people , {enter} homes "
            "and close schools .")
    assert not headline_of(nlp, text).startswith("Enter")
