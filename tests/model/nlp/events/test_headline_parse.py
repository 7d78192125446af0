"""Garbled headlines from misparses: ``headline_fault`` read against the parse of the sentence a
headline was made for, and what such a headline becomes (the sentence's own words).

Rows are written in our own words after the kinds of fault read on the development folders of
Timeline17 (H1N1_guardian, H1N1_bbc, EgyptianProtest_cnn): an infinitive kept while what it hangs
on is dropped, a last word that lost what it governs, two clauses run together once their "as",
"that" or "when" is lost, a noun event with a verb that says it again. The trigger is in braces.
"""

from __future__ import annotations

import pytest

from model.nlp.events.headlines import headline_fault
from tests.marked import headline_of, marked_trigger

# Faults seen in the words alone.
TEXT_BAD = [
    ("Region reports only deaths based", "ends on a function word"),
    ("Ministry counts cases according", "ends on a function word"),
    ("Commencement of proceedings begins", "noun and verb say it twice"),
    ("The start of the trial began", "noun and verb say it twice"),
]
TEXT_GOOD = [
    "Start of talks delayed",
    "Deaths based on symptoms rise",
    "Meeting begins in Geneva",
]


@pytest.mark.parametrize(("text", "fault"), TEXT_BAD, ids=[f"bad{n}" for n in range(len(TEXT_BAD))])
def test_text_faults(text: str, fault: str) -> None:
    assert headline_fault(text) == fault


@pytest.mark.parametrize("text", TEXT_GOOD)
def test_text_good(text: str) -> None:
    assert headline_fault(text) == ""


# (sentence with its trigger in braces, headline, the fault read against the parse)
PARSED = [
    # an infinitive whose governor was dropped (or that the parse hung on the far verb)
    ("The families walked for hours with nowhere to {go} .", "Families walk to go",
     "infinitive without its governor"),
    ("The clinic was {flooded} with patients , with too few nurses to keep up with demand .",
     "Clinic flooded to keep up with demand", "infinitive without its governor"),
    ("Her arrest {sparked} the riots in the capital , which in turn encouraged students in other cities , "
     "including Lyon , to march on the ministry .",
     "Arrest sparks riots in capital to march on ministry", "infinitive without its governor"),
    # the last word lost what it governs
    ("Children at the village school {began} feeling sick on Monday after two cases were confirmed .",
     "Children begin feeling", "lost complement"),
    ("Several unions have {called} for the minister to resign .", "Several unions call", "lost complement"),
    ("The minister {denied} causing the delays at the port .", "Minister denies causing", "lost complement"),
    ("The nurses {called} the parents of every pupil to find out if they had a fever .",
     "Nurses call parents of every pupil to find out", "lost complement"),
    # a verb inside the headline, not only the last word, kept without what it governs
    ("The mayor {said} the two patients at the city hospital are `` recovering well '' .",
     "Mayor says two patients", "lost complement"),
    ("The chamber of commerce {estimated} the closures were costing shops at least 50 million pesos a day .",
     "Chamber estimates closures cost shops", "lost complement"),
    # a verb of telling whose words are the quotation before it
    ("`` If the virus keeps spreading like this , I do not see how we can stop it , '' Professor Ana Diaz , "
     "head of the flu unit , {told} the newspaper .", "Diaz tells newspaper", "lost complement"),
    # a "not" on a word the headline kept, dropped (bug: "Official: single person shows up …")
    ("The official said `` not a single person {showed} up to contest the count . ''",
     "Official: single person shows up to contest count", "negation lost"),
    # a preposition where the doer should be (bug: "On stands protests by recent compliments")
    ("The former anchor Ana Ruiz on Friday {stood} by the praise she gave to the channel for its coverage .",
     "On stands by praise", "no subject"),
    # two tensed verbs with neither a link nor a doer between them (bug: "… school will remain open did
    # not attend school", the "as the child" lost)
    ("The agency {said} the pupil 's school will stay open as the girl `` did not attend classes while ill '' .",
     "Agency: pupil's school will stay open did not attend classes", "clauses run together"),
    # the state a verb keeps its object in (bug: "Parents: Alleyn's School has everything")
    ("Parents {say} the school has everything under control .", "Parents: school has everything",
     "lost complement"),
    # two clauses run together: their "as", "that", "when" lost
    ("Just as the storm {flooded} the old town , the new bridge is at the centre of the dispute",
     "Storm floods old town is at centre of dispute", "clauses run together"),
    ("But news {spread} that the army was going to close the border .",
     "News spreads army was going to close border", "clauses run together"),
    ("When the plans were {announced} it was reported that the families were in support .",
     "Plans were announced it was reported that the families were in support", "clauses run together"),
    # well formed: nothing to read
    ("The minister {said} schools will close next week .", "Minister: schools will close next week", ""),
    ("The minister {said} schools will close next week .", "Minister says schools will close", ""),
    ("The army is to {close} the border on Friday .", "Army to close border", ""),
    ("Several unions have {called} for the minister to resign .", "Several unions call for minister to resign", ""),
    ("Volunteers {gathered} in the square to clear the rubble .", "Volunteers gather in square to clear rubble", ""),
    ("The ministry {failed} to publish the figures .", "Ministry fails to publish figures", ""),
    ("When the plans were {announced} it was reported that the families were in support .",
     "When the plans were announced it was reported that the families were in support", ""),
    ("The storm {flooded} the town .", "Storm floods town", ""),
    # what follows a comma is no object the headline owes: the speaker's tag, an apposition, a next clause
    ("The police {pushed} the marchers back from the embassy , the group said in a statement .",
     "Police push marchers back from embassy", ""),
    ("The minister said doctors have {confirmed} two cases of flu in the north , the first cases in the country .",
     "Doctors confirm two cases of flu in north", ""),
    ("As the old king {backed} the revolution of 1979 , so does today President Ana Ruiz ...",
     "King backs revolution of 1979", ""),
    # a caption run in without a stop, parsed as a second object
    ("Field tents {replace} city hospital wards A young girl rests in a tent in the capital .",
     "Field tents replace city hospital wards", ""),
    # headline grammar drops the copula of what was said
    ("The officials have {complained} that the formal talks are unproductive .",
     "Officials complain formal talks unproductive", ""),
    # a name from elsewhere in the sentence standing for "the company" is its subject, not a lost one
    ("An Acme spokeswoman said the company {told} customers Monday about the bugs and stopped shipping the "
     "product .", "Acme tells customers about bugs", ""),
    # a "not" the headline says, on whichever word; auxiliaries of one verb are one verb
    ("Police admit that despite a long search , they do n't {know} where he is .", "Police don't know where he is", ""),
    ("Iran would not have last year {blocked} searches for the word .", "Iran would not have blocked searches", ""),
]


@pytest.mark.parametrize(("text", "title", "fault"), PARSED, ids=[f"row{n}" for n in range(len(PARSED))])
def test_parse_faults(nlp, text: str, title: str, fault: str) -> None:
    trigger, _plain = marked_trigger(nlp, text)
    assert headline_fault(title, trigger) == fault


# What such sentences get instead: a paraphrase that is whole, else the sentence's own words.
REPAIRED = [
    # bug: "Self-immolation triggers huge protests in Tunisia to take to streets"
    ("Her arrest {sparked} the riots in the capital , which in turn encouraged students in other cities , "
     "including Lyon , to march on the ministry .",
     "Arrest sparks riots in capital"),
    # bug: "Pupils begin feeling"
    ("Children at the village school {began} feeling sick on Monday after two cases were confirmed .",
     "Children begin feeling sick"),
    # "feeling ill" with "ill" parsed as an adverb: a state of feeling, kept like "fell ill"
    ("Pupils at the primary school in Leeds began {feeling} ill last week when two cases were first diagnosed .",
     "Pupils begin feeling ill"),
    # bug: "Some call"
    ("Some have {called} for the government to face a trial .", "Some have called for the government to face a trial"),
    # bug: "Chamber estimates restrictions cost businesses", and the cut that dropped "at least"
    ("The chamber of commerce {estimated} the closures were costing shops at least 50 million pesos a day .",
     "The chamber estimated the closures were costing shops at least 50 million pesos"),
    # bug: "Egyptian opposition leader … on Sunday called…", a fragment cut at a length; then "calls to
    # leave", the one called on lost: who is called on to do what
    ("Opposition leader Ana Diaz on Sunday {called} for the embattled President Jorge Ruiz to `` leave today "
     "and spare the country . ''",
     "Diaz calls for Ruiz to leave"),
    # bug: "Egyptian military calls to support caretaker government on people": who was called on stands
    # before the infinitive, in the paraphrase and in the sentence's own words
    ("Before a new council is formed , the army {called} on people and the parties to back the interim government .",
     "Army calls on people and parties to back interim government"),
    ("She also {called} on them to restore trust in the courts and to cut crime , according to a summary .",
     "She called on them to restore trust in the courts and to cut crime"),
    ("The army {appealed} to donors and charities to send tents to the camps .",
     "Army appeals to donors and charities to send tents"),
    # bug: "People rally chanted hoisted banners": a list of verbs parsed as adjectives of the last object
    ("Outside the embassy in Rome , students {rallied} , chanted , hoisted banners and demanded change .",
     "Outside the embassy in Rome, students rallied, chanted, hoisted banners and demanded change"),
    # bug: "Official: single person shows up to appeal results" (the "not" lost)
    ("The official said `` not a single person {showed} up to contest the count . ''",
     "Not a single person showed up to contest the count"),
    # bug: "Parents: Alleyn's School has everything" (the phrase hung on the object, not the verb)
    ("Parents {say} St Mary 's School has everything under control", "Parents: St Mary's School has everything under control"),
    # bug: "Returning from Mexico on Tuesday": a participle's phrase is no headline, and the main clause
    # alone would tell another happening than the one dated; the participle's own happening with the
    # subject it takes from the clause it hangs on tells the dated one (headclause)
    ("The two travellers were admitted to the city hospital in Leeds , West Yorkshire , after {returning} "
     "from Peru on Tuesday .",
     "Two travellers return from Peru"),
    # bug: "Foreign and Commonwealth Office begins advising against all" ("all but essential travel")
    ("After the agency raised its alert level , the Foreign Office {began} advising against all but essential "
     "travel to Peru .", "The Foreign Office began advising against all but essential travel to Peru"),
    # bug: "Came Ghonim's explosive interview Monday night": an inversion without its "then"
    ("Then {came} the minister 's long speech on Monday night .", "Then came the minister's long speech on Monday night"),
    # bug: "The US authorities say, seem to be effective …": the subject cut with the clause the parse gave it to
    ("The US authorities {say} that two drugs commonly used to treat flu , Tamiflu and Relenza , seem to be "
     "effective at treating cases that have occurred there so far .",
     "The US authorities say that two drugs commonly used to treat flu, Tamiflu and Relenza, seem to be "
     "effective at treating cases that have occurred there so far"),
    # a subject the parse found in the page's update stamp is no subject the headline lost
    ("Update 10:15 p.m. in Cairo , 3:15 p.m. ET -RRB- Defense Minister Ana Ruiz {spoke} to her counterpart "
     "Jorge Vidal on the phone Saturday , according to a ministry spokesman .", "Ruiz speaks to Vidal"),
    # bug: "Canadian troops killed in Afghanistan Last Friday"
    ("The minister demanded an apology before attending a ceremony for soldiers who were {killed} in the "
     "mountains last Friday .", "Soldiers killed in mountains last Friday"),
    # bug: "Everybody is ready to give him the dignified out he is entitled, ElBaradei told": the hearer
    # kept, and never a clause cut before its stranded "to"
    ("`` Everybody is ready to give him the dignified out he is entitled to as a former president of the "
     "country , '' Ana Ruiz {told} Zakaria .",
     "“Everybody is ready to give him the dignified out he is entitled to as a former president of the "
     "country”, Ana Ruiz told Zakaria"),
    # bug: "Word spreads police were going to crack down"
    ("But news {spread} that the army was going to close the border .",
     "News spread that the army was going to close the border"),
]


@pytest.mark.parametrize(("text", "expected"), REPAIRED, ids=[f"fix{n}" for n in range(len(REPAIRED))])
def test_garbled_paraphrase_gives_way_to_own_words(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_what_was_told_is_not_made_a_gerund(nlp) -> None:
    # bug: "Root decides to tell people being from Mexico" for "decided to tell people he was from Mexico"
    title = headline_of(nlp, "If anyone asked , Dana {decided} to tell people she was from Canada .")
    assert "being" not in title, title
    assert title.endswith("from Canada"), title


# A verb of harm with nothing after it is a participle, its noun the one harmed (bug: "Several people
# shoot", "Everything loots"); with an object it is the doer's deed.
HARM = [
    ("The reporter said he heard gunfire near the bridge , two men {shot} .", "Two men shot"),
    ("Every shop on the main street {looted} and burned .", "Every shop looted"),
    ("The sniper {shot} two men near the bridge .", "Sniper shoots two men near bridge"),
]


@pytest.mark.parametrize(("text", "expected"), HARM, ids=[f"harm{n}" for n in range(len(HARM))])
def test_harm_with_no_object_is_done_to_its_noun(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_a_call_to_say_is_not_a_gerund(nlp) -> None:
    # bug: "Abdullah calls Mubarak to say standing with Egyptian president"
    title = headline_of(nlp, "Reports from the capital say that the emir {phoned} the prime minister to say he stood "
                             "with the government .")
    assert "say standing" not in title, title


def test_own_words_trimmed_into_two_clauses_are_not_used(nlp) -> None:
    # bug: "And so they want to see a process there are elections", the relative clause and its
    # comma trimmed away between two clauses
    title = headline_of(nlp, "And so they want to see a process where maybe they lift the curfew , there {are} "
                             "elections in May .")
    assert "process there are" not in title, title


def test_a_verb_parsed_as_a_noun_makes_no_paraphrase(nlp) -> None:
    # bug: "Reports to be released on Monday", the verb "reports" parsed as the subject of "released";
    # (was a row of test_headline_form's NEVER_FRAGMENTS: a false headline is worse than a cut one)
    title = headline_of(nlp, "State radio reports that the interior minister called the station to say that the "
                             "blogger , missing for a week , will be {released} on Monday .")
    assert not title.startswith("Reports"), title
    assert title.startswith("State radio reports"), title


def test_who_opens_no_headline_but_the_who_may(nlp) -> None:
    # bug: "Who are feeling well next week" for a relative clause; "WHO sets alert level" stays
    title = headline_of(nlp, "The school will reopen next week for all pupils who are {feeling} well .")
    assert not title.lower().startswith("who "), title
    title = headline_of(nlp, "The WHO has {raised} its alert level to five .")
    assert title.startswith("WHO"), title


def test_ticker_in_brackets_is_not_the_subject(nlp) -> None:
    # bug: the stock ticker "(NOVN.VX)" swallowed the company's name, the headline opening on its verb
    title = headline_of(nlp, "Swiss drugmaker Rochford -LRB- ROCH.VX -RRB- {said} on Friday that the plant in Basel "
                             "had reopened .")
    assert title.startswith(("Rochford", "Swiss drugmaker Rochford")), title
    assert headline_fault(title) == "", title


def test_an_object_the_parse_put_past_a_phrase_of_its_verb_is_garbled() -> None:
    # bug: "On stands protests by recent compliments" / "… stood protests": the parser hung the last noun of
    # "stood by the praise she gave … the protests" on "stood" as its object; without "by …" it is garbage
    from tests.docs import doc_from_table

    doc = doc_from_table("""
        Ana       PROPN  NNP  compound  1
        Ruiz      PROPN  NNP  nsubj     2
        stood     VERB   VBD  ROOT      2  stand
        by        ADP    IN   prep      2
        praise    NOUN   NN   pobj      3
        she       PRON   PRP  nsubj     6
        gave      VERB   VBD  relcl     4  give
        the       DET    DT   det       8
        protests  NOUN   NNS  dobj      2  protest
        .         PUNCT  .    punct     2
    """)
    assert headline_fault("Ruiz stood protests", doc[2]) == "garbled parse"
