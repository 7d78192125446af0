"""Noun phrases as a reader knows them, and the clause paraphrase built from them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.coreference import FIRST_NAMES, TITLE_NOUNS
from model.nlp.events.headlines.render import (
    _clean_name,
    _in_brackets,
    _join,
    _pound_amount,
    _with_groups,
    _word_group,
    render,
)
from model.nlp.events.headlines.syntax import (
    _Agreement,
    _amount,
    _asked,
    _aux,
    _bare_participle,
    _children,
    _garbled_copula,
    _is_dateline,
    _lent_subject,
    _negation,
    _parenthetical,
    _past_plan,
    _reduced_passive,
    _resultative,
    _selected_preps,
    _set_off,
    _small_clause,
    _subject,
    _subject_own,
    _temporal,
    _verb_phrase,
    _verb_word,
)
from model.nlp.events.headlines.words import (
    _A_AMOUNTS,
    _CONDITIONS,
    _CONTENT_NOUNS,
    _CORE,
    _DIRECTIONS,
    _EXPECT_PARTICIPLES,
    _FIRST_PERSON,
    _GENERIC_HEADS,
    _MEETING_NOUNS,
    _MODALS,
    _OPINION_VERBS,
    _PERSONAL_PRONOUNS,
    _PLACING,
    _SHOWING_VERBS,
    _TELLING,
    _TIME_WORDS,
    STATEMENT_VERBS,
    _words,
    gerund,
    present,
)
from model.nlp.events.predicates import is_event_noun
from model.text.lexicon import PLURAL_QUANTIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from model.nlp.events.participants import Participants

# Light verbs: "had a summit" reads "hold summit" out of context.
_LIGHT_VERBS = {"have": "hold"}
# Verbs whose own deed may be told as a gerund: "Murray denied he caused" -> "denies causing", never
# "say standing" or "tell people being".
_GERUND_CLAIMS = _words("deny admit acknowledge regret recall remember confess mention")
_HELD_NOUNS = _words("election vote referendum debate conversation party celebration funeral wedding protest")
_KEEP_DETS = _words("no all both some any every each another neither few many several most")
_NP_LEFT = frozenset(("compound", "amod", "nummod", "poss", "nmod", "quantmod", "npadvmod"))
_SINGULAR_PRONOUNS = _words("it he she him her")
# "comes after months of tensions": kept when the verb has nothing else and the object is no date
_SEQUENCE_PREPS = _words("after before since until during")
_PARTITIVES = _words("another some many few several both most all each none any one either neither")
_PLURAL_QUANTIFIERS = PLURAL_QUANTIFIERS
_NAME_PARTICLES = _words("bin ibn al el van von de da del der la le di du abu st. st")
# Where a "from" phrase ends: "from 159 to 56", "from the square toward parliament".
_PATH_ENDS = _words("to toward towards into")
_SKIP_PREPS = _words("""according despite because like unlike than including besides except pursuant prior due
    ahead instead regardless apart since until till after before during throughout""")
# "in a sign that …", "in response to …": frames, not the happening's complement.
_FRAME_NOUNS = _words("""sign response bid effort attempt move way order case light view part addition face wake
    line terms spite time condition anonymity reference regard respect connection accordance contrast""")
_CHINESE_SURNAMES = _words("Xi Li Wang Hu Wen Mao Deng Zhou Zhang Liu Chen Yang Zhao Huang Wu Xu Sun Ma Zhu")


# --- context --------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, participants: Participants, names: list[str]) -> None:
        self.participants = participants
        self.names = names

    def name(self, token: Token) -> str | None:
        return self.participants.by_token.get(token.i)

    def short(self, name: str) -> str:
        """People by surname ("Biden"), everything else in full."""
        name = _clean_name(name)
        parts = name.split()
        if self.participants.labels.get(name) == "ORG" and len(parts) > 1 and parts[-1].rstrip(".,").lower() in (
                "inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "lp"):
            return " ".join(parts[:-1]).rstrip(",")  # "Coda Energy Inc." -> "Coda Energy"
        if self.participants.labels.get(name) == "PERSON" and len(parts) > 1:
            alias = self.participants.aliases.get(name)
            if alias and alias.lower() not in FIRST_NAMES:
                return alias  # the article's own short form: "Song said", "Mr Xi" (never "Steve")
            if parts[0] in _CHINESE_SURNAMES:
                return parts[0]
            if re.fullmatch(r"[IVX]+", parts[-1]):
                return name  # "Benedict XVI", "John Paul II": a regnal number is no surname
            if parts[-1].rstrip(".").lower() in ("jr", "sr") and len(parts) > 2:
                parts = parts[:-1]  # "Martin Luther King Jr." -> "King"
            if len(parts) > 2 and parts[-2].lower() in _NAME_PARTICLES:
                return " ".join(parts[-2:])  # "Osama bin Laden" -> "bin Laden"
            if alias != parts[-1] and self._shares_surname(name, parts[-1]):
                return name  # "Jermaine Jackson" in a story whose "Jackson" is Michael
            return parts[-1]
        return name


    def _shares_surname(self, name: str, surname: str) -> bool:
        return any(
            other != name and label == "PERSON" and _clean_name(other).split()[-1] == surname
            for other, label in self.participants.labels.items()
        )


# --- noun phrases ---------------------------------------------------------------------------


def _names_of(token: Token, ctx: _Ctx) -> list[str]:
    """Participant names of the token and its conjuncts ("Xi and Biden"), if all are named."""
    out: list[str] = []
    missing = 0
    conjuncts = [c for c in token.conjuncts if not _appositive_conj(token, c, ctx)]
    listed = _listed_as_apposition(token)
    if listed:
        # "The Killers, Adele and Jon Bell": all named, or the noun phrase tells the list
        names = [ctx.name(t) for t in (token, *listed)]
        return [ctx.short(n) for n in names if n] if all(names) else []
    found = [ctx.name(t) for t in [token, *conjuncts]]
    # "Randy, Jermaine and Janet Jackson": a list that names some by first name alone keeps every
    # name whole; "Randy, Jermaine and Jackson" would tell another Jackson
    by_first = len(found) > 1 and any(n is not None and len(_clean_name(n).split()) == 1 and
                                      _clean_name(n).lower() in FIRST_NAMES for n in found)
    for name in found:
        if name is None:
            # "US leader Joe Biden" parsed as "leader" with the name hung elsewhere
            missing += 1
            continue
        short = _clean_name(name) if by_first else ctx.short(name)
        if short not in out:
            out.append(short)
    for t in [token, *conjuncts]:
        for child in t.children:
            name = ctx.name(child)
            if t.i < t.head.i < child.i and t.head.pos_ in ("VERB", "AUX"):
                continue  # "The man was carried … in the capital, Port-au-Prince": the capital's, not his
            if child.dep_ == "appos" and name is not None and ctx.short(name) not in out and missing:
                out.append(ctx.short(name))
                missing -= 1
    return out if not missing else []


def _listed_as_apposition(token: Token) -> list[Token]:
    """The rest of a list the parse hung on its first item as an apposition with conjuncts:
    "The Killers, Adele and Jon Bell" (not "Tom Reed, the head of the union")."""
    appos = next((c for c in token.rights if c.dep_ == "appos"), None)
    if appos is None or not appos.conjuncts or not any(
            c.dep_ == "cc" and c.lower_ in ("and", "or") for c in appos.children):
        return []
    items = [appos, *appos.conjuncts]
    # names only: "Gordon Brown, Prime Minister and Labour leader" is one man's titles
    if token.pos_ != "PROPN" or any(t.pos_ != "PROPN" or t.lemma_.lower() in TITLE_NOUNS for t in items):
        return []
    return items


def _np(token: Token, ctx: _Ctx, level: int = 0) -> tuple[str, bool]:
    """A noun phrase in headline style (no articles), and whether it is plural."""
    if token.lower_ in ("one", "each") and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].lower_ in ("another", "other"):
        return f"{token.lower_} {token.doc[token.i + 1].lower_}", False  # "fought one another"
    if token.lower_.endswith(("self", "selves")) and token.pos_ == "PRON":
        return token.text, token.lower_.endswith("selves")  # "try to sell itself"
    negative = next((c.lower_ for c in token.children if c.dep_ in ("det", "preconj")
                     and c.lower_ in ("no", "neither")), "")
    norp_people = token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS")  # "11 Americans", not the country
    names = [] if norp_people else _names_of(token, ctx)
    if names and negative == "neither" and len(names) == 2:
        return f"neither {names[0]} nor {names[1]}", False  # "Neither Equus nor Tony Lama gave a reason"
    if names and negative:
        return f"{negative} {_join(names[:3])}", True  # "no South Africans"
    if negative == "neither" and token.conjuncts:
        # "Neither he nor Elian's grandparents could be located": the "neither … nor" is the negation
        first = token.text if token.pos_ == "PRON" and not ctx.name(token) else \
            ctx.short(ctx.name(token) or "") or token.text
        return f"neither {first} nor {_np(token.conjuncts[0], ctx, 2)[0]}", False
    if names:
        # "Nationalists want", but "United States wants" and "the Chinese" -> "China" agrees as one
        many = token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS") and names[0] == token.text
        much = " ".join(c.lower_ for c in token.lefts if c.lower_ in ("enough", "more", "fewer", "less"))
        return (much + " " if much else "") + _join(names[:3]), len(names) > 1 or many  # "enough Tamiflu"
    if token.lower_.endswith(("self", "selves")):
        return token.text, token.lower_.endswith("selves")
    if token.tag_ == "CD" or token.pos_ == "NUM" or any(c.tag_ == "$" for c in token.children):
        # "$8.3 million", "C$2.6 million": amounts whole, never a bare "2.6 million"
        keep = {token}
        todo = [token]
        while todo:
            for child in todo.pop().children:
                if child.tag_ == "$" or child.dep_ not in ("conj", "cc", "prep", "punct", "det", "appos", "relcl"):
                    keep.add(child)
                    todo.append(child)
        text = render(_with_groups(keep))  # "four-fold", not "four"
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.tag_ in ("NNS", "NNPS", "PRP", "DT"):
            text += f" of {_np(pobj, ctx, level)[0]}"  # "one of the greatest threats", not "pose one"
        plural = token.tag_ in ("NNS", "NNPS") or token.tag_ == "CD" and token.lower_ not in ("one", "1") and \
            token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT") and not any(c.tag_ == "$" for c in keep)
        return text, plural  # "$8.3 million is", "2007 was", but "145 have died", "two of the victims die"
    if token.pos_ == "PRON" and ctx.name(token) is not None:
        conj = [c for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        first = ctx.short(ctx.name(token) or "")
        if conj:
            return f"{first} and {_np(conj[0], ctx, 2)[0]}", True  # "she and her staff"
        return first, False
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if token.lower_ in _PARTITIVES and token.pos_ in ("PRON", "DET", "ADJ", "NUM") and whole is not None:
        # "another of its briefings", "some of the patients": the part needs its whole
        mine = next((c.lower_ + " " for c in whole.children if c.dep_ == "poss" and c.pos_ == "PRON"), "")
        a = "a " if token.lower_ in ("few", "little") and any(
            c.dep_ == "det" and c.lower_ == "a" for c in token.children) else ""  # "a few of", never "few of"
        return f"{a}{token.text} of {mine}{_np(whole, ctx, min(level + 1, 2))[0]}", \
            token.lower_ not in ("another", "one", "each", "either", "neither", "none")
    if token.lower_ in _PLURAL_QUANTIFIERS and token.pos_ in ("PRON", "DET", "ADJ"):
        if token.lower_ in ("few", "little") and any(c.dep_ == "det" and c.lower_ == "a" for c in token.children):
            return f"a {token.text}", True  # "a few managed" is some, "few managed" hardly any
        return token.text, True  # "Some fear …", "Many say …"
    if token.pos_ == "PRON":
        ref = ctx.participants.refers_to.get(token.i)
        if ref is not None and ref != token.i:
            # the speaker's own pronoun as long as the speaker's name ("The team says it has …")
            said = token.head.head if token.head.dep_ == "ccomp" else token.head
            own = any(c.i == ref and c.dep_ == "nsubj" for c in said.children)
            text, _ = _np(token.doc[ref], ctx, max(level, 1) if own or token.lower_ == "it" else level + 1)
            pair = [c for c in token.doc[ref].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if token.lower_ == "they" and pair and not text.endswith(pair[0].text):
                text = f"{text} and {_np(pair[0], ctx, 2)[0]}"  # "Kamel and others spoke … . They …"
            # "it" stands for one body ("the school"), "he" for one person ("the senior official"), "they" for many
            return text, token.lower_ not in _SINGULAR_PRONOUNS
        if token.lower_ in _INDEFINITES:
            # "did nothing wrong" is a denial, "did nothing" idleness: the adjective is the meaning
            after = [c for c in token.rights if c.dep_ == "amod"]
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if not after and nxt is not None and nxt.pos_ == "ADJ" and nxt.head == token.head:
                after = [nxt]  # "did nothing wrong" with "wrong" hung on the verb
            if after:
                return render(_with_groups({token, *after[0].subtree})), False
        return token.text, token.lower_ in ("they", "we", "them", "us", "these", "those")
    if token.lemma_ in ("kind", "sort", "type"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return _np(pobj, ctx, level)  # "the kind of formal dialogues" -> "formal dialogues"
    poss = ""
    limit = (5, 3, 1)[min(level, 2)]
    left: list[set[Token]] = []
    for child in token.lefts:
        if child.dep_ == "det":
            if child.lower_ in _KEEP_DETS or child.lower_ in ("a", "an") and (
                    token.lower_ in _A_AMOUNTS or child.nbor(1).lower_ in ("few", "little")):
                left.append({child})  # "evolved a lot", not "evolved lot"
        elif child.dep_ == "poss":
            owner = _whose_antecedent(child)
            if owner is not None:
                # "the woman, whose illness began in April": the woman's illness, never "Whose illness"
                name = ctx.name(owner)
                poss = (ctx.short(name) if name is not None else _np(owner, ctx, 2)[0]) + "’s"
                continue
            # "his counterpart" -> "counterpart": headlines drop possessive pronouns
            if ctx.name(child) is not None and child.pos_ != "PRON":
                poss = ctx.short(ctx.name(child) or "") + "’s"  # "Saudi Arabia's government"
                continue
            elif _body_title(token, child, ctx):
                poss = ctx.short(ctx.name(child) or "") + "’s"  # "its director general": the WHO's
                continue
            elif child.pos_ != "PRON":
                left.append({t for t in child.subtree if t.dep_ != "det"})
        elif child.dep_ in _NP_LEFT and not (child.dep_ == "npadvmod" and (
                child.ent_type_ in ("DATE", "TIME") or child.lower_ in _TIME_WORDS)):
            left.append({t for t in child.subtree if t.dep_ not in ("det", "punct") or t.text == "-"})
    groups = [s for s in left if s]
    left = groups[-limit:] if limit else []
    # a superlative is never the modifier to lose: "one of the greatest threats", not "of global threats"
    left = [g for g in groups[: len(groups) - len(left)] if any(
        t.tag_ == "JJS" or t.lower_ in ("enough", "more", "fewer", "less", "only") for t in g)] + left  # "enough Tamiflu"
    return _finish_np(token, ctx, level, left, poss)


def _whose_antecedent(poss: Token) -> Token | None:
    """The noun a relative "whose" stands for: "the woman" of "the woman, whose illness began …", the
    named person an apposition describes ("Said, a young businessman whose death prompted …")."""
    if poss.tag_ != "WP$":
        return None
    clause = poss.head.head
    while clause.dep_ in ("conj",) and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    owner = clause.head
    if owner.dep_ == "appos" and owner.head.pos_ == "PROPN":
        owner = owner.head
    return owner


def _body_title(token: Token, poss: Token, ctx: _Ctx) -> bool:
    """"its director general", "its spokesman": an office says little without the body it is of."""
    name = ctx.name(poss)
    return poss.lower_ == "its" and name is not None and ctx.participants.labels.get(name) in ("ORG", "GPE") \
        and (token.lemma_.lower() in TITLE_NOUNS or token.lower_ in _GENERIC_HEADS)


def _finish_np(token: Token, ctx: _Ctx, level: int, left: list[set[Token]], poss: str) -> tuple[str, bool]:
    tokens: set[Token] = {token}
    for group in left:
        tokens |= group
    tokens = _with_groups(tokens)
    text = render(tokens)
    if poss:
        text = f"{poss} {text}"
    person = ctx.participants.labels.get(ctx.name(token) or "") == "PERSON"
    plural = token.tag_ in ("NNS", "NNPS") and not person or any(c.dep_ == "conj" for c in token.children)
    if level >= 2 and token.lemma_.lower() in _RELATIONAL_NOUNS:
        # "focusing on his use of painkilling drugs": "use" alone says nothing, however deep
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if whole is not None:
            text += f" of {_np(whole, ctx, level)[0]}"
    if level < 2:
        for child in token.rights:
            if child.dep_ == "prt" or child.dep_ == "advmod" and child.tag_ == "RP":
                text += f" {child.text}"  # "the shooting down of …"
            elif child.dep_ == "nummod" and child.i == token.i + 1:
                # "reached category 4", not "reached category"
                text += " " + render(_with_groups(set(child.subtree)))
            elif child.dep_ == "appos" and level == 0 and (listed := _listed_as_apposition(token)):
                # "The Killers, Adele and Jon Bell will perform": a list the parse took for an apposition
                items = [_np(t, ctx, 2)[0] for t in listed]
                text += ", " + ", ".join(items[:-1]) + " and " + items[-1]
                plural = True
                break
            elif child.dep_ == "prep" and _temporal(child) and child.lower_ != "of" or child.dep_ == "punct" \
                    or _in_brackets(child):
                continue
            elif child.dep_ == "prep" and child.lower_ in ("of", "from", "at") and token.lower_ in _GENERIC_HEADS \
                    and not left and _origin(token, ctx):
                break  # "officials of the INS" is "INS officials" below, not "INS officials of INS"
            elif child.dep_ == "prep" and child.lower_ in ("of", "with", "between", "on", "over", "against", "to",
                                                         "from", "for", "in", "at"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                # a verb's object keeps its phrase too: "has full confidence in the secretary", "reports
                # the first case in Europe"
                if pobj is None or (child.lower_ != "of" and level > 0) or (
                        child.lower_ not in ("of", "from") and not (is_event_noun(token) or token.lemma_ in _MEETING_NOUNS
                                                                    or token.dep_ in ("dobj", "attr") and not any(
                            c.dep_ in ("appos", "relcl", "acl") for c in pobj.children))):
                    break  # (but never "searches for word" of "for the word 'protest'": what names it goes)
                inner, _ = _np(pobj, ctx, level + 1)
                text += f" {child.lower_} {inner}"
                break
            elif child.dep_ not in ("punct",):
                break
        if level == 0 and token.lemma_ in _CONTENT_NOUNS:
            clause = next((c for c in token.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                           and _subject_own(c) and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                          None)
            core = clause is not None and any(c.dep_ in _CORE for c in _children(clause) if c.i > clause.i)
            if clause is not None and (not core or _Clause(ctx, 1).complement(clause, 1)):
                held = _Clause(ctx, 1)
                said = held.clause(clause, 1)
                if said and not held.unresolved:  # never "word that Moonves wants", cut from what he wants
                    text += f" that {said}"  # "evidence that flu activity is declining"
        if level == 0:
            part = next((c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ != "dated"
                         and not any(a.dep_ in ("aux", "auxpass", "nsubj") for a in c.children)), None)
            if part is not None and len(text.split()) < 6:
                text += f" {part.text}"  # "2 million copies of Tiger sold"
            acl = next((c for c in token.rights if c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if acl is not None:  # "no plans to resurrect the dialogue"
                text += " " + _Clause(ctx, 1).predicate(acl, 1)
        conj = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        # the word that joins them, wherever the parse hangs it ("C$2.6 million, or 18 cents": on "million")
        cc = token.doc[conj[0].left_edge.i - 1] if conj and conj[0].left_edge.i > token.i + 1 else None
        cc = cc if cc is not None and cc.pos_ == "CCONJ" else None
        restated = cc is not None and cc.lower_ == "or" and token.doc[cc.i - 1].text == ","
        if conj and level == 0 and not restated:  # (", or 18 cents a share" says the same amount again)
            other, _ = _np(conj[0], ctx, 2)
            text += f" {cc.lower_ if cc is not None and cc.lower_ in ('and', 'or') else 'and'} {other}"
    if plural and token.tag_ not in ("NNS", "NNPS") and " and " not in text:
        plural = False  # the conjunct was left out: "Said’s torture prompts", never "Said’s torture prompt"
    if token.lower_ in _GENERIC_HEADS and not left:
        origin = _origin(token, ctx)
        if origin:
            text = f"{origin} {text}"  # "representatives from China's …" -> "China representatives"
    return text, plural


_DURATIONS = _words("second minute hour day week month year")
# Pronouns whose adjective follows them and carries the meaning: "nothing wrong", "something new".
_INDEFINITES = _words("nothing something anything everything nobody somebody anybody noone")
_RELATIONAL_NOUNS = _words("""use role part lack number rest kind type amount shortage supply supplies cause
    source level risk spread handling misuse abuse""")


def _origin(token: Token, ctx: _Ctx) -> str:
    """The country or body a generic group comes from ("officials from Beijing" -> "Beijing")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at"):
            named = [t for t in prep.subtree if ctx.name(t) is not None and t.pos_ != "PRON"]
            places = [t for t in named if ctx.participants.labels.get(ctx.name(t) or "") in ("GPE", "NORP")]
            chosen = places[0] if places else named[0] if named else None
            if chosen is not None:
                name = ctx.short(ctx.name(chosen) or "")
                return "US" if name == "United States" else name
    return ""


# Verbs a date may be the subject of: "2007 was the hottest year", "2009 saw cases rise".
_DATE_VERBS = frozenset(("be", "see", "mark", "bring", "witness"))


def _date_word(token: Token) -> bool:
    """A year, month or weekday as a word of its own ("1968", "Monday"), never a doer."""
    return token.ent_type_ == "DATE" and (token.pos_ in ("NUM", "PROPN") or token.tag_ == "CD")


class _Clause:
    """One headline attempt at a given compaction level."""

    def __init__(self, ctx: _Ctx, level: int) -> None:
        self.ctx = ctx
        self.level = level
        self.kind = "done"
        self.unresolved = False  # an actor the reader cannot know ("it", "they")

    def subject(self, verb: Token) -> tuple[str, bool]:
        subj = _subject(verb) or _lent_subject(verb)
        if subj is None or _is_dateline(subj):
            return "", False
        if subj.pos_ == "PRON" and self.ctx.name(subj) is None and subj.i not in self.ctx.participants.refers_to \
                and (subj.lower_ in _PERSONAL_PRONOUNS or subj.lower_ in _FIRST_PERSON):
            self.unresolved = True
        if subj.dep_ == "csubj":
            return self._clausal_subject(verb, subj)
        if _date_word(subj) and verb.lemma_ not in _DATE_VERBS:
            # "A 1968 Hong Kong flu pandemic killed …" with the year taken for the subject: a date
            # does nothing; the noun it modifies did, else there is no doer to name
            run = []
            for token in subj.doc[subj.i + 1 : verb.i]:
                if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("appos", "npadvmod"):
                    break
                run.append(token)
            if run:
                return render([subj, *run]), run[-1].tag_ in ("NNS", "NNPS")
            if subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.head.head.pos_ in ("NOUN", "PROPN"):
                return _np(subj.head.head, self.ctx, self.level)  # "the pandemic of 1968, which killed …"
            self.unresolved = True
            return "", False
        if subj.lower_ in ("another", "one") and subj.pos_ in ("DET", "PRON", "NUM") and not list(subj.children):
            self.unresolved = True  # "another is due next week": another what?
        if any(t.tag_ in ("VBP", "VBZ", "VBD") and t.dep_ in ("compound", "amod") for t in subj.lefts):
            self.unresolved = True  # "markets abhor uncertainty" parsed as one noun phrase: no subject to name
        return _np(subj, self.ctx, max(self.level, 1) if subj.pos_ not in ("PROPN",) else self.level)

    def _clausal_subject(self, verb: Token, csubj: Token) -> tuple[str, bool]:
        """"Spiking energy prices pose …" (a gerund the parser split from its noun), "Wearing masks
        helps"; a long clausal subject leaves the headline without a doer, so the source's words."""
        nsubj = next((c for c in _children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if nsubj is not None:
            text, plural = _np(nsubj, self.ctx, max(self.level, 1))
            if csubj.tag_ == "VBG" and csubj.i == nsubj.left_edge.i - 1:
                text = f"{csubj.lower_} {text}"
            return text, plural
        words = [t for t in csubj.subtree if not t.is_punct]
        if len(words) <= 4 and not any(t.pos_ == "PRON" for t in words):
            return render(words), False
        self.unresolved = True
        return "", False

    def complement(self, verb: Token, depth: int = 0) -> str:
        """Particle, object, attribute, infinitive and one prepositional phrase."""
        parts: list[str] = []
        told_whom: list[str] = []  # the parts when the object was all there was
        children = _children(verb)
        obj_taken = False
        for child in children:
            if child.dep_ == "prt":
                parts.append(child.text.lower())
        state = _resultative(verb, children)
        if state is not None:
            # "went missing", "fell asleep", "came close to running out of supplies"
            into = list(state.subtree)
            comma = next((k for k, t in enumerate(into) if t.text == ","), len(into))
            into = into[:comma]  # "… out of medical supplies, diesel and water": the first item
            parts.append(render(into) if len(into) <= 12 else state.lower_)
        direction = self._direction(verb, children)
        if direction and not any(c.dep_ == "dobj" and c.i < verb.i + 4 for c in children if c.i > verb.i):
            parts.append(direction)
            direction = ""
        for child in children:
            if child.dep_ in ("dative",) and child.i > verb.i and child.pos_ != "ADP":
                parts.append(_np(child, self.ctx, self.level + 1)[0])
            if child.dep_ in ("dobj", "attr", "oprd") and child.i > verb.i and not _set_off(verb, child, quotes=False):
                if child.pos_ == "PRON" and self.ctx.name(child) is None and child.lower_ in ("it", "that", "this"):
                    self.unresolved = True  # "would like to re-establish that": that what?
                pounds = _pound_amount(child)
                after = next((c for c in children if c.dep_ == "dobj" and c.left_edge.i == child.right_edge.i + 1), None)
                if after is not None and child.pos_ == "PROPN" and not pounds:
                    # "lead the US fundraising efforts" parsed as two objects: one noun phrase
                    parts.append(f"{child.text} {_np(after, self.ctx, self.level)[0]}")
                else:
                    parts.append(pounds or _np(child, self.ctx, self.level)[0])
                told_whom = list(parts)
                obj_taken = True
                oprd = next((c for c in children if c.dep_ == "oprd" and c.i > child.i), None)
                if oprd is not None:
                    parts.append(_np(oprd, self.ctx, self.level + 1)[0])  # "calling the prime minister a traitor"
                told = self._told(verb, child, depth)
                if told:
                    parts.append(told)
                break
            small = _small_clause(verb, child)
            if small is not None and not obj_taken:
                what = self._adjective(child, depth) if child.pos_ == "ADJ" else _np(child, self.ctx, self.level + 1)[0]
                parts.append(f"{_np(small, self.ctx, self.level)[0]} {what}")  # "declared the virus a pandemic"
                obj_taken = True
                break
        if direction:
            parts.append(direction)  # "taking himself out of the game": after the object
        covered: set[int] = set()
        for child in children:
            if child.dep_ == "acomp" and child.i not in covered:
                covered.update(t.i for t in _word_group(child))  # "re - energized" parsed as three
                parts.append(self._adjective(child, depth))
                obj_taken = True
        placed: set[Token] = set()  # phrases already in their place, before the infinitive
        for child in children:
            if child.dep_ == "xcomp" and child.i > verb.i and verb.lemma_ in ("appear", "seem") and any(
                    c.dep_ == "prep" and verb.i < c.i < child.i for c in children):
                break  # "appeared at the club Friday to talk": a purpose, never "appears to talk"
            if child.dep_ == "xcomp" and child.i > verb.i:
                if child.pos_ in ("VERB", "AUX"):
                    inner = _Clause(self.ctx, self.level + 1)
                    words = inner.predicate(child, depth + 1)
                    asked = _asked(verb, child, children)
                    if asked is not None:
                        # "called on people and the government to support …": who was called on, then to do
                        # what, never "calls to support … on people"
                        whom = next(c for c in asked.children if c.dep_ == "pobj")
                        words = f"{asked.lower_} {_np(whom, self.ctx, self.level)[0]} {words}"
                        placed.add(asked)
                    parts.append(words)
                    obj_taken = True
                elif child.pos_ == "ADJ":
                    parts.append(self._adjective(child, depth))
                    obj_taken = True
                break
        # A report inside a report keeps what was told: "reports say the WHO told members it had decided …"
        reach = 2 if verb.lemma_.lower() in STATEMENT_VERBS or verb.lemma_.lower() in _SHOWING_VERBS else 1
        if depth < reach and not _bare_participle(verb):  # "with a protest predicted, the army …": not its object
            for child in children:
                if child.dep_ == "ccomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX") \
                        and not _parenthetical(child) and not _set_off(verb, child) \
                        and not _reduced_passive(verb):  # its verb is not the participle's
                    inner = _Clause(self.ctx, self.level + 1)
                    text = inner.clause(child, depth + 1)
                    mark = next((c.lower_ for c in child.children if c.dep_ == "mark" and c.lower_ in _CONDITIONS), "")
                    inner_subj = _subject(child)
                    outer = _subject(verb)
                    if inner_subj is not None and outer is not None and not _negation(child) and not _aux(child) \
                            and not obj_taken and child.lemma_ != "be" and verb.lemma_ in _GERUND_CLAIMS \
                            and self.ctx.name(inner_subj) is not None \
                            and self.ctx.name(inner_subj) == self.ctx.name(outer):
                        # "Murray denied he caused the death" -> "Murray denies causing death"
                        rest = _Clause(self.ctx, self.level + 1).complement(child, depth + 1)
                        parts.append(f"{gerund(_verb_word(child, 'lemma'))} {rest}".strip())
                        obj_taken = True
                        break
                    if text and not inner.unresolved:
                        parts.append(f"{mark} {text}".strip())  # "decide whether the academy can move"
                        obj_taken = True
                    elif verb.lemma_ in _OPINION_VERBS and depth == 0 or not obj_taken or verb.lemma_ == "be":
                        # "he believes it is …", "the WHO cautioned that it was too early …": a belief,
                        # a warning without its content says nothing; the source's words say it
                        self.unresolved = True
                    break
        pp_budget = 1 if (not obj_taken or self.level == 0) else 0
        if self.level >= 2 and obj_taken or self.level >= 3 and verb.tag_ == "VBG":
            pp_budget = 0  # level 3: a gerund kept only to finish its adjective ("interested in engaging")
        if verb.lemma_ in _PLACING and obj_taken:
            pp_budget = 1  # "would put Egypt's finances under pressure": never "put finances"
        occasion = self._occasion(verb, children, depth) if not obj_taken and not parts else ""
        if occasion:
            parts.append(occasion)
            pp_budget = 0
        for child in children:
            if pp_budget <= 0 or obj_taken and self.level > 0:
                break
            if child.dep_ == "advcl" and child.i > verb.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and not _subject_own(child):
                purpose = _Clause(self.ctx, self.level + 1).predicate(child, depth + 1)  # "to block offer"
                if purpose.split()[-1:] == [child.text] and any(
                        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > child.i for c in child.children):
                    self.unresolved = True  # "to discuss" without how a vaccine might be made: the source's words
                    break
                called = _asked(verb, child, children)
                callee = next((c for c in called.children if c.dep_ == "pobj"), None) if called is not None else None
                if called is not None and callee is not None and called not in placed:
                    # "appealed for the passengers to come forward", never "appeals to come forward"
                    purpose = f"{called.lower_} {_np(callee, self.ctx, self.level)[0]} {purpose}"
                    placed.add(called)
                parts.append(purpose)
                pp_budget -= 1
        for child in children:
            if pp_budget <= 0:
                break
            if child.dep_ == "agent" and child.i > verb.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    parts.append("by " + _np(pobj, self.ctx, self.level + 1)[0])
                    pp_budget -= 1
        selected = [p for p in _selected_preps(verb) if p.lower_ == "as" or not parts] if depth < 2 else []
        for child in selected:  # "described the aid as late", "called for the release": never without
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                parts.append(render(list(child.subtree)))  # "as slow and badly organised"
            elif pobj.dep_ == "pobj":
                parts.append(f"{child.lower_} {_np(pobj, self.ctx, self.level + 1)[0]}")
            elif pobj.pos_ in ("VERB", "AUX") and pobj.tag_ in ("VBG", "VBN"):
                # "listed him as having donated 274,500 marks": the participle and its own auxiliary
                aux = [a.lower_ for a in pobj.children if a.dep_ in ("aux", "auxpass") and a.i < pobj.i]
                rest = _Clause(self.ctx, max(2, self.level + 1)).complement(pobj, depth + 1)
                parts.append(" ".join(w for w in (child.lower_, *aux, pobj.lower_, rest) if w))
            else:
                self.unresolved = True  # "as if …": the source's words
            pp_budget -= 1
        time_ends: set[int] = set()
        for child in children:
            if pp_budget <= 0:
                break
            if child in selected or child in placed:
                continue
            sequel = child.lower_ in _SEQUENCE_PREPS and not obj_taken and not _temporal(child)
            if child.dep_ == "prep" and child.i > verb.i and child.i - 1 in time_ends and child.lower_ in (
                    "into", "after", "before", "since"):
                continue  # "collapsed two hours into the flight": the time it is measured from goes with it
            if child.dep_ == "prep" and child.i > verb.i and _temporal(child) and any(
                    p.lemma_ in _DURATIONS and any(n.dep_ == "nummod" for n in p.children) for p in child.children):
                time_ends.add(child.right_edge.i)
            # (and "to" after an object, which the parse may call a dative: "took a taxi to the hospital")
            if (child.dep_ == "prep" or child.dep_ == "dative" and child.pos_ == "ADP" and obj_taken) and \
                    child.i > verb.i and (child.lower_ not in _SKIP_PREPS or sequel):
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is None or (_temporal(child) and self.kind != "future") or pobj.lemma_ in _FRAME_NOUNS:
                    continue
                if pobj.dep_ == "pcomp":
                    if pobj.tag_ != "VBG" or child.lower_ not in ("to", "on", "in", "about", "of", "for", "from"):
                        continue
                    doing = _Clause(self.ctx, max(2, self.level + 1)).predicate(pobj, depth + 1)
                    parts.append(f"{child.lower_} {doing}")  # "committed to protecting protesters"
                    pp_budget -= 1
                    continue
                phrase = _np(pobj, self.ctx, self.level + 1)[0]
                if phrase in " ".join(parts):
                    continue  # a name that spans both phrases, already said with the object
                parts.append(f"{child.lower_} {phrase}")
                pp_budget -= 1
                goal = next((c for c in (*pobj.children, *child.children, *children) if c.dep_ == "prep" and c.lower_ in _PATH_ENDS
                             and (c.i == pobj.right_edge.i + 1 or c.head == pobj and c.i > pobj.i)), None) \
                    if child.lower_ == "from" else None
                end = next((c for c in goal.children if c.dep_ == "pobj"), None) if goal is not None else None
                if goal is not None and end is not None:
                    # "scaled back the toll from 159 to 56", "marched from the square toward parliament":
                    # a path or change says nothing without where it ends
                    parts.append(f"{goal.lower_} {_np(end, self.ctx, self.level + 1)[0]}")
                    placed.add(goal)
        amount = next((c for c in children if c.dep_ == "npadvmod" and c.i > verb.i and _amount(c)), None)
        if amount is not None and not obj_taken:
            parts.insert(0, _np(amount, self.ctx, 2)[0] if amount.lower_ in _A_AMOUNTS else render(set(amount.subtree)))  # "increased 15 per cent", not "increased per cent"
        if self.kind == "future" and self.level == 0:
            for child in children:
                if child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and child.i > verb.i:
                    parts.append(render({t for t in child.subtree}))  # "Zuma to visit Tripoli next week"
                    break
        if verb.lemma_ in _TELLING and parts == told_whom and parts[-1:] and parts[-1].lower() in (
                "me", "us", "him", "her", "them"):
            self.unresolved = True  # "Arianna tells me": nothing told
        if verb.lemma_ in _TELLING and parts == told_whom and len(parts) == 1 and any(
                c.dep_ in ("ccomp", "xcomp", "relcl", "acl") for c in _with_groups(set(verb.subtree)) if c.i > verb.i):
            self.unresolved = True  # "WHO tells member countries" without what it told them
        return " ".join(p for p in parts if p)

    def _occasion(self, verb: Token, children: list[Token], depth: int) -> str:
        """"Phillips's interview came as the cook filed a lawsuit": what "come" came with."""
        if verb.lemma_ != "come" or depth > 0:
            return ""
        clause = next((c for c in children if c.dep_ == "advcl" and c.i > verb.i and _subject_own(c) and any(
            m.dep_ == "mark" and m.lower_ in ("as", "after", "amid", "while") for m in c.children)), None)
        if clause is None:
            return ""
        inner = _Clause(self.ctx, max(self.level + 1, 2))
        text = inner.clause(clause, depth + 1)
        if inner.unresolved or len(text.split()) < 2:
            return ""
        mark = next(m.lower_ for m in clause.children if m.dep_ == "mark")
        return f"{mark} {text}"

    def _told(self, verb: Token, obj: Token, depth: int) -> str:
        """"showed the generals that his grip looked weak", "told CNN that …" parsed with the clause
        on the object: what was shown or told, else nothing."""
        if depth >= 2 or not (verb.lemma_.lower() in STATEMENT_VERBS or verb.lemma_.lower() in _SHOWING_VERBS):
            return ""
        clause = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                       and _subject_own(c) and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            return ""
        inner = _Clause(self.ctx, self.level + 1)
        text = inner.clause(clause, depth + 1)
        if inner.unresolved or len(text.split()) < 2:
            self.unresolved = True  # what was told cannot be said: the source's words
            return ""
        return f"that {text}"  # "show likelihood that strand came from Kopp"

    def _direction(self, verb: Token, children: list[Token]) -> str:
        """"came back to the UK", "going back to work", "moved abroad": the adverb of direction and
        its goal, without which "Atkins comes" and "People go" say nothing."""
        adverb = next((c for c in children if (c.dep_ == "advmod" or c.dep_ == "prep" and any(
            g.dep_ == "prep" for g in c.children)) and c.lower_ in _DIRECTIONS and verb.i < c.i <= verb.i + 3), None)
        if adverb is None:
            return ""
        goal = next((p for p in adverb.children if p.dep_ == "prep" and p.lower_ in ("to", "into", "from", "in", "at", "of")
                     and not _temporal(p)), None)
        pobj = next((c for c in goal.children if c.dep_ in ("pobj", "pcomp")), None) if goal is not None else None
        if pobj is not None and pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
            doing = _Clause(self.ctx, max(2, self.level + 1)).predicate(pobj, 1)
            return f"{adverb.lower_} {goal.lower_} {doing}"  # type: ignore[union-attr]  # "stopped short of issuing alert"
        if pobj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children):
            return ""  # "went out of his way to …": an idiom, not a direction
        if pobj is None or pobj.dep_ != "pobj":
            return adverb.lower_
        return f"{adverb.lower_} {goal.lower_} {_np(pobj, self.ctx, self.level + 1)[0]}"  # type: ignore[union-attr]

    def _adjective(self, adj: Token, depth: int) -> str:
        words = [t for t in adj.lefts if t.dep_ in ("advmod", "neg") and t.lower_ not in ("so", "very", "basically")]
        text = render(_with_groups({*words, adj}))  # "re-energized", not "re energized"
        for child in adj.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                inner = _Clause(self.ctx, self.level + 1)
                return f"{text} {inner.predicate(child, depth + 1)}"
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX") and child.i > adj.i and depth < 2:
                inner = _Clause(self.ctx, self.level + 1)
                said = inner.clause(child, depth + 1)
                if inner.unresolved or len(said.split()) < 2:
                    self.unresolved = True  # "was very clear that this was …": clear what?
                    return text
                return f"{text} that {said}"  # "aware that closure would cause difficulties"
            if child.dep_ == "conj" and child.pos_ in ("ADJ", "VERB") and child.tag_ in ("JJ", "VBN") and self.level == 0:
                # "concerned but not alarmed": the conjunction and the negation are what it says
                cc = next((c.lower_ for c in adj.children if c.dep_ == "cc"), "and")
                neg = "not " if any(c.dep_ == "neg" for c in child.children) else ""
                text += f" {cc} {neg}{child.text}"
            if child.dep_ == "prep" and child.lower_ not in ("than", "as") and (self.level < 2 or any(
                    c.dep_ == "pcomp" for c in child.children)):  # "committed to keeping …" at any length
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and not _temporal(child):
                    obj = _np(pobj, self.ctx, self.level + 1)[0] if pobj.dep_ == "pobj" else \
                        _Clause(self.ctx, max(2, self.level + 1)).predicate(pobj, depth + 1).removeprefix("to ")
                    text += f" {child.lower_} {obj}"  # "pursuant to agreement", "interested in engaging"
        return text

    def predicate(self, verb: Token, depth: int) -> str:
        """An infinitive complement: "to name new cabinet", "to re-establish military ties"."""
        negs = _negation(verb)
        if verb.tag_ == "VBG":
            words = ("not " if negs else "") + _verb_word(verb, "text")  # "stopped paying dividend"
        elif any(a.dep_ == "auxpass" for a in verb.children) and verb.tag_ == "VBN":
            words = ("not to be " if negs else "to be ") + _verb_word(verb, "text")  # "yet to be finalised"
        elif any(a.lower_ == "have" and a.dep_ == "aux" for a in verb.children) and verb.tag_ == "VBN":
            words = ("not to have " if negs else "to have ") + _verb_word(verb, "text")  # "claims to have seen"
        else:
            words = ("not to " if negs else "to ") + _verb_word(verb, "lemma")
        rest = self.complement(verb, depth)
        return f"{words} {rest}".strip()

    def clause(self, verb: Token, depth: int = 0) -> str:
        expl = next((c for c in _children(verb) if c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "there"), None)
        if expl is not None and verb.lemma_ == "be":
            # "there have been 2 million copies sold": the thing that is, no dummy "is"
            attr = next((c for c in _children(verb) if c.dep_ in ("attr", "dobj", "nsubj") and c.i > verb.i), None)
            if attr is None:
                self.unresolved = True
                return ""
            text = _np(attr, self.ctx, self.level)[0]
            if _negation(verb) and not text.lower().startswith("no "):
                text = "no " + text
            return text
        who, plural = self.subject(verb)
        agree = _Agreement(plural)
        children = _children(verb)
        # "has yet to speak", "is going to visit", "is to visit": the infinitive carries the verb.
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if xcomp is not None and verb.lemma_ == "have" and any(c.lower_ == "yet" for c in children):
            self.kind = "negated"
            return f"{who} yet {self.predicate(xcomp, depth)}".strip()
        # A plan told in the past may have lapsed ("were due to be revealed this week", then delayed):
        # the headline keeps its past auxiliary, where a present plan drops it.
        was = _past_plan(verb, children)
        if xcomp is not None and (verb.lemma_ == "be" or verb.lower_ == "going" and any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in children)) and not _negation(verb):
            self.kind = "future"
            going = " going" if was and verb.lower_ == "going" else ""
            return " ".join(p for p in (who, was + going, self.predicate(xcomp, depth)) if p)
        if verb.lower_ in _EXPECT_PARTICIPLES and xcomp is not None and not _negation(verb):
            # "is expected to cover": headlines drop the auxiliary, keep the expectation.
            self.kind = "future"
            return " ".join(p for p in (who, was, verb.lower_, self.predicate(xcomp, depth)) if p)
        if verb.lower_ == "missing" and not any(c.dep_ == "dobj" for c in children) and any(
                a.lemma_ == "be" for a in _aux(verb)) and not _negation(verb):
            return f"{who} missing"  # "peacekeepers are missing": a state, not "miss"
        if verb.lemma_ == "be" and verb.pos_ == "AUX" and not _negation(verb):
            acomp = next((c for c in children if c.dep_ == "acomp"), None)
            aux = _aux(verb)
            if acomp is not None and not any(a.lower_ in _MODALS for a in aux):
                # "Military meetings rare but necessary", "Xi and Biden due to meet".
                planned = any(c.dep_ == "xcomp" for c in acomp.children) and acomp.lower_ in _EXPECT_PARTICIPLES
                if any(c.dep_ == "xcomp" for c in acomp.children):
                    self.kind = "future" if acomp.lower_ in _EXPECT_PARTICIPLES else self.kind
                return " ".join(p for p in (who, was if planned else "", self._adjective(acomp, depth)) if p)
        verb_text, self.kind = _verb_phrase(verb, agree)
        if _garbled_copula(verb):
            self.unresolved = True
        if verb.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp", "prep", "xcomp", "ccomp", "oprd", "npadvmod")
                                           for c in children):
            self.unresolved = True  # "Where is my vote?": nothing a headline can say
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        if self.kind == "done" and dobj is not None and verb.lemma_ in _LIGHT_VERBS and (
                dobj.lemma_ in _MEETING_NOUNS or dobj.lemma_ in _HELD_NOUNS):  # never "holds health conditions"
            verb_text = present(_LIGHT_VERBS[verb.lemma_], plural)
        if who.lower() in _FIRST_PERSON:
            self.unresolved = True
        rest = self.complement(verb, depth)
        return " ".join(p for p in (who, verb_text, rest) if p)


def _appositive_conj(subj: Token, conj: Token, ctx: _Ctx) -> bool:
    """"Tony Blair, Middle East peace envoy and former British prime minister, told …": the titles
    after the comma describe the one named, parsed as more speakers; so does "Ann Hale, Leeds and
    Bradford's coroner": a list after the comma ending on a title of places' is all her title."""
    doc = subj.doc
    if ctx.name(subj) is not None and subj.i + 1 < len(doc) and doc[subj.i + 1].text == "," and any(
            c.tag_ == "NN" and ctx.name(c) is None and any(d.dep_ == "poss" and d.pos_ == "PROPN" for d in c.children)
            for c in subj.conjuncts if c.i > conj.i or c == conj):
        return True
    if ctx.name(subj) is None or ctx.name(conj) is not None or conj.lemma_.lower() not in TITLE_NOUNS:
        return False
    between = subj.doc[subj.i + 1 : conj.left_edge.i]
    return any(t.text == "," for t in between) and not any(c.dep_ == "det" for c in conj.children)


_REFERRING = _words("it they he she")  # subject pronouns coreference may give an unnamed antecedent


def _resolve_subject(text: str, verb: Token, participants: Participants) -> str:
    """"He also showed …" -> "Jobs also showed …" when the pronoun is resolved."""
    subj = _subject(verb)
    if subj is None or subj.pos_ != "PRON":
        return text
    if text == "x ":  # asked how much longer the name is than the pronoun
        name = participants.by_token.get(subj.i)
        if name is None and subj.lower_ in _REFERRING and subj.i in participants.refers_to:
            name = _np(subj, _Ctx(participants, []), 1)[0]
            return "x " + " " * max(0, len(name) - len(subj.text))
        return "x " + " " * max(0, len(_Ctx(participants, []).short(name)) - len(subj.text)) if name else text
    if not text.startswith(subj.text + " "):
        return text
    name = participants.by_token.get(subj.i)
    if name is None and subj.lower_ in _REFERRING and subj.i in participants.refers_to:
        # "It will re-open on Thursday" -> "South Hampstead high school will re-open …"
        words = _np(subj, _Ctx(participants, []), 1)[0]
        return words[:1].upper() + words[1:] + text[len(subj.text):]
    if name is None or subj.lower_ not in ("he", "she", "it", "they"):
        return text
    return _Ctx(participants, []).short(name) + text[len(subj.text):]
