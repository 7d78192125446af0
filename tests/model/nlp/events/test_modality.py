"""Modality and tense of a predicate, on hand-built parses (no trained model)."""

from __future__ import annotations

import pytest

from model.nlp.events.modality import is_negated, modality_of, tense_direction
from tests.docs import doc_from_table, token

MET = """
    Xi      PROPN NNP nsubj  1
    met     VERB  VBD ROOT   1 meet
    Biden   PROPN NNP dobj   1
    on      ADP   IN  prep   1
    Monday  PROPN NNP pobj   3
    .       PUNCT .   punct  1
"""
WILL_MEET = """
    Xi      PROPN NNP nsubj    2
    will    AUX   MD  aux      2
    meet    VERB  VB  ROOT     2
    Biden   PROPN NNP dobj     2
    next    ADJ   JJ  amod     5
    week    NOUN  NN  npadvmod 2
    .       PUNCT .   punct    2
"""
HAS_MET = """
    Xi      PROPN NNP nsubj 2
    has     AUX   VBZ aux   2 have
    met     VERB  VBN ROOT  2 meet
    Biden   PROPN NNP dobj  2
    .       PUNCT .   punct 2
"""
SAID = """
    Officials NOUN  NNS nsubj 1 official
    said      VERB  VBD ROOT  1 say
    talks     NOUN  NNS nsubj 3 talk
    resumed   VERB  VBD ccomp 1 resume
    .         PUNCT .   punct 1
"""
EXPORTS_WILL_RISE = """
    Exports NOUN  NNS nsubj 2 export
    will    AUX   MD  aux   2
    rise    VERB  VB  ROOT  2
    in      ADP   IN  prep  2
    2027    NUM   CD  pobj  3
    .       PUNCT .   punct 2
"""
PRICES_COULD_RISE = """
    Prices  NOUN  NNS nsubj 2 price
    could   AUX   MD  aux   2
    rise    VERB  VB  ROOT  2
    by      ADP   IN  prep  2
    2030    NUM   CD  pobj  3
    .       PUNCT .   punct 2
"""
PLANS_TO_VISIT = """
    Xi      PROPN NNP nsubj 1
    plans   VERB  VBZ ROOT  1 plan
    to      PART  TO  aux   3
    visit   VERB  VB  xcomp 1
    Paris   PROPN NNP dobj  3
    .       PUNCT .   punct 1
"""
IS_EXPECTED_TO_VISIT = """
    Xi       PROPN NNP nsubjpass 2
    is       AUX   VBZ auxpass   2 be
    expected VERB  VBN ROOT      2 expect
    to       PART  TO  aux       4
    visit    VERB  VB  xcomp     2
    Paris    PROPN NNP dobj      4
    next     ADJ   JJ  amod      7
    week     NOUN  NN  npadvmod  4
    .        PUNCT .   punct     2
"""
IF_XI_VISITS = """
    If      SCONJ IN  mark  2 if
    Xi      PROPN NNP nsubj 2
    visits  VERB  VBZ advcl 7 visit
    Paris   PROPN NNP dobj  2
    ,       PUNCT ,   punct 7
    talks   NOUN  NNS nsubj 7 talk
    will    AUX   MD  aux   7
    follow  VERB  VB  ROOT  7
    .       PUNCT .   punct 7
"""
MEETS_ON_FRIDAY = """
    Xi      PROPN NNP nsubj 1
    meets   VERB  VBZ ROOT  1 meet
    Biden   PROPN NNP dobj  1
    on      ADP   IN  prep  1
    Friday  PROPN NNP pobj  3
    .       PUNCT .   punct 1
"""
ATTENDED_THE_SUMMIT = """
    Xi       PROPN NNP nsubj 1
    attended VERB  VBD ROOT  1 attend
    the      DET   DT  det   3
    summit   NOUN  NN  dobj  1
    .        PUNCT .   punct 1
"""
DID_NOT_MEET = """
    Xi      PROPN NNP nsubj 3
    did     AUX   VBD aux   3 do
    not     PART  RB  neg   3
    meet    VERB  VB  ROOT  3
    Biden   PROPN NNP dobj  3
    .       PUNCT .   punct 3
"""
HAVE_YET_TO_SPEAK = """
    They    PRON  PRP nsubj  1 they
    have    VERB  VBP ROOT   1
    yet     ADV   RB  advmod 1
    to      PART  TO  aux    4
    speak   VERB  VB  xcomp  1
    .       PUNCT .   punct  1
"""

# Coordination: a bare second verb shares the first one's "to"/modal; a finite one ("took") does not.
GOING_TO_MUTATE_AND_HIT = """
    it      PRON  PRP nsubj  2
    is      AUX   VBZ aux    2 be
    going   VERB  VBG ROOT   2 go
    to      PART  TO  aux    4
    mutate  VERB  VB  xcomp  2
    and     CCONJ CC  cc     4
    hit     VERB  VBD conj   4
    hard    ADV   RB  advmod 6
    .       PUNCT .   punct  2
"""
WILL_SELL_AND_TOOK = """
    Ocean   PROPN NNP nsubj  2
    will    AUX   MD  aux    2
    sell    VERB  VB  ROOT   2
    assets  NOUN  NNS dobj   2 asset
    ,       PUNCT ,   punct  2
    and     CCONJ CC  cc     2
    took    VERB  VBD conj   2 take
    a       DET   DT  det    8
    loss    NOUN  NN  dobj   6
    .       PUNCT .   punct  2
"""
RETURNED_AND_SET = """
    boy      NOUN  NN  nsubjpass 3
    must     AUX   MD  aux       3
    be       AUX   VB  auxpass   3
    returned VERB  VBN ROOT      3 return
    and      CCONJ CC  cc        3
    set      VERB  VBD conj      3
    Friday   PROPN NNP dobj      5
    .        PUNCT .   punct     3
"""
WILL_CONTINUE_AND_BE_INVOLVED = """
    I        PRON  PRP nsubj   2 I
    will     AUX   MD  aux     2
    continue VERB  VB  ROOT    2
    and      CCONJ CC  cc      2
    be       AUX   VB  auxpass 5
    involved VERB  VBN conj    2 involve
    .        PUNCT .   punct   2
"""
IF_HE_CAME_AND_STAYED = """
    if      SCONJ IN  mark   2
    he      PRON  PRP nsubj  2 he
    came    VERB  VBD ROOT   2 come
    and     CCONJ CC  cc     2
    stayed  VERB  VBD conj   2 stay
    .       PUNCT .   punct  2
"""
DID_NOT_RESIGN_BUT_STAYED = """
    He      PRON  PRP nsubj  3 he
    did     AUX   VBD aux    3 do
    not     PART  RB  neg    3
    resign  VERB  VB  ROOT   3
    but     CCONJ CC  cc     3
    stayed  VERB  VBD conj   3 stay
    .       PUNCT .   punct  3
"""
TOLD_NOT_TO_KISS_OR_SHAKE = """
    People  NOUN  NNS nsubjpass 2 people
    were    AUX   VBD auxpass   2 be
    told    VERB  VBN ROOT      2 tell
    not     PART  RB  neg       5
    to      PART  TO  aux       5
    kiss    VERB  VB  xcomp     2
    or      CCONJ CC  cc        5
    shake   VERB  VB  conj      5
    hands   NOUN  NNS dobj      7 hand
    .       PUNCT .   punct     2
"""
PREVENTED_FROM_ENTERING = """
    Reporters NOUN  NNS nsubjpass 2 reporter
    were      AUX   VBD auxpass   2 be
    prevented VERB  VBN ROOT      2 prevent
    from      ADP   IN  prep      2
    entering  VERB  VBG pcomp     3 enter
    the       DET   DT  det       6
    square    NOUN  NN  dobj      4
    .         PUNCT .   punct     2
"""
LEFT_WITHOUT_PAYING = """
    He      PRON  PRP nsubj  1 he
    left    VERB  VBD ROOT   1 leave
    without ADP   IN  prep   1
    paying  VERB  VBG pcomp  2 pay
    .       PUNCT .   punct  1
"""
DENIED_TAKING = """
    He      PRON  PRP nsubj  1 he
    denied  VERB  VBD ROOT   1 deny
    taking  VERB  VBG xcomp  1 take
    bribes  NOUN  NNS dobj   2 bribe
    .       PUNCT .   punct  1
"""
UNABLE_TO_ATTEND = """
    Gaddafi PROPN NNP nsubj  1
    was     AUX   VBD ROOT   1 be
    unable  ADJ   JJ  acomp  1
    to      PART  TO  aux    4
    attend  VERB  VB  xcomp  2
    .       PUNCT .   punct  1
"""
DID_NOT_HESITATE_TO_FIRE = """
    Troops   NOUN  NNS nsubj  3 troop
    did      AUX   VBD aux    3 do
    not      PART  RB  neg    3
    hesitate VERB  VB  ROOT   3
    to       PART  TO  aux    5
    fire     VERB  VB  xcomp  3
    .        PUNCT .   punct  3
"""
NO_REPORTS = """
    There  PRON  EX  expl  1 there
    were   VERB  VBD ROOT  1 be
    no     DET   DT  det   3
    reports NOUN NNS attr  1 report
    .      PUNCT .   punct 1
"""
NO_ONE_SPLIT = """
    No        DET   DT  nsubj  4 no
    -         PUNCT HYPH nsubj 4
    one       NUM   CD  nsubj  4
    has       AUX   VBZ aux    4 have
    displayed VERB  VBN ROOT   4 display
    symptoms  NOUN  NNS dobj   4 symptom
    .         PUNCT .   punct  4
"""
NO_ONE_META = """
    No        DET   DT  meta   2 no
    -         PUNCT HYPH punct 2
    one       NOUN  NN  nsubj  5
    else      ADV   RB  advmod 2
    has       AUX   VBZ aux    5 have
    displayed VERB  VBN ROOT   5 display
    symptoms  NOUN  NNS dobj   5 symptom
    .         PUNCT .   punct  5
"""
WOULD_BE_DIFFERENT = """
    It        PRON  PRP nsubj  2 it
    would     AUX   MD  aux    2
    be        AUX   VB  ROOT   2
    different ADJ   JJ  acomp  2
    .         PUNCT .   punct  2
"""
MUST_HAVE_FIRED = """
    They  PRON  PRP nsubj  3 they
    must  AUX   MD  aux    3
    have  AUX   VB  aux    3
    fired VERB  VBN ROOT   3 fire
    .     PUNCT .   punct  3
"""


@pytest.mark.parametrize(
    ("table", "predicate", "date_is_future", "expected"),
    [
        (MET, "met", None, "happened"),
        (WILL_MEET, "meet", None, "planned"),
        (HAS_MET, "met", None, "happened"),
        (SAID, "said", None, "reported"),
        (SAID, "resumed", None, "happened"),  # what was said happened; the saying is the report
        (EXPORTS_WILL_RISE, "rise", None, "projected"),  # a quantity's future is a projection, not a plan
        (PRICES_COULD_RISE, "rise", None, "projected"),
        (PLANS_TO_VISIT, "visit", None, "planned"),
        (IS_EXPECTED_TO_VISIT, "visit", None, "planned"),
        (IF_XI_VISITS, "visits", None, "hypothetical"),
        (IF_XI_VISITS, "follow", None, "planned"),
        (MEETS_ON_FRIDAY, "meets", True, "planned"),  # present tense, a date ahead: a schedule
        (MEETS_ON_FRIDAY, "meets", False, "happened"),
        (GOING_TO_MUTATE_AND_HIT, "hit", None, "projected"),  # "hit" tagged past: still bare after "to"
        (WILL_SELL_AND_TOOK, "took", None, "happened"),  # a finite verb of its own: the loss was taken
        (WILL_SELL_AND_TOOK, "sell", None, "planned"),
        # "set" looks bare, but its head is a participle: the agency set the deadline (TBAQ, reworded).
        (RETURNED_AND_SET, "set", None, "happened"),
        (WILL_CONTINUE_AND_BE_INVOLVED, "involved", None, "planned"),  # its bare "be" takes the "will"
        (IF_HE_CAME_AND_STAYED, "stayed", None, "hypothetical"),  # the "if" covers both deeds
        (DID_NOT_RESIGN_BUT_STAYED, "stayed", None, "happened"),  # "but": the "not" is not shared
        (TOLD_NOT_TO_KISS_OR_SHAKE, "shake", None, "negated"),
        (PREVENTED_FROM_ENTERING, "entering", None, "negated"),
        (LEFT_WITHOUT_PAYING, "paying", None, "negated"),
        (LEFT_WITHOUT_PAYING, "left", None, "happened"),
        (DENIED_TAKING, "taking", None, "negated"),
        (UNABLE_TO_ATTEND, "attend", None, "negated"),
        (DID_NOT_HESITATE_TO_FIRE, "fire", None, "happened"),  # not hesitating: the firing happened
        (NO_REPORTS, "reports", None, "negated"),
        (NO_ONE_SPLIT, "displayed", None, "negated"),
        (NO_ONE_META, "displayed", None, "negated"),  # as the parser read it in a BBC article
        (WOULD_BE_DIFFERENT, "different", None, "hypothetical"),  # the copula's modal counts
        (MUST_HAVE_FIRED, "fired", None, "happened"),  # an inference about a past deed
    ],
)
def test_modality(table: str, predicate: str, date_is_future: bool | None, expected: str) -> None:
    doc = doc_from_table(table)
    assert modality_of(token(doc, predicate), date_is_future=date_is_future) == expected


@pytest.mark.parametrize(
    ("table", "predicate", "expected"),
    [
        (MET, "met", -1),
        (HAS_MET, "met", -1),
        (WILL_MEET, "meet", 1),
        (PLANS_TO_VISIT, "visit", 1),
        (PLANS_TO_VISIT, "plans", 0),  # the present tense says nothing about when
        (ATTENDED_THE_SUMMIT, "summit", -1),  # an event noun takes the tense of its clause
    ],
)
def test_tense_direction(table: str, predicate: str, expected: int) -> None:
    assert tense_direction(token(doc_from_table(table), predicate)) == expected


@pytest.mark.parametrize(
    ("table", "predicate", "expected"),
    [
        (DID_NOT_MEET, "meet", True),
        (HAVE_YET_TO_SPEAK, "speak", True),  # "have yet to": it has not happened so far
        (MET, "met", False),
        (PLANS_TO_VISIT, "visit", False),
    ],
)
def test_negation(table: str, predicate: str, expected: bool) -> None:
    assert is_negated(token(doc_from_table(table), predicate)) is expected


# --- through extraction: each cue keeps the happening from being told as done ----------------
# Rows in our own words after sentences of the development corpora (H1N1, Egypt 2011) and the
# samples; each with the words its headline must keep.

def _events(nlp, text: str, dct: str = "2011-03-22") -> list:
    from model.core.documents import Article, DocumentDate
    from model.nlp.pipeline import extract

    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    return extract([article], nlp).events


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "kept"),
    [
        ("The ministry did not confirm the deaths on Friday.", "confirm", "negated", "not"),
        ("Mubarak never appeared in public on Friday.", "appeared", "negated", "never"),
        ("The council failed to agree on a new cabinet on Sunday.", "agree", "negated", "fail"),
        ("The report could not be verified independently on Monday.", "verified", "negated", "could not"),
        ("The health minister has yet to visit the quarantined hotel.", "visit", "negated", "yet"),
        ("None of the passengers was infected on the flight on Tuesday.", "infected", "negated", "none"),
        ("No one was hurt in the explosion on Friday.", "hurt", "negated", "no one"),
        ("The president refused to step down on Thursday.", "step", "negated", "refuse"),
        ("Journalists were prevented from entering the square on Friday.", "entering", "negated", "prevented"),
        ("The army denied on Wednesday that soldiers fired on protesters.", "denied", "reported", "denied"),
        ("Zuma will visit Tripoli next week.", "visit", "planned", "to visit"),
        ("The envoy is to visit Cairo next week.", "visit", "planned", "to visit"),
        ("Egypt plans to cull all pigs next month.", "cull", "planned", "plans to"),
        ("Parliament is due to vote on the bill on Monday.", "vote", "planned", "due to"),
        # (the condition is part of the headline: "schools to close" alone says they will)
        ("If the virus spreads, schools will close next week.", "close", "planned", "if the virus spreads"),
        # Coordination shares the modal: the second verb is planned too (both were lost before).
        ("Zuma will meet Gaddafi and discuss a ceasefire next week.", "discuss", "planned", "to discuss"),
        # ... and its "maybe" stays in the headline (it was dropped: "Virus to mutate and strike hard")
        ("Maybe the virus is going to mutate and strike hard later in the year.", "strike", "planned", "maybe"),
        ("Officials declined to comment on the report on Monday.", "comment", "negated", "decline"),
        ("Neither the army nor the police gave a reason for the arrests on Monday.", "gave", "negated", "neither"),
        ("The delegates left Geneva on Monday without signing the accord.", "left", "happened", "leave"),
    ],
)
def test_each_cue_keeps_its_modality_and_its_headline(nlp, text: str, trigger: str, modality: str,
                                                      kept: str) -> None:
    found = [e for e in _events(nlp, text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.modality) for e in _events(nlp, text)]
    event = found[0]
    assert event.modality == modality
    assert kept in event.headline.lower(), event.headline


def test_a_finite_conjunct_does_not_take_its_head_s_to(nlp) -> None:
    """Bug: 'Coleco failed to come up with another winner and filed for bankruptcy-law protection in
    July 1988' (TBAQ) was headlined 'Coleco to file for bankruptcy-law protection'. Reworded."""
    events = _events(nlp, "The toy maker failed to find another hit and filed for bankruptcy in July 1988.")
    filed = next(e for e in events if e.trigger.text == "filed")
    assert filed.modality == "happened"
    assert "to file" not in filed.headline and "file" in filed.headline.lower(), filed.headline


def test_a_denial_is_not_headlined_as_the_claim(nlp) -> None:
    """Bug: 'The army denied on Wednesday that soldiers fired on protesters' was headlined
    'Army: soldiers fire on protesters', the very claim it denied."""
    events = _events(nlp, "The army denied on Wednesday that soldiers fired on protesters.")
    assert events and all("deni" in e.headline.lower() for e in events), [e.headline for e in events]


@pytest.mark.parametrize(("text", "trigger", "modality", "must", "never"), [
    # a plain or progressive verb dated ahead is a plan, and its headline says so (Haiti relief, reworded)
    ("The charity ShelterBox is chartering a plane to fly tents to the island on Friday .", "fly", "planned",
     r"\bto charter\b", r"\bcharters\b"),
    ("The national team flies out to Cairo on Friday for the qualifier .", "flies", "planned", r"\bto fly\b",
     r"\bflies\b"),
    # a present set aside in a clause of its own keeps its words: "As clashes spread Thursday" is no plan
    ("As clashes spread on Thursday , the army moved tanks into the square .", "spread", "happened", r"spread",
     r"\bto spread\b"),
    # ... but a present in a "when" clause under a verb that looks ahead tells a plan
    ("When a vaccine becomes available in the autumn , pregnant women will be among the first to get it .",
     "becomes", "planned", r"\bto become\b", r"\bbecomes\b"),
    ("Ms Lee is expected to tell jurors about further talks with the singer when she continues testifying on "
     "Monday .", "testifying", "planned", r"\bto continue testifying\b", r"\bcontinues\b"),
    # "hopes to send" tells the plan already: no second "to", and no "hops"
    ("Oxfam said it hopes to send a second flight on Sunday .", "send", "planned", r"\bhopes to send\b",
     r"\bhops\b|to hope"),
    # a told past stays past: "saw his career collapse" is no plan (EgyptianProtest_cnn, reworded)
    ("In 2009 the singer saw his career collapse after the assault .", "saw", "happened", r"\bsees\b",
     r"\bto see\b"),
    # a possibility stays one: "maybe", "perhaps", "possibly" keep their word (H1N1_guardian, reworded)
    ("Maybe 200 people died in the landslide on Monday .", "died", "hypothetical", r"^Maybe\b", r"^200 people die"),
    ("The new strain possibly reached Britain on Sunday .", "reached", "hypothetical", r"\bpossibly\b", r"^\S+ reaches"),
    # "probably" and "allegedly" are no modality of their own, but the headline keeps them, in the paraphrase
    ("The soldiers allegedly beat the prisoners at the checkpoint on Monday .", "beat", "happened",
     r"^Soldiers allegedly beat prisoners", r"^Soldiers beat"),
    ("The outbreak probably began on a pig farm in Veracruz in March .", "began", "happened", r"\bprobably\b",
     r"^Outbreak begins"),
    # a speaker's own past deed is a claim: said, and reported (MJ-style trial story, invented names)
    ("Mr Harlan said he paid the money back on Monday .", "paid", "reported", r"\bsaid he paid\b", r"^Harlan pays"),
    ("A reporter for the state broadcaster says she quit on Monday because of intimidation .", "quit", "reported",
     r"says she quit", r"^She quit"),
    ("The minister insisted she had warned the cabinet on Monday .", "warned", "reported", r"insisted she had warned",
     r"^She had warned"),
    # a deed told by others stays a deed: the police are not the one arrested
    ("Police said the driver was arrested on Monday .", "arrested", "happened", r"\barrested\b", r"\bsays?\b"),
    # a body announcing its own act is news as done (the rule of the last stop, kept)
    ("The national rugby team says it has cancelled its friendly match in Cairo on Monday .", "cancelled",
     "happened", r"cancels", r"\bsays\b"),
])
def test_a_plan_a_possibility_and_a_claim_keep_their_words(nlp, text: str, trigger: str, modality: str, must: str,
                                                           never: str) -> None:
    import re

    found = [e for e in _events(nlp, text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.modality, e.headline) for e in _events(nlp, text)]
    event = found[0]
    assert (event.modality, bool(re.search(must, event.headline)), bool(re.search(never, event.headline))) == (
        modality, True, False), event.headline
