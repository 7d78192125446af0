"""Statements and quotations: who said it, and their words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from model.nlp.events.headlines.form import headline_fault
from model.nlp.events.headlines.phrases import _appositive_conj, _Ctx, _np, _resolve_subject
from model.nlp.events.headlines.render import _tidy, header_end, render
from model.nlp.events.headlines.syntax import (
    _aux,
    _children,
    _content,
    _in_quote,
    _is_dateline,
    _is_statement,
    _negation,
    _quoted,
    _subject,
)
from model.nlp.events.headlines.trimming import trimmed_clause
from model.nlp.events.headlines.words import (
    _CONDITIONS,
    _FIRST_PERSON,
    _FUNCTION_WORDS,
    _PERSONAL_PRONOUNS,
    _SPEECH_NOUNS,
    _WORD,
    MAX_CHARS,
    STATEMENT_VERBS,
)
from model.nlp.sentences import same_sentence, sentence_of

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
    return f"{speaker}: {words}"


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


def _first_person_quote(verb: Token, participants: Participants) -> str:
    """'Sullivan: "We need these lines of communication"': the speaker's own words, trimmed."""
    speaker = _quote_speaker(verb, participants)
    if not speaker:
        # the words in their quotation marks, never an "I" or "we" that reads as the headline's own
        words = _tidy(trimmed_clause(verb, limit=MAX_CHARS - 2))
        return f"“{words}”" if len(words.split()) >= 3 else ""
    words = trimmed_clause(verb, limit=MAX_CHARS - len(speaker) - 4)
    return f"{speaker}: “{words}”" if words and _whole(verb, words) else ""


def _with_antecedent(verb: Token) -> str:
    """"the banks it is trying to sell": a relative clause in the source's words needs the noun it
    describes, never a headline that opens "That will show …" or "Which …"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    noun = verb.head
    text = _tidy(render({noun, *(t for c in noun.lefts for t in c.subtree), *verb.subtree}))
    return text if len(text) <= MAX_CHARS + 30 else ""


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
