"""Boilerplate lines of news pages that are not events: captions, bylines, promos, comment
sections, publisher and correction notes, photo credits, price rows, page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass

from model.text.pattern_sets import PatternSet

# Each pattern describes a kind of page furniture, not a particular site; they match a whole line.
_LINE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\s*(?:read|see|watch|listen)\s+(?:more|also)\b",  # "READ MORE ...", "See also ..."
        r"^\s*(?:reporting|writing|editing|additional reporting|compiled)\s+by\b",  # wire bylines
        r"^\s*(?:authors?|by|photo|photos|video|source|credit)\s*:",  # "Authors: ...", "Photo: ..."
        r"\bjoin\b.{0,60}\b(?:channel|newsletter|group|community)\b",  # "Join ST's Telegram channel"
        r"\b(?:subscribe|sign up)\b.{0,60}\b(?:newsletter|updates|channel)\b",
        r"\b(?:get|acquire)\s+licen[cs]e\s+rights|\blicen[cs]e rights\b",
        r"^\s*(?:related|recommended|most read|more from|trending)(?:\s+(?:articles|stories|topics|news|links"
        r"|internet links|bbc links))?\s*$",
        r"^\s*back to top\b",
        r"^\s*you might also like\b",
        r"^\s*our standards\s*:",
        r"^\s*(?:share|share this|advertisement|sponsored)\s*$",
        r"opens a new tab\b",
        r"^\s*(?:copyright|©)\b",
        r"\ball rights reserved\b",
        # Comment sections and publisher notes.
        r"\bthis discussion is now closed\b",
        r"\bcomments? (?:are|is) (?:now )?closed\b",
        r"^\s*we welcome (?:comments|your comments|readers)",
        r"^\s*views expressed\b",
        r"\bviews expressed (?:here|in this|are)\b",
        r"^\s*a version of this (?:article|story)\b.{0,80}\bappeared\b",
        r"^\s*(?:correction|clarification|editor's note)\s*[:.-]",
        r"^\s*(?:this|an earlier version of this) (?:article|story) (?:was|has been) (?:amended|corrected|updated)\b",
        r"^\s*an earlier version of this (?:article|story)\b",
        # Bylines and photo credits on a line of their own.
        r"^\s*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:,\s*[\w ]{2,40})?$",
        r"^\s*(?:photograph|photo|picture)\s*(?:by|:)\s",
        r"\((?:AP|AFP|Reuters|Getty)(?: Images)?(?: Photo)?(?:/[\w .]+)?\)\s*$",
        r"^\s*(?:posted|published|updated|last updated)\s*(?:on|at|:)?\s*\d",
    )
)
# A row of prices: "Brent crude 73.10 -0.45 -0.6%" — mostly figures, no sentence.
_FIGURE = re.compile(r"^[-+$€£]?\d[\d.,]*%?$")
# Photo captions end with a credit: "... PHOTO: REUTERS", "... REUTERS/Kevin Lamarque", "(AFP)".
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:PHOTO|PHOTOS|FILE PHOTO|PICTURE|IMAGE)\s*:\s*[A-Z][A-Z0-9 .&/'-]*$)"  # all caps: body may follow
    r"|(?:\b[A-Z]{2,}/[A-Z][\w.]*(?: [A-Z][\w.]*)*(?:\s+(?:License Rights|Acquire|Purchase)[\w ]*)*$)"
    r"|(?:\b(?:Photo|Picture|Image)(?: credit)?\s*:\s*.{2,60}$)",
)


# Page furniture that, on a page flattened to one line, sits among the body's sentences: reader
# calls, moderation and correction notes, broadcast promos, live-blog time stamps, bylines.
_SENTENCE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bthis comment (?:was|has been) removed\b|\bbroke the house rules\b",
        r"\b(?:share|send us|tell us|e-?mail us)\s+(?:your|with your)?\s*(?:thoughts|views|experiences?|stories|story|"
        r"comments?|pictures|photos|videos)\b",
        r"\byou can (?:always )?comment\b|\bthank(?:s| you) for (?:contributing|your comments)\b",
        r"\bthis (?:article|story|post) (?:was|has been) (?:amended|corrected|updated)\b",
        r"^\W*in the (?:article|story) above\b",
        r"\bfull coverage\b|\bclick here\b",
        r"\bairs?\b.{0,40}\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:ET|PT|GMT)?\b.{0,20}\bon (?:HLN|CNN)\b",
        r"\d\s*[ap]m at \d{1,2}:\d\d\s*[ap]m\b",  # "February 11, 2011 01:08 am at 1:08 am | …"
        r"^\W*(?:[A-Z][a-z]+\s*,\s*)?\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s*(?:ET|GMT|BST|EST|EDT)?\W*(?:-RRB-)?\W*$",
        r"^\W*by (?:the )?CNN Wire Staff\b",
        # Credits and promos: "X , Y and Z contributed to this report", "it will air on HLN at 9 p.m.",
        # "CNN.com Live has the latest from Capitol Hill", "Link to this audio".
        r"\bcontributed (?:reporting )?to this (?:report|story|article)\b",
        r"\bairs?\b.{0,20}\bon [A-Z]{2,6}\b.{0,20}\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?",
        r"\b(?:has|have|gets?) the latest (?:from|on)\b",
        r"\blink to (?:this )?(?:audio|video|page)\b",
        # Comment sections: "At 11:07 am on 15 Jun 2009 , reader wrote :", "we welcome a lively discussion
        # as long as you follow the Rules of Conduct".
        r"^\W*at \d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s+on\s+\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}\s*,.{1,40}?\bwrote\b",
        r"\bwelcomes? a lively\b.{0,40}\bdiscussion\b|\brules of conduct\b",
        # Calls to the reader: "Click on the cards below", "Sign up now to get …", "Listen here to …".
        r"^\W*click (?:on|here|below|the)\b|\bsign up (?:now|here|today|for)\b|^\W*(?:listen|watch) (?:here|now|again|live)\b",
        # Print-edition and teaser notes: "A version appeared on p33 of the Main section",
        # "… should have MORE Feb 9 , 2011 6:52 AM ET".
        r"\bappeared on p\.?\s?\d+\b",
        r"\b(?-i:MORE)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*,\s*\d{4}",
        # Programme listings and links: "Listen to File on 4 , BBC Radio 4 2000 BST , Tuesday 9 June",
        # "… BBC One , 9pm", "Today is broadcast live from 6am", "repeated 1700 , Sunday", "Related stories".
        r"^\W*(?:listen|watch) to\b.{0,80}\b(?:BBC|Radio \d|iPlayer)\b",
        r"\bBBC (?:One|Two|Three|Four|Radio \d|Radio [A-Z]\w+|World Service|News Channel|Parliament)\s*,?\s*(?:at\s+)?"
        r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]m|\d{3,4}\s*(?:BST|GMT))\b",
        r"\b(?:is|are) broadcast(?: live)? (?:on|from|at|every)\b|\brepeated\s+(?:at\s+)?\d{3,4}\b",
        r"^\W*related (?:links|stories|internet links|articles|topics|videos)\b",
        # An author's note: "A graduate of Fordham University , she has written for GQ …".
        r"^\W*a graduate of\b.{0,120}\b(?:has|have) (?:written|worked|reported|contributed)\b",
        # A page's own stamp on a line of its own: "6 January 2011 Last updated at 04:46 GMT Help".
        r"^\W*(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}\s+)?(?:page\s+)?last updated (?:at|on)\s+\d{1,2}[:.]\d\d\s*"
        r"(?:GMT|BST|ET|EST|EDT)?(?:\s*,\s*[A-Za-z]+\s*,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4})?"
        r"(?:\s+(?:help|printable version|print|share(?: this page)?|"
        r"e-?mail (?:this )?(?:to a friend)?|feedback|close|bookmark|text only)\b)*\W*$",
        # A day's running order: "9:00 am ET - Remembering the storm -", "2:15 pm ET - Budget briefing -".
        r"^\W*\d{1,2}:\d\d\s*[ap]\.?m\.?\s*(?:ET|PT|GMT|BST)?\s+-\s.{2,80}\s-\s*$",
        # A byline with its role and date: "By Ann Lee , staff reporterJanuary 28 , 2011 : 5:11 PM".
        r"^\W*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*,\s*[A-Za-z ]{2,40}?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*,\s*\d{4}",
        # The comment form and the site's own notes: "-LRB- required , but will not be displayed -RRB-",
        # "This article was published on guardian.co.uk at 10.01 BST", "If you need help using the site".
        r"\brequired\s*,\s*but will not be displayed\b",
        r"\bthis (?:article|story) was (?:first )?published on\s+[\w.]+\b(?:\s*\.\s*co\.uk|\s+at\s+\d)?",
        r"\bif you need help using the site\b",
        # Promos for galleries and lists of other stories: "A selection of the best images from around the
        # world", "The five most popular stories on CNN.com in the past 24 hours".
        r"\ba selection of the (?:best|day's|day 's|week's|week 's) (?:images|pictures|photos|photographs)\b",
        r"\bmost (?:popular|read|viewed|shared) (?:stories|articles)\b",
        # A blog post's byline and stamp: "Susan Lee | 18:00 UK time , Saturday , 25 April 2009".
        r"^\W*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*\|\s*\d{1,2}[:.]\d\d\s*UK time\b",
        # A reader poll's buttons run into the next line: "YES | NO The president stepped down …".
        r"^\W*yes\s*\|\s*no\b",
        # A wire story's edit note: "(Recasts ; adds quotes and byline)", "(Updates with new death toll)".
        r"^\W*(?:-LRB-|\()\s*(?:recasts|adds|updates|corrects|fixes|repeats|changes)\b[^()]{0,80}?(?:-RRB-|\))",
        # Links to other sites' stories, each with its age: "Haiti begs for more aid - 11 hrs ago".
        r"\s-\s\d{1,2}\s(?:hrs?|hours?|mins?|minutes?|days?)\sago\b.{0,200}\s-\s\d{1,2}\s(?:hrs?|hours?|mins?|minutes?|days?)\sago\b",
        r"\bis not responsible for the content of external (?:internet )?sites\b",
        # A video's caption: "These fans spoke to the BBC outside the court", "Jo Lee describes the scene at the port".
        r"^\W*(?:these|this|those)\s+\w+\s+(?:spoke|speak|talked|talk)\s+to\s+(?:the\s+)?(?:BBC|CNN|Reuters|us)\b",
        r"^\W*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,2}\s+(?:describes|reports on|reports from|explains)\s+(?:the\s+)?"
        r"(?:situation|scene|mood|atmosphere|latest)\b[^.]*$",
        r"\beditor\s?'s note\s*:",
        # Broadcast notes beside a clip: "BBC clip shown on 12 January", "This video was first broadcast on
        # BBC One", "Watch the video", "Watch the full interview above"; a blog's "comment on this post" and
        # a repost button ("RETWEET").
        # (but "the footage was shown on state television on Monday" is news).
        r"^\W*(?:(?:a|the) (?=(?:BBC|CNN|ITV|Sky) )|this )?(?:BBC |CNN |ITV |Sky )?(?:clip|video|footage|programme|film|report)"
        r"\s+(?:was\s+|is\s+)?(?:first\s+|originally\s+)?(?:broadcast|shown|aired|screened)\s+on\s+"
        r"(?:(?:the )?(?:BBC|CNN|ITV|Sky|Channel \d)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
        r"^\W*the (?:clip|video|programme|film|report)\s+(?:was\s+|is\s+)?(?:first\s+|originally\s+)?(?:broadcast|shown|aired)"
        r"\s+on\s+(?:the )?(?:BBC|CNN|ITV|Sky|Channel \d)\b",
        r"^\W*(?:you can )?watch (?:the|this|our) (?:full )?(?:video|clip|report|interview|programme|footage)\b",
        r"\bcomment on this (?:post|entry|story|article)\b",
        r"(?-i:\bRETWEET\b)",
        r"\bplease welcome (?:our|the|my)\b",
        # A byline with its date: "By Dan Primack February 2, 2011: 2:24 PM ET".
        r"^\W*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
        r"\s+\d",
    )
)


# Stamps of readers' comments under a page: "January 27 , 2011 at 7:59 pm | Report abuse |" or
# "February 3 , 2011 06:30 am at 6:30 am |" (the
# comment before or after it), "At 11:07 am on 15 Jun 2009 , carefulmum wrote :".
_COMMENT_STAMP = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*,\s*\d{4}\s+"
    r"(?:\d{1,2}:\d\d\s*[ap]\.?m\.?\s+)?at\s+"
    r"\d{1,2}:\d\d\s*[ap]\.?m\.?\s*\|"
    r"|\bat\s+\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s+on\s+\d{1,2}\s+[a-z]+\.?\s+\d{4}\s*,.{1,40}?\bwrote\b",
    re.IGNORECASE,
)


# The note that closes a readers' debate and heads what they sent in: "This debate is now closed . A
# selection of your comments appear below .", "We will aim to publish as many of your views as we can ."
# (a BBC "Have Your Say" page: the question put to readers above it, their comments and sign-offs,
# "Ann Lee , Leeds , UK", after it).
_READERS_WORDS = r"(?:comments|tributes|views|experiences|e-?mails|messages|stories|thoughts)"
_THREAD_NOTE = re.compile(
    r"\bthis (?:debate|discussion|topic|thread) (?:is|has) (?:now )?closed\b"
    rf"|\b(?:a selection of |some of )?your {_READERS_WORDS} (?:appears?|are published|are shown) below\b"
    rf"|\bhere (?:is|are) (?:a selection of|some of) your {_READERS_WORDS}\b"
    rf"|\bwe will (?:aim to |try to )?publish (?:as many of |a selection of |some of )?your {_READERS_WORDS}\b",
    re.IGNORECASE,
)


# A reader's sign-off after what they sent in: "(Carl Davies, Birmingham)", "-LRB- Mat , England -RRB-".
_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
_SIGN_OFF = re.compile(rf"(?:\(|-LRB-)\s*{_NAME}\s*,\s*{_NAME}\s*(?:\)|-RRB-)")
_SENTENCE_END = re.compile(r"[.!?]\s+(?:''\s+|\"\s+)?(?=\S)")


def comment_thread_start(text: str) -> int | None:
    """Where the readers' comments under a page begin: at the note that closes a readers' debate, at
    the first of two or more comment stamps (one stamp alone may be a quoted post), or at the sentence
    before the first of three or more readers' sign-offs (a page of what readers sent in: "quotes of
    the week", "your pictures"). What readers wrote is no report of the news."""
    note = _THREAD_NOTE.search(text)
    stamps = _COMMENT_STAMP.finditer(text)
    first = next(stamps, None)
    found = [note.start()] if note is not None else []
    if first is not None and next(stamps, None) is not None:
        found.append(first.start())
    sign_offs = [m.start() for m in _SIGN_OFF.finditer(text)]
    if len(sign_offs) >= 3:
        # the item signed off first runs from the end of the sentence before it
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, sign_offs[0] - 2))]
        found.append(ends[-2] if len(ends) >= 2 else 0)
    return min(found, default=None)


_LINE_SET = PatternSet(_LINE_PATTERNS)
_SENTENCE_SET = PatternSet(_SENTENCE_PATTERNS)


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    kind: str  # "boilerplate" | "caption"


def classify_line(line: str) -> str | None:
    """"boilerplate", "caption" or None for a line of article text."""
    text = line.strip()
    if not text:
        return None
    if _CAPTION_CREDIT.search(text):
        return "caption"
    if _LINE_SET.search_any(text):  # any(p.search(text) for p in _LINE_PATTERNS), the hopeless ones skipped
        return "boilerplate"
    words = text.split()
    if len(words) >= 3 and sum(1 for w in words if _FIGURE.match(w)) >= max(2, len(words) / 2):
        return "boilerplate"  # a market price row
    return None


# Short words of English: a sentence made mostly of other one- and two-letter words is text whose
# accents were lost ("so t m t c ch g t gao"), not a report.
_SHORT_WORDS = frozenset((
    "a", "i", "in", "on", "to", "of", "is", "it", "at", "be", "we", "he", "so", "do", "no", "or", "as", "by",
    "an", "if", "up", "us", "my", "me", "go", "am", "oh", "ok", "mr", "dr", "st", "uk", "un", "eu",
))


def _garbled(text: str) -> bool:
    words = [w.lower() for w in text.split() if w.isalpha()]
    odd = [w for w in words if len(w) <= 2 and w not in _SHORT_WORDS]
    return len(words) >= 5 and len(odd) * 2 >= len(words)


def _shouted(text: str) -> bool:
    """A sentence in capitals: a reader shouting ("A MAN WHO TAKES ANOTHER MAN 'S LIFE IS A DISGRACE"),
    never a news report (acronyms and a capitalised heading word or two apart)."""
    if sum(map(str.isupper, text.split())) < 4:
        return False  # (quick: 80 % of four or more long words in capitals are four words in capitals)
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 3]
    return len(long_words) >= 4 and sum(w.isupper() for w in long_words) >= 0.8 * len(long_words)


def boilerplate_sentence(sentence: str) -> bool:
    """Whether one sentence is page furniture or a question to the reader rather than a report.

    A question asks and tells no happening ("Have you or your family been affected by the
    earthquake?", "Will the moves work?").
    """
    text = sentence.strip()
    if "?" in text and re.sub(r"(?:\s*(?:''|”|\"|'|-RRB-|\)))+$", "", text).endswith("?"):
        return True
    return (classify_line(text) is not None or _SENTENCE_SET.search_any(text) or _shouted(text)
            or _garbled(text))


def boilerplate_regions(text: str) -> list[Region]:
    """Character ranges of every boilerplate or caption line in the text."""
    regions: list[Region] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        kind = classify_line(line)
        if kind is not None:
            regions.append(Region(pos, pos + len(line.rstrip("\r\n")), kind))
        pos += len(line)
    return regions


def in_regions(start: int, end: int, regions: list[Region]) -> Region | None:
    """The region overlapping [start, end), if any."""
    for region in regions:
        if start < region.end and end > region.start:
            return region
    return None
