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
    ],
)
def test_happenings_beside_states_stay(nlp, text: str) -> None:
    assert _entry(nlp, text)
