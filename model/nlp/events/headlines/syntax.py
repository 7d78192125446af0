"""What the parse says about a verb: its subject, auxiliaries, negation, verb phrase and clause kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.events.coreference import TITLE_NOUNS
from model.nlp.events.headlines.render import _word_group, header_end
from model.nlp.events.headlines.words import (
    _A_AMOUNTS,
    _CLOSERS,
    _CONDITIONS,
    _GENERIC_HEADS,
    _MODALS,
    _OPENERS,
    _TIME_WORDS,
    STATEMENT_VERBS,
    _words,
    present,
)
from model.nlp.events.modality import modality_chain
from model.nlp.sentences import doc_scratch, per_token, same_sentence, sentence_of
from model.text.lexicon import GAP_FREE_NOUNS, UNREAL_GOVERNORS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Statements only with what was ruled or concluded: "the court ruled that …", "…, a court has ruled".
_RULINGS = _words("rule conclude")
_AGREE = {"is": ("is", "are"), "are": ("is", "are"), "was": ("was", "were"), "were": ("was", "were"),
          "has": ("has", "have"), "have": ("has", "have"), "does": ("does", "do"), "do": ("does", "do"),
          "am": ("is", "are")}
# Verbs of harm done to someone: with nothing after them they are participles ("two people shot").
_DONE_TO = _words("shoot loot trash wound kill injure arrest detain abduct kidnap ransack torch behead")
_ONLY_TRANSITIVE = _words("confirm diagnose detect identify record receive announce report find kill injure arrest")
# "made the regime look weak", "let them go": a bare infinitive, never "regime looks weak".
_CAUSATIVES = _words("make let help see hear watch have")
_FILLED_OBJECTS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "agent", "expl"))
_RARELY = _words("rarely seldom hardly barely scarcely")
# The governors that make "to V" unreal, and the headline's own: "is going to", "slated", "poised", "decided to".
_PLANNERS = UNREAL_GOVERNORS | _words("going slate poise decide")
_COLLECTIVE = _words("""government team police staff family couple public majority number crowd council committee
                        army military navy board jury cabinet party club company firm group""")


def _is_dateline(token: Token) -> bool:
    """"CAIRO, Egypt (CNN) --", "WASHINGTON (Reuters) -": where the story was filed, not who acted."""
    if token.i < header_end(token):
        return True
    sent = sentence_of(token)
    if token.i - sent.start > 8:
        return False
    rest = [t.text for t in sent[token.i - sent.start : token.i - sent.start + 9]]
    return (token.text.isupper() and len(token.text) > 2 or token.ent_type_ == "GPE") and any(
        w in ("--", "—", "–", "-LRB-", "(") for w in rest
    ) and any(w.isupper() and len(w) > 2 for w in rest[:2])


def _temporal(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and prep.lower_ in _TOPIC_PREPS and not any(c.dep_ == "nummod" for c in pobj.children):
        return False  # "talked about the days he was stuck": what was talked about, not when
    if pobj is not None and prep.lower_ == "to" and pobj.like_num and pobj.i == prep.i + 1:
        return False  # "raised its alert on April 29 to 5": a level, though the tagger ran the date on into it
    return pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in _TIME_WORDS)


_TOPIC_PREPS = _words("about of with like against than as")


# --- the clause -----------------------------------------------------------------------------


def _children(verb: Token) -> list[Token]:
    """Children of the whole hyphenated verb ("re-establish": "to" hangs on "re", "ties" on "establish")."""
    # Asked about a dozen times per headline of the same verbs: found once per doc and token.
    known = doc_scratch(verb.doc).setdefault("children", {})
    out = known.get(verb.i)
    if out is None:
        group = _word_group(verb) if verb.pos_ in ("VERB", "AUX") else [verb]
        ids = {t.i for t in group}
        out = known[verb.i] = sorted((c for t in group for c in t.children if c.i not in ids), key=lambda t: t.i)
    return list(out)


# Forms the lemmatiser takes for another verb: "hopes to send" is no "hops to send".
_LEMMA_SLIPS = {("hopes", "hop"): "hope", ("hoped", "hop"): "hope", ("hoping", "hop"): "hope"}


def _verb_word(verb: Token, form: str) -> str:
    """The verb in a form: "lemma", "text" (as written) or "present"/"present-pl"."""
    group = _word_group(verb) if verb.pos_ in ("VERB", "AUX") else [verb]
    prefix = "".join(t.text for t in group[:-1])
    last = group[-1]
    if form == "text":
        return prefix + last.text.lower() if not last.text.isupper() else prefix + last.text
    lemma = last.lemma_.lower() if last.lemma_ else last.lower_
    lemma = _LEMMA_SLIPS.get((last.lower_, lemma), lemma)
    if form == "lemma":
        return prefix + lemma
    return prefix + present(lemma, form == "present-pl")


def _agent_like(token: Token) -> bool:
    """A "by" object that can do things: a named person or body, an office-holder, people."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in TITLE_NOUNS or token.lower_ in _GENERIC_HEADS)


@per_token
def _reduced_passive(verb: Token) -> bool:
    """A past participle describing the noun before it that the parse took for the main verb:
    "the law ruled unconstitutional by a federal judge …", "two people admitted to hospital … have
    been confirmed", "the website supervised by al-Qaradawi, also joined in". Told as done by that
    noun, the headline turns the one acted on into the doer ("Navy commander fires")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "xcomp", "attr", "dative", "nsubjpass") or c.dep_ == "ccomp" and (
            c.i < verb.i or any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)) for c in children):
        return False
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.i > verb.i:
        return False
    if verb.dep_ in ("csubj", "csubjpass"):
        return True  # the parser itself read the clause as the subject of the verb after it
    agent = any(t.lower_ == "by" and t.dep_ in ("prep", "agent") and (t.head == verb or t.head.head.head == verb)
                and any(g.dep_ == "pobj" and _agent_like(g) for g in t.children) for t in verb.rights)
    if agent:
        return True
    siblings = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i] if verb.dep_ == "ccomp" else []
    for later in [*children, *siblings]:
        # the sentence's finite verb, after it and with no subject of its own, joined without "and"
        # ("added that people exposed to … have been offered": the parse made two clauses of one)
        if later.i < verb.i or later.dep_ not in ("conj", "dep", "ccomp") or later.pos_ not in ("VERB", "AUX") \
                or later.dep_ == "ccomp" and later.head != verb and any(c.dep_ == "mark" for c in later.children) \
                or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in later.children) \
                or any(t.dep_ == "cc" and t.head in (verb, later) for t in verb.doc[verb.i : later.i]):
            continue
        if later.dep_ == "dep" or any(g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBZ", "VBP", "VBD", "MD")
                                      for g in later.children):
            return True
        if later.tag_ in ("VBZ", "VBP") and later.dep_ == "conj":
            return True  # "the commander fired for making videos says …": a past joined to a present
            # with no "and" and no subject of its own is a participle before the sentence's verb
    return False


def _person_antecedent(relative: Token, noun: Token) -> Token:
    """"the ruling of a federal judge in Florida, who struck down …": "who" is a person, so the
    person in the noun phrase it follows, not the ruling the parse hung it on."""
    if relative.lower_ not in ("who", "whom") or noun.ent_type_ in ("PERSON", "NORP", "ORG") \
            or noun.lemma_.lower() in TITLE_NOUNS or noun.lower_ in _GENERIC_HEADS or noun.pos_ == "PRON":
        return noun
    people = [t for t in noun.subtree if noun.i < t.i < relative.i and t.pos_ in ("NOUN", "PROPN")
              and (t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLE_NOUNS)]
    return people[-1] if people else noun


def _disagrees(subj: Token, verb: Token) -> bool:
    """A singular common noun with a plural auxiliary before the verb ("the school … were
    diagnosed"): the parse joined the wrong noun to the verb."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i]
    if not aux or subj.tag_ != "NN" or subj.pos_ != "NOUN" or any(c.dep_ == "conj" for c in subj.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(t.tag_ in ("NNS", "NNPS") for t in c.subtree)
           for c in subj.children):
        return False  # "None of those doctors were killed": the plural is part of the subject
    return aux[0].lower_ in ("were", "are") and subj.i < aux[0].i and subj.lemma_.lower() not in _COLLECTIVE


def _appositive_person(subj: Token) -> Token:
    """"North of the border, the Scottish health secretary, Nicola Sturgeon, said": a fronted phrase
    taken for the subject, with the one who acted as its apposition."""
    if subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in TITLE_NOUNS or subj.lower_ in _GENERIC_HEADS \
            or any(c.dep_ == "det" for c in subj.children):
        return subj
    person = next((c for c in subj.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or c.lemma_.lower() in TITLE_NOUNS)), None)
    return person if person is not None else subj


@per_token
def _subject(verb: Token) -> Token | None:
    teller = _asyndetic_teller(verb)
    if teller is not None:
        return teller
    children = _children(verb)
    if _reduced_passive(verb):
        before = verb.doc[verb.i - 1]
        # the noun just before the participle is what it describes ("the fight over the law ruled …")
        if before.pos_ in ("NOUN", "PROPN") and same_sentence(before, verb):
            return before
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    after = [c for c in children if c.dep_ == "nsubj" and c.i > verb.i]
    if len(after) > 1 and subj is not None and subj.i > verb.i:
        # "…, said CNN senior legal analyst Jeff Toobin": the parse split one inverted subject in
        # two; the last part is the head (Toobin), the first its employer
        subj = after[-1]
    if subj is not None and (subj.text in _CLOSERS or subj.i + 1 < len(subj.doc) and
                             subj.doc[subj.i + 1].text in _CLOSERS and subj.i + 1 < verb.i):
        # "The World Health Organisation (WHO) declared …" tokenised as "WHO -RRB-", with the
        # bracket or the short name inside it taken for the subject (and often for a dateline)
        # (not the opening bracket itself: "Novartis -LRB- NOVN.VX -RRB- said" hangs both on the closer)
        inner = next((c for c in subj.children if c.dep_ in ("compound", "nmod", "appos") and
                      c.text not in _OPENERS), subj) if subj.text in _CLOSERS else subj
        opener = verb.doc[inner.left_edge.i - 1] if inner.left_edge.i > 0 else None
        named = verb.doc[opener.i - 1] if opener is not None and opener.text in _OPENERS and opener.i > 0 else None
        # the full name before the brackets ("World Health Organisation"), else the one inside
        # (the sentence splitter may have cut the text at the bracket)
        subj = named if named is not None and named.pos_ == "PROPN" and named.ent_type_ else inner
        while subj is named and subj.dep_ == "pobj" and subj.head.dep_ == "prep" \
                and subj.head.head.pos_ in ("NOUN", "PROPN"):
            subj = named = subj.head.head  # "officials at the Centers for Disease Control (CDC) said"
    clausal = next((c for c in children if c.dep_ in ("csubj", "csubjpass") and _reduced_passive(c)), None)
    if clausal is not None and (subj is None or subj == clausal):
        # "The fight over the law ruled unconstitutional … will be decided by the court": the noun
        # the participle describes is the subject the parse made a clause of
        subj = next((c for c in clausal.children if c.dep_ == "nsubj"), subj)
    if subj is None:
        # "It will re-open": the parse hung the subject on the auxiliary of a split verb
        subj = next((s for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
                     for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in children) or \
            subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "The man, who spent the week confined to hospital, was discharged": a participle has no
        # subject of its own, so the one the parse gave it is the finite verb's
        subj = next((s for c in children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBG")
                     and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
                     for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i), None)
    if subj is not None and subj.i < verb.i and subj.i < header_end(subj) <= verb.i:
        # "Cairo, 10:28 p.m. ET) Egypt's military is urging …": a live-blog stamp taken for the
        # subject; the noun phrase between the stamp and the verb is the doer
        first = min([a.i for a in children if a.dep_ in ("aux", "auxpass") and a.i < verb.i] + [verb.i])
        span = [t for t in verb.doc[header_end(subj) : first] if t.pos_ in ("NOUN", "PROPN")]
        if span and all(t.pos_ not in ("VERB", "AUX") for t in verb.doc[span[-1].i : first]):
            subj = span[-1]
            while subj.dep_ in ("pobj", "prep", "compound", "poss", "appos") and header_end(subj) <= subj.head.i < first:
                subj = subj.head  # "food in Egypt": the phrase's head, not the last noun in it
    if subj is not None and _disagrees(subj, verb):
        # "Alleyn's school, which closed after five pupils were diagnosed …" parsed with the school as
        # the subject of "were diagnosed": a plural verb needs the plural noun just before it
        before = verb.doc[min(a.i for a in children if a.dep_ in ("aux", "auxpass")) - 1]
        return before if before.tag_ in ("NNS", "NNPS") and same_sentence(before, verb) else None
    if subj is not None and subj.dep_ == "nsubj":
        subj = _appositive_person(subj)
    if subj is not None and subj.ent_type_ == "PERSON" and subj.tag_ == "NNP" and subj.i > 0 and \
            subj.doc[subj.i - 1].text == "," and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == ",":
        # "In the second round, Don, the two main opposition parties boycotted …": a name set off by
        # commas before a plural noun phrase is the one spoken to; the noun phrase is the doer
        plural = next((c for c in subj.children if c.dep_ == "appos" and c.tag_ in ("NNS", "NNPS")), None)
        subj = plural if plural is not None else subj
    if subj is not None and subj.pos_ == "ADJ":
        # "The doctor present at his deathbed has pleaded …": the parse made the adjective that
        # follows the noun the subject, and the noun its subject
        subj = next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i
                     and c.pos_ in ("NOUN", "PROPN")), subj)
    if subj is not None:
        if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            head = verb.head  # "officials who visited": the officials
            if head.dep_ == "appos" and head.head.pos_ == "PROPN":
                return head.head  # "Charles O'Reilly, a management expert …, who stated"
            whole = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            if head.tag_ in ("NN", "NNP") and whole is not None and whole.tag_ == "NNS" and any(
                    a.lower_ in ("were", "are", "have") for a in _aux(verb)):
                return whole  # "six journalists for the network who were detained": the journalists
            return _person_antecedent(subj, head)
        return subj
    one_of = _one_of_those(verb)
    if one_of is not None:
        return one_of
    if verb.dep_ == "relcl":
        return None
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        return verb.head  # "a balloon flying over the US"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        due = verb.head
        if due.pos_ == "ADJ" and due.lower_ in ("due", "set", "expected", "scheduled", "likely") and due.i >= 2 \
                and verb.doc[due.i - 1].text == "," and verb.doc[due.i - 2].pos_ in ("NOUN", "PROPN"):
            return verb.doc[due.i - 2]  # "fears for the Sats tests, due to be taken next week": the tests
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        return obj if obj is not None else _subject(verb.head)  # "push China to resume": China
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN"):
            return None
        return _subject(verb.head)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
            and verb.head.lower_ in _TIME_PREPS:
        # "showed symptoms before embarking": who embarked is who showed them (never "stopped them
        # from leaving", "accused of setting fire", "left without paying": not what happened)
        governor = verb.head.head
        node = governor
        while True:  # "will speak before leaving", "plans to talk before leaving": not yet done
            aux = [a for a in node.children if a.dep_ in ("aux", "auxpass")]
            if any(a.tag_ == "MD" for a in aux) or any(a.lower_ == "to" for a in aux) and not any(
                    a.lower_ == "have" for a in aux):
                return None
            if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
                break
            node = node.head
        return _subject(governor)
    return None


def _resultative(verb: Token, children: list[Token]) -> Token | None:
    """"Two hikers went missing", "the clinic came close to running out": the state a verb of
    becoming goes into, which the parse hangs on it as an adverb or a clause."""
    if verb.lemma_.lower() not in _BECOMING or verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    if after in children and after.dep_ in ("advmod", "advcl", "npadvmod", "dep") and after.lower_ in _RESULT_STATES:
        return after
    return None


# Verbs of becoming, and "feel", whose state the parse may hang on them as an adverb ("fell ill", "feeling ill").
_BECOMING = _words("go come fall turn run get grow remain stay feel")
_RESULT_STATES = _words("""missing close ill asleep silent quiet dead bankrupt bust wrong mad unpunished unnoticed
    unanswered dry short cold blind deaf awry viral live public dark free clear loose unchallenged""")


def _parenthetical(verb: Token) -> bool:
    """"…, Sullivan said": a reporting verb that reports the clause it hangs on, nothing of its own."""
    return verb.lemma_.lower() in STATEMENT_VERBS and not any(
        c.dep_ in ("ccomp", "mark", "dobj", "xcomp", "auxpass") for c in verb.children)  # "cases had been confirmed"


def _subject_own(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _hung_on_aux(verb: Token) -> list[Token]:
    """"China would not have blocked" parsed with "would" and "not" on "have": the verb's own."""
    return [g for c in _children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i
            for g in c.children if g.dep_ in ("aux", "auxpass", "neg") and g.i < c.i]


def _aux(verb: Token) -> list[Token]:
    own = sorted([c for c in _children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i] +
                 [g for g in _hung_on_aux(verb) if g.dep_ != "neg"], key=lambda t: t.i)
    if all(a.tag_ == "VB" for a in own) and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not _subject_own(verb) and (own or verb.tag_ == "VB" or verb.lower_ == verb.lemma_.lower() and verb.head.tag_ == "VB"):
        # "will meet Xi and discuss Taiwan", "will continue and be involved": the modal is shared.
        shared = [a for a in _aux(verb.head) if a.lower_ in _MODALS or a.lower_ == "to"]
        return sorted([*shared, *own], key=lambda t: t.i)
    return own


def _negation(verb: Token) -> list[Token]:
    return [c for c in _children(verb) if c.dep_ == "neg" or c.lower_ == "never" and c.dep_ in ("neg", "advmod")] + \
        [g for g in _hung_on_aux(verb) if g.dep_ == "neg"]


class _Agreement:
    def __init__(self, plural: bool) -> None:
        self.plural = plural

    def aux(self, word: str) -> str:
        pair = _AGREE.get(word.lower())
        return pair[1 if self.plural else 0] if pair else word.lower()

    def verb(self, verb: Token) -> str:
        return _verb_word(verb, "present-pl" if self.plural else "present")


def _verb_phrase(verb: Token, agree: _Agreement) -> tuple[str, str]:
    """The verb in headline form and its kind: "done", "future", "modal", "negated", "passive"."""
    aux = _aux(verb)
    words = [a.lower_ for a in aux]
    negs = _negation(verb)
    passive = any(a.dep_ == "auxpass" for a in aux) or (verb.tag_ == "VBN" and verb.dep_ == "acl") or \
        _bare_participle(verb) or _reduced_passive(verb)
    modal = next((_MODALS[w] for w in words if w in _MODALS), None)
    if negs:
        neg_word = "never" if any(n.lower_ == "never" for n in negs) else "not"
        yet = " yet" if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in _children(verb)) else ""
        chain = [a for a in aux if a.lower_ != "to"]
        if verb.lemma_ == "be" and not chain:
            return f"{agree.aux(verb.lower_)} {neg_word}", "negated"  # "talks were not of a high level"
        if passive and not modal and all(a.lemma_ in ("be", "have") for a in chain):
            degree = " ".join(c.lower_ for c in _children(verb) if c.dep_ == "advmod" and c.i < verb.i
                              and c.lower_ not in ("not", "never", "yet", "also", "still"))
            phrase = " ".join(p for p in (f"{neg_word}{yet}", degree, _verb_word(verb, "text")) if p)
            return phrase, "negated"  # "Halliburton not listed", "offer not adequately financed"
        if not chain:
            return f"{neg_word} {_verb_word(verb, 'text')}", "negated"  # "never visited"
        first = chain[0].lower_
        if first in _MODALS:
            first = "cannot" if _MODALS[first] == "can" and neg_word == "not" else f"{_MODALS[first]} {neg_word}"
        else:
            first = f"{agree.aux(first)} {neg_word}"
        rest = " ".join(a.lower_ for a in chain[1:])
        degree = " ".join(c.lower_ for c in _children(verb) if c.dep_ == "advmod" and c.i < verb.i
                          and c.lower_ not in ("not", "never", "yet", "also", "still"))
        return " ".join(p for p in (first + yet, rest, degree, _verb_word(verb, "text")) if p), "negated"
    rarely = [c.lower_ for c in _children(verb) if c.dep_ == "advmod" and c.lower_ in _RARELY]
    if rarely and not modal:
        return f"{rarely[0]} {_verb_word(verb, 'text')}", "negated"  # "Great companies rarely go …"
    if modal is not None:
        tail = [a.lower_ for a in aux[words.index(next(w for w in words if w in _MODALS)) + 1 :]]
        body = " ".join([*tail, _verb_word(verb, "text" if tail else "lemma")])
        if modal == "will" and tail[:1] != ["have"]:
            return f"to {body}", "future"  # "Zuma to visit Tripoli"
        return f"{modal} {body}", "modal"
    if passive and aux and all(a.tag_ == "VB" for a in aux) and not any(a.lower_ == "to" for a in aux):
        return f"to be {_verb_word(verb, 'text')}", "future"  # subjunctive: "recommend that it be reinstated"
    if passive and "to" in words and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in (
            "due", "set", "expected", "scheduled", "likely"):
        return f"{verb.head.lower_} to be {_verb_word(verb, 'text')}", "future"  # "tests due to be taken"
    if passive:
        return _verb_word(verb, "text"), "passive"  # "Talks postponed"
    ranked = _one_of_those(verb)  # "was the first to close": closed, no plan
    if "to" in words and verb.dep_ not in ("xcomp",) and not (ranked is not None and ranked.head.tag_ == "VBD"):
        return f"to {_verb_word(verb, 'lemma')}", "future"
    if verb.lemma_ == "be" and verb.pos_ == "AUX" and not aux:
        return agree.aux("is"), "done"
    if verb.tag_ == "VB" and not aux and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in _CAUSATIVES:
        return _verb_word(verb, "lemma"), "done"
    return agree.verb(verb), "done"


def _garbled_copula(verb: Token) -> bool:
    """"four citizens are now or have been quarantined … due to flu fears" parsed with "fears" as
    what they are: a complement beyond the verb's own conjunct belongs to that conjunct."""
    children = _children(verb)
    conj = next((c for c in children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    return verb.lemma_ == "be" and conj is not None and any(
        c.dep_ in ("attr", "acomp") and c.i > conj.i for c in children)


def _amount(token: Token) -> bool:
    """"15 per cent", "25 %", "$3 billion", "a lot" as how much a verb did: never a clock time or date."""
    words = list(token.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return False
    return token.lower_ in _A_AMOUNTS or any(
        t.ent_type_ in ("PERCENT", "MONEY") or t.lower_ in ("%", "percent", "cent", "points") for t in words)


def _set_off(verb: Token, clause: Token, quotes: bool = True) -> bool:
    """A clause after a colon or an opening quote ("talked about the days: 'It was very hot'"), a
    noun after a dash ("led stores to close -- a further cost"): hung on the verb by the parser,
    not its object."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    marks = (":", "--", "—", "–", "``", "“", '"') if quotes else (":", "--", "—", "–")
    # a spaced hyphen of tokenised text is a dash: "fled to the fields - anything to get away"
    return any(t.text in marks or t.text == "-" and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_
               for t in between)


@per_token
def _asyndetic_teller(verb: Token) -> Token | None:
    """"…, a group entered the museum using a staircase, Zahi Hawass, head of the council, told CNN":
    the parse joined "told" to "entered" with no "and"; the name whose phrase ends at the comma just
    before it is who told."""
    head = verb.head
    if verb.dep_ != "conj" or verb.i < 2 or verb.doc[verb.i - 1].text != "," or any(
            c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    return next((t for t in verb.doc[head.i + 1 : verb.i - 1] if t.pos_ == "PROPN" and t.right_edge.i == verb.i - 2
                 and t.dep_ in ("appos", "conj", "npadvmod", "dobj", "pobj") and t.ent_type_ in ("PERSON", "ORG")), None)


_SEEING = frozenset(("see", "watch", "hear", "find", "want", "get", "have", "leave", "keep", "witness"))


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary that is not a finite verb: "Egypt, hit hard by bird flu, has
    ordered …" (an agent says passive whatever the tag), "with another march planned for Friday"."""
    if any(c.dep_ in ("aux", "auxpass") for c in _children(verb)):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_ in _SEEING:
        return True  # "he saw protesters killed": done to them, never "protesters kill"
    if verb.tag_ in ("VBN", "VBD") and any(c.i < verb.i and c.lower_ in ("with", "without") and c.dep_ in (
            "prep", "mark") and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children):
        return True  # "with another protest predicted": an absolute phrase, never "protest predicts"
    if verb.tag_ == "VBD" and verb.dep_ in ("pcomp", "advcl") and verb.lemma_ in _ONLY_TRANSITIVE and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in _children(verb)):
        return True  # "after the three cases confirmed yesterday": "confirm" with no object is a participle
    if verb.tag_ == "VBD" and verb.lemma_ in _DONE_TO and all(
            c.is_punct or c.dep_ == "cc" or c.dep_ == "conj" and not any(g.dep_ == "dobj" for g in c.children)
            for c in verb.children if c.i > verb.i):
        return True  # "several people shot.", "everything on the ground floor looted and trashed": no doer
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "pcomp", "csubj")  # "all shipments received after …"


_TIME_PREPS = frozenset(("before", "after", "while", "whilst", "upon", "on", "since", "when"))
_RANKS = frozenset(("one", "first", "last", "only", "second", "third", "latest"))


def _one_of_those(verb: Token) -> Token | None:
    """Who does an infinitive that ranks the subject of "be": "Kamel was one of several activists to
    appear at the club", "She was the first to leave" (Kamel appeared, she left); not "the man to beat"."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.lower_ not in _RANKS or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), None)


def _lent_subject(verb: Token) -> Token | None:
    """The subject a misparse gave to a participle set off before the verb: in "Egypt, hit hard by
    bird flu, has ordered the slaughter" the parser makes "Egypt" the subject of "hit", leaving
    "ordered" none; the participle describes the subject, which is the main verb's."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in _children(verb)):
        return None
    for child in _children(verb):
        after = child.right_edge.i + 1
        if child.dep_ == "advcl" and child.i < verb.i and _bare_participle(child) and after < verb.i and \
                verb.doc[after].text == ",":
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                return subj
    return None


def _past_plan(verb: Token, children: list[Token]) -> str:
    """"was", "were" or "had been" when a plan's own verb is in the past; else ""."""
    if verb.lemma_ == "be" and verb.tag_ == "VBD" and verb.lower_ in ("was", "were"):
        return verb.lower_
    aux = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if aux and aux[0].tag_ == "VBD" and aux[0].lower_ in ("was", "were", "had"):
        return " ".join(a.lower_ for a in aux)
    return ""


# --- statements -----------------------------------------------------------------------------


@per_token
def _content(verb: Token) -> Token | None:
    """The clause a reporting verb reports: its ccomp, or the clause it is a parenthetical of."""
    children = _children(verb)
    comp = next((c for c in children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not _parenthetical(c)),
                None)
    if comp is None:
        comp = next((c for c in children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")
                     and _small_clause(verb, c) is None), None)
    if comp is None:
        # "said on CNN's 'State of the Union' that Biden would …" parsed as a relative clause
        for child in children:
            if child.dep_ in ("dobj", "prep", "npadvmod"):
                comp = next((t for t in child.subtree if t.dep_ == "relcl" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in t.children)), None)
                if comp is not None:
                    break
    if comp is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("dobj", "attr") for c in children) and verb.head.lemma_ not in STATEMENT_VERBS:
        between = verb.doc[min(verb.i, verb.head.i) : max(verb.i, verb.head.i)]
        if "\n" not in between.text:
            comp = verb.head  # "Biden wants …, Sullivan said"
    if comp is None and verb.lemma_.lower() in STATEMENT_VERBS and verb.head.pos_ in ("VERB", "AUX") and \
            _asyndetic_teller(verb) is not None:
        comp = verb.head  # "… entered the museum, Hawass, head of the council, told CNN" joined with no "and"
    return comp


def _small_clause(verb: Token, comp: Token) -> Token | None:
    """The object of "declared the virus a pandemic", "called the talks useful": a noun or adjective
    parsed as a clause whose subject follows the verb at once is the verb's object and its
    complement, not something stated. Returns that object."""
    if comp.dep_ != "ccomp" or comp.pos_ not in ("ADJ", "NOUN") or comp.i < verb.i or \
            any(c.dep_ == "mark" for c in comp.children):
        return None
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != verb.i + 1 or subj.pos_ == "PRON" and subj.lower_ != "it":
        return None
    return subj


@per_token
def _is_statement(verb: Token) -> bool:
    """A reporting verb that reports: not negated ("did not say"), not planned ("will announce")."""
    lemma = verb.lemma_.lower()
    ruling = lemma in _RULINGS and any(c.dep_ == "ccomp" for c in verb.children)  # "…, a court has ruled"
    if lemma not in STATEMENT_VERBS and not ruling or verb.pos_ != "VERB" or verb.dep_ == "acl" or \
            _bare_participle(verb) or lemma not in ("say", "tell", "add") and _reduced_passive(verb):
        return False  # "with another protest predicted for Friday": nobody stated anything
    if _negation(verb) or any(a.lower_ in _MODALS or a.lower_ == "to" for a in _aux(verb)):
        return False
    return verb.dep_ != "xcomp"


def _existential(verb: Token) -> bool:
    """"There are usually a line of thugs", "there is always a chance"."""
    return any(c.dep_ == "expl" for c in verb.children)


def _quoted(verb: Token) -> bool:
    before = verb.doc[sentence_of(verb).start : verb.i].text
    return sum(before.count(q) for q in ("“", "``")) > sum(before.count(q) for q in ("”", "''")) or \
        before.count('"') % 2 == 1


def _in_quote(verb: Token) -> bool:
    """Quoted, or closing a quotation begun in an earlier sentence: "I do not cry for myself, …," he said."""
    if _quoted(verb):
        return True
    sent = sentence_of(verb)
    before = verb.doc[sent.start : verb.i].text
    after = verb.doc[verb.i : sent.end].text
    closes = [i for i in (after.find("”"), after.find("''")) if i >= 0]
    opens = [i for i in (after.find("“"), after.find("``")) if i >= 0]
    # but not "rather than designated `` fever centres ''": a quotation opened after the verb
    return not any(q in before for q in ("“", "``", "”", "''", '"')) and bool(closes) and \
        not (opens and min(opens) < min(closes))


# --- entry point ----------------------------------------------------------------------------


@per_token
def _clause_head(predicate: Token) -> Token:
    """The verb whose clause tells the happening: an infinitive's governor, an adjective's copula."""
    token = predicate
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            token = head  # "failed to name", "is expected to cover", "has yet to speak"
        elif token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            token = head.head  # "are due to meet"
        elif token.dep_ in ("acomp", "attr", "oprd") and token.pos_ in ("ADJ", "NOUN", "PROPN") and \
                head.pos_ in ("VERB", "AUX") and head.lemma_ != "be":
            token = head  # "grew frosty"
        elif token.dep_ == "acomp" and head.lemma_ == "be":
            token = head
        elif token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and not _subject_own(token) and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
            token = head  # "filed a lawsuit to block the offer"
        else:
            break
    return token


def _object_gap(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose missing object (or stranded preposition's
    object) is the noun it describes: "the speech President Obama gave in Cairo", "the square the
    army cleared", "the hotel she stayed in". A headline from the clause alone drops what was done
    ("Obama gives in Cairo"); "the day Mubarak resigned" and "the city where …" lack no object."""
    if _reduced_relative(verb):
        return True
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in GAP_FREE_NOUNS \
            or noun.ent_type_ in ("DATE", "TIME"):
        return False
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP", "WP$") or subj.lower_ == "that" or any(
            c.tag_ == "WP$" for c in subj.children):  # "the woman whose illness began": no gap either
        return False  # "the man who attacked …": the noun is the doer, not the thing done
    relative = [c for c in children if c.tag_ in ("WDT", "WP") or c.lower_ == "that" and c.dep_ == "dobj"]
    if any(c.tag_ == "WRB" for c in children) or any(c.dep_ in _FILLED_OBJECTS and c not in relative
                                                     for c in children):
        return False  # "the city where …", "the day he told them …": nothing is missing
    if any(c.dep_ != "dobj" for c in relative):
        return False
    stranded = any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in children)
    return stranded or not any(c.dep_ == "auxpass" for c in children)


def _participle_main_verb(verb: Token) -> Token | None:
    """The sentence's main verb when ``verb`` is a participle describing its subject: "Four patients
    infected with the strain have died" (died), "Hundreds of people arrested in the protests will be
    freed" (freed). A headline of the participle alone ("Four patients infected with strain") tells
    the description and loses what happened to them; None for any other verb."""
    if verb.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubjpass", "aux", "auxpass") for c in verb.children) or \
            verb.i > 0 and verb.doc[verb.i - 1].text in (",", "--", "-", "—", "–", "("):
        return None  # (set off, "the academy, funded by …, can move": an aside, not what tells the noun)
    main = _main_of_participle(verb)
    if main is None or any(c.dep_ == "mark" for c in main.children) or any(
            a.lower_ in ("can", "could", "may", "might", "should", "would", "must", "ca") for a in _aux(main)):
        return None  # "whether the academy … can move": no happening to tell with it
    return main


def _main_of_participle(verb: Token) -> Token | None:
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children):
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("nsubj", "nsubjpass"):
            noun = noun.head.head  # "hundreds of people arrested …"
        main = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and main.pos_ in ("VERB", "AUX") and main.i > verb.i and \
                same_sentence(main, verb):
            return main
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != verb.i - 1 or not _reduced_passive(verb):
        return None  # (the noun before the participle must be the subject: "the fight over the law ruled …" is not)
    if verb.dep_ in ("csubj", "csubjpass"):
        return verb.head
    siblings = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i] if verb.dep_ == "ccomp" else []
    return next((c for c in [*verb.children, *siblings] if c.i > verb.i and c.dep_ in ("conj", "dep", "ccomp")
                 and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                 and not any(t.dep_ == "cc" and t.head in (verb, c) for t in verb.doc[verb.i : c.i])), None)


def _reduced_relative(verb: Token) -> bool:
    """"remember that speech President Obama gave in Cairo" parsed with "speech" as the subject and
    the name as its apposition: the name is the doer and the noun the missing object."""
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in GAP_FREE_NOUNS or any(
            c.dep_ in _FILLED_OBJECTS or c.dep_ == "auxpass" for c in children):
        return False
    # (also one appositive further: "Suleiman, the intelligence chief Mubarak picked as …, said")
    nouns = [subj, *(c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < verb.i)]
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1 and c.i < verb.i
               for noun in nouns for c in noun.children)


def _governors(predicate: Token) -> list[Token]:
    """The predicate's verb (its copula for an adjective) and what governs its modality, as
    ``modality.modality_chain`` finds them: one rule for the event's modality and its headline."""
    chain = modality_chain(predicate)
    if predicate.pos_ not in ("VERB", "AUX") and predicate.dep_ in ("acomp", "attr") and len(chain) > 1:
        chain = chain[1:]  # "was not able to": the copula carries the words
    return chain


def _is_unreal(chain: list[Token]) -> bool:
    for verb in chain:
        if any(a.lower_ in _MODALS for a in _aux(verb)):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            return True
    # Any infinitive link of the chain, not only the trigger's own: "is going to mutate and hit".
    for verb in chain[:-1]:
        head = verb.head
        if verb.dep_ == "xcomp" and (head.lemma_.lower() in _PLANNERS or head.lower_ in _PLANNERS
                                     or head.lemma_ == "be"):
            return True
    return False


# Verbs whose preposition is their complement: "called for the release", "worked as an attendant",
# "had travelled to Mexico".
_PREP_VERBS = _words("""call appeal ask wait hope push press plead pray vote apply account look rely depend insist
    opt qualify serve work act pose travel fly flee return move head go warn caution advise""")


# Verbs whose "as" phrase is what they say of their object or subject: "described the aid as late".
_AS_VERBS = _words("""describe regard see view label brand characterise characterize portray depict dismiss hail
    count rank treat classify define present cast serve work act pose identify list name appoint elect choose
    confirm recognise recognize interpret perceive rate condemn denounce praise criticise criticize""")


def _selected_preps(verb: Token) -> list[Token]:
    """The preposition a verb cannot lose: its "as" ("worked as a garage attendant", "described the
    aid as late") and "called for", "appealed for", "relied on" with no object."""
    preps = [c for c in _children(verb) if c.dep_ == "prep" and c.i > verb.i and not _temporal(c)
             and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
    # "as slow and badly organised": an adjective hung on "as" is what was said of the object
    chosen = [p for p in _children(verb) if p.dep_ == "prep" and p.lower_ == "as" and p.i > verb.i and
              verb.lemma_ in _AS_VERBS and any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in p.children)][:1]
    if verb.lemma_ in _PREP_VERBS and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in _children(verb)):
        chosen += [p for p in preps if p.lower_ != "as"][:1]
    return chosen


def _asked(verb: Token, infinitive: Token, children: list[Token]) -> Token | None:
    """The preposition whose object is the one asked to do the infinitive ("called on people to
    support", "appealed to donors to give"): a phrase right before the infinitive, which has no subject
    of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in infinitive.children):
        return None
    return next((p for p in children if p.dep_ == "prep" and verb.i < p.i < infinitive.i and not _temporal(p)
                 and p.right_edge.i == infinitive.left_edge.i - 1 and p.lower_ in ("on", "upon", "to", "for", "with")
                 and any(g.dep_ == "pobj" for g in p.children)), None)
