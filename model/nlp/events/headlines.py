"""Headlines a sub-editor would accept: who did what, with its negation and modality, in plain English.

Built from the parse of the event's own clause, never from the event's modality field, so the
words carry what the sentence says:

- the actor as the reader knows it: participants by surname ("Biden", "Xi and Biden"), pronouns
  and "the company" resolved within the article (``coreference``), the controller of an
  infinitive ("Biden will push China to resume ties": China resumes);
- the happening with its key complement, in headline tense: "Xi and Biden hold virtual summit",
  "Zuma to visit Tripoli next week" (will), "Jibril fails to name new cabinet", "Austin yet to
  speak to counterpart" (has yet to), "Talks could take place in January", "China did not release
  statement", "Halliburton not listed", "Biden-Xi meeting expected to cover global issues";
- the speaker form "Sullivan: Biden wants to re-establish military ties" only for a reporting
  verb with its reported clause, naming that verb's subject; first-person quotes keep their
  words: 'Sullivan: "We need these lines of communication"';
- no tokenizer markup, whole hyphenated words, no datelines as actors, at most ``MAX_CHARS``.

When no clean headline can be made (no actor, an unresolved "it"/"they", a broken parse), the
trimmed clause of the source sentence is used instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.coreference import FIRST_NAMES, TITLE_NOUNS
from model.nlp.events.modality import is_negated, modality_chain
from model.nlp.events.predicates import is_event_noun
from model.nlp.sentences import doc_scratch, same_sentence, sentence_of, sentence_start, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from model.nlp.events.participants import Participants

MAX_CHARS = 70


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs whose clausal complement is what was said: the speaker form "X: …" is theirs.
STATEMENT_VERBS = _words("""say tell announce report state add claim confirm deny reveal note warn insist argue
    explain write comment disclose acknowledge declare assert stress emphasise emphasize
    allege predict tweet testify concede""")
# "denied he caused": what the speaker said is the opposite of the clause, so no "X: clause".
_DENIALS = _words("deny admit")
# Statements only with what was ruled or concluded: "the court ruled that …", "…, a court has ruled".
_RULINGS = _words("rule conclude")
# "said he believed that …": the belief is the statement.
_OPINION_VERBS = _words("believe think feel reckon")
# Governors that turn "to V" into a plan or expectation: "is expected to", "is scheduled to".
_EXPECT_PARTICIPLES = _words("expected scheduled set due slated poised likely unlikely supposed planned")
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_IRREGULAR_PL = {"be": "are"}
_MODALS = {"will": "will", "shall": "will", "'ll": "will", "wo": "will", "would": "would", "'d": "would",
           "could": "could", "might": "might", "may": "may", "can": "can", "ca": "can", "should": "should",
           "must": "must", "ought": "ought"}
_AGREE = {"is": ("is", "are"), "are": ("is", "are"), "was": ("was", "were"), "were": ("was", "were"),
          "has": ("has", "have"), "have": ("has", "have"), "does": ("does", "do"), "do": ("does", "do"),
          "am": ("is", "are")}
# Light verbs: "had a summit" reads "hold summit" out of context.
_LIGHT_VERBS = {"have": "hold"}
_MEETING_NOUNS = _words("""summit meeting talks talk conference briefing dialogue negotiation negotiations
    call session discussion discussions exercise exercises drill drills keynote ceremony rally interview
    hearing consultations""")
# Verbs that need their place: "put finances under pressure", "placed the city on alert".
_PLACING = _words("put place lay")
# Verbs whose person object is told something: "told member countries (that …)".
_TELLING = _words("tell inform notify assure remind brief")
_A_AMOUNTS = _words("lot bit little few handful couple")
# Nouns whose "that" clause is what they hold: "evidence that flu is declining", "word that he had resigned".
_CONTENT_NOUNS = _words("""evidence sign signs word news fear fears hope hopes doubt doubts possibility chance risk
    suggestion claim claims report reports concern concerns belief fact rumour rumours indication proof lie allegation
    message warning promise threat idea view notion assumption impression""")
_ONLY_TRANSITIVE = _words("confirm diagnose detect identify record receive announce report find kill injure arrest")
_HELD_NOUNS = _words("election vote referendum debate conversation party celebration funeral wedding protest")
_KEEP_DETS = _words("no all both some any every each another neither few many several most")
_NP_LEFT = frozenset(("compound", "amod", "nummod", "poss", "nmod", "quantmod", "npadvmod"))
_PERSONAL_PRONOUNS = _words("he him his she her hers they them their it its this that these those there")
_FIRST_PERSON = _words("i we me us my our you")
_SINGULAR_PRONOUNS = _words("it he she him her")
_TIME_WORDS = _words("""today tomorrow yesterday week weeks month months year years day days monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec morning evening night
    weekend time period decade quarter summer summers winter winters spring autumn fall season""")
_CONDITIONS = _words("if unless whether")
# Verbs whose clause is what they show or mean: "the moves showed the generals that …".
_SHOWING_VERBS = _words("show suggest indicate signal prove mean reveal demonstrate")
# "made the regime look weak", "let them go": a bare infinitive, never "regime looks weak".
_CAUSATIVES = _words("make let help see hear watch have")
# "came back to the UK", "went home": the direction is the verb's complement.
_DIRECTIONS = _words("back away home abroad overseas together apart forward aside ashore upstairs downstairs short out")
# A relative clause on these nouns has no object gap: "the day Mubarak resigned", "the way he spoke".
_GAP_FREE_NOUNS = _words("""day days time times moment year years week weeks month months night morning afternoon
    evening hour hours minute minutes weekend date period era decade way reason place extent point""")
_FILLED_OBJECTS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "agent", "expl"))
_SPEECH_NOUNS = _words("statement announcement speech interview address")
# "comes after months of tensions": kept when the verb has nothing else and the object is no date
_SEQUENCE_PREPS = _words("after before since until during")
_PARTITIVES = _words("another some many few several both most all each none any one either neither")
_PLURAL_QUANTIFIERS = _words("some many few several both others most all")
_NAME_PARTICLES = _words("bin ibn al el van von de da del der la le di du abu st. st")
_RARELY = _words("rarely seldom hardly barely scarcely")
# "it's unlikely the case will be closed": the clause is not what happens
_DOUBTS = _words("unlikely doubtful unclear uncertain impossible unknown improbable")
_PLANNERS = _words("""plan expect schedule intend due set hope want seek aim propose threaten promise try
    going likely unlikely slate poise prepare agree decide vow pledge attempt wish need""")
_NEG_WORDS = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|cannot|fails?|failing|refuses?|declines?|yet to|without|neither|"
    r"nor|unable|denies|rarely|seldom|hardly)\b|n[’']t\b", re.IGNORECASE)
_UNREAL_WORDS = re.compile(
    r"n[’']t\b|\b(?:to|will|shall|would|could|might|may|can|cannot|should|must|if|unless|whether|plans?|expected|hopes?|"
    r"wants?|seeks?|aims?|due|set|likely|unlikely|intends?|proposes?|threatens?|promises?|tries|agrees?|"
    r"decides?|vows?|pledges?|scheduled|yet|not|never|no|fails?|refuses?|declines?|needs?|ought)\b",
    re.IGNORECASE)
_SKIP_PREPS = _words("""according despite because like unlike than including besides except pursuant prior due
    ahead instead regardless apart since until till after before during throughout""")
# "in a sign that …", "in response to …": frames, not the happening's complement.
_FRAME_NOUNS = _words("""sign response bid effort attempt move way order case light view part addition face wake
    line terms spite time condition anonymity reference regard respect connection accordance contrast""")
# Heads that say nothing without their "from" phrase: "representatives from China's Central Military Commission".
_GENERIC_HEADS = _words("representative representatives official officials member members delegation delegate "
                        "delegates envoy envoys staff team people")
_COLLECTIVE = _words("""government team police staff family couple public majority number crowd council committee
                        army military navy board jury cabinet party club company firm group""")
_GENERIC_SPEAKERS = {"person": "Source", "people": "Sources", "source": "Source", "sources": "Sources"}
_CHINESE_SURNAMES = _words("Xi Li Wang Hu Wen Mao Deng Zhou Zhang Liu Chen Yang Zhao Huang Wu Xu Sun Ma Zhu")
# Penn Treebank escapes and quotes as left in tokenised corpora.
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_QUOTES = frozenset(("``", "''", "`", '"', "“", "”", "‘", "’", "'", "«", "»"))
_OPENERS = frozenset(("(", "[", "{", "-LRB-", "-LSB-", "-LCB-"))
_CLOSERS = frozenset((")", "]", "}", "-RRB-", "-RSB-", "-RCB-"))
_NO_SPACE_BEFORE = frozenset((",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "’s", "n't", "’t", "'re", "'ve",
                              "'ll", "'d", "'m", "…"))
_NO_SPACE_AFTER = frozenset(("(", "[", "$", "#", "£"))
_MARKUP = re.compile(r"-[LR][RSC]B-|``|''|(?<!\w)`|\s[,.;:!?%](?=\s|$)|\s(?:'s|n't)\b")


def present(lemma: str, plural: bool) -> str:
    """Present tense of a verb lemma, third person."""
    if plural:
        return _IRREGULAR_PL.get(lemma, lemma)
    if lemma in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def gerund(lemma: str) -> str:
    """"cause" -> "causing", "stop" -> "stopping", "die" -> "dying"."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if len(lemma) <= 4 and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def has_markup(text: str) -> bool:
    """Tokenizer markup or spaced punctuation left in a headline."""
    return bool(_MARKUP.search(text))


# --- rendering tokens -----------------------------------------------------------------------


def _in_brackets(token: Token) -> bool:
    """Inside a parenthesis ("Monday (Nov 15)"), looking back at most a dozen tokens."""
    # Asked for every token of every headline rendered: found once per doc and token.
    known = doc_scratch(token.doc).setdefault("in_brackets", {})
    inside = known.get(token.i)
    if inside is None:
        inside = known[token.i] = _looks_back_into_brackets(token)
    return inside  # type: ignore[no-any-return]


def _looks_back_into_brackets(token: Token) -> bool:
    depth = 0
    texts = token_texts(token.doc)
    for i in range(token.i - 1, max(sentence_start(token), token.i - 12) - 1, -1):
        text = texts[i]
        if text in _CLOSERS or (")" in text or "]" in text) and len(text) > 1:
            depth += 1
        elif text in _OPENERS:
            if depth == 0:
                return True
            depth -= 1
    return False


def header_end(token: Token) -> int:
    """Index of the first token after a sentence's header: a dateline ("CAIRO, Egypt (CNN) --",
    "DAR ES SALAAM, Tanzania (AP) _") or an update stamp ("Cairo, 2:38 p.m. ET -RRB-")."""
    # The same for every token of a sentence, and asked for most tokens a headline renders.
    ends = doc_scratch(token.doc).setdefault("header_end", {})
    start = sentence_start(token)
    end = ends.get(start)
    if end is None:
        end = ends[start] = _header_end(sentence_of(token))
    return end  # type: ignore[no-any-return]


def _header_end(sent: Span) -> int:
    depth = 0
    window = list(sent[:24])
    for n, t in enumerate(window):
        text = _PTB.get(t.text, t.text)
        if text in ("(", "["):
            depth += 1
        elif text in (")", "]") or text.startswith(")"):
            if depth == 0:  # a closer with no opener: the end of a stamp carried over
                return _skip_dashes(window, n + 1, sent.start)
            depth -= 1
        elif text == "|" and n <= 12 and any(w.like_num for w in window[:n]):
            return _skip_dashes(window, n + 1, sent.start)  # a comment's stamp: "January 31, 2011 at 2:33 pm |"
        elif text in ("--", "—", "_", "–") or text.endswith("--"):
            before = [w for w in window[:n] if w.is_alpha]
            if before and (before[0].text.isupper() and len(before[0].text) > 2 or any(
                    w.text in ("Reuters", "AP", "CNN", "AFP", "Xinhua", "BLOOMBERG", "Bloomberg") for w in before)):
                return _skip_dashes(window, n + 1, sent.start)
    return sent.start


def _skip_dashes(window: list[Token], n: int, start: int) -> int:
    while n < len(window) and (window[n].text in ("-", "--", "—", "_", "–") or window[n].is_space):
        n += 1
    return start + n


def render(tokens: list[Token] | set[Token]) -> str:
    """Tokens as written prose: no quotes or brackets, no markup, original joins kept."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if ordered:
        start = header_end(ordered[0])
        ordered = [t for t in ordered if t.i >= start or not same_sentence(t, ordered[0])] or ordered
    out: list[str] = []
    prev: Token | None = None
    for n, t in enumerate(ordered):
        text = _PTB.get(t.text, t.text)
        if t.text in ("'", "’") and n + 1 < len(ordered) and not t.whitespace_ and \
                ordered[n + 1].lower_ in ("ve", "re", "ll", "m", "d"):
            out.append("’")  # "we 've" split by the tokenizer into "'" and "ve": "we’ve", not "we ve"
            prev = t
            continue
        if t.text in ("'", "’") and (t.dep_ == "case" or n + 1 < len(ordered) and ordered[n + 1].text == "s"):
            out.append("’")  # "the Beatles ' Apple Corps", "Wayne ' s World" from tokenised text
            prev = t
            continue
        if text.lower() in ("s", "ve", "re", "ll", "m", "d") and out and out[-1] == "’":
            out.append(text)
            prev = t
            continue
        if t.text in _QUOTES or text in _OPENERS or text in _CLOSERS or _in_brackets(t):
            continue
        if t.text == "#" and n + 1 < len(ordered) and ordered[n + 1].like_num:
            text = "£"  # tokenised Reuters text writes the pound sign as "#": "# 50 million"
        if text in ("--", "—", "–") and t.whitespace_:
            continue
        if out and prev is not None:
            joined = prev.i == t.i - 1 and not prev.whitespace_
            if not joined and text.lower() not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
                out.append(" ")
        out.append(text)
        prev = t
    return "".join(out).strip(" ,;:-")


def _word_group(token: Token) -> list[Token]:
    """The whole hyphenated word a token is part of ("working-level", "re-establish", "3½-hour")."""
    doc = token.doc
    known = doc_scratch(doc).setdefault("word_group", {})
    bounds = known.get(token.i)
    if bounds is None:
        lo = hi = token.i
        while lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo].text == "-" or doc[lo - 1].text == "-") \
                and not doc[lo - 1].is_space:
            lo -= 1
        while hi + 1 < len(doc) and not doc[hi].whitespace_ and (doc[hi].text == "-" or doc[hi + 1].text == "-"):
            hi += 1
        bounds = known[token.i] = (lo, hi)
    if bounds[0] == bounds[1]:
        return [token]
    return [doc[i] for i in range(bounds[0], bounds[1] + 1)]


def _with_groups(tokens: set[Token]) -> set[Token]:
    out = set(tokens)
    for t in tokens:
        out.update(_word_group(t))
    return out


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


def _clean_name(name: str) -> str:
    """Entity text from tokenised corpora: "Beatles ' Apple Corps" -> "Beatles’ Apple Corps"."""
    for escape, char in _PTB.items():
        name = name.replace(escape, char)
    name = re.sub(r"\s+(['’])\s*(s\b)?", lambda m: "’" + (m.group(2) or ""), name)
    name = re.sub(r"\s+([,.;:])", r"\1", name)
    name = re.sub(r"\s*['’]$", "", name)  # "Steve Jobs '" (a possessive left on the entity)
    return name.replace("``", "").replace("''", "").strip()


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


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


# --- noun phrases ---------------------------------------------------------------------------


def _names_of(token: Token, ctx: _Ctx) -> list[str]:
    """Participant names of the token and its conjuncts ("Xi and Biden"), if all are named."""
    out: list[str] = []
    missing = 0
    conjuncts = [c for c in token.conjuncts if not _appositive_conj(token, c, ctx)]
    for t in [token, *conjuncts]:
        name = ctx.name(t)
        if name is None:
            # "US leader Joe Biden" parsed as "leader" with the name hung elsewhere
            missing += 1
            continue
        short = ctx.short(name)
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
        return f"{token.text} of {mine}{_np(whole, ctx, min(level + 1, 2))[0]}", \
            token.lower_ not in ("another", "one", "each", "either", "neither", "none")
    if token.lower_ in _PLURAL_QUANTIFIERS and token.pos_ in ("PRON", "DET", "ADJ"):
        return token.text, True  # "Some fear …", "Many say …"
    if token.pos_ == "PRON":
        ref = ctx.participants.refers_to.get(token.i)
        if ref is not None and ref != token.i:
            # the speaker's own pronoun as long as the speaker's name ("The team says it has …")
            said = token.head.head if token.head.dep_ == "ccomp" else token.head
            own = any(c.i == ref and c.dep_ == "nsubj" for c in said.children)
            text, _ = _np(token.doc[ref], ctx, max(level, 1) if own or token.lower_ == "it" else level + 1)
            # "it" stands for one body ("the school"), "he" for one person ("the senior official"), "they" for many
            return text, token.lower_ not in _SINGULAR_PRONOUNS
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
            if child.lower_ in _KEEP_DETS or child.lower_ in ("a", "an") and token.lower_ in _A_AMOUNTS:
                left.append({child})  # "evolved a lot", not "evolved lot"
        elif child.dep_ == "poss":
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
            elif child.dep_ == "prep" and _temporal(child) and child.lower_ != "of" or child.dep_ == "punct" \
                    or _in_brackets(child):
                continue
            elif child.dep_ == "prep" and child.lower_ in ("of", "from", "at") and token.lower_ in _GENERIC_HEADS \
                    and not left and _origin(token, ctx):
                break  # "officials of the INS" is "INS officials" below, not "INS officials of INS"
            elif child.dep_ == "prep" and child.lower_ in ("of", "with", "between", "on", "over", "against", "to",
                                                         "from", "for", "in", "at"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None or (child.lower_ != "of" and level > 0) or (
                        child.lower_ not in ("of", "from") and not (is_event_noun(token) or token.lemma_ in _MEETING_NOUNS)):
                    break
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
        if conj and level == 0:
            other, _ = _np(conj[0], ctx, 2)
            text += f" and {other}"
    if token.lower_ in _GENERIC_HEADS and not left:
        origin = _origin(token, ctx)
        if origin:
            text = f"{origin} {text}"  # "representatives from China's …" -> "China representatives"
    return text, plural


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


def _temporal(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and prep.lower_ in _TOPIC_PREPS and not any(c.dep_ == "nummod" for c in pobj.children):
        return False  # "talked about the days he was stuck": what was talked about, not when
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


def _verb_word(verb: Token, form: str) -> str:
    """The verb in a form: "lemma", "text" (as written) or "present"/"present-pl"."""
    group = _word_group(verb) if verb.pos_ in ("VERB", "AUX") else [verb]
    prefix = "".join(t.text for t in group[:-1])
    last = group[-1]
    if form == "text":
        return prefix + last.text.lower() if not last.text.isupper() else prefix + last.text
    lemma = last.lemma_.lower() if last.lemma_ else last.lower_
    if form == "lemma":
        return prefix + lemma
    return prefix + present(lemma, form == "present-pl")


def _agent_like(token: Token) -> bool:
    """A "by" object that can do things: a named person or body, an office-holder, people."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in TITLE_NOUNS or token.lower_ in _GENERIC_HEADS)


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


def _subject(verb: Token) -> Token | None:
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
        inner = next((c for c in subj.children if c.dep_ in ("compound", "nmod", "appos")), subj) \
            if subj.text in _CLOSERS else subj
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
            return _person_antecedent(subj, head)
        return subj
    if verb.dep_ == "relcl":
        return None
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        return verb.head  # "a balloon flying over the US"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        return obj if obj is not None else _subject(verb.head)  # "push China to resume": China
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN"):
            return None
        return _subject(verb.head)
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


_BECOMING = _words("go come fall turn run get grow remain stay")
_RESULT_STATES = _words("""missing close ill asleep silent quiet dead bankrupt bust wrong mad unpunished unnoticed
    unanswered dry short cold blind deaf awry viral live public dark free clear loose unchallenged""")


def _parenthetical(verb: Token) -> bool:
    """"…, Sullivan said": a reporting verb that reports the clause it hangs on, nothing of its own."""
    return verb.lemma_.lower() in STATEMENT_VERBS and not any(
        c.dep_ in ("ccomp", "mark", "dobj", "xcomp") for c in verb.children)


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
    if passive:
        return _verb_word(verb, "text"), "passive"  # "Talks postponed"
    if "to" in words and verb.dep_ not in ("xcomp",):
        return f"to {_verb_word(verb, 'lemma')}", "future"
    if verb.lemma_ == "be" and verb.pos_ == "AUX" and not aux:
        return agree.aux("is"), "done"
    if verb.tag_ == "VB" and not aux and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in _CAUSATIVES:
        return _verb_word(verb, "lemma"), "done"
    return agree.verb(verb), "done"


_AMOUNT_UNITS = _words("m bn k million billion thousand trillion")


def _pound_amount(token: Token) -> str:
    """"£3 m" for "# 3 m", which tokenised Reuters text writes with "#" for the pound sign and the
    parser takes for a noun with its number hung on it: the amount, whole, or ""."""
    doc = token.doc
    if token.text != "#" or token.i + 1 >= len(doc) or not doc[token.i + 1].like_num:
        return ""
    end = token.i + 2
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in _AMOUNT_UNITS) and end <= token.i + 3:
        end += 1
    return render(list(doc[token.i : end]))


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


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary that is not a finite verb: "Egypt, hit hard by bird flu, has
    ordered …" (an agent says passive whatever the tag), "with another march planned for Friday"."""
    if any(c.dep_ in ("aux", "auxpass") for c in _children(verb)):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    if verb.tag_ in ("VBN", "VBD") and any(c.i < verb.i and c.lower_ in ("with", "without") and c.dep_ in (
            "prep", "mark") and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children):
        return True  # "with another protest predicted": an absolute phrase, never "protest predicts"
    if verb.tag_ == "VBD" and verb.dep_ in ("pcomp", "advcl") and verb.lemma_ in _ONLY_TRANSITIVE and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in _children(verb)):
        return True  # "after the three cases confirmed yesterday": "confirm" with no object is a participle
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "pcomp", "csubj")  # "all shipments received after …"


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
        for child in children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                if child.pos_ in ("VERB", "AUX"):
                    inner = _Clause(self.ctx, self.level + 1)
                    words = inner.predicate(child, depth + 1)
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
                parts.append(_Clause(self.ctx, self.level + 1).predicate(child, depth + 1))  # "to block offer"
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
        for child in children:
            if pp_budget <= 0:
                break
            if child in selected:
                continue
            sequel = child.lower_ in _SEQUENCE_PREPS and not obj_taken and not _temporal(child)
            if child.dep_ == "prep" and child.i > verb.i and (child.lower_ not in _SKIP_PREPS or sequel):
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
                parts.append(f"{child.lower_} {_np(pobj, self.ctx, self.level + 1)[0]}")
                pp_budget -= 1
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


def _past_plan(verb: Token, children: list[Token]) -> str:
    """"was", "were" or "had been" when a plan's own verb is in the past; else ""."""
    if verb.lemma_ == "be" and verb.tag_ == "VBD" and verb.lower_ in ("was", "were"):
        return verb.lower_
    aux = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if aux and aux[0].tag_ == "VBD" and aux[0].lower_ in ("was", "were", "had"):
        return " ".join(a.lower_ for a in aux)
    return ""


# --- statements -----------------------------------------------------------------------------


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


def _reported_words(content: Token, speaker: str, participants: Participants) -> str:
    """"Correspondent: using it widely could create drug resistance": what was reported, in the
    source's words trimmed at phrase boundaries, when no paraphrase fits or resolves; never the
    speaker's verb left bare ("Analysts say") or glued to the words ("… market Sabra said")."""
    if not speaker or not same_sentence(content, content.head) and content.head.i != content.i:
        return ""
    subj = _subject(content)
    if subj is not None and subj.lower_ in _PERSONAL_PRONOUNS and subj.i not in participants.by_token:
        return ""
    if subj is not None and subj.lower_ in _FIRST_PERSON:
        return ""  # "Fukuda: I'd try to avoid travel": unquoted, an "I" is not the speaker's
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
           for c in _children(content)):
        return ""  # "if a case were found, workers would be moved": a cut would lose the "if"  # "the company said it would not pay": the source's sentence says who "it" is
    limit = MAX_CHARS - len(speaker) - 2
    words = _tidy(_resolve_subject(trimmed_clause(content, limit), content, participants))
    if len(words.split()) < 3:
        return ""
    lead = words.split()[0].rstrip(",;:")
    first = next((t for t in content.subtree if t.text == lead), content)
    if words[:1].isupper() and first.pos_ != "PROPN" and not first.ent_type_ and not re.match(r"I\b", lead) and \
            not lead[1:].isupper():
        words = words[0].lower() + words[1:]
    return f"{speaker}: {words}"


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


def speaker_of(verb: Token, participants: Participants) -> str:
    """The short name of who made a statement: the reporting verb's subject, as the reader knows it."""
    ctx = _Ctx(participants, [])
    if verb.dep_ == "acl":
        return ""  # "a fax to local police explaining that …": the parse hangs it on the wrong noun
    subj = _subject(verb)
    if subj is None or _is_dateline(subj):
        return ""
    if subj.pos_ == "PRON" and ctx.name(subj) is None and subj.i not in participants.refers_to:
        return ""
    if subj.lemma_.lower() in _SPEECH_NOUNS:
        # "a statement from President Sarkozy said …": the one whose statement it was
        author = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                       for g in c.children if g.dep_ == "pobj" and ctx.name(g) is not None), None)
        if author is not None:
            return ctx.short(ctx.name(author) or "")
    generic = _GENERIC_SPEAKERS.get(subj.lower_)
    if generic and ctx.name(subj) is None and not any(c.dep_ in ("relcl", "acl") for c in subj.children):
        return generic  # but "people who were guarding their homes said" are those people
    text, _ = _np(subj, ctx, 1)
    conj = [c for c in subj.conjuncts if c.pos_ in ("NOUN", "PROPN") and not _appositive_conj(subj, c, ctx)]
    if conj and " and " not in text:
        text += " and " + _np(conj[0], ctx, 2)[0]  # "Albright and other US officials"
    return text[:1].upper() + text[1:]


def _appositive_conj(subj: Token, conj: Token, ctx: _Ctx) -> bool:
    """"Tony Blair, Middle East peace envoy and former British prime minister, told …": the titles
    after the comma describe the one named, parsed as more speakers."""
    if ctx.name(subj) is None or ctx.name(conj) is not None or conj.lemma_.lower() not in TITLE_NOUNS:
        return False
    between = subj.doc[subj.i + 1 : conj.left_edge.i]
    return any(t.text == "," for t in between) and not any(c.dep_ == "det" for c in conj.children)


def _existential(verb: Token) -> bool:
    """"There are usually a line of thugs", "there is always a chance"."""
    return any(c.dep_ == "expl" for c in verb.children)


def _own_words(verb: Token, speaker: str) -> str:
    """'Speaker: "…"' for a quoted clause whose speaker is known, else nothing."""
    if not speaker or not _in_quote(verb):
        return ""
    sent = sentence_of(verb)
    quote = sent.text[: max(sent.text.rfind("''"), sent.text.rfind("”"), 0)]
    opened = max(quote.rfind("``", 0, verb.idx - sent.start_char), quote.rfind("“", 0, verb.idx - sent.start_char))
    quote = quote[opened:] if opened >= 0 else quote  # "Savage said: “We are …”": the words quoted only
    if speaker.lower() in quote.lower():
        return ""  # "… when it comes to Yele," he said: a name inside the quote is not its speaker
    words = trimmed_clause(verb, limit=MAX_CHARS - len(speaker) - 4)
    return f"{speaker}: “{words}”" if len(words.split()) >= 2 and _whole(verb, words) else ""


def _whole(verb: Token, words: str) -> bool:
    """Whether ``words`` are the clause of ``verb`` cut at phrase boundaries only, never in the
    middle of a phrase ("…") nor before what its last word needs: a quotation is whole or it is not
    quoted."""
    return not words.endswith("…") and headline_fault(words) != "ends on a function word"


def _quote_speaker(token: Token, participants: Participants) -> str:
    """Who said a quoted sentence: a reporting verb outside the quotes here or in the next sentence."""
    sent = sentence_of(token)
    doc = token.doc
    candidates = [sent]
    if sent.end < len(doc):
        candidates.append(sentence_of(doc[sent.end]))
    if sent.start > 0:
        candidates.append(sentence_of(doc[sent.start - 1]))
    for s in candidates:
        for t in s:
            if t.lemma_.lower() in STATEMENT_VERBS and t.pos_ == "VERB" and not _quoted(t):
                who = speaker_of(t, participants)
                if who and who.lower() not in _FIRST_PERSON:
                    return who
                if s is sent and _subject(t) is not None:
                    # '"…," he told CBS' with the "he" unknown: the quote has its own teller, never
                    # the speaker of the next sentence
                    return ""
    return ""


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


def _first_person_quote(verb: Token, participants: Participants) -> str:
    """'Sullivan: "We need these lines of communication"': the speaker's own words, trimmed."""
    speaker = _quote_speaker(verb, participants)
    if not speaker:
        # the words in their quotation marks, never an "I" or "we" that reads as the headline's own
        words = _tidy(trimmed_clause(verb, limit=MAX_CHARS - 2))
        return f"“{words}”" if len(words.split()) >= 3 else ""
    words = trimmed_clause(verb, limit=MAX_CHARS - len(speaker) - 4)
    return f"{speaker}: “{words}”" if words and _whole(verb, words) else ""


# --- the trimmed clause ---------------------------------------------------------------------

_DROPPABLE = frozenset(("advcl", "prep", "relcl", "acl", "appos", "conj", "cc", "parataxis", "npadvmod", "advmod",
                        "punct", "dep", "ccomp", "xcomp", "dobj", "attr", "agent", "oprd"))  # a "that" goes with its clause


_CORE = frozenset(("dobj", "attr", "xcomp", "ccomp", "oprd", "acomp"))


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


_FUNCTION_WORDS = _words("""a an the of to in on at for by with from as and or but nor that which who whom whose
    if than is are was were be been being has have had do does did can could will would shall should may might
    must its their his her our your my this these those into onto over under about after before while""")


# --- entry point ----------------------------------------------------------------------------


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


def _verb_headline(verb: Token, ctx: _Ctx) -> str:
    participants = ctx.participants
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        # A participle describing a noun: "the Pentagon's annual report …, released last month".
        head = verb.head
        if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and verb.i < head.i:
            head = _subject(head) or head  # "Rescued by fishermen, Elian has become …": Elian
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
                    if speaker and _in_quote(inner_verb):
                        # The speaker's own words where paraphrase would need a referent we lack.
                        return _speakers_words(verb, inner_verb, speaker, participants)
                    return _reported_words(inner_verb, speaker, participants)
                if not speaker:
                    return ""
                # "Yellen said she has no plans": her own statement about herself needs no "Yellen:"
                candidate = text if text.lower().startswith(speaker.lower() + " ") else f"{speaker}: {text}"
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


def _object_gap(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose missing object (or stranded preposition's
    object) is the noun it describes: "the speech President Obama gave in Cairo", "the square the
    army cleared", "the hotel she stayed in". A headline from the clause alone drops what was done
    ("Obama gives in Cairo"); "the day Mubarak resigned" and "the city where …" lack no object."""
    if _reduced_relative(verb):
        return True
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _GAP_FREE_NOUNS \
            or noun.ent_type_ in ("DATE", "TIME"):
        return False
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP", "WP$") or subj.lower_ == "that":
        return False  # "the man who attacked …": the noun is the doer, not the thing done
    relative = [c for c in children if c.tag_ in ("WDT", "WP") or c.lower_ == "that" and c.dep_ == "dobj"]
    if any(c.tag_ == "WRB" for c in children) or any(c.dep_ in _FILLED_OBJECTS and c not in relative
                                                     for c in children):
        return False  # "the city where …", "the day he told them …": nothing is missing
    if any(c.dep_ != "dobj" for c in relative):
        return False
    stranded = any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in children)
    return stranded or not any(c.dep_ == "auxpass" for c in children)


def _reduced_relative(verb: Token) -> bool:
    """"remember that speech President Obama gave in Cairo" parsed with "speech" as the subject and
    the name as its apposition: the name is the doer and the noun the missing object."""
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in _GAP_FREE_NOUNS or any(
            c.dep_ in _FILLED_OBJECTS or c.dep_ == "auxpass" for c in children):
        return False
    # (also one appositive further: "Suleiman, the intelligence chief Mubarak picked as …, said")
    nouns = [subj, *(c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < verb.i)]
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1 and c.i < verb.i
               for noun in nouns for c in noun.children)


def _tidy(text: str) -> str:
    for escape, char in _PTB.items():
        text = text.replace(escape, char)
    text = text.replace("``", "").replace("''", "")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    text = re.sub(r"\s+-\s+(?=[A-Z])", " ", text)
    text = re.sub(r"(?<![\w#])#\s?(?=\d)", "£", text)  # "# 50" in tokenised Reuters text is "£50"
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?%])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)  # "Gamal Mubarak,, state television reported"
    text = re.sub(r"^\(?\d{1,2}[.)]\s+(?=[A-Z])", "", text)  # a list's number: "3. Schools close"
    text = re.sub(r"^(?:\\?\*|•)\s*", "", text)  # a wire summary's bullet: "\* UN agency criticises …"
    text = text.strip(" ,;:-")
    if text.endswith(".") and not re.search(r"(?:\b[A-Z][a-z]?|\.\w)\.$", text):
        text = text[:-1]  # a headline has no full stop ("… the claims." but "U.S.")
    first = text.split(" ", 1)[0] if text else ""
    if text and not text[0].isupper() and not any(ch.isupper() for ch in first[1:]):
        text = text[0].upper() + text[1:]  # but "iPhone", "eBay" keep their own case
    return text


def headline(predicate: Token, participants: Participants, names: list[str] | None = None) -> str:
    """A headline for the happening ``predicate`` names; ``names`` are the event's participants."""
    ctx = _Ctx(participants, list(names or []))
    text = ""
    head = predicate.head
    if predicate.dep_ == "amod" and predicate.tag_ in ("VBN", "VBG") and head.pos_ in ("NOUN", "PROPN"):
        text = _np(head, ctx, 0)[0]  # "a previously announced agreement": the thing, nothing stated
    elif predicate.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in predicate.children) \
            and head.pos_ in ("NOUN", "PROPN"):
        text = _np(head, ctx, 0)[0]  # "Pattison's decision to seek control"
    elif predicate.pos_ in ("VERB", "AUX") or predicate.dep_ in ("acomp", "xcomp"):
        text = _verb_headline(_clause_head(predicate), ctx)
    elif predicate.pos_ in ("NOUN", "PROPN"):
        text = _noun_headline(predicate, ctx)
    elif predicate.pos_ == "ADJ":
        head = _clause_head(predicate)
        text = _verb_headline(head, ctx) if head.pos_ in ("VERB", "AUX") else ""
    text = _tidy(text)
    if not _passive_end(text, _clause_head(predicate)) and _ill_formed(text) or \
            _lost_complement(text, _clause_head(predicate)):
        text = ""  # "Analysts say", "swine farms are", "documents show documents show": the source's words
    chain = _governors(predicate)
    top = chain[-1]
    disbelieved = False
    doubted = any(c.dep_ == "acomp" and c.lower_ in _DOUBTS for c in top.head.children)
    if top.dep_ in ("ccomp", "advcl") and top.head.pos_ in ("VERB", "AUX") and (
            _negation(top.head) or doubted or any(c.dep_ == "mark" and c.lower_ == "for" for c in top.children)):
        chain.append(top.head)  # "did not believe he was serious", "prayed for him to die": not facts
        text = ""
        disbelieved = bool(_negation(top.head))
    condition = next((v for v in chain if any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in v.children)), None)
    # A denial's headline keeps its "denied", the denial itself included: never "Army: soldiers fire".
    negated = disbelieved or is_negated(predicate) or chain[-1].lemma_.lower() == "deny"
    dishonest = (negated and not _NEG_WORDS.search(text)) or (
        _is_unreal(chain) and not _UNREAL_WORDS.search(text) and _has_verb(text, predicate))
    if condition is not None or dishonest or not text or len(text) > MAX_CHARS or has_markup(text) \
            or len(text.split()) < 2:
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
    if text and fault and not _passive_end(text, _clause_head(predicate)) or not text:
        # Never a fragment: the clause whole (a little past the limit) or cut where a clause ends.
        unreal = _is_unreal(chain) or condition is not None
        negated = negated or is_negated(predicate)
        honest = [p for p, needed in ((_NEG_WORDS, negated), (_UNREAL_WORDS, unreal)) if needed]
        text = _clause_words(predicate, (condition or chain[-1]) if unreal or negated else None, participants,
                             honest) or _sentence_words(predicate, whole_only=True, honest=honest) or text
    if _opens_with_relative(text) and not _opens_with_relative(sentence_of(predicate).text):
        # "What happened in 1957" cut from "That 's what happened in 1957": the sentence's own words
        text = _sentence_words(predicate, whole_only=True) or _sentence_words(predicate) or text
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
    if len(words) <= MAX_CHARS + 30:
        return "" if whole_only and (headline_fault(words) or not all(p.search(words) for p in honest or [])) \
            else words
    # Cut after the main verb and what it governs, where a clause ends: never "The chief medical
    # officer, Sir Liam Donaldson" for "…, Sir Liam Donaldson, warned it would be premature …".
    core = [c.i for c in _children(sent.root) if c.dep_ in _CORE or c.dep_ in ("ccomp", "parataxis")]
    for mark in reversed([t for t in tokens if t.text in (",", ";", ":", "--", "—") and
                          t.i > max([sent.root.i, *core])]):
        cut = _tidy(render([t for t in tokens if t.i < mark.i]))
        if len(cut) <= MAX_CHARS + 30 and len(cut.split()) >= 4 and not headline_fault(cut) and \
                not _opens_on_verb(cut, predicate) and all(p.search(cut) for p in honest or []):
            return cut
    if whole_only:
        return ""
    kept = words[: MAX_CHARS - 1].rsplit(" ", 1)[0].split()
    while len(kept) > 3 and (kept[-1].lower().strip(",;:") in _FUNCTION_WORDS or
                             kept[-1].lower().strip(",;:") in _PRONOUN_ENDS):
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"


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
            if token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBD", "VBZ", "VBP", "VBG") and \
                    token.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass", "pcomp", "amod", "compound") \
                    and _subject(token) is None and not _existential(token):
                return "no subject"
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
            plain = _tidy(trimmed_clause(content, MAX_CHARS - len(speaker) - 2, slack=30 if named else 0))
            words = _tidy(_resolve_subject(plain, content, participants))
            lead = next((t for t in content.subtree if t.lower_ == words.split()[0].lower()), None) \
                if words == plain and words else None
            if lead is not None and (lead.i == sent.start and lead.pos_ != "PROPN" and not lead.ent_type_ and
                                     lead.text != "I" or lead.text[:1].islower()):
                words = words[:1].lower() + words[1:]  # the case the word has in the sentence
            if not words.lower().startswith(speaker.lower() + " "):  # never "FBI officials: FBI officials were …"
                words = f"{speaker}: {words}"
            if _has_subject(words, content) and (len(words) <= MAX_CHARS or named and words.lower().endswith(plain.lower())) \
                    and not headline_fault(words) and \
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
            said_words = _tidy(trimmed_clause(content, MAX_CHARS + 30 - len(tag) - 2)) if tag else ""
            lower = subj is not None and subj.left_edge.text[:1].islower() and tag[:1] == subj.left_edge.text[:1].upper()
            tagged = f"{said_words}, {tag[:1].lower() + tag[1:] if lower else tag}" if said_words else ""
            if tagged and _has_subject(said_words, content) and len(tagged) <= MAX_CHARS + 30 and \
                    not headline_fault(said_words) and all(p.search(tagged) for p in honest or []):
                return tagged
        plain = _tidy(trimmed_clause(verb, MAX_CHARS, slack=30))
        words = _tidy(_resolve_subject(plain, verb, participants))
        shared = _subject(verb) if verb.dep_ == "conj" and not _subject_own(verb) else None
        if shared is not None and shared.i < verb.i and shared.pos_ != "PRON":
            # "The agreement carries risks and could fail to fend off McCaw": the conjunct with its subject
            who = _np(shared, _Ctx(participants, []), 1)[0]
            plain = words = _tidy(f"{who} {trimmed_clause(verb, MAX_CHARS - len(who) - 1, slack=30)}")
        if len(words) > MAX_CHARS and words != plain:
            continue  # past the limit only in the sentence's own words, as they stand
        said = _content(verb) if verb.lemma_.lower() in STATEMENT_VERBS else verb
        if said is None or said.text not in words:
            continue  # "The Scottish Government said: With regret": what was said is lost
        if _has_subject(words, verb) and not headline_fault(words) and all(p.search(words) for p in honest or []):
            return words
    return _sentence_words(predicate, whole_only=True, honest=honest)


# A reporting or perception verb that ends a headline has lost what was said or shown; words that
# are nouns as often ("reports", "claims", "shows") only after "to" or a modal ("goes on to question").
_BARE_ENDINGS = _words("""say says said tell tells told warn warns warned caution cautions cautioned show showed
    describe describes described questioned explain explains explained insist insists insisted argue argues
    argued predict predicts predicted acknowledge acknowledges acknowledged declare declares declared believe
    believes believed think thinks thought wonder wonders wondered suggest suggests suggested indicate indicates
    indicated reveal reveals revealed confirm confirms confirmed announce announces announced add adds added
    remark remarks remarked joke jokes joked quip quips quipped reply replies replied write writes wrote""")
# Verbs that tell a quotation without being statements of record: '"…," joked Mr Sweeney'.
_QUOTING = _words("joke quip remark reply write comment muse recall explain add")
_SAID = _words("say says said tell tells told add adds added")
_BARE_AFTER_TO = _words("question state report note claim hope fear comment")
# Words a headline cannot end on: it was cut before what they introduce ("swine farms are").
_DANGLING = _words("""a an the of to for by with from at as into about and or but nor than if whether because
    is are was were be been being has have had do does did its their his her our your my whose""")
_COPULAS = _words("is are was were be been being has have had do does did")
_WH = _words("where what who whom how which whatever wherever whoever")
_SPEECH_FRAME = re.compile(r"\b(?:in|on|at|during)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:statement|interview|"
                           r"speech|briefing|conference|letter|email|tweet|post|broadcast)$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def _with_antecedent(verb: Token) -> str:
    """"the banks it is trying to sell": a relative clause in the source's words needs the noun it
    describes, never a headline that opens "That will show …" or "Which …"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    noun = verb.head
    text = _tidy(render({noun, *(t for c in noun.lefts for t in c.subtree), *verb.subtree}))
    return text if len(text) <= MAX_CHARS + 30 else ""


# Words that open a relative or a question: a headline starting with one has lost what it hangs on
# ("Which strikes me as …", "What happens", "Whose mocking …").
_RELATIVES = _words("which whose whom what where whereby wherein")


def _opens_with_relative(text: str) -> bool:
    first = _WORD.match(text.lstrip("“\"‘'`( "))
    return first is not None and first.group(0).lower() in _RELATIVES


def _passive_end(text: str, verb: Token) -> bool:
    """"Five more pupils confirmed": a headline ending on its own passive verb is whole."""
    return verb.pos_ in ("VERB", "AUX") and text.lower().endswith(" " + verb.lower_) and (
        any(c.dep_ == "auxpass" for c in _children(verb)) or _bare_participle(verb))


def _ill_formed(text: str, paraphrase: bool = True) -> bool:
    """A headline no sub-editor would pass (``headline_fault``); the source's own words may end on a
    function word their sentence ends on."""
    fault = headline_fault(text)
    return bool(fault) and (paraphrase or fault != "ends on a function word")


# Auxiliaries and modals that cannot open a headline: "Has died today", "Will be released Monday".
_OPENING_AUX = _words("""has have had is are was were will would could should can may might must shall does did
    been being""")
# "Break comes", "His comments came": a verb of arriving says nothing without what came with it.
_BARE_COMING = _words("come comes came")
_PRONOUN_ENDS = _words("it they he she we i you him them me us")


def _dangles(words: list[str]) -> bool:
    """The last word needs what follows: "swine farms are", but "do not know where he is"."""
    return words[-1] in _DANGLING and not (words[-1] in _COPULAS and bool(_WH & set(words[-6:-1])))


def headline_fault(text: str) -> str:
    """Why a headline is not well formed, or "" when it is: what no sub-editor would pass.

    - markup left in ("-LRB-", "``", "|") or brackets and quotation marks that do not pair;
    - a quotation that is not whole (cut at "…", or ending on "and");
    - a reporting verb left bare ("Analysts say", "X says in statement", "says…"), or "comes" alone;
    - a last word that needs what follows ("swine farms are", "… told CNN that", "warned it…");
    - no subject: opening on an auxiliary or an infinitive ("Has died today", "To discuss exams");
    - words said twice ("documents show documents show").
    """
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
        if "…" in quote or inner and _dangles(inner) or len(inner) < 3:
            return "quotation not whole"  # 'Jernigan: “we had”', '“This country is ours, and”'
    body = text.split(": ", 1)[-1]
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
    return ""


def _with_doer(text: str, verb: Token, participants: Participants) -> str:
    """A finite clause cut from its subject by a misparse ("…, the president's wife, Elisabeth
    Preval, appealed for patience" with the name hung on "the BBC") gets the name just before the
    verb; with no such name, nothing (the sentence's own words follow) rather than "Appealed for
    patience", which names no one."""
    word = _WORD.match(text)
    first = word.group(0).lower() if word is not None else ""
    own = {verb.lower_, *(a.lower_ for a in _aux(verb)), *(a.lower_ for a in _negation(verb))}
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or not text[:1].isupper() or first not in own \
            or verb.tag_ == "VBN" and first == verb.lower_:
        return text  # (a passive's auxiliary leads: "Was diagnosed with the virus" names no one either)
    subject = _subject(verb)
    if subject is not None and (subject.head == verb or subject.i > verb.i):
        return text
    if subject is not None:
        # a conjunct that shares the subject of the verb before it ("He is thought to have caught it in
        # Texas and was diagnosed on Sunday"): that subject when it is known, else the source's words
        ctx = _Ctx(participants, [])
        if subject.pos_ == "PRON" and ctx.name(subject) is None and subject.i not in participants.refers_to:
            return ""
        who = _np(subject, ctx, 1)[0]
        return f"{who[:1].upper()}{who[1:]} {text[:1].lower()}{text[1:]}"
    j = verb.i - 1
    while j >= 0 and verb.doc[j].text in (",", "--", "-"):
        j -= 1
    name = participants.by_token.get(j) if j >= 0 and same_sentence(verb.doc[j], verb) else None
    if name is None:
        return ""
    return f"{_Ctx(participants, []).short(name)} {text[:1].lower()}{text[1:]}"


_OPEN_QUOTE = frozenset(("``", "“", '"', "`"))  # "``" may come split into two "`"
_CLOSE_QUOTE = frozenset(("''", "”", '"'))


def _preceding_quote(verb: Token, participants: Participants) -> str:
    """'Speaker: "…"' (or the bare quote when the speaker is not known) for a reporting verb that
    follows the quotation it reports, within its sentence or closing one begun before it."""
    sent = sentence_of(verb)
    close = next((t for t in reversed(verb.doc[sent.start : verb.i]) if t.text in _CLOSE_QUOTE), None)
    if close is None or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[close.i + 1 : verb.i]):
        return ""
    opener = next((t for t in reversed(verb.doc[sent.start : close.i]) if t.text in _OPEN_QUOTE), None)
    start = opener.i + 1 if opener is not None else sent.start
    if opener is None and any(t.text in _CLOSE_QUOTE for t in verb.doc[sent.start : close.i]):
        return ""
    words = _tidy(render(list(verb.doc[start : close.i])))
    if len(words.split()) < 3:
        return ""
    speaker = speaker_of(verb, participants)
    if speaker and speaker.lower() in words.lower():
        speaker = ""  # a name inside the quote is not who said it
    if len(words) > MAX_CHARS - (len(speaker) + 4 if speaker else 2):
        return ""  # a quotation is whole or not quoted: never “… cut mid-phrase…”
    return f"{speaker}: “{words}”" if speaker else f"“{words}”"


def _told_by(words: str, told: Token, teller: Token, participants: Participants) -> str:
    """What was said before its tag ("…, he said") with who said it: "Speaker: …", or the tag itself
    when the speaker is not known, so that a claim never reads as a fact."""
    if told.lemma_.lower() in STATEMENT_VERBS:
        return words  # "Harrison said she could not say …, she said": it names its speaker already
    subj = _subject(teller)
    doc = teller.doc
    if subj is None or not told.i < subj.i < teller.i or doc[subj.left_edge.i - 1].text != "," or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") and c.i > teller.i for c in teller.children):
        return words  # not a tag set off after what was said ("…, perhaps he said that to me because …")
    speaker = speaker_of(teller, participants)
    tag = f"{subj.text.lower() if subj.lower_ in _PERSONAL_PRONOUNS else subj.text} {teller.text}"
    room = MAX_CHARS - (len(speaker) + 2 if speaker else len(tag) + 2)
    if len(words) > room:
        words = _tidy(_resolve_subject(trimmed_clause(told, room), told, participants))
    if len(words) > room or len(words.split()) < 2:
        return ""
    if not speaker:
        return f"{words.rstrip(',;:…')}{'…' if words.endswith('…') else ''}, {tag}"
    first = next(iter(told.subtree), told)
    if words[:1].isupper() and first.pos_ != "PROPN" and not first.ent_type_ and first.text != "I" and \
            not words.split()[0][1:].isupper():
        words = words[0].lower() + words[1:]
    return f"{speaker}: {words}"


def _words_before(verb: Token, participants: Participants) -> str:
    """"Speaker: …" for "<what was said>, analysts said." whose parse lost the link between the
    verb and what was said: the words before the comma that sets the speaker off, cut to fit."""
    sent = sentence_of(verb)
    subj = _subject(verb)
    if subj is None or subj.i > verb.i or any(not (t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.dep_ in (
            "npadvmod", "advmod")) for t in verb.doc[verb.i + 1 : sent.end]):
        return ""
    comma = subj.left_edge.i - 1
    if comma <= sent.start or verb.doc[comma].text != ",":
        return ""
    speaker = speaker_of(verb, participants)
    start = header_end(verb)
    words = _tidy(render(list(verb.doc[start:comma])))
    if not speaker or len(words.split()) < 4:
        return ""
    limit = MAX_CHARS - len(speaker) - 2
    if len(words) > limit:
        cut = words[: limit - 1].rsplit(" ", 1)[0].split()
        while len(cut) > 3 and cut[-1].lower().strip(",;:") in _FUNCTION_WORDS:
            cut.pop()
        words = " ".join(cut).rstrip(",;:") + "…"
    first = verb.doc[start]
    if first.pos_ != "PROPN" and words[:1].isupper() and not words.split()[0][1:].isupper() and \
            not re.match(r"I\b", words):  # "I'd try …" keeps its "I"
        words = words[0].lower() + words[1:]
    return f"{speaker}: {words}"


def _following_quote(verb: Token, participants: Participants) -> str:
    """'Ahmad: “Obviously I do not”' for 'he replied: "Obviously I do not, …"': the quotation after
    the colon, with the speaker named, never "Ahmad replied: …" read as a speaker "Ahmad replied"."""
    doc = verb.doc
    sent = sentence_of(verb)
    start = verb.i + 2
    while start < sent.end and doc[start].text in (*_OPEN_QUOTE, "`"):
        start += 1  # "``" split by the tokenizer into two "`"
    if start >= sent.end or doc[verb.i + 1].text != ":" or start == verb.i + 2:
        return ""
    speaker = speaker_of(verb, participants)
    if not speaker:
        return ""
    end = next((t.i for t in doc[start : sent.end] if t.text in _CLOSE_QUOTE or t.text == "'"), sent.end)
    words = _tidy(render(list(doc[start:end])))
    named = speaker.lower() in sent.text.lower()  # "Donaldson: “…”" has the sentence's own order
    if len(words) > MAX_CHARS - len(speaker) - 4 + (30 if named else 0):
        return ""  # a quotation is whole or not quoted
    return f"{speaker}: “{words}”" if len(words.split()) >= 3 else ""


def _speakers_words(verb: Token, inner: Token, speaker: str, participants: Participants) -> str:
    """The whole quote before the reporting verb when it fits, else its clause trimmed."""
    whole = _preceding_quote(verb, participants)
    if whole and not whole.endswith("…”"):
        return whole
    return _own_words(inner, speaker) or whole


def _bare_quote(verb: Token) -> str:
    """"“I never, and would never, take money …”" for '"…," he said' whose speaker is not known:
    the words without a "he said" that names no one."""
    if not _is_statement(verb):
        return ""
    content = _content(verb)
    if content is None or content.i > verb.i or not _in_quote(content):
        return ""
    words = trimmed_clause(content, limit=MAX_CHARS - 2)
    return f"“{_tidy(words)}”" if len(words.split()) >= 2 and _whole(content, words) else ""


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


def _has_verb(text: str, predicate: Token) -> bool:
    """Whether the headline has the predicate as a finite verb (a noun phrase states nothing)."""
    verb = _governors(predicate)[0]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    forms = {verb.lower_, lemma + "s", lemma + "es", lemma[:-1] + "ies", "is", "are", "has", "have"}
    return any(w.lower() in forms for w in re.findall(r"[\w'-]+", text))


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


def doc_headlines(doc: Doc, participants: Participants) -> dict[int, str]:
    """Headlines for every verb and event noun of a doc (for benchmarks and the article view)."""
    return {t.i: headline(t, participants) for t in doc if t.pos_ in ("VERB",) or is_event_noun(t)}
