"""Which happenings are timeline entries, on sentences reworded from real news pages read one by one
(Timeline17: CNN transcripts and wire stories, Guardian and BBC pages), parsed by the trained model."""

from __future__ import annotations

import pytest

from model.nlp.events.entries import is_entry


def _entry(nlp, text: str) -> bool:
    start, end = text.index("{"), text.index("}")
    plain = text[:start] + text[start + 1 : end] + text[end + 1 :]
    doc = nlp(plain)
    trigger = doc.char_span(start, end - 1, alignment_mode="expand").root
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
    ],
)
def test_not_entries(nlp, text: str) -> None:
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
    ],
)
def test_entries(nlp, text: str) -> None:
    assert _entry(nlp, text)
