"""A clause in the source's own words, cut to what it needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.events.headlines.render import render
from model.nlp.events.headlines.syntax import (
    _children,
    _garbled_copula,
    _parenthetical,
    _subject_own,
    _temporal,
)
from model.nlp.events.headlines.words import (
    _CONDITIONS,
    _CONTENT_NOUNS,
    _CORE,
    _FUNCTION_WORDS,
    _PLACING,
    _PRONOUN_ENDS,
    _SHOWING_VERBS,
    _TELLING,
    MAX_CHARS,
    STATEMENT_VERBS,
    _words,
)
from model.nlp.sentences import same_sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

# --- the trimmed clause ---------------------------------------------------------------------

_DROPPABLE = frozenset(("advcl", "prep", "relcl", "acl", "appos", "conj", "cc", "parataxis", "npadvmod", "advmod",
                        "punct", "dep", "ccomp", "xcomp", "dobj", "attr", "agent", "oprd"))  # a "that" goes with its clause


def trimmed_clause(verb: Token, limit: int = MAX_CHARS, slack: int = 0) -> str:
    """The clause of the source sentence, cut at phrase boundaries from the right to fit.

    A condition keeps its "if"/"whether"/"unless"; negation and auxiliaries are never cut. When
    the phrases it cannot lose run past ``limit``, up to ``slack`` more characters are kept rather
    than cutting a phrase in the middle ("…").
    """
    root = verb
    tokens = {t for t in root.subtree if same_sentence(t, verb)}
    commas: list[Token] = []
    for child in root.children:
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            continue
        conditional = child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children)
        if child.i < root.i and child.dep_ in ("cc", "mark", "punct", "prep", "advcl", "npadvmod", "advmod") and \
                child.dep_ != "neg" and child.lower_ not in ("not", "never", "n't") and not conditional:
            tokens -= set(child.subtree)  # but "If a case were found, …" keeps its condition
        elif conditional and child.i < root.i and child.right_edge.i + 1 < root.i and \
                verb.doc[child.right_edge.i + 1].text == ",":
            commas.append(verb.doc[child.right_edge.i + 1])
        if child.dep_ in ("parataxis",) or child.dep_ == "ccomp" and _parenthetical(child):
            tokens -= set(child.subtree)  # "…, Sullivan said
    tokens.update(commas)
    spine = _spine(root)
    for verb in (root, *spine):
        if _garbled_copula(verb):  # "are now or have been quarantined … due to flu fears": not "are fears"
            conj = next(c for c in _children(verb) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
            for wrong in [c for c in _children(verb) if c.dep_ in ("attr", "acomp") and c.i > conj.i]:
                tokens -= set(wrong.subtree)
                spine.discard(wrong)
            spine.add(conj)  # the conjunct now carries what the verb says
            spine.update(c for c in _children(verb) if c.dep_ == "cc")
            _strip_tail(tokens, root, spine)
    _orphan_commas(tokens, root)
    text = render(tokens)
    while len(text) > limit:
        candidates = [t for t in tokens if t.i > root.i and t.dep_ in _DROPPABLE and t.head in tokens
                      and t.head.i != t.i and t.lower_ not in _KEPT_ADVERBS and t not in spine
                      and not (t.dep_ in ("conj", "cc") and t.head.dep_ in ("amod", "compound"))]  # "public and health staff"
        optional = [t for t in candidates if t.dep_ not in _CORE]
        if not optional:
            # Then the subject's own modifiers: "installing … for technology's sake would not ensure"
            optional = [t for t in tokens if t.i < root.i and t.dep_ in ("prep", "relcl", "acl", "appos", "conj")
                        and t.head in tokens and t.head.i != t.i and not _in_name(t)]
            candidates = candidates or optional
        if not candidates:
            break
        # Modifiers before arguments, the innermost phrase at the end first; a noun's "of" phrase
        # last of the modifiers ("several feet of snow", "the use of unsavory forces").
        optional = [t for t in optional if not (t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_ in _OF_HEADS)]
        light = [t for t in optional if not (t.dep_ == "prep" and t.lower_ == "of" and t.head.pos_ in ("NOUN", "NUM")
                                             and t.head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"))]
        kept = [t for t in candidates if not (t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_ in _OF_HEADS)]
        if not (light or optional or kept):
            break  # only "sort of …" left to cut: a cut word is better than "some sort"
        last = max(light or optional or kept, key=lambda t: (t.right_edge.i, t.i))
        tokens -= set(last.subtree)
        if last.dep_ == "conj":  # "installing or implementing …": the "or" goes with its conjunct
            tokens -= {c for c in last.head.children if c.dep_ in ("cc", "preconj")}
        _strip_tail(tokens, root, spine)
        _orphan_commas(tokens, root)
        text = render(tokens)
    if len(text) > limit + slack:
        words = text[: limit - 1].rsplit(" ", 1)[0].split()
        while len(words) > 3 and (words[-1].lower().strip(",;:") in _FUNCTION_WORDS or
                                  words[-1].lower().strip(",;:") in _PRONOUN_ENDS):
            words.pop()  # "… can be…", "… told CNN that…", "warned it…": end on a word that carries meaning
        text = " ".join(words).rstrip(",;:") + "…"
    return text


def _orphan_commas(tokens: set[Token], root: Token) -> None:
    """"The school, the Dolphin in Battersea, said" cut to "The Dolphin school in Battersea, said":
    a comma left between the subject and its verb once what it set off is gone."""
    before = sorted((t for t in tokens if t.i < root.i), key=lambda t: t.i)
    run: list[Token] = []
    while before and before[-1].text == ",":
        run.append(before.pop())
    if run and before and [t.i for t in reversed(run)] != list(range(before[-1].i + 1, root.i)):
        tokens.difference_update(run)  # something between them was cut


# Nouns that say nothing without their "of": "some sort of interference", "a number of cases".
_OF_HEADS = _words("sort kind type lot number part couple series range bit handful majority")
# Words a cut must keep: without them the clause says something else ("too early" -> "early").
_KEPT_ADVERBS = _words("not never n't no too only nearly almost hardly barely scarcely")


# Adjectives that are not said without their preposition: "aware of", "due to", "responsible for".
_SELECTING_ADJECTIVES = _words("""aware afraid sure keen due able unable responsible capable fond proud guilty free
    subject prone similar ready willing eager determined committed opposed""")


def _in_name(prep: Token) -> bool:
    """"of" in "Centers for Disease Control", "Bank of England": part of a name, never cut from it."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and prep.head.pos_ == "PROPN" and pobj is not None and pobj.pos_ == "PROPN" and \
        prep.head.i + 1 == prep.i


def _strip_tail(tokens: set[Token], root: Token, spine: set[Token]) -> None:
    """No dangling "and", "for", "the", "due to" at the end of a cut clause, nor a participle cut from
    what it governs ("… on 27 April advising")."""
    while tokens:
        tail = max(tokens, key=lambda t: t.i)
        if tail in spine and not tail.is_punct:
            break
        governed = [c for c in tail.children if not c.is_punct and c.i > tail.i]
        cut_off = tail not in spine and bool(governed) and not any(c in tokens for c in governed)
        bare = cut_off and (tail.lemma_ == "be" and tail.dep_ in ("ccomp", "conj", "advcl") or tail.tag_ in (
            "VBG", "VBN") and tail.dep_ in ("acl", "advcl", "xcomp", "pcomp", "conj") and not any(
            c in tokens for c in tail.children if c.i < tail.i))  # "… advising", "… there are": cut from what they govern
        if tail.i <= root.i or not (tail.dep_ in ("cc", "prep", "mark", "punct", "det", "aux", "expl") or tail.is_punct
                                    or bare or tail.pos_ == "ADP" and tail.dep_ == "pcomp"):
            break
        tokens.discard(tail)


def _spine(root: Token) -> set[Token]:
    """The clause's own arguments, down through reported and infinitive clauses: what "said",
    "told CNN that", "warned of" cannot lose without saying nothing ("One official told CNN")."""
    spine: set[Token] = set()
    todo = [root]
    while todo:
        verb = todo.pop()
        if verb.lemma_ in _PLACING:  # "put finances under pressure"
            spine.update(list(c for c in _children(verb) if c.dep_ == "prep" and c.i > verb.i)[:1])
        if verb.lemma_ == "come":  # "His comments came as the WHO said …": what it came with
            occasion = [c for c in _children(verb) if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ in ("as", "after", "amid", "while") for m in c.children)]
            spine.update(occasion)
            todo.extend(occasion)
        for chosen in _selected_preps(verb):
            pcomps = [c for c in chosen.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")]
            spine.update((chosen, *pcomps))
            todo.extend(pcomps)  # "as having donated 274,500 marks": what was done, whole
        if verb.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in _children(verb)):
            # "it was too soon to tell", "they were on strike": what follows "be" is what it says
            spine.update(c for c in _children(verb) if c.dep_ in ("advmod", "prep") and c.i > verb.i)
        seen: set[str] = set()
        for child in _children(verb):
            if child.dep_ == "csubj" and child.tag_ == "VBG":  # "abandoning a key ally would damage …"
                spine.update(c for c in child.children if c.dep_ in ("dobj", "attr"))
            if child.i > verb.i and child.dep_ in _CORE and not (child.pos_ == "VERB" and _parenthetical(child)):
                if child.dep_ in seen:
                    continue  # a verb has one object: a second is a misparse ("…, Scotland's first minister")
                seen.add(child.dep_)
                spine.add(child)
                content = _content_noun(child)
                if content is not child:  # "not a shred of evidence that …": the evidence and its clause
                    spine.update(t for t in content.ancestors if t.i > child.i and t in set(child.subtree))
                    spine.add(content)
                if child.dep_ in ("dobj", "attr") and (verb.lemma_ in _TELLING or verb.lemma_ in _SHOWING_VERBS
                                                       or content.lemma_ in _CONTENT_NOUNS):
                    # "told member countries it had decided …" parsed as a relative clause on the object
                    told = [c for c in (*child.children, *content.children) if c.dep_ in ("relcl", "acl")
                            and _subject_own(c)]
                    spine.update(told)
                    todo.extend(told)
                if child.dep_ == "ccomp" and verb.lemma_.lower() not in STATEMENT_VERBS and \
                        verb.lemma_.lower() not in _SHOWING_VERBS and not any(
                        c.dep_ == "mark" for c in child.children) and any(
                        c.dep_ == "dobj" and c.i < child.i for c in _children(verb)):
                    spine.discard(child)  # "causes outbreaks in pigs Infection experts are …": a run-in
                    continue
                if child.pos_ in ("VERB", "AUX") and child.dep_ in ("ccomp", "xcomp"):
                    todo.append(child)
                    spine.update(c for c in child.children if c.dep_ == "mark")  # "ordered that …" keeps "that"
                if child.dep_ == "acomp":  # "was aware (that) the closure would …": what one is aware of
                    clauses = [c for c in child.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
                    spine.update(clauses)
                    todo.extend(clauses)
                if (child.dep_ in ("acomp", "oprd") or child.dep_ == "xcomp" and child.pos_ == "ADJ") and (
                        child.tag_ == "VBN" or child.lower_ in _SELECTING_ADJECTIVES):
                    # "is committed to keeping …", "was responsible for": the adjective's own complement
                    prep = next((c for c in child.children if c.dep_ == "prep" and c.i > child.i), None)
                    if prep is not None:
                        spine.add(prep)
                        pcomps = [c for c in prep.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")]
                        spine.update(pcomps)
                        todo.extend(pcomps)
    return spine


def _content_noun(noun: Token) -> Token:
    """The noun that holds a "that" clause: "evidence" in "not a shred of evidence that …", "sign"
    in "any sign that …"; the noun itself otherwise."""
    if noun.lemma_ in _CONTENT_NOUNS:
        return noun
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.lemma_ in _CONTENT_NOUNS else noun


# Verbs whose preposition is their complement: "called for the release", "worked as an attendant",
# "had travelled to Mexico".
_PREP_VERBS = _words("""call appeal ask wait hope push press plead pray vote apply account look rely depend insist
    opt qualify serve work act pose travel fly flee return move head go""")


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
