"""The form check every headline passes: no fragment, no markup, no dangling word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.coreference import TITLE_NOUNS
from model.nlp.events.headlines.render import has_markup, header_end
from model.nlp.events.headlines.syntax import (
    _PREP_VERBS,
    _children,
    _is_statement,
    _parenthetical,
    _participle_main_verb,
    _selected_preps,
    _set_off,
)
from model.nlp.events.headlines.words import (
    _EXPECT_PARTICIPLES,
    _SELECTING_ADJECTIVES,
    _SHOWING_VERBS,
    _TELLING,
    _TIME_WORDS,
    _WORD,
    STATEMENT_VERBS,
    _words,
    gerund,
    present,
)
from model.nlp.sentences import doc_scratch, same_sentence, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A reporting or perception verb that ends a headline has lost what was said or shown; words that
# are nouns as often ("reports", "claims", "shows") only after "to" or a modal ("goes on to question").
_BARE_ENDINGS = _words("""say says said tell tells told warn warns warned caution cautions cautioned show showed
    describe describes described questioned explain explains explained insist insists insisted argue argues
    argued predict predicts predicted acknowledge acknowledges acknowledged declare declares declared believe
    believes believed think thinks thought wonder wonders wondered suggest suggests suggested indicate indicates
    indicated reveal reveals revealed confirm confirms confirmed announce announces announced add adds added
    remark remarks remarked joke jokes joked quip quips quipped reply replies replied write writes wrote""")
_SAID = _words("say says said tell tells told add adds added")
_BARE_AFTER_TO = _words("question state report note claim hope fear comment")
# Words a headline cannot end on: it was cut before what they introduce ("swine farms are").
_DANGLING = _words("""a an the of to for by with from at as into about and or but nor than if whether because
    is are was were be been being has have had do does did its their his her our your my whose onto upon
    during despite amid amidst among between towards toward via including whereas although unless those these
    every""")
_COPULAS = _words("is are was were be been being has have had do does did")
_WH = _words("where what who whom how which whatever wherever whoever")
_SPEECH_FRAME = re.compile(r"\b(?:in|on|at|during)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:statement|interview|"
                           r"speech|briefing|conference|letter|email|tweet|post|broadcast)$", re.IGNORECASE)


# Words that open a relative or a question: a headline starting with one has lost what it hangs on
# ("Which strikes me as …", "What happens", "Whose mocking …").
_RELATIVES = _words("which whose whom who what where whereby wherein")


def _opens_with_relative(text: str) -> bool:
    first = _WORD.match(text.lstrip("“\"‘'`( "))
    return first is not None and first.group(0).lower() in _RELATIVES and not first.group(0).isupper()  # not "WHO"


# Auxiliaries and modals that cannot open a headline: "Has died today", "Will be released Monday".
_OPENING_AUX = _words("""has have had is are was were will would could should can may might must shall does did
    been being""")
# "Break comes", "His comments came": a verb of arriving says nothing without what came with it.
_BARE_COMING = _words("come comes came")


# Linking verbs a quotation cannot end on after "to": '“… when I started to feel”' (feel what?).
_LINKING_FORMS = _words("feel become seem appear remain sound look")
# Subordinators whose clause cannot stand as the whole headline: "If a fourth element could be added".
_SUBORDINATORS = _words("if because although though unless whereas whether when while once")
# Words after "once" that make it an adverb ("Once again …", "Once more …").
_ONCE_ADVERB = _words("again more upon")


def _subordinate_alone(body: str, words: list[str], tokens: list[Token | None]) -> bool:
    """A subordinate clause with no main clause: "If a fourth element could be added", "When the
    girls left the store": every word of the headline is in the clause its first word opens (a
    question, "When will schools reopen?", and "When the plans were announced it was reported …"
    are whole)."""
    if len(words) < 2 or words[0] not in _SUBORDINATORS or body.rstrip().endswith("?") or \
            words[0] == "once" and words[1] in _ONCE_ADVERB:
        return False
    opener = tokens[0]
    if opener is None or opener.dep_ not in ("mark", "advmod") or opener.head.pos_ not in ("VERB", "AUX"):
        return False
    clause = opener.head
    return clause.dep_ in ("advcl", "ccomp") and all(t is None or t in clause.subtree for t in tokens) and \
        any(t is not None for t in tokens[1:])


def _repeated_phrase(words: list[str]) -> bool:
    """Three words said twice in a headline, apart: "X hosts Concert for Y for Concert for Y", "had been
    through a lot A girl had been through a lot" (a name or title repeated from an apposition, or a
    caption run into its sentence)."""
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - 2):
        gram = tuple(words[i : i + 3])
        if all(w in _DANGLING for w in gram) or not any(len(w) > 2 for w in gram):
            continue
        if gram in seen and seen[gram] + 3 <= i:
            return True
        seen.setdefault(gram, i)
    return False


def _unquoted(text: str) -> str:
    """The headline without its quotations: what the speaker said is theirs, repeats and cuts alike."""
    return re.sub(r'“[^”]*”|"[^"]*"', " ", text)


def _dangles(words: list[str]) -> bool:
    """The last word needs what follows: "swine farms are", but "do not know where he is"."""
    return words[-1] in _DANGLING and not (words[-1] in _COPULAS and bool(_WH & set(words[-6:-1])))


# A speaker's first person straight after the verb of saying, with no colon or quotation mark.
_UNQUOTED_FIRST_PERSON = re.compile(r"\b(?:said|says|added|adds|told \w+)\s+(?:We|I|Our|My)\b")


def headline_fault(text: str, predicate: Token | None = None) -> str:
    """Why a headline is not well formed, or "" when it is: what no sub-editor would pass.

    - markup left in ("-LRB-", "``", "|") or brackets and quotation marks that do not pair;
    - a quotation that is not whole (cut at "…", or ending on "and");
    - a reporting verb left bare ("Analysts say", "X says in statement", "says…"), or "comes" alone;
    - a last word that needs what follows ("swine farms are", "… told CNN that", "warned it…",
      "deaths based");
    - no subject: opening on an auxiliary or an infinitive ("Has died today", "To discuss exams");
    - words said twice ("documents show documents show");
    - an event noun with a verb that says it again ("Commencement of proceedings begins").

    Given the ``predicate`` it was made for, the headline is also read against the parse of its
    sentence (``_parse_fault``): words a misparse stitched together are garbled.
    """
    fault = _text_fault(text)
    if fault or predicate is None:
        return fault
    return _parse_fault(text, predicate)


def _text_fault(text: str) -> str:
    if not text.strip():
        return "empty"
    if has_markup(text) or "\\" in text:
        return "markup"
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return "unbalanced brackets"
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return "unbalanced quotation marks"
    for quote in re.findall(r"“([^”]*)”", text):
        inner = [w.lower() for w in _WORD.findall(quote)]
        if "…" in quote or inner and _dangles(inner) or len(inner) < 3 or \
                len(inner) > 2 and inner[-2] == "to" and inner[-1] in _LINKING_FORMS:
            return "quotation not whole"  # 'Jernigan: “we had”', '“This country is ours, and”'
    body = text.split(": ", 1)[-1]
    if body is not text and len(_WORD.findall(body)) < 2 and not body.startswith(("“", '"')):
        return "cut fragment"  # "Johnson said: I": what was said is lost
    if re.match(r"\(?\d{1,2}[.)]\s", body):
        return "list number"  # "3. Schools close": the number of a list item is no part of what happened
    cut = body.endswith("…")
    words = [w.lower() for w in _WORD.findall(body)]
    if not words:
        return "empty"
    first = _WORD.findall(body)[0]
    if first.lower() in _OPENING_AUX and not body.startswith("“") and not body.endswith("?") or \
            first == "To" and len(words) > 1 or \
            first.lower() in ("which", "whose") and not body.endswith("?"):
        return "no subject"  # "Has died today", "Which generated leads"; but "Is" inside a quotation
    if _UNQUOTED_FIRST_PERSON.search(text):
        return "quotation without its marks"  # "Lee said We wanted …": the speaker's words run into the tag
    plain = _unquoted(body).strip()
    if "…" in plain.rstrip("…").rstrip():
        return "cut fragment"  # "The circumstances do not support …, the chief said": cut inside, then more
    if plain.endswith((",", ";", ":", " -", "–", "—")):
        return "cut fragment"  # cut at a comma: what the comma opens is lost
    if _repeated_phrase([w.lower() for w in _WORD.findall(plain)]):
        return "repeated words"
    if text.endswith(("”", '"')):
        return ""
    if cut:
        return "cut fragment"  # "says…", "The chief medical officer warned it…": cut in mid-phrase
    while len(words) > 2 and (words[-1] in _TIME_WORDS or words[-1].isdigit()) and words[-2] in _BARE_ENDINGS | {
            "on", "last", "this", "next", "late", "early", "earlier"} | _TIME_WORDS:
        words = words[:-1]  # "Nile TV reported Sunday", "officials said on Tuesday": bare all the same
    while len(words) > 2 and words[-1] in ("on", "last", "this", "next", "late", "early", "earlier"):
        words = words[:-1]
    passive = words[-2:-1] and words[-2] in ("be", "been", "being", "is", "are", "was", "were", "not") or \
        words[-2:] == ["to", "tell"]  # "too soon to tell" is whole; "went on to say" is not
    said, _, tag = text.rpartition(", ")
    # "…, he said": what was said stands before its tag, whole
    tagged = len(said.split()) >= 3 and 2 <= len(tag.split()) <= 3 and tag.split()[-1] in _SAID
    if not cut and (words[-1] in _BARE_ENDINGS and (len(words) <= 6 or words[-1] in _SAID) and not passive
                    and not tagged or words[-1] in _BARE_AFTER_TO and words[-2:-1] == ["to"]):
        return "bare reporting verb"
    if not cut and words[-1] in _BARE_COMING and len(words) <= 4:
        return "bare reporting verb"  # "Break comes": what came is lost
    if not cut and _dangles(words):
        return "ends on a function word"  # "swine farms are", but "do not know where he is"
    frame = _SPEECH_FRAME.search(text)
    before = _WORD.findall(text[: frame.start()]) if frame else []
    if before and before[-1].lower() in _BARE_ENDINGS:
        return "bare reporting verb"
    for n in (1, 2, 3):
        for i in range(len(words) - 2 * n + 1):
            if words[i : i + n] == words[i + n : i + 2 * n] and len("".join(words[i : i + n])) > 3:
                return "repeated words"  # "documents show documents show"
    if len(words) > 2 and words[0] == words[2] and len(words[0]) > 3:
        return "repeated words"  # "Pictures show Pictures …"
    if words[-1] in _SELECTING_PARTICIPLES and len(words) > 1:
        return "ends on a function word"  # "Country reports only deaths based" (on what?)
    lead = words[1:] if words[0] in ("the", "a", "an") else words
    if lead and lead[0] in _ASPECT_NOUNS and any(w in _ASPECT_VERBS for w in lead[1:]):
        return "noun and verb say it twice"  # "Commencement of proceedings begins"
    return ""


# Participles and adjectives that cannot end a headline: they select what follows ("based on").
_SELECTING_PARTICIPLES = _words("based according owing aimed designed intended prone compared relative regardless")
# An event noun that names a phase, and verbs of the same phase: together they say it twice.
_ASPECT_NOUNS = _words("""commencement beginning start onset outset launch opening resumption continuation
    conclusion completion end ending close closure finish termination""")
_ASPECT_VERBS = _words("""begin begins began begun start starts started commence commences commenced open opens
    opened resume resumes resumed continue continues continued conclude concludes concluded complete completes
    completed end ends ended close closes closed finish finishes finished terminate terminates terminated""")
# Verbs whose clause may drop its "that" ("Minister says schools will close"); after any other verb
# the "that" a headline lost ran two clauses together ("Word spreads police were going to …").
_ZERO_THAT = _words("""say tell think believe know hope fear expect announce report warn claim insist admit
    acknowledge deny suggest show reveal add confirm feel suspect predict estimate argue note find realise
    realize learn hear agree decide promise guess assume mean ensure wish suppose bet see notice understand
    doubt imagine recall remember worry signal indicate prove conclude rule order recommend propose demand
    insist accept emphasise emphasize stress explain say wonder seem appear""")
# Verbs that link a subject to a state: never the last word of a headline ("Pupils begin feeling").
_LINKING = _words("feel become seem appear remain sound look prove")
# Words an infinitive completes ("nowhere to go", "nothing to eat").
_INDEFINITES = _words("nowhere nothing nobody anywhere anything anyone somewhere something someone enough")
_LINK_PUNCT = frozenset((",", ";", ":", "--", "—", "–", "-"))
# The clause relations a parse joins two finite clauses by.
_CLAUSE_LINKS = frozenset(("advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "csubj"))


def _forms(token: Token) -> frozenset[str]:
    """The words a headline may write ``token`` as: as written, its lemma, and a verb's present
    tense and gerund ("caused" -> "causes", "cause", "causing")."""
    known = doc_scratch(token.doc).setdefault("forms", {})
    out = known.get(token.i)
    if out is None:
        lower = token.lower_
        lemma = (token.lemma_ or lower).lower()
        forms = {lower, lemma, lower.removesuffix("'s").removesuffix("’s")}
        if token.pos_ in ("VERB", "AUX") and lemma.isalpha():
            forms |= {present(lemma, False), present(lemma, True), gerund(lemma)}
        out = known[token.i] = frozenset(forms)
    return out  # type: ignore[no-any-return]


def _aligned(words: list[str], sent: Span) -> list[Token | None]:
    """Each headline word's token in the sentence, found in order (a paraphrase keeps the order of
    its source), or None for a word the headline made ("holds", "yet")."""
    tokens = list(sent)
    out: list[Token | None] = []
    pos = 0
    for word in words:
        hit = next((k for k in range(pos, len(tokens)) if word in _forms(tokens[k])), None)
        if hit is not None:
            pos = hit + 1
        out.append(tokens[hit] if hit is not None else None)
    return out


def _is_finite_clause(verb: Token) -> bool:
    """A verb with a subject of its own and a tensed form (itself or an auxiliary)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return False
    children = list(verb.children)
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in children)
    return tensed and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children)


def _clause_link(lower: Token) -> tuple[list[Token], bool]:
    """What joins the clause of ``lower`` to the clause above it in the sentence: its subordinator,
    relative word or coordinator, and whether punctuation sets it off; ([], False) when nothing does
    ("said he would", "the speech Obama gave")."""
    doc = lower.doc
    children = list(lower.children)
    words = [c for c in children if c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WP$", "WRB") and c.i < lower.i]
    if lower.dep_ == "conj":
        words += [c for c in lower.head.children if c.dep_ == "cc" and lower.head.i < c.i < lower.i]
    edge_before = lower.left_edge.i - 1
    edge_after = lower.right_edge.i + 1
    punct = (edge_before >= 0 and doc[edge_before].text in _LINK_PUNCT and lower.head.i < lower.i) or (
        edge_after < len(doc) and doc[edge_after].text in _LINK_PUNCT and lower.head.i > lower.i)
    return words, punct


# What a verb's clause is about, lost when none of it is left: its object, the clause it reports
# or the predicate it takes (the preposition it selects is read apart, by ``_selected_preps``).
_GOVERNED = frozenset(("dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp"))


def _inner_complement_lost(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """Whether a verb inside the headline (not only its last word) kept none of what it governs:
    "Sturgeon says two patients" (are recovering well), "Chamber estimates restrictions cost
    businesses" (777 million pesos), "Vets demonstrate in experiment" (that the virus transfers).
    A clause its verb governs is lost when its verb is; an object when none of its words are. A
    word the headline made after the verb (a name for "him") may stand for the complement: then
    nothing is judged."""
    for k, verb in enumerate(tokens):
        if verb is None or verb.pos_ != "VERB" or verb.dep_ in ("aux", "auxpass", "amod", "compound") or \
                not words[k][:1].isalpha():
            continue
        later = [(w, t) for w, t in zip(words[k + 1 :], tokens[k + 1 :], strict=True) if w[:1].isalnum()]
        if any(t is None for _w, t in later):
            continue  # a word the headline made may be what the verb governs
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        children = _children(verb)
        for child in children:
            if child.i <= verb.i or not same_sentence(child, verb) or _set_off(verb, child) or \
                    _parenthetical(child) or child.is_punct or \
                    any(t.text in _ASIDE_OPENERS for t in verb.doc[verb.i + 1 : child.left_edge.i + 1]):
                # ("…, the first confirmed cases": an apposition the parse made a second object; "…, so
                # does today Obama": a name of the next clause)
                continue
            if child.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in child.children):
                continue  # "the law ruled unlawful by a judge will go to court": the main verb, misparsed
            if child.dep_ in ("ccomp", "xcomp", "acomp", "oprd") or _for_to(verb, child):
                kept = child.i in present_ids or child.lower_ in words or child.lemma_ == "be" and any(
                    c.dep_ in ("acomp", "attr") and c.i in present_ids for c in child.children)
                # ("complain formal dialogues unproductive": headline grammar drops the copula)
            elif child.dep_ in ("dobj", "attr", "dative") and not passive and child.pos_ != "ADP":
                kept = any(t.i in present_ids for t in child.subtree) or child.left_edge.text[:1].isupper() and any(
                    c.dep_ == child.dep_ and c.i < child.i and c.i in present_ids for c in children)
                # ("replace hospital wards A young amputee rests": a caption run in, parsed as a second object)
            elif child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _STATE_NOUNS and not any(
                    d.dep_ in ("det", "poss") for d in g.children) for g in child.children):
                kept = child.i in present_ids  # "has everything under control", "put the plan on hold"
            else:
                continue
            if not kept:
                return True
        # "has everything under control" with the phrase hung on the object: the state all the same
        if any(p.dep_ == "prep" and p.i not in present_ids and any(
                g.dep_ == "pobj" and g.lower_ in _STATE_NOUNS and not any(d.dep_ in ("det", "poss") for d in g.children)
                for g in p.children) for c in children if c.dep_ == "dobj" and c.i in present_ids for p in c.children):
            return True
    return False


# Verbs that tell an occasion happening, said of an event noun: "a conference to take place in
# Montreal", "talks to be held on Monday", "a summit to begin next week".
_OCCASION_VERBS = _words("begin start open end close last run resume continue convene")


def _happens(verb: Token) -> bool:
    """Whether an infinitive says an occasion takes place ("to take place", "to be held", "to begin")."""
    lemma = verb.lemma_.lower()
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) or \
        lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children) or lemma in _OCCASION_VERBS


def _list_cut(tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A list of two or more items kept without its last: "Randy, Jermaine have confirmed" for "Randy,
    Jermaine and Janet Jackson have confirmed"."""
    for token in tokens:
        if token is None or token.pos_ not in ("PROPN", "NOUN") or not token.conjuncts:
            continue
        items = sorted([token, *token.conjuncts], key=lambda t: t.i)
        if items[-1].i not in present_ids and sum(t.i in present_ids for t in items) >= 2 and any(
                c.dep_ == "cc" and c.lower_ in ("and", "or") for t in items for c in t.children):
            return True
    return False


_OPEN_QUOTES = frozenset(("``", "“", "`"))
_CLOSE_QUOTES = frozenset(("''", "”"))


def _quoted_phrase_broken(body: str, sent: Span) -> bool:
    """A short phrase the sentence quotes, used in part or reworded: "Workers work to round clock" for
    "working `` round the clock ''". A quoted phrase is the speaker's words: whole or not at all."""
    phrases: list[list[Token]] = []
    inside: list[Token] | None = None
    for token in sent:
        if token.text in _CLOSE_QUOTES and inside is not None:
            phrases.append(inside)
            inside = None
        elif token.text in _OPEN_QUOTES:
            inside = inside if inside is not None and not inside else []
        elif inside is not None:
            inside.append(token)
    said = [w.lower() for w in _WORD.findall(body)]
    flat = " ".join(said)
    for phrase in phrases:
        words = [t for t in phrase if _WORD.fullmatch(t.text)]
        content = [t for t in words if t.lower_ not in _DANGLING]
        used = [t for t in content if t.lower_ in said]
        if not 1 < len(words) <= 6 or not used or 2 * len(used) < len(content):
            continue  # (a word or two of it used elsewhere in the headline is no quotation)
        if " ".join(t.lower_ for t in words) in flat or words[0].lower_ not in said:
            continue
        # a word the headline put before it that the sentence has not ("working `` round the clock ''"
        # as "work to round clock"); words dropped inside it alone are a compaction ("deliverable
        # nuclear warheads" as "nuclear warheads")
        first = said.index(words[0].lower_)
        outside = sent.doc[phrase[0].i - 1] if phrase[0].i > sent.start else None
        while outside is not None and outside.text in _OPEN_QUOTES and outside.i > sent.start:
            outside = sent.doc[outside.i - 1]
        if first > 0 and (outside is None or said[first - 1] not in (outside.lower_, (outside.lemma_ or "").lower())):
            return True
    return False


# Verbs that take an object and what it is called or held to be: "considered Jackson a spectacular
# performer", "described the outbreak as a threat", "named the strain H1N1".
_NAMING_VERBS = _words("""consider call name describe declare deem label brand dub term hail regard see view
    find make elect appoint proclaim pronounce rate rank judge think""")


def _named_one_lost(tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A naming verb kept with what its object is called but not the object: "Obama considers
    spectacular performer" for "considered Jackson a spectacular performer"."""
    for k, verb in enumerate(tokens):
        if verb is None or verb.pos_ != "VERB":
            continue
        # "urges the regime to take events" for "to take these events as an opportunity": the "as" is the point
        if verb.lemma_.lower() in _AS_VERBS and any(c.dep_ == "dobj" and c.i in present_ids for c in verb.children):
            as_ = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
            if as_ and not any(t.i in present_ids for c in as_ for t in c.subtree):
                return True
        if verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        small = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i]
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i] + [
            g for c in small for g in c.children if g.dep_ in ("nsubj", "dobj") and g.i < c.i]
        later = [t for t in tokens[k + 1 :] if t is not None]
        for one in named:
            lost = not any(t.i in present_ids for t in one.subtree)
            if lost and any(t.i > one.right_edge.i and t in verb.subtree for t in later):
                return True
        # "Minister calls protests" for "called the protests `` a foreign plot ''": what it was called lost
        if verb.lemma_.lower() in _CALLING_VERBS:
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in present_ids]
            called = small + [a for o in objects for a in o.children if a.dep_ == "appos" and a.i > o.i]
            if objects and called and not any(t.i in present_ids for c in called for t in c.subtree):
                return True
    return False


# Verbs whose object is taken as something: without the "as" the headline says another thing.
_AS_VERBS = _words("take treat regard view see describe use accept recognise recognize brand label")


# Naming verbs whose object says nothing without what it is called: "calls protests" is a phone call.
_CALLING_VERBS = _words("call name dub label brand term deem consider declare")


def _glued_conjunct(tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A verb conjoined inside a lower clause kept while its first conjunct is lost and a verb above
    that clause is kept: "issued an emergency decree enter homes" for "issued a decree that gives it
    the power to isolate people, enter homes …" (entering is the decree's, not the issuing)."""
    for token in tokens:
        if token is None or token.pos_ != "VERB" or token.dep_ != "conj" or token.head.i in present_ids:
            continue
        first = token.head
        while first.dep_ == "conj" and first.head.i not in present_ids:
            first = first.head
        if first.dep_ == "conj":
            continue
        if any(a.i in present_ids and a.pos_ in ("VERB", "AUX") for a in first.ancestors):
            return True
    return False


def _main_verb_lost(tokens: list[Token | None], present_ids: set[int], said: set[str]) -> bool:
    """A participle describing the subject kept, the sentence's main verb lost: "Four patients infected
    with resistant strain" for "… infected with the resistant strain have died" says infected, not died.
    A state after it ("are in a stable condition") and a reporting verb leave the participle the news."""
    for token in tokens:
        main = _participle_main_verb(token) if token is not None else None
        if main is None or main.lemma_ == "be" or _is_statement(main) and not any(
                c.dep_ == "auxpass" for c in main.children):
            continue
        if main.i not in present_ids and not (_forms(main) & said):
            return True
    return False


# Bare nouns whose phrase says what state the verb puts or keeps its object in: "under control",
# "on hold", "at risk", "in charge"; without it "Alleyn's has everything" says something else.
_STATE_NOUNS = _words("control hold risk charge place track alert standby trial halt standstill ice")


def _for_to(verb: Token, clause: Token) -> bool:
    """"called for the president to leave": the infinitive after the object of "for" is what was called
    for, whatever the parse hung it on."""
    if clause.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "for" and p.i > verb.i and p.right_edge.i == clause.left_edge.i - 1
               for p in verb.children)


# What opens an aside: a complement after one is no complement the headline owes ("pushed the
# demonstrators away, the group alleged", "-LRB- 17 billion dollars -RRB-").
_ASIDE_OPENERS = frozenset((",", ";", "(", "-LRB-", "[", "-LSB-", "--", "—", "–", "``", "“"))


def _subject_lost(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A tensed verb kept without its subject, nothing the headline made standing for it: "The US
    authorities say, seem to be effective" (two drugs … seem)."""
    for k, token in enumerate(tokens):
        if token is None or token.tag_ not in ("VBD", "VBZ", "VBP") or token.dep_ in ("aux", "auxpass") or k == 0:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is None and token.pos_ == "VERB" and token.dep_ == "ccomp" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in token.children) and \
                tokens[k - 1] is not None and words[k - 1] == ",":
            return True  # "say, seem to be effective": the parse gave the subject to a clause the cut dropped
        if subject is None or subject.tag_ in ("WDT", "WP", "EX") or subject.pos_ == "PRON" or \
                subject.i < header_end(subject) or any(
                t.lower_ in words for t in subject.subtree if t.is_alpha and not t.is_stop):
            continue  # (a pronoun the paraphrase named; a subject whose words are there, wherever aligned)
        before = tokens[k - 1]
        if before is None or not words[k - 1][:1].isalnum() and tokens[k - 2 if k > 1 else 0] is None or \
                before.i < subject.left_edge.i:
            continue  # a word the headline made or took from elsewhere ("IBM" for "the company") may be the subject
        if not any(t.i in present_ids for t in subject.subtree):
            return True
    return False


_NEGATIVES = frozenset(("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"))


def _negation_lost(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A "not" or "no" of a word the headline kept, dropped: "Single person shows up" for "not a single
    person showed up"."""
    said = set(words)
    if said & _NEGATIVES or any(w.endswith(("n't", "n’t")) for w in said):
        return False  # the headline says its "not" (which word it hangs on is the paraphrase's)
    return any(c.i not in present_ids and c.lower_ not in said and (
        c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "advmod" and c.lower_ in ("never", "not"))
        for t in tokens if t is not None for c in t.children)


def _opens_on_preposition(words: list[str], tokens: list[Token | None]) -> bool:
    """"On stands protests by recent compliments": a preposition of the sentence where the doer
    should be, straight before the verb."""
    lead = [(w, t) for w, t in zip(words, tokens, strict=True) if w[:1].isalnum()][:2]
    return len(lead) == 2 and lead[0][1] is not None and lead[0][1].pos_ == "ADP" and lead[0][1].dep_ == "prep" \
        and lead[1][1] is not None and lead[1][1].pos_ in ("VERB", "AUX") and lead[1][1].dep_ not in ("pobj", "pcomp")


# What may stand between two tensed verbs of a headline: a link, or a doer of the second.
_BETWEEN_CLAUSES = frozenset(("and", "but", "or", "nor", "so", "yet", "that", ",", ";", ":", "—", "–"))


def _finite_verbs_run_together(words: list[str], tokens: list[Token | None]) -> bool:
    """Two tensed verbs of different clauses with nothing between them that could be the second's
    doer or their link: "school will remain open did not attend school" (as the child did not)."""
    last: Token | None = None  # the verb of the last tensed word seen
    between: list[tuple[str, Token | None]] = []
    for word, token in zip(words, tokens, strict=True):
        tensed = token is not None and token.tag_ in ("VBD", "VBZ", "VBP", "MD") and token.pos_ in ("VERB", "AUX")
        if not tensed:
            between.append((word, token))
            continue
        verb = token
        while verb.dep_ in ("aux", "auxpass", "neg") and verb.head != verb:  # type: ignore[union-attr]
            verb = verb.head  # type: ignore[union-attr]  # "would" on "have" on "blocked": one verb
        if last is not None and verb != last and between and not any(
                w in _BETWEEN_CLAUSES or w in _WH or t is None or t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET")
                or t.tag_ in ("WDT", "WP", "WRB") for w, t in between):
            return True
        if last is not None and verb is not None and verb != last and between and \
                _object_then_conjunct(last, verb, between):
            return True
        last, between = verb, []
    return False


def _object_then_conjunct(first: Token, second: Token, between: list[tuple[str, Token | None]]) -> bool:
    """Two conjoined clauses whose "and" and second subject were cut, the words between them all the
    first verb's object: "can expect wind-chill values can expect several inches" (and parts of Maine
    can expect …), "spotted it next to a car went" (and went to get it)."""
    if second.dep_ != "conj" or second.head != first or any(
            w in _BETWEEN_CLAUSES or w in _WH or t is None for w, t in between):
        return False
    own = [c for c in second.children if c.dep_ in ("nsubj", "nsubjpass")]
    kept = {t.i for _w, t in between if t is not None}
    return all(t in first.subtree and t not in second.subtree for _w, t in between if t is not None) and \
        not any(c.i in kept for c in own)


def _listed_verb(token: Token) -> bool:
    """A verb of a list of verbs parsed as an adjective of the last one's object: "people rallied,
    chanted, hoisted banners" (never "chanted banners")."""
    doc = token.doc
    return token.tag_ in ("VBD", "VBN") and token.i >= 2 and doc[token.i - 1].text == "," and \
        doc[token.i - 2].tag_ in ("VBD", "VBN", "VBZ", "VBP")


# Plural-looking nouns that take a singular verb ("the news is", "the series ends").
_SINGULAR_PLURALS = _words("""news series species headquarters means politics economics physics mathematics
    whereabouts crossroads barracks measles mumps diabetes""")
_WH_WORDS = _words("how what whether where when which who whom why")


def _subject_cut(tokens: list[Token | None], present_ids: set[int], said: set[str]) -> bool:
    """The headline ends on the subject of a verb it lost: "41 cleared and eight" (still held),
    "Pacitti cleared after he and other members" (developed symptoms), "to convince people anarchy"
    (would replace them)."""
    last = next((t for t in reversed(tokens) if t is not None), None)
    if last is None or last.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False
    subject = last
    # up the noun phrase to its head: "he and two other members of that group", "eight" of "eight (others)"
    while subject.dep_ in ("conj", "compound", "nummod", "amod", "pobj", "prep") and subject.head != subject and \
            subject.head.pos_ not in ("VERB", "AUX"):
        if subject.dep_ == "pobj" and subject.lower_ in _NOMINATIVES and subject.head.lower_ in _CLAUSE_PREPOSITIONS:
            break
        subject = subject.head
    if tokens[-1] is not last:
        return False
    if subject.dep_ == "pobj" and subject.lower_ in _NOMINATIVES and subject.head.lower_ in _CLAUSE_PREPOSITIONS:
        # "cleared after he and two other members" (developed symptoms): a subject's pronoun after
        # "after" opens a clause, whatever the parse made of it
        return any(t.pos_ in ("VERB", "AUX") and t.i not in present_ids for t in subject.doc[last.i + 1 : sentence_of(
            last).end])
    verb = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.i > last.i and \
        verb.i not in present_ids and not (_forms(verb) & said)


_NOMINATIVES = _words("he she they we i")
# Prepositions that are also subordinators: after them a subject's pronoun opens a clause.
_CLAUSE_PREPOSITIONS = _words("after before since until till as")


_JOINING = frozenset(("and", "or", "but", "nor", "&", ",", ";", "—", "–", "plus", "then", "yet"))


def _conjunction_lost(words: list[str], tokens: list[Token | None]) -> bool:
    """Two conjoined words kept with neither their "and" nor a comma between them: "the demise the
    destruction" for "the demise of X and the destruction of Y"."""
    where = {t.i: k for k, t in enumerate(tokens) if t is not None}
    for k, token in enumerate(tokens):
        if token is None or token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        j = where.get(token.head.i)
        if j is None or j >= k - 1 or any(c.dep_ == "cc" and c.i > token.i for c in token.head.children):
            continue  # (adjacent: "Tunisia Egypt" may be one name the headline made; an "and" after: a list)
        if not any(w in _JOINING for w in words[j + 1 : k]) and any(
                c.dep_ == "cc" and token.head.i < c.i < token.i for c in token.head.children):
            return True
    return False


def _pair_cut(tokens: list[Token | None], present_ids: set[int]) -> bool:
    """"Between" kept with one of its two: "US stuck between support" for "between support and concern"."""
    return any(t is not None and t.head.lower_ == "between" and t.dep_ == "pobj" and t.conjuncts
               and not any(c.i in present_ids for c in t.conjuncts) for t in tokens)


def _possessor_alone(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A possessor after a preposition kept without what it possesses: "Change comes after doctor" for
    "after the doctor's death"."""
    for k in range(1, len(tokens)):
        owner, before = tokens[k], tokens[k - 1]
        if owner is None or before is None or owner.dep_ != "poss" or owner.head.i in present_ids:
            continue
        if before.pos_ == "ADP" and owner.head.head == before and owner.head.lower_ not in words:
            return True
    return False


def _infinitive_wh_lost(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """An infinitive kept without the "how", "what" or "whether" that made it a question: "Ministers
    meet to discuss to fight virus" for "to discuss how to fight the virus"."""
    for k in range(len(words) - 1):
        after = tokens[k + 1]
        if words[k] != "to" or after is None or after.pos_ not in ("VERB", "AUX"):
            continue
        to = next((c for c in after.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None:
            continue
        if any(c.lower_ in _WH_WORDS and c.i < to.i and c.i not in present_ids and c.lower_ not in words
               for c in after.children if c.dep_ in ("advmod", "mark", "dobj", "nsubj")):
            return True
    return False


def _agreement_broken(words: list[str], tokens: list[Token | None]) -> bool:
    """A plural subject followed straight by a verb in the singular: "Celebs takes part" (a caption's
    plural run into a sentence whose subject was one person, the person dropped)."""
    for k in range(len(tokens) - 1):
        noun, verb = tokens[k], tokens[k + 1]
        if noun is None or verb is None or noun.lower_ in _SINGULAR_PLURALS or \
                noun.dep_ in ("pobj", "dobj", "poss", "appos", "attr", "conj"):
            continue
        # a capitalised plural the parse made part of a name ("Stars George Clooney takes"), the name dropped
        caption = noun.dep_ == "compound" and noun.tag_ in ("NNP", "NNPS") and noun.lower_.endswith("s") and \
            not noun.lower_.endswith("ss") and noun.head.i != verb.i and noun.head.dep_ in ("nsubj", "nsubjpass") \
            and noun.head not in tokens
        if not (noun.tag_ == "NNS" and noun.pos_ == "NOUN" or caption):
            continue
        lemma = (verb.lemma_ or verb.lower_).lower()
        if verb.pos_ not in ("VERB", "AUX") or not lemma.isalpha() or verb.dep_ in ("amod", "compound"):
            continue
        singular, plural = present(lemma, False), present(lemma, True)
        if words[k + 1] == singular != plural or words[k + 1] in ("was", "has") and verb.lemma_ in ("be", "have"):
            return True
    return False


def _comma_splits_subject(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A comma left between a subject and its verb once what it set off was cut: "The circumstances,
    do not support" for "The circumstances, which are unclear, do not support …"."""
    for k in range(1, len(words) - 1):
        subject, verb = tokens[k - 1], tokens[k + 1]
        if words[k] != "," or subject is None or verb is None or subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = verb.head if verb.dep_ in ("aux", "auxpass", "neg") else verb
        if head == subject.head and any(t.i not in present_ids for t in subject.doc[subject.i + 1 : verb.i]
                                        if not t.is_punct):
            return True
    return False


def _modifier_conjugated(words: list[str], tokens: list[Token | None]) -> bool:
    """A participle that describes a noun written as a tensed verb: "Crowd sources SMS texts" for
    "crowd-sourced SMS texts", "newly trains nurses" for "newly trained nurses"."""
    for word, token in zip(words, tokens, strict=True):
        if token is None or token.tag_ not in ("VBN", "VBD") or token.dep_ not in ("amod", "compound") or \
                word == token.lower_:
            continue
        lemma = (token.lemma_ or token.lower_).lower()
        if lemma.isalpha() and word in (present(lemma, False), present(lemma, True)) and \
                token.head.pos_ in ("NOUN", "PROPN") and token.i < token.head.i:
            return True
    return False


def _preposition_stranded(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """A preposition kept without its object, the next word from elsewhere: "Demonstrators take to
    demand end" for "took to the streets to demand an end". A "to" the headline may have taken for the
    infinitive's own is read as that infinitive's when an infinitive follows in the sentence ("format to be
    determined" for "the format for military-to-military talks is to be determined")."""
    for k in range(1, len(tokens) - 1):  # (one that opens the headline stands where its doer should: "no subject")
        prep, after = tokens[k], tokens[k + 1]
        if prep is None or after is None or prep.dep_ != "prep" or prep.pos_ != "ADP" or not words[k + 1][:1].isalnum():
            continue
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects or any(c.i in present_ids for c in objects) or after in prep.subtree or any(
                u.lower_ == prep.lower_ and after in u.subtree for u in prep.doc[prep.i + 1 : after.i]):
            continue  # (the same word again later, with this object: "in power … in the situation")
        if words[k] == "to" and any(t.tag_ == "TO" and t.dep_ == "aux" and t.i not in present_ids
                                    for t in prep.doc[prep.i + 1 : sentence_of(prep).end]) and not _selected_to(prep):
            continue  # the infinitive's own "to", aligned to an earlier one
        return True
    return False


def _selected_to(prep: Token) -> bool:
    """"took to the streets": a "to" its verb selects, never the infinitive's."""
    return prep.head.pos_ == "VERB" and prep in _selected_preps(prep.head) or \
        prep.head.lemma_ == "take" and any(c.lower_ == "streets" for c in prep.children)


def _bare_infinitive(words: list[str], tokens: list[Token | None], present_ids: set[int]) -> bool:
    """An infinitive kept without its "to": "She heads home change clothes" for "headed home to
    change her clothes" ("help", "make" and "let" take one without)."""
    for k in range(1, len(tokens)):
        verb = tokens[k]
        if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl", "acl") or words[k - 1] == "to":
            continue
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and to.i not in present_ids and verb.head.lemma_ not in ("help", "make", "let", "have") \
                and verb.head.i in present_ids:
            return True
    return False


def _quoted_before(said: Token, verb: Token) -> bool:
    """Whether ``said`` is a quotation before its verb of saying ("`` … , '' he told the paper")."""
    return said.i < verb.i and any(t.text in ("''", "”", '"') for t in verb.doc[said.right_edge.i : verb.i])


def _parse_fault(text: str, predicate: Token) -> str:
    """Faults of a headline read against the parse of its sentence: words a misparse put together.

    - "infinitive without its governor": "to" and a verb kept while what it hangs on is dropped
      ("People walk to go" for "walked … with nowhere to go");
    - "lost complement": the last word governs an object or clause the headline dropped ("Pupils
      begin feeling" for "began feeling ill", "… to find out" for "to find out if …");
    - "clauses run together": two finite clauses whose subordinator, relative word, conjunction or
      punctuation the headline lost ("Word spreads police were going to crack down").
    The speaker's own words in quotation marks are theirs and not read.
    """
    body = text.split(": ", 1)[-1]
    if body.startswith(("“", '"')) or body.endswith("…"):
        return ""
    pieces = re.findall(r"[\w'’-]+|[,;:—–]", body)
    words = [p.lower().removesuffix("'s").removesuffix("’s") for p in pieces]
    if len([w for w in words if w[:1].isalnum()]) < 2:
        return ""
    sent = sentence_of(predicate)
    tokens = _aligned(words, sent)
    present_ids = {t.i for t in tokens if t is not None}
    said = set(words)
    for k in range(len(words) - 1):
        to, after = tokens[k], tokens[k + 1]
        if words[k] != "to" or after is None:
            continue
        own = next((c for c in after.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        to = own or to  # the verb's own "to", wherever the first "to" of the sentence was found
        if to is None or to.tag_ != "TO" or not (own is not None or after.head == to):
            continue  # (a "to" the headline made, as in "X to be released" for "will be released")
        # the infinitive as parsed: "to" on its verb, or (misparsed) a preposition with its object
        verb = to.head if to.dep_ == "aux" else to if to.dep_ == "prep" else None
        if verb is None or verb.i == verb.head.i or verb.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp", "prep"):
            continue
        governor = verb.head
        if governor.lemma_ in ("be", "have") or governor.lower_ in _EXPECT_PARTICIPLES or governor.lower_ == "going":
            continue  # "X to visit", "X yet to speak", "X expected to cover": headline grammar drops them
        if governor.i not in present_ids and not (_forms(governor) & said) and governor.pos_ in ("VERB", "AUX", "ADJ"):
            return "infinitive without its governor"  # (a noun's infinitive: only as below)
        lo, hi = sorted((governor.i, verb.i))
        nearer = [w for w in sent if lo < w.i < hi and w.pos_ == "VERB" and w.dep_ in _CLAUSE_LINKS | {"xcomp"}
                  and w not in verb.subtree and any(c.dep_ == "dobj" for c in w.children)]
        if nearer and nearer[-1].i not in present_ids:
            # "protests, which helped inspire people in nearby countries, to take to the streets":
            # the infinitive hangs on the nearer verb's object as likely as on the far verb
            return "infinitive without its governor"
        before = sent.doc[to.i - 1] if to.i > sent.start else None
        if before is not None and before.i not in present_ids and before.dep_ in ("pobj", "pcomp") and (
                before.lower_ in _INDEFINITES or any(t.lower_ in ("too", "enough") for t in before.subtree)
                or before.ent_type_ == "PERSON" or before.lower_ in TITLE_NOUNS
                or before.pos_ == "NOUN" and _happens(verb)):
            # ("transferred his powers to the vice president to undertake …": the vice president's to do)
            # ("at a donor conference to take place in Montreal": the conference takes place, not the plans)
            # "walked with nowhere to go", "flooded with patients, with too few nurses to keep up":
            # the infinitive is the noun's, whatever the parse hung it on
            return "infinitive without its governor"
    last = next((t for w, t in zip(reversed(words), reversed(tokens), strict=True) if w[:1].isalnum()), None)
    if last is not None and last.dep_ in ("dobj", "dative") and last.head.lemma_ in _TELLING and any(
            (c.dep_ == "ccomp" and c.i > last.i or c.dep_ in ("ccomp", "advcl", "parataxis") and _quoted_before(c, last.head))
            and c.i not in present_ids for c in last.head.children):
        # "Root decides to tell people" (he was from Mexico); "Phin tells paper" ("… avoid it," he told the paper)
        return "lost complement"
    if last is not None and pieces[-1][:1].isalnum():
        head = last.head if last.dep_ in ("prt", "neg") else last
        if head.pos_ in ("VERB", "AUX", "ADJ") and head.dep_ not in ("aux", "auxpass", "amod"):
            passive = any(c.dep_ == "auxpass" for c in head.children) or head.tag_ == "VBN" and head.dep_ == "acl"
            for child in head.children:
                if child.i <= last.i or not same_sentence(child, head):
                    continue
                if head.pos_ == "ADJ":
                    needed = child.dep_ in ("xcomp", "ccomp", "prep") and head.lower_ in _SELECTING_ADJECTIVES
                else:
                    needed = child.dep_ in ("ccomp", "xcomp", "acomp", "oprd") or child in _selected_preps(head) \
                        or child.dep_ in ("dobj", "attr") and not passive \
                        or head.lemma_ in _LINKING and child.i == head.i + 1 and not child.is_punct \
                        or head.lemma_ in _PREP_VERBS and child.dep_ == "advcl" and any(
                            m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
                    # ("began feeling ill": a linking verb's word after it; "called for the government to …")
                if needed and not _set_off(head, child) and not _parenthetical(child) and \
                        child.i not in present_ids and child.lower_ not in said:
                    return "lost complement"
    if _inner_complement_lost(words, tokens, present_ids):
        return "lost complement"
    if last is not None and last.pos_ == "VERB" and pieces[-1][:1].isalnum() and any(
            c.dep_ == "dobj" and c.i < last.i and c.i not in present_ids and any(
                d.lower_ in ("what", "which", "whom", "who") and d.i <= c.i for d in c.subtree)
            for c in last.children) and not any(a.dep_ == "relcl" for a in [last, *last.ancestors]):
        return "lost complement"  # "Government learns Mexico faces" for "learned what kind of virus Mexico was facing"
    if _list_cut(tokens, present_ids) or _pair_cut(tokens, present_ids):
        return "list cut"
    if _conjunction_lost(words, tokens):
        return "conjunction lost"
    if _subordinate_alone(body, words, tokens):
        return "subordinate clause alone"  # "If a fourth element could be added": what follows "if" is lost
    if _subject_cut(tokens, present_ids, said):
        return "subject without its verb"
    if _possessor_alone(words, tokens, present_ids) or _infinitive_wh_lost(words, tokens, present_ids):
        return "lost complement"
    if _preposition_stranded(words, tokens, present_ids):
        return "lost complement"
    if _bare_infinitive(words, tokens, present_ids):
        return "infinitive without its to"
    if _agreement_broken(words, tokens):
        return "number agreement"
    if _comma_splits_subject(words, tokens, present_ids):
        return "clauses run together"
    if _named_one_lost(tokens, present_ids):
        return "lost complement"
    if _glued_conjunct(tokens, present_ids):
        return "clauses run together"
    if _main_verb_lost(tokens, present_ids, said):
        return "participle for the predicate"
    if len(tokens) > 1 and tokens[0] is not None and tokens[1] is not None and tokens[0].ent_type_ == "DATE" and \
            (tokens[0].pos_ in ("NUM", "PROPN") or tokens[0].tag_ == "CD") and tokens[1].pos_ == "VERB" and \
            tokens[1].lemma_ not in ("be", "see", "mark", "bring", "witness") and tokens[1].dep_ not in ("amod", "compound"):
        return "date as subject"  # "1968 kills about one million people": a date does nothing
    if any(t is not None and t.pos_ == "VERB" and len(t.text) > 2 and t.is_alpha and (t.dep_ in ("dobj", "pobj") and t.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                                                   or t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("VBD", "VBZ", "VBP")
                                                   or t.dep_ == "amod" and _listed_verb(t))
           for t in tokens):
        return "garbled parse"  # a tensed verb or participle parsed as a noun: "we can put that up - helped"
    if _modifier_conjugated(words, tokens):
        return "garbled parse"
    if any(t is not None and t.dep_ == "dobj" and any(
            p.dep_ == "prep" and t.head.i < p.i < t.i and p.i not in present_ids for p in t.head.children)
           and t.head.i in present_ids for t in tokens):
        return "garbled parse"  # "stood by compliments he gave … protests": an object the parse put past a phrase
    if any(t is not None and any(c.dep_ in ("prep", "cc") and c.lower_ in ("but", "except") and c.i not in present_ids
                                 and c.i == t.i + 1 for c in t.children) for t in tokens):
        return "lost complement"  # "advising against all" for "all but essential travel"
    if _negation_lost(words, tokens, present_ids):
        return "negation lost"
    if _opens_on_preposition(words, tokens):
        return "no subject"
    if _finite_verbs_run_together(words, tokens):
        return "clauses run together"
    clauses: list[Token] = []
    where: dict[int, int] = {}  # a clause's verb -> the first headline word of it (an auxiliary may lead)
    for k, token in enumerate(tokens):
        if token is None or token.pos_ not in ("VERB", "AUX"):
            continue
        verb = token.head if token.dep_ in ("aux", "auxpass") else token
        if _is_finite_clause(verb) and verb not in clauses:
            clauses.append(verb)
            where[verb.i] = k
    for a, b in zip(clauses, clauses[1:], strict=False):
        lower = b if a in b.ancestors or b.dep_ in _CLAUSE_LINKS and a not in b.subtree else a
        upper = a if lower is b else b
        if lower.dep_ not in _CLAUSE_LINKS or upper not in lower.ancestors:
            continue
        link, punct = _clause_link(lower)
        saying = lower.dep_ == "ccomp" and (lower.head.lemma_.lower() in _ZERO_THAT | STATEMENT_VERBS | _SHOWING_VERBS
                                            or lower.head.pos_ != "VERB")
        if saying and all(w.lower_ == "that" for w in link):
            continue  # "Minister says schools will close"
        # a subordinate clause the parse made the main one ("Just as the system caused the crisis, farming
        # is at the heart" with "is" the object of "caused"): its "as" stands on the upper verb
        demoted = lower.dep_ == "ccomp" and not saying and upper.dep_ == "ROOT" and any(
            c.dep_ == "mark" for c in upper.children)
        if demoted:
            return "clauses run together"
        if not link and not punct:
            continue
        between = words[where[a.i] : where[b.i] + 1]
        if any(w.lower_ in words[: where[b.i] + 1] for w in link) or punct and any(w in _LINK_PUNCT for w in between) or \
                any(w in ("and", "but", "or", "so", "that", "as", "while", "when", "after", "before", "because",
                          "if", "where", "which", "who", "until", "since") for w in between):
            continue
        return "clauses run together"
    if _subject_lost(words, tokens, present_ids):
        return "no subject"
    if _quoted_phrase_broken(body, sent):
        return "quotation not whole"
    return "no verb" if _verbless(tokens, predicate) else ""


def _verbless(tokens: list[Token | None], predicate: Token) -> bool:
    """A bare noun phrase where the clause it stands in tells the happening: "Foreign reporting trip"
    for "she was on a foreign reporting trip", "Protest" for "they joined the protest". Every word is
    the sentence's and none is a verb or a participle; nothing says whose, which or when (a name, a
    possessor, a number, a date: "1948 war", "Tuesday's matches" name a happening of their own, and
    the clause around them often tells another); and the noun's clause is one of being or taking part."""
    if any(t is None or t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBN", "VBG", "VBD", "VBZ", "VBP") for t in tokens):
        return False
    if any(t.pos_ in ("PROPN", "NUM") or t.dep_ == "poss" or t.ent_type_ for t in tokens if t is not None):
        return False
    verb = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in _TAKING_PART and same_sentence(verb, predicate)


# Verbs whose clause tells the happening its noun names: "was on a trip", "joined the protest".
_TAKING_PART = _words("be go join attend take make have lead stage hold begin start end")
