"""Resolving a parse to a TIMEX3 value against a DCT, a tense direction and a reference date.

With no DCT, relative expressions get the underspecified values TimeML allows ("XXXX-11-15",
"XXXX-WXX-2"); absolute ones are complete either way.
"""

from __future__ import annotations

from datetime import date, timedelta

from model.timex.anchor import Anchor, add_months, iso_week, shift_days
from model.timex.parse import Parse

PAST, FUTURE = "past", "future"

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def resolve(parse: Parse, dct: Anchor | None, direction: str | None, ref: Anchor | None) -> str:
    kind = parse["k"]
    if kind == "abs":
        return str(parse["v"])
    if kind == "cal":
        return _cal(parse, dct, direction)
    if kind == "wd":
        return _weekday(parse, dct, direction)
    if kind == "rel":
        return _rel(parse, dct, ref)
    if kind == "part":
        return _part(parse, dct, direction)
    if kind == "lastq":
        return _last_quarter(parse, dct, ref)
    if kind == "yq":
        # "the 1988 period" in results copy: the quarter under discussion, in that year.
        if ref is not None and ref.gran == "Q":
            return f"{int(parse['y']):04d}-Q{ref.quarter}"
        if dct is not None:  # else the quarter last reported: the one before the DCT's
            return f"{int(parse['y']):04d}-Q{(add_months(dct.day.replace(day=1), -3).month - 1) // 3 + 1}"
        return f"{int(parse['y']):04d}"
    if kind == "hol":
        return _holiday(parse, dct, direction)
    if kind == "tm":
        inner = parse.get("date")
        # A bare clock time belongs to the day the text is talking about, else to the DCT's day.
        day = ref if ref is not None and ref.gran == "D" else dct
        base = resolve(inner, dct, direction, ref) if inner else (day.day.isoformat() if day and day.gran == "D" else "XXXX-XX-XX")
        if len(base) < 10 or "W" in base:
            base = "XXXX-XX-XX" if not base[:4].isdigit() else base
        return base + str(parse["t"])
    raise ValueError(f"unknown parse kind {kind!r}")


# How far a date may sit on the "wrong" side of the DCT before the tense moves it a year
# (reports often trail the event by a few days).
_DAY_TOLERANCE = 7
_MONTH_TOLERANCE = 1


def _pick_year(dct: Anchor, month: int, day: int | None, direction: str | None, shift: int | None = None) -> int:
    """The year of a month (and day) given the DCT and whether the clause looks back or ahead."""
    here = dct.day
    years = (here.year - 1, here.year, here.year + 1)
    by_day = day is not None and dct.gran == "D"

    def offset(y: int) -> int:
        if by_day:
            try:
                return (date(y, month, int(day or 1)) - here).days
            except ValueError:
                pass
        return (y * 12 + month) - (here.year * 12 + here.month)

    if dct.gran == "Y" or shift == 0:
        return here.year
    if shift == -1:
        return max(y for y in years if offset(y) < 0)
    if shift == 1:
        return min(y for y in years if offset(y) > 0)
    tolerance = _DAY_TOLERANCE if by_day else _MONTH_TOLERANCE
    if direction == PAST:
        return max(y for y in years if offset(y) <= tolerance)
    if direction == FUTURE:
        # A month still to come is this month at the earliest ("will defend his title in April" on 1 May
        # is next April); a day may trail the report by a few days.
        return min(y for y in years if offset(y) >= (-tolerance if by_day else 0))
    return min(years, key=lambda y: (abs(offset(y)), offset(y) > 0))  # a tie goes to the past: news reports


def _agreeing_year(dct: Anchor, month: int, day: int, weekday: int, preferred: int) -> int | None:
    """The year near the DCT in which month/day falls on the weekday named with it, if one does."""
    for y in sorted(range(dct.day.year - 1, dct.day.year + 2), key=lambda y: (abs(y - preferred), -y)):
        try:
            if date(y, month, day).isoweekday() == weekday:
                return y
        except ValueError:
            continue
    return None


def _cal(parse: Parse, dct: Anchor | None, direction: str | None) -> str:
    y, m, d = parse.get("y"), parse.get("m"), parse.get("d")
    if y is None and parse.get("yrel") is not None and dct is not None:
        y = dct.day.year + int(parse["yrel"])
    if y is None and dct is not None and d is not None and parse.get("wd"):
        y = _agreeing_year(dct, int(m or 1), int(d), int(parse["wd"]), _pick_year(dct, int(m or 1), d, direction))
    if y is None:
        year = "XXXX" if dct is None else f"{_pick_year(dct, int(m or 1), d, direction, parse.get('shift')):04d}"
    else:
        year = f"{int(y):04d}"
    if parse.get("week") and d is not None and year.isdigit():
        return iso_week(date(int(year), int(m or 1), int(d)))
    out = year
    if m is not None:
        out += f"-{int(m):02d}"
        if d is not None:
            out += f"-{int(d):02d}"
    return out + (parse.get("tod") or "")


def _weekday(parse: Parse, dct: Anchor | None, direction: str | None) -> str:
    wd = int(parse["wd"])
    tod = parse.get("tod") or ""
    if dct is None or dct.gran != "D":
        return "XXXX-WXX-WE" if parse.get("weekend") else f"XXXX-WXX-{wd}{tod}"
    here = dct.day
    back = (here.isoweekday() - wd) % 7  # days since the last such weekday (0 = today)
    ahead = (wd - here.isoweekday()) % 7
    shift = parse.get("shift")
    if shift == 0:
        target = here + timedelta(days=wd - here.isoweekday())
    elif shift == -1:
        target = here - timedelta(days=back or 7)
    elif shift == 1 or (direction == FUTURE and parse.get("weekend")):
        target = here + timedelta(days=ahead or 7)
    elif direction == FUTURE:
        # News names the day of publication by its weekday ("will meet Friday" in Friday's paper is
        # today); only "next Friday" skips a week.
        target = here + timedelta(days=ahead)
    elif direction == PAST:
        target = here - timedelta(days=back)
    else:
        # Undecided: news mostly reports the days just gone, so lean to the past.
        target = here - timedelta(days=back) if back <= 4 else here + timedelta(days=ahead)
    if parse.get("weekend"):
        return iso_week(target) + "-WE"
    return target.isoformat() + tod


def _unit_value(d: date, unit: str, gran_from: Anchor | None = None) -> str:
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        return iso_week(d)
    if unit == "WE":
        return iso_week(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


_UNDERSPECIFIED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                   "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "D":
        return shift_days(d, n)
    if unit in ("W", "WE"):
        return shift_days(d, 7 * n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "H":
        return add_months(d, 6 * n)
    if unit == "DE":
        return date(d.year + 10 * n, 1, 1)
    if unit == "CE":
        return date(d.year + 100 * n, 1, 1)
    return date(d.year + n, d.month, min(d.day, 28))


_FINER = {"D": 0, "W": 1, "M": 2, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7, "WE": 1}


def _rel(parse: Parse, dct: Anchor | None, ref: Anchor | None) -> str:
    unit, n = str(parse["u"]), int(parse["n"])
    tod = parse.get("tod") or ""
    use_ref = parse.get("ref") and ref is not None
    # "a year ago" said of a quarter's results means that quarter a year before.
    if unit == "Y" and n == -1 and ref is not None and ref.gran == "Q" and (parse.get("ref") or parse.get("ago")):
        d = _shift(ref.day, "Y", n)
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    anchor = ref if use_ref else dct
    if anchor is None:
        return _UNDERSPECIFIED.get(unit, "XXXX") + tod
    if _FINER.get(anchor.gran, 0) > _FINER.get(unit, 0):
        # A month-precise DCT cannot say which day "yesterday" is: keep what is known.
        return _unit_value(_shift(anchor.day, unit, n), anchor.gran if anchor.gran != "W" else "W")
    return _unit_value(_shift(anchor.day, unit, n), unit) + (tod if unit == "D" else "")


def _part(parse: Parse, dct: Anchor | None, direction: str | None) -> str:
    p = str(parse["p"])
    y = parse.get("y")
    if y is None and parse.get("yrel") is not None and dct is not None:
        y = dct.day.year + int(parse["yrel"])
    if y is None:
        if dct is None:
            return f"XXXX-{p}"
        if p[0] == "Q":
            first, last = 3 * int(p[1]) - 2, 3 * int(p[1])
        elif p[0] == "H":
            first, last = 6 * int(p[1]) - 5, 6 * int(p[1])
        else:
            first = _SEASON_START[p]
            last = first + 2
        y = _part_year(dct, first, last, direction, parse.get("shift")) - int(parse.get("back") or 0)
    return f"{int(y):04d}-{p}"


def _part_year(dct: Anchor, first: int, last: int, direction: str | None, shift: int | None) -> int:
    """The year of a quarter, half or season (months first..last, last may pass 12)."""
    here = dct.day.year * 12 + dct.day.month

    def span(y: int) -> tuple[int, int]:
        return y * 12 + first, y * 12 + last

    year = dct.day.year
    if last > 12 and dct.day.month <= last - 12:
        year -= 1  # the winter we are in began last December
    if shift == 0:
        return year
    if shift == -1 or direction == PAST:
        strict = shift == -1
        while span(year)[0] > here or (strict and span(year)[1] >= here):
            year -= 1
        return year
    if shift == 1 or direction == FUTURE:
        strict = shift == 1
        # A quarter that ended up to a season ago is still "the third quarter" being reported.
        while span(year)[1] < here - 3 or (strict and span(year)[0] <= here):
            year += 1
        return year
    return year


def _last_quarter(parse: Parse, dct: Anchor | None, ref: Anchor | None) -> str:
    n = int(parse.get("n") or 0)
    # The last quarter completed before the DCT: a reported period cannot lie later than that, so a
    # forecast ("a fourth-quarter charge") mentioned before does not become "the latest quarter".
    done = add_months(date(dct.day.year, 3 * ((dct.day.month - 1) // 3) + 1, 1), -3) if dct is not None else None
    if ref is not None and ref.gran == "Q" and (done is None or ref.day <= done):
        base = ref.day
    elif done is not None:
        base = done
    else:
        return "XXXX-QX"
    d = add_months(base, 3 * n)
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def _holiday_date(name: str, year: int) -> date:
    from model.timex.recognizer import _HOLIDAYS

    month, day = _HOLIDAYS[name]
    if day:
        return date(year, month, day)
    first = date(year, month, 1)
    if name.startswith("thanksgiving"):  # fourth Thursday of November
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "labor day":  # first Monday of September
        return first + timedelta(days=(0 - first.weekday()) % 7)
    last = date(year, 5, 31)  # Memorial Day: last Monday of May
    return last - timedelta(days=last.weekday())


def _holiday(parse: Parse, dct: Anchor | None, direction: str | None) -> str:
    name = str(parse["h"])
    y = parse.get("y")
    if y is None:
        if dct is None:
            d = _holiday_date(name, 2000)
            return f"XXXX-{d.month:02d}-{d.day:02d}"
        probe = _holiday_date(name, dct.day.year)
        y = _pick_year(dct, probe.month, probe.day, direction)
    return _holiday_date(name, int(y)).isoformat()
