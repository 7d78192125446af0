"""Headlines that are fragments or garbles of their sentence (``model/nlp/events/headlines/form.py``).

Rows are written in our own words after sentences of the development corpora (Timeline17
H1N1_guardian, H1N1_bbc, EgyptianProtest_cnn), the trigger in braces.
"""

from __future__ import annotations

import pytest

from model.nlp.events.headlines import headline_fault
from tests.marked import headline_of, marked_trigger


@pytest.mark.parametrize(("title", "fault"), [
    # cut after a conjunction, a preposition, a determiner or a comma
    ("He had heard the crowd outside the palace and", "ends on a function word"),
    ("Putin vows harsh retribution for those", "ends on a function word"),
    ("Fighting goes on during", "ends on a function word"),
    ("Officials close schools,", "cut fragment"),
    # cut inside, then the tag: what was said is not whole
    ("The figures do not support …, the chief said", "cut fragment"),
    ("The figures do not support the claim, the chief said", ""),
    # a name said twice, from a title and its apposition or a caption run in
    ("Stars host Concert for Haiti for Concert for Haiti", "repeated words"),
    ("Boy had been through a lot A girl had been through a lot", "repeated words"),
    ("Protesters march from door to door", ""),
    # what a speaker said, cut to a word or to a linking verb with nothing after it
    ("Mayor said: I", "cut fragment"),
    ("Mayor: “It began on Saturday when I started to feel”", "quotation not whole"),
    ("Mayor: “It began on Saturday when I started to feel ill”", ""),
])
def test_a_fragment_is_a_fault(title: str, fault: str) -> None:
    assert headline_fault(title) == fault


@pytest.mark.parametrize(("text", "title", "fault"), [
    # a subordinate clause with nothing it is subordinate to
    ("If a fifth case could be {confirmed} , the school would close .", "If a fifth case could be confirmed",
     "subordinate clause alone"),
    ("If a fifth case could be {confirmed} , the school would close .",
     "Minister: if a fifth case could be confirmed", "subordinate clause alone"),
    ("Because the schools {stayed} shut , parents took the week off .", "Because the schools stayed shut",
     "subordinate clause alone"),
    ("If the schools {close} , parents will stay at home .", "If the schools close, parents will stay at home", ""),
    ("When the plans were {announced} the families said they were pleased .",
     "When the plans were announced the families said they were pleased", ""),
    ("Once again protesters {filled} the square .", "Once again protesters fill the square", ""),
    # the last word is the subject of a verb the headline lost ("and eight still held")
    ("Forty-one detainees were cleared and {eight} are still held .", "41 detainees cleared and eight",
     "subject without its verb"),
    ("Forty-one detainees were {cleared} and eight are still held .", "41 detainees cleared", ""),
    ("He had been {cleared} after he and two other friends developed mild symptoms .",
     "He cleared after he and two other friends", "subject without its verb"),
    ("He had been {cleared} after he and two other members of the club developed mild symptoms .",
     "He had been cleared after he and two other members of the club", "subject without its verb"),
    ("Forty-one detainees were {cleared} and the rest of the group are still held .",
     "41 detainees cleared and rest of group", "subject without its verb"),
    ("The patient {died} in the hospital of the town .", "Patient dies in hospital of town", ""),
    # a possessor after a preposition, what it possesses lost ("after the doctor's death")
    ("The rule {changed} after the doctor 's death in April .", "Rule changes after doctor", "lost complement"),
    ("The rule {changed} after the doctor 's death in April .", "Rule changes after doctor's death", ""),
    # an infinitive that lost the "how" which made it a question
    ("Health ministers {met} on Friday to discuss how to fight the virus .",
     "Health ministers meet to discuss to fight virus", "lost complement"),
    ("Health ministers {met} on Friday to discuss how to fight the virus .",
     "Health ministers meet to discuss how to fight virus", ""),
    # a plural noun straight before a verb in the singular: the singular subject was dropped
    ("Volunteers from the charity {take} part in the appeal .", "Volunteers takes part in appeal",
     "number agreement"),
    ("Volunteers from the charity {take} part in the appeal .", "Volunteers take part in appeal", ""),
    ("The number of cases {rises} every day .", "Number of cases rises", ""),
    # a caption's plural taken for part of the name after it, the name dropped
    ("Telethon for Haiti raises millions Stars George Clooney {takes} part in the appeal .",
     "Stars takes part in appeal", "number agreement"),
    ("Telethon for Haiti raises millions Stars George Clooney {takes} part in the appeal .",
     "George Clooney takes part in appeal", ""),
    # two conjoined clauses glued once their "and" was cut, the words between the first verb's object
    ("She {spotted} it in a car park next to a van and went to fetch it .",
     "She spotted it in a car park next to a van went to fetch it", "conjunction lost"),
    ("She {spotted} it in a car park next to a van and went to fetch it .",
     "She spotted it in a car park next to a van", ""),
    # two conjoined nouns glued once their "and" was cut
    ("They {believe} the real aims are the fall of the regime and the seizure of its oil .",
     "Real aims are the fall the seizure", "conjunction lost"),
    ("They {believe} the real aims are the fall of the regime and the seizure of its oil .",
     "Real aims are the fall and the seizure", ""),
    # a preposition kept without its object, the next word from elsewhere
    ("Thousands of demonstrators {took} to the streets to demand an end to the regime .",
     "Thousands of demonstrators take to demand end", "lost complement"),
    ("Thousands of demonstrators {took} to the streets to demand an end to the regime .",
     "Thousands of demonstrators take to streets to demand end to regime", ""),
    ("The format for the ship-to-shore talks is still to be {determined} .", "Format to be determined", ""),
    ("He {said} there are two sides - a party long in power and a movement for change - in the dispute .",
     "He says there are two sides in the dispute", ""),
    # an infinitive kept without its "to" ("help" takes one without)
    ("She {headed} home to change her clothes .", "She heads home change clothes", "infinitive without its to"),
    ("She {headed} home to change her clothes .", "She heads home to change clothes", ""),
    ("Volunteers {helped} the families to rebuild their homes .", "Volunteers help families rebuild homes", ""),
    # a participle describing a noun written as a tensed verb
    ("Hundreds of newly trained nurses {arrived} at the camp .", "Hundreds of newly trains nurses arrive at camp",
     "garbled parse"),
    ("Hundreds of newly trained nurses {arrived} at the camp .", "Hundreds of newly trained nurses arrive at camp", ""),
    # a comma left between a subject and its verb once the aside was cut
    ("The circumstances , which are still unclear , do not {support} a charge , the chief said .",
     "The circumstances, do not support a charge", "clauses run together"),
])
def test_a_garble_read_against_the_parse_is_a_fault(nlp, text: str, title: str, fault: str) -> None:
    trigger, _ = marked_trigger(nlp, text)
    assert headline_fault(title, trigger) == fault


@pytest.mark.parametrize(("text", "title", "fault"), [
    # a bare noun phrase whose clause is one of being there: the clause tells it
    ("She was on a foreign reporting {trip} when the riots began .", "Foreign reporting trip", "no verb"),
    # a noun phrase that says which happening keeps its own name (the clause tells another)
    ("Organisers said they would donate the money from Tuesday 's {matches} .", "Tuesday's matches", ""),
    ("Refugees fled their homes in the 1948 {war} .", "1948 war", ""),
])
def test_a_bare_noun_phrase_is_a_fault_only_where_its_clause_tells_it(nlp, text: str, title: str,
                                                                      fault: str) -> None:
    trigger, _ = marked_trigger(nlp, text)
    assert headline_fault(title, trigger) == fault


@pytest.mark.parametrize(("text", "expected"), [
    # the fallback is the clause whole, never the cut one (EgyptianProtest_cnn shape, reworded)
    ("President Vladimir Putin {vowed} harsh punishment for those who planned the bombing .",
     "President Vladimir Putin vowed harsh punishment for those who planned the bombing"),
])
def test_a_faulty_headline_falls_back_to_a_whole_clause(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected
