"""Word lists of news English that several parts of the pipeline read: one list per concept.

A list lives here when more than one module needs it; a module keeps a list of its own only for
what it alone means by it. Where a user needs less or more than the base list, the difference is a
named subset below, with the reason. The lists are plain words (lemmas, lower case, unless said
otherwise): no spaCy, so ``model.text`` and ``model.timex`` can read them too.

``benchmarks/modality_sweep.py`` keeps its own cue words on purpose: a check that judged the model
with the model's own lists would find nothing.
"""

from __future__ import annotations

from collections.abc import Iterable


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


# --- Verbs of saying -------------------------------------------------------------------------------

# The verbs whose subject says something and whose clause or quotation is what was said: "said
# (that) …", "warned …", "tweeted …". Modality ("reported"), the REPORTING class, what a speaker's
# "he" is, whether a clause is someone's words, the "X: …" headline of a statement all read it.
SAYING_VERBS = words("""say tell announce report state add claim confirm deny reveal note warn insist argue
    explain write comment disclose acknowledge assert stress emphasise emphasize allege tweet concede affirm
    remark reply""")

# Verbs that say something only when they take a clause or a quotation, and are deeds or forecasts
# otherwise: "declared a curfew", "declared the law unconstitutional", "testified in his defence", "was
# admitted to hospital", "predicted an early spring". Telling them as "reported" lost those deeds (read
# on the development folders), so modality and the REPORTING class leave them out; whose words a
# clause is ("declared that …", "he testified") still reads them.
SAYING_DEEDS = words("declare testify admit predict")

# The verbs whose clause a headline gives as the speaker's statement ("X: …"): the verbs of saying and
# those deeds but "admit", whose clause is a confession in the speaker's own words ("admits he lied")
# and whose passive is a patient's ("Two people admitted to Scottish hospital").
STATEMENT_VERBS = SAYING_VERBS | (SAYING_DEEDS - {"admit"})

# Verbs that report what something shows rather than what someone said ("the data suggest …", "he
# pointed out", "described it as …"): reporting for TimeML and for modality, but no speaker's
# statement, so a headline never reads "Data: flu declining".
EVIDENCE_VERBS = words("describe indicate point suggest")

# The REPORTING class of TimeML and the "reported" modality. "told" is in it as a lemma because the
# small English model sometimes leaves "told" unlemmatised.
REPORTING_VERBS = SAYING_VERBS | EVIDENCE_VERBS | {"told"}

# Verbs that are saying only in answer or in jest ("'Not today,' he replied", "she quipped"): they
# make what they frame someone's words, but "answered the call" and "responded to the crisis" are
# deeds, so they are neither reported nor a statement's speaker by themselves.
ANSWER_VERBS = words("reply respond answer retort remark joke quip")

# Verbs a quotation may follow as what was said ("asked `` Why …", "shouted `` …"); after any other
# verb an opening quotation mark starts a sentence of its own. Only their written forms are used.
# Verbs of saying aloud: what they frame is someone's words, judged like what was said ("'This is
# the best day of my life,' he exclaimed" is a feeling said).
OUTCRY_VERBS = words("whisper shout scream yell exclaim muse")
QUOTING_VERBS = SAYING_VERBS | SAYING_DEEDS | ANSWER_VERBS | OUTCRY_VERBS | words("""ask call chant continue conclude read
    recall sing post cry""")

# Nouns of a speech given or made ("gave a speech", "in a statement").
SPEECH_NOUNS = words("statement announcement speech interview address")
# Speech nouns that are also occasions held ("held a briefing", "the keynote"): a speech for dating a
# statement, but as a headline's subject no statement of their own.
SPEECH_OCCASIONS = words("briefing conference event keynote presentation")

# --- Plans and views -------------------------------------------------------------------------------

# Verbs that make their complement a plan: "is expected to cover", "plans to visit", "is due to meet".
PLAN_VERBS = words("expect plan schedule set due intend aim seek hope prepare propose agree promise vow pledge")
# Words whose complement is not (yet) done: "is likely to strike", "wants to add", "needs to leave",
# "tried to cross".
UNREAL_GOVERNORS = PLAN_VERBS | words("likely unlikely want wish threaten try attempt need")
# Verbs of holding a view as true: "said he believed that …" tells the view as the speaker's statement.
BELIEF_VERBS = words("think believe feel reckon")
# Verbs of opinion: "I think …", "we suspect …", "I fear …": a view, not a happening. The hedged ones
# are no belief: "said he feared the virus would spread" does not state that it will.
OPINION_VERBS = BELIEF_VERBS | words("suspect guess suppose fear")

# Verbs of perceiving and coming to know: hoping "to see" or "to hear" something is a hope about what
# will happen, not an intention to act ("we are hoping to see this slow down"; but "hopes to visit").
PERCEPTION_VERBS = words("see hear watch witness notice know")
# Verbs of not grasping: negated, what they govern is no happening but the speaker's state of mind
# ("we don't understand why it is more severe here", "I don't see how they can say it is contained",
# "I will never forget the first time I heard him sing").
GRASP_VERBS = words("know understand care see forget")
# Nouns that count happenings: an ordinal before them is a figure ("the first reported death", "the
# third case"), before any other noun a rank ("a fourth plague", "the first time").
HAPPENING_COUNTS = words("""death deaths case cases fatality fatalities casualty casualties victim victims
    infection infections killing killings""")
# Nouns of sympathy: "our thoughts and prayers are with his family" is a formula of feeling.
SYMPATHY_NOUNS = words("thought thoughts prayer prayers heart hearts sympathy sympathies condolence condolences")
# Passives of remembering and missing said of a person: a tribute, no happening ("he will be sorely
# missed", "she will always be remembered as a fighter").
TRIBUTE_PASSIVES = words("miss remember")
# Adverbs of wholeness that grade a state into a judgement: "the panic is completely out of proportion".
WHOLLY_ADVERBS = words("completely totally utterly entirely absolutely wholly")

# --- States and feelings -----------------------------------------------------------------------

# Verbs of dwelling: where someone lives is a standing state, not a happening ("she lived in Crebar
# Street", "I have lived here since 1997").
RESIDENCE_VERBS = words("live reside dwell")
# Verbs of an impression, with an adjective: "he sounded upset", "the crowd looked tired". "seem" and
# "appear" often tell a finding ("the drug appears effective"): with them only a feeling counts.
IMPRESSION_VERBS = words("sound look feel smell taste")
SEEMING_VERBS = words("seem appear")
# Adjectives of feeling and mood: "seemed calm", "was emotional".
FEELING_ADJECTIVES = words("""upset emotional calm tired exhausted weary relaxed happy sad angry nervous anxious
    scared afraid frightened worried confident hopeful proud relieved shocked stunned surprised pleased
    disappointed defiant cheerful excited glad sorry lonely bored unhappy tense""")
# Verbs of wanting: a past "wanted to leave", "hoped to see", with no deed told, is a wish.
DESIRE_VERBS = words("want wish hope long yearn")
# Adverbs of quality that make a passive a standing state, just before it: "the houses were poorly
# built" (but "was asked … to make it more cheaply" is a happening).
QUALITY_ADVERBS = words("poorly badly shoddily solidly sturdily flimsily")
# Subjects that are no doer but a thought or a mood, with the writer or the reader as the object:
# "something hits me", "it strikes me", "this helped all of us".
IMPRESSION_SUBJECTS = words("it this that what something everything nothing which")

# --- Negation --------------------------------------------------------------------------------------

# Subjects that deny the happening: "no one was hurt", "none of the claims was verified", "nothing
# was found". "No-one" is split by the tokenizer into "No", "-", "one"; "noone" is a common typo.
NEGATIVE_SUBJECTS = words("none nobody nothing neither no no-one noone")
NEGATIVE_ADVERBS = words("never not n't no")
# Verbs whose complement did not happen: "failed to name", "refused to sign", "was unable to attend".
FAIL_VERBS = words("fail refuse decline neglect unable")

# Conjunctions whose clause is a condition or an open question, not a happening: "if he resigns",
# "unless talks resume", "whether the vaccine works".
CONDITIONS = words("if unless whether")
# Adverbs that make a clause a possibility, not a fact: "maybe the virus mutated in pigs", "it possibly
# reached Britain". The headline keeps the word; the modality is hypothetical.
POSSIBILITY_ADVERBS = words("maybe perhaps possibly conceivably")

# --- Light verbs -----------------------------------------------------------------------------------

# Verbs whose object is the happening itself: "gave a speech", "held talks", "filed a lawsuit", "won the
# election": the noun takes the verb's time and participants.
LIGHT_VERBS = words("give make hold file extend take deliver host stage conduct bring launch settle lose win")

# --- Quantifiers -----------------------------------------------------------------------------------

# Quantifiers that stand for a plural subject: "some say", "many were hurt".
PLURAL_QUANTIFIERS = words("some many few several both others most all")

# --- Nouns -----------------------------------------------------------------------------------------

# Nouns a relative clause follows with no relative word and no gap: "on the day Mubarak stepped down",
# "the way he spoke", "the reason they left". The clause is no object of the noun, and the name after
# the noun starts no new sentence.
GAP_FREE_NOUNS = words("""day days time times moment year years week weeks month months night morning afternoon
    evening hour hours minute minutes weekend date period era decade way reason place extent point""")

# --- Calendar --------------------------------------------------------------------------------------

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
# In Python's order (``date.weekday()``: Monday is 0).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Month names and the abbreviations news wires use ("Sept.", "Nov"), lower case, to the month's number.
MONTHS: dict[str, int] = {
    **{name.lower(): n for n, name in enumerate(MONTH_NAMES, 1)},
    **{name.lower()[:3]: n for n, name in enumerate(MONTH_NAMES, 1) if name != "May"},
    "sept": 9,
}


# --- Written forms of verbs ------------------------------------------------------------------------

# Forms no rule below makes: past, past participle (gerunds and third persons are all regular here).
_IRREGULAR = {
    "say": ("said", "said"), "tell": ("told", "told"), "write": ("wrote", "written"), "read": ("read", "read"),
    "sing": ("sang", "sung"), "speak": ("spoke", "spoken"), "tweet": ("tweeted", "tweeted"),
}
# Verbs that double their last consonant before -ed/-ing ("admitted", "regretting").
_DOUBLING = words("admit commit submit regret plan stop quip")
_SIBILANT_ENDS = ("s", "sh", "ch", "x", "z", "o")


def verb_forms(lemma: str) -> frozenset[str]:
    """The written forms of a verb: "say", "says", "said", "saying"; "reply", "replies", "replied"."""
    if lemma.endswith(_SIBILANT_ENDS):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _IRREGULAR:
        past, participle = _IRREGULAR[lemma]
    elif lemma.endswith("e"):
        past = participle = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = participle = lemma[:-1] + "ied"
    elif lemma in _DOUBLING:
        past = participle = lemma + lemma[-1] + "ed"
    else:
        past = participle = lemma + "ed"
    if lemma.endswith("ie"):
        gerund = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        gerund = lemma[:-1] + "ing"
    elif lemma in _DOUBLING:
        gerund = lemma + lemma[-1] + "ing"
    else:
        gerund = lemma + "ing"
    return frozenset((lemma, third, past, participle, gerund))


def all_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Every written form of every verb in ``lemmas``."""
    return frozenset(form for lemma in lemmas for form in verb_forms(lemma))


# The written forms of the verbs a quotation may follow ("said `` We …", "adding `` …").
QUOTING_FORMS = all_forms(QUOTING_VERBS)
