"""Regular-expression building blocks shared by the recognizer rules."""

from __future__ import annotations

from model.timex.lexicon import (
    DURATION_MOD_RE,
    MONTH_RE,
    NUMBER_RE,
    ORDINAL_RE,
    PART_OF_DAY_RE,
    SEASON_RE,
    UNIT_RE,
    VAGUE_RE,
    WEEKDAY_RE,
)

# Month and weekday names must be capitalised: "may", "march", "sun" are ordinary words.
MON = rf"(?-i:{MONTH_RE}|{MONTH_RE.upper()})"
WD = rf"(?-i:{WEEKDAY_RE}|{WEEKDAY_RE.upper()})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A year of news: 1600-2099, not inside a bigger number, money or a decimal.
Y4 = r"(?<![\d$£€])(?<!\d[.,])(?:1[6-9]\d\d|20\d\d)(?!\d|,\d|\.\d|\s?%|'?s\b)"
# A year outside that range (1000-1599, 2100-9999) is taken only where nothing else can be meant:
# after a month ("March 3, 2150", "December 31, 9999") or a preposition ("built in 1066"), and
# followed by punctuation, an era or a small word, never by a noun ("March 3, 3000 protesters").
FAR_YEAR = (
    r"(?<![\d$£€])(?<!\d[.,])(?:1[0-5]\d\d|2[1-9]\d\d|[3-9]\d\d\d)(?![\d,.]?\d|\s?%|'?s\b)"
    r"(?=\s*(?:[.,;:!?)\]\"'’”]|$)|\s+(?:(?-i:AD|A\.D\.|BC|B\.C\.|CE|BCE)|by|when|and|or|until|as|after|before"
    r"|during|under|with|to|at|in|on|the|a|an|but|while|for|from)\b)"
)
Y4W = rf"(?:{Y4}|{FAR_YEAR})"
NUM = NUMBER_RE
VAGUE = VAGUE_RE
UNIT = UNIT_RE
ORD = ORDINAL_RE
SEASON = SEASON_RE
POD = PART_OF_DAY_RE
DMOD = DURATION_MOD_RE
ZONE = r"(?:\s*(?-i:[ECMP][SD]T|GMT|UTC|ET|CET|BST|HKT|SGT|JST))"
# "10 a.m.", "10:30 pm", "noon", "midnight"
CLOCK = (
    r"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=" + ZONE + r"|\s+(?:hours|local\s+time))"
    # A wire's or live blog's clock without its colon, "at 1633 GMT": never the year 1633. Only with
    # a zone or "local time" ("worked 1500 hours" is a duration).
    r"|(?<![\d,.$£€])(?P<hh24>[01]\d|2[0-3])(?P<mm24>[0-5]\d)(?=" + ZONE + r"\b|\s+(?:hrs\b|local\s+time))"
    r"|(?<!high\s)(?P<noon>noon|midnight))"  # not the idiom or the film, "High Noon"
) + ZONE + "?"
# Where a point sits inside a period: "early", "mid-", "the end of".
POINT_MOD = (
    r"(?:early|mid|late|the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of(?:\s+the)?"
    r"|(?:end|beginning|start|middle)\s+of)"
)
