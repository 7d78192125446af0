"""What a pronoun stands for: ``model/nlp/events/coreference.py`` through ``find_participants``.

Rows are written in our own words after sentences of the development corpora (Timeline17
H1N1_guardian, H1N1_bbc, EgyptianProtest_cnn). A pronoun is resolved only when one antecedent is
clear; when none is, it stays unresolved (None), never another name.
"""

from __future__ import annotations

import pytest

from model.nlp.events.participants import find_participants


def _antecedent(nlp, text: str, pronoun: str, nth: int) -> str | None:
    """The name, or the head word of the unnamed noun phrase, the ``nth`` ``pronoun`` stands for."""
    doc = nlp(text)
    token = [t for t in doc if t.text == pronoun][nth]
    participants = find_participants(doc)
    ref = participants.refers_to.get(token.i)
    return doc[ref].text if ref is not None else participants.by_token.get(token.i)


@pytest.mark.parametrize(("text", "pronoun", "nth", "antecedent"), [
    # the one who said the sentence before, though unnamed, not a name inside what was said
    ("Deputy Premier Ahmed Fouad made `` useful proposals '' about the talks , the senior official said . "
     "Still , he added that the government should let the unions bring their own plans .", "he", 0, "official"),
    # a clause set before the sentence's subject: its "he" is that subject
    ("As he was driven away from the court to a waiting van on Sunday , Viktor Brandt was met with jeers "
     "from the crowd .", "he", 0, "Viktor Brandt"),
    # the one urged to announce is the one who announces
    ("Officials said an envoy sent by the president urged President Omar Fadel to announce he would not "
     "stand again .", "he", 0, "Omar Fadel"),
    # the one whose announcement it was, not the senator who speaks of it
    ("Senator John Reed said the handover after President Omar Fadel 's announcement that he will not "
     "stand again must begin now .", "he", 0, "Omar Fadel"),
    # the name a copula gives the person the sentence is about
    ("The young man was 26-year-old Tarek Hassan , a jobless fruit seller . He died from his burns .",
     "He", 0, "Tarek Hassan"),
    # a family is several people: the "they" of what it says
    ("Earlier , her family said they were expecting Sara Nabil 's release on Monday .", "they", 0, "family"),
    # no plural subject before: the one plural noun of the sentence before
    ("Anderson will talk with two Americans trying to get out . They say they are not getting much help "
     "from the embassy .", "They", 0, "Americans"),
    # the same group again, a sentence later
    ("Angry students marched to the ministry on Monday . Inspired by the strikes , they demanded lower "
     "fees . They also called for the resignation of the minister .", "They", 0, "students"),
    # the name the writer put in brackets after the pronoun
    ("`` Yesterday he -LRB- Mubarak -RRB- let us all down , '' said Ahmed Khalil , a trader .", "he", 0,
     "Mubarak"),
    # an unnamed protester who spoke last, not a name before him
    ("President Hosni Mubarak spoke on television on Friday . Another protester in Alexandria , a young "
     "taxi driver , did not think the ruler deserved a chance . He said Egyptians should press on .", "He", 0,
     "protester"),
    # a quotation of several sentences between the one who spoke and the next "he"
    ("Union leader Tom Knight said : `` Schools should not close on their own . The agency has been "
     "thorough . I would urge heads to take its advice . '' He revealed that the exam boards were "
     "reviewing the rules .", "He", 0, "Tom Knight"),
    # the one person the sentence before names, who is no subject there
    ("Positions are hardening ahead of the anniversary . The task of reconciliation has fallen to Najib "
     "Mikati , a billionaire businessman . He has said he wants to form a unity government .", "He", 0,
     "Najib Mikati"),
    # the sentence before goes on about the same "he": the name in passing there is not that "he"
    ("Mohamed Badie met reporters on Saturday . He is the leader of the largest group against President "
     "Omar Fadel . On Sunday , he urged the president to leave .", "he", 0, "Mohamed Badie"),
    # an "it" that says something: the one organisation of the sentence before
    ("Hundreds of private schools have been given legal advice by the Independent Schools Council , which "
     "suggests setting up quarantine rooms . It also says schools should have a pandemic policy .", "It", 0,
     "Independent Schools Council"),
    # an "it" that acts: the one organisation the sentence before names, though as an object (H1N1_bbc)
    ("Laboratories in Canada sent their results to the World Health Organisation on Friday . It raised its "
     "pandemic alert to phase four the next week .", "It", 0, "World Health Organisation"),
    # a title marks a person where the tagger saw a place: the cardinal is the "he" (H1N1_guardian)
    ("The Catholic hierarchy has found ways to stay relevant . Cardinal Norbeto Rivera has written a prayer "
     "for the faithful to say at home . He urged people to follow mass on the radio .", "He", 0, "Rivera"),
    # a name set off at the head of the sentence is its "he" (EgyptianProtest_cnn)
    ("Russell Brand will present the show . Brown , of course , he saw his career collapse after the assault "
     ".", "he", 0, "Brown"),
    # the "she" a name is taken up with makes that person a woman: no rival for the next "he" (bug: the
    # dislocation rule left her gender open and the guest's "he" unresolved)
    ("Our correspondent Tally Harlow , she joins us from New York . We spent the day with Dr. Hassan Abdel "
     "Nour . He moved here in 1984 .", "He", 0, "Hassan Abdel Nour"),
])
def test_a_pronoun_stands_for_the_one_clear_antecedent(nlp, text: str, pronoun: str, nth: int,
                                                        antecedent: str) -> None:
    assert _antecedent(nlp, text, pronoun, nth) == antecedent


@pytest.mark.parametrize(("text", "pronoun", "nth"), [
    # a spokesman speaks for someone else: "he was brought in" is the patient, not the spokesman
    ("A spokesman for the city hospital said he was brought to the ward in a sealed ambulance .", "he", 0),
    # a mother is no "he"
    ("The boy 's mother told reporters the school had been shut . He said the family would stay at home .",
     "He", 0),
    # a name inside a page's title in quotation marks is not who speaks next
    ("The page was called `` We are all Karim Adel '' . It was dedicated to a man beaten to death by "
     "police . `` We must bring down this system , '' he said .", "he", 0),
    # the sentence before is about a "he" nobody named: not the name in passing there
    ("He is the leader of the largest group against President Omar Fadel . On Sunday , he urged the "
     "president to leave .", "he", 0),
    # the sentence before talks to the reader: the name of a product in it is nobody
    ("Most computers will open this file , but you may need Adobe Reader . She said eight of the ten "
     "passengers had been traced .", "She", 0),
    # two men are the subjects of the sentence before: either could have argued it
    ("Jimmy Carter set up a human rights office in the State Department , and Ronald Reagan rejected the "
     "realism of his predecessors . He argued that there could be no deal with Moscow .", "He", 0),
    # two bodies in the sentence before: the country that asked or the agency asked (H1N1_bbc)
    ("Mexico asked the World Health Organisation for help on Friday . It raised its pandemic alert on "
     "Wednesday .", "It", 0),
    # a thing is the subject before: the virus as well as the agency could be the "it"
    ("The virus reached the offices of the World Health Organisation in Geneva . It raised its alert level "
     "on Wednesday .", "It", 0),
    # what a body says something "has" is no deed of its own: here the virus (H1N1_bbc)
    ("But it has `` full pandemic potential '' , the World Health Organization says .", "it", 0),
    # people named between the sayers and the "they": the children as well as the officials
    ("Local officials said none of the children , some as young as two months , had papers or proof that "
     "they were orphans .", "they", 0),
    # a transcript's speaker label is no plural for "they" (EgyptianProtest_cnn)
    ("You said they went back out and fought again . MOORE : Yes , they went back out over and over again .",
     "they", 1),
])
def test_a_pronoun_with_no_clear_antecedent_stays_unresolved(nlp, text: str, pronoun: str, nth: int) -> None:
    assert _antecedent(nlp, text, pronoun, nth) is None


def test_the_subject_of_an_infinitive_is_no_antecedent(nlp) -> None:
    # "an opportunity for public figures to scare": nobody a later "they" goes on about
    text = ("Hospital infections are not like swine flu , an opportunity for public figures to scare and spend "
            "money . They are diseases the government is to blame for .")
    assert _antecedent(nlp, text, "They", 0) != "figures"


def test_an_unnamed_speaker_is_no_he_beside_a_named_man(nlp) -> None:
    # the one the bullet killed stood in his kitchen, not the official who told of it
    text = ("The official said the hair was in a cap found near the place from which the sniper fired the "
            "bullet that killed Barnett Slepian as he stood in his kitchen .")
    assert _antecedent(nlp, text, "he", 0) != "official"
