"""Words of news English that name calendar units, numbers, months and weekdays."""

from __future__ import annotations

from model.text.lexicon import WEEKDAY_NAMES

# Month names are model.text.lexicon.MONTHS (the document dater reads them too).

# Full names and the dotted/undotted abbreviations news wires use ("Sept.", "Nov").
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)"
)

# ISO numbers (Monday is 1), as TIMEX3 weeks count.
WEEKDAYS: dict[str, int] = {name.lower(): n for n, name in enumerate(WEEKDAY_NAMES, 1)}
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "half": 0.5, "single": 1,
}
_NUM_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|a\s+dozen|hundred|dozen|a\s+couple\s+of"
)
# "3", "3.5", "3½", "two", "twenty-four", "two and a half"
NUMBER_RE = (
    rf"(?:\d+[\s-]+1/2|\d+(?:\.\d+)?(?:\s?[½¼¾])?|[½¼¾]|(?:{_NUM_WORD})(?:\s+and\s+a\s+half)?)"
)
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# Vague amounts give an X in the value ("several years" = PXY).
# "a couple of years" is two (TimeML P2Y), not a vague amount.
VAGUE_RE = r"(?:several|a\s+few|few|many|some|numerous|a\s+number\s+of|countless)"

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": -1, "final": -1,
}
ORDINAL_RE = r"(?:first|1st|second|2nd|third|3rd|fourth|4th)"

# Unit word -> TIMEX3 duration unit; time units go after a "T".
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "quarter": "Q", "semester": "H", "millennium": "ML", "millennia": "ML",
}
TIME_UNITS = {"second", "minute", "hour"}
UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?"
    r"|century|centuries|quarters?|millennium|millennia)"
)

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI",
}
PART_OF_DAY_RE = r"(?:morning|afternoon|evening|night)"

# Modifiers TimeML keeps inside the extent, with the mod attribute they give.
DURATION_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "well over": "MORE_THAN", "nearly a": "LESS_THAN",
}
DURATION_MOD_RE = (
    r"(?:about|around|roughly|approximately|nearly|almost|less\s+than|just\s+under|fewer\s+than"
    r"|more\s+than|just\s+over|well\s+over|over|at\s+least|at\s+most|no\s+more\s+than|up\s+to)"
)
POINT_MODS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START",
    "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END",
}

# Nouns that a bare year can quantify without being a year ("2000 troops").
TEMPORAL_NOUNS = {
    "season", "budget", "election", "elections", "census", "games", "olympics", "model", "campaign",
    "level", "levels", "figure", "figures", "result", "results", "quarter", "period", "fiscal",
}
