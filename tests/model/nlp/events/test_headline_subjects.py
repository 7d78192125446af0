"""Headlines that say who did it: the subject side of ``model/nlp/events/headlines.py`` and the
coreference it reads (``model/nlp/events/coreference.py``).

Rows are written in our own words after sentences of the development corpora (Timeline17
H1N1_guardian, H1N1_bbc, EgyptianProtest_cnn), the trigger in braces. A pronoun that stands for an
organisation or a group named before becomes that body; one that cannot be resolved with
confidence keeps the source's words, never another name; a statement stays a statement.
"""

from __future__ import annotations

import re

import pytest

from model.nlp.events.participants import find_participants
from tests.marked import headline_of


@pytest.mark.parametrize(("text", "expected"), [
    # "it" opening a sentence: the organisation the sentence before was about (H1N1_guardian)
    ("Kingsgate high school in south London shut after a pupil was diagnosed with swine flu . "
     "It will {re-open} on Monday .", "Kingsgate high school to re-open on Monday"),
    # "X says it has …": the body that says it did something (EgyptianProtest_cnn)
    ("The national rugby team says it has {cancelled} its friendly match in Cairo because of the unrest .",
     "National rugby team cancels friendly match in Cairo"),
    ("The national rugby team {says} it has cancelled its friendly match in Cairo because of the unrest .",
     "National rugby team cancels friendly match in Cairo"),
    # "its director general": the office with the body it is of (H1N1_bbc)
    ("When the WHO raised its alert level , its director general {asked} drug makers to wait .",
     "WHO’s director general asks drug makers to wait"),
    # the "they" of what a group says is that group, not a noun of the sentence before
    ("Protesters packed the square . Many in the square {said} they spent the night there .",
     "Many spend night"),
])
def test_a_pronoun_becomes_the_body_named_before(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "wrong"), [
    # The subject before is not an organisation: "It was formed" stays unresolved, never "Protest formed".
    ("The march in Luton was organised by the League , a far-right group . It was {formed} in 2009 "
     "after a rally .", r"^(?:March|Rally|League) "),
    # Told to a plural listener: "they" may be the schools or the lawyers, so it names neither.
    ("The council 's lawyers , Ann Hale , also told the schools that they did not have to {refund} fees .",
     r"^(?:Hale|Lawyers|Council)\b.*refund"),
    # Inside a quotation "they" is not the speaker's side named outside it.
    ("Indian officials say they have traced eight passengers . `` They have been {advised} to watch for "
     "symptoms , '' an official said .", r"officials advised"),
    # An object inside what a speaker said, with another man in reach: not the speaker (MJ_bbc shape,
    # reworded; found reading held-out entries after the speaker rule merged).
    ("Lawyer Tom Berris told reporters that Dr Orlov had never given the drug to the actor Sam Cole . He "
     "said Cole was still warm when Dr Orlov {found} him in his room .", r"Berris"),
    # A man named in a bracketed aside is not the story's "he".
    ("Health Minister Jose Ortega -LRB- pictured above with President Luis Vela last week ; Vela is the one "
     "wearing a tie -RRB- was visibly relieved by the new data . He {ranted} about germ-filled ties on Sunday .",
     r"^Vela"),
])
def test_an_unresolved_pronoun_names_no_one_else(nlp, text: str, wrong: str) -> None:
    title = headline_of(nlp, text)
    assert title and not re.search(wrong, title, re.IGNORECASE), title


@pytest.mark.parametrize(("text", "must"), [
    # What a body says it is or would do is its claim: the saying stays in the headline.
    ("India {says} it is fully equipped to deal with the disease .", "says"),
    ("The under-fire airline {said} it would not pay the claims .", "said"),
    # a denial is a claim too: the negation is never lost to a resolved "it" (TBAQ, reworded)
    ("The Houston drilling company {added} that it does n't expect any further losses from the sale .", "doesn't"),
])
def test_a_claim_about_oneself_stays_a_claim(nlp, text: str, must: str) -> None:
    assert must in headline_of(nlp, text).split()


@pytest.mark.parametrize(("text", "it", "antecedent"), [
    ("Kingsgate high school in south London shut after a pupil fell ill . It will re-open on Monday .",
     "It", "school"),
    ("The national rugby team says it has cancelled its March friendly .", "it", "team"),
    ("The march in Luton was organised by the League . It was formed in 2009 .", "It", None),
    ("Protesters packed the square . Many in the square said they spent the night there .", "they", "Many"),
])
def test_what_a_subject_pronoun_refers_to(nlp, text: str, it: str, antecedent: str | None) -> None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.text == it)
    participants = find_participants(doc)
    ref = participants.refers_to.get(pronoun.i)
    found = doc[ref].text if ref is not None else participants.by_token.get(pronoun.i)
    assert found == antecedent


@pytest.mark.parametrize(("text", "expected"), [
    # A participle describing the noun before it, parsed as the main verb: the noun is acted on.
    ("The dispute over the new tax law {ruled} unlawful by a district judge on Friday will go to the "
     "appeal court , a lawyer said .", "New tax law ruled unlawful by district judge"),
    ("Two Irish tourists {admitted} to hospital in Madrid have been confirmed as carrying the virus .",
     "Two Irish tourists admitted to hospital confirmed as carrying virus"),
    # "who" is a person: the judge, not the ruling the parse hung the clause on (EgyptianProtest_cnn)
    ("The ministry says it will appeal the ruling of a district judge in Ohio , who earlier today "
     "{threw} out the case .", "District judge throws out case"),
    # ... and the verb after it keeps that noun as its subject, not the participle's clause
    ("The dispute over the new tax law ruled unlawful by a district judge on Friday will be {settled} "
     "by the high court , said legal analyst Ann Hale .", "Dispute to be settled by high court"),
    # a relative clause between subject and verb: the parse gave the subject to the participle inside it
    ("The woman , who had been kept in isolation at home , {returned} to work on Monday .",
     "Woman returns to work"),
    # two clauses made of one: "people exposed to … have been offered" (H1N1_bbc)
    ("The Health Protection Agency confirmed two more cases . It {added} that pupils exposed to a "
     "probable or confirmed case in the past week , for more than an hour , have been given anti-viral drugs .",
     "Health Protection Agency: pupils given anti-viral drugs"),
    # The name before the brackets, not the bracket or the acronym taken for a dateline (H1N1_bbc)
    ("The World Health Organisation -LRB- WHO -RRB- {raised} its alert level on Monday .",
     "World Health Organisation raises alert level"),
])
def test_the_subject_is_the_one_the_sentence_means(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "said BBC senior political editor Nick Hart": the editor speaks, not the BBC (EgyptianProtest_cnn)
    ("The dispute will eventually be settled by the high court , {said} BBC senior political editor Nick Hart .",
     "Hart: dispute to be settled by high court"),
    # titles after the name are one speaker, not "Brown and envoy"
    ("Gordon Brown , former prime minister and United Nations envoy , {told} reporters on Friday that the "
     "talks have broken down .", "Brown: talks break down"),
    # the speaker's name before the quotation is not a name inside it (H1N1_guardian)
    ("Anna Kerr , the college 's principal , {said} : `` We are talking to the exam boards about other "
     "arrangements . ''", "Kerr: “We are talking to the exam boards about other arrangements”"),
    # people a clause describes are those people, not anonymous "Sources"
    ("People who were guarding their shops {said} they are afraid of armed looters .",
     "People afraid of armed looters"),
])
def test_the_speaker_is_named_rightly(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural verb takes the plural noun before it, not the school the parse joined to it (H1N1_guardian)
    ("Dulwich 's college , which shut after four sixth-form pupils were {diagnosed} with swine flu on "
     "Friday , said it would stay closed .", "Four sixth-form pupils diagnosed with swine flu"),
    # ... but "none of the doctors were …": the plural is part of the subject, and so is the "none"
    ("None of the nurses were {infected} .", "None of nurses infected"),
    # a fronted phrase is not the speaker; its apposition is (H1N1_guardian)
    ("South of the border , the Welsh health minister , Edwina Hart , {said} that a second probable case "
     "had emerged .", "Edwina Hart: second probable case emerges"),
    # "the president" is not the vice president who speaks of him (EgyptianProtest_cnn)
    ("President Hosni Mubarak addressed the nation . But Omar Suleiman , the vice president , has {said} "
     "firmly that the president is not going to resign .", "Suleiman: Mubarak is not going to resign"),
    # the one a subject pronoun keeps talking about stays salient (EgyptianProtest_cnn)
    ("Rachid was trade minister until President Mubarak dissolved the government . Last week , he lost his "
     "job when Mubarak fired the cabinet . Prosecutors have since {barred} him from travelling .",
     "Prosecutors bar Rachid from travelling"),
])
def test_the_parse_does_not_choose_the_subject_alone(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_a_relative_in_an_apposition_is_not_told_as_done_by_the_subject(nlp) -> None:
    # "Suleiman, the chief Mubarak picked as vice president": Mubarak picked him, not the reverse
    title = headline_of(nlp, "Suleiman , the veteran spy chief Mubarak {chose} as his deputy last week , "
                              "said talks should begin .")
    assert not title.startswith(("Suleiman chooses", "Suleiman chose")), title


@pytest.mark.parametrize(("text", "expected"), [
    # a live-blog stamp taken for the subject: the noun phrase after it is the doer (EgyptianProtest_cnn)
    ("Cairo , 9:12 p.m. ET -RRB- Bread in Alexandria is scarce because of the unrest , CNN 's Ann Hale "
     "{reports} .", "Hale: Bread scarce"),
    ("Cairo , 6:40 p.m. ET -RRB- Omar Fahmy , a student leader in Suez , {said} that the army is working "
     "with the protesters .", "Omar Fahmy: army works with protesters"),
    # "who says 'he' did it is that 'he'": the teller, not the one the sentence began with
    ("Hamdi is among the governors that President Hosni Mubarak announced he was {dismissing} on Sunday .",
     "Mubarak dismisses"),
    # a past form joined without "and" to the sentence's present verb is a participle (EgyptianProtest_cnn)
    ("The army officer {dismissed} for posting rude videos on the base says the films were approved by his "
     "superiors , a newspaper reports .", "Army officer dismissed for posting rude videos"),
])
def test_more_subjects_the_parse_misplaced(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


# Who said it. Rows in our own words after the shapes of statements in real news: "He said …" after
# a sentence whose speaker is named, a speaker named by a role, a claim before its tag.
@pytest.mark.parametrize(("text", "expected"), [
    # a second and third "He said" are the one who told the first, not the name inside what he told
    ("Defence lawyer Edward Berris told reporters that Dr Paul Hale had never handed the patient the pills . "
     "He said any pills were kept locked away . He {said} the patient was still breathing when Dr Hale "
     "reached her .", "Berris: patient breathes"),
    ("Also on Tuesday , ambulance driver Richard Grant said Dr Paul Hale did not mention the pills . "
     "He {said} the patient had looked very grey .", "Grant: patient looks grey"),
    # a speaker named by a role speaks of the one the role is for, not of a man named before
    ("Tom Reed died at his home in June . The lawyer suing Dr Peter Lane {says} he should have called an "
     "ambulance sooner .", "Lawyer: Lane should have called ambulance"),
    # a claim before its tag keeps the tag when the speaker is not known: never told as a fact
    ("The health agency and its partners are doing all they can to slow the outbreak , he {said} .",
     "The health agency and its partners are doing all they can to slow the outbreak, he said"),
    ("Schools in the area will stay closed until further notice , she {said} .",
     "Schools in the area will stay closed until further notice, she said"),
    # what was said before the tag is itself a saying that names its speaker: no second name
    ("Ann Cole said she could not tell how many pupils were being tested in the town - it is nearer ten "
     "than fifty , she {said} .", "Ann Cole said she could not tell how many pupils were being tested in the town"),
    # the last sayer counts only from the sentence before: one named since is nearer (development corpora)
    ("The girl wore a mask until she felt better , her mother Jane Hill said . They put a sign on her door , "
     "she added . The health secretary Ann Cole is speaking in Edinburgh . She {says} the family will be sent "
     "home tomorrow .", "Cole: family to be sent home tomorrow"),
    ("Lebanon 's new premier Omar Rafi said he will reach out to all parties . Russian president Boris Orlov "
     "blames weak airport security for the bombing . He {says} airport security officials should be punished .",
     "Orlov: airport security officials should be punished"),
    # "perhaps he said that to me": no tag after what was said, so no tag in the headline
    ("I went to the doctor and he said that I was ill , perhaps he {said} that to me because I go there so "
     "rarely .", "I went to the doctor and he said that I was ill"),
])
def test_a_statement_names_who_said_it(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "nth", "antecedent"), [
    # the subject of a saying goes to the last sayer, whose name is two words
    ("Edward Berris told reporters that Dr Paul Hale had never seen the pills . He said the pills were safe .",
     0, "Edward Berris"),
    # "the spokesman for Smith said he …": Smith
    ("The spokesman for Mr Smith said he was resting at home .", 0, "Smith"),
    # an unnamed man says "he" of himself: no name, neither the one in his description nor one before
    ("Tom Reed died at his home in June . The man accused of attacking Peter Lane says he is innocent .",
     0, None),
    # not a saying: the sayer before gets no preference over the usual order
    ("Sara Cole said the talks had failed . She later flew to Paris .", 0, "Sara Cole"),
])
def test_who_a_speakers_pronoun_is(nlp, text: str, nth: int, antecedent: str | None) -> None:
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ in ("he", "she")][nth]
    assert find_participants(doc).by_token.get(pronoun.i) == antecedent


@pytest.mark.parametrize("text", [
    # the one who speaks a transcript's turn is not the "he" the turn is about (EgyptianProtest_cnn)
    "TOM BAKER , CNN CORRESPONDENT : He was freed on Monday . He {said} , I did not want to be seen as a hero .",
    "BAKER : He was freed on Monday . He {said} , I did not want to be seen as a hero .",
])
def test_a_transcript_speaker_is_not_the_he_he_speaks_of(nlp, text: str) -> None:
    assert "BAKER" not in headline_of(nlp, text)


def test_an_unnamed_speaker_is_never_the_name_in_his_description(nlp) -> None:
    title = headline_of(nlp, "Tom Reed died at his home in June . The man accused of attacking Peter Lane "
                              "{says} he is innocent .")
    assert not re.search(r"(?:^|: )(?:Reed|Lane)\b|(?:Reed|Lane) (?:is )?innocent", title), title


@pytest.mark.parametrize(("text", "expected"), [
    # what the one who spoke last added: that person, unnamed, not the name inside what was said
    ("Deputy Premier Ahmed Fouad made `` useful proposals '' about the talks , the senior official said . "
     "Still , he {added} that the government should let the unions bring their own plans .",
     "Senior official: government should let unions bring own plans"),
    # the one urged to announce it is the one who will not stand, never the one who urged (EgyptianProtest_cnn)
    ("Officials said an envoy sent by the president urged President Omar Fadel to announce he would not "
     "{stand} again .", "Fadel would not stand again"),
    ("Senator John Reed said the handover after President Omar Fadel 's announcement that he will not "
     "{stand} again must begin now .", "Fadel will not stand again"),
    # the subject after a fronted clause is its "he"
    ("As he was {driven} away from the court on Sunday , Viktor Brandt was met with jeers from the crowd .",
     "Brandt driven away from court"),
])
def test_a_pronoun_subject_is_named(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a relative clause keeps the noun it describes
    "A key test that will {show} the real strength of the rallies on Friday is whether the crowds stay "
    "overnight , he said .",
    # a free relative is no subject: the source's words rather than "What happens"
    "`` That 's what {happened} in 1957 , when a new strain formed from the old virus , '' says Dr Lowe .",
])
def test_a_headline_never_opens_with_a_relative(nlp, text: str) -> None:
    title = headline_of(nlp, text)
    assert title and not re.match(r"[“\"]?(?:That will|Which|What|Who|Whose|Where)\b", title), title


@pytest.mark.parametrize(("text", "wrong"), [
    # a conjunct with the subject of the verb before it, that subject unknown: not "Was diagnosed …"
    ("He is thought to have caught the virus in Texas and was {diagnosed} on Sunday .", r"^Was\b"),
    # a quote with its own unknown teller: not the speaker of the next sentence
    ("`` This morning I have to confirm the first death of a child , '' he {told} a television channel . "
     "Speaking in Washington , President Obama said the government was doing its utmost .", r"Obama"),
])
def test_an_unknown_subject_is_not_lost_or_replaced(nlp, text: str, wrong: str) -> None:
    title = headline_of(nlp, text)
    assert title and not re.search(wrong, title), title


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted "it" nobody resolved: the speaker's words in their marks, not "It happened before"
    ("`` It 's {happened} before , in 1918 and 1957 , '' Professor Anna Kerr told the BBC .",
     "Kerr: “It's happened before, in 1918 and 1957”"),
])
def test_a_quoted_unresolved_pronoun_stays_quoted(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_a_quoted_we_keeps_its_quotation_marks(nlp) -> None:
    # "We have made history" as a headline would be the outlet's own claim
    title = headline_of(nlp, "`` We have {made} history , '' one of the demonstrators shouted .")
    assert title.startswith("“") or title.lower().startswith(("demonstrator", "one of")), title


@pytest.mark.parametrize(("text", "expected"), [
    # A relative of the story's main person keeps the full name: "Korda" alone is the singer.
    ("Singer Anna Korda died in May . Outside court , Piet Korda {punched} the air in celebration .",
     "Piet Korda punches air in celebration"),
    ("Singer Anna Korda died in May . Anna Korda had been ill . Her sister Lena Korda {said} the verdict "
     "was wonderful .", "Lena Korda: verdict wonderful"),
    # Only one Korda in the story: the surname alone.
    ("Singer Anna Korda {died} in May .", "Korda dies"),
])
def test_people_who_share_a_surname_keep_their_first_names(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A place the parse hung on the subject across the verb is the capital's name, not the man's.
    ("The 30-year-old woman was {carried} on a stretcher from the ruined school in the capital , Kingston .",
     "30-year-old woman carried on stretcher"),
    # "present" after the noun, parsed as the subject with the noun as its own subject.
    ("The nurse present at the patient 's bedside has {pleaded} not guilty to a charge of neglect .",
     "Nurse pleads not guilty to charge of neglect"),
])
def test_the_subject_is_the_noun_the_parse_misplaced(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a regnal number is no surname (bug: "XVI calls for generous response")
    ("Pope Benedict XVI has {called} for a generous response to the floods .",
     "Benedict XVI calls for generous response"),
    # an event noun after "following" is the happening itself, not "people follow the storm"
    ("Estimates of how many people died following the powerful {storm} on Friday have varied .",
     "Powerful storm"),
])
def test_names_and_nouns_the_parse_misreads(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize("trigger", ["statement", "said"])
def test_a_statement_from_someone_is_theirs(nlp, trigger: str) -> None:
    # "a statement from X said …": X said it (bug: "Statement from Sarkozy", "Statement: …")
    text = "However , a statement from President Anna Korda on Tuesday said the country was pleased with the aid ."
    assert headline_of(nlp, text.replace(f" {trigger} ", f" {{{trigger}}} ", 1)) == "Korda: country pleased with aid"


@pytest.mark.parametrize(("text", "must", "never"), [
    # a speaker's own past deed is said, never done (the journalist is unnamed: her words as they stand)
    ("A reporter for the state broadcaster says she {quit} on Monday because of intimidation .",
     r"^A reporter for the state broadcaster says she quit", r"^She quit"),
    ("Mr Harlan said he {paid} the money back last year .", r"said he paid the money back", r"^Harlan pays"),
])
def test_a_claim_is_said(nlp, text: str, must: str, never: str) -> None:
    title = headline_of(nlp, text)
    assert re.search(must, title) and not re.search(never, title), title
