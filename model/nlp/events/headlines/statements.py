"""Statements and quotations: who said it, and their words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.headlines.form import headline_fault
from model.nlp.events.headlines.phrases import _appositive_conj, _Ctx, _np, _resolve_subject
from model.nlp.events.headlines.render import _QUOTES, _tidy, header_end, render
from model.nlp.events.headlines.syntax import (
    _aux,
    _children,
    _content,
    _in_quote,
    _is_dateline,
    _is_statement,
    _negation,
    _parenthetical,
    _quoted,
    _subject,
)
from model.nlp.events.headlines.trimming import _LONGEST, _qualifiers, _spine, trimmed_clause
from model.nlp.events.headlines.words import (
    _CONDITIONS,
    _FIRST_PERSON,
    _FUNCTION_WORDS,
    _PERSONAL_PRONOUNS,
    _SPEECH_NOUNS,
    _WORD,
    MAX_CHARS,
    OVERRUN,
    STATEMENT_VERBS,
    present,
)
from model.nlp.sentences import same_sentence, sentence_of, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Token

    from model.nlp.events.participants import Participants

_GENERIC_SPEAKERS = {"person": "Source", "people": "Sources", "source": "Source", "sources": "Sources"}


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
    return _in_order_or_tagged(f"{speaker}: {words}", words, content)


def _in_sentence_order(text: str, token: Token) -> bool:
    """Whether the words of ``text`` are the sentence's own, in its order (the first may be a name
    put for a pronoun): a headline past ``MAX_CHARS`` must be the source's words as they stand."""
    def plain(words: str) -> list[str]:  # "do n't" in tokenised text, "don't" in a headline
        return _WORD.findall(re.sub(r"\s*n['’]t\b", " not", words.lower()))

    sentence = plain(sentence_of(token).text)
    words = plain(text)

    def follows(wanted: list[str]) -> bool:
        i = 0
        for w in sentence:
            if i < len(wanted) and w == wanted[i]:
                i += 1
        return i == len(wanted)

    return follows(words) or follows(words[1:])


def _tag(content: Token) -> str:
    """"the minister told parliament" of a clause told before its reporting verb; "" when it is not."""
    teller = content.head
    if content.dep_ not in ("ccomp", "parataxis") or teller.i < content.i or teller.lemma_.lower() not in STATEMENT_VERBS:
        return ""
    subj = _subject(teller)
    if subj is None:
        return ""
    words = _tidy(render({*subj.subtree, teller, *(c for c in teller.children if c.dep_ in ("dobj", "dative"))}))
    first = min(subj.left_edge.i, teller.i)
    return words[:1].lower() + words[1:] if content.doc[first].pos_ != "PROPN" else words


def _in_order_or_tagged(text: str, words: str, content: Token) -> str:
    """``text`` ("Speaker: …") when short or in the sentence's order; past ``MAX_CHARS`` otherwise the
    words with their tag as the sentence has them ("…, the minister told parliament"), else nothing."""
    if len(text) <= MAX_CHARS or _in_sentence_order(text, content):
        return text
    tag = _tag(content)
    if tag.split(" ", 1)[0].lower() in _PERSONAL_PRONOUNS and len(text) <= _LONGEST:
        return text  # '“…,” he said' names no one: the speaker the article gives, out of the sentence's order
    tagged = f"{words}, {tag}" if tag else ""
    return tagged if tagged and len(tagged) <= _LONGEST and _in_sentence_order(tagged, content) else ""


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


def _own_words(verb: Token, speaker: str, participants: Participants | None = None) -> str:
    """'Speaker: "…"' for a quoted clause whose speaker is known, else nothing. The quotation is a
    whole clause of the original ("I went into homes on the street where whole families were sick"),
    never cut inside a phrase; when none fits, the clause unquoted in the reporter's words."""
    if not speaker or not _in_quote(verb):
        return ""
    sent = sentence_of(verb)
    sent_text = sent.text
    quote = sent_text[: max(sent_text.rfind("''"), sent_text.rfind("”"), 0)]
    opened = max(quote.rfind("``", 0, verb.idx - sent.start_char), quote.rfind("“", 0, verb.idx - sent.start_char))
    quote = quote[opened:] if opened >= 0 else quote  # "Savage said: “We are …”": the words quoted only
    if speaker.lower() in quote.lower():
        return ""  # "… when it comes to Yele," he said: a name inside the quote is not its speaker
    words = _quoted_clause(verb, MAX_CHARS - len(speaker) - 4)
    if words:
        return f"{speaker}: “{words}”"
    return _unquoted(verb, speaker, participants)


def _unquoted(verb: Token, speaker: str, participants: Participants | None) -> str:
    """A quoted clause too long to quote whole, in the reporter's words: "I went into homes …" as
    "Nurse went into homes …" (third person), or the speaker's clause with no first person in it
    as "Speaker: …"; else the quotation whole a little past the limit, else nothing."""
    third = _third_person(verb, speaker)
    if third:
        return third
    if participants is not None and not _first_person_in(verb):
        words = _reported_words(verb, speaker, participants)
        if words and not words.endswith("…"):
            return words
    words = _quoted_clause(verb, MAX_CHARS + _QUOTE_SLACK - len(speaker) - 4)
    return _in_order_or_tagged(f"{speaker}: “{words}”", f"“{words}”", verb) if words else ""


# How far past ``MAX_CHARS`` a whole quotation may run when it cannot be said any other way.
_QUOTE_SLACK = 120 - MAX_CHARS  # a whole quotation stops at 120 characters


# A first-person verb and its third-person form: "I am" -> "Nurse is", "I have" -> "Nurse has".
_THIRD_PERSON = {"am": "is", "'m": "is", "have": "has", "'ve": "has", "do": "does"}


def _first_person_in(verb: Token) -> bool:
    return any(t.lower_ in _FIRST_PERSON for t in verb.subtree if same_sentence(t, verb))


def _third_person(verb: Token, speaker: str) -> str:
    """"Nurse went into homes on the street where whole families were sick" for a quoted "I went
    into …": the speaker for the "I", with the verb agreeing; nothing when more of the first or
    second person is left ("my", "we", "you"), which only the quotation can say."""
    subj = _subject(verb)
    if not speaker or subj is None or subj.lower_ != "i" or subj.head != verb:
        return ""
    words = _tidy(trimmed_clause(verb, MAX_CHARS - len(speaker) + 1))
    first, _, rest = words.partition(" ")
    if first != "I" or not rest or words.endswith("…"):
        return ""
    if any(w.lower() in _FIRST_PERSON for w in _WORD.findall(rest)):
        return ""
    after, _, tail = rest.partition(" ")
    token = next((t for t in verb.subtree if t.text == after), None)
    if after.lower() in _THIRD_PERSON:
        after = _THIRD_PERSON[after.lower()]
    elif token is not None and token.tag_ == "VBP":
        after = present(token.lemma_.lower(), False)
    text = " ".join(w for w in (speaker, after, tail) if w)
    return "" if headline_fault(text) else text


def _quote_span(verb: Token) -> tuple[int, int]:
    """The tokens [start, end) of the quotation ``verb`` stands in: from its opening mark (or the
    sentence's start, for a quotation begun before) to its closing mark (or the sentence's end)."""
    sent = sentence_of(verb)
    texts = token_texts(verb.doc)
    start = sent.start
    for i in range(verb.i - 1, sent.start - 1, -1):
        if texts[i] in ("``", "“") or texts[i] == '"' and verb.doc[sent.start : i].text.count('"') % 2 == 0:
            start = i + 1
            break
    end = next((i for i in range(verb.i + 1, sent.end) if texts[i] in ("''", "”", '"')), sent.end)
    return start, end


def _quoted_clause(verb: Token, room: int) -> str:
    """The clause of a quoted ``verb`` as a quotation may show it: the speaker's words as they stand,
    all of the clause, or the clause less whole trailing adverbial and coordinated clauses ("…, but
    it does not show any sign of doing that"), never cut inside or after a phrase ("a rapid increase" of
    "a rapid increase in the number of cases"); "" when that does not fit ``room`` or when the
    clause runs out of the quotation marks ("“We can identify a similar pattern” to the crackdown")."""
    start, end = _quote_span(verb)
    clause = {t for t in verb.subtree if same_sentence(t, verb)}
    for child in verb.children:
        if child.dep_ == "parataxis" or child.dep_ == "ccomp" and _parenthetical(child) or \
                child.dep_ in ("cc", "mark") and child.i < verb.i and child.i == min(t.i for t in clause):
            clause -= set(child.subtree)  # '…," he said', a leading "And"
    if any(not (start <= t.i < end) and not t.is_punct and not t.is_space and t.text not in _QUOTES for t in clause):
        return ""
    tokens = {t for t in clause if (not t.is_punct or start <= t.i < end) and not t.is_space
              and not (t.text in _QUOTES and not _apostrophe(t))}
    _strip_quote_tail(tokens)  # "I was at the site … and" with the next clause hung elsewhere
    if not tokens:
        return ""
    protected = _spine(verb) | _qualifiers(verb, _spine(verb), tokens)
    words = _tidy(render(tokens))
    while len(words) > room:
        first = min(t.i for t in tokens)
        last = max(t.i for t in tokens if not t.is_punct)
        # a clause boundary at either end: a coordinated or adverbial clause that ends the quotation
        # ("… until the cases are solved and justice is done"), or an opening phrase set off by a
        # comma ("No matter how long it takes, we will …")
        edges = [t for t in tokens if t not in protected and t.head in tokens and t.head.i != t.i and (
            t.right_edge.i >= last and (t.dep_ == "advcl" and not any(
                m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in t.children)
                or t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
            or t.head == verb and t.i < verb.i and t.left_edge.i == first and t.dep_ in _OPENING_ADJUNCTS
            and t.right_edge.i + 1 < verb.i and verb.doc[t.right_edge.i + 1].text == ",")]
        if not edges:
            return ""
        cut = max(edges, key=lambda t: (t.i < verb.i, t.i))  # an opening phrase first, then the last clause
        while cut.head in edges and cut.head.tag_ in ("VBG", "VBN") and cut.head.i > verb.i:
            cut = cut.head  # "resulting in me catching it": the participle goes whole, never "resulting in me"
        tokens -= set(cut.subtree)
        if cut.dep_ == "conj":
            tokens -= {c for c in cut.head.children if c.dep_ in ("cc", "preconj") and c.i < cut.i}
        if cut.i < verb.i:
            while tokens and min(tokens, key=lambda t: t.i).is_punct:
                tokens.discard(min(tokens, key=lambda t: t.i))
        _strip_quote_tail(tokens)
        words = _tidy(render(tokens))
    kept = sorted(t.i for t in tokens if not t.is_punct and t.text not in _QUOTES)
    if not kept or len(kept) != len([t for t in verb.doc[kept[0] : kept[-1] + 1]
                                     if not t.is_punct and t.text not in _QUOTES]):
        return ""  # a gap inside: not the speaker's words as they stand
    lead = verb.doc[kept[0]]
    if len(words.split()) < 2 or headline_fault(f"“{words}”") or _begun_before(lead):
        return ""
    if lead.text[:1].islower() and words.startswith(lead.text[:1].upper()):
        words = lead.text[:1] + words[1:]  # "we will pursue terrorists …": the words as the speaker's, mid-sentence
    return words


# What may open a quoted clause and go with the comma after it: "No matter how long it takes, …".
_OPENING_ADJUNCTS = frozenset(("advcl", "advmod", "npadvmod", "prep"))


def _apostrophe(token: Token) -> bool:
    """A quotation mark that is an apostrophe: the "’" of "I’m", "I 'm" split off by the tokenizer."""
    doc = token.doc
    return token.text in ("'", "’") and not token.whitespace_ and token.i + 1 < len(doc) and \
        doc[token.i + 1].text[:1].isalpha()


def _begun_before(lead: Token) -> bool:
    """Whether a quotation's first word continues a clause begun before it: '“of the people of Iran
    has reached Egypt”' is no clause of anyone's."""
    return lead.pos_ in ("ADP", "CCONJ") and lead.text.islower()


def _strip_quote_tail(tokens: set[Token]) -> None:
    """No "and", "but" or comma left at the end of a quoted clause ("!" and "?" are its words)."""
    while tokens:
        tail = max(tokens, key=lambda t: t.i)
        if not (tail.is_punct and tail.text not in ("!", "?") or tail.dep_ == "cc"):
            break
        tokens.discard(tail)


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


def _first_person_quote(verb: Token, participants: Participants) -> str:
    """'Sullivan: "We need these lines of communication"': the speaker's own words, a whole clause."""
    speaker = _quote_speaker(verb, participants)
    if not speaker:
        # the words in their quotation marks, never an "I" or "we" that reads as the headline's own
        words = _quoted_clause(verb, MAX_CHARS - 2) or _quoted_clause(verb, MAX_CHARS + _QUOTE_SLACK - 2)
        return f"“{words}”" if len(words.split()) >= 3 else ""
    words = _quoted_clause(verb, MAX_CHARS - len(speaker) - 4)
    return f"{speaker}: “{words}”" if words else _unquoted(verb, speaker, participants)


def _with_antecedent(verb: Token) -> str:
    """"the banks it is trying to sell": a relative clause in the source's words needs the noun it
    describes, never a headline that opens "That will show …" or "Which …"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    noun = verb.head
    text = _tidy(render({noun, *(t for c in noun.lefts for t in c.subtree), *verb.subtree}))
    return text if len(text) <= MAX_CHARS + OVERRUN else ""


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
    if len(words.split()) < 3 or start < close.i and _begun_before(verb.doc[start]):
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
    told_by = _subject(told)
    if told.lemma_.lower() in STATEMENT_VERBS and (told_by is None or told_by.pos_ == "PRON" or told_by.pos_ == "PROPN"
                                                   or speaker_of(told, participants) == speaker_of(teller, participants)):
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
    # a clause that cannot lose more runs longer (never cut "…"), but only with its speaker named
    if len(words) > (room if not speaker or words.endswith("…") else _LONGEST - len(speaker) - 2) or \
            len(words.split()) < 2:
        return ""
    if not speaker or len(words) > room:
        # past the limit, the sentence's own order: "…, the first law enforcement official said"
        tag = _tag(told) or tag if speaker else tag
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
    if len(words) > MAX_CHARS - len(speaker) - 4 + (OVERRUN if named else 0):
        return ""  # a quotation is whole or not quoted
    return f"{speaker}: “{words}”" if len(words.split()) >= 3 else ""


def _speakers_words(verb: Token, inner: Token, speaker: str, participants: Participants) -> str:
    """The whole quote before the reporting verb when it fits, else its clause trimmed."""
    whole = _preceding_quote(verb, participants)
    if whole and not whole.endswith("…”"):
        return whole
    return _own_words(inner, speaker, participants) or whole


def _bare_quote(verb: Token) -> str:
    """"“I never, and would never, take money …”" for '"…," he said' whose speaker is not known:
    the words without a "he said" that names no one, a whole clause."""
    if not _is_statement(verb):
        return ""
    content = _content(verb)
    if content is None or content.i > verb.i or not _in_quote(content):
        return ""
    words = _quoted_clause(content, MAX_CHARS - 2)
    return f"“{words}”" if len(words.split()) >= 2 else ""
