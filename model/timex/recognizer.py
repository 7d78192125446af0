"""Finding temporal expressions in text: extents, types and their unresolved meaning.

Each rule is a regex plus a builder turning the match into (type, parse, mod). The extent is
the match, or its group ``x`` when the rule needs context it must not include (TimeML leaves
leading prepositions out: "on Monday" -> "Monday"). Overlaps keep the longest match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from model.text.lexicon import MONTHS
from model.timex.lexicon import (
    DURATION_MODS,
    FRACTIONS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    POINT_MODS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from model.timex.parse import Parse
from model.timex.patterns import (
    CLOCK,
    DAY,
    DMOD,
    FAR_YEAR,
    MON,
    NUM,
    ORD,
    POD,
    POINT_MOD,
    SEASON,
    UNIT,
    VAGUE,
    WD,
    Y4,
    Y4W,
    ZONE,
)

Built = tuple[str, Parse, "str | None"]
Builder = Callable[[re.Match[str], str], "Built | None"]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    parse: Parse
    mod: str | None
    rule: str


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    build: Builder
    key: re.Pattern[str] | None = None  # a word every match contains: rules only run near one


# --- small parsers -------------------------------------------------------------------------

def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_of(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def number_of(text: str) -> float | None:
    """3, 3.5, 3½, "twenty-four", "two and a half"; None when vague ("several")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t == "a couple of":
        return 2.0
    if m := re.fullmatch(r"(\d+)[\s-]+1/2", t):
        return int(m[1]) + 0.5
    half = 0.0
    if t.endswith("and a half"):
        half, t = 0.5, t[: -len("and a half")].strip()
    frac = 0.0
    if t and t[-1] in FRACTIONS:
        frac, t = FRACTIONS[t[-1]], t[:-1].strip()
        if not t:
            return frac
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + frac + half
    total = 0.0
    for part in re.split(r"[\s-]+", t):
        if part not in NUMBERS:
            return None
        value = NUMBERS[part]
        total = total * value if value == 100 and total else total + value
    return total + frac + half


def fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def point_mod(text: str | None) -> str | None:
    if not text:
        return None
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in POINT_MODS:
            return POINT_MODS[word]
    return None


def duration_value(n: float | None, unit_word: str) -> str:
    unit_key = unit_word.lower().rstrip("s") if unit_word.lower() != "centuries" else "century"
    unit_key = {"centurie": "century", "millennia": "millennium"}.get(unit_key, unit_key)
    unit = UNITS.get(unit_key, "D")
    amount = "X" if n is None else fmt_num(n)
    if unit_key in ("second", "minute", "hour"):
        return f"PT{amount}{unit}"
    if unit == "2W":
        return f"P{'X' if n is None else fmt_num(2 * n)}W"
    if unit == "WE":
        return f"P{'X' if n is None else fmt_num(2 * n)}D"
    if unit in ("DE", "CE", "ML") and n is not None:
        return f"P{fmt_num(n * {'DE': 10, 'CE': 100, 'ML': 1000}[unit])}Y"
    return f"P{amount}{unit}"


def unit_code(word: str) -> str:
    w = word.lower().replace("fiscal ", "").rstrip("s")
    return {"day": "D", "night": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q",
            "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "half": "H",
            "hour": "H", "season": "S"}.get(w, "Y")


# --- builders ------------------------------------------------------------------------------

def _iso(m: re.Match[str], _: str) -> Built | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m["hh"]:
        return "TIME", {"k": "abs", "v": f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mm']}"}, None
    return "DATE", {"k": "abs", "v": f"{y:04d}-{mo:02d}-{d:02d}"}, None


def _numeric(m: re.Match[str], _: str) -> Built | None:
    mo, d, y = int(m["a"]), int(m["b"]), int(m["y"])
    if mo > 12 and d <= 12:  # day-first (European) order
        mo, d = d, mo
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if y < 100:
        y += 1900 if y >= 40 else 2000
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["th"]:
        return "TIME", {"k": "abs", "v": f"{date}T{int(m['th']):02d}:{m['tm']}"}, None
    return "DATE", {"k": "abs", "v": date}, None


def _compact(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "abs", "v": f"{m['y']}-{m['mo']}-{m['d']}"}, None


def _month_day(m: re.Match[str], _: str) -> Built | None:
    mo, d = month_of(m["mon"]), day_of(m["d"])
    if d > 31:
        return None
    y = int(m["y"]) if m["y"] else None
    sh = (m.groupdict().get("sh") or "").lower()
    shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(sh)
    parse: Parse = {"k": "cal", "y": y, "m": mo, "d": d, "shift": shift}
    if m.groupdict().get("wd"):
        parse["wd"] = WEEKDAYS[m["wd"].lower()]  # "Monday, Nov. 15": the weekday fixes the year
    return "DATE", parse, None


def _week_of(m: re.Match[str], text: str) -> Built | None:
    built = _month_day(m, text)
    if built is None:
        return None
    return "DATE", {**built[1], "week": True}, None  # "the week of March 6": that date's ISO week


def _month_year(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "cal", "y": int(m["y"]), "m": month_of(m["mon"]), "d": None}, point_mod(m["pm"])


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|from|of|during|before|after|to|and|or|between|"
    r"early|late|mid|last|next|this|each|every|until|throughout|starting|beginning|ending)[\s-]*|[-–,(]\s*)$",
    re.I,
)


def _month(m: re.Match[str], text: str) -> Built | None:
    word = m["mon"]
    sh, pm = m["sh"], m["pm"]
    # "May" and "March" are also a modal and a verb: demand a calendar context for them.
    if (
        word.lower() in ("may", "march", "mar.")
        and not (sh or pm)
        and not _MONTH_CONTEXT.search(text[max(0, m.start() - 14) : m.start()])
    ):
        return None
    if len(word) <= 4 and not word.endswith(".") and word.lower() not in ("may", "june", "july") and not (sh or pm):
        return None  # a lone "Jan" or "Dec" is a first name far more often than a month
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get((sh or "").lower())
    return "DATE", {"k": "cal", "y": None, "m": month_of(word), "d": None, "shift": shift}, point_mod(pm)


def _month_rel_year(m: re.Match[str], _: str) -> Built | None:
    yrel = {"this": 0, "last": -1, "next": 1}[m["sh"].lower()]
    return "DATE", {"k": "cal", "y": None, "yrel": yrel, "m": month_of(m["mon"]), "d": None}, point_mod(m["pm"])


def _weekday(m: re.Match[str], _: str) -> Built | None:
    wd = WEEKDAYS[m["wd"].lower()]
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    tod = f"T{pod}" if pod else None
    if m["pl"]:
        return "SET", {"k": "abs", "v": f"XXXX-WXX-{wd}" + (tod or "")}, None
    sh = " ".join((m["sh"] or "").lower().split())
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "this past": -1, "this coming": 1}.get(sh)
    return ("TIME" if tod else "DATE"), {"k": "wd", "wd": wd, "shift": shift, "tod": tod}, None


def _weekday_date(m: re.Match[str], text: str) -> Built | None:
    return _month_day(m, text)


def _clock(m: re.Match[str]) -> str:
    if m["noon"]:
        return "T12:00" if m["noon"].lower() == "noon" else "T24:00"
    if m["h24"] is not None:
        return f"T{int(m['h24']):02d}:{m['mi24']}"
    if m["hh24"] is not None:
        return f"T{m['hh24']}:{m['mm24']}"
    h = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return f"T{h:02d}:{m['mi'] or '00'}"


_REL_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


_GLOSSED_CLOCK = re.compile(r"(?:[ap]\.?\s?m\.?|\d)\s*(?:[(\[]|-LRB-)\s*$", re.I)


def _time(m: re.Match[str], text: str) -> Built | None:
    if m["hh24"] is not None and _GLOSSED_CLOCK.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # "at 10:35 a.m. (0735 GMT)": the same moment in another zone, a gloss
    date: Parse | None = None
    if m["wd"]:
        date = {"k": "wd", "wd": WEEKDAYS[m["wd"].lower()], "shift": None, "tod": None}
    elif m["rd"]:
        date = {"k": "rel", "u": "D", "n": _REL_DAY[m["rd"].lower()], "ref": False}
    elif m["mon"]:
        date = {"k": "cal", "y": int(m["y"]) if m["y"] else None, "m": month_of(m["mon"]), "d": day_of(m["d"])}
    return "TIME", {"k": "tm", "t": _clock(m), "date": date}, None


def _clock_pod(m: re.Match[str], _: str) -> Built | None:
    # "4 in the morning" = 04:00, "8 in the evening" = 20:00 ("12 at night" is midnight).
    h = int(m["h"]) % 12 + (0 if m["pod"].lower() == "morning" or (m["pod"].lower() == "night" and int(m["h"]) >= 12) else 12)
    if m["pod"].lower() == "night" and int(m["h"]) <= 4:
        h = int(m["h"])  # "2 at night" is the small hours
    return "TIME", {"k": "tm", "t": f"T{h:02d}:{m['mi'] or '00'}", "date": None}, None


def _midday(m: re.Match[str], _: str) -> Built | None:
    w = re.sub(r"[\s-]+", "", m["w"].lower())
    if w == "midday":
        return "TIME", {"k": "tm", "t": "T12:00", "date": None}, None
    tod = "TMO" if w.endswith("morning") else "TAF"
    return "TIME", {"k": "rel", "u": "D", "n": 0, "ref": False, "tod": tod}, None


def _midday_day(m: re.Match[str], _: str) -> Built | None:
    """ "midday Tuesday", "mid-afternoon yesterday": the part of that day, one TIME."""
    w = re.sub(r"[\s-]+", "", m["w"].lower())
    if m["wd"]:
        date: Parse = {"k": "wd", "wd": WEEKDAYS[m["wd"].lower()], "shift": None, "tod": None}
    else:
        date = {"k": "rel", "u": "D", "n": _REL_DAY[m["rd"].lower()], "ref": False}
    if w == "midday":
        return "TIME", {"k": "tm", "t": "T12:00", "date": date}, None
    tod = "TMO" if w.endswith("morning") else "TAF" if w.endswith("afternoon") else "TEV" if w.endswith("evening") else "TNI"
    return "TIME", {**date, "tod": tod}, None


def _rel_day(m: re.Match[str], text: str) -> Built | None:
    word = m["rd"].lower()
    if m["rd"][0].isupper() and re.search(r"\b(?-i:[A-Z])[\w.]*\s+$", text[max(0, m.start() - 30) : m.start()]):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ".!?:\n\"'`“‘":
            return None  # "USA Today", "VOA Today": a capitalised name in mid-sentence, not the day
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if word == "tonight":
        pod = "NI"
    tod = f"T{pod}" if pod else None
    return ("TIME" if tod else "DATE"), {"k": "rel", "u": "D", "n": _REL_DAY[word], "ref": False, "tod": tod}, None


def _this_pod(m: re.Match[str], _: str) -> Built | None:
    pod = PARTS_OF_DAY[m["pod"].lower()]
    n = -1 if m["sh"].lower() == "last" else 0
    return "TIME", {"k": "rel", "u": "D", "n": n, "ref": False, "tod": f"T{pod}"}, None


def _day_around(m: re.Match[str], _: str) -> Built | None:
    n = -2 if m["w"].lower() == "before yesterday" else 2
    return "DATE", {"k": "rel", "u": "D", "n": n, "ref": False}, None


_SHIFT = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
          "following": 1, "this past": -1, "this coming": 1, "prior": -1}


def _rel_unit(m: re.Match[str], text: str) -> Built | None:
    before = text[: m.start()].rstrip()
    if m["u"][0].isupper() and m["sh"][0].isupper() and before and before[-1] not in ".!?:\n":
        return None  # ABC's "This Week": a title in mid-sentence
    sh = re.sub(r"\s+", " ", m["sh"].lower())
    unit = unit_code(m["u"])
    mod = point_mod(m["pm"])
    the = bool(m["the"])
    if the and sh == "past" and not m["pm"]:
        # "the past week": the week-long stretch before now, a duration in TimeBank.
        return "DURATION", {"k": "abs", "v": duration_value(1, m["u"].replace("fiscal ", ""))}, None
    ref = sh in ("previous", "following", "prior")
    parse: Parse = {"k": "rel", "u": unit, "n": _SHIFT[sh], "ref": ref}
    if unit == "S":
        return None
    pm = (m["pm"] or "").lower()
    if pm.startswith(("earlier", "later")):
        mod = None  # "earlier this month" is the month itself in TimeBank
    return "DATE", parse, mod


def _that_unit(m: re.Match[str], _: str) -> Built | None:
    # "later that year", "that same day": the unit of the date the text was last talking about.
    return "DATE", {"k": "rel", "u": unit_code(m["u"]), "n": 0, "ref": True}, None


def _weekend(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "wd", "wd": 6, "shift": None, "tod": None, "weekend": True}, None


def _unit_edge(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "rel", "u": unit_code(m["u"]), "n": 0, "ref": False}, point_mod(m["pm"])


def _ago(m: re.Match[str], _: str) -> Built | None:
    n = number_of(m["n"]) if not re.fullmatch(VAGUE, m["n"], re.I) else None
    word = re.sub(r"\s+", " ", m["dir"].lower())
    sign = 1 if word in ("later", "from now", "hence", "after", "on") else -1
    if n is None:
        return "DATE", {"k": "abs", "v": "PAST_REF" if sign < 0 else "FUTURE_REF"}, None
    unit = unit_code(m["u"])
    if m["u"].lower().startswith(("hour", "minute", "second")):
        # "48 hours later" is two days after what it follows; "three hours ago" is the same day.
        days = int(n // 24) if m["u"].lower().startswith("hour") else 0
        return "DATE", {"k": "rel", "u": "D", "n": sign * days, "ref": word in ("earlier", "later")}, None
    if n != int(n):
        return "DATE", {"k": "abs", "v": "PAST_REF" if sign < 0 else "FUTURE_REF"}, None
    ref = word in ("earlier", "later", "after", "on")
    return "DATE", {"k": "rel", "u": unit, "n": sign * int(n), "ref": ref, "ago": word == "ago"}, None


_RATE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:million|billion|thousand|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twice|once))"
    r"(?:\s+[a-z]+){0,2}\s+$"
)


def _duration(m: re.Match[str], text: str) -> Built | None:
    raw = m["n"]
    unit = m["u"]
    low = raw.lower()
    if unit.lower() == "second":
        return None  # "a second term", "the 1988 second quarter": an ordinal, not a unit
    if low in ("a", "an") and not m["mod"] and _RATE.search(text[max(0, m.start() - 40) : m.start()]):
        return None  # "$1.76 a year", "four flights a week", "24 hours a day": a rate's denominator
    if unit[0].isupper() and raw[:1].isdigit():
        return None  # "60 Minutes", "48 Hours": a title, not a stretch of time
    fraction_like = "-" in m.group(0) or raw.lower() in ("a", "an", "one")
    if unit.lower().startswith("quarter") and fraction_like and re.match(r"\s+of\s+(?!(?:the\s+)?(?:year|fiscal)\b|(?:19|20)\d\d)", text[m.end() :]):
        return None  # "three-quarters of its food", "a quarter of the market": a fraction
    vague = bool(re.fullmatch(VAGUE, raw, re.I))
    n = None if vague else number_of(raw)
    if not vague and n is None:
        return None
    if n is not None and (n > 10000 or (re.fullmatch(r"(?:1[6-9]|20)\d\d", raw) and not unit.lower().endswith("s"))):
        return None  # "the 1988 quarter" is a year, not 1,988 quarters
    if m["half"]:
        n = (n or 0) + 0.5
    mod = DURATION_MODS.get(re.sub(r"\s+", " ", (m["mod"] or "").lower()))
    if low in ("some",) and not m["mod"]:
        mod = None
    return "DURATION", {"k": "abs", "v": duration_value(n, unit)}, mod


def _half_unit(m: re.Match[str], _: str) -> Built | None:
    return "DURATION", {"k": "abs", "v": duration_value(0.5, m["u"])}, None


def _bare_units(m: re.Match[str], _: str) -> Built | None:
    return "DURATION", {"k": "abs", "v": duration_value(None, m["x"])}, None


_SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                "annual": "P1Y", "yearly": "P1Y", "quarterly": "P3M", "hourly": "PT1H",
                "biannual": "P6M", "semiannual": "P6M", "biennial": "P2Y", "fortnightly": "P2W"}


# A quantity measured per period is a rate, as "$1.76 a year" is: "annual sales", "a modest annual
# rate", "average daily volume", "revenue to increase by 20% annually", "10,000 units annually".
_MEASURE_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:sales|revenues?|rates?|dividends?|growth|budgets?|income|output|production|volume|"
    r"turnover|interest|fees?|salar(?:y|ies)|pay|earnings|profits?|capacity|consumption|returns?|yields?|"
    r"inflation|costs?|spending|payments?|rent|wages?|deficits?|subscriptions?)\b"
)


def _set_adverb(m: re.Match[str], text: str) -> Built | None:
    word = m["w"].lower()
    if word in ("annual", "daily", "weekly", "monthly", "quarterly", "yearly", "hourly") and _MEASURE_NOUN.match(
        text, m.end()
    ):
        return None
    if word.endswith("ly") and word not in ("daily",) and _RATE.search(text[max(0, m.start() - 40) : m.start()]):
        return None
    return "SET", {"k": "abs", "v": _SET_ADVERBS[m["w"].lower()]}, None


def _set_every(m: re.Match[str], _: str) -> Built | None:
    u = m["u"]
    if u.lower() in WEEKDAYS:
        return "SET", {"k": "abs", "v": f"XXXX-WXX-{WEEKDAYS[u.lower()]}"}, None
    if u.lower() in PARTS_OF_DAY:
        return "SET", {"k": "abs", "v": f"XXXX-XX-XXT{PARTS_OF_DAY[u.lower()]}"}, None
    if u.lower().rstrip(".") in MONTHS:
        if m["n"] or m["other"]:
            return None
        return "SET", {"k": "abs", "v": f"XXXX-{month_of(u):02d}"}, None  # "each July": every July
    n = number_of(m["n"]) if m["n"] else 1.0
    if m["other"]:
        n = (n or 1) * 2
    return "SET", {"k": "abs", "v": duration_value(n, u)}, None


def _set_times(m: re.Match[str], _: str) -> Built | None:
    return "SET", {"k": "abs", "v": duration_value(1, m["u"])}, None


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
    "future": "FUTURE_REF", "soon": "FUTURE_REF", "a later date": "FUTURE_REF", "the moment": "PRESENT_REF",
    "in future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant past": "PAST_REF", "the recent past": "PAST_REF",
    "the time being": "PRESENT_REF", "today": "PRESENT_REF", "current": "PRESENT_REF",
}


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”`]*\s+|\n\s*|[\"“`]{1,2}\s*)(?:(?:and|but|so)\s+)?$", re.I)


def _ref(m: re.Match[str], text: str) -> Built | None:
    word = re.sub(r"\s+", " ", m["x"].lower())
    if word == "now" and text[m.end() : m.end() + 1] == "," and _SENTENCE_START.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # "Now, he says ...": a discourse marker opening the sentence, not a time
    return "DATE", {"k": "abs", "v": _REFS[word]}, None


_VAGUE_UNIT = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "E"}


def _recent(m: re.Match[str], _: str) -> Built | None:
    word = m["w"].lower()
    if word in ("recent", "coming", "upcoming"):
        # "in recent years", "in the coming weeks": a stretch of unstated length reaching to or from
        # now, which TimeML writes as a duration with an unknown count (PXY, PXW).
        return "DURATION", {"k": "abs", "v": "PX" + _VAGUE_UNIT[m["u"].lower()]}, None
    value = "FUTURE_REF" if word in ("coming", "next", "upcoming", "future") else "PAST_REF"
    return "DATE", {"k": "abs", "v": value}, None


def _quarter(m: re.Match[str], _: str) -> Built | None:
    o = ORDINALS[m["o"].lower()]
    kind = m["p"].lower()
    if kind == "half":
        if o not in (1, 2):
            return None
        p = f"H{o}"
    else:
        p = f"Q{4 if o == -1 else o}"
    parse: Parse = {"k": "part", "p": p, "y": None, "yrel": None}
    if m["y"]:
        parse["y"] = int(m["y"])
    elif m["sh"]:
        parse["yrel"] = _SHIFT[m["sh"].lower()]
    elif m["ya"]:
        parse["back"] = 1  # "the year-earlier third quarter": that quarter a year before
    return "DATE", parse, point_mod(m["pm"])


def _quarter_of(m: re.Match[str], _: str) -> Built | None:
    """ "the last quarter of 1988" is its fourth quarter, "the latter half" its second, "the first two
    quarters of 1990" its first half."""
    which, n, kind = m["o"].lower(), m["n"], m["p"].lower()
    if n is None:
        if which == "first":
            return None  # "the first quarter of 1990": the ordinal rule's
        p = "Q4" if kind == "quarter" else "H2"
    else:
        if kind != "quarters":
            return None
        p = "H1" if which == "first" else "H2"
    parse: Parse = {"k": "part", "p": p, "y": None, "yrel": None}
    if m["y"]:
        parse["y"] = int(m["y"])
    else:
        parse["yrel"] = _SHIFT[m["sh"].lower()]
    return "DATE", parse, None


def _year_ago_span(m: re.Match[str], _: str) -> Built | None:
    # "the year-earlier nine months": the results' span of months, a year back: a duration.
    n = number_of(m["n"])
    if not n:
        return None
    return "DURATION", {"k": "abs", "v": duration_value(n, "months")}, None


def _year_quarter(m: re.Match[str], _: str) -> Built | None:
    o = m["o"]
    if o is None:
        if m["y"]:
            # "the 1989 period": the quarter being reported, in that year.
            return "DATE", {"k": "yq", "y": int(m["y"])}, None
        return "DATE", {"k": "lastq", "n": -4 * (m["sh"].lower() == "last")}, None
    parse: Parse = {"k": "part", "p": "", "y": int(m["y"]) if m["y"] else None, "yrel": None}
    n = ORDINALS[o.lower()]
    if m["p"].lower() == "half":
        if n not in (1, 2):
            return None
        parse["p"] = f"H{n}"
    else:
        parse["p"] = f"Q{4 if n == -1 else n}"
    if m["sh"]:
        parse["yrel"] = _SHIFT[m["sh"].lower()]
    return "DATE", parse, None


def _q_short(m: re.Match[str], _: str) -> Built | None:
    y = int(m["y"]) if m["y"] else None
    return "DATE", {"k": "part", "p": f"Q{m['q']}", "y": y, "yrel": None}, None


def _latest_q(m: re.Match[str], _: str) -> Built | None:
    which = (m["w"] or "").lower()
    back = -4 if which.startswith(("year", "prior-year", "prior year")) else 0
    return "DATE", {"k": "lastq", "n": back}, None


def _season(m: re.Match[str], text: str) -> Built | None:
    code = SEASONS[m["s"].lower()]
    sh = (m["sh"] or "").lower()
    if not (sh or m["y"] or m["pm"]):
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"\b(?:in|since|by|until|during|through|before|after|the|this|last|next)\s+$", before):
            return None
        if m["s"].lower() == "fall" and not re.search(r"\b(?:in|this|last|next|the)\s+$", before):
            return None
    parse: Parse = {"k": "part", "p": code, "y": int(m["y"]) if m["y"] else None, "yrel": None}
    if sh:
        parse["shift"] = _SHIFT.get(sh, 0)
    return "DATE", parse, point_mod(m["pm"])


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _decade(m: re.Match[str], _: str) -> Built | None:
    if m["dec"]:
        value = m["dec"][:3]
    elif m["dec2"]:
        two = int(m["dec2"])
        value = f"{20 if two <= 20 else 19}{two // 10}"
    else:
        value = f"19{_DECADE_WORDS[m['decw'].lower()]}"
    return "DATE", {"k": "abs", "v": value}, point_mod(m["pm"])


_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
                  "eighteenth": 18, "seventeenth": 17, "sixteenth": 16}


def _century(m: re.Match[str], _: str) -> Built | None:
    c = int(m["c"]) if m["c"] else _CENTURY_WORDS[m["cw"].lower()]
    if not 1 <= c <= 30:
        return None
    return "DATE", {"k": "abs", "v": f"{c - 1:02d}"}, point_mod(m["pm"])


_ZONE_AFTER = re.compile(ZONE + r"\b")


def _year(m: re.Match[str], text: str) -> Built | None:
    if _ZONE_AFTER.match(text, m.end()):
        return None  # "(1633 GMT)": a clock, whether or not it is tagged as one
    y = int(m["y"])
    if y % 100 < 60 and m.group(0).strip() == m["y"] and _GLOSSED_CLOCK.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # "Updated 10:51 a.m. (1751 in Egypt)": the same moment on another clock, not a year
    pm = (m["pm"] or "").lower()
    if "half" in pm:
        p = "H1" if "first" in pm else "H2"
        return "DATE", {"k": "part", "p": p, "y": y, "yrel": None}, None
    return "DATE", {"k": "abs", "v": f"{y:04d}", "year": True}, point_mod(pm)


def _far_year(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "abs", "v": f"{int(m['x']):04d}", "year": True}, None


def _year_ago_adj(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "rel", "u": "Y", "n": -1, "ref": False, "ago": True}, None


def _year_end(m: re.Match[str], _: str) -> Built | None:
    return "DATE", {"k": "rel", "u": unit_code(m["u"]), "n": 0, "ref": False}, "END"


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "july fourth": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "boxing day": (12, 26), "st. patrick's day": (3, 17),
             "veterans day": (11, 11), "thanksgiving": (11, 0), "thanksgiving day": (11, 0),
             "labor day": (9, 0), "memorial day": (5, 0)}


def _holiday(m: re.Match[str], _: str) -> Built | None:
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    if name not in _HOLIDAYS:
        return None
    y = int(m["y"]) if m["y"] else None
    return "DATE", {"k": "hol", "h": name, "y": y}, None


def _fiscal(m: re.Match[str], _: str) -> Built | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 40 else 2000
    return "DATE", {"k": "abs", "v": f"{y:04d}"}, None


_SPELLED_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPELLED_RUN = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)|{_SPELLED_UNIT})"
)


def _spelled_year(m: re.Match[str], text: str) -> Built | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
    if m["c"]:
        rest = number_of(re.sub(r"^oh[\s-]", "", m["r"].lower()))
        if rest is None:
            return None
        y = NUMBERS[m["c"].lower()] * 100 + rest
    else:
        if not (m["the"] or m["mon"] or m["s"]):
            return None  # "two thousand" alone is a number
        y = 2000 + (NUMBERS[m["r2"].lower()] if m["r2"] else 0)
    if not (m["mon"] or m["s"] or m["the"]) and re.match(r"\s+[a-z]+s\b", text[m.end() :]):
        return None  # "nineteen ninety-six votes": a count
    if m["mon"]:
        return "DATE", {"k": "abs", "v": f"{int(y):04d}-{month_of(m['mon']):02d}"}, None
    if m["s"]:
        return "DATE", {"k": "abs", "v": f"{int(y):04d}-{SEASONS[m['s'].lower()]}"}, None
    return "DATE", {"k": "abs", "v": f"{int(y):04d}"}, None


def _the_year(m: re.Match[str], text: str) -> Built | None:
    if re.search(r"\b(?:man|woman|person|player|coach|car|song|album|team|rookie|executive|athlete|book|word|story)\s+of\s+$",
                 text[max(0, m.start() - 20) : m.start()], re.I):
        return None  # "man of the year": an award
    if re.search(r"\b(?:whole|entire)\b", m.group(0), re.I) or re.search(r"\bthroughout\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
        return "DURATION", {"k": "abs", "v": "P1Y"}, None  # "the whole year", "throughout the year": a stretch
    return "DATE", {"k": "rel", "u": "Y", "n": 0, "ref": False}, None


def _year_ended(m: re.Match[str], _: str) -> Built | None:
    # "net income for the year ended June 30": the twelve months of a fiscal year, a duration.
    return "DURATION", {"k": "abs", "v": "P1Y"}, None


# --- the rules -----------------------------------------------------------------------------

_UNIT_WORDS = r"\b(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur|quarter|millenni|weekend|season)"
# The word each rule cannot match without; running the big patterns only around these keeps
# the recognizer a small fraction of the spaCy parse.
_KEYS: dict[str, str] = {
    "iso": r"\d{4}-\d\d-\d\d", "numeric": r"\d[/.-]\d", "compact": r"\b(?:19|20)\d{6}\b",
    "month_day": rf"\b{MON}", "week_of": r"\bweek\s+of\b", "day_month": rf"\b{MON}", "month_year": rf"\b{MON}", "month_rel_year": rf"\b{MON}",
    "month": rf"\b{MON}", "weekday": rf"\b{WD}", "time": r"\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|\d:[0-5]\d|\d{4}\s*(?:[ECMP][SD]T|GMT|UTC|ET|CET|BST|HKT|SGT|JST|hrs|local)",
    "rel_day": r"\b(?:today|tonight|yesterday|tomorrow)\b", "this_pod": r"\b(?:this|last)\s+(?:morning|afternoon|evening|night)",
    "clock_pod": r"\bin\s+the\s+(?:morning|afternoon|evening|night)\b", "midday": r"\bmid(?:day|[\s-]*(?:morning|afternoon))\b",
    "day_around": r"\bthe\s+day\b", "rel_unit": _UNIT_WORDS, "weekend": r"weekend", "unit_edge": _UNIT_WORDS,
    "year_end": r"\bend\b", "year_ended": r"\byear\s+end(?:ed|ing)\b",
    "spelled_year": r"\b(?:nineteen|eighteen|thousand)\b", "ago": r"\b(?:ago|earlier|later|from\s+now|hence)\b", "duration": _UNIT_WORDS,
    "half_unit": r"\bhalf\b", "bare_units": _UNIT_WORDS, "set_adverb": r"\b(?:daily|nightly|weekly|monthly|annually|annual|yearly|hourly|biannual|semiannual|biennial|fortnightly)\b",
    "set_every": r"\b(?:every|each)\b", "set_times": r"\b(?:once|twice|thrice|times)\b",
    "ref": r"\b(?:now|currently|nowadays|days|recently|lately|future|past|date|being)\b", "soon": r"\bsoon\b",
    "that_unit": r"\b(?:that|same)\s+(?:same\s+)?(?:day|week|month|year|quarter)\b", "present": r"\bpresent\b", "current": r"\bcurrent\b", "the_year": r"\byear\b", "recent": r"\b(?:days|weeks|months|years|decades)\b", "quarter": r"\b(?:quarter|half)\b",
    "year_quarter": r"\b(?:quarter|half|period)\b", "q_short": r"\b(?-i:Q[1-4])", "latest_q": r"\b(?:quarter|period)\b",
    "season": r"\b(?:spring|summer|autumn|fall|winter)\b", "decade": r"\d0'?s\b|\b[a-z]+ties\b", "century": r"\bcentury\b",
    "year": r"\b(?:1[6-9]|20)\d\d", "far_year": r"\b(?:1[0-5]|2[1-9]|[3-9]\d)\d\d\b", "fiscal_short": r"\b(?:fiscal|FY)", "year_ago_adj": r"\b(?:year|prior)-",
    "holiday": r"\b(?-i:Christmas|New\s+Year|Independence|July|Fourth|Halloween|Valentine|Boxing|Patrick|Veterans|Thanksgiving|Labor|Memorial)",
}


def _r(name: str, pattern: str, build: Builder) -> Rule:
    key = re.compile(_KEYS[name], re.I) if name in _KEYS else None
    return Rule(name, re.compile(pattern, re.I), build, key)


_BEFORE, _AFTER = 90, 60  # longest stretch a match may reach before / after its key word


def _windows(text: str, key: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Merged stretches of text around the key's hits, widened to whitespace."""
    if key is None:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    for hit in key.finditer(text):
        start = max(0, hit.start() - _BEFORE)
        end = min(len(text), hit.end() + _AFTER)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_PM = rf"(?:(?P<pm>{POINT_MOD})[\s-]+)"
# Before a year: "Nov. 15, 2021", "15 November 2021" and the spaced comma of some wires ("24 , 1955").
_YSEP = r"(?:\s*,\s*|\s+)"
RULES: tuple[Rule, ...] = (
    _r("iso", r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d{2})?)?(?!\d)", _iso),
    _r("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])"
       r"(?:\s+(?P<th>[01]\d|2[0-3]):?(?P<tm>[0-5]\d)(?::\d{2})?(?:\s*(?-i:[ECMP][SD]T|GMT|UTC))?)?", _numeric),
    _r("compact", r"\b(?P<y>19\d\d|20\d\d)(?P<mo>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\b", _compact),
    _r("month_day", rf"\b(?:(?P<wd>{WD})\s*,?\s+|(?P<sh>last|next|this\s+past|this\s+coming)\s+)?(?P<mon>{MON})\s+(?P<d>{DAY})(?![\d:,.]\d|\s*%)(?:{_YSEP}(?P<y>{Y4W}))?", _month_day),
    _r("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{MON})\s+(?P<d>{DAY})(?![\d:,.]\d|\s*%)(?:{_YSEP}(?P<y>{Y4}))?", _week_of),
    _r("day_month", rf"\b(?:(?P<wd>{WD})\s*,?\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:{_YSEP}(?P<y>{Y4W}))?", _month_day),
    _r("month_year", rf"\b{_PM}?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{Y4W})", _month_year),
    _r("month_rel_year", rf"\b(?:{_PM})?(?P<mon>{MON})\s+(?:of\s+)?(?P<sh>this|last|next)\s+year\b", _month_rel_year),
    _r("month", rf"\b(?:{_PM}|(?P<sh>last|next|this|coming|past)\s+)?(?P<mon>{MON})(?![\w-])", _month),
    _r("weekday", rf"\b(?:(?P<sh>last|next|this|coming|this\s+past|this\s+coming)\s+)?(?P<wd>{WD})(?P<pl>s)?(?:\s+(?P<pod>{POD}))?\b", _weekday),
    _r("time", rf"\b{CLOCK}(?:(?:\s+|,\s*)(?:(?P<wd>{WD})|(?P<rd>today|yesterday|tomorrow|tonight)|(?P<mon>{MON})\s+(?P<d>{DAY})(?![\d:])(?:,?\s+(?P<y>{Y4}))?))?", _time),
    _r("rel_day", rf"\b(?P<rd>today|tonight|yesterday|tomorrow)(?:\s+(?P<pod>{POD}))?\b", _rel_day),
    _r("this_pod", rf"\b(?P<sh>this|last)\s+(?P<pod>{POD})\b", _this_pod),
    _r("clock_pod", r"\b(?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening|night)\b", _clock_pod),
    _r("midday", rf"\b(?P<w>midday|mid[\s-]*morning|mid[\s-]*afternoon|(?:morning|afternoon|evening|night)(?=\s+(?:yesterday|today|tomorrow)))\s+(?:(?P<rd>yesterday|today|tomorrow)|(?:on\s+)?(?P<wd>{WD}))\b", _midday_day),
    _r("midday", r"\b(?P<w>midday|mid[\s-]*morning|mid[\s-]*afternoon)\b", _midday),
    _r("day_around", r"\bthe\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b", _day_around),
    _r("rel_unit", rf"\b(?P<the>the\s+)?(?:(?P<pm>{POINT_MOD}|earlier|later)\s+)?(?P<sh>this\s+past|this\s+coming|this|last|next|coming|past|previous|current|following|prior)"
       r"\s+(?P<u>week|weekend|month|year|quarter|decade|century|fiscal\s+year|season)\b(?!-)", _rel_unit),
    _r("weekend", r"\b(?:the|this\s+past)\s+weekend\b", _weekend),
    _r("unit_edge", rf"\b(?P<pm>{POINT_MOD})\s+(?P<u>week|month|year|decade|century|quarter)\b", _unit_edge),
    _r("year_end", r"\b(?:the\s+)?(?P<u>year|month|quarter)(?:-end|\s+end|['’]s\s+end)\b(?!-)", _year_end),
    # "for the full year", "a high for the year", "earlier in the year": the year being reported, the DCT's.
    _r("the_year", r"\b(?:(?:earlier|later)\s+in\s+)?the\s+(?:full\s+|fiscal\s+|calendar\s+|whole\s+|entire\s+)?year\b"
       r"(?!-|['’]s\s+(?:first|second|third|fourth)|\s+(?:ended|ending|earlier|ago|before|after|later|of|two|nineteen|\d))", _the_year),
    _r("year_ended", r"\b(?P<x>the\s+(?:fiscal\s+)?year)\s+(?:that\s+)?(?:ended|ending)\b", _year_ended),
    _r("spelled_year", rf"\b(?:(?P<mon>{MON})\s+(?:of\s+)?|(?:the\s+)?(?P<s>{SEASON})\s+(?:of\s+)?|(?P<the>the\s+year\s+))?"
       rf"(?:(?P<c>nineteen|eighteen)\s+(?P<r>{_SPELLED_RUN})|(?P<k>two\s+thousand)(?:\s+(?:and\s+)?(?P<r2>{_SPELLED_UNIT}))?)\b(?![\s-]+(?:hundred|thousand|million|billion|percent))", _spelled_year),
    _r("ago", rf"\b(?:(?:{DMOD})\s+)?(?P<n>{NUM}|{VAGUE}|a|an)\s+(?P<u>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b", _ago),
    _r("duration", rf"\b(?:(?P<mod>{DMOD})\s+(?!the\b))?(?:the\s+(?:(?:first|last|past|next|coming|previous|final|entire|whole|full)\s+)?)?(?P<n>{NUM}|{VAGUE}|a|an)"
       rf"(?:\s+(?:more|full|straight|consecutive|successive|additional|long))?[\s-]+(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-]*\s+(?:ago|earlier|later))(?!-old|\s+old\b)\b", _duration),
    _r("half_unit", r"\bhalf\s+(?:an?\s+)(?P<u>hour|day|year|century|decade)\b", _half_unit),
    _r("bare_units", r"\b(?:for|over|in|within|after|lasting|took|takes|take)\s+(?P<x>years|months|weeks|decades|days|hours)\b(?!\s+(?:ago|earlier|later|of|to)\b)", _bare_units),
    # Not the newspaper: "the Communist Party daily Granma", "the weekly Der Spiegel".
    _r("set_adverb", r"\b(?P<w>daily|nightly|weekly|monthly|annually|annual|yearly|hourly|biannual|semiannual|biennial|fortnightly)\b(?!-)(?!\s+(?-i:[A-Z]))", _set_adverb),
    _r("set_every", rf"\b(?:every|each)\s+(?P<other>other\s+)?(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT}|{WD}|{POD}|weekend|{MON})(?![\w-])", _set_every),
    _r("set_times", r"\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|several|many)\s+times)\s+(?:a|an|per|each)\s+(?P<u>day|week|month|year|hour|decade)\b", _set_times),
    _r("ref", r"\b(?P<x>right\s+now|now|currently|nowadays|these\s+days|recently|lately|the\s+near\s+future|the\s+distant\s+past|the\s+recent\s+past|the\s+past|the\s+future|a\s+later\s+date|the\s+time\s+being)\b(?!-)", _ref),
    _r("soon", r"(?<!as\s)\b(?P<x>soon)\b(?!\s+(?:as|after|be))", _ref),
    _r("present", r"\bat\s+(?P<x>present)\b", _ref),
    _r("that_unit", r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?P<u>day|week|month|year|quarter)\b(?!-)", _that_unit),
    # The adjective "current" (the current crisis, his current wife) is TimeML's PRESENT_REF; not the
    # "current account" of economics, nor "current year" and the like, which other rules take whole.
    _r("current", r"(?<!then\s)\b(?P<x>current)\s+(?!(?:account|accounts|assets|liabilities|affairs|events)\b)(?=[a-z])", _ref),
    _r("recent", r"\b(?:the\s+)?(?P<w>recent|coming|next|upcoming|past)\s+(?:few\s+|several\s+)?(?P<u>days|weeks|months|years|decades)\b", _recent),
    _r("quarter_of", rf"\b(?:the\s+)?(?P<o>last|latter|final|first)\s+(?:(?P<n>two)\s+)?(?P<p>quarters?|half)\s+of\s+(?:(?P<y>{Y4})|(?:the\s+)?(?P<sh>this|last|next|current|previous)\s+year)\b", _quarter_of),
    _r("year_ago_span", rf"\b(?:the\s+)?(?:year-earlier|year-ago|prior-year|year\s+earlier)\s+(?P<n>{NUM})\s+months\b", _year_ago_span),
    _r("quarter", rf"\b(?:the\s+)?(?:(?P<ya>year-ago|year-earlier|year\s+earlier|prior-year)\s+)?(?:(?P<pm>{POINT_MOD})\s+)?(?P<o>{ORD}|final)[\s-]+(?P<p>quarter|half)(?:\s+of\s+(?:(?P<y>{Y4})|(?:the\s+)?(?P<sh>this|last|next|current|previous)\s+year|fiscal\s+(?:year\s+)?(?P<fy>{Y4})))?(?:,?\s+(?P<y2>{Y4}))?", _quarter),
    _r("year_quarter", rf"\b(?:the\s+)?(?:(?P<y>{Y4})|(?P<sh>this|last|next)\s+year['’]s)\s+(?P<o>{ORD}|final)?[\s-]*(?P<p>quarter|half|period)\b", _year_quarter),
    _r("q_short", rf"\b(?-i:Q(?P<q>[1-4]))(?:\s+(?P<y>{Y4}))?\b", _q_short),
    _r("latest_q", r"\b(?:the\s+|(?-i:T)he\s+)(?P<w>latest|current|year-earlier|year-ago|year\s+earlier|prior-year|recent|most\s+recent|just-ended|just\s+ended|comparable|same|fiscal)?\s*(?:quarter|period)\b(?!s)(?=\s*(?:[,.;:)]|$|\s+(?:,|and|was|were|ended|to|a\s+year|last|of\s+\d|of\s+(?:last|this)|from|in|when|compared|against|but|with|had|has|included|includes|reflected|reflects|rose|fell|increased|declined|jumped|dropped|slipped|climbed|earnings|net|sales|profit|revenue|results|loss|income)\b))", _latest_q),
    # "the latest quarter" is the reported quarter whatever follows ("The latest quarter's results").
    _r("latest_q", r"\b(?:the\s+|(?-i:T)he\s+)(?P<w>latest|most\s+recent|just-ended|just\s+ended)\s+(?:quarter|period)\b(?![s-])", _latest_q),
    _r("season", rf"\b(?:the\s+)?(?:(?P<pm>early|late|mid)[\s-]+)?(?:(?P<sh>this|last|next|past|coming)\s+)?(?P<s>{SEASON})(?:\s+of)?(?:\s+(?P<y>{Y4}))?\b", _season),
    _r("decade", r"\b(?:the\s+)?(?:(?P<pm>early|mid|late)[\s-]+)?(?:(?P<dec>1[0-9]\d0|20\d0)s|'(?P<dec2>\d0)s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", _decade),
    _r("century", r"\b(?:the\s+)?(?:(?P<pm>early|mid|late)[\s-]+)?(?:(?P<c>\d{1,2})(?:st|nd|rd|th)|(?P<cw>nineteenth|twentieth|twenty[\s-]first|eighteenth|seventeenth|sixteenth))[\s-]+century\b", _century),
    # "built in 1066", "sealed until 2500.": a year outside 1600-2099 after a preposition.
    _r("far_year", rf"\b(?:in|since|until|till|by|before|after|from|circa|around|of|year)\s+(?P<x>{FAR_YEAR})", _far_year),
    _r("year", rf"\b(?:(?P<pm>{POINT_MOD}|the\s+(?:first|second)\s+half\s+of)[\s-]+|(?:(?:the\s+)?(?:fiscal|calendar|model)(?:\s+year)?|FY|the\s+year)\s*)?(?P<y>{Y4})", _year),
    _r("fiscal_short", r"\b(?:fiscal\s+(?:year\s+)?'?|FY\s?'?)(?P<y>\d{2})\b", _fiscal),
    _r("year_ago_adj", r"\b(?:the\s+)?(?:year-earlier|year-ago|prior-year)\b(?!\s+(?:quarter|period))", _year_ago_adj),
    _r("holiday", rf"\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|July\s+Fourth|Fourth\s+of\s+July|Halloween|Valentine['’]s\s+Day|Boxing\s+Day|St\.\s+Patrick['’]s\s+Day|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day)(?:,?\s+(?P<y>{Y4}))?", _holiday),
)


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches, overlaps resolved in favour of the longest (then the earliest rule)."""
    found: list[tuple[int, int, int, Candidate]] = []
    windows: dict[object, list[tuple[int, int]]] = {}  # several rules share a key
    for order, rule in enumerate(RULES):
        if rule.key not in windows:
            windows[rule.key] = _windows(text, rule.key)
        for m in (m for lo, hi in windows[rule.key] for m in rule.regex.finditer(text, lo, hi)):
            try:
                built = rule.build(m, text)
            except (KeyError, ValueError):
                continue
            if built is None:
                continue
            start, end = (m.span("x") if "x" in rule.regex.groupindex and m["x"] else m.span())
            start, end = _trim(text, start, end)
            if m2 := _THE_ADJECTIVE.match(text, start, end):
                start = m2.end(1)  # "the third-quarter results": TimeBank tags the modifier only
            if end <= start:
                continue
            type_, parse, mod = built
            found.append((start, end, order, Candidate(start, end, type_, parse, mod, rule.name)))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[Candidate] = []
    for start, end, _, cand in found:
        if all(end <= c.start or start >= c.end for c in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


_THE_ADJECTIVE = re.compile(r"((?:the|The|THE)\s+)(?!mid-|early-|late-)[\w½¼¾.]+-[a-z]+$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:-":
        end -= 1
    while start < end and text[start] in " \t\n,;:-":
        start += 1
    return start, end
