"""Within-article coreference over the parse: pronouns and definite descriptions to participants.

No trained coreference model is available offline (``coreferee`` ships no English weights), so
this resolves what a headline needs with rules a sub-editor would apply:

- "he/him/his" and "she/her" go to the most recently named person of a compatible gender (from
  honorifics, common first names and the pronouns already resolved to that person), not the
  subject of the same clause for an object pronoun ("Biden told him");
- "they/them/their" go to the most recent organisation or people named (NORP), or to the most
  recent plural noun subject ("rebels … they");
- "its" goes to a company named as a subject just before, and the subject "it" of what an
  organisation says to that organisation ("Amnesty said it has documented …", "the team says it has
  cancelled …"), never when "it" is expletive ("it is easier to …");
- a subject "it" that opens a sentence goes to the main subject of the sentence before when that is
  one organisation ("The school shut … . It will re-open …"); when the subject before is anything
  else ("The protest was organised by the League … . It was formed …"), it stays unresolved;
- the subject "they" of what a group says is that group ("Many in the square said they spent the
  night there"), unless the saying has a plural listener who could be meant just as well ("told the
  schools that they did not have to …"); inside a quotation "they" only takes an antecedent quoted
  with it (the speaker would say "we" of the speaker's own side);
- "the company", "the country", "the president", "the Chinese leader" go to the most recent
  participant of that kind, titles matched against the words named people were introduced with.

Named antecedents are written into ``Participants.by_token``; unnamed ones (a plural noun
subject) into ``Participants.refers_to`` as the antecedent's head token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from model.text.lexicon import PLURAL_QUANTIFIERS, SAYING_DEEDS, SAYING_VERBS
from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Participants(Protocol):
    """What coreference reads and writes of ``model.nlp.events.participants.Participants``
    (a protocol: participants calls this module, so importing it back would be a cycle)."""

    by_token: dict[int, str]
    labels: dict[str, str]
    refers_to: dict[int, int]


_MALE = _words("he him his")
_FEMALE = _words("she her hers")
_PLURAL = _words("they them their theirs")
_NEUTER = _words("it its")
_GENDERED = _MALE | _FEMALE
_MALE_HONORIFICS = _words("mr mr. sir lord king prince father brother cardinal pope archbishop sheikh ayatollah imam")
_FEMALE_HONORIFICS = _words("mrs mrs. ms ms. miss dame lady queen princess madam sister")
# Common first names: enough to tell "Janet Yellen" from "Jake Sullivan" without a model.
_MALE_NAMES = _words("""
    joe john james robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald
    timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
    benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam
    henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
    gerald carl terry sean austin arthur lawrence jesse dylan bryan jordan billy bruce albert willie
    gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
    johnny jake lloyd barack bill hosni mahmoud muammar moammar omar ali ahmed mohamed mohammed
    muhammad hamid nicolas vladimir dmitry boris tony gordon silvio angela steve tim hu xi wen
    jiang mubarak osama saddam yasser ariel benjamin ehud shimon kofi ban gaddafi kim jong yitzhak
    ehud binyamin bashar hafez recep tayyip emmanuel francois jacques gerhard helmut jean pierre
""")
_FEMALE_NAMES = _words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
    rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
    samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
    virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
    andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
    doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
    brittany natalie isabella charlotte rose alexis kayla hillary condoleezza nancy madeleine
    theresa benazir indira golda yulia julia kamala
""")
FIRST_NAMES = _MALE_NAMES | _FEMALE_NAMES
_ORG_NOUNS = _words("""
    company firm group bank carmaker automaker airline insurer giant conglomerate retailer maker
    manufacturer corporation agency organisation organization club network newspaper broadcaster
""")
TITLE_NOUNS = _words("""
    president minister secretary spokesman spokeswoman spokesperson leader chancellor premier
    chairman chairwoman chair governor senator ambassador envoy general admiral commander king queen
    prince pope mayor judge adviser advisor director executive ceo chief officer prosecutor
    lawyer attorney coach manager founder diplomat official instructor analyst researcher fellow
    professor
""")
# Bodies a sentence names without a name ("the school", "the team"): what a subject "it" may be.
_BODY_NOUNS = _ORG_NOUNS | _words("""
    school team council ministry government party league office committee commission union authority
    administration embassy university college court board department brotherhood army military navy
    regime service hospital charity federation association institute alliance coalition cabinet
    parliament congress senate channel website body movement campaign consortium operator leadership
""")
# Words before a name that make it a person's whatever the entity tagger said ("Cardinal Norbeto Rivera"
# tagged a place): honorifics and offices that only people hold.
_PERSON_TITLES = _MALE_HONORIFICS | _FEMALE_HONORIFICS | _words("dr dr. president senator governor rev rev. reverend")
_LESSER_TITLES = _words("vice deputy former acting assistant")
_LEADER_TITLES = _words("president premier prime chancellor king queen leader chairman")
_REACH = 3  # sentences back to look for an antecedent
# Whose words a clause is: "admitted he lied", "testified that …" are the speaker's too.
_SAYING = SAYING_VERBS | SAYING_DEEDS
_MALE_NOUNS = _words("man boy father husband son brother spokesman chairman king prince uncle nephew businessman")
_FEMALE_NOUNS = _words("""woman girl mother wife daughter sister spokeswoman chairwoman queen princess aunt niece
    policewoman businesswoman actress""")
_SAYING_NOUNS = _words("announcement statement claim promise pledge insistence assurance")
_COLLECTIVES = _words("family police crowd team staff public audience couple")
_PERSON_NOUNS = _words("""man woman boy girl person teenager youth mother father wife husband son daughter
    friend neighbour neighbor witness victim suspect survivor resident protester demonstrator activist student
    driver passenger patient pupil worker soldier journalist reporter blogger member pilot nurse teacher farmer
    tourist traveller traveler guest prisoner detainee inmate employee child baby infant kid adult orphan""")
# Those who speak for or about another: "the lawyer for Smith said he …" is Smith.
_ROLE_NOUNS = _words("""lawyer attorney solicitor barrister counsel spokesman spokeswoman spokesperson
    representative agent prosecutor doctor physician surgeon""")


@dataclass
class _Person:
    gender: str = ""  # "m", "f" or "" when unknown
    titles: set[str] = field(default_factory=set)  # "president", "chinese", "defence" …


@dataclass
class _Mention:
    token: int
    sentence: int
    name: str | None  # canonical participant, or None for an unnamed noun phrase
    label: str  # PERSON, ORG, GPE, NORP, or NOUN for an unnamed plural subject
    subject: bool
    main: bool = False  # subject of the sentence's main verb ("Har-Shefi said she …")
    sayer: bool = False  # subject of a verb of saying outside quotes ("Chernoff told the AP that …")
    quoted: bool = False  # named inside quotation marks (a page's title "We are all Khaled Said")


def _bracketed(doc: Doc) -> set[int]:
    """The tokens inside round brackets (``-LRB-``/``-RRB-`` in tokenised text)."""
    from spacy.attrs import ORTH  # the token ids as an array: no Token object made per word

    strings = doc.vocab.strings
    opening = {strings.add("("), strings.add("-LRB-")}
    closing = {strings.add(")"), strings.add("-RRB-")}
    inside: set[int] = set()
    depth = 0
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth in opening:
            depth += 1
        elif orth in closing:
            depth = max(0, depth - 1)
        elif depth:
            inside.add(i)
    return inside


def _is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")


def _expletive(token: Token) -> bool:
    """"It is easier to …", "it seems that …": an "it" that refers to nothing."""
    head = token.head
    if token.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return False
    if token.dep_ == "expl":
        return True
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > token.i for c in head.children) and head.lemma_ in (
        "be", "seem", "appear", "become", "remain", "take", "make"
    )


def _person_info(doc: Doc, result: Participants) -> dict[str, _Person]:
    """Gender and the titles each named person is introduced with ("Chinese President Xi")."""
    people: dict[str, _Person] = {}
    for token in doc:
        name = result.by_token.get(token.i)
        if name is None or result.labels.get(name) != "PERSON":
            continue
        info = people.setdefault(name, _Person())
        first = name.split()[0].lower()
        if not info.gender:
            info.gender = "m" if first in _MALE_NAMES else "f" if first in _FEMALE_NAMES else ""
        if token.i > 0 and result.by_token.get(token.i - 1) == name:
            continue  # only the first token of a mention looks left
        j = token.i - 1
        while j >= 0 and j >= token.i - 6 and doc[j].dep_ in ("compound", "amod", "nmod", "poss", "case", "punct") \
                and doc[j].text not in (",", "(", "“", '"'):
            word = doc[j].lower_.rstrip(".")
            if word in _MALE_HONORIFICS and not info.gender:
                info.gender = "m"
            elif word in _FEMALE_HONORIFICS and not info.gender:
                info.gender = "f"
            info.titles.add(word)
            j -= 1
        for child in token.head.children if token.dep_ == "compound" else token.children:
            if child.dep_ == "appos":  # "Song Zhongping, a former PLA instructor"
                info.titles.add(child.lemma_.lower())
                info.titles.update(c.lower_ for c in child.children if c.dep_ in ("compound", "amod"))
    return people


def _says(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of saying that reports a clause (or opens a
    quotation after a colon: "Knight said : `` … ''")."""
    verb = token.head
    doc = token.doc
    return _is_subject(token) and verb.lemma_.lower() in _SAYING and (any(
        c.dep_ == "ccomp" for c in verb.children) or verb.i + 2 < len(doc) and doc[verb.i + 1].text == ":"
        and doc[verb.i + 2].text in ("``", "`", "“", '"'))


def _client(token: Token, result: Participants) -> str | None:
    """The person a speaker named by a role speaks of: "The lawyer accusing Dr Murray says he …" is
    Murray, as "the spokesman for Smith said he …" is Smith (not "the man accused of killing Smith",
    whose noun is no role: there "he" is the man)."""
    clause = token.head
    said = clause.head if clause.dep_ == "ccomp" else None
    if said is None or said.lemma_.lower() not in _SAYING:
        return None
    subject = next((c for c in said.children if _is_subject(c)), None)
    if subject is None or subject.lemma_.lower() not in _ROLE_NOUNS or result.by_token.get(subject.i):
        return None
    named = {result.by_token.get(t.i) for t in subject.subtree if t.i != subject.i and t.i not in (
        c.i for c in subject.children if c.dep_ in ("compound", "amod", "det"))} - {None}
    people = [name for name in named if name is not None and result.labels.get(name) == "PERSON"]
    return people[0] if len(people) == 1 else None


def _unnamed_speaker(token: Token, result: Participants) -> bool:
    """Whether a subject "he"/"she" is said by one person the text does not name: "The man accused of
    killing Jill Dando says he is innocent" is the man, so no name of the sentence or before it."""
    clause = token.head
    said = clause.head if clause.dep_ == "ccomp" else None
    if said is None or said.lemma_.lower() not in _SAYING:
        return False
    subject = next((c for c in said.children if _is_subject(c)), None)
    if subject is not None and subject.tag_ == "NNP" and subject.i not in result.by_token and not subject.ent_type_:
        return True  # "Mr Cotter said he was releasing …": a person the tagger missed, not a name before
    return subject is not None and subject.tag_ == "NN" and subject.i not in result.by_token and \
        subject.lemma_.lower() in _PERSON_NOUNS | TITLE_NOUNS and subject.lemma_.lower() not in _ROLE_NOUNS \
        and not any(c.dep_ == "appos" for c in subject.children)  # "the chief medical officer, Sir Mark Reid"


def speaks_of_self(token: Token, result: Participants) -> bool:
    """Whether a subject "he"/"she" of a clause said is the one who says it: "Smith said he paid the
    money back" (the "he" resolved to Smith), "A journalist says she quit" (one person the text does
    not name); never "Police said he was arrested" nor "The lawyer for Smith said he paid"."""
    if token.lower_ not in _GENDERED or not _is_subject(token):
        return False
    sayer = _sayer(token)
    if sayer is None or sayer.pos_ == "PRON":
        return False
    name = result.by_token.get(token.i)
    if name is not None:
        return result.by_token.get(sayer.i) == name and result.labels.get(name) == "PERSON"
    return token.i not in result.refers_to and _unnamed_speaker(token, result)


def _turn_label(token: Token) -> bool:
    """A transcript's speaker label: a name in capitals before a colon ("BLITZER :", "NIC ROBERTSON , CNN
    SENIOR INTERNATIONAL CORRESPONDENT :")."""
    if not token.text.isupper() or len(token.text) < 2:
        return False
    for t in token.doc[token.i + 1 : token.i + 10]:
        if t.text == ":":
            return True
        if not (t.text.isupper() or t.is_punct):
            return False
    return False


def _adopt_missed_surnames(doc: Doc, result: Participants) -> None:
    """"Later Monday, Ghonim gave an interview": the surname of a person the article named in full
    ("Wael Ghonim"), where the tagger missed it, is that person (one person per surname only)."""
    owners: dict[str, set[str]] = {}
    for name, label in result.labels.items():
        parts = name.split()
        if label == "PERSON" and len(parts) > 1 and parts[-1][:1].isupper():
            owners.setdefault(parts[-1], set()).add(name)
    # where the tagger did find the surname alone, the person it was taken for ("Ghonim" is Wael
    # Ghonim, not his brother Hazzem named once)
    alone: dict[str, set[str]] = {}
    for i, name in result.by_token.items():
        if result.labels.get(name) == "PERSON" and result.by_token.get(i - 1) != name \
                and result.by_token.get(i + 1) != name:
            alone.setdefault(doc[i].text, set()).add(name)
    for word, names in alone.items():
        if word in owners and len(names) == 1:
            owners[word] = names
    for token in doc:
        names = owners.get(token.text, set())
        if len(names) != 1 or token.i in result.by_token or token.ent_type_ or token.tag_ != "NNP":
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(t.pos_ == "PROPN" or t.text[:1].isupper() and t.is_alpha and t.i == token.i + 1 for t in neighbours):
            continue  # "Ghonim Street", "Said Pasha": part of another name
        result.by_token[token.i] = next(iter(names))


def _unnamed_person(token: Token, result: Participants) -> bool:
    """A subject naming one person without a name ("the senior official", "a spokesman", "the man"):
    a "he" after it may be that person, so it competes with the names before it."""
    return _is_subject(token) and token.tag_ == "NN" and token.pos_ == "NOUN" and token.i not in result.by_token \
        and (token.lemma_.lower() in _PERSON_NOUNS | TITLE_NOUNS | _MALE_NOUNS | _FEMALE_NOUNS
             or token.lower_ == "official") \
        and not any(c.dep_ in ("appos", "attr") and result.by_token.get(c.i) for c in [
            *token.children, *(token.head.children if token.head.lemma_ == "be" else [])])


def _main_verb(verb: Token) -> bool:
    """The sentence's root, or a clause joined to it by "and": "Carter set up …, and Reagan rejected …"
    has two main subjects."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _bracketed_name(token: Token, result: Participants) -> str | None:
    """"Yesterday he (Mubarak) brought us all down": the name the writer put in brackets after it."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text not in ("(", "-LRB-", "[", "-LSB-"):
        return None
    name = result.by_token.get(token.i + 2)
    return name if name is not None and result.labels.get(name) in ("PERSON", "ORG", "GPE", "NORP") else None


def _named_subject(token: Token) -> Token:
    """The subject a name stands in for: "The head of the programme, Keiji Fukuda, said" is Fukuda's,
    as "The young man was Mohammed Bouazizi" makes Bouazizi the one the sentence is about."""
    if token.dep_ == "appos" and _is_subject(token.head):
        return token.head
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return next((c for c in token.head.children if _is_subject(c)), token)
    return token


def _noun_gender(token: Token) -> str:
    """"m" or "f" for a noun that tells it ("the spokeswoman", "his brother"), else ""."""
    lemma = token.lemma_.lower()
    return "m" if lemma in _MALE_NOUNS else "f" if lemma in _FEMALE_NOUNS else ""


def _controller(said: Token, result: Participants) -> str | None:
    """Who says a clause whose saying has no subject of its own: "urged Mubarak to announce he …" is
    Mubarak (the one urged), "Mubarak's announcement that he …" is Mubarak (the one announcing)."""
    if said.dep_ == "xcomp" and said.head.pos_ == "VERB":
        urged = next((c for c in said.head.children if c.dep_ == "dobj"), None)
        if urged is None:
            urged = next((c for c in said.head.children if _is_subject(c)), None)
        name = result.by_token.get(urged.i) if urged is not None and urged.pos_ != "PRON" else None
        return name if name is not None and result.labels.get(name) == "PERSON" else None
    if said.pos_ == "NOUN":
        owner = next((c for c in said.children if c.dep_ == "poss"), None)
        name = result.by_token.get(owner.i) if owner is not None and owner.pos_ != "PRON" else None
        return name if name is not None and result.labels.get(name) == "PERSON" else None
    return None


def _cataphor(token: Token, result: Participants) -> str | None:
    """"As he was led away, Gelman was deluged with questions": a subject "he" in a clause set
    before its sentence's own subject is that subject, when a person is named there."""
    clause = token.head
    while clause.dep_ in ("conj", "aux", "auxpass") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i or not any(
            c.dep_ == "mark" for c in clause.children):
        return None
    main = next((c for c in clause.head.children if _is_subject(c) and c.i > clause.i), None)
    name = result.by_token.get(main.i) if main is not None and main.pos_ != "PRON" else None
    return name if name is not None and result.labels.get(name) == "PERSON" else None


def _clause_subject(token: Token) -> Token | None:
    for verb in token.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if _is_subject(c)), None)
            if subject is not None:
                return subject  # "Biden would seek to advance … during his meeting": Biden
    return None


def _description(token: Token) -> tuple[str, set[str]] | None:
    """"the company" -> ("ORG", {}), "the Chinese leader" -> ("PERSON", {"leader", "chinese"})."""
    if token.tag_ not in ("NN", "NNP") or token.ent_type_ or token.pos_ not in ("NOUN", "PROPN"):
        return None
    dets = [c for c in token.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ != "the":
        return None
    mods = [c for c in token.children if c.dep_ in ("amod", "compound")]
    if len(mods) > 1 or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.children):
        return None  # "the president of the company", "the company that …": not a plain reference
    lemma = token.lemma_.lower()
    lemma = lemma if lemma in TITLE_NOUNS else token.lower_
    if lemma in TITLE_NOUNS:
        return "PERSON", {lemma, *(m.lower_ for m in mods)}
    if lemma in _ORG_NOUNS and not mods:
        return "ORG", set()
    return None  # "the country", "the city": wrong more often than right, so left alone


def _quote_starts(doc: Doc) -> dict[int, int]:
    """For each token inside quotation marks, the index of the mark that opened the quotation."""
    out: dict[int, int] = {}
    opened: int | None = None
    for token in doc:
        text = token.text
        if token.tag_ == "``" and text != '"' or text in ("``", "“") or text == '"' and opened is None:
            if opened is None or token.i != opened + 1:  # "``" may come as two "`" tokens
                opened = token.i
        elif token.tag_ == "''" or text in ("''", "”", '"'):
            opened = None
        elif opened is not None:
            out[token.i] = opened
    return out


def _main_subjects(doc: Doc) -> list[Token | None]:
    """The subject of each sentence's root verb, by sentence number."""
    return [next((c for c in sent.root.children if _is_subject(c)), None) for sent in doc.sents]


def _body(token: Token, result: Participants) -> bool:
    """One organisation or country, named or not: what "it" can stand for when it acts."""
    if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
        return False
    name = result.by_token.get(token.i)
    if name is not None:
        return result.labels.get(name) in ("ORG", "GPE")
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _BODY_NOUNS


def _group(token: Token, result: Participants) -> bool:
    """Several people, named as a people or not: what "they" can stand for."""
    name = result.by_token.get(token.i)
    if name is not None and token.pos_ != "PRON":
        return result.labels.get(name) in ("NORP", "ORG") and token.tag_ in ("NNPS", "NNS")
    if token.lower_ in PLURAL_QUANTIFIERS and token.pos_ in ("PRON", "ADJ", "DET", "NOUN"):
        return True
    return token.pos_ == "NOUN" and token.tag_ == "NNS"


def _speakers_around(token: Token, result: Participants) -> set[str]:
    """The names of those saying the clauses that hold ``token``."""
    names: set[str] = set()
    node = token
    for _ in range(12):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _SAYING:
            for subject in (c for c in node.head.children if _is_subject(c)):
                name = result.by_token.get(subject.i)
                if name is not None:
                    names.add(name)
        if node.head.i == node.i:
            break
        node = node.head
    return names


def _sayer(token: Token) -> Token | None:
    """The one who says the clause whose subject ``token`` is ("X said it/they …"), if any."""
    clause = token.head
    said = clause.head if clause.dep_ == "ccomp" else None
    if said is None or said.lemma_.lower() not in _SAYING:
        return None
    return next((c for c in said.children if _is_subject(c)), None)


def _teller(token: Token, result: Participants) -> str | None:
    """The named person who says the clause a subject "he"/"she" opens: the saying verb's subject,
    or, when the parse left that verb without one, the name just before it ("the ministers that
    President Mubarak announced he was replacing")."""
    clause = token.head
    said = clause.head if clause.dep_ in ("ccomp", "acl") else None
    if said is None or said.lemma_.lower() not in _SAYING | _SAYING_NOUNS:
        return None
    subject = next((c for c in said.children if _is_subject(c)), None)
    if subject is None and (said.dep_ == "xcomp" or said.pos_ == "NOUN"):
        return _controller(said, result)
    if said.pos_ == "NOUN":
        return None
    if subject is None and said.i > 0 and said.doc[said.i - 1].pos_ == "PROPN":
        subject = said.doc[said.i - 1]
    name = result.by_token.get(subject.i) if subject is not None and subject.pos_ != "PRON" else None
    return name if name is not None and result.labels.get(name) == "PERSON" else None


def _listener(token: Token) -> bool:
    """Whether the saying of the pronoun's clause has a plural listener ("told the schools that …")."""
    said = token.head.head
    return any(c.dep_ in ("dobj", "dative") and c.tag_ in ("NNS", "NNPS") for c in said.children)


def _opens_sentence(token: Token) -> bool:
    """A subject pronoun with no subject before it in its sentence (so no nearer antecedent)."""
    sent = token.sent
    return not any(_is_subject(t) for t in token.doc[sent.start : token.i])


def _only_plural(token: Token, n: int, sents: list[Span]) -> Token | None:
    """"Anderson will talk with two Americans trying to get out . They say …": the one plural noun
    of the sentence before a sentence that opens with "they", when there is only one."""
    if n == 0:
        return None
    before = sents[n - 1]
    if any(t.lower_ in _PLURAL | _words("those these") and t.pos_ in ("PRON", "DET") for t in before):
        return None  # "They are diseases … . They claim …": a "they" before carries its own antecedent
    plural = [t for t in before if (t.tag_ == "NNS" and t.pos_ == "NOUN" or t.tag_ == "NNPS" and t.ent_type_ == "NORP")
              and t.dep_ not in ("compound", "attr") and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
              and not _turn_label(t)]  # "MOORE :" is a speaker, no plural
    rivals = [t for t in before if t.tag_ == "NNPS" and t.ent_type_ != "NORP" or t.lemma_.lower() in _COLLECTIVES
              and t.tag_ == "NN"]
    return plural[0] if len(plural) == 1 and not rivals else None


_SUBORDINATORS = _words("as when while whilst after before because although though if since until once whereas")
# Nouns for people that a later "they" may mean as well as a plural subject before them.
_PEOPLE_GROUPS = _words("couple pair family twins people")


def _subordinate(token: Token) -> bool:
    """The subject of a clause opened by "as", "when", "after" …: set aside, not what the text is about."""
    return _is_subject(token) and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in token.head.children)


def _coordinated_subject(token: Token, result: Participants) -> Token | None:
    """The head of a subject "Kamel and others", "Mr Peres and his staff" that ``token`` (a name's
    first word) is part of: several people, what "they" can stand for."""
    head = token
    name = result.by_token.get(token.i)
    while head.dep_ in ("compound", "flat") and result.by_token.get(head.head.i) == name and head.head.i != head.i:
        head = head.head
    if not _is_subject(head) or head.tag_ in ("NNS", "NNPS"):
        return None
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in head.children) and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return head
    return None


def _plural_rival(antecedent: Token, pronoun: Token, sents: list[Span]) -> bool:
    """Whether the sentence of ``antecedent`` names other people after it that a "they" may mean as
    well: "in a married couple", "two patients", "the passengers"; in the pronoun's own sentence, the
    people between them ("Officials said none of the children had proof that they were orphans")."""
    sent = antecedent.sent
    same = sent.start <= pronoun.i < sent.end
    own = {t.i for t in antecedent.subtree}
    for t in sent:
        if t.i in own or t.i < antecedent.i or same and t.i >= pronoun.i or t.dep_ == "compound":
            continue
        if _is_subject(t) and not same:
            continue
        lemma = t.lemma_.lower()
        if lemma in _PEOPLE_GROUPS and t.pos_ == "NOUN" or t.tag_ == "NNS" and lemma in _PERSON_NOUNS:
            return True
    return False


def _quote_speakers(token: Token, quotes: dict[int, int]) -> list[Token]:
    """The subjects, outside the quotation, of the verbs of saying in the sentence of a quoted ``token``."""
    return [t for t in token.sent if t.i not in quotes and _is_subject(t) and t.head.lemma_.lower() in _SAYING
            and t.head.i not in quotes]


def _pronoun_subject(sent: Span, quotes: dict[int, int]) -> bool:
    """A sentence about someone it does not name ("He 's a leader of the group against President Mubarak")
    or talking to the reader ("you may need Adobe Reader"): the name in it is no topic a "he" goes on with."""
    return any(t.pos_ == "PRON" and t.lower_ in _GENDERED | _PLURAL | _words("i we you") and t.i not in quotes
               and (_is_subject(t) or t.lower_ in ("you", "we", "i")) for t in sent)


def _last_sayer(history: list[_Mention], n: int, in_quotes: list[bool]) -> _Mention | None:
    """The last one who said something within two sentences, not counting the sentences of a quotation."""
    for m in reversed(history):
        between = sum(1 for k in range(m.sentence + 1, n) if not in_quotes[k])
        if between > 1:
            return None
        if m.sayer:
            return m
    return None


def _body_before(token: Token, result: Participants, sents: list[Span], n: int, back: int = 1) -> Token | None:
    """"… given legal advice by the Independent Schools Council . It also says …": an "it" that
    opens a sentence of saying is the one organisation the sentence before names, if only one."""
    if n == 0 or token.head.lemma_.lower() not in _SAYING or not _opens_sentence(token):
        return None
    bodies: dict[str, Token] = {}
    for t in sents[n - back]:
        name = result.by_token.get(t.i)
        if name is not None and result.labels.get(name) == "ORG" and t.pos_ != "PRON":
            bodies.setdefault(name, t)
        elif name is None and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in _BODY_NOUNS and not any(
                c.dep_ == "poss" and (c.lemma_.lower() in _BODY_NOUNS or result.by_token.get(c.i)) for c in t.children):
            bodies.setdefault(t.lower_, t)  # (not "the school's website": that is the school's)
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _it_antecedent(token: Token, result: Participants, mains: list[Token | None], sents: list[Span], n: int,
                   back: int = 1) -> Token | None:
    """The organisation a subject "it" stands for (see the module docstring), or None."""
    sayer = _sayer(token)
    if sayer is not None:
        # what a body says it did, not what it says it is ("India says it is fully equipped" is
        # its claim, and "India equipped …" would tell it as a fact)
        # nor what it says it would do ("said it would not pay": its word, kept as its word), nor what
        # it says it did not do ("added that it doesn't expect …": a denial is a claim too)
        # ("it has full pandemic potential, the WHO says" is the virus: "have" told before its sayer is a state;
        # "the ministry says it has enough Relenza" is the ministry's)
        state = token.head.lemma_ == "be" or token.head.lemma_ == "have" and token.head.i < sayer.i or any(
            c.dep_ in ("auxpass", "acomp", "neg") or c.tag_ == "MD" for c in token.head.children)
        body = sayer if _body(sayer, result) else _employer(sayer, result) or _issuer(sayer, result)
        return body if body is not None and not state else None
    clause = token.head.head if token.head.dep_ in ("aux", "auxpass") else token.head  # "It will re-open"
    if n == 0 or not _opens_sentence(token) or clause.dep_ not in ("ROOT", "conj"):
        return None
    before = mains[n - back]
    if before is not None and _body(before, result):
        # "Mexico asked the WHO for help . It raised its alert": two bodies, either of them
        name = result.by_token.get(before.i)
        rivals = {result.by_token.get(t.i) for t in sents[n - back] if t.pos_ != "PRON" and result.labels.get(
            result.by_token.get(t.i) or "") in ("ORG", "GPE") and not _in_subtree(t, before)} - {None, name}
        return None if rivals else before
    return _only_body(token, result, sents, n) if back == 1 else None


def _in_subtree(token: Token, head: Token) -> bool:
    return head.left_edge.i <= token.i <= head.right_edge.i


def _only_body(token: Token, result: Participants, sents: list[Span], n: int) -> Token | None:
    """"Scientists sent samples to the WHO . It raised its alert": the one organisation named in the
    sentence before (or the one before that), subject or object, when the "it" acts (not "it is", not
    a passive) and no singular thing, country or unnamed "it" is a subject there that "it" could be."""
    verb = token.head
    if verb.lemma_ in ("be", "have") or any(c.dep_ == "auxpass" for c in verb.children) or token.dep_ != "nsubj":
        return None
    bodies: dict[str, Token] = {}
    for sent in sents[max(0, n - 2) : n]:
        for t in sent:
            name = result.by_token.get(t.i)
            label = result.labels.get(name or "")
            if name is not None and label == "ORG" and t.pos_ != "PRON":
                bodies.setdefault(name, t)
                continue
            if not _is_subject(t) or t.tag_ in ("NNS", "NNPS") or t.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            if t.pos_ == "PRON" and (t.lower_ != "it" or name is not None and result.labels.get(name) == "ORG"):
                continue  # "he", "they", "we" are no rivals; an "it" already the body is the body
            if label == "PERSON" or t.lemma_.lower() in _PERSON_NOUNS | TITLE_NOUNS | _MALE_NOUNS | _FEMALE_NOUNS:
                continue
            return None  # "The virus reached the WHO's offices . It …": the virus as well
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_ISSUED = _words("statement announcement release notice letter website")


def _issuer(sayer: Token, result: Participants) -> Token | None:
    """"A statement on the school's website said it …": the one body whose statement it is (its owner,
    or what it is from or on), when the sayer is a statement, not a person."""
    if sayer.lemma_.lower() not in _ISSUED:
        return None
    near = [sayer, *(g for c in sayer.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "on")
                     for g in c.children if g.dep_ == "pobj")]
    owners = []
    for noun in near:
        poss = [c for c in noun.children if c.dep_ == "poss" and _body(c, result)]
        owners += poss or ([noun] if noun is not sayer and _body(noun, result) else [])  # "the school's website": the school
    return owners[0] if len(owners) == 1 else None


def _employer(sayer: Token, result: Participants) -> Token | None:
    """"WHO spokesman Gregory Hartl said it had been expecting …": the one organisation a spokesman or
    official who says "it" speaks for, named in front of the office."""
    office = sayer.head if sayer.dep_ == "appos" else sayer
    if result.by_token.get(office.i) and office.i > 0 and result.by_token.get(office.i - 1) == result.by_token.get(
            office.i):
        # "WHO spokesman Gregory Hartl": the name is the subject, the office its compound
        office = next((c for c in office.children if c.dep_ == "compound" and c.lemma_.lower() in TITLE_NOUNS),
                      office)
    if office.lemma_.lower() not in TITLE_NOUNS | {"official"}:
        return None
    bodies = [c for c in office.children if c.dep_ in ("compound", "poss") and _body(c, result)
              and result.by_token.get(c.i)]
    return bodies[0] if len(bodies) == 1 else None


def _named_in_objects(verb: Token, result: Participants) -> set[str]:
    named: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "prep", "agent") and child.i > verb.i:
            named |= {result.by_token[t.i] for t in child.subtree if t.i in result.by_token and t.pos_ != "PRON"}
    return named


def _titled_people(doc: Doc, result: Participants) -> None:
    """A name the tagger took for a place or a body that a title marks as a person's ("Cardinal
    Norbeto Rivera", "Dr Gutierrez") is a person's: a later "he" may be that person."""
    for i, name in list(result.by_token.items()):
        if result.labels.get(name) not in ("GPE", "LOC", "ORG") or i == 0 or result.by_token.get(i - 1) == name:
            continue
        j = i - 1
        while j > 0 and doc[j].tag_ == "NNP" and doc[j].dep_ == "compound" and doc[j].lower_ not in _PERSON_TITLES \
                and doc[j].i not in result.by_token:
            j -= 1  # "Cardinal Norbeto Rivera": past the first name
        if doc[j].lower_ in _PERSON_TITLES and doc[j].i not in result.by_token and doc[i].tag_ == "NNP" and \
                doc[j].dep_ == "compound":
            result.labels[name] = "PERSON"


def _dislocated(token: Token, result: Participants) -> str | None:
    """"Brown, of course, he saw his career take a nose dive": the person named and set off by a comma
    at the head of the sentence, taken up by its subject "he"/"she"."""
    verb = token.head
    for child in verb.children:
        if child.i >= token.i or child.dep_ not in ("npadvmod", "dep", "nsubj", "intj") or \
                child.left_edge.i != child.sent.start:
            continue
        name = result.by_token.get(child.i)
        after = token.doc[child.i + 1] if child.i + 1 < len(token.doc) else None
        if name is not None and result.labels.get(name) == "PERSON" and after is not None and after.text == ",":
            return name
    return None


def resolve_references(doc: Doc, result: Participants) -> None:
    """Add pronouns and definite descriptions to ``result`` (see the module docstring)."""
    _adopt_missed_surnames(doc, result)
    _titled_people(doc, result)
    people = _person_info(doc, result)
    quotes = _quote_starts(doc)
    mains = _main_subjects(doc)
    sents = list(doc.sents)
    # sentences inside a quotation (most of their words quoted): a speaker's words, not the story's
    in_quotes = [sum(1 for t in sent if t.i in quotes) * 2 > len(sent) for sent in sents]
    history: list[_Mention] = []
    genders: dict[int, str] = {}  # an unnamed person's token -> the gender its noun tells
    sentence_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = n
    aside = _bracketed(doc)
    for token in doc:
        n = sentence_of.get(token.i, 0)
        name = result.by_token.get(token.i)
        lower = token.lower_
        if name is not None and _turn_label(token):
            continue  # "ROBERTSON : … he said": the one who speaks a transcript's turn is not its "he"
        if name is not None and (token.pos_ != "PRON" or token.ent_type_):  # "the WHO" tagged as a pronoun
            role = _named_subject(token)
            if token.i > 0 and result.by_token.get(token.i - 1) == name and history and history[-1].name == name:
                if _is_subject(role):  # "Edward Chernoff told": the name's head is the subject, not "Edward"
                    history[-1].subject = True
                    history[-1].main = history[-1].main or _main_verb(role.head)
                    history[-1].sayer = history[-1].sayer or _says(role)
                continue
            # A name in a bracketed aside ("Cordova (pictured with Calderon; Calderon is the one in
            # a tie) was relieved") is no subject of the story's sentence.
            subject = _is_subject(role) and token.i not in aside
            history.append(_Mention(token.i, n, name, result.labels.get(name, ""), subject,
                                    subject and _main_verb(role.head), _says(role),
                                    token.i in quotes and not _is_subject(role)))
            continue
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and _is_subject(token):
            if _turn_label(token):
                continue  # "MOORE : Yes , they went back out": the one speaking, tagged a plural noun
            if not any(c.lower_ in ("to", "for") and c.dep_ in ("aux", "mark") for c in token.head.children):
                # not the subject of an infinitive ("an opportunity for public figures to scare")
                history.append(_Mention(token.i, n, None, "NOUN", True))
            continue
        pronoun = token.pos_ == "PRON" or lower in _GENDERED
        described = None if pronoun else _description(token)
        if described is None and not pronoun:
            if _unnamed_person(token, result) and token.i not in quotes:
                # "…, the senior official said. Still, he added …": a person without a name competes
                history.append(_Mention(token.i, n, None, "PERSON", True, _main_verb(token.head), _says(token)))
                genders[token.i] = _noun_gender(token)
            continue  # most tokens: neither a pronoun nor "the company"
        recent = [m for m in reversed(history) if n - m.sentence <= _REACH]
        bracketed = _bracketed_name(token, result) if pronoun else None
        if bracketed is not None:
            result.by_token[token.i] = bracketed
            continue
        if pronoun:
            if lower in _MALE or lower in _FEMALE:
                gender = "m" if lower in _MALE else "f"
                teller = _teller(token, result) if _is_subject(token) and token.i not in quotes else None
                if teller is None and _is_subject(token) and token.i not in quotes:
                    teller = _cataphor(token, result) or _client(token, result) or _dislocated(token, result)
                    if teller is None and _unnamed_speaker(token, result):
                        continue  # the unnamed speaker speaks of himself: no name is safe
                if teller is not None and people.setdefault(teller, _Person()).gender in ("", gender):
                    # "Mubarak announced he was replacing …": who says "he" did it is that "he"
                    result.by_token[token.i] = teller
                    people[teller].gender = people[teller].gender or gender  # "Poppy Harlow, she joins us": a woman
                    # (the main subject when its clause is the sentence's: "Brown, of course, he saw his …")
                    history.append(_Mention(token.i, n, teller, "PERSON", True, _main_verb(token.head)))
                    continue
                verb = token.head
                while not any(_is_subject(c) for c in verb.children) and verb.dep_ in ("conj", "xcomp", "advcl") \
                        and verb.head.i != verb.i:
                    verb = verb.head  # "she turned … and told him": the subject "she" is the conj head's
                subjects = [c for c in verb.children if _is_subject(c)] if token.dep_ in (
                    "dobj", "pobj", "dative") else []
                excluded = {c.i for c in subjects} | {result.by_token.get(c.i) for c in subjects} - {None}
                if _is_subject(token):
                    # "Dr Murray told police he gave Jackson the drug": a subject pronoun is never
                    # someone its own clause names after it (the object, a preposition's object)
                    excluded |= _named_in_objects(token.head, result)
                if token.i in quotes:
                    # 'He added: "He has flu-like symptoms"': the one quoted speaks of another, never of himself
                    for speaker in _quote_speakers(token, quotes):
                        excluded |= {speaker.i, result.by_token.get(speaker.i), result.refers_to.get(speaker.i)} - {None}

                # The main subject of this or the last sentence first, then other recent subjects,
                # then the most recent person.
                # "Chernoff told the AP that Dr Murray had … . He said …": who says something next
                # is who said something last, not a name inside what was said.
                says = _says(token) and token.i not in quotes
                # "Ghonim told Dream TV he was … . The page was dedicated to a man beaten to death . '…,'
                # he said": the last one who said something, two sentences back, with no person between
                # (sentences of a quotation in between are that person's words: "Knight said : `` … .
                # … . '' He revealed …")
                last_sayer = _last_sayer(history, n, in_quotes)
                if last_sayer is not None and any(
                        m.label == "PERSON" and m.subject and m.token not in quotes
                        and (m.name or m.token) != (last_sayer.name or last_sayer.token)
                        for m in history[history.index(last_sayer) + 1:]):
                    last_sayer = None
                pool = recent if last_sayer is None or last_sayer in recent else [*recent, last_sayer]
                ranked = sorted(pool, key=lambda m: (
                    0 if says and m.sayer and (n - m.sentence <= 1 or m is last_sayer) else 1,
                    0 if m.main and n - m.sentence <= 1 else 1 if m.subject and n - m.sentence <= 1 else 2,
                    pool.index(m)))
                compatible = [m for m in ranked if m.label == "PERSON" and not m.quoted
                              and m.token not in excluded and m.name not in excluded
                              and (people.setdefault(m.name, _Person()).gender if m.name is not None else
                                   genders.get(m.token, "")) in ("", gender)]
                if token.dep_ == "poss":
                    # "Biden would seek … during his meeting": the subject of the pronoun's own clause
                    own = _clause_subject(token)
                    first = [m for m in compatible if own is not None and m.token == own.i]
                    compatible = first + [m for m in compatible if m not in first]
                # A person the text does not name ("the senior official") is the "he" only as the
                # subject of a sentence of its own, never of what it says itself ("a spokesman for the
                # trust said he was brought in": the patient), and, but for a "he said" after that person
                # spoke, not with a named person in reach ("the official said the bullet killed Slepian as
                # he stood …": Slepian); otherwise it is left out and the names decide as before.
                own_teller = _sayer(token)
                named_near = any(o.name is not None and n - o.sentence <= 1 for o in compatible)
                everyone = compatible
                compatible = [m for m in compatible if m.name is not None or _is_subject(token) and (
                    own_teller is None or own_teller.i != m.token) and (says and m.sayer or not named_near)]
                distinct = {m.name or f"#{m.token}" for m in compatible}
                if (compatible and len(distinct) > 1 and not _is_subject(token) and token.dep_ != "poss"
                        and compatible[0].name in _speakers_around(token, result)):
                    # "He said the star had a pulse when Dr Murray found him": an object inside what
                    # someone said may be the speaker ("said the institutions support him") or the
                    # one spoken of; with another person in reach, no name is safe.
                    continue
                if compatible and compatible[0].main and not (says and compatible[0].sayer) and any(
                        o.main and o.sentence == compatible[0].sentence and o.name != compatible[0].name
                        for o in compatible[1:]):
                    continue  # "Carter set up …, and Reagan rejected … . He argued …": either of them
                if compatible and not (len(distinct) == 1 or compatible[0].subject and n - compatible[0].sentence <= 1
                                       or says and compatible[0].sayer) and _is_subject(token) and _opens_sentence(token):
                    # "The task has fallen to Najib Mikati … . He has said …": the one person the
                    # sentence before names, when no one else is the topic near it
                    named = {m.name for m in compatible if m.sentence == n - 1 and m.name is not None}
                    if len(named) == 1 and not any(m.sentence == n - 1 and m.name is None for m in everyone) \
                            and not any(m.main and m.name not in named and n - m.sentence <= 2 for m in everyone) \
                            and not _pronoun_subject(sents[n - 1], quotes):
                        compatible = [m for m in compatible if m.name in named]
                        distinct = set(named)
                if compatible and not compatible[0].subject and any(
                        t.i not in quotes and t.i != token.i and (t.lower_ == "you" or t.lower_ in (_MALE if gender == "m" else _FEMALE)
                                               and _is_subject(t) and result.by_token.get(t.i) != compatible[0].name)
                        for t in sents[compatible[0].sentence]):
                    # "… you may need Adobe Reader . She said …": a name on the page's furniture; "He is
                    # the leader of the group against President Fadel . He urged …": the "he" the sentence
                    # is about, not the name in passing
                    continue
                if compatible and (len(distinct) == 1 or compatible[0].subject and n - compatible[0].sentence <= 1
                                   or says and compatible[0].sayer):
                    m = compatible[0]
                    if m.name is None:  # the unnamed person's noun phrase ("Senior official: …")
                        result.refers_to[token.i] = m.token
                        history.append(_Mention(m.token, n, None, "PERSON", True, _main_verb(token.head), says))
                        continue
                    info = people[m.name]
                    result.by_token[token.i] = m.name or ""
                    if not info.gender and len(distinct) == 1:
                        info.gender = gender  # once a pronoun fixes a gender, later pronouns respect it
                    if _is_subject(token):
                        # "Rachid was minister until Mubarak dissolved … . He lost his job when
                        # Mubarak fired … . Prosecutors banned him": the one a subject pronoun keeps
                        # talking about stays the most salient, not the last name in passing
                        history.append(_Mention(token.i, n, m.name, "PERSON", True, _main_verb(token.head),
                                                says))
            elif lower == "they" and _is_subject(token):
                # Only a subject "they", to the nearest plural noun subject of this or the last
                # sentence ("some analysts said they …"); never to an organisation, and never
                # "them"/"their", which were wrong more often than right on TimeBank.
                opened = quotes.get(token.i)
                sayer = _sayer(token) if opened is None else None  # a speaker's "they" is never the speaker
                if sayer is not None and _listener(token):
                    continue  # "told the schools that they …": the schools or the tellers
                if sayer is not None and (_group(sayer, result) or sayer.lemma_.lower() in _COLLECTIVES
                                          and sayer.tag_ == "NN"):  # "his family said they were expecting"
                    if result.by_token.get(sayer.i) and sayer.pos_ != "PRON":
                        result.by_token[token.i] = result.by_token[sayer.i]
                    else:
                        result.refers_to[token.i] = sayer.i
                    continue
                for m in recent:
                    if n - m.sentence > 1:
                        break
                    if opened is not None and m.token < opened:
                        break  # a quotation's "they" is not the speaker's side, told outside it
                    if m.sentence < n and _subordinate(doc[m.token]):
                        continue  # "As protests spread …, activists called … . They …": not the aside's subject
                    pair = _coordinated_subject(doc[m.token], result) if m.label != "NOUN" else None
                    if pair is not None and m.subject and m.token < token.i and m.sentence < n:
                        # "Kamel and others spoke … . They blasted …": the pair the sentence before was about
                        if not _plural_rival(pair, token, sents):
                            result.refers_to[token.i] = pair.i
                            history.append(_Mention(m.token, n, m.name, m.label, True))  # "They … . They …"
                        break
                    if m.label == "NOUN" and m.subject and m.token < token.i and m.token != token.head.i:
                        if _plural_rival(doc[m.token], token, sents):
                            break  # "officials confirmed flu in a married couple . They have not been …": either
                        result.refers_to[token.i] = m.token
                        # "they demanded term limits . They also called for …": the same group again
                        history.append(_Mention(m.token, n, None, "NOUN", True))
                        break
                if token.i not in result.refers_to and opened is None and _opens_sentence(token):
                    # no plural subject: the one plural noun of the sentence before, if only one
                    many = _only_plural(token, n, sents)
                    if many is not None:
                        result.refers_to[token.i] = many.i
            elif lower == "it" and token.dep_ in ("nsubj", "nsubjpass") and not _expletive(token):
                # "Amnesty International said it has documented …": the organisation that says "it"
                # of what it did; "The school shut … . It will re-open": the body the sentence before
                # was about; nothing else ("it was too early to say", a thing just named).
                if token.i in quotes:
                    continue
                # sentences all in quotation marks between are the body's own words: "X urges … . `` … . ''
                # And it adds : …" is X
                back = 1
                while n - back > 0 and in_quotes[n - back] and back < _REACH:
                    back += 1
                body = _it_antecedent(token, result, mains, sents, n, back) or (
                    _body_before(token, result, sents, n) if back == 1 else None)  # past a quote: its main subject only
                name = result.by_token.get(body.i) if body is not None else None
                if name is not None:
                    result.by_token[token.i] = name
                elif body is not None:
                    result.refers_to[token.i] = body.i
            elif lower == "its" and not _expletive(token):
                # "its" only, to a company named as a subject just before: "it" is too often a thing
                # ("it is the successor to the iBook line"), and a wrong actor is worse than none.
                for m in recent[:3]:
                    if m.label == "ORG" and m.name is not None and m.subject and n - m.sentence <= 1:
                        result.by_token[token.i] = m.name
                        break
            continue
        assert described is not None
        label, words = described
        for m in recent:
            if m.name is None or m.label != label:
                continue
            if label == "ORG" and len({o.name for o in recent if o.label == "ORG" and n - o.sentence <= 1}) != 1:
                break  # "the company" with two companies in view: which one?
            if label == "PERSON":
                titles = people.get(m.name, _Person()).titles
                head = token.lemma_.lower()
                if head == "leader" and titles & _LEADER_TITLES:
                    titles = titles | {"leader"}
                if not words <= titles or (titles & _LESSER_TITLES) - words:
                    continue  # "the president" is not the vice president nor the former one
            result.by_token[token.i] = m.name
            break
        if token.i not in result.by_token and _unnamed_person(token, result) and token.i not in quotes:
            # "…, the senior official said": a person no name was given for competes for a later "he"
            history.append(_Mention(token.i, n, None, "PERSON", True, _main_verb(token.head), _says(token)))
            genders[token.i] = _noun_gender(token)
