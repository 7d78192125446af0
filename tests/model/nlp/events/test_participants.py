"""Participants and their within-article coreference, on hand-built docs (no trained model)."""

from __future__ import annotations

import pytest

from model.nlp.events.participants import canonical_name, find_participants
from tests.docs import doc_from_table, token

BIDEN_MET_XI = """
    President PROPN NNP compound 2
    Joe       PROPN NNP compound 2 -    B-PERSON
    Biden     PROPN NNP nsubj    3 -    I-PERSON
    met       VERB  VBD ROOT     3 meet
    Xi        PROPN NNP compound 5 -    B-PERSON
    Jinping   PROPN NNP dobj     3 -    I-PERSON
    in        ADP   IN  prep     3
    Bali      PROPN NNP pobj     6 -    B-GPE
    .         PUNCT .   punct    3
    Mr        PROPN NNP compound 10 -   B-PERSON
    Xi        PROPN NNP nsubj    11 -   I-PERSON
    said      VERB  VBD ROOT     11 say
    he        PRON  PRP nsubj    13
    was       AUX   VBD ccomp    11 be
    pleased   ADJ   JJ  acomp    13
    .         PUNCT .   punct    11
"""
CHINESE_AND_US = """
    Chinese   ADJ   JJ  amod     1 -        B-NORP
    officials NOUN  NNS nsubj    2 official
    met       VERB  VBD ROOT     2 meet
    U.S.      PROPN NNP compound 4 -        B-GPE
    envoys    NOUN  NNS dobj     2 envoy
    .         PUNCT .   punct    2
"""
CHINESE_PRESIDENT = """
    Chinese   ADJ   JJ  amod     1 -     B-NORP
    President PROPN NNP compound 3
    Xi        PROPN NNP compound 3 -     B-PERSON
    Jinping   PROPN NNP nsubj    4 -     I-PERSON
    spoke     VERB  VBD ROOT     4 speak
    .         PUNCT .   punct    4
"""


def test_a_short_name_and_a_pronoun_are_the_full_name_of_the_article() -> None:
    doc = doc_from_table(BIDEN_MET_XI)
    found = find_participants(doc)
    by_word = {t.text: found.by_token.get(t.i) for t in doc if t.text in ("Biden", "Jinping", "Bali", "he")}
    assert by_word == {"Biden": "Joe Biden", "Jinping": "Xi Jinping", "Bali": "Bali", "he": "Xi Jinping"}
    assert found.by_token[token(doc, "Xi", 1).i] == "Xi Jinping"  # "Mr Xi", title dropped
    assert found.by_token.get(token(doc, "President").i) is None  # a title outside the entity
    assert found.in_span(0, len(doc)) == ["Joe Biden", "Xi Jinping", "Bali"]
    assert found.labels["Xi Jinping"] == "PERSON"


def test_countries_by_any_name_are_one_participant() -> None:
    doc = doc_from_table(CHINESE_AND_US)
    assert find_participants(doc).in_span(0, len(doc)) == ["China", "United States"]


def test_a_nationality_that_titles_a_person_is_not_a_party() -> None:
    doc = doc_from_table(CHINESE_PRESIDENT)
    assert find_participants(doc).in_span(0, len(doc)) == ["Xi Jinping"]


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("U.S.", "GPE", "United States"),
        ("the United States", "GPE", "United States"),
        ("American", "NORP", "United States"),
        ("Chinese", "NORP", "China"),
        ("Britain", "GPE", "United Kingdom"),
        ("U.N.", "ORG", "United Nations"),
        ("Bali", "GPE", "Bali"),
        ("US", "PERSON", "US"),  # only places and groups have aliases
    ],
)
def test_canonical_name(text: str, label: str, name: str) -> None:
    assert canonical_name(text, label) == name


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # Reworded from a CNN page whose title line named "Mubarak Family Assets" before the story.
        ("Freezing All Mubarak Family Assets In Switzerland ; President Hosni Mubarak resigned on Friday . "
         "Mubarak had ruled since 1981 .", "Mubarak", "Hosni Mubarak"),
        # A son named for his father is another person: "Tom Korda" stays the father.
        ("Tom Korda died in June . His son , Tom Korda II , spoke at the tribute . Tom Korda had been ill .",
         "Korda", "Tom Korda"),
        # A family sharing a surname: the bare surname is the story's main person, named first and
        # most, not the relative named last (a trial report's shape, reworded).
        ("Singer Anna Korda died in May . Anna Korda had been ill . Her brother Piet Korda and her "
         "sister Lena Korda spoke outside court . Korda had rehearsed that week .", "Korda", "Anna Korda"),
    ],
)
def test_a_surname_is_the_full_name_it_ends(nlp, text: str, word: str, name: str) -> None:
    doc = nlp(text)
    last = [t for t in doc if t.text == word][-1]
    assert find_participants(doc).by_token.get(last.i) == name


def test_a_persons_name_ends_at_its_last_capitalised_word() -> None:
    # "Michael Vick - convicted" tagged as one PERSON: the name is "Michael Vick".
    doc = doc_from_table("""
        Michael   PROPN NNP compound 1 -  B-PERSON
        Vick      PROPN NNP nsubj    4 -  I-PERSON
        -         PUNCT HYPH punct   1 -  I-PERSON
        convicted VERB  VBN acl      1 -  I-PERSON
        spoke     VERB  VBD ROOT     4 speak
        .         PUNCT .   punct    4
    """)
    assert find_participants(doc).by_token.get(1) == "Michael Vick"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rights group Amnesty International said it has documented the use of hired thugs .",
         "Amnesty International"),
        # An "it" of a copula is the situation, not the one who spoke ("HPA too early to say" was false).
        ("The Health Protection Agency said it was too early to say whether the cases would spread .", None),
    ],
)
def test_the_it_of_what_an_organisation_says(nlp, text: str, name: str | None) -> None:
    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    assert find_participants(doc).by_token.get(it.i) == name


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    # A subject pronoun is never a person its own clause names after it: the one who told police
    # "he gave Korda the sedative" is the doctor, not Korda (a detective's account, reworded).
    ("Anna Korda told her doctor she would cancel her shows . Dr Piet Orlov told police he gave Korda the "
     "sedative after a night of milder drugs , detective Lena Ruiz said .", "he", "Piet Orlov"),
    ("Anna Korda died in June . He gave Korda the sedative .", "He", None),
])
def test_a_pronoun_is_no_one_its_own_clause_names(nlp, text: str, pronoun: str, name: str | None) -> None:
    doc = nlp(text)
    token = [t for t in doc if t.text == pronoun][-1]
    assert find_participants(doc).by_token.get(token.i) == name
