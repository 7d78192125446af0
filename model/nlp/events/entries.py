"""Sentences a careful reader would not put on a timeline, whatever their verbs say.

Read one by one, the entries of real news pages that were not happenings were mostly the page
talking to its reader or a presenter talking on air: page furniture and reader calls on a page
flattened to one line (``model.text.boilerplate.boilerplate_sentence``), questions, and clauses
whose doer is the writer, the presenter or the reader ("We got another love story", "I missed you
last week", "I believe that …", "you can always comment") or who talk to the audience ("Anderson
Cooper is joining us", "he told us what he saw"). Someone else's words in quotation marks
("'We will meet on Tuesday,' Sullivan said") are statements and stay. A noun that names no happening
("the 2006 X Factor winner", "9.7 percent") is not one, whatever date sits beside it; nor is a
state: a copula ("my sense was that …"; "there were reports" tells of something and stays) or a
perfect that lasts "for 30 years".

A statement is an entry when what it tells happened or will happen (a decision, a figure, a finding,
an accusation, a plan); not when its content is the speaker's feeling, hope, opinion or a timeless
state ("the death was a tragedy, a friend said", "I think they are taking it badly", "restoring
confidence requires a faster pace", "there are 16 kinds"), a mere possibility ("the population could
triple", "snow may have blanketed the coast"), or a hypothetical ("if the campaign can prevent one
death", "a measure that would make the pistol the state firearm").

Feature and programme pages tell background in the past or the present: states ("the opera was based
on a comic strip", "the band features …", "has taken a stoic approach") and habits ("questions that
still divide musicians", "were expelled if they broke the rules", "for years, activists railed …").
They are no entries unless a date in the sentence makes them a happening of that day ("the law took
effect on Monday"); "today" beside a present, or "every Sunday", dates nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.predicates import is_event_noun
from model.nlp.sentences import sentence_of
from model.text.boilerplate import boilerplate_sentence, comment_thread_start
from model.text.doc_text import doc_text
from model.text.lexicon import (
    ANSWER_VERBS,
    DESIRE_VERBS,
    FEELING_ADJECTIVES,
    GRASP_VERBS,
    HAPPENING_COUNTS,
    IMPRESSION_SUBJECTS,
    IMPRESSION_VERBS,
    OPINION_VERBS,
    OUTCRY_VERBS,
    PERCEPTION_VERBS,
    PLAN_VERBS,
    QUALITY_ADVERBS,
    REPORTING_VERBS,
    RESIDENCE_VERBS,
    SEEMING_VERBS,
    SYMPATHY_NOUNS,
    TRIBUTE_PASSIVES,
    WEEKDAY_NAMES,
    WHOLLY_ADVERBS,
)
from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_SPEAKER_PRONOUNS = frozenset(("i", "we", "you"))
# Verbs of saying for judging what was said; answers too ("'I think they would not stand for it,' he replied").
# "was quoted as saying" frames what was said as much as "said" does.
# A cry is judged as what was said: "'This is the best day of my life,' he exclaimed".
_SAYING = REPORTING_VERBS | ANSWER_VERBS | OUTCRY_VERBS | frozenset(("quote",))
_AUDIENCE = frozenset(("us", "you"))
_SPANS = frozenset(("year", "month", "week", "day", "decade", "century", "hour", "time", "while", "ages", "generation"))
_OPEN_QUOTES = ("``", "“")
_CLOSE_QUOTES = ("''", "”")
# A state of mind, not a happening: "they hoped she would pull through", "I think we must be careful".
_FEELINGS = _words("think believe hope wish want fear worry guess suppose reckon doubt")
# Verbs of opinion whose content, told by the writer or a speaker of their own view ("I think …",
# "we suspect …"), is no happening however it is worded.
_OPINING = OPINION_VERBS
# Subjects of a copula that frame what follows as a view: "the danger is that …", "the truth is …".
_VIEW_NOUNS = _words("""danger risk fear worry concern hope problem trouble question point issue truth reality thing
    sense feeling view belief impression irony lesson advice message""")
# What one holds rather than does: "everyone has a right to this country".
_HELD = _words("right rights reason duty responsibility obligation role chance need say information idea clue")
# Verbs of lasting: with "since" a perfect tells a state up to now ("has ruled Egypt since 1981").
_DURING = _words("rule reign govern lead run serve live remain stay work dominate head chair")
_INTENTIONS = DESIRE_VERBS
# Adjectives that forecast a happening rather than judge: "a large surge was likely".
_FORECASTS = _words("likely probable due set poised imminent certain expected")
# Participles that tell how someone feels or stands, not what was done to them ("we are devastated",
# "people were surprised", "the country is well prepared").
_STATE_PARTICIPLES = _words("""devastated surprised shocked impressed disappointed delighted concerned worried
    scared frightened pleased satisfied relieved saddened upset thrilled amazed stunned prepared determined
    convinced interested confused excited encouraged unexpected unsurprised limited disturbed troubled alarmed
    angered outraged horrified appalled dismayed heartened""")
# Of those, the feelings: "by" names their cause, not a doer ("deeply disturbed by the party's
# language"; but "the town was devastated by the storm" is a happening).
_EMOTIONS = _words("""surprised shocked impressed disappointed delighted concerned worried scared frightened pleased
    satisfied relieved saddened upset thrilled amazed disturbed troubled alarmed angered outraged horrified
    appalled dismayed heartened stunned""")
_MOODS = _words("optimistic pessimistic hopeful nervous anxious proud happy sad angry confident")
# Readiness is a plan: "it was prepared to deploy the stockpile".
_READY = frozenset(("prepared", "determined", "ready", "poised"))
_POSSIBILITY = frozenset(("might", "may", "could"))
# What an estimate is made of: "less severe than first thought", "worse than expected", "than feared".
_ESTIMATES = _words("thought think expect expected fear feared believe believed estimate estimated predict predicted")
# Adverbs that tell a happening's phase after "be": "the operation was over", "the power is off".
_PHASE_ADVERBS = frozenset(("over", "off", "out", "back", "up", "down", "away", "on"))
# Pronouns of a person: what is missed or remembered of them is a tribute ("the deadline was missed" is not).
_PERSONS = frozenset(("he", "she", "they", "you", "we", "i"))
# Verbs of saying that neither warn nor announce.
_NEUTRAL_SAYING = _words("say add note suggest argue explain")
_CONDITIONS = frozenset(("if", "unless"))
_DO = frozenset(("do", "does", "did"))
# Present verbs that announce what is coming, not a timeless state: "she says she plans to appeal".
# Plans the subject announces, not a timetable's "set", "due", "scheduled" (no present verb of theirs),
# a hope (a feeling, above), "agrees" or "prepares" (a view, a habit).
_PLANS = PLAN_VERBS - _words("schedule set due hope prepare agree")
# Words of judgement: a statement whose content is only one of them is an opinion, whatever its tense
# ("it would be a mistake", "the ruling is in bad taste", "microinsurance is profitable").
_EVALUATIONS = _words("""mistake error disgrace shame scandal tragedy disaster triumph outrage travesty farce
    insult taste potential promise good bad great terrible awful wonderful excellent impressive profitable
    fantastic brilliant shocking disgraceful appalling outrageous ridiculous absurd unacceptable unfair wrong
    regrettable tragic sensible unreasonable irresponsible expensive cheap remarkable extraordinary huge impossible
    difficult wily keen""")
# Adverbs of degree: an adjective they grade is a judgement ("a pretty expensive system").
_DEGREE = _words("very pretty quite really extremely rather fairly incredibly hugely shockingly")
# Unnamed holders of a view: "observers say …" (background, not news); with "some"/"many" also critics,
# analysts and experts ("some critics suggest …"). Bare "analysts say sales fell in core brands" is a
# finding, and "critics say the government ignored the warnings" an accusation: both stay. So does
# "…, correspondents say": a news service's own reporters telling what they saw.
_VIEWERS = _words("observer commentator pundit")
_SOME_VIEWERS = _VIEWERS | _words("critic sceptic skeptic expert scientist economist analyst")
# Advice with no one advised: "care should be taken", "caution must be exercised", "special efforts
# should be made".
_CARE = _words("care caution vigilance attention effort efforts step steps")


def is_entry(predicate: Token, sentence: str) -> bool:
    """Whether the happening ``predicate`` names, in ``sentence`` (its text), is a timeline entry."""
    if boilerplate_sentence(sentence) or _in_comments(predicate):
        return False
    if _comment_on_the_last(predicate):
        return False
    if predicate.pos_ in ("NOUN", "PROPN", "NUM") and not is_event_noun(predicate):
        return False  # "the 2006 X Factor winner", "9.7 percent", "today 's globalised meat industry"
    if predicate.lemma_ == "be" and not any(c.dep_ == "expl" for c in predicate.children):
        return False  # a state: "my sense was that …", "the rate last year was 9.7 percent", "That was two years ago"
    if _lasting(predicate) or _likened(predicate):
        return False
    if _standing_state(predicate) or _impression(predicate) or _reflection(predicate) or _nothing_there(predicate):
        return False  # "she lived in Leeds", "he sounded upset", "something hits me", "there is no word for it"
    if _habit_verb(_clause_verb(predicate)):
        return False  # "it tends to spread in autumn", "he used to sell bread": a habit, whatever its time
    if not _dated(predicate) and (_state_or_habit(predicate) or (
            predicate.lemma_.lower() in REPORTING_VERBS and (contents := _contents(predicate))
            and all(_habit_verb(c) or _state_or_habit(c, lexical=False) for c in contents)
            and not any(_figure(t) and not {t.head.lemma_.lower(), t.head.head.lemma_.lower()} & _RECURRING
                        for c in contents for t in c.subtree))):
        # "the opera was based on a comic strip", "the club usually meets in the hall"; "outbreaks
        # have come every 30 years, the historian says" (but "officials said the dead included two
        # children" tells who died, and a figure said is news: "there are now 23 cases").
        return False
    if _no_happening_told(predicate) or _presenting(predicate, sentence) or _in_a_title(predicate):
        return False
    if _in_a_teaser(predicate) or _quest(predicate) or _calendar(predicate) or _career(predicate):
        return False
    if _generic_present(predicate) or _proneness(predicate):
        return False
    if _under_opinion(predicate) or _naming(predicate) or _caption_word(predicate) or _running_order(predicate):
        return False
    if _vague_view(predicate) or _alternative(predicate) or (_obligation(predicate) and not _dated(predicate)):
        return False
    if predicate.dep_ == "acl" and predicate.tag_ == "VBN" and predicate.head.pos_ == "NUM":
        return False  # "up to 2,254 from 1,639 reported on Saturday": a figure's qualifier, told for comparison
    if predicate.lemma_.lower() in _DESCRIBING:
        return False  # "the response has been characterised by patience": a description, not a happening
    if _supposed(predicate) and not _dated(predicate):
        return False  # "Many will have been orphaned": a supposition about now, not a happening told
    if _imperative(predicate) or _withdrawn_claim(predicate, sentence):
        return False  # advice or a call: "Wash your hands often"; a claim taken back: "…, but this was later denied"
    if _direct_question(predicate) or _nothing_said(predicate) or _wh_title(predicate) or _asked_aloud(predicate):
        return False
    if _aside_of_opinion(predicate) or _thanked_for(predicate) or _praised_work(predicate) or _judged_conduct(predicate):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "hopefully" for c in _own_clause(_clause_verb(predicate))):
        return False  # a wish: "hopefully people in anchor roles have spent years in the field"
    # The writer's own deed with its time, in a piece the writer tells ("I flew to Port-au-Prince on
    # Monday", "the storm hit us on Tuesday"), is a happening; the writer's "we", "I" and "you" otherwise
    # talk to the reader.
    own_deed = _writers_dated_deed(predicate)
    subject = _doer(predicate)
    if subject is not None and (subject.lower_ in _SPEAKER_PRONOUNS or _some_of_us(subject)) and not _in_quotes(subject) \
            and not (own_deed and subject.lower_ != "you"):
        return False
    # On air: "Anderson Cooper is joining us", "he told us what he saw", "A.J. has got it for you".
    audience = _clause_verb(predicate)
    listeners = {"you"} if own_deed else _AUDIENCE
    return not any(c.lower_ in listeners and c.dep_ in ("dobj", "dative", "pobj", "prep") and not _in_quotes(c)
                   for c in (*audience.children, *(g for p in audience.children if p.dep_ == "prep"
                                                    for g in p.children)))


# "…, but this was later denied", "… but later retracted the claim": what was said is no longer told.
_TAKEN_BACK = re.compile(r"\bbut\b[^.;]{0,60}?\b(?:later|since|subsequently|then)\s+(?:been\s+)?"
                         r"(?:denied|retracted|withdrawn|withdrew|corrected|dropped|revised|contradicted|disowned)\b",
                         re.IGNORECASE)


# Verbs that describe what something is like, whatever their tense.
_DESCRIBING = frozenset(("characterise", "characterize", "typify", "epitomise", "epitomize", "exemplify"))


def _supposed(predicate: Token) -> bool:
    """An epistemic future perfect: "Many will have been orphaned", "The aftershocks will have compounded
    the devastation" guess at what has happened; "By Friday the crews will have cleared the road" is dated
    and stays."""
    verb = _clause_verb(predicate)
    if verb.tag_ != "VBN":
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return "have" in aux and any(a in ("will", "'ll", "would", "'d") for a in aux)


def _withdrawn_claim(predicate: Token, sentence: str) -> bool:
    """A statement its sentence says was taken back: "The agency initially said its warehouses had been
    looted, but this was later denied". What was said is not told as news, and the headline would lose
    the denial."""
    if predicate.lemma_.lower() not in REPORTING_VERBS:
        return False
    found = _TAKEN_BACK.search(sentence)
    return found is not None and sentence.find(predicate.text) < found.start()


_TIMES_AHEAD = _words("tomorrow future year week day month")


def _calendar(predicate: Token) -> bool:
    """The calendar or the future as the doer, no happening of the story: "when their winter begins",
    "fear of what tomorrow will bring", "what the future holds"."""
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma, noun = predicate.lemma_.lower(), subject.lemma_.lower()
    if lemma in ("begin", "start", "end", "arrive", "come") and noun in _SEASONS:
        return True
    return lemma in ("bring", "hold") and noun in _TIMES_AHEAD and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in predicate.children)


# Words that make a present a happening's own sequel, not a generic one: "the decision comes as …".
_SEQUELS = _words("move decision announcement news call comment remark step visit it this that today tonight")


def _generic_present(predicate: Token) -> bool:
    """An undated simple present told by the writer in a sentence of the body: what an agency or a
    virus does in general ("the charity provides water to two million people", "the virus spreads
    through coughing"). A title keeps its present ("Swine flu outbreak reaches Europe": no full stop),
    and so does a sequel ("the decision comes as cases climb")."""
    if predicate.tag_ not in ("VBZ", "VBP") or predicate.pos_ != "VERB" or predicate.dep_ != "ROOT":
        return False
    lemma = predicate.lemma_.lower()
    if lemma in _SAYING or lemma in _PLANS or lemma in ("be", "have") or _feeling(predicate):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in predicate.children) or _dated(predicate) or _in_quotes(predicate):
        return False
    sent = sentence_of(predicate)
    last = next((t for t in reversed(sent) if not (t.is_punct and t.text in ("''", "”", '"', "'"))), None)
    if last is None or last.text != ".":
        return False  # a title, a caption, a heading
    if any(t.text[:1].isupper() and t.pos_ not in ("PROPN", "PRON") and not sent.doc[t.i - 1].is_punct
           for t in sent[1:]):
        return False  # a title run into the body: "Swine flu cases close UK school Another nine cases …"
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return not (subject is None or subject.lower_ in _SEQUELS or subject.lemma_.lower() in _SEQUELS
                or is_event_noun(subject))


# Adjectives and nouns of exposure: "the island is prone to earthquakes", "the risk of floods".
_PRONE = _words("prone vulnerable susceptible exposed")


def _proneness(predicate: Token) -> bool:
    """An event noun that only names what could happen: "the island is prone to hurricanes"."""
    if predicate.pos_ not in ("NOUN", "PROPN") or predicate.dep_ not in ("pobj", "conj"):
        return False
    token = predicate
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.lemma_.lower() in _PRONE


_RANGES = _words("range variety number host array list string series")


def _career(predicate: Token) -> bool:
    """A portfolio or a career told in the perfect, no happening: "the agency has worked with a range of
    artists including A , B and C", a writer's note "she has written for Vogue and the Times", "he has
    reported from Iraq , Gaza and Kabul" (but "has worked with doctors since the quake to vaccinate
    children", "the agency has reported from the scene")."""
    lemma = predicate.lemma_.lower()
    if lemma not in ("work", "collaborate", "perform", "write", "report", "contribute") or _dated(predicate):
        return False
    if lemma in ("write", "report", "contribute") and any(c.dep_ in ("dobj", "ccomp") for c in predicate.children):
        return False  # "has written a letter", "has reported that …"
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in predicate.children):
        return False
    if any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in predicate.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("with", "for", "alongside", "from", "to") and any(
        t.lower_ == "including" or t.lemma_.lower() in _RANGES or t.dep_ == "conj"
        for t in c.subtree) for c in predicate.children)


def _comment_on_the_last(predicate: Token) -> bool:
    """"Which strikes me as a desperate move.", "Whose mocking tone …": a sentence opened by a relative
    pronoun comments on the one before; what it says is an opinion, not a happening of its own."""
    sent = predicate.sent
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.text in ("Which", "Whose", "Whom") and first.tag_ in ("WDT", "WP", "WP$")


_COMMENTS_KEY = "chronicle.comment_thread_start"


def _in_comments(predicate: Token) -> bool:
    """In the readers' comments under the page (from the sentence that runs into the first comment
    stamp on): opinions and hearsay, dated by when a reader posted."""
    doc = predicate.doc
    if _COMMENTS_KEY not in doc.user_data:  # found once per doc; travels with it when pickled
        doc.user_data[_COMMENTS_KEY] = comment_thread_start(doc_text(doc))
    start = doc.user_data[_COMMENTS_KEY]
    return isinstance(start, int) and sentence_of(predicate).end_char > start


def _no_happening_told(predicate: Token) -> bool:
    """A statement whose content is a feeling, an opinion or a timeless state; a possibility; a
    hypothetical. Decided from the content clause of a reporting verb, else the predicate's own."""
    if _conditional(predicate):
        return True  # "if the campaign can prevent one death, …"
    if predicate.lemma_.lower() in ("call", "deem", "label", "brand") and any(
            c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.pos_ == "ADJ" for c in predicate.children):
        return True  # a judgement: "he called these measures extreme" (but "called the attack a war crime")
    if predicate.lemma_.lower() in _SAYING:
        contents = _contents(predicate)
        if contents and all(_direct_question(c) for c in contents):
            return True  # "`` Why did n't he announce it weeks ago , '' the analyst said"
        # "'She said she wished she was a magician,' she said": what the inner saying said.
        contents = [n for c in contents for n in (_contents(c) if c.lemma_.lower() in _SAYING
                                                  and _contents(c) else [c])]
        # A bare participle is no clause said but a misparse of a phrase after it ("…, he said,
        # referring to the charge of 60 mounted men"): the clause said is the other one.
        contents = [c for c in contents if not _bare_participle(c)] or contents
        if predicate.lemma_.lower() in OUTCRY_VERBS and contents and all(_imperative(c) for c in contents):
            return False  # a cry for something is a deed: "I yelled , ` Help me '", "they shouted `` Leave ! ''"
        # Every clause said must be a state: "officials suspect pupils … have fallen ill" parses
        # as two clauses, one of them a happening.
        if not contents and predicate.lemma_.lower() not in OUTCRY_VERBS and any(
                c.dep_ == "xcomp" and _imperative(c) for c in predicate.children):
            return True  # "the guidance says : `` Consider whether … ''"
        return bool(contents) and all(_state_of_mind_or_being(c, reported=True, generic=True)
                                      or (_lasting(c) and not _dated(c)) for c in contents)
    verb = _clause_verb(predicate)
    if verb.i != predicate.i and not _feeling(verb) and verb.lemma_.lower() != "be" and not any(
            c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in verb.children):
        # "did not regret meeting them": the meeting took place (but "may have failed to become
        # pandemics" is a possibility, the becoming too).
        verb = predicate
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING
    # A present verb dated by the text is no generic statement ("the school closes on Monday"):
    # the generic present is judged only where the predicate is the saying.
    return _state_of_mind_or_being(verb, reported=reported, generic=False)


def _bare_participle(verb: Token) -> bool:
    return verb.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)


def _framed_as_view(copula: Token) -> bool:
    """A copula whose subject frames what follows as a view or advice: "the danger is that …", "the
    first thing that the regime should do is …", "what we need to do is …"."""
    children = list(copula.children)
    if not any(c.dep_ in ("ccomp", "advcl", "xcomp") for c in children):
        return False
    for subject in (c for c in children if c.dep_ in ("nsubj", "csubj")):
        if subject.dep_ == "nsubj" and subject.lemma_.lower() in _VIEW_NOUNS:
            return True
        if any((t.tag_ == "MD" and t.lower_ in ("should", "must", "ought")) or (t.lemma_ == "need" and t.pos_ == "VERB")
               for t in subject.subtree):
            return True
    return False


def _under_opinion(predicate: Token) -> bool:
    """Told inside a speaker's own view: "I think his statement was good", "I suspect many will turn
    out when he visits", "the danger is that the opposition is divided". The writer's or presenter's
    view (no quotation marks) is no entry; a view quoted stays an entry when the text dates what it
    tells ("'We believe the ship sank on Tuesday,' the navy said"), and so does what others believe
    ("fans believe the singer was murdered" is no entry; "police believe he was killed on Tuesday" is)."""
    child = predicate
    for token in predicate.ancestors:
        via = child.dep_
        child = token
        if via not in ("ccomp", "acl", "relcl", "nsubj", "advcl", "xcomp", "conj", "pcomp", "pobj", "prep"):
            continue
        if token.pos_ in ("VERB", "AUX") and _feeling(token, _OPINING) and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in token.children):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in ("i", "we"):
                return not (_in_quotes(subject) and _dated(predicate))
            if via == "ccomp" and token.lemma_.lower() != "feel":
                return not _dated(predicate)  # "many fans believe the singer was murdered": a belief
        if token.lemma_ == "be" and via == "ccomp" and _framed_as_view(token):
            return not _dated(predicate)
        if via == "ccomp" and _vague_view(token):
            return True  # "some say this debate has brought the church closer to schism than in 1843"
    return False


# Quantifiers as the whole subject of a view: "some say", "many believe", "others argue".
_VAGUE = _words("some many others few most")


def _vague_view(verb: Token) -> bool:
    """A view held by unnamed many, told in the present: "some say the debate has brought the church
    closer to schism", "many believe …" (but "residents say soldiers fired on them" names who)."""
    if verb.tag_ not in ("VBZ", "VBP") or not (verb.lemma_.lower() in _SAYING or _feeling(verb, _OPINING)):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _VAGUE and not list(subject.children):
        return True
    # "some critics , such as X of Y , suggest …" (one named example does not name who holds the view);
    # "observers say …"; but "the critic Ann Lee says …" names who.
    quantified = any(c.dep_ == "det" and c.lower_ in ("some", "many") for c in subject.children)
    bare = not any(c.dep_ in ("det", "poss", "compound", "appos") for c in subject.children)
    if subject.tag_ == "NN" and subject.lemma_.lower() in _SOME_VIEWERS:
        # "…, one expert says": a single unnamed voice in the present (but "the analyst Ann Lee says").
        return not any(c.dep_ in ("compound", "appos", "poss") for c in subject.children) and any(
            c.dep_ in ("nummod", "det") and c.lower_ in ("one", "an", "a") for c in subject.children)
    return subject.tag_ == "NNS" and subject.lemma_.lower() in _SOME_VIEWERS and (
        quantified or (bare and subject.lemma_.lower() in _VIEWERS))


def _alternative(predicate: Token) -> bool:
    """One of two possibilities, neither told as what happened: "either the media has latched onto the
    story or parts of it are missing"."""
    heads = [predicate, predicate.head] if predicate.dep_ == "conj" else [predicate]
    return any(c.lower_ == "either" and c.dep_ in ("preconj", "advmod", "cc") for h in heads for c in h.children)


def _imperative(verb: Token) -> bool:
    """A bare verb with no subject heading its sentence or what was said: "Consider whether extra space
    will be needed", the leaflet says."""
    if verb.tag_ != "VB" or verb.i != _first_word(verb):
        return False
    if verb.dep_ != "ROOT" and verb.head.lemma_.lower() not in _SAYING:
        return False  # "he wants to leave", "let the offensive begin"; but "the leaflet says : `` Wash … ''"
    return verb.dep_ in ("ROOT", "ccomp", "parataxis", "xcomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") or (c.dep_ == "aux" and c.lower_ != "do")
        for c in verb.children)


_QUESTION_WORDS = frozenset(("why", "how", "where", "when"))


def _direct_question(verb: Token) -> bool:
    """A question in someone's words whose mark was lost in the quoting: "`` Why did n't he announce that
    weeks ago , '' the analyst said" asks, it tells no happening (but "when he arrived , the crowd
    cheered": no auxiliary before the subject)."""
    verb = _clause_verb(verb)
    first = min(t.i for t in verb.subtree)
    doc = verb.doc
    while first < verb.i and not doc[first].is_alpha:
        first += 1
    if doc[first].lower_ not in _QUESTION_WORDS or first + 1 >= len(doc):
        return False
    aux = doc[first + 1]
    if aux.head.i != verb.i or aux.dep_ not in ("aux", "auxpass") and not (aux.i == verb.i and aux.lemma_ == "be"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.i > aux.i


def _asked_aloud(verb: Token) -> bool:
    """"`` Will there be later disease ? '' Dr Besser asked on Monday": asking a quoted question
    tells no happening (but "asked the court to free him" and "asked for help" do)."""
    if verb.lemma_.lower() != "ask" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or c.dep_ == "prep" and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for c in verb.children):
        return False
    doc = verb.doc
    before = [t for t in doc[max(0, sentence_of(verb).start - 4) : verb.i] if not t.is_alpha and t.text != ","]
    return any(t.text == "?" for t in before[-4:])


def _aside_of_opinion(predicate: Token) -> bool:
    """The writer's or presenter's view put in an aside: "Al Jazeera , I thought , performed a service",
    "I think people were just -- their anger came to the surface" (someone's "I think" in quotation
    marks is theirs)."""
    for t in sentence_of(predicate):
        if t.i == predicate.i or t.pos_ not in ("VERB", "AUX") or not _feeling(t, _OPINING):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") and not _in_quotes(c) for c in t.children):
            continue
        if t.dep_ == "ROOT" and predicate.dep_ == "parataxis" and predicate.head.i == t.i:
            return True
        if t.dep_ == "parataxis" and not any(
                c.dep_ in _CLAUSES and c.i != predicate.i and c.i not in (a.i for a in predicate.ancestors)
                and min(x.i for x in c.subtree) < t.i < max(x.i for x in c.subtree) for c in sentence_of(predicate)):
            # (but "they moved us , because we were staying at the Safir , I believe , Hotel": the aside
            # is inside another clause, about the hotel's name)
            return True
    return False


def _thanked_for(predicate: Token) -> bool:
    """What a presenter thanks a guest for: "thank you very much for coming in this morning"."""
    return any(a.lemma_.lower() == "thank" for a in predicate.ancestors)


# What is praised of someone's work: "has done a supreme job", "have played a great role".
_WORK_DONE = _words("job work service")
_PART_PLAYED = _words("role part")


# Verbs of conduct and adverbs that judge it: "they have acted correctly", "the police behaved badly".
_CONDUCT = _words("act behave respond react handle")
_JUDGING_ADVERBS = _words("""correctly incorrectly wisely unwisely rightly wrongly responsibly irresponsibly admirably
    appropriately inappropriately badly well brilliantly superbly terribly poorly sensibly properly""")


def _judged_conduct(predicate: Token) -> bool:
    """A judgement of how someone acted, with no time: "they have acted correctly", "the staff behaved
    admirably" (but "the police responded quickly on Friday" is dated)."""
    return (predicate.lemma_.lower() in _CONDUCT and not _dated(predicate) and not any(
        c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in predicate.children)
        and any(c.dep_ == "advmod" and c.lower_ in _JUDGING_ADVERBS for c in predicate.children))


def _praised_work(predicate: Token) -> bool:
    """Praise of how someone works, no happening: "the reporter has done an extraordinary job", "the
    team has done a supreme job", "you have played a great role in saving lives" (but "played a part in
    the talks on Monday" is dated, and "did the work" is not graded)."""
    lemma = predicate.lemma_.lower()
    if lemma == "do":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _WORK_DONE
                   and (_graded(c) or (any(a.dep_ == "amod" and a.pos_ == "ADJ" for a in c.children)
                                       and not _dated(predicate)))
                   for c in predicate.children)
    return lemma == "play" and not _dated(predicate) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PART_PLAYED and _graded(c) for c in predicate.children)


# A transcript's speaker tags: "HARRIS :", "COOPER :" (the "I" of a transcript talks on air).
_SPEAKER_TAG = re.compile(r"(?:^|[.?!'\"] )[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)? :")
_FIRST_PERSON = frozenset(("i", "me", "my", "myself"))
_FIRST_PERSON_KEY = "chronicle.first_person_piece"
# A piece the writer tells: at least this share of its sentences speaks of "I", "me" or "my" outside
# quotation marks (a reader's account, an essay, a column).
_FIRST_PERSON_SHARE = 0.25


def _first_person_piece(doc: Doc) -> bool:
    """Whether the writer tells the piece in the first person: an essay, a column, a reader's account
    (not a transcript, whose "I" is a presenter talking on air)."""
    if _FIRST_PERSON_KEY not in doc.user_data:  # found once per doc; travels with it when pickled
        sentences = list(doc.sents)
        told = sum(any(t.lower_ in _FIRST_PERSON and not _in_quotes(t) for t in sent) for sent in sentences)
        transcript = len(_SPEAKER_TAG.findall(doc_text(doc))) >= 3
        doc.user_data[_FIRST_PERSON_KEY] = (not transcript and bool(sentences)
                                            and told >= _FIRST_PERSON_SHARE * len(sentences))
    return bool(doc.user_data[_FIRST_PERSON_KEY])


def _writers_dated_deed(predicate: Token) -> bool:
    """The writer's own deed, in the past with a date of its own, in a piece told in the first person:
    "I flew to Port-au-Prince on Monday", "the aftershock hit us on Tuesday night"."""
    if predicate.pos_ != "VERB" or predicate.tag_ != "VBD" or _in_quotes(predicate) or not _dated(predicate):
        return False
    if _feeling(predicate) or _feeling(predicate, _OPINING) or predicate.lemma_.lower() in _SAYING:
        return False  # "I thought on Monday …", "I told you last week": a view, a word to the reader
    return _first_person_piece(predicate.doc)


def _some_of_us(subject: Token) -> bool:
    """"Many of you": the audience as doers (but "all of us were punched" is a reporter's account)."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "you" for o in p.children)
               for p in subject.children)


def _wh_title(predicate: Token) -> bool:
    """A sentence that is only an indirect question: a feature's title or a promo ("How disease has
    shaped the planet", "why the flu spreads in winter"), no report (but "How he escaped is unclear"
    hangs "how" under its own clause)."""
    if predicate.dep_ != "ROOT":
        return False
    sent = sentence_of(predicate)
    first = next((t for t in sent if t.is_alpha), None)
    return (first is not None and first.lower_ in ("how", "why") and first.head.i == predicate.i
            and first.dep_ == "advmod" and not _direct_question(predicate))


def _nothing_said(predicate: Token) -> bool:
    """A verb of saying left with only its speaker, the words it tagged split off into the sentence
    before: "Dr Ann Lee said .", "the professor explained ." (a fragment, no statement of its own)."""
    if predicate.lemma_.lower() not in _SAYING or _contents(predicate):
        return False
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    sentence = sentence_of(predicate)
    if any(t.pos_ in ("VERB", "AUX") and t.i != predicate.i and t.dep_ not in ("aux", "auxpass") for t in sentence):
        return False  # "she told an acquaintance that she was hungry": the parse hangs what was said on the hearer
    speaker = {t.i for t in subject.subtree}
    if predicate.lemma_.lower() in ("tell", "told"):  # "Hossein Hamedani told IRNA .": the hearer only
        speaker |= {t.i for c in predicate.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    return all(t.i == predicate.i or t.i in speaker or t.is_punct
               or (t.head.i == predicate.i and t.dep_ in ("aux", "advmod", "npadvmod"))
               for t in sentence)


# Words a call to the reader may open with: "Please wash your hands", "Also , check out …".
_BEFORE_A_CALL = frozenset(("please", "do", "not", "just", "also", "and"))


def _first_word(verb: Token) -> int:
    """The first word of the verb's clause, past quotation marks and a colon."""
    first = min(t.i for t in verb.subtree)
    doc = verb.doc
    while first < verb.i and (not doc[first].is_alpha or doc[first].lower_ in _BEFORE_A_CALL):
        first += 1
    return first


def _obligation(predicate: Token) -> bool:
    """A present "has to"/"have to": what must be done, not what was ("much has to be done", "they
    have to get a serious message across"); "has yet to" tells that it has not happened."""
    verb = _clause_verb(predicate)
    return (verb.i != predicate.i and verb.lemma_.lower() == "have" and verb.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children)
            and not any(c.lower_ == "yet" for c in verb.children))


def _naming(predicate: Token) -> bool:
    """A participle that gives a name, not a happening: "the man , named Wael Ghonim , …", "a woman
    called Sara"."""
    return (predicate.lemma_.lower() in ("name", "call", "dub") and predicate.tag_ == "VBN" and predicate.dep_ == "acl"
            and not any(c.dep_ in ("agent", "auxpass", "prep") for c in predicate.children))


def _caption_word(predicate: Token) -> bool:
    """"Dr Patton -LRB- pictured -RRB-", "Update 11:46 a.m.": a caption's or a live page's word."""
    doc = predicate.doc
    before = doc[predicate.i - 1].text if predicate.i > 0 else ""
    after = doc[predicate.i + 1].text if predicate.i + 1 < len(doc) else ""
    if predicate.lower_ == "cents":
        return True  # a page's bullet, mis-encoded: "cents BA steward in isolation cents Mexico invokes …"
    if predicate.lower_ in ("pictured", "above", "below", "left", "right", "centre", "center") \
            and before in ("(", "-LRB-") and after in (")", "-RRB-"):
        return True
    if predicate.lower_ in ("pictured", "shown") and before in ("(", "-LRB-"):
        return True  # "Dr Patton (pictured above with the mayor last week; …)": the photo's, not a happening
    return predicate.lower_ == "update" and predicate.i == sentence_of(predicate).start and any(
        t.like_num or _CLOCK.match(t.text) for t in doc[predicate.i + 1 : predicate.i + 3])


_CLOCK = re.compile(r"\d{1,2}[:.]\d\d$")
_LISTING_STARTS = ("today", "tonight", "this morning", "this evening", "this week", "coming up", "also", "plus")


def _running_order(predicate: Token) -> bool:
    """A programme's running order, a gerund with no subject after its time: "Today , dissecting the
    crisis in Cairo with the Secretary of State" (but "Today , speaking in Cairo , the minister said …"
    has a subject and a verb of its own)."""
    if predicate.tag_ != "VBG" or predicate.dep_ != "ROOT" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in predicate.children):
        return False
    sent = sentence_of(predicate)
    opening = " ".join(t.lower_ for t in sent if not t.is_punct)
    return opening.startswith(_LISTING_STARTS)


def _in_a_title(predicate: Token) -> bool:
    """A capitalised verb inside a title in running text: "director of The Day That Lehman Died On
    15 September …" names a film, not a death."""
    if not predicate.text[:1].isupper() or predicate.pos_ not in ("VERB", "AUX"):
        return False
    sent = sentence_of(predicate)
    if predicate.i == sent.start:
        return False
    words = [t for t in sent if t.is_alpha]
    if sum(t.text[0].islower() for t in words) * 2 < len(words):
        return False  # a headline in title case
    neighbours = [predicate.doc[i] for i in (predicate.i - 1, predicate.i + 1) if sent.start <= i < sent.end]
    return any(t.is_alpha and t.text[0].isupper() for t in neighbours)


_OPINION_NOUNS = _words("chance hope reason need way point doubt question sense feeling mood danger risk")
_TOLD_STORIES = _words("story stories tale tales history life account")


def _presenting(predicate: Token, sentence: str) -> bool:
    """A present verb of telling with nothing said: a programme's or a book's description ("Paul
    Henley reports from Helsinki", "Giddings tells the stories of five conductors"), not a statement
    ("the WHO says cases are rising", "'We are ready,' he says")."""
    if predicate.tag_ not in ("VBZ", "VBP") or predicate.lemma_.lower() not in REPORTING_VERBS:
        return False
    if any(q in sentence for q in ('"', "``", "''", "“", "”")):
        return False
    if _contents(predicate) and all(_asked(c) for c in _contents(predicate)) and predicate.lemma_.lower() in _EXPLAINING:
        return True  # a teaser: "Leah explains what has happened and what people are doing to help"
    if _contents(predicate) or any(c.dep_ in ("parataxis", "xcomp", "advcl") for c in predicate.children):
        return False
    objects = [c for c in predicate.children if c.dep_ in ("dobj", "dative")]
    if objects:  # "tells the stories of …"; but "officials report 40 new cases" is news
        return all(o.lemma_.lower() in _TOLD_STORIES for o in objects)
    return any(c.dep_ == "prep" and c.lower_ in ("from", "on", "about") for c in predicate.children)


_EXPLAINING = _words("explain describe tell reveal report")
# A presenter's quest in a teaser: "Fergus Walsh finds out what scientists are doing", "she asks why …".
_FINDING_OUT = _words("find ask investigate examine discover")
_WH = _words("what how why whether who where when which")


def _asked(clause: Token) -> bool:
    """A clause that is an indirect question: "what has happened", "how the virus spreads"."""
    first = min(t.i for t in clause.subtree)
    return clause.doc[first].lower_ in _WH


def _quest(predicate: Token) -> bool:
    """"The correspondent finds out what UK scientists are doing to fight the virus": a teaser."""
    if predicate.tag_ != "VBZ" or predicate.lemma_.lower() not in _FINDING_OUT or _dated(predicate):
        return False
    clauses = [c for c in predicate.children if c.dep_ in ("ccomp", "advcl")]
    return bool(clauses) and all(_asked(c) for c in clauses)


def _in_a_teaser(predicate: Token) -> bool:
    """Inside what a teaser says it explains: "Leah explains what has {happened} …"."""
    token = predicate
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("ccomp", "advcl") and (_presenting(token.head, sentence_of(token).text) or _quest(token.head))


def _contents(report: Token) -> list[Token]:
    """What was said: the reporting verb's clauses ("said the death was a tragedy"), or the quotation
    it tags ("'It is across two continents,' the prime minister said", when the parse hangs "said"
    under the quotation)."""
    clauses = [c for c in report.children if c.dep_ == "ccomp"]
    if not clauses and report.dep_ in ("parataxis", "ccomp") and report.head.i != report.i:
        clauses = [report.head]
    return clauses


def _state_of_mind_or_being(verb: Token, *, reported: bool, generic: bool) -> bool:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    # The parser sometimes hangs a modal on the auxiliary after it ("would" on "have" in "China would
    # not have blocked …"): the chain's auxiliaries and negation are the verb's.
    chain = [*children, *(g for c in children if c.dep_ in ("aux", "auxpass") for g in c.children)]
    aux = [c.lower_ for c in chain if c.dep_ in ("aux", "auxpass")]
    negated = any(c.dep_ == "neg" for c in chain)
    if _feeling(verb) and not any(a in ("will", "'ll") for a in aux):
        # "they hoped she would pull through", "I think they are taking it badly"; wanting to do
        # something is an intention, news when told of a leader: "Biden wants to restore the ties".
        intention = _feeling(verb, _INTENTIONS) and any(c.dep_ == "xcomp" and c.lemma_.lower() not in PERCEPTION_VERBS
                                                        for c in children)
        if intention and verb.tag_ == "VBD" and not reported and not _dated(verb) and not any(
                c.dep_ == "conj" and c.pos_ == "VERB" for c in children):
            return True  # a past wish with no deed told: "many residents wanted to leave" (not "… but were refused")
        return not intention
    if lemma == "feel" and (any(c.dep_ in ("acomp", "ccomp") for c in children) or negated):
        return True  # "we feel betrayed", "has not felt any danger"; not "the crew felt the wrath of the police"
    if any(a in _POSSIBILITY for a in aux) and not negated and (
            "have" in aux or not (reported or any(t.like_num for t in verb.subtree))):
        # "snow may have blanketed the coast", "the toll could have been higher, historians argue";
        # a possibility someone announces is news ("a source said the talks could take place in
        # January"), and so is a projected figure ("could reach 700 warheads by 2027").
        return True
    if any(a in ("could", "might") for a in aux) and not negated and reported and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in _NEUTRAL_SAYING and not _dated(verb) and "be" not in aux \
            and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "they", "he", "she") for c in children) \
            and not any(_figure(t) for t in verb.subtree):
        # Speculation with no time: "Mubarak could bow to one of the demands , the historian said",
        # "technically the US could do the same thing , he said" (a warning stays: "officials warned
        # the region could see a leap in cases"; a hedged finding too: "the rise may mean the virus has
        # become a pandemic , the WHO says"), and an outcome announced in the passive ("he said military
        # ties could be restored at all levels"), and the speakers' own possible step ("the lawyers said
        # they might try to argue …").
        return True
    if reported and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                        for c in children):
        return True  # "if governments linked the reserves, populations could flourish, the paper argues",
        # "if it turned out to be true, that would be important, he says"
    if "have" in aux and any(a in ("should", "ought") for a in aux):
        # "they should have quarantined people": not done ("must have lived there 100,000 years ago"
        # is a finding and stays).
        return True
    if (reported and any(a in ("should", "ought") for a in aux) and "be" not in aux and not _dated(verb)
            and _advised(verb)):
        # Advice to people: "he said the public should not panic"; but "the sale should be completed
        # within months", "that should help it save $500m" and "we should not be seeing any more"
        # forecast, and "should close on Monday" is dated.
        return True
    if lemma == "cost" and not _dated(verb) and any(
            c.dep_ == "dobj" and (c.like_num or c.tag_ == "$" or any(g.like_num or g.tag_ == "$" for g in c.children))
            for c in children):
        return True  # a price, not a happening: "that pot alone cost 90,000 rupiah" (but "cost 3m last year")
    if reported and any(a in ("should", "must") for a in aux) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in _CARE for c in children):
        return True  # advice: "he warned that care should be taken with such predictions"
    if reported and any(a in ("can", "ca") for a in aux) and not _dated(verb) \
            and not any(_figure(t) for t in verb.subtree) and not any(c.dep_ == "conj" and c.pos_ == "VERB"
                                                                     for c in children):
        return True  # what can be done, not what was: "we can anticipate many things"
    if lemma == "mean" and any(c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return True  # what someone is worth to others: "she meant so much to so many people"
    if lemma in GRASP_VERBS and negated and (lemma != "see" or any(c.dep_ == "ccomp" for c in children)):
        # "we do n't know enough about this virus", "we do n't understand why it is worse here", "I do
        # n't see how they can say it is contained": what is not grasped is no happening; "we do n't
        # care" a feeling (but "the relatives have cared for him since November" is done, and "we
        # have not seen any cases" is a finding).
        return True
    if reported and _imperative(verb):
        return True  # "the advice says : `` Consider whether extra space will be needed . ''"
    if lemma in ("seem", "appear") and any(c.dep_ == "xcomp" and c.lemma_.lower() == "reflect" for c in children):
        # "the unease appears to reflect dissatisfaction"; but what seems so is often a finding: "the
        # virus appears to spread from human to human", "the drugs seem to be effective".
        return True
    if verb.pos_ == "ADJ" and verb.dep_ == "ccomp" and verb.lower_ not in _FORECASTS:
        return True  # "they say: 'But I 'm so proud …'" (the parse hangs the adjective under the saying)
    if lemma == "be" and any(c.dep_ == "xcomp" and c.lower_ == "expected" and any(
            a.dep_ == "auxpass" and a.lower_ == "be" for a in c.children) for c in children):
        return True  # nothing happened: "fluctuations were to be expected"
    if lemma == "make" and any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ"
                               and c.lower_ in _EMOTIONS | _MOODS for c in children):
        return True  # a feeling: "the drop in cases makes us optimistic"
    if reported and verb.tag_ == "VBN" and lemma in ("drive", "fuel", "motivate") and not _dated(verb) and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'re") for c in children):
        return True  # an explanation: "the protesters are driven by economic frustrations"
    if lemma == "be":
        if any(c.dep_ == "nsubj" and c.lower_ in SYMPATHY_NOUNS for c in children):
            return True  # "our thoughts and prayers are with his family"
        if all(c.dep_ in ("nsubj", "neg", "advmod", "aux", "punct", "cc") and (c.dep_ != "advmod" or not list(c.children))
               and c.lower_ not in _PHASE_ADVERBS for c in children):
            # An answer cut short, nothing told: "`` It probably was n't , '' he said" (but "the operation
            # was over", "the power is off": a happening's end).
            return True
        if any(c.dep_ == "expl" for c in children):
            # "there is always a chance", "there is no reason to panic": an opinion, not news like
            # "there are no plans to rename it", "there were fresh reports".
            return reported and any(c.dep_ == "attr" and (c.lemma_.lower() in _OPINION_NOUNS or _graded(c))
                                    for c in children)  # "there 's a pretty expensive subsidy system"
        complements = [c for c in children if c.dep_ in ("attr", "acomp", "ccomp", "oprd")]
        if _framed_as_view(verb):
            return True  # "the danger is that the opposition is divided", "the first thing they should do is …"
        if any(c.dep_ == "xcomp" and c.lower_ in _STATE_PARTICIPLES and not any(g.dep_ == "xcomp" for g in c.children)
               for c in children):
            return True  # "they were `` absolutely devastated ''" (the parse makes the participle a complement)
        if not complements and any(c.dep_ == "prep" and c.lower_ == "like" for c in children):
            return True  # a comparison: "dictators are like dinosaurs"
        if any(c.lower_ in _READY and any(g.dep_ == "xcomp" for g in c.children) for c in complements):
            return False  # "Roche said it was prepared to deploy its stockpile": a plan
        if any(c.lower_ == "likely" and any(a.lower_ in ("more", "less") for a in c.children) for c in complements) \
                and not _dated(verb):
            return True  # a tendency, no forecast: "the virus is more likely to spread in winter"
        if any(any(t.lower_ == "than" for t in c.subtree)
               and any(t.lemma_.lower() in _ESTIMATES or t.lower_ in _ESTIMATES for t in c.subtree) for c in complements):
            return False  # a finding that revises an estimate: "the outbreak was less severe than first thought"
        if _judged(verb, complements):
            return True  # "picking them first would be a mistake", "your ruling is in shockingly bad taste"
        if any(c.lower_ in _FORECASTS or (c.lower_.endswith(("ed", "en")) and c.lower_ not in _STATE_PARTICIPLES)
               for c in complements):
            return False  # "a surge was likely", "the banks are closed tomorrow": what will be
        if reported and any(a in ("will", "'ll", "would", "wo") for a in aux):
            return False  # announced: "QuickTime 7 would soon be available for Windows"
        # "the death was a tragedy", "it is time to …"; a figure stays: "the toll was 38".
        return bool(complements) and not any(_figure(t) for c in complements for t in c.subtree)
    if lemma in TRIBUTE_PASSIVES and verb.tag_ == "VBN" and "be" in aux and not _dated(verb) and not any(
            c.dep_ == "agent" for c in children) and any(c.dep_ == "nsubjpass" and c.lower_ in _PERSONS for c in children):
        return True  # a tribute: "he will be sorely missed", "she will always be remembered as a fighter"
    # A person is devastated by a loss, a town by a storm: with a personal pronoun the participle is a feeling.
    felt = any(c.dep_ == "nsubjpass" and c.lower_ in _PERSONS for c in children)
    if verb.tag_ == "VBN" and verb.lower_ in _STATE_PARTICIPLES and any(c.dep_ == "auxpass" for c in children) \
            and not any((c.dep_ == "agent" and verb.lower_ not in _EMOTIONS and not felt)
                        or (c.dep_ == "xcomp" and verb.lower_ in _READY) for c in children):
        return True  # "people were surprised", "the country is well prepared", "we are devastated by the loss"
    if "would" in aux and (lemma in ("like", "love") or "have" in aux
                           or (not reported and verb.dep_ in ("ROOT", "relcl", "conj"))):
        # "I would like to …", "would have died"; a plain "would" is a hypothetical unless it is
        # reported speech's future ("said it would appoint a committee", "got word that the
        # authorities would release him").
        return not any(c.lower_ == "later" for c in children)
    if (generic and (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and aux and not negated
                                                    and all(a in ("do", "does") for a in aux)))
            and all(a in _DO for a in aux) and lemma not in ("seem", "appear")
            and not any(c.dep_ == "ccomp" for c in children)):
        # Generic present in what was said: "restoring confidence requires a faster pace",
        # "history teaches us …"; not "she says she plans to appeal", nor "officials say it denies",
        # nor what is seen or suspected now ("the patients seem to be recovering", "officials
        # suspect the children have caught it").
        if lemma in ("have", "offer", "hold") and any(c.dep_ == "dobj" and _graded(c) for c in children):
            # "the country has good medical facilities", "these markets offer huge potential"; but "the
            # virus has the potential to become a pandemic" is a warning.
            return True
        if lemma == "have" and not any(c.dep_ == "xcomp" for c in children):
            # "she has no plans to resurrect the dialogue", "the country has 33m doses"; but "everyone
            # has a right to this country" is a view.
            return any(c.dep_ == "dobj" and c.lemma_.lower() in _HELD for c in children)
        return lemma not in _PLANS and lemma not in REPORTING_VERBS
    return False


def _graded(noun: Token) -> bool:
    """A noun its adjectives judge: "good medical facilities", "a pretty expensive system", "huge potential"
    (but "33m doses", "a new strain" describe)."""
    if any(_figure(t) for t in noun.subtree) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    return any(c.dep_ == "amod" and (c.lower_ in _EVALUATIONS or any(d.dep_ == "advmod" and d.lower_ in _DEGREE
                                                                       for d in c.children))
               for c in noun.children)


def _judged(copula: Token, complements: list[Token]) -> bool:
    """A copula whose complement is only a judgement: "would be a mistake", "is profitable", "is in bad
    taste" (but "the toll was 38", "the ban was unlawful" is a court's finding, not a word of ours)."""
    for c in complements:
        if c.lemma_.lower() in _EVALUATIONS or c.lower_ in _EVALUATIONS or _graded(c):
            return True
        if c.pos_ == "ADJ" and c.lower_ not in _FORECASTS and c.lower_ not in _READY \
                and any(d.dep_ == "advmod" and d.lower_ in _DEGREE for d in c.children):
            return True  # "our customers are very keen", "he is very wily"
    if not complements and any(c.dep_ == "advmod" and c.lower_ in WHOLLY_ADVERBS for c in copula.children) and any(
            c.dep_ == "prep" for c in copula.children):
        return True  # "the panic is completely out of proportion", "it is totally beyond belief"
    for p in (c for c in copula.children if c.dep_ == "prep" and not complements):
        if any(o.dep_ == "pobj" and (o.lemma_.lower() in _EVALUATIONS and _graded(o)) for o in p.children):
            return True  # "is in shockingly bad taste", "is of huge potential"
    return False


# Who is advised: people, not things ("the restructuring should help it").
_ADVISED = _words("""i we you they he she everyone everybody nobody people public parent parents patient patients
    child children resident residents traveller travellers citizen citizens person persons family families
    school schools country countries government governments authority authorities hospital hospitals employer
    employers council councils""")


def _advised(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in _ADVISED or subject.lemma_.lower() in _ADVISED)


def _figure(token: Token) -> bool:
    """A number that is a figure ("38", "9.7 percent"), not a year ("optimistic about 2011")."""
    if token.lower_ == "one" and any(c.lower_ == "of" for c in token.children):
        return False  # "one of a very small number of cases"
    if token.tag_ == "JJ" and token.dep_ == "amod" and token.head.lemma_.lower() not in HAPPENING_COUNTS:
        # An ordinal that ranks a thing counts nothing: "swine flu is a fourth plague" (but "the first
        # reported death", "a third of the population", "less severe than first thought").
        return False
    return token.like_num and not (token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20"))


def _feeling(verb: Token, words: frozenset[str] = _FEELINGS) -> bool:
    # The lemmatiser makes "hoped" "hop": its surface forms count too.
    word = verb.lower_
    forms = {verb.lemma_.lower(), word, word[:-1], word[:-2]}
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}  # "hoping", "wishing"
    return bool(forms & words)


def _conditional(predicate: Token) -> bool:
    """Inside an "if"/"unless" clause, or a counterfactual "would have"."""
    for token in (predicate, *predicate.ancestors):
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
            return True
        if token.dep_ == "csubj" and any(c.dep_ in ("mark", "advmod") and c.lower_ == "whether" for c in token.children):
            return True  # an open question: "whether they will open on Tuesday is another question"
    return False


def _lasting(predicate: Token) -> bool:
    """"Mubarak has ruled for 30 years", "Egyptians have seen this for quite some time", "they have
    long challenged the regime": a state that lasts up to now, not a happening (its headline would
    read "Mubarak rules"). In the past too, a verb of lasting over years: "for 30 years , we lived in
    peace", "he kept us safe for three decades" (but "fighting raged for three days", "he was jailed
    for ten years" happened)."""
    if predicate.lemma_.lower() in _DURING | {"keep"} and predicate.tag_ == "VBD" and any(
            p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() in _LONG_SPANS for o in p.children)
            and (p.head.i == predicate.i or p.head.pos_ == "ADJ") for p in predicate.subtree):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in predicate.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in predicate.children):
        return True
    if any(t.lower_ == "since" and t.i > 0 and t.doc[t.i - 1].lower_ == "ever" for t in _own_clause(predicate)) \
            and not any(_figure(t) for t in predicate.subtree):
        return True  # "ever since , they have been cursed" (but "ten have died since" counts a happening)
    if predicate.lemma_.lower() in _DURING and any(t.lower_ == "since" and t.dep_ == "prep" for t in _own_clause(predicate)):
        return True  # "Mubarak has ruled Egypt since 1981"
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() in _SPANS for o in p.children)
               for p in predicate.children)


# Verbs of having, being made of, liking and resembling: a state whatever the tense ("the opera
# features a choir", "she adored the theatre", "the menu included lamb").
_STATIVE = _words("""adore love hate loathe detest admire cherish feature include consist comprise contain own
    possess belong resemble depend exist lack deserve""")
_STATIVE_PRESENT = _words("represent divide involve mean matter")  # "he represented the family in court" is done
# Adverbs of frequency: a habit, not one happening ("the club usually meets on the green").
_HABITUAL = _words("""always often usually normally generally typically frequently regularly sometimes routinely
    habitually traditionally customarily rarely seldom invariably hourly daily weekly nightly monthly annually
    yearly""")
_LONG_SPANS = frozenset(("year", "decade", "century", "generation", "age"))
_RECURRING = _words("""time day week month year summer winter spring autumn morning afternoon evening night
    weekend season occasion visit""") | {day.lower() for day in WEEKDAY_NAMES}
# Verbs whose "if" clause is what is asked or found out, not a condition.
_WHETHER = _words("ask wonder know see check decide determine question inquire enquire test find learn tell doubt")
_STANCES = _words("approach view stance line attitude position")
_SEEING = _words("see regard view consider")
# Time words that mean "nowadays" beside a state ("the best players around today"), not a date.
_SEASONS = _words("winter summer spring autumn fall")
_NOWADAYS = frozenset(("today", "now", "nowadays", "these days", "currently", "at present", "at the moment"))


def _likened(predicate: Token) -> bool:
    """A comparison, dated or not: "the row has been likened to a civil war", "he refers to the 1918
    strain as the mother of all pandemics"."""
    lemma = predicate.lemma_.lower()
    return lemma == "liken" or (lemma == "refer" and any(c.dep_ == "prep" and c.lower_ == "as" for c in predicate.subtree))


# Where one lives: "lived in Crebar Street", "has lived here since 1997", "lives with his wife".
_DWELLING_PREPS = frozenset(("in", "at", "near", "on", "outside", "inside", "among", "with", "opposite"))
_DWELLING_ADVERBS = _words("here there abroad locally nearby overseas downstairs upstairs next")


def _standing_state(predicate: Token) -> bool:
    """Where someone lives and how a thing was made, with no time of their own: standing states ("she
    lived in Crebar Street", "the houses were poorly built"); but "he lived to see it", "they lived
    through the war", "early humans lived there 100,000 years ago" (a finding) and "the houses were
    built in 1990" tell more. "Has lived here since 1997" lasts up to now (``_lasting``)."""
    lemma = predicate.lemma_.lower()
    children = list(predicate.children)
    if lemma in RESIDENCE_VERBS and predicate.pos_ == "VERB":
        if any(c.dep_ in ("xcomp", "ccomp", "dobj", "advcl") or (c.dep_ == "conj" and c.pos_ == "VERB") for c in children) \
                or _dated(predicate):
            return False
        return any((c.dep_ == "prep" and c.lower_ in _DWELLING_PREPS) or (c.dep_ == "advmod" and c.lower_ in _DWELLING_ADVERBS)
                   for c in children)
    return (predicate.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children)
            and any(c.dep_ == "advmod" and c.lower_ in QUALITY_ADVERBS and c.i == predicate.i - 1 for c in children)
            and not any(c.dep_ == "agent" for c in children) and not _dated(predicate))


def _impression(predicate: Token) -> bool:
    """How someone or something came across, no happening: "he sounded upset", "the crowd looked
    tired", "she seemed calm" (but "the drug appears effective" is a finding, "looked set to win" a
    forecast, "felt the blast" a perception of one)."""
    verb = predicate.head if predicate.dep_ == "acomp" else predicate
    lemma = verb.lemma_.lower()
    if lemma not in IMPRESSION_VERBS | SEEMING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    adjectives = [c for c in children if c.dep_ in ("acomp", "oprd") and c.pos_ in ("ADJ", "VERB")]
    if not adjectives or any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "conj" and c.pos_ == "VERB")
                             for c in children):
        return False  # (nor "he felt ill and was taken to hospital": a deed told beside it)
    if lemma in SEEMING_VERBS:
        return all(a.lower_ in FEELING_ADJECTIVES | _EMOTIONS | _MOODS for a in adjectives)
    return not any(a.lower_ in _FORECASTS or a.lower_ in _READY for a in adjectives)


# The writer or the reader as the one a thought comes over: "it strikes me", "what hits you".
_WRITER_OR_READER = frozenset(("me", "us", "you"))


def _reflection(predicate: Token) -> bool:
    """A thought or a mood that comes over the writer or the reader, no doer but an impression, with no
    time of its own: "something hits me when I walk through the camp", "it strikes me that …", "this
    helped all of us", "every family here has been touched by it" (but "the storm hit us on Monday",
    and someone's words in quotation marks, stay)."""
    if predicate.pos_ != "VERB" or _dated(predicate) or _in_quotes(predicate):
        return False
    children = list(predicate.children)

    def writer(token: Token) -> bool:
        return token.lower_ in _WRITER_OR_READER or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("us", "you") for o in p.children)
            for p in token.children)  # "all of us"

    subject = next((c for c in children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None and (subject.dep_ == "csubj" or subject.lower_ in IMPRESSION_SUBJECTS):
        return any(c.dep_ in ("dobj", "dative") and writer(c) for c in children)
    # The passive of a present perfect: "every family here has been touched by it".
    return (predicate.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in children)
            and any(c.dep_ == "agent" and any(o.dep_ == "pobj" and o.lower_ in ("it", "this", "that") for o in c.children)
                    for c in children))


# Nouns whose absence is news: "there are no plans to …", "there is no evidence of a leak"; and what a
# stricken place lacks, a situation report ("there is no water , no food", "there's no police present").
_NEWS_OF_NOTHING = _words("""plan plans evidence sign signs trace record report reports confirmation indication news
    information comment threat danger risk water food electricity power fuel petrol gas medicine medicines aid
    help shelter money phone phones internet communication communications correspondence signal police doctor
    doctors transport transportation traffic light lights bread""")


def _nothing_there(predicate: Token) -> bool:
    """An existential of the writer's present that denies something abstract, no happening: "there is no
    word for it", "there is no end in sight" (but "there have been no deaths", "there are no plans to
    rename it", "there is no word on the crew", "there is no water" report, and so do someone's words)."""
    if predicate.lemma_ != "be" or predicate.tag_ not in ("VBZ", "VBP") or _in_quotes(predicate) or _dated(predicate):
        return False
    if not any(c.dep_ == "expl" for c in predicate.children):
        return False
    return any(c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               and not is_event_noun(c) and c.lemma_.lower() not in HAPPENING_COUNTS | _NEWS_OF_NOTHING
               and not (c.lemma_.lower() == "word" and not any(p.lower_ == "for" for p in c.children))
               for c in predicate.children)


def _habit_verb(verb: Token) -> bool:
    """"It tends to spread", "he used to sell bread"."""
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return verb.lemma_.lower() == "tend" or (verb.lower_ == "used" and verb.tag_ == "VBD")


def _state_or_habit(predicate: Token, *, lexical: bool = True) -> bool:
    """A state or a habit told as background, not a happening: a stative verb ("the opera was based
    on a comic strip", "the band features …"), a stance ("has taken a stoic approach", "many see the
    vaccine as a last resort"), a habit ("still divide scientists", "usually meets", "every summer",
    "for years, activists railed …", "were sent home if they broke the rules", "whenever …"). Without
    ``lexical``, only the habits: what the verb itself means is left to the statement's judging."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return False
    verb = _clause_verb(predicate)
    lemma = predicate.lemma_.lower()
    children = [*predicate.children, *(verb.children if verb.i != predicate.i else ())]
    present = predicate.tag_ in ("VBZ", "VBP")
    if any(t.lower_ == "usual" and t.head.lower_ == "as" for t in predicate.subtree):
        return True  # "the embassy said nothing, as usual"
    if not lexical:
        return _habitual(predicate, children)
    if lemma in _STATIVE or (present and lemma in _STATIVE_PRESENT) or verb.lemma_.lower() in _STATIVE:
        return True  # "she adored the theatre", "he loved to see the funny side"
    if lemma == "base" and predicate.tag_ == "VBN" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "in") for c in predicate.children):
        return True  # "the film is based on a true story", "the firm is based in Leeds"
    if lemma in ("remain", "stay") and any(c.dep_ in ("attr", "acomp") for c in predicate.children):
        return True  # "Haiti remains one of the poorest countries in the Americas"
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in _STANCES for c in predicate.children):
        return True  # "the chef has taken a calm approach to the news"
    if lemma in _SEEING and any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd"
                                for c in predicate.children):
        return True  # "many see the vaccine as a last resort", "he was regarded as a rebel"
    return _habitual(predicate, children)


def _habitual(predicate: Token, children: list[Token]) -> bool:
    present = predicate.tag_ in ("VBZ", "VBP")
    if present and predicate.dep_ != "advcl" and not any(c.dep_ == "aux" for c in predicate.children) and any(
            t.lemma_.lower() in _SEASONS and t.dep_ in ("pobj", "conj", "npadvmod")
            and not any(d.lower_ in ("this", "next", "last", "coming") or d.like_num for d in t.children)
            for t in _own_clause(predicate)):
        # "most outbreaks happen in late autumn", "she lives in quarantine during the winter"; not
        # "when a vaccine becomes available in the autumn, …", what is coming.
        return True
    for c in children:
        if c.dep_ == "advmod" and (c.lower_ in _HABITUAL or (c.lower_ == "still" and present)):
            return True  # "the club usually meets …", "questions that still divide scientists"
        times = [c] if c.dep_ in ("npadvmod", "tmod") else [o for o in c.children if o.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        if any(t.lemma_.lower() in _RECURRING and any(d.lower_ in ("every", "each") for d in t.subtree)
               for t in times):
            return True  # "takes place every summer", "on each visit"; not "protests in every province"
        if any(t.lower_ == "time" and any(d.lower_ == "all" for d in t.children) for t in times):
            return True  # "we have rumours all the time"
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < predicate.i and any(
                t.lower_ == "past" and all(d.dep_ == "det" for d in t.children) for t in times):
            # What used to happen, set before the verb: "in the past , second waves have caused deaths";
            # not "in the past week", nor "offshoots have been linked to attacks in the past" (a claim).
            return True
        if c.dep_ == "prep" and any(o.lemma_.lower() == "basis" and any(a.lower_ in _HABITUAL for a in o.children)
                                    for o in c.children):
            return True  # "sites were blocked on a daily basis"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                o.lemma_.lower() in _LONG_SPANS and o.tag_ == "NNS" and not any(n.dep_ == "nummod" for n in o.children)
                for o in c.children):
            return True  # "for years, activists railed against the regime"; not "for 18 days"
        if c.dep_ == "advcl" and any(m.lower_ in ("whenever", "wherever") for m in c.children if m.dep_ in ("mark", "advmod")):
            return True  # "volunteers got a talking-to whenever a rule was broken"
    if predicate.lemma_.lower() == "grow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in predicate.children):
        return True  # a childhood, years not a day: "I grew up listening to his records"
    return _past_habit_if(_clause_verb(predicate))


_CLAUSES = frozenset(("ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj", "acl"))


def _own_clause(predicate: Token) -> list[Token]:
    """The predicate's own clause: its subtree without the clauses under it (what was said, a
    relative, a conjunct)."""
    out: list[Token] = []
    stack = [predicate]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSES)
    return out


def _past_habit_if(verb: Token) -> bool:
    """A past indicative with a past "if" clause tells what used to happen: "pupils were sent home
    if they broke the rules" (a counterfactual has "would" and is no entry either)."""
    def past_indicative(token: Token) -> bool:
        aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in aux):
            return False
        return token.tag_ == "VBD" or (token.tag_ == "VBN" and any(a.lower_ in ("was", "were") for a in aux))
    if not past_indicative(verb) or verb.lemma_.lower() in _WHETHER:
        return False  # "he was asked if he knew the minister": "if" is "whether"
    return any(c.dep_ == "advcl" and past_indicative(c) and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               for c in verb.children)


def _dated(predicate: Token) -> bool:
    """Whether a date or a time in the predicate's sentence dates it ("the law took effect on Monday");
    a "today" beside a present state means nowadays, an "every Sunday" is a habit."""
    sent = sentence_of(predicate)
    start, end = sent.start_char, sent.end_char
    present = predicate.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in predicate.children)
    simple_present = predicate.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in predicate.children)
    for timex in predicate.doc._.timexes or ():
        if not (start <= timex.start < end) or timex.type not in ("DATE", "TIME") or timex.value.endswith("_REF"):
            continue
        words = timex.text.lower()
        span = predicate.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if simple_present and timex.type == "DATE" and words.removeprefix("the ").removeprefix("late ") in _SEASONS:
            continue  # "she lives in quarantine during the winter": a season with no year, a habit
        if words.startswith(("every ", "each ")) or (present and words in _NOWADAYS) or (
                span is not None and span.start > 0 and predicate.doc[span.start - 1].lower_ in ("every", "each")):
            continue  # "every Sunday afternoon my mother texts me": a habit, not a day
        return True
    return False


def _clause_verb(predicate: Token) -> Token:
    token = predicate
    while token.dep_ in ("xcomp", "acomp") and token.head.i != token.i:
        token = token.head
    return token


def _doer(predicate: Token) -> Token | None:
    """The subject of the predicate's clause, through "to"-infinitives and shared subjects."""
    token = predicate
    for _ in range(4):
        # The parser sometimes hangs the subject on the auxiliary: "We have , over the years , supported …".
        subject = next((c for c in (*token.children, *(g for a in token.children if a.dep_ in ("aux", "auxpass")
                                                      for g in a.children))
                        if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if token.dep_ not in ("xcomp", "conj", "acomp", "attr") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _in_quotes(token: Token) -> bool:
    """Inside quotation marks opened earlier in its sentence (someone else's words)."""
    sent = sentence_of(token)
    before = token.doc[sent.start : token.i].text
    opened = sum(before.count(q) for q in _OPEN_QUOTES) - sum(before.count(q) for q in _CLOSE_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1
