"""Event nouns the tagger leaves out (``model/nlp/events/noun_events.py``), on hand-built parses.

Sentences reworded from general news of the kind AQUAINT holds (a clinic bombing, a memorial
ceremony, a shooting at a school); no trained model needed: the tagger's probability is given.
"""

from __future__ import annotations

import pytest

from model.nlp.events.noun_events import MIN_PROBABILITY, OCCASION_NOUNS, add_noun_events, wordnet_event_nouns
from model.nlp.events.training.wordnet_nouns import event_nouns, main
from tests.docs import doc_from_table

LIKELY = 0.3  # a probability the tagger gives a noun it does not mark, well above MIN_PROBABILITY

# One row per case: the parse, the tagger's probability for the noun, and whether it becomes an event.
CASES = [
    # A particular happening: a determiner, a possessive, a number or an "of".
    ("""
        Police   NOUN  NNS  nsubj  1  police
        searched VERB  VBD  ROOT   1  search
        the      DET   DT   det    3
        bombing  NOUN  NN   dobj   1
        of       ADP   IN   prep   3
        a        DET   DT   det    6
        clinic   NOUN  NN   pobj   4
        .        PUNCT .    punct  1
     """, "bombing", LIKELY, True),
    ("""
        Sunday   PROPN NNP  poss   2  Sunday  B-DATE
        's       PART  POS  case   0
        shooting NOUN  NN   nsubj  3
        shocked  VERB  VBD  ROOT   3  shock
        the      DET   DT   det    5
        town     NOUN  NN   dobj   3
        .        PUNCT .    punct  3
     """, "shooting", LIKELY, True),
    ("""
        Two      NUM   CD   nummod 1
        blasts   NOUN  NNS  nsubj  2  blast
        shook    VERB  VBD  ROOT   2  shake
        the      DET   DT   det    4
        city     NOUN  NN   dobj   2
        .        PUNCT .    punct  2
     """, "blasts", LIKELY, True),
    ("""
        Hundreds NOUN  NNS  nsubj  1  hundred
        attended VERB  VBD  ROOT   1  attend
        a        DET   DT   det    3
        ceremony NOUN  NN   dobj   1
        in       ADP   IN   prep   3
        the      DET   DT   det    6
        square   NOUN  NN   pobj   4
        .        PUNCT .    punct  1
     """, "ceremony", LIKELY, True),
    # An occasion counts whatever the tagger thinks; a WordNet noun needs some chance from the tagger.
    ("""
        The      DET   DT   det    1
        summit   NOUN  NN   nsubj  2
        ended    VERB  VBD  ROOT   2  end
        early    ADV   RB   advmod 2
        .        PUNCT .    punct  2
     """, "summit", 0.0, True),
    ("""
        Crews    NOUN  NNS  nsubj  1  crew
        began    VERB  VBD  ROOT   1  begin
        the      DET   DT   det    3
        evacuation NOUN NN  dobj   1
        .        PUNCT .    punct  1
     """, "evacuation", MIN_PROBABILITY / 10, False),
    ("""
        Crews    NOUN  NNS  nsubj  1  crew
        began    VERB  VBD  ROOT   1  begin
        the      DET   DT   det    3
        evacuation NOUN NN  dobj   1
        .        PUNCT .    punct  1
     """, "evacuation", LIKELY, True),
    ("""
        The      DET   DT   det    1
        blast    NOUN  NN   nsubj  2
        damaged  VERB  VBD  ROOT   2  damage
        the      DET   DT   det    4
        embassy  NOUN  NN   dobj   2
        .        PUNCT .    punct  2
     """, "blast", 0.0, True),
    # An occasion in the plural is a set of happenings, with or without a determiner.
    ("""
        Protest  NOUN  NN   compound 1  protest
        rallies  NOUN  NNS  nsubjpass 3  rally
        were     AUX   VBD  auxpass  3  be
        held     VERB  VBN  ROOT     3  hold
        in       ADP   IN   prep     3
        twenty   NUM   CD   nummod   6
        cities   NOUN  NNS  pobj     4  city
        .        PUNCT .    punct    3
     """, "rallies", 0.0, True),
    # A kind, not a happening: no determiner ("charged with murder", "opposed abortion").
    ("""
        He       PRON  PRP  nsubjpass 2
        was      AUX   VBD  auxpass   2  be
        charged  VERB  VBN  ROOT      2  charge
        with     ADP   IN   prep      2
        murder   NOUN  NN   pobj      3
        .        PUNCT .    punct     2
     """, "murder", LIKELY, False),
    ("""
        The        DET   DT   det    1
        protesters NOUN  NNS  nsubj  2  protester
        opposed    VERB  VBD  ROOT   2  oppose
        abortion   NOUN  NN   dobj   2
        .          PUNCT .    punct  2
     """, "abortion", LIKELY, False),
    # A body, a name, a modifier, a thing.
    ("""
        The            DET   DT   det      2
        Clinton        PROPN NNP  compound 2  Clinton  B-ORG
        administration NOUN  NN   nsubj    3  -        I-ORG
        denied         VERB  VBD  ROOT     3  deny
        it             PRON  PRP  dobj     3
        .              PUNCT .    punct    3
     """, "administration", LIKELY, False),
    ("""
        The       DET   DT   det      2
        election  NOUN  NN   compound 2
        officials NOUN  NNS  nsubj    3  official
        counted   VERB  VBD  ROOT     3  count
        votes     NOUN  NNS  dobj     3  vote
        .         PUNCT .    punct    3
     """, "election", LIKELY, False),
    ("""
        A        DET   DT   det    1
        selection NOUN NN   nsubjpass 6
        of       ADP   IN   prep   1
        your     PRON  PRP$ poss   4
        comments NOUN  NNS  pobj   2  comment
        may      AUX   MD   aux    6
        appear   VERB  VB   ROOT   6
        .        PUNCT .    punct  6
     """, "selection", LIKELY, False),
    ("""
        The        DET   DT   det    1
        service    NOUN  NN   nsubj  2
        reopened   VERB  VBD  ROOT   2  reopen
        .          PUNCT .    punct  2
     """, "service", LIKELY, False),
    ("""
        The      DET   DT   det    1
        bomb     NOUN  NN   nsubj  2
        exploded VERB  VBD  ROOT   2  explode
        .        PUNCT .    punct  2
     """, "bomb", LIKELY, False),
]


@pytest.mark.parametrize(("table", "word", "probability", "event"), CASES)
def test_which_nouns_become_events(table: str, word: str, probability: float, event: bool) -> None:
    doc = doc_from_table(table)
    noun = next(t for t in doc if t.text == word)
    probabilities = [0.0] * len(doc)
    probabilities[noun.i] = probability
    classes = add_noun_events(doc, {}, probabilities)
    assert (classes.get(noun.i) == "OCCURRENCE") is event


def test_the_taggers_own_events_and_classes_stand() -> None:
    doc = doc_from_table("""
        The       DET   DT   det    1
        statement NOUN  NN   nsubj  2
        followed  VERB  VBD  ROOT   2  follow
        the       DET   DT   det    4
        bombing   NOUN  NN   dobj   2
        .         PUNCT .    punct  2
    """)
    classes = add_noun_events(doc, {1: "REPORTING", 2: "OCCURRENCE"}, [LIKELY] * len(doc))
    assert classes == {1: "REPORTING", 2: "OCCURRENCE", 4: "OCCURRENCE"}


def test_the_shipped_wordnet_list_holds_happenings_not_bodies() -> None:
    nouns = wordnet_event_nouns()
    assert {"bombing", "ceremony", "blast", "shooting", "crash", "funeral", "election"} <= nouns
    assert not {"government", "bomb", "people", "clinic", "summit"} & nouns
    assert "summit" in OCCASION_NOUNS  # WordNet's first "summit" is the top of something


# A tiny WordNet in its own file format: two synsets in noun.act (04), one in noun.artifact (06), one
# in noun.group (14); "bombing" has one act sense, "bomb" an artifact, "party" a group first.
DATA_NOUN = """\
  1 This is a licence line WordNet puts at the top of its files.
00000001 04 n 01 bombing 0 000 | an attack with bombs
00000002 06 n 01 bomb 0 000 | an explosive device
00000003 14 n 01 party 0 000 | a political organisation
00000004 04 n 01 party 0 000 | a social gathering
"""
INDEX_NOUN = """\
  1 This is a licence line WordNet puts at the top of its files.
bomb n 1 0 1 1 00000002
bombing n 1 1 @ 1 1 00000001
car_bomb n 1 0 1 0 00000002
party n 2 0 2 2 00000003 00000004
"""


def test_the_list_is_written_from_wordnets_own_files(tmp_path) -> None:
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="latin-1")
    assert event_nouns(tmp_path) == ["bombing"]  # "party" is a group first; "car_bomb" two words
    out = tmp_path / "nouns.txt"
    assert main(["--wordnet", str(tmp_path), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "bombing" and any("Princeton University" in line for line in lines)


def test_a_folder_without_wordnet_is_one_line(tmp_path, capsys) -> None:
    assert main(["--wordnet", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
