"""Page furniture among a one-line page's sentences, read one by one (rows reworded from Timeline17
pages: BBC, CNN and Guardian pages flattened to one line)."""

from __future__ import annotations

import pytest

from model.text.boilerplate import boilerplate_sentence, comment_thread_start


@pytest.mark.parametrize(
    "sentence",
    [
        "This comment was removed because the moderators decided it broke the house rules .",
        "Has your family been affected by the floods ?",  # a call to readers
        "Will the new measures work , or should others be tried ?",  # a question tells no happening
        "And I asked him `` Are you the man from the contest ? ''",
        "Send us your thoughts through our Twitter page .",
        "Of course , you can always comment on this blog post .",
        "cents This article was amended on Monday 4 May 2009 .",
        "See CNN.com 's full coverage of the crisis .",
        "This is the 12th case , and it airs Monday at 8 p.m. ET on HLN .",
        "Cairo , 5:12 a.m. ET -RRB-",  # a live blog's update stamp split off its bracket
        "March 3 , 2011 02:10 am at 2:10 am | March 3 , 2011 07:40 am at 7:40 am | Two held after raid",
        "By the CNN Wire Staff Protesters gather again in the square",
        "By Jane Marsh March 4 , 2011 : 3:15 PM ET",
        "Our reporters Ann Lee and Sam Roy contributed to this report",
        "It is the ninth case , and it will air on HLN at 8 p.m. ET .",
        "CNN.com Live has the latest from the Senate and around the world today .",
        "The mayor on flood defences Link to this audio",
        "At 9:12 am on 18 Jun 2009 , carefulmum wrote : Keep the schools open .",
        "CNN welcomes a lively and courteous discussion as long as you follow the Rules of Conduct .",
        "YES | NO The minister resigned in March .",  # a reader poll's buttons run into a line
        "Ann Lee | 18:00 UK time , Monday , 4 May 2009",  # a blog post's byline and stamp
        "Pilot lands on motorway A selection of the best pictures from around the world Crowds cheer the team",
        "The ten most read stories on our site this week , according to our counter .",
        # Calls to the reader, print notes, teasers and author notes.
        "Click on the pictures below to see this month 's best and worst moments .",
        "Sign up now to get our morning briefing sent to your inbox .",
        "Listen here to the poet reading from her new collection .",
        "A version appeared on p12 of the Comment section of the paper on Friday 5 June 2009",
        "The new phones will ship with a bigger screen MORE Mar 2 , 2011 7:05 AM ET",
        "A graduate of Leeds University , Ms Hart has written for several national magazines .",
        # Programme listings and link lists.
        "Listen to Farm Week , BBC Radio 4 2030 BST , Monday 8 June 2009 , repeated 1500 , Saturday .",
        "The Big Debate , BBC One , 9pm .",
        "The breakfast show is broadcast live from 6am on weekdays .",
        "Related stories Quake survivors pulled from rubble",
        "Related Internet links",
        # A page's own stamp.
        "4 March 2011 Last updated at 10:12 GMT Help",
        "Page last updated at 18:05 GMT , Friday , 5 February 2010",
        "9 May 2011 Last updated at 11:20 GMT Help Printable version",
        "Last updated at 16:02 GMT Share this page",
        # A byline with its role, the comment form, the site's own notes, a reader shouting.
        "By Mia Ortiz , staff reporterMarch 3 , 2011 : 4:40 PM",
        "-LRB- required , but will not be displayed",
        "Call the switchboard : This article was published on guardian.co.uk at 10.01 BST",
        "THE PEOPLE WHO PAY FOR THIS WAR NEVER GET A SAY IN IT !",
        "Two new cases in Leeds Link to video : Health officials release a film on washing hands",
        "9:00 am ET - Remembering the mine disaster -",
        "so t m t c ch g t gao , ''",  # text whose accents were lost
        "Protesters greet the troops Editor 's note : This article is being updated constantly .",
        # A wire story's edit note, another site's links with their ages, and video captions.
        "-LRB- Updates with new figures ; adds byline -RRB- LIMA",
        "Other sites Storm hits coast ; thousands flee - 3 hrs ago Daily News Floods close roads - 9 hrs ago",
        "The BBC is not responsible for the content of external internet sites",
        "These shoppers spoke to the BBC outside the new mall",
        "Anna Reyes describes the scene at the flooded station",
        # Broadcast notes beside a clip, a blog's comment link, a repost button, a host's welcome.
        "BBC clip shown on 3 March 2009 .",
        "This film was first broadcast on BBC Two on Sunday night .",
        "The report was aired on Sky News .",
        "Watch the full interview with the health minister .",
        "posted on Friday , 12 June 2009 | comment on this post Hi all .",
        "March 2 , 2011 RETWEET Coffee with the mayor .",
        "From next week please welcome our new columnist .",
    ],
)
def test_page_furniture_and_questions(sentence: str) -> None:
    assert boilerplate_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said there was no activity on her bank accounts or phone .",
        "Rebels joined the opposition group on Friday .",
        "The flight took off from Newquay on Wednesday and landed in Haiti on Thursday afternoon .",
        "By Monday the army had cleared the square .",  # "By" and a date, but no byline
        "The embassy told citizens that the airport would stay open , '' a spokesman said .",
        "The senator contributed to the relief fund on Monday .",
        "The broadcaster said the latest figures showed a rise in cases .",
        "The final airs on Sunday with a new host .",
        "Rescuers had to click through hundreds of records before they found his name .",
        "He asked for more help on Feb 9 , 2011 , the court heard .",
        "She signed up for the army in 1990 and has written two books since .",
        "The president said in a statement that was broadcast live in both countries that the day was historic .",
        "The minister told BBC Radio 4 's Today programme that the leaflets would arrive this week .",
        "Her speech was repeated on the evening news .",
        "The register was last updated at 9pm , when the minister resigned .",
        "The WHO and the CDC said on Tuesday that NATO troops had arrived .",  # acronyms are no shouting
        "US : One death , 403 confirmed cases",
        "The paper was first published on Monday in London .",
        "10:20 am ET - The president opens the summit - He speaks before the delegates in Geneva .",
        "He is in it to do so , he said .",
        "Mr Bao is in a hospital in Chengdu .",
        "The protests were one of the most popular topics on Twitter that day .",
        "Voters said that , of all the candidates , she was the most popular .",
        "The mayor spoke to the BBC on Monday about the floods .",
        "The minister describes the situation as grave .",
        "Police said the station adds two more trains from Monday .",
        # A broadcast that is itself news, and watching that is a deed.
        "The footage was shown on state television on Tuesday .",
        "The film was screened on Saturday at the festival .",
        "Crowds watched the speech on a giant screen in the square .",
    ],
)
def test_report_sentences_are_kept(sentence: str) -> None:
    assert not boilerplate_sentence(sentence)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # CNN: each comment runs into its stamp; the thread starts at the first stamp.
        ("Troops left the square . I hope they stay away !!! March 2 , 2011 at 8:01 pm | Report abuse | "
         "Nobody believes him . March 2 , 2011 at 8:15 pm | Reply", 51),
        # Guardian and BBC blogs: the stamp opens the comment.
        ("The minister resigned . At 9:12 am on 18 Jun 2009 , carefulmum wrote : Keep the schools open . "
         "At 9:40 am on 18 Jun 2009 , dadof3 wrote : Close them .", 24),
        # One stamp alone may be a post the page quotes: no thread.
        ("The minister resigned . At 9:12 am on 18 Jun 2009 , carefulmum wrote : Keep the schools open .", None),
        ("Protests began on January 25 , 2011 at noon in Cairo .", None),
        # A readers' debate page: the question put to readers, then the note that closes the debate and
        # what they sent in (their views, sign-offs).
        ("Is the flu scare overdone ? The agency says cases are falling . This debate is now closed . "
         "The media have blown it up . Ann Lee , Leeds , UK", 64),
        ("Cases rose again . A selection of your comments appear below . I stay at home .", 19),
        ("Cases rose . We will aim to publish as many of your views as we can . It is all hype .", 13),
        ("The singer died . Here are some of your tributes . He was the best .", 18),
        # A learners' page: the task set, the note that closes it, and the sentences readers sent in.
        ("Send me a sentence with the idiom . This topic has now closed . Yesterday I won a prize .", 36),
        # A page of what readers sent in, each item signed off: it starts at the first item.
        ("Here are the best lines of the week . `` He could not decide whether to pass or shoot . '' A commentator "
         "on a striker . -LRB- Tom B , Leeds -RRB- . `` Bring your boots . '' A manager on his injuries . "
         "-LRB- Sam , Hull -RRB- . `` I only started watching last year . '' A player on tennis . (Ann Roe, York) .",
         38),
        # Two bracketed asides of a name and a place are no readers' page.
        ("The senator -LRB- Smith , Ohio -RRB- and his rival -LRB- Jones , Iowa -RRB- met on Monday .", None),
        # CNN stamps with the clock twice.
        ("Troops left . Hi ! March 3 , 2011 06:30 am at 6:30 am | Wow . March 3 , 2011 06:41 am at 6:41 am | x", 19),
    ],
)
def test_comment_thread_start(text: str, start: int | None) -> None:
    assert comment_thread_start(text) == start
