"""Which happenings are timeline entries, on sentences reworded from real news pages read one by one
(Timeline17: CNN transcripts and wire stories, Guardian and BBC pages), parsed by the trained model."""

from __future__ import annotations

import pytest

from model.nlp.events.entries import is_entry
from tests.marked import marked_trigger


def _entry(nlp, text: str) -> bool:
    trigger, _plain = marked_trigger(nlp, text)
    return is_entry(trigger, trigger.sent.text)


@pytest.mark.parametrize(
    "text",
    [
        # The presenter or the writer talking, not a happening of the story.
        "HARRIS : We {got} another happy story for you this morning .",
        "I {missed} you last week .",
        "We {talked} a lot about this with our correspondent in London .",
        "I {found} it striking that everyone now looks to social media .",
        # Talk to the audience.
        "Our reporter {joins} us from the square today .",
        "And he {told} us what he saw on the bridge .",
        # Questions and page furniture.
        "Have you or your relatives been {affected} by the storm ?",
        "This comment was {removed} because the moderators found it broke the house rules .",
        # Asking a quoted question aloud.
        "`` Will there be more cases , and will they be worse ? '' Dr Anne Lowe {asked} on Monday .",
        # States, not happenings.
        "My {sense} was that this was no ordinary day .",
        "The jobless rate last year {was} 9.5 percent .",
        "Remember , the king has {ruled} for 40 years under emergency law .",
        # A noun that names no happening, whatever date sits beside it.
        "The 2008 talent show {winner} is expected to sing .",
        # A verb in the title of a film named in running text.
        "Its director made The Day The Bank {Died} , about the collapse of a New York bank .",
        # A programme's running order: presenters telling, nothing said.
        "Our correspondent Anna Berg {reports} from Oslo .",
        "The presenter {tells} the story of the city's forgotten markets through old recordings .",
        # A sentence opened by a relative comments on the one before: an opinion, no happening.
        "The ministry closed every school in the city . Which {strikes} me as a rather desperate move .",
    ],
)
def test_not_entries_page_and_states(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The embassy {issued} a warning on Thursday telling citizens to stay indoors .",
        "`` We will {meet} them on Tuesday , '' the minister said .",  # someone else's "we", quoted
        "There {were} fresh reports of the internet being cut off across the country .",
        "Police {said} there was no activity on her bank accounts .",
        "The uprising began on January 25 and the {protests} spread within days .",
        "The mayor {distanced} himself from the ceremony on Monday .",
        # Present statements stay: a figure reported, a warning, what was said.
        "Health officials {report} 40 new cases in the capital .",
        "The minister {warns} of a second wave of infections .",
        "The agency {says} cases are rising in the north .",
        "Residents {asked} for help on Monday .",
    ],
)
def test_entries(nlp, text: str) -> None:
    assert _entry(nlp, text)


# What was said is a feeling, an opinion, a timeless state, a possibility or a hypothetical: the
# saying is no happening worth an entry (reworded from Guardian, BBC and CNN pages on swine flu and
# the Egyptian uprising).
@pytest.mark.parametrize(
    "text",
    [
        # Copular evaluations.
        "A neighbour {said} the loss was a tragedy .",
        "`` It is not a pig disease , it is a human disease , '' the vet {said} .",
        "`` This is a hard day for all of us , '' the coach {said} after the game .",
        "The ambassador {said} it was a matter of pride for the country .",
        "`` It 's time to change the flag , '' the campaigners {say} .",
        # Feelings, first person or not.
        "`` I think they are coping quite badly , '' his sister {said} .",
        "Her parents {said} they were absolutely devastated .",
        "Our correspondent {says} villagers were surprised to hear the message was a fake .",
        "They {hoped} she would pull through .",
        # Timeless or generic present in what was said.
        "`` Rebuilding trust needs a quicker pace , '' the activist {said} on Twitter .",
        "`` History teaches us to take these outbreaks seriously , '' the historian {says} .",
        # Possibilities and hypotheticals.
        "The similarities with 1957 may be {unavoidable} .",
        "Rain may have {flooded} the southern valleys overnight .",
        "Some experts {argue} the toll could have been twice as high .",
        "Some experts {argue} the toll could have been as high as 50 million .",
        "Bankers at the summit are {optimistic} about hiring in 2012 .",
        "And then they {say} , `` But I 'm so proud to be a citizen because I finally get to speak out . ''",
        "If the new campaign can {prevent} even one death , it will be worth it .",
        "If the reserves were linked , tiger numbers could recover , the study {argues} .",
        "The council passed a bill that would {make} the rifle the state weapon .",
        # An opinion in an existential, and a wish inside a saying inside a saying.
        "`` There is always a chance , '' the rescuer {said} as the teams moved on .",
        "`` My mother said she wished she could fly home , '' the nurse {said} .",
        # A claim its own sentence says was taken back.
        "The food agency initially {said} its depots in the city had been looted , but this was later denied .",
        "The ministry first {reported} 40 deaths but later corrected the figure .",
    ],
)
def test_statements_that_tell_no_happening(nlp, text: str) -> None:
    assert not _entry(nlp, text)


# Statements that announce, claim or report what happened or will happen stay.
@pytest.mark.parametrize(
    "text",
    [
        "The army council {said} it would name a panel to draft changes to the constitution .",
        "A source {said} the talks could take place in March by video link .",
        "The minister {wants} to restore the military links , his adviser said on Sunday .",
        "The envoy {hoped} to visit the capital next week .",
        "The treasury chief {said} in July that she has no plans to revive the dialogue .",
        "Officials {said} the death toll was 38 .",
        "She {told} the local station that she plans to appeal the verdict .",
        "The estimated stockpile could {reach} 700 by 2027 .",
        "State television {announced} that the banks are closed tomorrow .",
        "A film crew covering the clashes {felt} the anger of the police on Friday .",
        "The president said he did not regret {meeting} the students last week .",
        "Health officials {said} the outbreak was caused by a new strain .",
        "The health agency {said} there are no confirmed cases in the country .",
        "The drug maker {said} it was prepared to release its stockpile if asked .",
        "His brother {said} he got word that the police would free him .",
        "The sick travellers seem to be recovering , the newspaper {reported} .",
        "The mayor {said} officials suspect pupils at a second school have fallen ill .",
        # What will be, announced: a release, not an evaluation.
        "The chief executive {announced} that the new player would soon be available in Europe .",
        "Officials {said} there were no plans to close the schools .",
        # A later turn of what was told is no taking back of the saying.
        "Police {said} two men were arrested , but they were later released .",
    ],
)
def test_statements_that_tell_a_happening(nlp, text: str) -> None:
    assert _entry(nlp, text)


# States and habits told as background in feature and programme pages, with no date of their own
# (reworded from BBC and Guardian feature pages and CNN reports).
@pytest.mark.parametrize(
    "text",
    [
        # Stative verbs, whatever the tense.
        "The composer 's opera was {based} on a comic strip from a local paper .",
        "The cartoonist {adored} poking fun at the rituals of the concert hall .",
        "The cartoonist loved to {see} the funny side of concert manners .",
        "The band {features} some of the boldest players around today .",
        "The new strain {contains} genes from pigs , birds and humans .",
        # Stances.
        "The chef has {taken} a calm approach to news of the closures .",
        "Many doctors {see} the vaccine as a last resort .",
        # Habits: frequency, "still" with a present, a recurring time, long spans, "whenever", "if".
        "These are questions that still {divide} scientists today .",
        "The club usually {meets} in the church hall .",
        "The festival {takes} place every summer in the old town .",
        "For years , activists {railed} against the regime .",
        "Volunteers {got} a stern talking-to whenever a rule was broken .",
        "Pupils were {sent} home if they broke the rules .",
        "Every Saturday morning my aunt {phones} me to say ` wrap up warm ' .",
        "The host {sounds} off hourly on the stories of the day .",
        "The news sites were {blocked} on a daily basis .",
        # "tend to", "used to" and "as usual" tell a habit, even beside a season.
        "The virus {tends} to spread in autumn and winter .",
        "Her father {used} to sell bread on the corner .",
        "The embassy {says} nothing , as usual .",
        # A habit in what was said.
        "Outbreaks like this have come roughly every 30 years , the historian {says} .",
    ],
)
def test_undated_states_and_habits_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # A date in the sentence makes it a happening of that day.
        "The new law {took} effect on Monday .",
        "The court {ruled} today that the ban was unlawful .",
        "The opera was {based} on a comic strip , and it opened on 12 May 2009 .",
        # Not habits: one happening in many places, a bounded span.
        "Protests {broke} out in every province after the vote .",
        "Police {detained} him for 15 hours at the airport .",
        "The army {sent} tanks into the square .",
        # What the verb says is left to the statement: who died is news.
        "Officials {said} the dead included two children .",
        "It is still much like winter flu , and there are now 23 cases in Wales , the ministry {said} .",
        # "if" as "whether": what was asked, not a condition.
        "At the airport he was {asked} if he knew the minister .",
        # a future perfect with its own date is a forecast, kept
        "By Friday the crews will have {cleared} the main road .",
    ],
)
def test_happenings_beside_states_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


# Views, advice and what is not known, in what was said or in the writer's own words (reworded from
# Guardian and BBC swine-flu pages, a BBC religion blog and CNN reports and transcripts on Egypt).
@pytest.mark.parametrize(
    "text",
    [
        # A guess at what has happened, in the future perfect, with no date of its own.
        "Many children will have been {orphaned} or are badly hurt themselves .",
        "A run of strong aftershocks will have {compounded} the damage .",
        # A figure's qualifier, told for comparison.
        "The latest tally raised the number of cases to 2,254 from 1,639 {reported} on Saturday .",
        # What something is like, described.
        "Despite the losses , the town 's response has been {characterised} by calm and resolve .",
        # A copula whose subject frames a view or advice.
        "`` The risk right now is that the movement is being split , '' an analyst {said} .",
        "`` The first step the government should take is for the minister to resign , '' she {said} .",
        "`` Our message is : stay calm , '' the head teacher {said} .",
        # Held, not done; feelings; what is not known.
        "`` This land is our land , and every family has a right to it , '' the farmer {said} .",
        "`` We do n't care any more , '' the student {told} reporters .",
        "`` Right now we do n't know enough about this strain , '' the doctor {said} .",
        "The researcher {said} : `` We have very little information about the new virus . ''",
        "But the mayor {said} there is a sense of unease in the town .",
        # Advice and generic truths.
        "A leading virologist {said} that people should not panic .",
        "The guidance also {says} schools should keep a plan for an outbreak .",
        "The correspondent {said} : `` The virus does carry a higher risk for people with asthma . ''",
        "Commentators {say} the anger appears to reflect years of hardship .",
        "The professor {said} the outbreak is n't limited to the cities .",
        # Hypotheticals.
        "`` If that proved true , it would be a great help , because we could plan ahead , '' she {says} .",
        "The airlines should have {screened} passengers at the gate .",
        "Either the press has {exaggerated} the danger or the officials are hiding something .",
        # A view held by unnamed many.
        "Some {say} the row has done more harm to the party than any split since 1990 .",
        "Some say the row has {done} more harm to the party than any split since 1990 .",
        # The writer's or the presenter's own view.
        "I think the speech he {gave} the day before yesterday was a good one .",
        "I suspect crowds will gather to cheer the singer when she {arrives} on Friday .",
        "We have , over the last twenty years , {funded} many local charities .",
        # Obligations and comparisons.
        "A great deal still has to be {done} .",
        "Ministers have to {strike} a balance between calm and alarm .",
        "The quarrel has been {likened} by many to a family feud .",
        "The scientist {refers} to the 1957 strain as the grandmother of modern flu .",
        # Feelings with their cause.
        "Church leaders have been deeply {troubled} by the party 's use of religious language .",
        "The driver 's parents {said} today they were `` utterly devastated '' as doctors tried to calm the town .",
        # Comparisons, remarks and lasting stances.
        "`` Tyrants are like old lions , '' the lawyer {said} .",
        "`` It might be a test of our patience , '' {joked} the stranded tourist .",
        "Unions have long {opposed} the ruling party on wages .",
    ],
)
def test_views_advice_and_hypotheticals_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


# Lasting states, habits in a season, names, captions and running orders (reworded from the same pages).
@pytest.mark.parametrize(
    "text",
    [
        "The general has {ruled} the province with an iron hand since 1990 .",
        "The republic {remains} one of the poorest nations in the region .",
        "Many of her admirers believe the actress was {poisoned} .",
        "Most cases {occur} in the cities in late winter .",
        "My grandmother {stays} indoors during the winter .",
        "A young engineer , {named} Omar Said , spoke to the crowd .",
        "The bishop -LRB- {pictured} -RRB- , a former teacher , has won many friends .",
        "{Update} 09:15 a.m. Crowds gathered again in the square .",
        # Advice and calls: an imperative, in the prose or in what was said.
        "{Wash} your hands often and stay at home if you feel ill .",
        "The council 's guidance {says} : `` Consider whether extra rooms will be needed for isolation . ''",
        "`` Please do n't {worry} , '' the head teacher said .",
        "Tonight , {discussing} the crisis with the foreign minister .",
    ],
)
def test_states_names_and_page_words_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


# Real happenings and statements the rules above must keep.
@pytest.mark.parametrize(
    "text",
    [
        "Residents {say} soldiers fired on the crowd .",
        "The town was {devastated} by the flood .",
        "The team found a tool kit showing that early humans must have {lived} in the desert 100,000 years ago .",
        "The envoy has yet to {speak} to her counterpart .",
        "`` We believe the ferry {sank} on Tuesday night , '' the coastguard said .",
        "Tonight , speaking in the capital , the minister {announced} new elections .",
        "The health minister {said} schools should close on Monday .",
        "Detectives believe the driver was {shot} on Tuesday night .",
        "The bridge {remained} closed on Friday .",
        "The child has {become} the first victim of the outbreak outside the capital .",
        "The agency {said} it would name a committee next week .",
        "The vaccine {arrives} in the autumn of 2010 , the firm said .",
        "The couple were {named} by the hospital on Tuesday .",
        "She {told} reporters to leave the building .",
        "The agency {urged} countries to stay alert .",
        # Denials, forecasts and care given stay.
        "The chip maker {said} the faults do n't affect ordinary users .",
        "In the letter he {said} he does not recognise the authority of the court .",
        "The bank {said} the sale should be completed within months .",
        "The firm {said} the cuts should help it save $ 200 million a year .",
        "His aunts have {cared} for him since March .",
        "`` We should not be seeing any more faults , '' the engineer {said} .",
        "When the talks failed , the general let the attack {begin} as planned on Sunday night .",
        # Findings and what is coming stay.
        "The ministry {said} that 40 soldiers had been hurt in the clashes .",
        "The agency {said} the new strain appears to be able to pass between people .",
        "Officials {say} the two drugs seem to be effective against the virus .",
        "When a vaccine {becomes} available in the autumn , nurses will be first in line .",
    ],
)
def test_real_happenings_beside_views_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


def test_readers_comments_are_no_entries(nlp) -> None:
    """What readers wrote under a page is no report, however it is worded; the page's own news above
    the thread stays."""
    doc = nlp("The army withdrew from the square on Monday . I hope they never come back !!! "
              "March 2 , 2011 at 8:01 pm | Report abuse | The embassy closed in 1979 . "
              "March 2 , 2011 at 8:15 pm | Reply")
    withdrew = next(t for t in doc if t.text == "withdrew")
    closed = next(t for t in doc if t.text == "closed")
    assert is_entry(withdrew, withdrew.sent.text)
    assert not is_entry(closed, closed.sent.text)


# Statements whose content is only a judgement, a price, a tendency or a view of unnamed people, and
# background told as a portfolio or by the calendar (reworded from Guardian, BBC and CNN pages on swine
# flu and the Egyptian uprising read for issue 13).
@pytest.mark.parametrize(
    "text",
    [
        # A judgement, whatever the tense: "would be a mistake", "is in bad taste", "is profitable".
        "Picking pensioners first would be a mistake , the doctor {said} .",
        "`` Your ruling is in shockingly bad taste , '' the lawyers {wrote} .",
        "`` Microinsurance is profitable , '' he was {quoted} as saying .",
        "`` There 's a pretty expensive food subsidy system in the country , '' the analyst {said} .",
        "Reporters {say} the country has good medical facilities ready for any outbreak .",
        # Views of unnamed people: one named example does not name who holds them.
        "Some critics , such as Ann Lee of the Green Party , {suggest} that ministers are dodging the issue .",
        "Observers {say} the region has excellent hospitals able to deal with an epidemic .",
        # A price in passing, advice with no one advised, what can be done.
        "`` That alone {cost} 90,000 rupiah , '' he said , pointing to a pan .",
        "The professor {warned} that care should be taken with such predictions .",
        "`` We can anticipate many things and that is all we can do , '' the scientist {said} .",
        # A lasting state said, a tendency, the calendar.
        "Experts {say} this strain of virus has been around for 30 years .",
        "The virus is more likely to {spread} through populations in winter .",
        "Northern countries are bracing for a surge in cases when their winter {begins} later this year .",
        "What hurts us most is the fear about what tomorrow will {bring} for our families .",
        # A teaser and a portfolio.
        "Sara {explains} what has happened and what people are doing to help .",
        "Sara explains what has {happened} and what people are doing to help .",
        "The agency has {worked} with a range of artists including Bowie , Blur and Pulp .",
        "The health correspondent {finds} out what scientists are doing to fight the virus .",
        # More judgements: graded adjectives, "impossible", calling something extreme.
        "Shutting down the whole network would be pretty much impossible now , '' the engineer {said} .",
        "`` Our customers are very keen to take precautions , '' a chemist {said} .",
        "The engineer {called} these measures extreme .",
        "`` This is one of a very small number of cases with no travel history , '' she {said} .",
        "Longtime observers of the region {say} the calm the regime bought came at the cost of poverty .",
        # Speculation with no time, advice with no one advised, what anyone can see.
        "The historian {said} the king could bow to one of the demands and lift the curfew .",
        "Technically , the neighbours could do the same thing , the engineer {said} .",
        "Extra efforts should be made to help poorer countries , which get hit hard by pandemics , he {said} .",
        "`` You can see the anger that is being shown on the streets , '' the president {said} .",
    ],
)
def test_judgements_prices_and_background_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Warnings with content, figures, decisions and accusations stay.
        "The UN has {warned} that the virus has the potential to become a pandemic .",
        "`` We can now confirm 20 new cases , '' the minister {said} .",
        "Hay {said} the vaccine would be ready in October .",
        "Health officials {say} the country has enough vaccine for everyone .",
        "Critics {say} the government ignored the warnings .",
        "The critic John Smith {says} the show was cancelled .",
        "Critics {accused} the government of hiding the figures .",
        "Sara {explains} that the school will close on Friday .",
        "The repairs {cost} the city $ 3m last year .",
        "The winter storm {began} on Monday night .",
        "The charity has {worked} with local doctors since the earthquake to vaccinate children .",
        "The musician has {performed} with the orchestra since 1990 .",
        "The minister {said} the decision would be announced on Friday .",
        "Officials {warned} that southern countries could see a leap in cases as winter arrives .",
        "A source {said} the talks could take place in January .",
        "The historian {said} the army could number 40,000 men .",
        "A sharp rise in cases may mean the outbreak has become a pandemic , the agency {says} .",
        "The UN {called} the attack a war crime .",
        "The correspondent {found} the missing boy in a shelter on Monday .",
        "`` A second wave is very likely this winter , '' the professor {said} .",
    ],
)
def test_statements_with_content_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


# Background the writer tells in the general present, exposure, a writer's or a reporter's note.
@pytest.mark.parametrize(
    "text",
    [
        "The charity {provides} clean water to two million people in the region .",
        "The virus {spreads} through coughing and sneezing .",
        "The island is prone to {hurricanes} and floods .",
        "A graduate in law , she has {written} for Vogue , the Times and the Observer .",
        "He has {reported} from Iraq , Gaza and Kabul .",
    ],
)
def test_general_present_exposure_and_bios_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Swine flu outbreak {reaches} Europe",  # a title keeps its present
        "Flu cases {close} city school Another nine cases of flu have been confirmed , officials said .",
        "The decision {comes} as infections climb in Europe .",
        "Today {marks} the 25th anniversary of the shuttle disaster .",
        "The school {reopens} on Monday .",
        "`` The army {controls} the city now , '' he said .",
        "A magnitude 6 earthquake {struck} the island on Monday .",
        "The agency has {reported} from the scene of the blast .",
        "The minister has {written} to the families of the victims .",
        "The paper has {reported} that the minister resigned .",
    ],
)
def test_titles_sequels_and_reports_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


# Explanations, expectations and moods said, and one unnamed voice (reworded from analysis pieces on
# the Arab uprisings and swine flu briefings).
@pytest.mark.parametrize(
    "text",
    [
        "But the WHO 's deputy head {said} fluctuations were to be expected .",
        "The agency {insisted} that high rates of infection were to be expected in schools .",
        "`` The fact that we have fewer new cases , even a drop , makes us optimistic , '' he {said} .",
        "The demonstrators are driven by economic frustrations , the historian {said} .",
        "Protesters are responding in large part to a widening gap between rich and poor , one expert {says} .",
    ],
)
def test_explanations_and_moods_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak was caused by a new strain , the ministry {said} on Monday .",
        "One expert {said} the army had opened fire on the crowd .",
        "Prices are expected to rise next year , the bank {said} .",
        "The minister is expected to {resign} on Monday .",
        "The analyst Ann Lee {says} the army opened fire .",
        "He {said} trade links could be restored at all levels .",
        "But some people {say} they will ignore the curfew because they cannot afford to stay home .",
        # A news service's correspondents report what they saw (reworded, BBC quake pages).
        "Most of the water handed out is being shared by local people , correspondents {say} .",
    ],
)
def test_findings_and_plans_said_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


# Rows from TBAQ newswire the rules above must keep (reworded): a happening beside what can be seen,
# the speakers' own possible step, analysts' findings, a plan after "so … that", a notice.
@pytest.mark.parametrize(
    "text",
    [
        "`` You can see a huge crater behind the hotel , and a bomb went off at the other embassy at the same "
        "time , '' he {said} .",
        "The family 's lawyers {said} they might try to argue that the father is unfit .",
        "Analysts {say} much of the firm 's losses have been in its oldest brands .",
        "The brewer is so anxious to lift sales that it soon will begin selling cans for 50 cents , trade sources "
        "{say} .",
        "In a letter , prosecutors {told} the lawyers that they could expect the fees to be seized .",
    ],
)
def test_newswire_statements_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some analysts {say} the vote will be a test of the opposition 's resolve .",
        "People who stay in the funds now could get hit again , some analysts {say} .",
    ],
)
def test_analysts_views_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


# Not happenings that were still entries on a fresh reading of the development folders (issue 13,
# item 4), reworded: habits and states said, feelings, unanswered questions, tributes, a childhood, a
# judgement graded by "completely", and a speaker left alone when the quotation split off.
@pytest.mark.parametrize(
    "text",
    [
        "`` We get false alarms all the time , '' the spokesman {said} .",
        "`` We are hoping to see the numbers fall , '' the doctor {said} .",
        "`` We do n't understand why the outbreak hit this town so hard , '' the official {said} .",
        "`` I do n't see how they can call this contained , '' the nurse {said} .",
        "`` Why did n't they close the border a month ago , '' the senator {said} .",
        "`` These are strange ways to protest , '' he {said} , referring to the charge of some 40 riders through the crowd .",
        "For 20 years the villagers {lived} in peace .",
        "The old general {kept} the town safe for three decades .",
        "`` She will be sorely missed , '' the club {said} .",
        "`` He will always be remembered as a fighter , '' his coach {said} .",
        "`` I grew up dancing to her songs , '' one admirer {said} .",
        "The columnist {writes} : `` The fuss about the vaccine is completely out of proportion to the risk . ''",
        "Dr Ann Lee {said} .",
        "The professor {explained} .",
        # An answer cut short, a title that is only an indirect question, a possibility's sequel, and a
        # past of lasting years on the adjective ("kept us safe and secure for 30 years").
        "It probably was n't , '' the captain {said} .",
        "How the plague has {shaped} the cities of Europe . ''",
        "Measles and mumps may have failed so far to {become} epidemics here , but only because parents vaccinated .",
        "The old king kept us safe and secure for 40 years , '' a supporter {said} on state radio .",
        # Tributes: what someone meant to others, what will never be forgotten, sympathy.
        "`` He meant the world to all of us , '' the drummer {said} .",
        "`` I will never forget the night she sang in our town , '' one admirer {told} the paper .",
        "`` Our thoughts and prayers are with the victims ' families , '' the governor {said} .",
        "`` We are all devastated by her death , '' her sister {told} the paper on Friday .",
        # An ordinal ranks, it is no figure: a judgement still.
        "In his column , the writer {says} the drought is a `` third plague , after the debts and the crime . ''",
    ],
)
def test_habits_feelings_questions_and_tributes_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "`` We are hoping to reopen the school on Monday , '' the head teacher {said} .",  # a plan
        "`` We have not seen any new cases , '' the doctor {said} .",  # a finding
        "Fighting {raged} for three days in the north .",  # lasted days, happened
        "He was {jailed} for ten years in 2005 .",
        "The ministry {said} the deadline would be missed .",  # no person missed: a forecast
        "When the minister {arrived} , the crowd cheered .",  # "when" without an auxiliary: no question
        "The captain {said} the crew had been at sea for 30 years together .",
        "How he escaped is unclear , but he {reached} the border on Friday .",
        "The minister {said} the money was meant for the schools .",
        "The mayor {said} the port was devastated by the storm on Tuesday .",
        "`` We have lost our homes , '' the villagers {said} .",
    ],
)
def test_plans_findings_and_spans_of_days_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


# A talk show's presenters and guests (reworded from CNN transcripts on the Egyptian uprising): their
# views in an aside, thanks to a guest, the audience as doers, a wish, praise of someone's work, and a
# speaker left with only the one they told.
@pytest.mark.parametrize(
    "text",
    [
        "The channel , I thought , {did} the country a service with its live pictures .",
        "She spoke well , but it was dull , I thought , and much too {long} .",
        "Maria Lopez , thank you so much for {coming} in this morning .",
        "After the crash , many of you {asked} the bank to stop lending money .",
        "The general {told} the state agency .",
        "And hopefully reporters who host these shows have {spent} years out in the field .",
        "Their man in the capital has {done} a remarkable job from that rooftop .",
        # A counterfactual whose modal the parse hangs on "have".
        "The regime would not have today {blocked} searches for the word if the web did not matter .",
    ],
)
def test_presenters_views_thanks_and_praise_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister {told} parliament that the army had withdrawn .",
        "Officials {thanked} the volunteers on Friday .",
        "`` I think the talks {failed} on Monday , '' the envoy said .",  # someone else's view, dated
        "Many of the protesters {returned} to the square on Sunday .",
        # Wrongly removed by the first versions of this stop's rules, read on the development folders.
        "Then they had to {move} us to another hotel , because we were staying at the Nile , I believe , Hotel a few blocks from the square .",
        "All of us were {punched} .",  # a reporter's account, not the audience
        "He {told} a colleague that he was tired and might have left his brother 's flat to get some air .",
        "Officials have {told} pupils who have just come back from the islands to stay at home for a week .",
        "Ann was {told} her blood pressure was over 200 .",
        "It was the first reported death of a reporter in the uprising , the union {said} .",
        "The minister {told} the radio station the outbreak was less severe than first thought , but people should take care .",
        "The damage was far worse than feared , the governor {said} .",
        "Bird flu could infect a third of the country , a study {says} .",
        "The keeper {says} he hopes to find the bear a mate soon .",
        "By noon , army sources were {saying} the raid was over .",  # a happening's end, no ellipsis
    ],
)
def test_reports_beside_a_presenter_s_words_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)


# States, feelings, impressions and judgements that tell no happening (issue 13, item 4; written from
# kinds read on the development folders and on a held-out sample's paraphrased faults, in my own words).
@pytest.mark.parametrize(
    "text",
    [
        # Where someone lives; how a thing was made.
        "The nurse {lived} in Oak Street near the old mill .",
        "Most of the flats were poorly {built} .",
        # An impression: how someone came across.
        "On the phone the old man {sounded} upset .",
        "The volunteers {looked} tired after the long night .",
        "The minister {seemed} calm .",
        "The town was {stunned} by the news of the closure .",
        # A past wish with no deed told.
        "Many of the tourists {wanted} to go home .",
        # A thought or a mood that comes over the writer or the reader.
        "Something {strikes} me whenever I walk past the camp .",
        "This {helped} all of us .",
        "Every home on the street has been {touched} by it .",
        "There {is} no word for what they lost .",
        # A state that lasts up to now, an open question, a judgement of conduct, praise.
        "Ever since , the village has been {cursed} , the old men say .",
        "Whether the shops will {open} on Friday is another matter .",
        "The doctors have {acted} correctly .",
        "You have {played} a great role in keeping the city calm .",
        "The reporters there have {done} a superb job in covering the siege .",
        # What used to happen; a feeling said, a cry.
        "In the past , such outbreaks have {caused} many deaths among the old .",
        "She {said} she has not felt any hostility from the crowds .",
        "`` This is the happiest day of my life , '' the student {exclaimed} .",
        # A call to the reader after "Also".
        "Also , {read} our guide to the best walks in the hills .",
    ],
)
def test_states_impressions_and_judgements_are_no_entries(nlp, text: str) -> None:
    assert not _entry(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Early farmers must have {lived} in the valley 8,000 years ago .",  # a finding, dated
        "The bridge was {built} in 1990 .",
        "The new drug {appeared} to be effective against the strain .",
        "The police {looked} into the claims .",
        "The crowd {became} angry as they heard the speech .",
        "Many residents wanted to leave but were {refused} .",
        "He {said} he wanted to resign .",
        "Ten people have {died} since .",
        "In the past week , ten people have {died} .",
        "There {have} been no deaths outside the capital .",
        "There {are} no plans to close the schools .",
        "There {is} no water and no electricity in the camp .",  # what a stricken place lacks
        "The hospital was {shaken} by the blast .",
        "The army {responded} quickly on Friday .",
        # Wrongly removed by this stop's first rules, read on the development folders: an adverb of
        # quality far from the participle, a claim "in the past" after its verb, a cry for help.
        "The health chief was {asked} about the patent , so that poor countries could make the drug more cheaply .",
        "Offshoots of the movement have been {linked} to bombings in the past .",
        "The crowd {shouted} : `` Leave now ! ''",
        # The writer's own deed with its date, in a piece told in the first person.
        "I {flew} to the capital on Monday .",
        "I was asleep when the aftershock {hit} us on Tuesday night .",
    ],
)
def test_happenings_beside_states_and_the_writer_s_deeds_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)



def test_a_presenter_s_dated_deed_in_a_transcript_is_still_talk(nlp) -> None:
    # A transcript's "I" is a presenter on air (its speaker tags tell it), not a writer telling a piece.
    text = ("BROWN : Good evening . LEE : Thanks for having me . BROWN : Tell us what you saw . "
            "LEE : It was chaos . BROWN : I {talked} to the mayor on Monday .")
    assert not _entry(nlp, text)
