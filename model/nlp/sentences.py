"""Sentences as a reader sees them: spaCy's sentence, never running across a line break."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.language import Language

from model.text.datelines import find_dateline
from model.text.doc_text import doc_text
from model.text.lexicon import GAP_FREE_NOUNS, MONTH_NAMES, QUOTING_FORMS, WEEKDAY_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_T = TypeVar("_T")


_RUN_IN_CREDIT = re.compile(
    # a byline that names its news service: "By Amir Ahmed , CNN Demonstrators clash …"
    r"\bBy (?:[A-Z][\w.'-]+ ){1,3}?[A-Z][\w.'-]+ ?, (?:Special (?:to|for) )?(?:CNN|AP|AFP|Reuters|BBC News|BBC)"
    r"(?=\s+[A-Z][a-z])"
    r"|\b(?:PHOTO|PHOTOS|FILE PHOTO|PICTURE|IMAGE)\s*:\s*(?:[A-Z][A-Z.&-]+(?:[ /][A-Z][\w.&-]*)*)(?=\s+[A-Z][a-z])"
    r"|\((?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?(?:/[\w .]+)?\)(?=\s+[A-Z][a-z])"
    r"|\bLink to this (?:audio|video)\b(?=\s+\S)"
)
# A photographer's credit between a caption and the next sentence: "… Tahrir Square . Kim Badawi\/Getty
# Images for CNN Protesters pause to pray …", "Sang Tan\/AP Boris Johnson , the mayor , said …".
_CREDIT_BETWEEN = re.compile(
    r"(?:[A-Z][\w.'-]+ ){1,3}?[A-Z][\w.'-]+ ?\\?/ ?(?:Getty Images|AFP|AP|Reuters|EPA|PA|Corbis|Rex Features)"
    r"(?: for [A-Z][\w.]+)?(?=\s+[A-Z])"
)
# The page's own furniture that starts a run-in: "… flu outbreak Link to this audio Fukuda confirmed …".
_RUN_IN_FURNITURE = re.compile(r"(?<=[a-z]) Link to this (?:audio|video)\b")


# A title, standfirst or caption that runs into the body with no full stop (pages flattened to one
# line): "… secondary infection The first planeload of medicines …". A capital "The"/"A"/"An" after
# a lower-case word and before one starts a new sentence; mid-sentence the capital article belongs
# to a name ("the newspaper The Times", "the film The King 's Speech") and a capital follows it.
# A byline's time stamp running into the lead: "By Dan Primack February 2, 2011: 2:24 PM ET One day …".
# A blog post's stamp too: "Susan Lee | 18:00 UK time , Saturday , 25 April 2009 Experts are …".
_RUN_IN_STAMP = re.compile(r"\b\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?\s*(?:ET|EST|EDT|GMT|BST|PT|PST|PDT)\b(?=\s+[A-Z])"
                           r"|\bUK time\s*,\s*[A-Z][a-z]+day\s*,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?=\s+[A-Z])")
_RUN_IN_LEAD = re.compile(r"(?<=[a-z0-9%]) (?:The|A|An) (?=[a-z])")
# Letters and grades that are not articles: "influenza A virus", "got an A in maths".
_NOT_AN_ARTICLE = re.compile(r"\b(?:influenza|type|vitamin|hepatitis|grade|group|class|plan|an?|the)$",
                             re.IGNORECASE)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# A chronology's item header run into the item before it: "… killed 1,600 11 Oct , 1918 : Mona
# Passage …" (see ``model.nlp.events.chronology``): a full date and a colon after a lower-case word.
_RUN_IN_LIST_DATE = re.compile(
    rf"(?<=[a-z0-9%)]) (?=(?:\d{{1,2}} {_MONTH}(?: \d{{1,2}})? ?,? \d{{4}}|{_MONTH} \d{{1,2}} ?,? \d{{4}}) ?:(?! ?\d))"
)
# "He left on 12 May 2001: …" dates the clause before it; "By Jo Reyes March 4, 2011: 3:15 PM" is a byline.
_DATE_PREPOSITIONS = frozenset(["on", "in", "since", "by", "until", "till", "from", "of", "to", "before", "after",
                                "at", "between", "and", "or", "during"])


def run_in_list_dates(text: str) -> list[int]:
    """Where a chronology's item header starts, run into the item before it."""
    out = []
    for match in _RUN_IN_LIST_DATE.finditer(text):
        words = text[max(0, match.start() - 20) : match.start()].split()
        if not words or words[-1].lower() not in _DATE_PREPOSITIONS:
            out.append(match.end())
    return out


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) holding [start, end)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range of the sentence holding [start, end), clipped to its line and trimmed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    text = doc_text(doc)
    lo, hi = line_bounds(text, start, max(start, end - 1))
    if span is not None:
        lo, hi = max(lo, span.sent.start_char), min(hi, span.sent.end_char)
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def sentence_span(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence as a token span (clipped to its line)."""
    lo, hi = sentence_bounds(doc, start, end)
    return doc.char_span(lo, hi, alignment_mode="expand")


_BULLET = re.compile(r"(?:^|\s)(\\?\*|•)\s+(?=[A-Z])")


def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Headlines, datelines, captions and bylines have no final full stop; without this the parser
    runs a headline into the lead sentence and attaches the lead's verbs to the headline's.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    # A caption or title that runs into the body with no full stop ends at its credit:
    # "Xi and Biden at the summit. PHOTO: REUTERS Chinese and American officials …".
    text = doc.text  # built once here: spaCy joins every token's text on each read
    for credit in _RUN_IN_CREDIT.finditer(text):
        after = doc.char_span(credit.end(), len(text), alignment_mode="expand")
        if after is not None and 0 < after.start < len(doc):
            doc[after.start].is_sent_start = True
    for credit in _CREDIT_BETWEEN.finditer(text):
        _start_sentence_at(doc, credit.start(), len(text))
        _start_sentence_at(doc, credit.end() + 1, len(text))
    for furniture in _RUN_IN_FURNITURE.finditer(text):
        _start_sentence_at(doc, furniture.start() + 1, len(text))
    for stamp in _RUN_IN_STAMP.finditer(text):
        _start_sentence_at(doc, stamp.end() + 1, len(text))
    for lead in _RUN_IN_LEAD.finditer(text):
        if lead.group().strip() != "The" and _NOT_AN_ARTICLE.search(text[max(0, lead.start() - 12) : lead.start()]):
            continue
        _start_sentence_at(doc, lead.start() + 1, len(text))
    for header in run_in_list_dates(text):
        _start_sentence_at(doc, header, len(text))
    # Wire summaries: "\* UN agency criticises the cull \* Says the virus is human": a bullet starts
    # a sentence.
    for bullet in _BULLET.finditer(text):
        _start_sentence_at(doc, bullet.start(1), len(text))
    # "WASHINGTON, Nov 12 (Reuters) – U.S. President …": the dateline is not the lead's subject.
    dateline = find_dateline(text)
    if dateline is not None:
        after = doc.char_span(dateline.end, len(text), alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
    return doc


# A run-in found from the tagger's tags, before the parser: a title, caption, standfirst or link that
# runs into the next sentence with no full stop ("… a symbol of revolution Morale among activists was
# declining …", "… trial in September Lawyers from both sides are due in court …", "… to Egypt upheaval
# The National Bank 's headquarters … continued …"). A capitalised word after a lower-case one starts
# a new sentence when it opens a subject whose finite verb follows, with no punctuation or
# conjunction between. Names are not split ("leader Hosni Mubarak said": "Hosni" is no common word;
# "former President Obama": a capital follows), nor titles ("the film The King 's Speech": no verb;
# "the newspaper The Times reported": a naming noun before), nor headline case (the verb is capitalised).
# The tagger calls "Morale" and "Lawyers" names too: a capitalised word counts as a common noun when
# the page also writes it in lower case.
RUN_IN_COMPONENT = "run_in_sentences"
_CONNECTIVES = frozenset(("However", "Meanwhile", "Nevertheless", "Nonetheless", "Moreover", "Furthermore",
                          "Separately"))
_CAPITAL_ARTICLES = frozenset(("The", "A", "An"))
# Quantifiers that open a subject as an article does: "… in several countries Many protesters are young".
_CAPITAL_QUANTIFIERS = frozenset(("Many", "Most", "Some", "Several", "Few", "Thousands", "Hundreds", "Dozens", "Both",
                                  "More", "Another", "One", "Two", "Three", "Each", "Every"))
# Adverbs that open a sentence, before its (inverted) verb or its subject: "… Egypt 's protests So began the
# international crisis", "… the square Then the police fired …".
_CAPITAL_OPENERS = frozenset(("So", "Then", "Thus", "Now", "Later", "Earlier", "Instead"))
_SUBJECT_PRONOUNS = frozenset(("He", "She", "They", "It", "We"))
# Subordinators that open a sentence with their clause; capitalised in mid-sentence only there.
_CAPITAL_SUBORDINATORS = frozenset(("When", "If", "While", "Although", "Though", "Because", "Unless", "Once"))
_OPEN_QUOTES = frozenset(("``", "\u201c"))
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
# Words after which a capitalised word is an object, a name or a title, not a new subject.
_NO_CLAUSE_AFTER = frozenset(("DT", "IN", "TO", "CC", "PRP$", "POS", "WDT", "WP", "WP$", "MD", "EX", "PDT", "HYPH",
                              "RP", "WRB"))
_NAMING = frozenset("""film movie book novel newspaper paper magazine show programme program series song album
    play website site channel station network agency group band company firm party ship vessel daily weekly
    tabloid journal operation campaign movement slogan brand term word title called named dubbed titled
    nicknamed codenamed entitled""".split())  # noqa: SIM905
_MONTHS_AND_DAYS = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
# Between a new subject's first word and its verb: its own noun phrase ("Morale among activists was").
_STOP_BEFORE_VERB = frozenset(("CC", "WDT", "WP", "WP$", "TO", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "NFP"))


def mark_run_ins(doc: Doc) -> Doc:
    """Start a sentence where a tagged doc's title, caption or link runs into the next sentence.

    Runs after the tagger and before the parser (the ``run_in_sentences`` component).
    """
    texts = [t.text for t in doc]
    tags = [t.tag_ for t in doc]
    if not any(tags):
        return doc  # no tagger ran: nothing to read
    lower_words: set[str] | None = None
    for i in range(1, len(doc) - 2):
        word = texts[i]
        if not word[:1].isupper() and word not in _OPEN_QUOTES and word != "`":
            continue
        before = texts[i - 1]
        if doc[i - 1].whitespace_ == "" or "\n" in doc[i - 1].whitespace_ or doc[i].is_sent_start:
            continue
        if lower_words is None:
            lower_words = {w for w in texts if w.islower()}
        if _plural_caption(doc, texts, tags, i, lower_words):
            doc[i].is_sent_start = True  # "… the appeal . Stars George Clooney hosts the telethon"
            continue
        if word in _CONNECTIVES:
            if texts[i + 1] == "," and before.isalpha():
                doc[i].is_sent_start = True  # "… next steps for Egypt However , a leading figure said"
            continue
        if word in ("A", "An") and _NOT_AN_ARTICLE.search(" ".join(texts[max(0, i - 2) : i])):
            continue  # "influenza A virus", "hepatitis A": a letter, not an article
        # "… reports from Mexico A young boy has died …": a caption's place, then the body's article
        # and a lower-case word (a capital after it is a title: "in Newsweek The Times …" is left)
        after_name = word in _CAPITAL_ARTICLES and tags[i - 1] in ("NNP", "NNPS") and before.isalpha() and \
            not before.isupper() and (not texts[i + 1][:1].isupper() and texts[i + 1][:1].isalnum() or (
                # "… shelters in Haiti The DEC appeal has raised …": an acronym, then the body goes on
                len(texts[i + 1]) > 1 and texts[i + 1].isupper() and texts[i + 1].isalpha()
                and i + 2 < len(texts) and texts[i + 2][:1].islower() and texts[i + 2].isalpha()))
        if not ((before[:1].islower() and before.isalpha()) or before in _MONTHS_AND_DAYS or after_name):
            continue
        if word == "There" and texts[i + 1] in _THERE_VERBS and before.isalpha() and before.islower() and \
                tags[i - 1] not in _NO_CLAUSE_AFTER:
            doc[i].is_sent_start = True  # "… and seasonal flu does kill There are now 23 cases …"
            continue
        quote_after_deed = (word in _OPEN_QUOTES or word == "`") and before.lower() not in _SAYING_FORMS
        if (tags[i - 1] in _NO_CLAUSE_AFTER or (tags[i - 1].startswith("VB") and tags[i - 1] != "VBG"
                                                 and not _passive_end(texts, tags, i - 1) and not quote_after_deed)
                or before.lower() in _NAMING or before.lower() in GAP_FREE_NOUNS or word in _MONTHS_AND_DAYS):
            continue  # "telling MPs …", "reported Egypt 's …": an object; "hacked Tuesday": a date
        if lower_words is None:
            lower_words = {w for w in texts if w.islower()}
        if _opens_a_clause(texts, tags, i, lower_words):
            doc[i].is_sent_start = True
            if word == "`" and texts[i + 1] == "`":
                doc[i + 1].is_sent_start = False  # "``" split in two is one opening quote
    keep_brackets_whole(doc, texts)
    keep_said_after_a_quote(doc, texts)
    return doc


def keep_said_after_a_quote(doc: Doc, texts: list[str]) -> Doc:
    """No sentence starts right after a quotation closed on a comma ("… in Mexico , '' Garcia-Lopez
    said in a statement"): the comma says the sentence goes on with its sayer. The parser splits
    there before some names, and the sayer's words then read as a sentence with nothing said."""
    for i in range(2, len(texts)):
        if texts[i - 1] in ("''", "”") and texts[i - 2] == "," and "\n" not in doc[i - 1].whitespace_ \
                and texts[i] not in _OPEN_QUOTES and texts[i] != "`":
            doc[i].is_sent_start = False
    return doc


_OPENERS = frozenset(("(", "[", "-LRB-", "-LSB-"))
_CLOSERS = frozenset((")", "]", "-RRB-", "-RSB-"))
_BRACKET_TOKENS = 60  # an aside, not a bracket left open by a list number ("1 -RRB- …")


def keep_brackets_whole(doc: Doc, texts: list[str] | None = None) -> Doc:
    """No sentence starts inside an aside in brackets in the middle of a sentence, before the parser
    runs.

    The parser splits tokenised pages inside their brackets ("… to phase five -LRB- | it had been at
    phase four since 22 January -RRB- and is now …"): the words after the split then read as a
    sentence of their own, which takes the bracketed date as its time. An aside is in the middle of
    a sentence when it opens after a word and the sentence goes on after it in lower case, on the
    same line; inside it no sentence starts on a lower-case word, a number or a bracket (a capital is
    left to the parser, whose split before "WHO" in "Organisation -LRB- WHO -RRB- raised" the headlines
    rely on). A bracket that opens a sentence is a header or a stamp ("-- (Update 5:28 a.m. Cairo
    …)"), and one that ends it may hold sentences of its own ("… starting now (March to April).").
    """
    texts = texts if texts is not None else [t.text for t in doc]
    opened: list[int] = []
    for i, word in enumerate(texts):
        if "\n" in word:
            opened.clear()  # a bracket never holds a paragraph break
        elif word in _OPENERS:
            opened.append(i)
        elif word in _CLOSERS and opened:
            start = opened.pop()
            before = texts[start - 1] if start > 0 else ""
            after = texts[i + 1] if i + 1 < len(texts) else ""
            if i - start > _BRACKET_TOKENS or not (before[-1:].isalnum() or before == ","):
                continue
            if not (after[:1].islower() or after == ","):
                continue
            for k in range(start + 1, i + 2):
                if not texts[k][:1].isupper():
                    doc[k].is_sent_start = False  # a capital may still start one: "-LRB- | WHO -RRB- raised"
    return doc


def _opens_a_clause(texts: list[str], tags: list[str], i: int, lower_words: Container[str]) -> bool:
    word, tag = texts[i], tags[i]
    first = i
    if word in _OPEN_QUOTES or (word == "`" and texts[i + 1] == "`"):
        # "… by the 1918 pandemic `` We have very little information , '' says …"
        first = i + 2 if word == "`" else i + 1
        if not texts[first][:1].isupper() or texts[first] == "I":
            return False
    elif word in _CAPITAL_OPENERS and i + 1 < len(texts) and texts[i + 1][:1].islower():
        if tags[i + 1] in ("VBD", "VBZ", "VBP"):
            return True  # "So began the crisis": the verb before its subject
        if tags[i + 1] not in ("DT", "PRP"):
            return False
    elif word in _CAPITAL_ARTICLES or word in _SUBJECT_PRONOUNS or word in _CAPITAL_QUANTIFIERS:
        pass
    elif word in _CAPITAL_SUBORDINATORS and texts[i + 1][:1].islower():
        pass  # "… keeps corruption at bay When people take to the streets , …": a new sentence's clause
    elif word in _NAME_TITLES and texts[i + 1][:1].isupper() and tags[i - 1] in ("NN", "NNS"):
        pass  # "… threatened to cancel concerts Dr Murray was bailed …": a caption ran into the body
    elif not word[1:].islower():
        return False  # "MPs", "WHO": an acronym
    elif tag in ("NN", "NNS") or (tag in ("NNP", "NNPS") and _common(word, lower_words)):
        # A word the tagger calls a name is a common noun when the page writes it in lower case too
        # ("Lawyers" … "lawyers"); "Egypt", "Mubarak" and "Tuesday" never are.
        if word.isupper() or texts[i + 1][:1].isupper():
            return False  # an acronym, or a name or title of several capitalised words
    else:
        return False
    if first >= len(texts):
        return False
    # "… for the decision The doctor accused of giving the singer a lethal dose will be …": after an
    # article the subject may be long
    reach = 16 if word in _CAPITAL_ARTICLES else 10
    for j in range(first + 1, min(len(texts), first + reach)):
        if tags[j] in _STOP_BEFORE_VERB or texts[j].lower() == "that":
            return False
        if tags[j] in _FINITE or (tags[j] == "VB" and tags[j - 1] in ("NN", "NNS", "NNP", "NNPS")):
            return texts[j][:1].islower()  # headline case ("Swine Flu Cases Rise") is a title, not a run-in
    return False


# Words of a title before a name: with a plural before them they are one subject ("Armed Forces Chief …").
_TITLE_WORDS = frozenset("""Minister Secretary Chief Commander President Director Chairman Chairwoman Spokesman
    Spokeswoman General Governor Mayor Ambassador Envoy Head Leader Correspondent Editor Reporter Officer
    Commissioner Adviser Advisor Prosecutor Judge Justice Senator Sen Rep Gov Vice Deputy Police Captain
    Coach Manager Inspector Superintendent Constable Sergeant Colonel Major Lieutenant Professor Prof
    Dr Mr Mrs Ms King Queen Prince Princess Lord Lady Sir Dame Pope Bishop Archbishop""".split())  # noqa: SIM905
# What a caption's noun phrase is made of, and what ends the sentence before it.
_CAPTION_WORDS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH"))
_SENTENCE_ENDS = frozenset((".", "!", "?", ":", "|", "--", "-"))
_CLAUSE_ENDS = frozenset((",", ".", ";", ":", "--", "CC", "WDT", "WP", "``", "''", "-LRB-"))


def _plural_caption(doc: Doc, texts: list[str], tags: list[str], i: int, lower_words: Container[str]) -> bool:
    """A caption's plural noun phrase run into a sentence whose subject is one named person: "Stars George
    Clooney hosts the telethon" (the verb agrees with the name, not with "Stars"). The plural phrase opens
    its sentence and has no article ("the reforms Obama wants" is a noun and its relative clause), the name
    is one to four capitalised words, and its verb in the singular is the only finite verb of its clause
    ("Talks Obama hosts on Friday will focus on trade" is one sentence)."""
    before = texts[i - 1]
    plural = tags[i - 1] in ("NNS", "NNPS") or tags[i - 1] == "NNP" and before.endswith("s") and \
        not before.endswith("ss") and _common(before, lower_words)  # "Stars" at the start is tagged a name
    if tags[i] != "NNP" or not plural or not before.isalpha() or before.isupper():
        return False
    j = i
    while j < len(texts) and j - i < 4 and tags[j] == "NNP" and texts[j][:1].isupper():
        if texts[j].rstrip(".") in _TITLE_WORDS:
            return False  # "Foreign Affairs Minister Ahmed Gheit says": one title, one subject
        j += 1
    if j >= len(texts) or tags[j] != "VBZ" or not texts[j].islower():
        return False
    k = i - 1
    while k > 0 and tags[k - 1] in _CAPTION_WORDS and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k > 0 and texts[k - 1] not in _SENTENCE_ENDS and "\n" not in doc[k - 1].whitespace_:
        return False
    for m in range(j + 1, len(texts)):
        if texts[m] in _CLAUSE_ENDS or tags[m] in _CLAUSE_ENDS:
            break
        if tags[m] in _FINITE:
            return False
    return True


def _passive_end(texts: list[str], tags: list[str], k: int) -> bool:
    """"… have been flattened The World Food Programme is …": a passive participle takes no object,
    so a capitalised article after it starts the next sentence."""
    return tags[k] == "VBN" and any(w.lower() in _PASSIVE_AUX for w in texts[max(0, k - 3) : k])


# Verbs a quotation may follow as what was said ("said `` We …"); after any other verb an opening
# quote starts a sentence of its own ("Hospitals have collapsed `` There are …").
_SAYING_FORMS = QUOTING_FORMS
_PASSIVE_AUX = frozenset(("been", "was", "were", "is", "are", "be", "being"))
# What follows an existential "There" that opens a sentence run into the one before.
_THERE_VERBS = frozenset(("is", "are", "was", "were", "have", "has", "had", "will", "may", "might", "could", "would"))
# Titles written before a name and never used as an adjective or a noun of their own ("President").
_NAME_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof"))


def _common(word: str, lower_words: Container[str]) -> bool:
    lower = word.lower()
    return lower in lower_words or lower[:-1] in lower_words or lower + "s" in lower_words


@Language.component(RUN_IN_COMPONENT, requires=["token.tag"], assigns=["token.is_sent_start"])
def run_in_sentences(doc: Doc) -> Doc:
    return mark_run_ins(doc)


def _start_sentence_at(doc: Doc, char: int, length: int) -> None:
    span = doc.char_span(char, min(length, char + 3), alignment_mode="expand")
    if span is not None and 0 < span.start < len(doc):
        doc[span.start].is_sent_start = True


def sentence_of(token: Token) -> Span:
    """``token.sent`` without its cost: spaCy walks the doc's sentences on every call (a headline
    asks thousands of times per article); each token's sentence is found once per doc and kept
    (outside ``user_data``, so worker processes do not ship it)."""
    doc = token.doc
    starts, ends = _sentence_index(doc)
    return doc[starts[token.i] : ends[token.i]]


def sentence_start(token: Token) -> int:
    """``sentence_of(token).start`` without making the span."""
    starts, _ends = _sentence_index(token.doc)
    return starts[token.i]


def same_sentence(a: Token, b: Token) -> bool:
    starts, _ends = _sentence_index(a.doc)
    return bool(starts[a.i] == starts[b.i])


_INDEX: dict[int, tuple[object, list[int], list[int]]] = {}


def _sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    cached = _INDEX.get(id(doc))
    if cached is not None and cached[0] is doc and len(cached[1]) == len(doc):
        return cached[1], cached[2]
    starts: list[int] = []
    ends: list[int] = [0] * len(doc)
    for sent in doc.sents:
        starts.extend([sent.start] * (sent.end - sent.start))
        ends[sent.start : sent.end] = [sent.end] * (sent.end - sent.start)
    if len(_INDEX) >= 8:  # docs are headlined one after another: keep a few, never a corpus
        _INDEX.clear()
    _INDEX[id(doc)] = (doc, starts, ends)
    return starts, ends


_SCRATCH: dict[int, tuple[object, int, dict[str, Any]]] = {}


def doc_scratch(doc: Doc) -> dict[str, Any]:
    """A dict for values derived from one parsed doc (its tokens' texts, a sentence's header), kept
    while the doc's events are built: headlines ask the same questions of the same tokens thousands
    of times per article. Outside ``user_data``, so worker processes do not ship it; like the
    sentence index, only the last few docs are kept."""
    cached = _SCRATCH.get(id(doc))
    if cached is not None and cached[0] is doc and cached[1] == len(doc):
        return cached[2]
    if len(_SCRATCH) >= 8:
        _SCRATCH.clear()
    scratch: dict[str, Any] = {}
    _SCRATCH[id(doc)] = (doc, len(doc), scratch)
    return scratch


def per_token(func: Callable[[Token], _T]) -> Callable[[Token], _T]:
    """``func`` of one token, worked out once per doc and token (kept in ``doc_scratch``): for pure
    questions of the parse that the rules ask of the same tokens many times per article. The answer
    is shared, so ``func`` must return a value nobody changes (a token, a string, a tuple, None)."""
    key = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def cached(token: Token) -> _T:
        known = doc_scratch(token.doc).setdefault(key, {})
        i = token.i
        if i in known:
            return known[i]  # type: ignore[no-any-return]
        out = known[i] = func(token)
        return out

    return cached


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, by index (``doc[i].text`` makes a Token object on each call)."""
    scratch = doc_scratch(doc)
    texts = scratch.get("texts")
    if texts is None:
        texts = scratch["texts"] = [t.text for t in doc]
    return texts  # type: ignore[no-any-return]
