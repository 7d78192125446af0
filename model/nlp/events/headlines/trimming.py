"""A clause in the source's own words, cut to what it needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.events.headlines.render import render
from model.nlp.events.headlines.syntax import (
    _asked,
    _children,
    _garbled_copula,
    _negation,
    _parenthetical,
    _selected_preps,
    _subject_own,
    _temporal,
)
from model.nlp.events.headlines.words import (
    _CONDITIONS,
    _CONTENT_NOUNS,
    _CORE,
    _DIRECTIONS,
    _FUNCTION_WORDS,
    _PLACING,
    _PRONOUN_ENDS,
    _SELECTING_ADJECTIVES,
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
    """The clause of the source sentence, shortened by its structure to fit ``limit``.

    What goes first is what the clause says least with: adverbial clauses and adverbs, then
    appositions, relative clauses, prepositional phrases that are no complement, then conjuncts
    (``_cut_rank``); a phrase goes whole, never a noun phrase cut in the middle nor a verb cut
    from what it governs. A condition keeps its "if"/"whether"/"unless"; negation, auxiliaries and
    the qualifiers that narrow a negation ("not yet spreading in a sustained way outside Europe",
    "all but one") are never cut. When what it cannot lose runs past ``limit`` (and ``slack``),
    the clause is kept longer rather than cut short with "…", up to ``_LONGEST``.
    """
    root = verb
    tokens = {t for t in root.subtree if same_sentence(t, verb)}
    commas: list[Token] = []
    for child in root.children:
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            continue
        conditional = child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children)
        if child.i < root.i and child.dep_ in ("cc", "mark", "punct", "prep", "advcl", "npadvmod", "advmod") and \
                child.dep_ != "neg" and child.lower_ not in _KEPT_ADVERBS and not conditional:
            tokens -= set(child.subtree)  # but "If a case were found, …" keeps its condition, "only been" its "only"
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
    spine |= _qualifiers(root, spine, tokens)
    _orphan_commas(tokens, root)
    text = render(tokens)
    while len(text) > limit:
        candidates = [t for t in tokens if t.i > root.i and t.dep_ in _DROPPABLE and t.head in tokens
                      and t.head.i != t.i and t.lower_ not in _KEPT_ADVERBS and t not in spine and not _in_name(t)
                      and t.tag_ not in ("WRB", "WDT", "WP")  # "where", "which": their clause goes whole
                      and not (t.dep_ == "advcl" and any(  # "… must close if a pupil has the virus": never "must close"
                          m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in t.children))
                      and not (t.dep_ in ("conj", "cc") and t.head.dep_ in ("amod", "compound"))]  # "public and health staff"
        # The subject's appositions and relative clauses go by the same order ("Maria Lopez, the
        # agency's head of operations, said"); its phrases and conjuncts only before an object would
        before = [t for t in tokens if t.i < root.i and t.dep_ in ("prep", "relcl", "acl", "appos", "conj")
                  and t.head in tokens and t.head.i != t.i and not _in_name(t) and t not in spine
                  and not (t.dep_ == "conj" and t.head.dep_ in ("amod", "compound"))
                  # never a phrase from between a noun and its conjunct: "the spread [of strikes …] and the railways"
                  and not (t.dep_ == "prep" and any(c.dep_ in ("conj", "cc") and c.i > t.i for c in t.head.children))]
        candidates += [t for t in before if t.dep_ in ("relcl", "acl", "appos")]
        if all(_cut_rank(t) >= 5 for t in candidates):
            candidates += [t for t in before if t.dep_ in ("prep", "conj")]
        # a noun that says nothing without its "of" keeps it ("several feet of snow", "the use of …"),
        # and a verb what it governs ("if a pupil is found to have the virus", never "is found")
        candidates = [t for t in candidates if not (t.dep_ == "prep" and t.lower_ == "of" and (
                          t.head.lemma_ in _OF_HEADS or t.head.pos_ == "NUM"
                          and t.head.dep_ in ("nsubj", "nsubjpass", "dobj")))  # "seven of the nine new cases"
                      and _cut_rank(t) < 5 and not _in_word(t)
                      and not (t.lower_ in ("here", "there") and t.i < t.head.i)]  # "here is how it worked"
        if not candidates:
            break
        last = min(candidates, key=lambda t: (_cut_rank(t), -t.right_edge.i, -t.i))
        if last.dep_ == "prep" and last.head.dep_ == "amod" and last.head.i > last.head.head.i and \
                last.head.head in tokens and last.head.i > root.i and last.head.left_edge == last.head and \
                last.head.head.pos_ in ("NOUN", "PROPN"):
            last = last.head  # "the virus responsible for the pandemic transfers": the adjective goes with its phrase
        if last.dep_ == "appos" and last.pos_ == "PROPN" and last.head.pos_ == "NOUN" and \
                last.head.i < last.i < root.i and last.text[:1].isalpha() and last.head.dep_ in ("nsubj", "nsubjpass"):
            # "The US investigative reporter, Wayne Madsen, suggests": the name stays, the description goes
            name = set(last.subtree)
            tokens -= {t for t in last.head.subtree if t not in name}
            _orphan_commas(tokens, root)
            text = render(tokens)
            continue
        tokens -= set(last.subtree)
        if last.dep_ == "conj":  # "installing or implementing …": the "or" goes with its conjunct
            tokens -= {c for c in last.head.children if c.dep_ in ("cc", "preconj")}
            tokens -= {t for p in _run_on_subject(last) for t in p.subtree}
        if last.tag_ in ("RBR", "JJR"):  # "better prepared than ever": the "than" goes with its comparative
            tokens -= {t for c in last.head.children if c.dep_ == "prep" and c.lower_ == "than" for t in c.subtree}
        _strip_tail(tokens, root, spine)
        _orphan_commas(tokens, root)
        text = render(tokens)
    if len(text) > max(limit + slack, _LONGEST):
        words = text[: limit - 1].rsplit(" ", 1)[0].split()
        while len(words) > 3 and (words[-1].lower().strip(",;:") in _FUNCTION_WORDS or
                                  words[-1].lower().strip(",;:") in _PRONOUN_ENDS):
            words.pop()  # "… can be…", "… told CNN that…", "warned it…": end on a word that carries meaning
        text = " ".join(words).rstrip(",;:") + "…"
    return text


# Past this a clause that cannot lose more is cut after all: a parse too flat to shorten by its structure.
_LONGEST = 130  # (not moved by MAX_CHARS: the longer limit is for complements)


def _cut_rank(token: Token) -> float:
    """The order in which a trimmed clause loses its phrases: what it says least with first."""
    dep = token.dep_
    if dep == "conj" and token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return 0  # "…, and many of the leaders have moved": a clause of its own, another happening
    if dep == "conj" and token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("cc", "punct") and token.head.i < c.i < token.i for c in token.head.children):
        # "advised against travel to Mexico as tour operators cancelled flights": a verb the parse
        # joined with no "and" nor comma is another clause's, which goes before any complement
        return 0
    if dep == "advmod" and token.i > token.head.i and token.lower_.endswith("ly"):
        return 3  # "decisions must be taken swiftly": manner after its verb goes as a phrase would
    if dep in ("advcl", "parataxis", "advmod"):
        return 0  # "as a precautionary measure", "quickly"
    if dep == "appos":
        return 1
    if dep in ("relcl", "acl"):
        return 2
    if dep == "prep" and token.lower_ == "according":
        return 1  # "…, according to officials": an attribution goes before any phrase of the happening
    if dep == "prep" and token.lower_ in _WHEN_PREPS and token.head.pos_ in ("VERB", "AUX") and _temporal(token):
        return 2.8  # "on Monday" before "to the hospital": the entry has its date (but "for a few days" is news)
    if dep in ("prep", "dep", "agent", "npadvmod"):
        # a noun's "of" phrase last of them: "a rapid increase in the number of cases"
        of_core = dep == "prep" and token.lower_ == "of" and token.head.pos_ in ("NOUN", "NUM") and \
            token.head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
        return 3.5 if of_core else 3
    if dep in ("conj", "cc"):
        return 4
    if dep in ("dobj", "attr") and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," and any(
            c.dep_ == dep and c.i < token.i for c in token.head.children):
        return 2.5  # "confirmed two cases in Scotland, the first cases in Britain": an apposition parsed as an object
    if dep == "punct":
        return 4.5  # "poverty, structural weaknesses and bad government": the comma goes with its list
    return 5  # an object or complement cut from a verb outside the clause's spine


# Words that open a clause but that the parse may take for a preposition: "as tour firms cancelled flights".
_CLAUSE_OPENERS = _words("as while after before since until because when whereas")


def _run_on_subject(conj: Token) -> list[Token]:
    """The "as tour firms" of "advised against travel as tour firms cancelled flights" parsed as a
    phrase with "cancelled" joined to "advised": the subject of a verb joined with no "and", which
    goes with it, never left as "… travel to Mexico as big tour firms"."""
    if _cut_rank(conj) != 0 or conj.tag_ not in ("VBD", "VBZ", "VBP") or _subject_own(conj):
        return []
    return [p for p in conj.head.children if p.dep_ == "prep" and p.lower_ in _CLAUSE_OPENERS
            and p.i < conj.i and p.right_edge.i + 1 >= conj.left_edge.i - 1 and p.right_edge.i < conj.i]


# Prepositions of a point in time, which the entry's date already says ("on Monday", "in March").
_WHEN_PREPS = _words("on in at during")


def _in_word(token: Token) -> bool:
    """Part of a hyphenated word ("laboratory" of "laboratory-confirmed"): never cut from it."""
    doc = token.doc
    glued_before = token.i > 0 and not doc[token.i - 1].whitespace_
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–") or \
        glued_before and doc[token.i - 1].text in ("-", "–") or \
        token.text in ("-", "–") and glued_before and not token.whitespace_


# Prepositions that take some out of what their noun counts: "all but one of the passengers".
_RESTRICTING_PREPS = _words("but except excluding save")


# Passives that say nothing without their doer: "his death was caused by an overdose".
_CAUSE_VERBS = _words("cause trigger prompt spark provoke fuel drive")


# Adverbs that finish a verb as a particle would: "go ahead", "came to light" is a prep, "set up".
_PARTICLE_ADVERBS = _DIRECTIONS | _words("ahead up down off on over through in")


# Bare nouns that finish a verb with their preposition: "came to light", "put into effect".
_IDIOM_ENDS = _words("light effect force power halt standstill bay rest")


def _denied(verb: Token, narrow: bool = False) -> bool:
    """Whether ``verb``'s clause says something did not, or not yet, or only so far happen: what
    narrows it then changes what is true ("not spreading in a sustained way" is not "not spreading").
    ``narrow``: the verb's own negation only, not a "no" on its subject or object."""
    children = _children(verb)
    if _negation(verb) or any(c.dep_ == "advmod" and c.lower_ in ("yet", "only") for c in children):
        return True
    return not narrow and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
        c.lower_ in ("none", "nothing", "nobody", "neither") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in children)


# Adverbs that narrow nothing, under a negation or not: "would never come here", "is not really".
_LOOSE_ADVERBS = _words("here there now then so also even really certainly simply still just anyway either "
                        "though however ever")


# Phrases that frame a negated clause rather than narrow it: "did not release a statement, according to …".
_FRAMING_PREPS = _words("""according despite because like unlike than including besides except pursuant prior due
    ahead instead regardless apart amid as""")


def _qualifiers(root: Token, spine: set[Token], tokens: set[Token], narrow: bool = False) -> set[Token]:
    """What a trimmed clause keeps though it could be cut, because the clause says something false
    without it: the phrases after a negated verb, "but one" after "all", a cause's "by" phrase, the
    adverb that finishes a verb ("go ahead"), the clause that says who "people" are. ``narrow``:
    only those of the clause's own verbs and of their subjects and objects, which any headline of
    the clause must keep."""
    kept: set[Token] = set()
    verbs = [root, *(t for t in spine if t.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        if verb in tokens and _denied(verb, narrow):
            for child in _children(verb):
                if child.i > verb.i and child.dep_ in ("prep", "advmod", "npadvmod") and child in tokens and \
                        child.lower_ not in _LOOSE_ADVERBS and child.lower_ not in _FRAMING_PREPS:
                    # and what narrows it in turn: "in a sustained way outside Europe (and North America)"
                    kept.update(t for t in child.subtree if t == child or not narrow and t.dep_ in (
                        "prep", "advmod", "npadvmod", "conj", "cc"))
                elif child.dep_ == "advmod" and child.i < verb.i and child in tokens and \
                        child.lower_ not in _LOOSE_ADVERBS and any(n.i < child.i for n in _negation(verb)):
                    kept.add(child)  # "not naturally occurring"
            for comp in _children(verb):
                if comp.dep_ in ("acomp", "attr") and comp.i > verb.i:
                    # "was not particularly forthcoming", "may not be attributable to a virulent strain"
                    kept.update(c for c in comp.children if c in tokens and (
                        c.dep_ == "advmod" and c.i < comp.i and c.lower_ not in _LOOSE_ADVERBS
                        or c.dep_ == "prep" and c.i > comp.i and c.lower_ not in _FRAMING_PREPS))
    pool = tokens
    if narrow:
        own = [c for v in verbs for c in _children(v)]
        pool = {*own, *(g for c in own if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") for g in c.children)}
        pool &= tokens
    kept.update(t for t in pool if _narrows(t))
    return kept


# Subjects that say who only with their relative clause: "people who had visited Mexico must wait".
_GROUP_WORDS = _words("people those anyone anybody everyone everybody")


def _narrows(token: Token) -> bool:
    """Whether ``token`` heads words without which its clause says something else."""
    head = token.head
    if token.dep_ in ("advmod", "quantmod") and token.is_alpha and token.i < head.i and (head.pos_ == "NUM" or head.like_num or head.dep_ in (
            "advmod", "quantmod") and (head.head.pos_ == "NUM" or head.head.like_num)):
        return True  # "at least 50 million", "more than 80", "nearly 200": the figure is not the same without it
    if token.dep_ in ("prep", "cc") and token.lower_ in _RESTRICTING_PREPS:
        return head.pos_ in ("DET", "PRON", "NOUN", "NUM") and any(c.dep_ == "pobj" for c in token.children)
    if token.dep_ == "agent":
        return head.lemma_ in _CAUSE_VERBS  # "was caused by an overdose"
    if token.dep_ in ("advmod", "prt"):
        return token.i == head.i + 1 and token.lower_ in _PARTICLE_ADVERBS and head.pos_ == "VERB"  # "go ahead"
    if token.dep_ == "prep" and head.pos_ == "VERB":
        if token.lower_ == _PREP_AFTER_OBJECT.get(head.lemma_) and any(c.dep_ == "dobj" for c in head.children):
            return True  # "slammed Iran for arresting opposition figures"
        return token.i == head.i + 1 and any(  # "came to light", "put into effect"
            c.dep_ == "pobj" and c.lower_ in _IDIOM_ENDS and not list(c.children) for c in token.children)
    if token.dep_ in ("relcl", "acl") and head.lower_ in _GROUP_WORDS and head.dep_ in ("nsubj", "nsubjpass"):
        # "people who had just visited Canada would have to wait" (but who said it is told without)
        return head.head.lemma_.lower() not in STATEMENT_VERBS
    if token.dep_ in ("acl", "relcl", "ccomp") and head.lemma_ in _CONTENT_NOUNS and head.dep_ in ("dobj", "attr"):
        return any(m.dep_ == "mark" and m.lower_ == "that" for m in token.children)  # "expressed the view that …"
    return False


def _orphan_commas(tokens: set[Token], root: Token) -> None:
    """"The school, the Dolphin in Battersea, said" cut to "The Dolphin school in Battersea, said":
    a comma left between the subject and its verb once what it set off is gone; the verb's, and any
    kept clause's ("WHO says the virus, is showing" once ", which has killed …" went)."""
    _orphan_commas_before(tokens, root)
    for verb in [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.i > root.i and t.dep_ in ("ccomp", "conj", "xcomp")
                 and any(c.dep_ in ("nsubj", "nsubjpass") and c in tokens for c in t.children)]:
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c in tokens)
        _orphan_commas_before({t for t in tokens if t.i >= subject.i}, verb, tokens)


def _orphan_commas_before(tokens: set[Token], root: Token, remove_from: set[Token] | None = None) -> None:
    remove_from = tokens if remove_from is None else remove_from
    before = sorted((t for t in tokens if t.i < root.i), key=lambda t: t.i)
    aux: list[Token] = []
    while before and before[-1].dep_ in ("aux", "auxpass", "neg") and before[-1].head == root:
        aux.append(before.pop())  # "Alleyn's, which is a school, has said": the comma before "has"
    first = aux[-1].i if aux else root.i
    run: list[Token] = []
    while before and before[-1].text == ",":
        run.append(before.pop())
    if run and before and [t.i for t in reversed(run)] != list(range(before[-1].i + 1, first)):
        remove_from.difference_update(run)  # something between them was cut


# Nouns that say nothing without their "of": "some sort of interference", "a number of cases".
_OF_HEADS = _words("sort kind type lot number part couple series range bit handful majority")
# Words a cut must keep, before the verb or after: without them the clause says something else ("too
# early" -> "early"; "there have only been seven deaths" is not "there have been").
_KEPT_ADVERBS = _words("not never n't no too only nearly almost hardly barely scarcely yet")



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
        if tail.i <= root.i or not (tail.dep_ in ("cc", "prep", "mark", "punct", "det", "aux", "expl")
                                    or tail.is_punct and tail.pos_ == "PUNCT"  # never the "%" of "1.4 %"
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
        if verb.lemma_ in _PREP_AFTER_OBJECT:  # "accused the thugs of setting fire to cars"
            spine.update(c for c in _children(verb) if c.dep_ == "prep" and c.i > verb.i
                         and c.lower_ == _PREP_AFTER_OBJECT[verb.lemma_])
        if verb.lemma_ == "come":  # "His comments came as the WHO said …": what it came with
            occasion = [c for c in _children(verb) if c.dep_ == "advcl" and c.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ in _OCCASION_MARKS for m in c.children)]
            spine.update(occasion)
            todo.extend(occasion)
        for infinitive in (c for c in _children(verb) if c.dep_ == "xcomp" and c.i > verb.i):
            asked = _asked(verb, infinitive, _children(verb))
            if asked is not None:
                spine.add(asked)  # "called on them to restore faith": never "called to restore faith"
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


# Verbs whose object comes with a preposition they choose: "accused X of", "blamed X for", "barred X from".
_PREP_AFTER_OBJECT = {"accuse": "of", "suspect": "of", "convict": "of", "acquit": "of", "clear": "of",
                      "rob": "of", "deprive": "of", "charge": "with", "blame": "for", "ban": "from", "bar": "from",
                      "prevent": "from", "stop": "from", "protect": "from", "exempt": "from", "slam": "for",
                      "criticise": "for", "criticize": "for", "condemn": "for", "praise": "for", "fault": "for",
                      "thank": "for", "punish": "for", "fine": "for", "arrest": "for", "jail": "for"}
# "came as …", "came shortly before the minister had planned to …": the time clause is what came.
_OCCASION_MARKS = _words("as after amid while before when")


def _content_noun(noun: Token) -> Token:
    """The noun that holds a "that" clause: "evidence" in "not a shred of evidence that …", "sign"
    in "any sign that …"; the noun itself otherwise."""
    if noun.lemma_ in _CONTENT_NOUNS:
        return noun
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.lemma_ in _CONTENT_NOUNS else noun
