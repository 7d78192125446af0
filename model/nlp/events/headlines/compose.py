"""One headline per event: the paraphrase, or the clause in the source's words when no clean one can be made."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.coreference import speaks_of_self
from model.nlp.events.headlines.form import _opens_with_relative, _parse_fault, headline_fault
from model.nlp.events.headlines.phrases import _Clause, _Ctx, _names_of, _np, _resolve_subject
from model.nlp.events.headlines.render import _join, _tidy, has_markup, header_end, render
from model.nlp.events.headlines.statements import (
    _bare_quote,
    _first_person_quote,
    _following_quote,
    _preceding_quote,
    _reported_words,
    _speakers_words,
    _told_by,
    _with_antecedent,
    _with_doer,
    _words_before,
    speaker_of,
)
from model.nlp.events.headlines.syntax import (
    _Agreement,
    _aux,
    _bare_participle,
    _children,
    _clause_head,
    _content,
    _existential,
    _governors,
    _in_quote,
    _is_statement,
    _is_unreal,
    _lent_subject,
    _negation,
    _object_gap,
    _parenthetical,
    _participle_main_verb,
    _quoted,
    _selected_preps,
    _set_off,
    _subject,
    _subject_own,
    _temporal,
    _verb_phrase,
    _verb_word,
)
from model.nlp.events.headlines.trimming import _LONGEST, _qualifiers, _spine, trimmed_clause
from model.nlp.events.headlines.words import (
    _CONDITIONS,
    _CORE,
    _FIRST_PERSON,
    _FUNCTION_WORDS,
    _MEETING_NOUNS,
    _MODALS,
    _OPINION_VERBS,
    _PERSONAL_PRONOUNS,
    _PRONOUN_ENDS,
    _SPEECH_NOUNS,
    _TIME_WORDS,
    _WORD,
    MAX_CHARS,
    OVERRUN,
    STATEMENT_VERBS,
    _words,
    present,
)
from model.nlp.events.modality import is_negated
from model.nlp.events.predicates import is_event_noun, named_as_a_time
from model.nlp.sentences import same_sentence, sentence_of
from model.text.lexicon import NEGATIVE_SUBJECTS, POSSIBILITY_ADVERBS, UNREAL_GOVERNORS
from model.timex.tense import when_ahead

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from model.nlp.events.participants import Participants

# "it's unlikely the case will be closed": the clause is not what happens
_DOUBTS = _words("unlikely doubtful unclear uncertain impossible unknown improbable")
_NEG_WORDS = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|cannot|fails?|failing|refuses?|declines?|yet to|without|neither|"
    r"nor|unable|denies|rarely|seldom|hardly)\b|n[’']t\b", re.IGNORECASE)
_UNREAL_WORDS = re.compile(
    r"n[’']t\b|\b(?:to|will|shall|would|could|might|may|can|cannot|should|must|if|unless|whether|plans?|expected|hopes?|"
    r"wants?|seeks?|aims?|due|set|likely|unlikely|intends?|proposes?|threatens?|promises?|tries|agrees?|"
    r"decides?|vows?|pledges?|scheduled|yet|not|never|no|fails?|refuses?|declines?|needs?|ought)\b",
    re.IGNORECASE)


# Adverbs that make what a clause tells uncertain: a headline without them states a possibility, a
# likelihood or an allegation as a fact ("Maybe 200 people died" is no "200 people die").
_HEDGES = POSSIBILITY_ADVERBS | _words("probably allegedly reportedly supposedly")
_HEDGE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_HEDGES)) + r")\b", re.IGNORECASE)


def _hedge(chain: list[Token]) -> Token | None:
    """The hedging adverb on the predicate or a verb governing it ("the virus possibly reached Britain")."""
    return next((c for v in chain for c in v.children if c.dep_ == "advmod" and c.lower_ in _HEDGES
                 and _next_to(c, v)), None)


def _with_hedge(text: str, hedge: Token, verb: Token) -> str:
    """The paraphrase with its hedge put back: before the subject where the sentence opens with it
    ("Maybe 200 people die in quake"), else before the verb ("Virus possibly reaches Britain"); the text
    as it was when the verb is not found once in it."""
    if hedge.i == sentence_of(hedge).start or hedge.i == header_end(sentence_of(hedge)[0]):
        first = text.split(" ", 1)
        lead = next((t for t in sentence_of(hedge) if t.text == first[0]), None)
        keep = lead is not None and (lead.pos_ == "PROPN" or lead.ent_type_) or not first[0][:1].isalpha()
        return f"{hedge.text[:1].upper()}{hedge.text[1:].lower()} {text if keep else text[:1].lower() + text[1:]}"
    forms = {_verb_word(verb, f) for f in ("present", "present-pl", "text", "lemma")}
    words = text.split(" ")
    at = [k for k, w in enumerate(words) if w.lower() in forms]
    if verb.pos_ not in ("VERB", "AUX") or len(at) != 1 or at[0] == 0:
        return text
    k = at[0] - 1 if words[at[0] - 1].lower() in {*_MODALS, "to", "not"} else at[0]
    return " ".join([*words[:k], hedge.lower_, *words[k:]])


def _next_to(adverb: Token, verb: Token) -> bool:
    """No comma or other mark between an adverb and its verb: "perhaps" set off after a clause
    ("…, perhaps he said that to me") belongs to another clause the parse hung on the verb."""
    lo, hi = sorted((adverb.i, verb.i))
    return not any(t.is_punct for t in adverb.doc[lo + 1 : hi])


# "had not posted since he went missing": the happening a time clause tells is not the main clause's denial
_TIME_MARKS = _words("since after before when while once until till as")
_PREPOSITION_LIKE = _words("following including regarding concerning excluding considering during pending")


def _noun_headline(noun: Token, ctx: _Ctx) -> str:
    """An event noun: its own clause when it is the object or subject, else the noun phrase."""
    head = noun.head
    if noun.lemma_.lower() in _SPEECH_NOUNS and noun.dep_ == "nsubj" and head.lemma_.lower() in STATEMENT_VERBS:
        said = _verb_headline(head, ctx)  # "a statement from Sarkozy said France was satisfied"
        if said and not said.lower().startswith(noun.lower_):
            return said
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and \
            head.lemma_.lower() not in STATEMENT_VERBS and not (
            head.tag_ == "VBG" and head.lower_ in _PREPOSITION_LIKE and not _subject_own(head)):
        # (not "died following the earthquake": "following" is a preposition there)
        return _verb_headline(_clause_head(head), ctx)
    np, _ = _np(noun, ctx, 0)
    if noun.lemma_.lower() in _SPEECH_NOUNS and noun.dep_ == "pobj" and not any(
            c.dep_ == "poss" for c in noun.children):
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and verb.lemma_.lower() in STATEMENT_VERBS:
            speaker = speaker_of(verb, ctx.participants)
            if speaker and speaker not in ("Source", "Sources"):
                # "In a statement, Hatem said the cull would begin": what the statement said, not
                # "Hatem statement", which tells nothing; the source's words when that fails
                return _verb_headline(verb, ctx)
    if noun.lemma_.lower() in _MEETING_NOUNS or noun.lower_ in _MEETING_NOUNS:
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("prep", "pcomp")), None)
        who: list[str] = []
        for rel in noun.children:
            if rel.dep_ == "relcl":  # "a briefing on Nov 16 in which Kirby said …"
                subj = _subject(rel)
                if subj is not None:
                    who = _names_of(subj, ctx)
                    verb = rel
        if verb is not None:
            subj = _subject(verb)
            who = who or (_names_of(subj, ctx) if subj is not None else [])
            _, kind = _verb_phrase(verb, _Agreement(False))
        else:
            kind = "done"
        with_ = [c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                 for c in p.children if c.dep_ == "pobj"]
        for c in with_:
            who += [n for n in _names_of(c, ctx) if n not in who]
        if not who:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None and ctx.name(poss) is None:
                who = [ctx.short(n) for n in ctx.names if ctx.participants.labels.get(n) == "PERSON"][:2]
        past = verb is not None and (verb.tag_ in ("VBD", "VBN") or any(
            a.lower_ in ("has", "have", "had") for a in _aux(verb)))
        if who and kind in ("done", "passive") and (past or verb is None):
            bare = _np(noun, _Ctx(ctx.participants, ctx.names), 0)[0]
            for name in who:
                bare = re.sub(rf"\s+(?:with|between) {re.escape(name)}(?: and \w+)?$", "", bare)
            who_text = _join(who[:3]) if not (len(who) == 2 and who[0] == who[1]) else who[0]
            return f"{who_text} {'hold' if len(who) > 1 else 'holds'} {bare}"
    return np


_POSSESSIVE_PRONOUNS = frozenset(("its", "his", "her", "their"))


def _before_or_after(noun: Token) -> bool:
    """A happening named only as the time of another clause: "Since the war in 2003, the city has
    grown", "After its launch in March, the product sold well". The clause is not its headline."""
    prep = noun.head
    return named_as_a_time(noun) and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != noun.i \
        and noun.lemma_.lower() not in _MEETING_NOUNS | _SPEECH_NOUNS


def _happening_named_before_or_after(noun: Token, ctx: _Ctx) -> str:
    """The happening's own noun phrase, with whose it is: "Charity's founding", "War in Iraq". A
    possessive pronoun before the clause's subject points ahead to it ("After its launch, the product
    …"); elsewhere it is left out rather than guessed."""
    text = _np(noun, ctx, 0)[0]
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    owner = ""
    if poss is not None and poss.lower_ in _POSSESSIVE_PRONOUNS:
        subject = _subject(noun.head.head)
        if subject is not None and subject.i > noun.i and subject.pos_ in ("NOUN", "PROPN"):
            owner = _np(subject, ctx, 0)[0]
    elif poss is not None and poss.pos_ == "PROPN":
        owner = _np(poss, ctx, 0)[0]
    if owner and not text.lower().startswith(owner.lower()):
        text = f"{owner}’s {text}"
    elif len(text.split()) < 2:
        where = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "on", "at", "against")
                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP")),
                     None)
        if where is not None:
            text = f"{text} {where.head.lower_} {_np(where, ctx, 0)[0]}"
    text = _tidy(text)
    return text[:1].upper() + text[1:]


def _verb_headline(verb: Token, ctx: _Ctx) -> str:
    participants = ctx.participants
    main = _participle_main_verb(verb)
    reporting = main is not None and _is_statement(main) and not any(c.dep_ == "auxpass" for c in main.children)
    if main is not None and not reporting and main.lemma_ != "be":
        # (a state after it, "soldiers wounded in the clash are in a stable condition", leaves the wounding the news)
        return _with_main_verb(verb, main, ctx)
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        # A participle describing a noun: "the Pentagon's annual report …, released last month".
        head = verb.head
        if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and (verb.i < head.i or any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)):
            # "Rescued by fishermen, Elian has become …": Elian; "… has killed 167 since detected in
            # Mexico": the flu
            head = _subject(head) or head
        elif head.pos_ in ("VERB", "AUX"):
            head = next((c for c in head.children if c.dep_ in ("attr", "dobj")), head)
        before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].text in ("-", "--", "—", "–") else None
        if before is not None and ctx.name(before) is not None and ctx.name(head) is None:
            head = before  # "giving quarterback Michael Vick - convicted in 2007 of …": Vick, not the giving
        if head.pos_ in ("NOUN", "PROPN"):
            for level in (0, 1, 2):
                rest = _Clause(ctx, level + 1).complement(verb, 1)  # "funded by the Saudi government"
                np = _np(head, ctx, level)[0]
                np = np.removesuffix(" " + verb.text)  # the noun phrase may already end with the participle
                text = f"{np} {_verb_word(verb, 'text')} {rest}".strip()
                if len(text) <= MAX_CHARS:
                    return text
        return ""
    if verb.lemma_.lower() in STATEMENT_VERBS and verb.dep_ == "acl":
        return ""  # "leaflets warning the school could …": the source's words say it best
    if _is_statement(verb):
        content = _content(verb)
        quoted = _following_quote(verb, participants)
        if quoted:
            return quoted  # 'Reid: “The first locally caught cases … have been confirmed …”', not a paraphrase
        if content is None:
            # "'We can not confirm …,' she said in a telephone interview": what was said is the
            # quote before the verb, not "York says in telephone interview".
            quoted = _preceding_quote(verb, participants) or _words_before(verb, participants)
            if quoted:
                return quoted
        if content is not None:
            speaker = speaker_of(verb, participants)
            inner_verb = _clause_head(content)
            inner_subj = _subject(inner_verb)
            if inner_subj is not None and inner_verb.lemma_ in _OPINION_VERBS and speaker and \
                    _np(inner_subj, ctx, 1)[0] == speaker:
                deeper = next((c for c in _children(inner_verb) if c.dep_ == "ccomp"), None)
                if deeper is not None:
                    inner_verb = _clause_head(deeper)  # "said he believed China …": the belief is the claim
            inner_subject = _subject(inner_verb)
            if inner_subject is None and not any(a.dep_ == "auxpass" for a in _aux(inner_verb)):
                # "'There are usually thugs outside a protest,' he said": no doer to paraphrase, but
                # the speaker's own words are a true headline ("… has reached Egypt," Mousavi wrote
                # quotes a sentence begun before: nothing).
                if inner_subject is None and _existential(inner_verb):
                    return _speakers_words(verb, inner_verb, speaker, participants) or \
                        _reported_words(inner_verb, speaker, participants)
                return ""
            for level in (0, 1, 2):
                inner = _Clause(ctx, level)
                text = inner.clause(inner_verb)
                if len(text.split()) < 2:
                    return _speakers_words(verb, inner_verb, speaker, participants) or \
                        _reported_words(inner_verb, speaker, participants)
                if inner.unresolved:
                    if inner_subject is not None and speaks_of_self(inner_subject, participants) and \
                            _claimed_deed(verb, inner_verb, own=True):
                        # "A journalist for state TV says she quit": the one speaking is the "she"
                        own = _tidy(trimmed_clause(verb, MAX_CHARS))
                        if own and not headline_fault(own, verb):
                            return own
                    if speaker and _in_quote(inner_verb):
                        # The speaker's own words where paraphrase would need a referent we lack.
                        return _speakers_words(verb, inner_verb, speaker, participants)
                    return _reported_words(inner_verb, speaker, participants)
                if not speaker:
                    return ""
                # "Yellen said she has no plans": her own statement about herself needs no "Yellen:"
                candidate = text if text.lower().startswith(speaker.lower() + " ") else f"{speaker}: {text}"
                if candidate is text and _claimed_deed(verb, inner_verb, own=inner_subject is not None and speaks_of_self(
                        inner_subject, participants)):
                    # "Murray says he did nothing wrong": a deed told by its doer is a claim, not a fact
                    own = _tidy(trimmed_clause(verb, MAX_CHARS))
                    if own and not headline_fault(own, verb):
                        return own
                if len(candidate) <= MAX_CHARS:
                    return candidate
            return _reported_words(inner_verb, speaker, participants)
    subj = _subject(verb)
    if subj is not None and _quoted(verb) and (subj.lower_ in _FIRST_PERSON or subj.pos_ == "PRON" and (
            subj.lower_ in _PERSONAL_PRONOUNS and ctx.name(subj) is None and subj.i not in participants.refers_to)):
        # "`` It 's happened before , '' the chief medical officer said": a pronoun nobody resolved,
        # quoted, is the speaker's own words in their marks, never a bare "It happened before"
        return _first_person_quote(subj.head, participants)
    if _object_gap(verb):
        return ""  # "the speech Obama gave in Cairo": not "Obama gives in Cairo"; the source's words
    subject = _subject(verb) or _lent_subject(verb)
    for level in (0, 1, 2):
        clause = _Clause(ctx, level)
        text = clause.clause(verb)
        if clause.unresolved or not subject and clause.kind not in ("passive",):
            return ""
        if subject is not None and not clause.subject(verb)[0] and clause.kind != "passive":
            return ""  # the subject is a dateline ("WASHINGTON (AP) -- …"): no actor to name
        if len(text) <= MAX_CHARS:
            return text if len(text.split()) >= 2 else ""
    return ""


def _with_main_verb(participle: Token, main: Token, ctx: _Ctx) -> str:
    """A participle describing the subject told with the sentence's main verb: "Four patients infected
    with resistant strain die", never "Four patients infected with resistant strain", which loses
    what happened to them; "" when that does not fit (the source's words then)."""
    noun = participle.head if participle.dep_ == "acl" else _subject(participle)
    if noun is None:
        return ""
    for level in (0, 1, 2):
        clause = _Clause(ctx, level)
        full = clause.clause(main)
        who = _Clause(ctx, level).subject(main)[0]
        if clause.unresolved or not (who and full.startswith(who + " ") or not who and clause.kind == "passive"):
            return ""  # (no subject of its own: "… have been confirmed as carrying the virus", told as passive)
        np = _np(noun, ctx, level)[0].removesuffix(" " + participle.text)
        rest = _Clause(ctx, level + 1).complement(participle, 1)
        text = " ".join(p for p in (np, _verb_word(participle, "text"), rest, full[len(who):].strip()) if p)
        if headline_fault(text):
            return ""
        if len(text) <= MAX_CHARS:
            return text
    return ""


def headline(predicate: Token, participants: Participants, names: list[str] | None = None) -> str:
    """A headline for the happening ``predicate`` names; ``names`` are the event's participants."""
    ctx = _Ctx(participants, list(names or []))
    text = ""
    head = predicate.head
    claimed = self_claim(predicate, participants) if predicate.pos_ in ("VERB", "AUX") else None
    if claimed is not None:
        return headline(claimed, participants, names)  # "Smith says he paid the money back", never "Smith pays"
    main = _source_phrase(predicate)
    if main is not None:
        return headline(main, participants, names)  # "…, according to a report made public in August"
    if predicate.dep_ == "amod" and predicate.tag_ in ("VBN", "VBG") and head.pos_ in ("NOUN", "PROPN"):
        text = _np(head, ctx, 0)[0]  # "a previously announced agreement": the thing, nothing stated
    elif predicate.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in predicate.children) \
            and head.pos_ in ("NOUN", "PROPN"):
        text = _np(head, ctx, 0)[0]  # "Pattison's decision to seek control"
    elif predicate.pos_ in ("VERB", "AUX") or predicate.dep_ in ("acomp", "xcomp"):
        text = _with_own_time(_verb_headline(_clause_head(predicate), ctx), predicate)
    elif predicate.pos_ in ("NOUN", "PROPN") and _before_or_after(predicate):
        return _happening_named_before_or_after(predicate, ctx)
    elif predicate.pos_ in ("NOUN", "PROPN"):
        text = _noun_headline(predicate, ctx)
    elif predicate.pos_ == "ADJ":
        head = _clause_head(predicate)
        text = _verb_headline(head, ctx) if head.pos_ in ("VERB", "AUX") else ""
    text = _tidy(text)
    if not _passive_end(text, _clause_head(predicate)) and _ill_formed(text) or \
            _lost_complement(text, _clause_head(predicate)) or _lost_qualifier(text, _clause_head(predicate)):
        text = ""  # "Analysts say", "swine farms are", "documents show documents show": the source's words
    chain = _governors(predicate)
    top = chain[-1]
    disbelieved = False
    doubted = any(c.dep_ == "acomp" and c.lower_ in _DOUBTS for c in top.head.children)
    since = top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in top.children)
    if top.dep_ in ("ccomp", "advcl") and top.head.pos_ in ("VERB", "AUX") and not since and (
            _negation(top.head) or doubted or any(c.dep_ == "mark" and c.lower_ == "for" for c in top.children)):
        chain.append(top.head)  # "did not believe he was serious", "prayed for him to die": not facts
        text = ""
        disbelieved = bool(_negation(top.head))
    condition = next((v for v in chain if any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in v.children)), None)
    # A denial's headline keeps its "denied", the denial itself included: never "Army: soldiers fire".
    negated = disbelieved or is_negated(predicate) or chain[-1].lemma_.lower() == "deny" or \
        _denied_subject(_clause_head(predicate))
    # (not a saying's: "…, perhaps he said that to me because …" headlines what was said before it)
    hedge = _hedge(chain) if chain[-1].lemma_.lower() not in STATEMENT_VERBS else None
    hedged = hedge is not None
    if hedge is not None and text and not _HEDGE_WORDS.search(text):
        text = _with_hedge(text, hedge, _clause_head(predicate))  # "Levy's thoughts probably absorbed in …"
    dishonest = (negated and not _NEG_WORDS.search(text)) or (
        _is_unreal(chain) and not _UNREAL_WORDS.search(text) and _has_verb(text, predicate)) or (
        hedged and not _HEDGE_WORDS.search(text))
    if condition is not None or dishonest or not text or len(text) > MAX_CHARS and not _long_quote(text) \
            or has_markup(text) or len(text.split()) < 2:
        # The source's own words: they keep the "if", the "not", the "could" a paraphrase lost.
        marked = dishonest or _is_unreal(chain) or negated
        verb = condition or (chain[-1] if marked else _clause_head(predicate))
        if verb.pos_ not in ("VERB", "AUX"):
            # "a key question that will show the strength of the demonstrations": the noun's verb,
            # with the noun its relative clause describes when it is one
            verb = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX")), predicate)
        described = _with_antecedent(verb)
        if described:
            return described
        quote = _bare_quote(verb) or (_preceding_quote(verb, participants) or _following_quote(verb, participants)
                                      if verb.lemma_ in _QUOTING or verb.lemma_ in STATEMENT_VERBS else "")
        told = _content(verb) if _is_statement(verb) and not quote else None
        teller = None
        if told is not None and told.i < verb.i and told.head == verb and not _in_quote(told):
            teller, verb = verb, told  # "…, workers would be moved, he said": what was said, not "… moved he…"
        for _ in range(3 if not quote else 0):
            longer = len(_resolve_subject("x ", verb, participants)) - 2 if _subject(verb) is not None else 0
            text = _tidy(_resolve_subject(trimmed_clause(verb, MAX_CHARS - max(0, longer)), verb, participants))
            up = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if len(text.split()) >= 3 or up is None:
                break
            verb = up  # "die" alone says nothing: the clause it belongs to
        text = quote or _with_doer(text, verb, participants)
        if teller is not None and verb == told and text:
            text = _told_by(text, told, teller, participants)
        own = _clause_head(predicate)
        if text.endswith("…") and own.pos_ in ("VERB", "AUX") and own != verb and not quote:
            shorter = _tidy(_resolve_subject(trimmed_clause(own), own, participants))
            if shorter and not shorter.endswith("…"):
                text = shorter  # the trigger's own clause whole rather than a long one cut short
    if not _passive_end(text, _clause_head(predicate)) and _ill_formed(text, paraphrase=False) or \
            _lost_complement(text, _clause_head(predicate)) or \
            _opens_with_relative(text) and not _opens_with_relative(sentence_of(predicate).text):
        text = ""
    fault = headline_fault(text) or _opens_on_verb(text, predicate)
    if fault == "ends on a function word" and _stranded(text, predicate):
        fault = ""  # "demands that Beijing would not agree to": the sentence ends there too
    parse_fault = _parse_fault(text, predicate) if text and not fault else ""
    garbled = bool(parse_fault)
    faulty = bool(text and fault and not _passive_end(text, _clause_head(predicate)) or not text) or garbled
    unhedged = hedged and not _HEDGE_WORDS.search(text)  # the trimmed clause dropped its "maybe"
    faulty = faulty or unhedged
    long = len(text) > MAX_CHARS and not _long_quote(text)  # a clause that could not be cut: maybe a shorter form
    if faulty or long:
        # Never a fragment: the clause whole (a little past the limit) or cut where a clause ends.
        unreal = _is_unreal(chain) or condition is not None
        negated = negated or is_negated(predicate)
        honest = [p for p, needed in ((_NEG_WORDS, negated), (_UNREAL_WORDS, unreal), (_HEDGE_WORDS, hedged)) if needed]
        found = _clause_words(predicate, (condition or chain[-1]) if unreal or negated or hedged else None, participants,
                              honest) or _sentence_words(predicate, whole_only=True, honest=honest)
        if parse_fault == "subordinate clause alone":
            # "If they could have returned him …": the clause it hangs on is part of what it says, and a
            # trimmed one loses the words that tie them; the sentence whole tells both
            found = _whole_sentence(predicate) or found
        elif found and faulty and not _tells(found, predicate) and predicate.lemma_.lower() not in STATEMENT_VERBS:
            # another clause of the sentence ("It is understood the travellers were admitted" for "after
            # returning from Mexico on Tuesday"): the sentence whole tells both, each at its time
            found = _whole_sentence(predicate) or found
        if found and (faulty or len(found) < len(text) and _tells(found, predicate)):  # the same happening, shorter
            text = found
        elif garbled or faulty and text:
            # A paraphrase of a doubtful parse, or a fragment, is never kept: the sentence's own words,
            # whole up to the limit ``_sentence_words`` keeps, cut where a clause ends past it.
            text = _honest_cut(predicate, honest) or text
        if unhedged and not _HEDGE_WORDS.search(text):
            text = _whole_sentence(predicate) or text
    if _opens_with_relative(text) and not _opens_with_relative(sentence_of(predicate).text):
        # "What happened in 1957" cut from "That 's what happened in 1957": the sentence's own words
        words = _sentence_words(predicate, whole_only=True) or _sentence_words(predicate)
        if words and (not (negated or is_negated(predicate)) or _NEG_WORDS.search(words)):
            text = words  # (a cut that lost the "not" is no better: "Who might not consider …" stays)
    if len(text.split()) < 2 or not text:
        # Headers ("(Update 2:10 a.m.)"), list items ("-LRB- 1858"): the sentence's own words
        whole = _sentence_words(predicate)
        if len(whole.split()) >= 3:
            return whole
        plain = re.sub(r"-[LR][RSC]B-|``|''|`|(?<=\s)'(?=\s)|[()\[\]]", " ", sentence_of(predicate).text)
        plain = _tidy(re.sub(r"\s+('s|’s|n't)\b", r"\1", plain))  # tokenised text: "Morgan 's" -> "Morgan's"
        if len(plain) > MAX_CHARS:
            plain = plain[: MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
        text = plain if len(plain.split()) > len(text.split()) else text or plain
    return text


# Nouns of documents and statements whose own verb ("a report made public in August") is no happening
# of the story: what they say is.
_SOURCE_NOUNS = _words("""report reports study studies survey surveys statement statements figures data document
    documents paper papers poll polls letter article release bulletin estimate estimates analysis review""")


def _source_phrase(predicate: Token) -> Token | None:
    """The main verb of the sentence when ``predicate`` only describes where its words come from:
    "The number of cases has tripled, according to a report made public in August" is the tripling,
    never "Report made public"."""
    noun = predicate.head
    if predicate.dep_ not in ("acl", "relcl") or predicate.tag_ != "VBN" or noun.lemma_.lower() not in _SOURCE_NOUNS \
            or _subject_own(predicate):
        return None
    according = any(a.lower_ == "according" for a in noun.ancestors)
    main = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("prep", "pcomp")), None)
    if not according or main is None or not same_sentence(main, predicate):
        return None
    return main


def _with_own_time(text: str, predicate: Token) -> str:
    """A relative clause's happening with its own time words, which are what sets it apart ("40
    people die in March and April" of "the figures include 40 people who died in March and
    April"); the headline as it is when they are missing or do not fit."""
    if predicate.dep_ != "relcl" or not text or not any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("WDT", "WP") or any(
                w.tag_ == "WP$" for w in c.children)) for c in predicate.children) or any(
            c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "acomp") for c in predicate.children):
        return text  # only "people who died": a doer and its happening, nothing else to tell it by
    when = next((c for c in _children(predicate) if c.i > predicate.i and (
        c.dep_ == "prep" and _temporal(c) or c.dep_ == "npadvmod" and c.ent_type_ == "DATE")), None)
    if when is None:
        return text
    words = _tidy(render(set(when.subtree)))
    if min(when.subtree, key=lambda t: t.i).pos_ != "PROPN":
        words = words[:1].lower() + words[1:]  # "in March", "last Friday", never "In March" mid-headline
    if words.lower() in text.lower() or len(text) + len(words) + 1 > MAX_CHARS:
        return text
    return f"{text} {words}"


def _lost_qualifier(text: str, verb: Token) -> bool:
    """Whether a paraphrase dropped a word that a trimmed clause keeps because the clause is false
    without it: "Agency: virus not yet spreading" for "… not yet spreading in a sustained way
    outside Europe", "All are from capital" for "all but one", "tests expected to go" for "go ahead",
    "schools must close" for "… must close if a pupil is found to have the virus"."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.head.pos_ in (
            "VERB", "AUX"):
        verb = _clause_head(verb.head)  # "Next week's tests are expected to go ahead": the noun's own clause
    if verb.pos_ not in ("VERB", "AUX") or not text:
        return False
    said = _content(verb) if _is_statement(verb) else None
    words = {w.lower() for w in _WORD.findall(text)}
    for clause in (verb, said):
        if clause is None or not same_sentence(clause, verb):
            continue
        tokens = {t for t in clause.subtree if same_sentence(t, clause)}
        kept = _qualifiers(clause, _spine(clause), tokens, narrow=True)
        kept.update(c for c in _children(clause) if c.dep_ == "advmod" and c.lower_ in ("only", "yet"))
        # a condition: "schools must close if a pupil is found to have the virus" is no "schools must close"
        kept.update(m for c in _children(clause) if c.dep_ == "advcl" for m in c.children
                    if m.dep_ == "mark" and m.lower_ in ("if", "unless"))
        if any(q.lower_ not in words for q in kept if not q.is_punct):
            return True
    return False


def _tells(words: str, predicate: Token) -> bool:
    """Whether ``words`` name the happening ``predicate`` names (its own word, or for a statement what was
    said): never the clause of a page line run into the sentence ("Most computers will open this document")."""
    found = {w.lower() for w in _WORD.findall(words)}
    head = _clause_head(predicate)
    said = _content(head) if _is_statement(head) else None
    return any(t.lower_ in found for t in (predicate, head, said) if t is not None)


def _long_quote(text: str) -> bool:
    """A whole quotation past ``MAX_CHARS`` ('Speaker: “…”', '“…”, the minister said'): kept rather
    than cut (``_unquoted`` made it so)."""
    return re.search(r"”(?:, [^“”]+)?$", text) is not None and len(text) <= _LONGEST and not headline_fault(text)


def _lost_complement(text: str, verb: Token) -> bool:
    """"Man tests" for "The man tested positive for swine flu", "X administers", "have called" for
    "have called for the release": the headline ends on its verb, which governs an object, a
    complement or the preposition it selects."""
    words = _WORD.findall(text)
    if not words or text.endswith(("…", "”")):
        return False
    bare = list(words)
    while len(bare) > 2 and bare[-1].lower() in _TIME_WORDS:
        bare.pop()  # "state-run Nile TV reported Sunday"
    if verb.lemma_.lower() in STATEMENT_VERBS and bare[-1].lower() == verb.lower_ and "," not in text and not any(
            c.dep_ == "auxpass" for c in verb.children) and _is_statement(verb):
        return True  # what was reported is lost (but "…, he said" has it before its tag)
    last = words[-1].lower()
    # Or a verb inside the clause the headline ends on: "the pig cull is likely to be interpreted"
    # (by whom, as what), "all those had traveled" (to Mexico).
    inner = [t for t in verb.subtree if t.lower_ == last and t.pos_ == "VERB" and t != verb and same_sentence(t, verb)]
    if verb.pos_ == "VERB":
        lemma = verb.lemma_.lower()
        if last in {verb.lower_, lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies", present(lemma, False)} \
                and not _passive_end(text, verb) and _needs_more(verb, passive=False):
            return True
    return any(_needs_more(t, passive=any(c.dep_ == "auxpass" for c in t.children)) for t in inner[:1])


def _needs_more(verb: Token, passive: bool) -> bool:
    """Whether ``verb`` governs what a headline ending on it would lose: its object or complement
    (unless passive) or the preposition it selects."""
    selected = _selected_preps(verb)
    return any(c.i > verb.i and (not passive and c.dep_ in ("dobj", "ccomp", "xcomp", "acomp", "attr", "oprd", "dative")
                                 and not _set_off(verb, c) and not _parenthetical(c)
                                 or c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i == verb.i + 1  # "tested positive"
                                 or c in selected) for c in _children(verb))


def _sentence_words(predicate: Token, whole_only: bool = False, honest: list[re.Pattern[str]] | None = None) -> str:
    """The sentence after its dateline or stamp, whole up to 30 characters past ``MAX_CHARS``, else
    cut where a clause ends, else (unless ``whole_only``) cut after a word that carries meaning."""
    sent = sentence_of(predicate)
    tokens = [t for t in sent if t.i >= header_end(sent[0])]
    words = _tidy(render(tokens))
    if len(words) <= MAX_CHARS + OVERRUN:
        return "" if whole_only and (headline_fault(words) or not all(p.search(words) for p in honest or [])) \
            else words
    # Cut after the main verb and what it governs, where a clause ends: never "The chief medical
    # officer, Sir Liam Donaldson" for "…, Sir Liam Donaldson, warned it would be premature …".
    core = [c.i for c in _children(sent.root) if c.dep_ in _CORE or c.dep_ in ("ccomp", "parataxis")]
    for mark in reversed([t for t in tokens if t.text in (",", ";", ":", "--", "—") and
                          t.i > max([sent.root.i, *core])]):
        cut = _tidy(render([t for t in tokens if t.i < mark.i]))
        if len(cut) <= MAX_CHARS + OVERRUN and len(cut.split()) >= 4 and not headline_fault(cut, predicate) and \
                not _opens_on_verb(cut, predicate) and all(p.search(cut) for p in honest or []):
            return cut
    if whole_only:
        return ""
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and root.i >= tokens[0].i and _subject(root) is not None:
        # the main clause shortened by its structure: "When the tour was unveiled, Jane Roe, the
        # company's chief, said …" keeps what Roe said, never "When the tour was unveiled Jane Roe…"
        clause = _tidy(trimmed_clause(root, MAX_CHARS, slack=OVERRUN))
        own = _WORD.findall(predicate.text.lower())[:1]  # and it tells the happening: a run-in page line does not
        if not clause.endswith("…") and len(clause.split()) >= 3 and not headline_fault(clause, predicate) and \
                bool(own) and own[0] in _WORD.findall(clause.lower()) and \
                not _opens_on_verb(clause, predicate) and all(p.search(clause) for p in honest or []):
            return clause
    if len(words) <= _WHOLE_SENTENCE:
        # Nothing shorter is whole: the sentence as it stands (the timeline elides it on screen and
        # keeps it whole in the tooltip), never a fragment cut at a length ("ElBaradei on Sunday called…")
        return _whole_sentence(predicate) or words
    kept = words[: MAX_CHARS - 1].rsplit(" ", 1)[0].split()
    while len(kept) > 3 and (kept[-1].lower().strip(",;:") in _FUNCTION_WORDS or
                             kept[-1].lower().strip(",;:") in _PRONOUN_ENDS):
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"


# The longest sentence shown whole when no shorter headline is whole; past it, a cut with "…".
_WHOLE_SENTENCE = 300


def _whole_sentence(predicate: Token) -> str:
    """The sentence after its dateline or stamp, whole, with its quotation marks when they pair (the
    speaker's words stay theirs); "" past ``_WHOLE_SENTENCE`` or when the marks do not pair."""
    sent = sentence_of(predicate)
    tokens = [t for t in sent if t.i >= header_end(sent[0])]
    quoted = _tidy(render(tokens, quotes=True))
    if len(quoted) > _WHOLE_SENTENCE or quoted.count("“") != quoted.count("”") or "“”" in quoted:
        return ""
    return quoted


def _honest_cut(predicate: Token, honest: list[re.Pattern[str]]) -> str:
    """The sentence cut short, when the cut keeps its "not" (``honest``); else "". A cut that
    stops before a "will" states nothing as done, where a garbled paraphrase states something false."""
    cut = _sentence_words(predicate)
    return cut if all(p.search(cut) for p in honest if p is _NEG_WORDS) else ""


def _stranded(text: str, predicate: Token) -> bool:
    """Whether the last word of ``text`` ends a clause of the sentence too: a stranded preposition
    ("demands Beijing would not agree to.") is no cut."""
    words = _WORD.findall(text)
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\s*(?:[.,;:!?'\"”]|''|$)",
                                     sentence_of(predicate).text) is not None


def _opens_on_verb(text: str, predicate: Token) -> str:
    """"no subject" for a headline that opens on a verb of its sentence that has none there:
    "Became the first to catch the virus", "Making him one of the school's athletes"."""
    first = _WORD.findall(text.split(": ", 1)[-1])[:1]
    if not first or text.split(": ", 1)[-1].startswith("“"):
        return ""
    for token in sentence_of(predicate):
        if token.lower_ == first[0].lower():
            subject = _subject(token)
            if token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBD", "VBZ", "VBP", "VBG") and \
                    token.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass", "pcomp", "amod", "compound") \
                    and (subject is None or subject.i < token.i) and not _existential(token):
                return "no subject"  # (or a subject before the verb, cut: "Said that the military is …")
            if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ") and token.dep_ == "ROOT" and subject is not None \
                    and subject.i > token.i and not text.endswith("?"):
                return "no subject"  # "Came Ghonim's interview" for "Then came …": the inversion lost its "then"
            if token.tag_ == "VB" and token.dep_ == "conj" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children):
                return "no subject"  # "Enter homes and close schools" of "the power to isolate people, enter homes …"
            if token.tag_ == "VBG" and token.dep_ in ("pcomp", "advcl") and subject is None:
                return "no subject"  # "Returning from Mexico on Tuesday": a participle's phrase, no happening told
            return ""
    return ""


def _has_subject(words: str, verb: Token) -> bool:
    """Whether the clause's words name who or what: never "Became the first to catch the virus",
    "Making him one of the school's athletes" or "showed resistance" with the subject lost."""
    first = _WORD.findall(words)[:1]
    if len(words.split()) < 3 or not first or first[0].lower() == verb.lower_:
        return False
    return _subject(verb) is not None or any(a.dep_ == "auxpass" for a in _aux(verb)) or _existential(verb)


def _clause_words(predicate: Token, marked: Token | None, participants: Participants,
                  honest: list[re.Pattern[str]] | None = None) -> str:
    """The sentence's own words when no headline is well formed: the clause that carries the
    happening (``marked``: the one whose "if", "not" or "could" must stay), the trigger's own
    clause or the sentence's main clause, trimmed at phrase boundaries and kept whole a little past
    ``MAX_CHARS``; else the sentence cut where a clause ends; "" when nothing is whole. Words
    that lose the negation or modality (``honest``: what they must still match) are not used."""
    sent = sentence_of(predicate)
    own = _clause_head(predicate)
    verbs = [v for v in (marked, own if marked is None else None, sent.root) if v is not None and v.pos_ in ("VERB", "AUX")]
    for verb in dict.fromkeys(verbs):
        content = _content(verb) if _is_statement(verb) else None
        if content is None and _is_statement(verb) and verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
            content = verb.head  # "The ministry announced the shutdown …, state TV reported": the parse inverted
        speaker = speaker_of(verb, participants) if content is not None else ""
        first_person = content is not None and (_subject(content) or content).lower_ in _FIRST_PERSON
        if content is not None and speaker and content.i > verb.i and not first_person:
            # "Suessmuth: the People's Union listed de Mathan as having donated 274,500 marks"
            # past the limit only when the speaker's name and what was said stand as in the sentence
            named = speaker.lower() in sent.text.lower() and content.left_edge.i > verb.i
            plain = _tidy(trimmed_clause(content, MAX_CHARS - len(speaker) - 2, slack=OVERRUN if named else 0))
            words = _tidy(_resolve_subject(plain, content, participants))
            lead = next((t for t in content.subtree if t.lower_ == words.split()[0].lower()), None) \
                if words == plain and words else None
            if lead is not None and (lead.i == sent.start and lead.pos_ != "PROPN" and not lead.ent_type_ and
                                     lead.text != "I" or lead.text[:1].islower()):
                words = words[:1].lower() + words[1:]  # the case the word has in the sentence
            if not words.lower().startswith(speaker.lower() + " "):  # never "FBI officials: FBI officials were …"
                words = f"{speaker}: {words}"
            if _has_subject(words, content) and (len(words) <= MAX_CHARS or named and words.lower().endswith(plain.lower())) \
                    and not headline_fault(words, content) and \
                    all(p.search(words) for p in honest or []):
                return words
        if content is not None and content.i < verb.i and verb in (content.head, *content.children) and \
                same_sentence(content, verb):
            # "Egypt's information ministry announced the shutdown of Al Jazeera, state-run Nile TV
            # reported": what was said, then who said it, as the sentence has them
            subj = _subject(verb)
            tag = _tidy(render([*(t for t in subj.subtree if t.i < verb.i), verb])) if subj is not None and \
                content.i < subj.i < verb.i else ""
            if tag and speaker and speaker.lower() in sent.text.lower() and len(speaker) < len(tag) - len(verb.text):
                tag = f"{speaker} {verb.text}"  # "…, Yoichi Masuzoe said" for "…, the health minister, Yoichi Masuzoe, said"
            whom = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
            if tag and whom is not None and verb.lemma_ in _TOLD:
                tag = _tidy(f"{tag} {render(set(whom.subtree))}")  # "…, ElBaradei told Zakaria", never "… told"
            said_words = _tidy(trimmed_clause(content, MAX_CHARS + OVERRUN - len(tag) - 2)) if tag else ""
            lower = subj is not None and subj.left_edge.text[:1].islower() and tag[:1] == subj.left_edge.text[:1].upper()
            tagged = f"{said_words}, {tag[:1].lower() + tag[1:] if lower else tag}" if said_words else ""
            if re.search(rf"\b{re.escape(verb.text)}\b", said_words):
                tagged = ""  # the teller's verb inside what it tells: a parse turned round ("… told customers, IBM told")
            if tagged and _has_subject(said_words, content) and len(tagged) <= MAX_CHARS + OVERRUN and \
                    not headline_fault(said_words, content) and all(p.search(tagged) for p in honest or []):
                return tagged
        plain = _tidy(trimmed_clause(verb, MAX_CHARS, slack=OVERRUN))
        words = _tidy(_resolve_subject(plain, verb, participants))
        shared = _subject(verb) if verb.dep_ == "conj" and not _subject_own(verb) else None
        if shared is not None and shared.i < verb.i and shared.pos_ != "PRON":
            # "The agreement carries risks and could fail to fend off McCaw": the conjunct with its subject
            who = _np(shared, _Ctx(participants, []), 1)[0]
            plain = words = _tidy(f"{who} {trimmed_clause(verb, MAX_CHARS - len(who) - 1, slack=OVERRUN)}")
        if len(words) > MAX_CHARS and words != plain and len(words) - len(plain) < MAX_CHARS // 2:
            # the name put for a pronoun takes its room from the clause ("Hamdi had heart surgery …")
            plain = _tidy(trimmed_clause(verb, MAX_CHARS - (len(words) - len(plain))))
            words = _tidy(_resolve_subject(plain, verb, participants))
        if len(words) > MAX_CHARS and words != plain:
            continue  # past the limit only in the sentence's own words, as they stand
        said = _content(verb) if verb.lemma_.lower() in STATEMENT_VERBS else verb
        if said is None or said.text not in words:
            continue  # "The Scottish Government said: With regret": what was said is lost
        # (the sentence's own words too may be garbled once trimmed: "a process there are elections")
        if _has_subject(words, verb) and not headline_fault(words, verb) and all(p.search(words) for p in honest or []):
            return words
    return _sentence_words(predicate, whole_only=True, honest=honest)
# Verbs of telling whose hearer the tag after a quotation keeps ("…, he told CTV").
_TOLD = _words("tell inform assure remind")
# Verbs that tell a quotation without being statements of record: '"…," joked Mr Sweeney'.
_QUOTING = _words("joke quip remark reply write comment muse recall explain add")


def _denied_subject(verb: Token) -> bool:
    """"Not one Briton died", "Not a single patient died": the "not" is on the subject, and the
    headline keeps it (never "Briton dies")."""
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subj is not None and any(t.dep_ == "neg" and t.i < subj.i for t in subj.subtree)


def _passive_end(text: str, verb: Token) -> bool:
    """"Five more pupils confirmed": a headline ending on its own passive verb is whole."""
    return verb.pos_ in ("VERB", "AUX") and text.lower().endswith(" " + verb.lower_) and (
        any(c.dep_ == "auxpass" for c in _children(verb)) or _bare_participle(verb))


def _ill_formed(text: str, paraphrase: bool = True) -> bool:
    """A headline no sub-editor would pass (``headline_fault``); the source's own words may end on a
    function word their sentence ends on."""
    fault = headline_fault(text)
    return bool(fault) and (paraphrase or fault != "ends on a function word")


def _has_verb(text: str, predicate: Token) -> bool:
    """Whether the headline has the predicate as a finite verb (a noun phrase states nothing)."""
    verb = _governors(predicate)[0]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    forms = {verb.lower_, lemma + "s", lemma + "es", lemma[:-1] + "ies", "is", "are", "has", "have"}
    return any(w.lower() in forms for w in re.findall(r"[\w'-]+", text))


def as_planned(text: str, predicate: Token, when: Token | None) -> str:
    """The headline of a happening the text dates ahead ("ShelterBox is chartering a plane to fly tents on
    Friday", "The department releases the figures tomorrow") told as a plan: "ShelterBox to charter plane …",
    never "ShelterBox charters plane", which reads as done. The paraphrase's present-tense verb becomes
    "to" with the verb, only when the date (``when``, a token of the time expression) is the main clause's
    own: a caption ("Police block an entrance …"), a clause set aside ("As clashes spread Tuesday", "when
    a vaccine becomes available") or a date of another verb ("are missing a vote taking place Sunday")
    may be a historical present or a misdated past, and stay as they are."""
    verb = _clause_head(predicate)
    above = next((a for a in predicate.ancestors if a.pos_ == "VERB"), None)
    if above is not None and any(a.lower_ == "to" for a in _aux(verb)) and verb.dep_ in ("advcl", "relcl", "acl"):
        verb = above  # "is chartering a plane to fly tents on Friday": the headline tells the chartering
    aux = [a.lower_ for a in _aux(verb)]
    present_tense = verb.tag_ in ("VBZ", "VBP") and not aux or verb.tag_ == "VBG" and aux in (
        ["is"], ["are"], ["am"], ["'s"], ["'re"])
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be" or not text or not present_tense:
        return text  # only a present or present progressive verb ("flies", "is chartering"); "saw it take …" is past
    if predicate != verb and predicate.dep_ == "xcomp" and _verb_word(verb, "lemma") in UNREAL_GOVERNORS:
        return text  # "hopes to send a flight on Sunday": the plan is told already
    sent = sentence_of(verb)
    if when is None or not (_main_verb(verb) or when_ahead(verb)) or header_end(sent[0]) > sent.start \
            or not _own_time(when, verb):
        return text  # (but "is expected to testify when she returns on Tuesday" tells a plan)
    lemma = _verb_word(verb, "lemma")
    forms = {_verb_word(verb, "present"), _verb_word(verb, "present-pl")}
    words = text.split(" ")
    found = [k for k, w in enumerate(words) if w.lower() in forms]
    if len(found) != 1 or found[0] == 0 or words[found[0] - 1].lower() in {*_MODALS, "to"}:
        return text
    k = found[0]
    return " ".join([*words[:k], "to", lemma, *words[k + 1 :]])


def _main_verb(verb: Token) -> bool:
    """The sentence's main verb, or one joined to it by "and"."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _own_time(when: Token, verb: Token) -> bool:
    """Whether the time expression hangs on ``verb`` itself, through no clause of its own (an
    infinitive of purpose is the verb's: "is chartering a plane to fly tents on Friday")."""
    node = when
    for _ in range(12):
        if node.i == verb.i:
            return True
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "csubj", "pcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def doc_headlines(doc: Doc, participants: Participants) -> dict[int, str]:
    """Headlines for every verb and event noun of a doc (for benchmarks and the article view)."""
    return {t.i: headline(t, participants) for t in doc if t.pos_ in ("VERB",) or is_event_noun(t)}


# Verbs a speaker asserts with: what one says of one's own past deeds with them is a claim ("says he
# paid the money back"), where "announced", "admitted" or "confirmed" tell a deed as done.
_CLAIM_VERBS = _words("say tell insist maintain claim argue testify state")


def _claimed_deed(verb: Token, inner: Token, own: bool = False) -> bool:
    """Whether a speaker denies a past deed of their own ("says he did nothing wrong", "said he had
    not taken the money"), or, when ``own`` (the clause's subject is the speaker, a person: "said he
    paid the money back", "says she quit", "insisted she had warned them"), tells one: the headline
    gives it as said, never as a fact. A body announcing its own act ("says it has cancelled the
    match") is news as done, and stays a paraphrase."""
    if verb.lemma_.lower() not in _CLAIM_VERBS or inner.lemma_ == "be" and not own:
        return False
    aux = {a.lower_ for a in _aux(inner)}
    if aux & (_MODALS.keys() - {"'d"}) or "to" in aux:  # "'d" is also "had"
        return False  # "says he will resign": an intention, which the headline gives with "to"
    past = inner.tag_ == "VBD" and not aux or inner.tag_ in ("VBN", "VBG") and bool(
        aux & {"has", "have", "had", "'d", "'ve", "was", "were"}) or inner.tag_ == "VB" and "did" in aux
    denied = bool(_negation(inner)) or any(
        c.dep_ in ("dobj", "attr") and (c.lower_ in NEGATIVE_SUBJECTS or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in inner.children)
    return past and (denied or own)


def self_claim(predicate: Token, participants: Participants) -> Token | None:
    """The verb of saying when ``predicate`` tells a past deed its own speaker claims ("Smith said he
    paid the money back", "A journalist says she quit"): the entry is what was said, not a deed the
    text vouches for. None for a deed told by someone else ("Police said he was arrested")."""
    inner = _clause_head(predicate)
    said = inner.head
    if inner.dep_ != "ccomp" or said.pos_ != "VERB" or not _is_statement(said) or said.i == inner.i:
        return None
    subject = _subject(inner)
    if subject is None or not speaks_of_self(subject, participants) or not _claimed_deed(said, inner, own=True):
        return None
    return said
