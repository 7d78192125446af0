"""The events of one entity (``entity_events``): mentions whose arguments refer to it, with their time.

Rows are sentences in our own words after the Wikinews articles on Apple of the shared T4 trial
data and TimeBank news; each is an article with its document date as metadata.
"""

from __future__ import annotations

from datetime import date

import pytest

from model.core.documents import Article, DocumentDate
from model.nlp.events.entity_events import EntityMention, entity_events, entity_variants, share_one_off_dates
from model.nlp.pipeline import extract
from tests.fakes import make_event


def mentions_of(nlp, text: str, dct: str, entity: str) -> dict[str, str | None]:
    """Word of each mention of ``entity`` -> its date value (the event's) or its relation."""
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    result = extract([article], nlp)
    doc = result.docs["t"]
    return {doc[m.token].text: (m.event.date.value if m.event is not None else m.relation)
            for m in entity_events(doc, result.events, entity)}


@pytest.mark.parametrize(
    ("entity", "variant"),
    [
        ("Steve Jobs", "Jobs"),  # a person by the surname
        ("iPhone 3G", "3G iPhone"),  # a model number before the product
        ("iTunes store", "iTunes"),  # a service without its common noun
        ("Beatles Apple Corps", "Apple Corps"),  # a company without its owner
        ("General Motors Corp.", "General Motors"),  # without the company form
        ("General Motors Corp.", "GM"),  # by its initials
        ("Airbus A380", "A380"),  # a product by its model code
    ],
)
def test_an_entity_is_called_by_simple_variants_of_its_name(entity: str, variant: str) -> None:
    assert variant in entity_variants(entity)


@pytest.mark.parametrize(
    ("entity", "not_variant"),
    [
        ("stock market", "stock"),  # a common noun phrase keeps its head
        ("Bank of America", "of America"),  # a name with a function word is not cut
        ("Bank of America", "Bank"),
        ("iPhone 3G", "3G"),  # too short a code: "3G" is also the network
        ("Boeing 787", "787"),  # a bare number is not a name
    ],
)
def test_a_variant_never_names_something_else(entity: str, not_variant: str) -> None:
    assert not_variant not in entity_variants(entity)


@pytest.mark.parametrize(
    ("text", "dct", "entity", "word", "when"),
    [
        # The subject named by the surname: its own date.
        ("Jobs unveiled the new laptop on Tuesday in San Francisco.", "2010-10-21", "Steve Jobs", "unveiled",
         "2010-10-19"),
        # The object of the verb.
        ("On Monday the company recalled the Skyphone 2 after reports of faults.", "2010-07-14", "Skyphone 2",
         "recalled", "2010-07-12"),
        # A light verb's noun takes the light verb's subject: the suit is the label's, filed in March.
        ("Apple Corps filed a lawsuit against the computer maker in March 2006.", "2006-03-28", "Apple Corps",
         "lawsuit", "2006-03"),
        # "It" for the product just named, with the date of its own clause.
        ("Acme showed its new Skyphone 2 to reporters on Monday. It goes on sale on June 24.", "2010-06-16",
         "Skyphone 2", "goes", "2010-06-24"),
        # What the article calls the entity ("the store") in a present state with no time: the
        # document's present, not a day.
        ("The Melody Music Store opened in 2003. The store now sells films as well as songs.", "2006-06-20",
         "Melody Music Store", "sells", "PRESENT_REF"),
        # A relative clause about the entity: the store is the one that sells.
        ("The label sued over the Melody Music Store, which sells songs online.", "2006-03-28",
         "Melody Music Store", "sells", "PRESENT_REF"),
        # A participle that describes the entity: the phone is what was announced (no time given).
        ("Orders for the newly announced Skyphone 2 began on Tuesday.", "2010-06-16", "Skyphone 2", "announced",
         None),
        # "The automaker" for the organisation last named.
        ("General Motors reported a loss on Tuesday. The automaker closed two plants in March.", "2009-04-08",
         "General Motors", "closed", "2009-03"),
        # A past deed with no time of its own: only its relation to the document date.
        ("Jobs praised the design of the antenna.", "2010-08-09", "Steve Jobs", "praised", "PAST_REF"),
        # A subject "It" goes on with the sentence before's subject, though that sentence named a
        # company and a conference after it.
        ("The newest Skyphone, the Skyphone 2, was shown by Acme chief Ann Lee at the company's developer "
         "conference on Monday. It goes on sale on June 24.", "2010-06-16", "Skyphone 2", "goes", "2010-06-24"),
        # "It" inside a relative clause is not the noun the clause describes ("the songs it sells").
        ("Critics said that although the Melody Music Store is popular, the music it sells is overpriced.",
         "2006-05-08", "Melody Music Store", "sells", "PRESENT_REF"),
        # A possessive set before the subject it stands for.
        ("Since its launch the Melody Store has sold more than a billion songs.", "2008-01-09", "Melody Store",
         "launch", None),
    ],
)
def test_a_mention_whose_argument_refers_to_the_entity_is_its_event(nlp, text: str, dct: str, entity: str,
                                                                    word: str, when: str | None) -> None:
    assert mentions_of(nlp, text, dct, entity).get(word, "missing") == when


@pytest.mark.parametrize(
    ("text", "dct", "entity", "word"),
    [
        # Another company's deed in the same sentence is not the entity's.
        ("Microsoft released a rival player on Monday, and Jobs mocked it.", "2006-11-14", "Steve Jobs",
         "released"),
        # What someone else said of the entity is theirs; the saying is not the entity's event.
        ("Tim Cook said on Monday that Jobs had resigned.", "2011-08-25", "Steve Jobs", "said"),
        # "It" after another thing was named is not the entity.
        ("Jobs showed the Skyphone 2. The carrier said it would cut prices.", "2010-06-08", "Skyphone 2", "cut"),
        # A name that qualifies another thing names that thing: the owners get the case, not the phone.
        ("Acme will give a free case to the Skyphone 2 owners.", "2010-07-17", "Skyphone 2", "give"),
        ("Acme announced a new version of Skyphone on Monday.", "2010-06-08", "Skyphone", "announced"),
        # "The company" after another organisation was named is that one.
        ("General Motors held talks with Fiat on Monday. The company then closed a plant in Turin.",
         "2009-04-08", "General Motors", "closed"),
        # A company's word alone is not the company: "Jones Soda" is not the Dow Jones index.
        ("Jones Soda cut its prices on Monday.", "2008-10-07", "Dow Jones", "cut"),
        # A subject "It" after another thing was the subject is that thing.
        ("Acme showed the Skyphone 2 on Monday. The Zenith Z1 was shown on Tuesday. It goes on sale in July.",
         "2010-06-16", "Skyphone 2", "goes"),
        # "It" never stands for a person, and "it seems that …" stands for nothing.
        ("Hosni Mubarak spoke on Friday. By the evening it seemed that the crowds were thinning.", "2011-01-29",
         "Hosni Mubarak", "seemed"),
        # "According to" works as a preposition: no event.
        ("According to the survey, Skyphone sold well in May.", "2010-06-08", "Skyphone", "According"),
    ],
)
def test_a_mention_of_others_is_not_the_entitys(nlp, text: str, dct: str, entity: str, word: str) -> None:
    assert word not in mentions_of(nlp, text, dct, entity)


@pytest.mark.parametrize(
    ("text", "dct", "entity", "word", "when"),
    [
        # "Since its launch": the launch the article dates earlier.
        ("Acme launched the Skyphone on April 28, 2003. Since its launch the Skyphone has sold millions.",
         "2008-01-09", "Skyphone", "launch", "2003-04-28"),
        # A coarser date of the same launch gives way to the day.
        ("Acme launched the Skyphone on April 28, 2003. Acme's Skyphone, launched in 2003, now leads the market.",
         "2008-01-09", "Skyphone", "launched", "2003-04-28"),
        # A product announced is the product unveiled: one introduction.
        ("Acme unveiled the Skyphone 2 on June 7, 2010. Orders for the recently announced Skyphone 2 began on "
         "Tuesday.", "2010-06-16", "Skyphone 2", "announced", "2010-06-07"),
    ],
)
def test_a_happening_that_befalls_the_entity_once_takes_the_date_given_for_it(
        nlp, text: str, dct: str, entity: str, word: str, when: str) -> None:
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    result = extract([article], nlp)
    doc = result.docs["t"]
    shared = share_one_off_dates(entity_events(doc, result.events, entity))
    dates = [m.event.date.value for m in shared if m.event is not None and doc[m.token].text == word]
    assert dates[-1:] == [when]


def test_one_off_dates_that_disagree_are_not_shared() -> None:
    # Two launches dated in different years are not one happening: neither date spreads.
    text = "Acme launched it on 2003-04-28. Acme launched it on 2005-01-10. Its launch was a success."
    article = Article("t", "/tmp/t.txt", text)
    first = make_event(article, 1, "Acme launched it on 2003-04-28.", "2003-04-28", "2003-04-28",
                       date(2003, 4, 28), date(2003, 4, 28), "day")
    second = make_event(article, 2, "Acme launched it on 2005-01-10.", "2005-01-10", "2005-01-10",
                        date(2005, 1, 10), date(2005, 1, 10), "day")
    mentions = [EntityMention(1, 5, first, None, "launch"), EntityMention(9, 37, second, None, "launch"),
                EntityMention(16, 72, None, None, "launch")]
    assert share_one_off_dates(mentions)[2].event is None


def test_the_date_most_reports_give_a_one_off_happening_is_shared() -> None:
    # Unveiled "yesterday" (a day) and "in 2010" (its year) agree; "two weeks ago" (a week that misses
    # by a day) is outvoted and keeps its own date; the undated introduction takes the day.
    text = "A unveiled it on 2010-06-07. A unveiled it in 2010. A introduced it 2010-W22. A introduced it."
    article = Article("t", "/tmp/t.txt", text)
    day = make_event(article, 1, "A unveiled it on 2010-06-07.", "2010-06-07", "2010-06-07",
                     date(2010, 6, 7), date(2010, 6, 7), "day")
    year = make_event(article, 2, "A unveiled it in 2010.", "2010", "2010", date(2010, 1, 1), date(2010, 12, 31), "year")
    week = make_event(article, 3, "A introduced it 2010-W22.", "2010-W22", "2010-W22",
                      date(2010, 5, 31), date(2010, 6, 6), "week")
    mentions = [EntityMention(1, 2, day, None, "introduce"), EntityMention(7, 31, year, None, "introduce"),
                EntityMention(12, 55, week, None, "introduce"), EntityMention(17, 83, None, "PAST_REF", "introduce")]
    shared = share_one_off_dates(mentions)
    assert [m.event.date.value if m.event else None for m in shared] == [
        "2010-06-07", "2010-06-07", "2010-W22", "2010-06-07"]


def entities_of(nlp, text: str) -> dict[str, list[str] | None]:
    """Trigger word of each extracted event -> the entities extraction assigned it (main first)."""
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate("2009-05-01", "metadata", 1.0))
    return {e.trigger.text: e.entities for e in extract([article], nlp).events}


@pytest.mark.parametrize(
    ("text", "trigger", "entities"),
    [
        # Two firms in one sentence: each clause's event is its own doer's, not the first name's.
        ("Zenith Inc cut its prices on Tuesday, and Acme Corp answered with a price cut on Thursday.",
         "answered", ["Acme Corp"]),
        ("Zenith Inc cut its prices on Tuesday, and Acme Corp answered with a price cut on Thursday.",
         "cut", ["Zenith Inc"]),
        # "It" for the firm just named; its short name is the same entity, not a second one.
        ("Acme Corp hired a new chief executive on Monday. It will open a plant in Ohio in March.", "open",
         ["Acme Corp"]),
        # A person referred to as "He" (the article's coreference), after a sports page.
        ("Carlos Mendes won the Boston marathon on Sunday. He will defend his title in April.", "defend",
         ["Carlos Mendes"]),
        # What a saying tells is told in its entry: the speaker first, then who acts in what was said.
        ("Jake Sullivan said on Sunday that Joe Biden wants to restore military ties.", "said",
         ["Jake Sullivan", "Joe Biden"]),
        # A body acts for whoever it belongs to; what it says is told in the entry of what it said.
        ("Egypt's health ministry says two more people were infected with bird flu on Monday.", "infected",
         ["Egypt", "health ministry"]),
        ("An official from the Food and Drug Administration said on Monday that vaccine trials could start in "
         "June.", "said", ["Food and Drug Administration"]),
        # An official nobody names: no entity, though a place is in the sentence.
        ("Health officials in Cairo confirmed the first case of swine flu on Tuesday.", "confirmed", []),
    ],
)
def test_extraction_assigns_each_event_the_entities_taking_part(nlp, text: str, trigger: str,
                                                                  entities: list[str]) -> None:
    assert entities_of(nlp, text)[trigger] == entities
