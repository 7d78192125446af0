"""Events from a tagged doc: one per happening a dated expression modifies, plus undated ones.

For each calendar TIMEX3 the predicate it attaches to (dependency parse) is the happening; its
participants, headline, modality and confidence come from the modules named below. A sentence
that tells a happening with no date of its own takes the scene the story is telling when it
goes on telling it (``date_source="scene"``), else only its relation to the document date
(PAST_REF/PRESENT_REF, granularity "relative", ``date_source="document"``): never the
publication day. States, opinions, boilerplate, captions, bylines and price rows give no events;
contract months, comparison years and resolution numbers are not a happening's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from model.core.documents import Article, TextSpan
from model.core.events import Event, EventDate
from model.nlp.events.chronology import header_of, list_headers
from model.nlp.events.classes import STATIVE_VERBS, event_class_of
from model.nlp.events.entity_events import assign_entities
from model.nlp.events.entries import is_entry
from model.nlp.events.headlines import as_planned, headline, self_claim
from model.nlp.events.modality import is_negated, modality_of
from model.nlp.events.participants import Participants, find_participants
from model.nlp.events.predicates import is_event_noun, predicate_of
from model.nlp.events.quoted_time import quote_context, quoted_date
from model.nlp.sentences import sentence_bounds, sentence_of
from model.text.boilerplate import boilerplate_regions, in_regions
from model.text.datelines import find_date_lines, find_dateline
from model.text.doc_text import doc_text
from model.text.lexicon import (
    FAIL_VERBS,
    NEGATIVE_ADVERBS,
    NEGATIVE_SUBJECTS,
    PLAN_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_OCCASIONS,
    all_forms,
)
from model.timex.redating import is_live_blog
from model.timex.values import relative_interval, value_to_interval

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from model.timex.expression import Timex

_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5,
                     "decade": 6, "century": 7}
_ANAPHORIC_START = ("in the", "during the", "at the", "the ", "it ", "they ", "both ")
# Undated sentences anchored to the DCT: only clauses that tell a happening (past tense, reports).
_UNDATED_TAGS = frozenset(("VBD", "VBN"))
_PRESENT_TAGS = frozenset(("VBZ", "VBP"))  # a state at the document date: "the phone has two cameras"
_STORY_WINDOW = timedelta(days=14)
# How far a page's date may lag the day its text was written: a live blog dated Friday runs on into
# Saturday.
_PAGE_LAG = timedelta(days=1)
_SCENE_SENTENCES = 8  # a scene goes on for a few paragraphs, not to the end of a long article
# Words that take a sentence out of the story's scene: background, not the scene's happening.
_BACKGROUND = frozenset(("former", "previously", "earlier", "long", "ago", "once", "formerly", "originally",
                         "since", "already", "ever", "before", "recently", "predecessor", "predecessors"))
_ANAPHORS = frozenset(("he", "she", "they", "it", "we", "his", "her", "their", "its", "this", "that", "these",
                       "the", "both", "also"))
# Sentences after a dated happening that may still be telling it: speeches and the occasions held for them.
_SPEECH_NOUNS = SPEECH_NOUNS | SPEECH_OCCASIONS
UNDATED_CONFIDENCE = 0.3
# Written accounts: their date is when they were written, never the day of what they tell.
_DOCUMENTS = frozenset(("report", "dispatch", "letter", "memo", "study", "paper", "bulletin", "survey",
                        "document", "filing", "release", "article", "column", "diary", "transcript"))
_WRITERS_DAY = re.compile(r"(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|"
                          r"(?:yesterday|last)\s+(?:morning|afternoon|evening|night))(?:\s*'s)?", re.IGNORECASE)
# Words a headline shows a negated happening with ("not", "failed", "no one", "denies").
_NEGATION_WORDS = (NEGATIVE_ADVERBS | NEGATIVE_SUBJECTS | FAIL_VERBS | all_forms(FAIL_VERBS - {"unable"} | {"deny"})
                   | frozenset(("yet", "without", "cannot", "prevented", "nor")))


@dataclass(frozen=True)
class _Candidate:
    timex: Timex
    interval: EventDate
    predicate: Token
    sentence: tuple[int, int]
    source: str = "timex"  # "governor" when the expression sits in a clause that governs it


@dataclass
class Happenings:
    """What one article tells: its timeline entries, and the happenings a reader would not put on
    the timeline (a dated opinion, state or hypothetical) with the time the text gives them, which
    the exports still tie event mentions to (``Article.time_anchors``). No headline for those."""

    entries: list[Event]
    anchors: list[Event]


def extract_events(doc: Doc, article: Article, *, undated: bool = True) -> list[Event]:
    """Every event of one article, in text order."""
    return extract_happenings(doc, article, undated=undated).entries


def extract_happenings(doc: Doc, article: Article, *, undated: bool = True) -> Happenings:
    """The entries of one article and the other happenings' times, each in text order.

    Which sentences are entries, and their dates, do not depend on the others: a non-entry is
    never the story's scene for a later sentence.
    """
    text = doc_text(doc)  # spaCy rebuilds ``Doc.text`` from every token on each read
    regions = boilerplate_regions(text)
    dateline = find_dateline(text)
    skip_tokens: set[int] = set()
    if dateline is not None:
        span = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
        skip_tokens = set(range(span.start, span.end)) if span is not None else set()
    participants = find_participants(doc)
    for i in skip_tokens:  # "WASHINGTON … (Reuters)" is where the news was filed, not who acted
        participants.by_token.pop(i, None)
    dct_interval = value_to_interval(article.dct.value) if article.dct.value else None
    lag = _PAGE_LAG if _live_blog(doc) else timedelta(0)  # a live blog's posts run past its date

    # The page's own date lines ("WASHINGTON | Tue Apr 28 , 2009 6:32 pm EDT") say when it was
    # published, not when anything happened: no event is dated by them.
    stamps = [(line.start, line.end) for line in find_date_lines(text)]
    candidates = _dated_candidates(
        doc, regions, dateline.date.start if dateline and dateline.date else None, dct_interval, stamps
    )
    events: list[Event] = []
    anchors: list[Event] = []  # not entries, but the text dates them: the exports still use the time
    used_sentences: set[tuple[int, int]] = set()
    narrative: list[tuple[int, Event]] = []  # dated past happenings a story may go on telling
    talks: set[str] = set()  # of those, the ones that are speech: a press conference, an announcement
    doers: dict[str, set[str]] = {}  # of those, the naming words of who did them
    dated_predicates = {cand.predicate.i for cand in candidates}
    for cand in candidates:
        used_sentences.add(cand.sentence)
        if _run_into_stamp(cand.predicate.idx, cand.sentence, stamps) or _describes_a_broadcast(cand.predicate):
            continue  # the page head run into its date line; a programme guide's week, not the text's time
        if not is_entry(cand.predicate, text[cand.sentence[0] : cand.sentence[1]]):
            # Page furniture, a question, an opinion: no entry, but its time is still the text's.
            anchors.append(_event(doc, article, cand.timex, cand.interval, cand.predicate, cand.sentence,
                                  participants, dct_interval, len(anchors), date_source=cand.source, entry=False))
            continue
        event = _event(doc, article, cand.timex, cand.interval, cand.predicate, cand.sentence,
                       participants, dct_interval, len(events), date_source=cand.source)
        events.append(event)
        past = cand.predicate.tag_ in ("VBD", "VBN") or cand.predicate.pos_ in ("NOUN", "PROPN")
        # The story's own time: a day-level happening of the last couple of weeks; explicitly
        # dated flashbacks ("In April, …") do not carry over to the sentences after them.
        # A happening told in a relative clause is background about a noun ("The crew member, who
        # flew out on 20 April, …"): the story does not go on telling it.
        if (past and event.modality in ("happened", "reported") and dct_interval is not None
                and _recent(event.date, dct_interval, lag) and not _in_relative_clause(cand.predicate)
                and not _as_before(cand.predicate)):
            narrative.append((event.sentence.start, event))
            doers[event.id] = (_doer_words(cand.predicate, participants) if cand.predicate.pos_ in ("VERB", "AUX")
                               else {w for n in event.participants for w in n.split() if _naming_word(w)})
            if _is_communication(cand.predicate):
                talks.add(event.id)
    if undated and dct_interval is not None:
        # Narrative time: a past-tense sentence with no date of its own may go on telling the
        # dated happening just before it ("Yesterday Jobs unveiled … He also showed …").
        dated = sorted(narrative, key=lambda item: item[0])
        headers = list_headers(text, list(doc._.timexes or []))
        sentence_no = 0
        last: tuple[int, Event] | None = None
        title_start = _first_line_start(text)
        carried: list[Event] = []
        position: dict[str, int] = {}  # scene happening -> its sentence number
        # Sentences that go back before the story's days ("Iran's protests last year were fueled by
        # Twitter"): what follows them may tell that earlier time, so the scene before them ends.
        # A date inside what someone said in the scene ("Jobs said Apple sold 50 million phones last
        # year") does not move the story.
        # So do past happenings dated after the page's own day: a reader's comment stamped weeks later
        # ("At 13:54 5th May 2009, jo wrote: …") tells another time than the story's.
        flashbacks = sorted(c.sentence[0] for c in candidates
                            if c.interval.granularity != "relative" and c.interval.end < dct_interval.start - _STORY_WINDOW
                            and c.predicate.pos_ in ("VERB", "AUX") and not _in_what_was_said(c.predicate)
                            or c.interval.start > dct_interval.end + lag and c.predicate.tag_ == "VBD")
        for sent in doc.sents:
            sentence_no += 1
            bounds = sentence_bounds(doc, sent.start_char, max(sent.start_char + 1, sent.end_char))
            # The scene is told before this sentence: a saying is not dated by the time of what it
            # says ("He said the star had a pulse when the doctor found him on Thursday").
            earlier = last
            while dated and dated[0][0] <= bounds[0]:
                last = (sentence_no, dated.pop(0)[1])
                position[last[1].id] = sentence_no
            if bounds[1] - bounds[0] < 20:
                continue
            if in_regions(bounds[0], bounds[1], regions) or any(t.i in skip_tokens for t in sent[:1]):
                continue
            found = _main_verb(sent)
            if found is None:
                continue
            pred, tense = found
            if bounds in used_sentences and not _undated_report(pred, dated_predicates):
                continue
            if _run_into_stamp(pred.idx, bounds, stamps) or _describes_a_broadcast(pred):
                continue
            # A sentence that is no entry still gets the time it would have: its mentions take it.
            entry = is_entry(pred, text[bounds[0] : bounds[1]])
            kept = events if entry else anchors
            kind = _undated_kind(pred, tense, sent, title=bounds[0] == title_start)
            if kind is None:
                continue
            reporting = pred.lemma_ in REPORTING_VERBS
            item = header_of(headers, bounds[0]) if kind == "past" else None
            if item is not None:
                # An item of a dated list: "8 Feb 1843: Leeward Islands. At least 5,000 people died …"
                listed = value_to_interval(item.timex.value)
                if listed is not None:
                    kept.append(_event(doc, article, item.timex, listed, pred, bounds, participants,
                                       dct_interval, len(kept), date_source="governor", entry=entry))
                    continue
            scene = None
            cut = max((f for f in flashbacks if f < bounds[0]), default=-1)
            if kind == "past" and tense == "VBD" and earlier is not None:
                told = sorted([e for _, e in narrative if e.sentence.start < bounds[0]] + carried,
                              key=lambda e: e.sentence.start)
                told = [e for e in told if sentence_no - position.get(e.id, sentence_no) <= _SCENE_SENTENCES]
                scene = _scene_of(sent, earlier, told, participants, reporting=reporting, talks=talks,
                                  distance=sentence_no - earlier[0], doers=doers,
                                  after_flashback=earlier[1].sentence.start < cut)
            if scene is not None:
                # The story stays at a dated happening while it goes on telling it.
                interval, source = scene.date, "scene"
            elif bounds in used_sentences and kind == "past":
                continue  # "…, officials said": a report with no time of its own adds no entry
            else:
                ref = "PAST_REF" if kind == "past" else "PRESENT_REF"
                interval, source = relative_interval(ref, dct_interval), "document"  # type: ignore[assignment]
            event = _event(doc, article, None, interval, pred, bounds, participants, dct_interval, len(kept),
                           date_source=source, entry=entry)
            if event.modality == "happened" and _quoted(sent):
                event.modality = "reported"  # a claim in someone's words
            if not entry:
                anchors.append(event)  # never a scene: the entries stay as they are without it
                continue
            if source == "scene":
                carried.append(event)  # its doers act in the scene too ("Jobs unveiled … He stated …")
                position[event.id] = sentence_no
                doers[event.id] = _doer_words(pred, participants)
                if _is_communication(pred):
                    talks.add(event.id)
            events.append(event)
    events.sort(key=lambda e: (e.sentence.start, e.trigger.start))
    for n, event in enumerate(events, start=1):
        event.id = f"{article.id}-e{n}"
    assign_entities(doc, events, participants)  # who takes part in each: what a participant lane holds
    anchors.sort(key=lambda e: (e.sentence.start, e.trigger.start))
    for event in anchors:
        event.id = ""  # no entry, no id
    return Happenings(events, anchors)


def _dated_candidates(
    doc: Doc, regions: list, dateline_at: int | None, dct: EventDate | None,
    stamps: list[tuple[int, int]] | None = None,
) -> list[_Candidate]:
    """One candidate per predicate: the most specific calendar date attached to it."""
    best: dict[int, _Candidate] = {}
    text = doc_text(doc)
    timexes = join_time_and_day(text, join_split_years(text, list(doc._.timexes or [])))
    quotes = quote_context(text, timexes)
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.start == dateline_at or "\n" in timex.text:
            continue
        if any(a <= timex.start < b for a, b in stamps or ()):
            continue
        if timex.unanchored:
            continue  # "graduated three years later" after no dated happening: later than what is unknown
        interval = value_to_interval(timex.value)
        if interval is None and timex.value.startswith("XXXX") and dct is not None and dct.granularity != "day":
            # "met on Tuesday" in an article dated only to a month: that month is all one can say.
            interval = dct
        if interval is None or in_regions(timex.start, timex.end, regions):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        if _story_weekday(text, timex) and span.root.dep_ not in ("compound", "nmod", "amod"):
            continue  # "the Friday explosions" names its day like "Friday's explosions"; "on the Friday" does not
        sentence = sentence_bounds(doc, timex.start, timex.end)
        if not_a_happenings_date(text, timex.start, timex.end, timex.value, text[sentence[0] : sentence[1]]):
            continue
        interval = quoted_date(doc, quotes, timex, interval, dct)  # a quoted "today" is its speaker's
        if interval is None:
            continue
        header = (_HEADER_COLON.match(text, timex.end) and re.fullmatch(r"\d{4}", timex.text.strip())
                  and timex.start > sentence[0])
        predicate = predicate_of(span)
        if header:
            # "… badly affected 1957 : Asian flu killed two million": a list header run into the item
            # before it dates the item after it.
            after = next((t for t in span.doc[span.end : sentence_of(span[0]).end] if t.pos_ == "VERB"), None)
            if after is None:
                continue
            predicate = after
        if span.start <= predicate.i < span.end:
            continue  # a date on its own ("October 6, 2011" under a headline) tells no happening
        if not sentence[0] <= predicate.idx < sentence[1]:
            predicate = span.root
        own_part = _in_own_part(span, predicate)
        if own_part is None or _end_bound(span, own_part):
            continue
        predicate = own_part
        if _compared_since(span) or _compared_with(span, predicate) or _compared_within(span, interval):
            continue
        if _past_of_a_present_state(span, predicate, interval, dct) or _since_then(span, predicate):
            continue
        if _in_an_as_clause(span, predicate):
            continue  # "As he did in a speech early Saturday, Mubarak spoke of …": the speech's day
        if _inside_the_subject(span, predicate) or _after_a_nested_happening(span, predicate):
            continue  # "Survivors of Tuesday's quake grew desperate": Tuesday is the quake's
        if _inside_a_with_phrase(span, predicate) or _due_date(span, predicate):
            continue  # "…, with the first band on stage at 18:00": the band's time, not the clause's
        if _one_of_several_years(span):
            continue  # "three pandemics, in 1918, 1957 and 1968": a happening at several years has none alone
        called = _past_with_future_date(predicate, interval, dct)
        if (called is None and dct is not None and interval.start > dct.end and predicate.pos_ in ("VERB", "AUX")
                and _told_as_past(predicate)
                and predicate.lemma_.lower() not in _TIMETABLING
                and text[max(0, timex.start - 5) : timex.start].strip().lower() == "for"):
            continue  # "readied themselves for Sunday": the day they got ready for, not when they did
        if (called is None and dct is not None and interval.start > dct.end and _OFFSET.search(timex.text)
                and _told_as_past(predicate)):
            # "Two years later it closed its doors" counted past the page's date: the count started from the
            # wrong point (or the page's date is wrong); a happening told as past is undated, never a plan.
            continue
        if called is None and _past_deadline(span, predicate, interval, dct):
            continue  # "bosses committed to a cap on emissions by 2020": the deadline of what was agreed
        if _gapped_remnant(span, predicate) or _offset_by(span, predicate):
            continue  # "130 people were pulled alive, one on Wednesday": the date is the one's, not the 130's
        if called is None and _across_a_clause(span, predicate):
            continue  # hung on a verb before another clause that ends where the date starts
        predicate = called or predicate
        if _closes_earlier_bracket(text, sentence, timex.end, predicate.idx):
            continue  # "22 January) and is now …": the aside and its date are the sentence before's
        # Its own expression: in the predicate's clause, or naming the event noun it dates.
        own = predicate.pos_ in ("NOUN", "PROPN") or predicate.i in {a.i for a in span.root.ancestors}
        cand = _Candidate(timex, interval, predicate, sentence, "timex" if own else "governor")
        old = best.get(predicate.i)
        if old is None or _specificity(cand) < _specificity(old):
            best[predicate.i] = cand
    return sorted(best.values(), key=lambda c: c.timex.start)


# What a listing's line is about: "Tuesday's episode examines …", "The programme looks back at …".
_BROADCASTS = frozenset(("programme", "program", "episode", "series", "documentary", "film", "edition", "drama",
                         "broadcast", "podcast", "instalment", "installment", "presenter"))


def _describes_a_broadcast(predicate: Token) -> bool:
    """A programme guide's present tense ("Tuesday's episode examines the race for a vaccine",
    "This week's programmes include …"): what a broadcast will show, not a happening, and its
    weekday is the listing's week, not one before the page."""
    if predicate.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _BROADCASTS for c in predicate.children)


_OPEN_BRACKET = re.compile(r"[(\[]|-L[RS]B-")
_CLOSE_BRACKET = re.compile(r"[)\]]|-R[RS]B-")


def _closes_earlier_bracket(text: str, sentence: tuple[int, int], end: int, predicate_at: int) -> bool:
    """A date inside a bracket that the sentence closes but never opened, on a happening after the
    bracket: the sentence was cut inside an aside, whose date is not the happening's."""
    closer = _CLOSE_BRACKET.search(text, end, sentence[1])
    if closer is None or predicate_at < closer.end():
        return False
    before = text[sentence[0] : closer.start()]
    return len(_OPEN_BRACKET.findall(before)) < len(_CLOSE_BRACKET.findall(before)) + 1


def _compared_since(span: Span) -> bool:
    """"the biggest campaign since the 1980s", "the first time since 1918": the date bounds a
    comparison; the happening is not then."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = span.doc[span.start - 2]
    if before is None or before.lower_ != "since" or before.dep_ != "prep":
        return False
    head = before.head
    return head.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "only") for c in head.children)


def _compared_within(span: Span, interval: EventDate) -> bool:
    """"its first pandemic in the 21st century", "the biggest of all outbreaks the world has faced in
    the 21st century": a decade or a century that bounds a superlative is not when anything happened."""
    if interval.granularity not in ("decade", "century") or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    # The phrase the date bounds: what the preposition hangs on, or the noun just before it when the
    # parser hung it on the verb ("moving into … its first influenza pandemic in the 21st century").
    starts = [prep.head] + ([span.doc[prep.i - 1]] if prep.i > 0 and prep.head.pos_ in ("VERB", "AUX") else [])
    for node in starts:
        for _ in range(5):
            if _superlative(node):
                return True
            if node.pos_ in ("VERB", "AUX") and node.dep_ != "relcl" or node.head.i == node.i:
                break  # the clause's own verb: no superlative it is inside
            node = node.head
    return False


def _since_then(span: Span, predicate: Token) -> bool:
    """"has killed 257 people since late 2003", "now stands at 1,461 since April 2009": an active
    perfect or a present counts up from the date; nothing happened on it. A passive state begins on
    it ("has been closed since Monday": the closing was on Monday), and so do "has been fighting
    cancer since 2004" and "had been with Apple since 2008", whose start is their time."""
    prep = span.root.head
    direct = span.root.dep_ == "pobj" and prep.lower_ == "since" and prep.head.i == predicate.i
    # or deeper in the phrase: "has helped in 80 disasters since its founding at the end of 1999"
    if not direct and not any(a.lower_ == "since" and a.head.i == predicate.i for a in span.root.ancestors):
        return False
    if any(c.dep_ == "auxpass" for c in predicate.children) or predicate.lemma_.lower() == "be":
        return False  # nor a state or an activity that began then ("has been fighting cancer since 2004")
    perfect = predicate.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in predicate.children)
    present = predicate.tag_ in _PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in predicate.children)
    return perfect or present


def _superlative(token: Token) -> bool:
    """"biggest", "its first pandemic", "the first flu pandemic" (the parser hangs "first" on "flu")."""
    if token.tag_ in ("JJS", "RBS"):
        return True
    nouns = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(c.dep_ in ("amod", "advmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "only"))
               for n in nouns for c in n.children)


def _past_of_a_present_state(span: Span, predicate: Token, interval: EventDate, dct: EventDate | None) -> bool:
    """"His track record in the '90s gives Mubarak more room": a past date inside a noun phrase of a
    verb in the simple present describes the noun; the verb tells how things are now. A verb told
    with "will" is never at a past date, wherever the date hangs."""
    auxes = [c.lower_ for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    # "Asia is reacting vigorously, following the outbreak of Sars in 2003": the present progressive
    # tells now as much as the simple present does.
    progressive = predicate.tag_ == "VBG" and len(auxes) == 1 and auxes[0] in ("is", "are", "am", "'s", "'re")
    # "Bouteflika will lift the state of emergency following protests two weeks ago": nor can a
    # happening still to come be at a past date.
    future = predicate.tag_ == "VB" and len(auxes) == 1 and auxes[0] in ("will", "'ll", "shall")
    if dct is None or interval.end >= dct.start or (
            predicate.tag_ not in _PRESENT_TAGS and not progressive and not future):
        return False
    if future:
        return True  # wherever the parser hangs the date ("will lift … following riots two weeks ago")
    if auxes and not progressive:
        return False
    if interval.granularity == "day" and all(t.is_punct for t in span.doc[span.end : span.sent.end]):
        # A photo caption tells its picture in the present and ends on its day, which the parser may
        # hang on the last place named ("Police stop a woman … in the state of Sonora June 5, 2009.").
        return False
    attached = span.root.head if span.root.dep_ == "pobj" else span.root
    return attached.head.i != predicate.i and attached.pos_ in ("NOUN", "PROPN") or (
        span.root.dep_ == "pobj" and attached.head.pos_ in ("NOUN", "PROPN") and attached.head.i != predicate.i)


def _as_before(predicate: Token) -> bool:
    """ "As he did in a televised speech early Saturday, Mubarak referred to …": a clause that compares
    with an earlier time; the story is not told at it."""
    return any(t.lemma_.lower() == "do" and any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in t.children)
               for t in (predicate, *predicate.ancestors))


def _in_an_as_clause(span: Span, predicate: Token) -> bool:
    """The date lies in an opening "As he did …," clause, which the parser may hang on the main verb."""
    sent = sentence_of(span[0])
    for t in sent:
        if t.i >= span.start:
            break
        if t.lower_ in ("as", "like") and t.dep_ == "mark" and t.head.lemma_.lower() == "do":
            close = next((c.i for c in sent if c.i > t.head.i and c.text == ","), sent.end)
            return span.end <= close and not t.i <= predicate.i < close
    return False


def _inside_the_subject(span: Span, predicate: Token) -> bool:
    """A date on a noun inside the verb's subject, below its head: "Survivors of Tuesday's quake grew
    desperate", "Relatives of those killed in the March 3 attack gathered". It dates that noun, not
    the verb. A date on the subject's own head tells the same time ("Tuesday's quake killed 200")."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return False
    node, path = span.root, []
    while node.head.i != node.i and node.head.i != predicate.i:
        path.append(node)
        node = node.head
    if node.head.i != predicate.i or node.dep_ not in ("nsubj", "nsubjpass") or node.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    # The word the date hangs on: a noun or a verb inside the subject, other than its head.
    dated = next(t for t in [*path[1:], node] if t.dep_ not in ("prep", "case"))
    return dated.i != node.i


def _after_a_nested_happening(span: Span, predicate: Token) -> bool:
    """A date the parser hung on the verb right after a happening named deep inside its object:
    "filled in a questionnaire about coverage of his death in June 2009" dates the death, not the
    filling in. Right after the verb's own object ("reported the attack on Tuesday") it stays."""
    if predicate.pos_ not in ("VERB", "AUX") or span.root.dep_ != "pobj" or span.root.head.head.i != predicate.i:
        return False
    prep = span.root.head
    before = span.doc[prep.i - 1] if prep.i > predicate.i + 1 else None
    if before is None or before.pos_ != "NOUN" or not is_event_noun(before):
        return False
    depth, node = 0, before
    while node.i != predicate.i and node.head.i != node.i and depth < 8:
        node, depth = node.head, depth + 1
    return node.i == predicate.i and depth >= 4  # noun <- prep <- noun <- … <- verb: two phrases down


def _inside_a_with_phrase(span: Span, predicate: Token) -> bool:
    """A date inside an absolute "with <noun> <predicate>" hung on the verb ("was given a capacity of
    60,000, with the first band on stage at 18:00"): an aside with its own time. "met with aides on
    Monday" and "answered with a price cut on Thursday" keep it."""
    node, below = span.root, span.root
    while node.head.i != node.i and node.head.i != predicate.i:
        below, node = node, node.head
        if node.lower_ == "with" and node.dep_ == "prep" and node.head.i == predicate.i:
            if below.dep_ != "pobj" or is_event_noun(below):
                return False
            # the aside's own predicate ("on stage", "back at work") before the date's phrase
            return any(c.dep_ in ("prep", "advmod", "acl") and c.i < span.start and c.i not in (span.root.head.i,)
                       for c in below.children)
    return False


def _due_date(span: Span, predicate: Token) -> bool:
    """"was facing a payment due in August": the day a payment or a filing falls due, hung on the
    verb by the parser, is not when the verb's happening was. "The payment is due on Monday" is."""
    due = span.root.head.head if span.root.dep_ == "pobj" else None
    return (due is not None and due.lower_ == "due" and due.i != predicate.i
            and due.dep_ in ("prep", "amod", "acl", "advmod", "advcl"))


def _one_of_several_years(span: Span) -> bool:
    """A year coordinated with other years ("in 1918, 1957 and 1968", "in 2003 and 2009"): what
    happened is told at all of them, so no one of them is its date. Days of one week ("on Monday and
    Tuesday") keep the first, which starts the happening."""
    root = span.root
    if root.head.lower_ in ("between", "from") or root.dep_ == "conj" and root.head.head.lower_ in ("between", "from"):
        return False  # "declined between 1982 and 1992": a span of years, which starts at the first
    items = [root, *root.conjuncts]
    years = {t.text for t in items if t.like_num and re.fullmatch(r"1\d{3}|20\d{2}", t.text)}
    return root.text in years and len(years) > 1


def _compared_with(span: Span, predicate: Token) -> bool:
    """"It seems less deadly than Sars in 2003": a date inside what the happening is compared with."""
    node = span.root
    while node.head.i != node.i and node.i != predicate.i:
        node = node.head
        if node.lower_ == "than" and node.i not in range(span.start, span.end):
            return True
    return False


def _past_with_future_date(predicate: Token, interval: EventDate, dct: EventDate | None) -> Token | None:
    """"Two leaders called last week for a rally on February 14": a happening told in the past
    tense is not after the document date; the date is the called-for happening's (the noun
    returned), not the call's. A paper's editorial "said on Monday, Oct. 26" the evening before has
    no such noun and keeps its date."""
    if dct is None or predicate.tag_ != "VBD" or predicate.pos_ != "VERB" or interval.start <= dct.end:
        return None
    objects = [c for c in predicate.children if c.dep_ == "dobj"]
    objects += [g for c in predicate.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # What was called for comes after the call: not "At the meeting, bosses committed to a cap by 2020".
    return next((o for o in objects if o.i > predicate.i and is_event_noun(o)), None)


def _past_deadline(span: Span, predicate: Token, interval: EventDate, dct: EventDate | None) -> bool:
    """"by 2020" after a verb told as past: a deadline of what was agreed, promised or planned; "by
    December" after a simple present ("has deals in place for 90m doses by December"): what is to be
    done by then, not when the state holds."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "by":
        return False
    if predicate.tag_ in _PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in predicate.children):
        return True
    return dct is not None and predicate.tag_ == "VBD" and interval.start > dct.end


_OWN_CLAUSE_DEPS = frozenset(("ccomp", "conj", "parataxis"))


def _across_a_clause(span: Span, predicate: Token) -> bool:
    """A date the parser hung on a verb across a later clause with its own subject that ends just
    before the date's phrase: "He says 1,000 bottles are being sent now and hopes 1,000 more will
    follow in February" with "in February" under "sent". The date is then most likely that clause's
    ("will follow"), but the parse cannot say so: neither verb is dated by it."""
    if predicate.pos_ not in ("VERB", "AUX") or predicate.i > span.start:
        return False
    top = span.root
    while top.head.i != predicate.i and top.head.i != top.i:
        top = top.head
    if top.head.i != predicate.i:
        return False
    first = top.left_edge.i
    return any(verb.pos_ == "VERB" and verb.dep_ in _OWN_CLAUSE_DEPS and verb.right_edge.i + 1 == first
               and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > predicate.i for c in verb.children)
               for verb in span.doc[predicate.i + 1 : first])


# What a gapped remnant after a comma opens with: "…, one on Wednesday", "…, the latest on Thursday".
_REMNANT_WORDS = frozenset(("another", "some", "most", "many", "others", "several", "each", "both", "all", "none",
                            "latest", "last", "first"))


def _gapped_remnant(span: Span, predicate: Token) -> bool:
    """A date inside a verbless remnant set off after the clause, which repeats the verb for a part of
    its subject or object: "More than 130 people have been pulled alive from the rubble, one on
    Wednesday" dates the one, not the 130; the headline of the whole clause would be false with it."""
    top = span.root
    while top.head.i != predicate.i and top.head.i != top.i:
        top = top.head
    if top.head.i != predicate.i or top.i > span.start or top.i < predicate.i:
        return False
    # "…, most of them on Friday" with the date hung on the verb: the remnant just before it
    before_date = [r for r in top.head.children if r.i < top.i and r.right_edge.i + 1 == top.left_edge.i]
    return any(_remnant(r) for r in [top, *before_date] if not span.start <= r.i < span.end)  # not ", 3 February"


_DURATION_NOUNS = frozenset(("minute", "hour", "day", "week", "month", "year", "decade"))


def _offset_by(span: Span, predicate: Token) -> bool:
    """A date the parse hung on a verb through "three days after": "… since Friday morning - three days
    after major protests began" does not date the beginning (it was three days before)."""
    for node in span.root.ancestors:
        if node == predicate:
            return False
        if node.dep_ == "npadvmod" and node.lemma_.lower() in _DURATION_NOUNS and node.head.lower_ in (
                "after", "before", "later", "earlier"):
            return True
    return False


def _remnant(top: Token) -> bool:
    """"one on Wednesday", "the latest", "most of them": a verbless phrase set off by a comma that names
    a part of what its clause told."""
    if top.dep_ not in ("npadvmod", "appos", "dep", "conj", "advmod", "nsubj", "dobj") or not (
            top.tag_ in ("CD", "JJS") or top.lower_ in _REMNANT_WORDS):
        return False
    before = top.doc[top.left_edge.i - 1] if top.left_edge.i > 0 else None
    return before is not None and before.text in (",", ";", "--", "—") and \
        not any(t.pos_ in ("VERB", "AUX") for t in top.subtree)


def _end_bound(span: Span, predicate: Token) -> bool:
    """"Delayed until next week", "schools were shut until May 6": the date ends the happening, it
    is not when it happened. Not when negated: "did not leave until Friday" left on Friday."""
    prep = span.root.head
    # "will stay closed until Friday": the bound may hang on the verb's complement
    held = prep.head == predicate or (prep.head.head == predicate and prep.head.dep_ in ("acomp", "xcomp", "oprd"))
    return span.root.dep_ == "pobj" and prep.lower_ in _END_BOUNDS and held and not is_negated(predicate)


_END_BOUNDS = frozenset(("until", "till", "til", "pending"))


def _in_own_part(span: Span, predicate: Token) -> Token | None:
    """The predicate a date belongs to in its own part of a sentence cut by semicolons: "in 1692 a
    quake killed 2,000; in 1843 a quake killed 5,000; and in 1907 …" (the parser hangs each date
    on the clause before it)."""
    doc = span.doc
    sent = sentence_of(span[0])
    cuts = [t.i for t in sent if t.text == ";"]
    if not cuts:
        return predicate
    lo = max((c + 1 for c in cuts if c < span.start), default=sent.start)
    hi = min((c for c in cuts if c >= span.end), default=sent.end)
    if lo <= predicate.i < hi:
        return predicate
    return next((t for t in doc[lo:hi] if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "parataxis", "ccomp")
                 and not (span.start <= t.i < span.end)), None)


# "up from 2009", "compared with 2010", "than in 2008": a comparison, not the happening's time.
_COMPARISON = re.compile(r"(?:\b(?:from|than|versus|vs\.?|over|compared\s+(?:with|to)|against)\s+(?:in\s+|the\s+)?)$",
                         re.IGNORECASE)
# "resolution 1973", "flight 2009", "No. 1984": a number that looks like a year.
_NUMBERED = re.compile(r"\b(?:resolution|resolutions|no\.|number|flight|route|model|article|paragraph|bill|"
                       r"highway|rule|section|room|page|chapter|vol\.?|volume)\s*$", re.IGNORECASE)
# Market rows: "November was 30 cents weaker", "the December contract", "March crude".
_MARKET = re.compile(r"\b(?:cents?|a barrel|per barrel|bushels?|per ounce|an ounce|contracts?|futures|delivery|"
                     r"crude|points? (?:higher|lower)|basis points|ticks?|lots?)\b", re.IGNORECASE)
# "two minutes added to the first half": a half of a match, not of the year.
_MATCH_PLAY = re.compile(r"\b(?:minutes?|goals?|match|game|pitch|referee|half-time|halftime|added time|injury time|"
                         r"kick-?off|penalt(?:y|ies)|striker|goalkeeper|keeper|substitute[ds]?|whistle)\b", re.IGNORECASE)
# "236 cases, up from 148 yesterday", "80,000 followers, compared with 20,000 the previous day": the
# date is the compared figure's, not the happening's.
_COMPARED_FIGURE = re.compile(r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|some\s+|around\s+|"
                              r"nearly\s+|almost\s+|just\s+|only\s+|(?:fewer|more|less)\s+than\s+|over\s+|under\s+)?"
                              r"\d[\d,.]*\s*(?:%|per\s*cent|percent|m|bn|million|billion|thousand)?\s*(?:on\s+|in\s+|at\s+|by\s+)?$",
                              re.IGNORECASE)
# "less deadly than Sars in 2003": the date of what the happening is compared with.
_THAN_NAMED = re.compile(r"\bthan\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:in|of|during)\s+$")
# "remained open until Tuesday", "ordered the schools closed until 6 May": the end of a state, not when
# anything happened ("did not return until Monday" is when it did, and is kept).
_UNTIL = re.compile(r"\b(?:until|till|til|untill)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$", re.IGNORECASE)
_NOT_UNTIL = re.compile(r"(?:\bnot\b|n't\b|\bnever\b)[^.;]*$", re.IGNORECASE)
_MONTH_NAME = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)
# Financial reporting periods: "third-quarter profit", "first-half results", "fiscal 2010 earnings".
_REPORTING_PERIOD = re.compile(r"\b(?:profits?|earnings|revenues?|results|sales|loss(?:es)?|income|margins?|"
                               r"dividends?|guidance|turnover)\b", re.IGNORECASE)


_NAMED_AFTER = re.compile(r"\s*(?:youth\s+)?(?:bridge|street|square|road|avenue|stadium|university|movement)\b")


def not_a_happenings_date(text: str, start: int, end: int, value: str, sentence: str) -> bool:
    """A contract month, a reporting quarter, a comparison year, a resolution number or a name."""
    before = text[max(0, start - 30) : start]
    phrase = text[start:end].strip()
    if re.fullmatch(r"\d{4}", phrase) and _NUMBERED.search(before):
        return True
    if re.fullmatch(r"\d{4}(?:-\d\d)?", value) and _COMPARISON.search(before):
        return True  # "up from 2009" compares; "since 2009" (not here) governs the happening
    if _COMPARED_FIGURE.search(text[max(0, start - 60) : start]) or _THAN_NAMED.search(before):
        return True
    if _UNTIL.search(before) and not _NOT_UNTIL.search(text[max(0, start - 100) : start]):
        return True
    if _MONTH_NAME.match(phrase) and _MARKET.search(sentence):
        return True
    after = text[end : end + 30].lower()
    if ("-H" in value and re.search(r"\bhalf\b", phrase, re.IGNORECASE) and not re.search(r"\d{4}|year", phrase)
            and not re.match(r"\s*(?:of|,)", after) and _MATCH_PLAY.search(sentence)):
        return True
    if _NAMED_AFTER.match(after):
        return True  # "the 6th of October bridge", "the April 6 Youth Movement": a name, not a date
    # "third-quarter profit": the quarter names the figure, not when it was reported.
    return bool(("-Q" in value or "-H" in value or re.search(r"quarter|half", phrase, re.IGNORECASE))
                and _REPORTING_PERIOD.match(after.lstrip(" -")))


# Words shared by many names that do not make two names one doer ("US", "Chinese Academy").
_GENERIC_NAME_WORDS = frozenset("""China Chinese United States American America Department Ministry President
    Secretary Minister Council House White National Security Defence Defense Academy Mr Mrs Ms Dr""".split())  # noqa: SIM905


def _naming_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word not in _GENERIC_NAME_WORDS


def _subjects(verb: Token) -> list[tuple[int, int]]:
    """Token ranges of a verb's subjects, the agent of a passive ("praised by Jobs") included."""
    out = [(c.left_edge.i, c.right_edge.i + 1) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    out += [(g.left_edge.i, g.right_edge.i + 1) for c in verb.children if c.dep_ == "agent" for g in c.children]
    return out


def _recent(when: EventDate, dct: EventDate, lag: timedelta = timedelta(0)) -> bool:
    """A happening of the story's own days: this fortnight, or last month in an article dated to a month."""
    if when.granularity in ("day", "week"):
        return -lag <= dct.end - when.end <= _STORY_WINDOW
    if when.granularity == "month" and dct.granularity == "month":
        return timedelta(0) <= dct.start - when.start <= timedelta(days=31)
    return False


def _is_communication(token: Token) -> bool:
    """Speech: "said", "the keynote", or a verb of giving one ("gave his keynote", "held a briefing")."""
    if token.lemma_.lower() in REPORTING_VERBS or token.lemma_.lower() in _SPEECH_NOUNS:
        # "One pupil was confirmed with the virus last week": a finding about its subject, not a talk
        # whose later words ("…, he added") would go on telling it.
        return not any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in token.children)
    return any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _SPEECH_NOUNS for c in token.children)


_HEADER_COLON = re.compile(r"\s*:\s+[A-Z]")
_SPLIT_YEAR = re.compile(r"^\s*,?\s*$")


def join_split_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """"February 24 , 1955" tagged as two expressions: the year belongs to the month and day."""
    from model.timex.expression import Timex

    out: list[Timex] = []
    for timex in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None and re.fullmatch(r"\d{4}", timex.value) and timex.text.strip().isdigit()
            and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", prev.value) and not re.search(r"\d{4}", prev.text)
            and _SPLIT_YEAR.match(text[prev.end : timex.start])
        ):
            out[-1] = Timex(prev.start, timex.end, text[prev.start : timex.end], prev.type, timex.value + prev.value[4:])
            continue
        out.append(timex)
    return out


_TIME_THEN_DAY = re.compile(r"^\s*,?\s*(?:on\s+)?$", re.IGNORECASE)
_DAY_THEN_TIME = re.compile(r"^\s*,?\s*(?:at\s+|about\s+|around\s+)*$", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CLOCK = re.compile(r"\d{4}-\d\d-\d\d(T.+)")


def join_time_and_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """"at 1 a.m. on January 28", "on Jan 28 at 1 a.m." tagged as two expressions: the clock time is
    on that day, not on the document's day the time alone resolves to."""
    from model.timex.expression import Timex

    out: list[Timex] = []
    for timex in timexes:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end : timex.start]
            clock, day = (prev, timex) if _TIME_THEN_DAY.match(gap) else (timex, prev)
            time_part = _CLOCK.fullmatch(clock.value) if clock.type == "TIME" else None
            if (time_part and day.type == "DATE" and _DAY.fullmatch(day.value)
                    and (_TIME_THEN_DAY.match(gap) if clock is prev else _DAY_THEN_TIME.match(gap))):
                out[-1] = Timex(prev.start, timex.end, text[prev.start : timex.end], "TIME", day.value + time_part.group(1))
                continue
        out.append(timex)
    return out


_OFFSET = re.compile(r"\b(?:later|following|after)\b", re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_THE_WEEKDAY = re.compile(r"(?:\bthe|\bthat)\s+$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(rf"(?<!\bthe )(?<!\bThe )(?<!\bthat )\b({_WEEKDAY})\b")


def _story_weekday(text: str, timex: Timex) -> bool:
    """ "when I left home on the Tuesday night": a weekday with the definite article is a day of the
    story being told (often the day of the disaster), not the last such weekday before the page's
    date, unless the text names that weekday on its own too."""
    day = re.match(_WEEKDAY, timex.text)
    if day is None or not _THE_WEEKDAY.search(text, max(0, timex.start - 6), timex.start):
        return False
    return day.group(0) not in {m.group(1) for m in _BARE_WEEKDAY.finditer(text)}


def _specificity(cand: _Candidate) -> tuple[int, int]:
    """Finer dates first; of equal ones the written date beats the weekday ("Monday (Nov 15)")."""
    written = any(ch.isdigit() for ch in cand.timex.text)
    return _GRANULARITY_RANK[cand.interval.granularity], 0 if written else 1


def _main_verb(sent: Span) -> tuple[Token, str] | None:
    """The happening a sentence tells and the tense of its clause (the root's tag).

    "Austin has yet to speak", "Jibril failed to name": the happening is the complement; its
    modality says it did not happen.
    """
    root = sent.root
    tense = root.tag_
    if root.pos_ in ("VERB", "AUX") and root.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.children
    ):
        tense = "PERFECT"
    elif root.pos_ == "VERB" and root.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in root.children
    ):
        tense = "VBD" if not any(c.lower_ == "had" for c in root.children) else "PLUPERFECT"
    elif root.pos_ == "VERB" and root.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in root.children
    ):
        tense = "PERFECT"
    elif not (root.pos_ == "VERB" and root.tag_ in _UNDATED_TAGS | _PRESENT_TAGS):
        return None
    comp = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if comp is not None and (root.lemma_.lower() in ("have", "fail", "refuse", "decline")
                             or any(c.lower_ == "yet" for c in root.children)):
        # "has yet to speak" tells (the absence of) a happening up to now, like a perfect.
        return comp, "VBD" if tense == "VBD" else "PERFECT" if tense in _PRESENT_TAGS else tense
    return root, tense


def _undated_report(pred: Token, dated: set[int]) -> bool:
    """A report whose own time the text does not give, of a happening that has one.

    "Jobs said that his company sold 13.7 million Macs last year": "last year" dates the sale,
    not the saying; the saying takes its own time (the scene, or its relation to the document).
    """
    if pred.i in dated or pred.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(t.i in dated for c in pred.children if c.dep_ == "ccomp" for t in c.subtree)


def _undated_kind(pred: Token, tense: str, sent: Span, *, title: bool) -> str | None:
    """"past" for a happening before the document date, "present" for a statement at it, else None."""
    lemma = pred.lemma_.lower()
    if lemma in STATIVE_VERBS and lemma not in REPORTING_VERBS:
        return None  # "Experts worry", "the phone has two cameras", "officials remain interested"
    if tense in ("VBD", "PERFECT", "PLUPERFECT"):
        return "past"
    if tense in _PRESENT_TAGS:
        if title and lemma not in REPORTING_VERBS:
            return "past"  # a headline's present tense tells what happened: "officials hold talks"
        if lemma in REPORTING_VERBS:
            return "present"  # "US says": a statement at the document date
    return None  # a present state or habit, an opinion


def _first_line_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _quoted(sent: Span) -> bool:
    text = sent.text.lstrip()
    return text[:1] in ('"', "\u201c") and not any(t.lemma_ in REPORTING_VERBS and t.dep_ == "ROOT" for t in sent)


# Clauses whose words are not the sentence's own telling: what someone said or thought, a relative
# clause about a noun, a subordinate happening ("those who had already bought one").
_EMBEDDED = frozenset(("ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"))


def _main_clause(sent: Span) -> list[Token]:
    """The sentence's own words: not in a clause under the root (a quotation is one: "said X")."""
    out: list[Token] = []
    root = sent.root.i  # (spaCy works a span's root out from all its tokens on every read)
    for token in sent:
        node, own = token, True
        while node.i != root and node.head.i != node.i:
            if node.dep_ in _EMBEDDED:
                own = False
                break
            node = node.head
        if own:
            out.append(token)
    return out


def _scene_of(
    sent: Span, last: tuple[int, Event], told: list[Event], participants: Participants, *,
    reporting: bool, talks: set[str], distance: int, doers: dict[str, set[str]], after_flashback: bool = False,
) -> Event | None:
    """The dated happening an undated past sentence goes on telling, if any.

    The last dated happening before it, as ``_goes_on_telling`` says; else an earlier happening of
    the story's days that the sentence's own clause names again ("at the Cupertino event",
    "during the keynote") or whose doer it is ("Jobs announced …" after "In his keynote address
    Wednesday, Jobs …"); the latest such.
    """
    own = _main_clause(sent)
    if {t.lower_ for t in own} & _BACKGROUND:
        return None
    written = last[1].trigger.text.lower()
    if not reporting and (written in _DOCUMENTS or written.removesuffix("s") in _DOCUMENTS
                          or written.removesuffix("es") in _DOCUMENTS):  # "reports", "dispatches"
        # "the weekly report dated April 21 … As the report describes, a patient visited a clinic":
        # what a document tells happened before it was written, not on its date
        return None
    if _goes_on_telling(sent, last[1], participants, reporting=reporting, talk=last[1].id in talks,
                        distance=distance, own=own, after_flashback=after_flashback):
        return last[1]
    named = {t.lemma_.lower() for t in own if t.pos_ == "NOUN" and t.i != sent.root.i and any(
        d.dep_ in ("det", "poss") and d.lower_ in ("the", "that", "this", "his", "her", "its", "their")
        for d in t.children)}
    doer = _doer_words(sent.root, participants)
    for event in reversed(told):
        if reporting and event.id not in talks and not named & _SPEECH_NOUNS:
            continue  # a comment is the scene's only when the scene is a talk: said to a reporter, else
        trigger = event.trigger.text.lower()
        if trigger in named or (event.id in talks and named & _SPEECH_NOUNS):
            return event  # "… unveiled the new products at the Cupertino event"
        if event.event_class == "REPORTING" and not reporting:
            continue  # a statement is no scene for the speaker's deeds ("X said … X went into hiding")
        if doer & doers.get(event.id, set()):
            return event  # the one who acted in the scene acts again
    return None


def _doer_words(verb: Token, participants: Participants) -> set[str]:
    """The naming words of a verb's subjects: their participants and proper nouns."""
    words: set[str] = set()
    for lo, hi in _subjects(verb):
        names = participants.in_span(lo, hi) + [t.text for t in verb.doc[lo:hi] if t.pos_ == "PROPN"]
        words |= {w for n in names for w in n.split() if _naming_word(w)}
    return words


def _goes_on_telling(
    sent: Span, scene: Event, participants: Participants, *, reporting: bool, talk: bool, distance: int,
    own: list[Token] | None = None, after_flashback: bool = False,
) -> bool:
    """A sentence that goes on telling the scene (the last dated happening before it).

    Not when it gives background ("former", "previously", "long", "since"). Yes when it names the
    scene's people (Jobs … Jobs), or, within a few sentences, opens with an anaphor ("He also
    showed …") or names the happening again ("During the keynote"). "X said …" goes on telling a
    talk (a keynote, a briefing) or the scene of X's own doing, not a summit told before it.
    """
    # Background words count in the sentence's own clause only: "since" inside a quotation or
    # "already" in "those who had already bought one" do not take the sentence out of the scene.
    words = {t.lower_ for t in (own if own is not None else _main_clause(sent))}
    if words & _BACKGROUND:
        return False
    # The doer must be the scene's: "Jobs showed off …" after "Jobs unveiled … on Monday", but not
    # "China-US ties are tense, Song said" after a report on China.
    names = [n for subject in _subjects(sent.root) for n in participants.in_span(subject[0], subject[1])]
    # Names the scene's sentence itself holds: an event noun's participants may be borrowed from the
    # sentence after it ("… a summit on Monday. In the meeting, Xi and Biden …"), which is this one.
    told = sent.doc.char_span(scene.sentence.start, scene.sentence.end, alignment_mode="expand")
    own_names = set(participants.in_span(told.start, told.end)) if told is not None else set(scene.participants)
    scene_words = {w for n in scene.participants if n in own_names for w in n.split() if _naming_word(w)}
    if any(w in scene_words for n in names for w in n.split()):
        return True
    if distance > _SCENE_SENTENCES or after_flashback:
        # After a sentence told at an earlier time ("Iran's protests last year were fueled by
        # Twitter"), "they", "the protests" or "so much so that …" may be telling that time: only
        # the scene's own doer named again brings the story back.
        return False
    first = sent[0].lower_ if sent[0].lower_ not in ("\u201c", '"') or len(sent) < 2 else sent[1].lower_
    if reporting:  # "he said" of the one who gave the talk
        if _told_by_a_body(sent.doc, scene):
            return False  # "he" is not "the World Health Organisation reported last Friday"
        return talk and any(t.lower_ in ("he", "she") and t.dep_ == "nsubj" and t.head.lemma_ in REPORTING_VERBS
                            for t in sent)
    if first in _ANAPHORS:
        opener = sent[0] if sent[0].lower_ == first else sent[1]
        return _refers_back(opener, scene, sent)
    # "In the 3½-hour meeting, …", "During the keynote, …": the happening named again.
    return any(is_event_noun(t) and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in t.children)
               for t in sent[:8])


# "was planned for early March" dates what was planned; "prepared for Sunday" is getting ready.
_TIMETABLING = PLAN_VERBS - {"prepare"}
_BODIES = frozenset(("ORG", "GPE", "NORP"))


def _told_by_a_body(doc: Doc, scene: Event) -> bool:
    """The scene's speaker is an organisation, a country or a people, never "he" or "she"."""
    span = doc.char_span(scene.trigger.start, scene.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    subjects = [doc[lo:hi] for lo, hi in _subjects(span.root)]
    return bool(subjects) and all(s.root.ent_type_ in _BODIES for s in subjects)


_DETERMINERS = frozenset(("the", "this", "that", "these"))


def _refers_back(opener: Token, scene: Event, sent: Span) -> bool:
    """An opening anaphor that points back into the scene: a pronoun, or a definite description of
    something told since the scene began ("A man fell ill … The man tested positive"; "the quake"
    after "an earthquake").

    A description the scene never told is a new item: "The Foreign Office issued …", "The African
    nation shut down …", "The warnings came after …", and "The Haiti quake occurred …" after a
    quake in Chile (its own words are not the scene's). Some true anaphors ("The crowd swelled"
    after "thousands jammed the square") are lost with them: undated is better than a wrong day.
    """
    if opener.lower_ not in _DETERMINERS or opener.dep_ != "det" or opener.head.i == opener.i:
        return True
    noun = opener.head
    modifiers = [m for m in noun.children if m.dep_ in ("compound", "amod", "nmod", "nummod") and m.i > opener.i]
    told = [t for t in sent.doc[: sent.start] if t.idx >= scene.sentence.start]
    lemmas = {t.lemma_.lower() for t in told}
    words = {t.lower_ for t in told} | lemmas
    lemma = noun.lemma_.lower()
    if not any(seen == lemma or (len(lemma) >= 4 and seen.endswith(lemma)) for seen in lemmas):
        return False
    return all(m.lower_ in words or m.lemma_.lower() in words for m in modifiers)


def _in_what_was_said(token: Token) -> bool:
    """Inside the clause a verb of saying governs ("Jobs said that Apple sold …")."""
    return any(a.lemma_.lower() in REPORTING_VERBS for a in token.ancestors)


def _in_relative_clause(token: Token) -> bool:
    """Inside a clause about a noun ("the pair who flew back on April 21")."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _clause_tokens(predicate: Token) -> tuple[int, int]:
    """Token range of the predicate's clause, with the subject it shares when it is an xcomp/conj."""
    tokens = [t.i for t in predicate.subtree]
    if predicate.dep_ in ("xcomp", "conj", "advcl") and predicate.head.i != predicate.i:
        for child in predicate.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                tokens.extend(t.i for t in child.subtree)
    return min(tokens), max(tokens) + 1


def _participants(doc: Doc, predicate: Token, sentence: tuple[int, int], participants: Participants) -> list[str]:
    sent = doc.char_span(*sentence, alignment_mode="expand")
    if sent is None:
        return []
    lo, hi = _clause_tokens(predicate)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    names = participants.in_span(lo, hi)
    if predicate.pos_ not in ("VERB", "AUX"):
        # Not the people of a clause about the noun ("a briefing in which Kirby said Biden …").
        inner = {t.i for c in predicate.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        names = [n for n in names if any(
            participants.by_token.get(i) == n for i in range(lo, hi) if i not in inner)]
        # An event noun: its own modifiers plus the subject of the clause it sits in.
        verb = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        if subject is not None:
            names = participants.in_span(subject.left_edge.i, subject.right_edge.i + 1) + names
            names = list(dict.fromkeys(names))
    names = names or participants.in_span(sent.start, sent.end)
    if not names and sent.end < len(doc):
        # "… had a virtual summit last month. In the 3½-hour meeting, Xi and Biden agreed …"
        nxt = doc[sent.end].sent
        if nxt.text.lower().startswith(_ANAPHORIC_START):
            names = participants.in_span(nxt.start, nxt.end)
    return names


def _event(
    doc: Doc, article: Article, timex: Timex | None, interval: EventDate, predicate: Token,
    sentence: tuple[int, int], participants: Participants, dct: EventDate | None, index: int,
    timex_span: TextSpan | None = None, date_source: str = "timex", entry: bool = True,
) -> Event:
    if timex_span is None:
        # An undated event has no expression of its own: an empty span where its trigger is.
        timex_span = TextSpan(timex.start, timex.end, timex.text) if timex else TextSpan(predicate.idx, predicate.idx, "")
    future = None
    if dct is not None and timex is not None:
        future = True if interval.start > dct.end else False if interval.end < dct.start else None
        if future and interval.start <= dct.end + _PAGE_LAG and _told_as_past(predicate):
            # "Barak spoke to Tantawi Saturday" on a live blog dated Friday: the page's date lags its
            # posts (a blog runs past midnight, its date is another zone's); a past deed is no plan.
            future = None
        if future and _WRITERS_DAY.fullmatch(timex.text.strip()):
            # A reader's "yesterday" after the page's date (its comments go on for weeks): past or
            # present for the one who wrote it, never a plan.
            future = None if timex.text.strip().lower().startswith(("today", "tonight", "this")) else False
    text = doc_text(doc)
    by = timex is not None and text[max(0, timex.start - 4) : timex.start].strip().lower() == "by"
    modality = modality_of(predicate, date_is_future=future, has_by=by)
    if modality == "happened" and self_claim(predicate, participants) is not None:
        modality = "reported"  # "Smith said he paid the money back": the doer's own claim, not a fact
    names = _participants(doc, predicate, sentence, participants)
    if not entry:
        title = ""  # a time anchor is never shown: no headline to write
    else:
        title = headline(predicate, participants, names) or text[sentence[0] : sentence[1]][:60]
        if modality == "planned" and future and timex is not None:
            # "The department releases the figures tomorrow" is a plan: "Department to release figures"
            when = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            title = as_planned(title, predicate, when.root if when is not None else None)
    if entry and modality == "negated" and not _NEGATION_WORDS & set(title.lower().replace("n't", " not").split()):
        # A headline must not tell as done what the text says was not: "Austin speaks to counterpart".
        not_yet = "yet" in {t.lower_ for t in predicate.head.children} | {t.lower_ for t in predicate.children}
        title = f"{title} (not yet)" if not_yet else f"{title} (did not happen)"
    confidence = _confidence(timex, interval, article, modality)
    return Event(
        id=f"{article.id}-e{index + 1}",
        article=article.id,
        date=interval,
        headline=title,
        sentence=TextSpan(sentence[0], sentence[1], text[sentence[0] : sentence[1]]),
        trigger=TextSpan(predicate.idx, predicate.idx + len(predicate.text), predicate.text),
        timex=timex_span,
        participants=names,
        modality=modality,
        confidence=confidence,
        event_class=event_class_of(predicate),
        date_source=date_source,
    )


def _live_blog(doc: Doc) -> bool:
    """Whether the doc is a live blog's page (cached on the doc: every event asks)."""
    found = doc.user_data.get(_LIVE_BLOG_KEY)
    if found is None:
        found = doc.user_data[_LIVE_BLOG_KEY] = is_live_blog(doc_text(doc))
    return bool(found)


_LIVE_BLOG_KEY = "chronicle.events.live_blog"


def _told_as_past(predicate: Token) -> bool:
    """ "spoke", "have brought", "were released", "were gaining ground", "have been taking place",
    "tried to approach", or a noun a past verb governs ("what happened during Wednesday's clashes")."""
    verb = predicate
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN" and aux & {"have", "has", "had", "was", "were"}:
        return True
    if verb.tag_ == "VBG" and (aux & {"was", "were"} or ("been" in aux and aux & {"have", "has", "had"})):
        return True
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD"


def _confidence(timex: Timex | None, interval: EventDate, article: Article, modality: str) -> float:
    """How sure the event's date is: explicit dates most, DCT-relative ones as sure as the DCT."""
    if timex is None:
        return UNDATED_CONFIDENCE * max(article.dct.confidence, 0.3)
    absolute = any(ch.isdigit() for ch in timex.text) and len(interval.value) >= 4 and any(
        part.isdigit() and len(part) == 4 for part in timex.text.replace(",", " ").split()
    )
    base = 0.85 if absolute else 0.85 * max(article.dct.confidence, 0.4) + 0.1
    if modality in ("hypothetical", "projected"):
        base -= 0.1
    return round(min(1.0, max(0.05, base)), 3)


def _run_into_stamp(at: int, sentence: tuple[int, int], stamps: list[tuple[int, int]]) -> bool:
    """A word before the page's own date line in the same sentence: the page head (a title, a
    "Full Article" link) ran into the date line ("… U.N. says a mistake CAIRO | Wed Apr 29 , 2009");
    the lead after the date line tells that news again, dated."""
    return any(sentence[0] <= at < start < sentence[1] for start, _ in stamps)
