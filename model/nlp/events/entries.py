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

from typing import TYPE_CHECKING

from model.nlp.events.modality import REPORTING_VERBS
from model.nlp.events.predicates import is_event_noun
from model.nlp.sentences import sentence_of
from model.text.boilerplate import boilerplate_sentence

if TYPE_CHECKING:
    from spacy.tokens import Token



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPEAKER_PRONOUNS = frozenset(("i", "we", "you"))
_AUDIENCE = frozenset(("us", "you"))
_SPANS = frozenset(("year", "month", "week", "day", "decade", "century", "hour", "time", "while", "ages", "generation"))
_OPEN_QUOTES = ("``", "“")
_CLOSE_QUOTES = ("''", "”")
# A state of mind, not a happening: "they hoped she would pull through", "I think we must be careful".
_FEELINGS = _words("think believe hope wish want fear worry guess suppose reckon doubt")
_INTENTIONS = _words("hope wish want")
# Adjectives that forecast a happening rather than judge: "a large surge was likely".
_FORECASTS = _words("likely probable due set poised imminent certain expected")
# Participles that tell how someone feels or stands, not what was done to them ("we are devastated",
# "people were surprised", "the country is well prepared").
_STATE_PARTICIPLES = _words("""devastated surprised shocked impressed disappointed delighted concerned worried
    scared frightened pleased satisfied relieved saddened upset thrilled amazed stunned prepared determined
    convinced interested confused excited encouraged unexpected unsurprised""")
# Readiness is a plan: "it was prepared to deploy the stockpile".
_READY = frozenset(("prepared", "determined", "ready", "poised"))
_POSSIBILITY = frozenset(("might", "may", "could"))
_CONDITIONS = frozenset(("if", "unless"))
_DO = frozenset(("do", "does", "did"))
# Present verbs that announce what is coming, not a timeless state: "she says she plans to appeal".
_PLANS = _words("plan intend expect aim seek propose promise vow pledge")


def is_entry(predicate: Token, sentence: str) -> bool:
    """Whether the happening ``predicate`` names, in ``sentence`` (its text), is a timeline entry."""
    if boilerplate_sentence(sentence):
        return False
    if _comment_on_the_last(predicate):
        return False
    if predicate.pos_ in ("NOUN", "PROPN", "NUM") and not is_event_noun(predicate):
        return False  # "the 2006 X Factor winner", "9.7 percent", "today 's globalised meat industry"
    if predicate.lemma_ == "be" and not any(c.dep_ == "expl" for c in predicate.children):
        return False  # a state: "my sense was that …", "the rate last year was 9.7 percent", "That was two years ago"
    if _lasting(predicate):
        return False
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
    subject = _doer(predicate)
    if subject is not None and subject.lower_ in _SPEAKER_PRONOUNS and not _in_quotes(subject):
        return False
    # On air: "Anderson Cooper is joining us", "he told us what he saw", "A.J. has got it for you".
    audience = _clause_verb(predicate)
    return not any(c.lower_ in _AUDIENCE and c.dep_ in ("dobj", "dative", "pobj", "prep") and not _in_quotes(c)
                   for c in (*audience.children, *(g for p in audience.children if p.dep_ == "prep"
                                                    for g in p.children)))


def _comment_on_the_last(predicate: Token) -> bool:
    """"Which strikes me as a desperate move.", "Whose mocking tone …": a sentence opened by a relative
    pronoun comments on the one before; what it says is an opinion, not a happening of its own."""
    sent = predicate.sent
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.text in ("Which", "Whose", "Whom") and first.tag_ in ("WDT", "WP", "WP$")


def _no_happening_told(predicate: Token) -> bool:
    """A statement whose content is a feeling, an opinion or a timeless state; a possibility; a
    hypothetical. Decided from the content clause of a reporting verb, else the predicate's own."""
    if _conditional(predicate):
        return True  # "if the campaign can prevent one death, …"
    if predicate.lemma_.lower() in REPORTING_VERBS:
        contents = _contents(predicate)
        # "'She said she wished she was a magician,' she said": what the inner saying said.
        contents = [n for c in contents for n in (_contents(c) if c.lemma_.lower() in REPORTING_VERBS
                                                  and _contents(c) else [c])]
        # Every clause said must be a state: "officials suspect pupils … have fallen ill" parses
        # as two clauses, one of them a happening.
        return bool(contents) and all(_state_of_mind_or_being(c, reported=True, generic=True) for c in contents)
    verb = _clause_verb(predicate)
    if verb.i != predicate.i and not _feeling(verb) and verb.lemma_.lower() != "be":
        verb = predicate  # "did not regret meeting them": the meeting took place
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
    # A present verb dated by the text is no generic statement ("the school closes on Monday"):
    # the generic present is judged only where the predicate is the saying.
    return _state_of_mind_or_being(verb, reported=reported, generic=False)


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


_OPINION_NOUNS = _words("chance hope reason need way point doubt question")
_TOLD_STORIES = _words("story stories tale tales history life account")


def _presenting(predicate: Token, sentence: str) -> bool:
    """A present verb of telling with nothing said: a programme's or a book's description ("Paul
    Henley reports from Helsinki", "Giddings tells the stories of five conductors"), not a statement
    ("the WHO says cases are rising", "'We are ready,' he says")."""
    if predicate.tag_ not in ("VBZ", "VBP") or predicate.lemma_.lower() not in REPORTING_VERBS:
        return False
    if any(q in sentence for q in ('"', "``", "''", "“", "”")):
        return False
    if _contents(predicate) or any(c.dep_ in ("parataxis", "xcomp", "advcl") for c in predicate.children):
        return False
    objects = [c for c in predicate.children if c.dep_ in ("dobj", "dative")]
    if objects:  # "tells the stories of …"; but "officials report 40 new cases" is news
        return all(o.lemma_.lower() in _TOLD_STORIES for o in objects)
    return any(c.dep_ == "prep" and c.lower_ in ("from", "on", "about") for c in predicate.children)


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
    aux = [c.lower_ for c in children if c.dep_ in ("aux", "auxpass")]
    negated = any(c.dep_ == "neg" for c in children)
    if _feeling(verb) and not any(a in ("will", "'ll") for a in aux):
        # "they hoped she would pull through", "I think they are taking it badly"; wanting to do
        # something is an intention, news when told of a leader: "Biden wants to restore the ties".
        return not (_feeling(verb, _INTENTIONS) and any(c.dep_ == "xcomp" for c in children))
    if lemma == "feel" and any(c.dep_ in ("acomp", "ccomp") for c in children):
        return True  # "we feel betrayed"; not "the crew felt the wrath of the police"
    if any(a in _POSSIBILITY for a in aux) and not negated and (
            "have" in aux or not (reported or any(t.like_num for t in verb.subtree))):
        # "snow may have blanketed the coast", "the toll could have been higher, historians argue";
        # a possibility someone announces is news ("a source said the talks could take place in
        # January"), and so is a projected figure ("could reach 700 warheads by 2027").
        return True
    if verb.pos_ == "ADJ" and verb.dep_ == "ccomp" and verb.lower_ not in _FORECASTS:
        return True  # "they say: 'But I 'm so proud …'" (the parse hangs the adjective under the saying)
    if lemma == "be":
        if any(c.dep_ == "expl" for c in children):
            # "there is always a chance", "there is no reason to panic": an opinion, not news like
            # "there are no plans to rename it", "there were fresh reports".
            return reported and any(c.dep_ == "attr" and c.lemma_.lower() in _OPINION_NOUNS for c in children)
        complements = [c for c in children if c.dep_ in ("attr", "acomp", "ccomp", "oprd")]
        if any(c.lower_ in _READY and any(g.dep_ == "xcomp" for g in c.children) for c in complements):
            return False  # "Roche said it was prepared to deploy its stockpile": a plan
        if any(c.lower_ in _FORECASTS or (c.lower_.endswith(("ed", "en")) and c.lower_ not in _STATE_PARTICIPLES)
               for c in complements):
            return False  # "a surge was likely", "the banks are closed tomorrow": what will be
        if reported and any(a in ("will", "'ll", "would", "wo") for a in aux):
            return False  # announced: "QuickTime 7 would soon be available for Windows"
        # "the death was a tragedy", "it is time to …"; a figure stays: "the toll was 38".
        return bool(complements) and not any(_figure(t) for c in complements for t in c.subtree)
    if verb.tag_ == "VBN" and verb.lower_ in _STATE_PARTICIPLES and any(c.dep_ == "auxpass" for c in children) \
            and not any(c.dep_ == "agent" or (c.dep_ == "xcomp" and verb.lower_ in _READY) for c in children):
        return True  # "people were surprised", "the country is well prepared"; not "prepared to deploy"
    if reported and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                        for c in children):
        return True  # "if governments linked the reserves, populations could flourish, the paper argues"
    if "would" in aux and (lemma in ("like", "love") or "have" in aux
                           or (not reported and verb.dep_ in ("ROOT", "relcl", "conj"))):
        # "I would like to …", "would have died"; a plain "would" is a hypothetical unless it is
        # reported speech's future ("said it would appoint a committee", "got word that the
        # authorities would release him").
        return not any(c.lower_ == "later" for c in children)
    if (generic and verb.tag_ in ("VBZ", "VBP") and all(a in _DO for a in aux) and lemma not in ("seem", "appear")
            and not any(c.dep_ == "ccomp" for c in children)):
        # Generic present in what was said: "restoring confidence requires a faster pace",
        # "history teaches us …"; not "she says she plans to appeal", nor "officials say it denies",
        # nor what is seen or suspected now ("the patients seem to be recovering", "officials
        # suspect the children have caught it").
        if lemma == "have" and not any(c.dep_ == "xcomp" for c in children):
            return False  # "she has no plans to resurrect the dialogue", "the country has 33m doses"
        return lemma not in _PLANS and lemma not in REPORTING_VERBS
    return False


def _figure(token: Token) -> bool:
    """A number that is a figure ("38", "9.7 percent"), not a year ("optimistic about 2011")."""
    return token.like_num and not (token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20"))


def _feeling(verb: Token, words: frozenset[str] = _FEELINGS) -> bool:
    # The lemmatiser makes "hoped" "hop": its surface forms count too.
    word = verb.lower_
    return bool({verb.lemma_.lower(), word, word[:-1], word[:-2]} & words)


def _conditional(predicate: Token) -> bool:
    """Inside an "if"/"unless" clause, or a counterfactual "would have"."""
    for token in (predicate, *predicate.ancestors):
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
            return True
    return False


def _lasting(predicate: Token) -> bool:
    """"Mubarak has ruled for 30 years", "Egyptians have seen this for quite some time": a state
    that lasts up to now, not a happening (its headline would read "Mubarak rules")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in predicate.children):
        return False
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
    weekend season occasion visit monday tuesday wednesday thursday friday saturday sunday""")
# Verbs whose "if" clause is what is asked or found out, not a condition.
_WHETHER = _words("ask wonder know see check decide determine question inquire enquire test find learn tell doubt")
_STANCES = _words("approach view stance line attitude position")
_SEEING = _words("see regard view consider")
# Time words that mean "nowadays" beside a state ("the best players around today"), not a date.
_NOWADAYS = frozenset(("today", "now", "nowadays", "these days", "currently", "at present", "at the moment"))


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
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in _STANCES for c in predicate.children):
        return True  # "the chef has taken a calm approach to the news"
    if lemma in _SEEING and any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd"
                                for c in predicate.children):
        return True  # "many see the vaccine as a last resort", "he was regarded as a rebel"
    return _habitual(predicate, children)


def _habitual(predicate: Token, children: list[Token]) -> bool:
    present = predicate.tag_ in ("VBZ", "VBP")
    for c in children:
        if c.dep_ == "advmod" and (c.lower_ in _HABITUAL or (c.lower_ == "still" and present)):
            return True  # "the club usually meets …", "questions that still divide scientists"
        times = [c] if c.dep_ in ("npadvmod", "tmod") else [o for o in c.children if o.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        if any(t.lemma_.lower() in _RECURRING and any(d.lower_ in ("every", "each") for d in t.subtree)
               for t in times):
            return True  # "takes place every summer", "on each visit"; not "protests in every province"
        if c.dep_ == "prep" and any(o.lemma_.lower() == "basis" and any(a.lower_ in _HABITUAL for a in o.children)
                                    for o in c.children):
            return True  # "sites were blocked on a daily basis"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                o.lemma_.lower() in _LONG_SPANS and o.tag_ == "NNS" and not any(n.dep_ == "nummod" for n in o.children)
                for o in c.children):
            return True  # "for years, activists railed against the regime"; not "for 18 days"
        if c.dep_ == "advcl" and any(m.lower_ in ("whenever", "wherever") for m in c.children if m.dep_ in ("mark", "advmod")):
            return True  # "volunteers got a talking-to whenever a rule was broken"
    return _past_habit_if(_clause_verb(predicate))


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
    for timex in predicate.doc._.timexes or ():
        if not (start <= timex.start < end) or timex.type not in ("DATE", "TIME") or timex.value.endswith("_REF"):
            continue
        words = timex.text.lower()
        span = predicate.doc.char_span(timex.start, timex.end, alignment_mode="expand")
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
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
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
