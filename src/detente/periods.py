"""Whole periods relative to publication: "last week", "this month", "two weeks ago", seasons.

Split from the time stage (``dates``), which hands over what it has read of an expression.

A week is counted from Sunday, as the American news this tool reads mostly counts it: a
Sunday story's "last week" is the Monday-to-Saturday just gone, not the week before it. A week
that straddles two months is dated to the month that holds most of its days ("last week" in a
story of Tuesday, March 4 is the week of February 23 to March 1: late February). Naming only
the year, as the whole range would, tells a reader nothing of a week-old event; the month
holding most of the week is right far more often.
"""

from __future__ import annotations

import calendar
import datetime as dt

from . import knowledge

__all__ = ["ago", "cover", "period", "season"]

_TIME = "lexicon/time.yaml"
_SEASONS = knowledge.table(_TIME, "season_first_month")
_SHIFTS = knowledge.table(_TIME, "period_shifts")
#: "a year ago": an anniversary, of the same month a year before
_ANNIVERSARY_YEARS = frozenset(int(n) for n in knowledge.ordered(_TIME, "anniversary_years"))


def ago(n: int, unit: str, pub: dt.date):
    """"three days/weeks/fortnights/months/years ago": (ISO value, precision), else None."""
    if unit == "day":
        return (pub - dt.timedelta(days=n)).isoformat(), "day"
    if unit in ("week", "fortnight"):  # "a fortnight ago": two weeks back
        mid = pub - dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1))
        return _week_cover(mid - dt.timedelta(days=3), mid + dt.timedelta(days=3))
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return f"{y:04d}-{m + 1:02d}", "month"
    if unit == "year" and n in _ANNIVERSARY_YEARS:
        return f"{pub.year - n:04d}-{pub.month:02d}", "month"  # "a year ago": that month
    if unit in ("year", "decade"):
        return f"{pub.year - n * (10 if unit == 'decade' else 1):04d}", "year"
    return None


def period(which: str, unit: str, pub: dt.date):
    """A whole week/month/year relative to publication, at the finest precision that holds."""
    shift = _SHIFTS.get(which, 0)
    if which == "recent":  # "over the weekend": the one under way or just gone
        shift = 0 if pub.weekday() >= 5 else -1
    if unit == "weekend":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
        lo, hi = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return cover(lo, hi)
    if unit == "week":
        sunday = pub - dt.timedelta(days=(pub.weekday() + 1) % 7) + dt.timedelta(weeks=shift)
        lo, hi = sunday, sunday + dt.timedelta(days=6)
        if which in ("earlier", "this"):
            hi = min(hi, pub)  # what a story reports "this week" has already happened
        return _week_cover(lo, hi)
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return f"{y:04d}-{m + 1:02d}", "month"
    return f"{pub.year + shift:04d}", "year"


def season(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a season of ``year`` ("summer 2023")."""
    first = _SEASONS[name]
    lo = dt.date(year, first, 1)
    last_month = first + 2
    hi_year, hi_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return lo, dt.date(hi_year, hi_month, calendar.monthrange(hi_year, hi_month)[1])


def cover(lo: dt.date, hi: dt.date):
    """The finest (value, precision) that contains the whole range, or None across years."""
    if lo == hi:
        return lo.isoformat(), "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}", "month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year"
    return None


def _week_cover(lo: dt.date, hi: dt.date):
    """A week's (value, precision): its month, or, across two months, the month holding most
    of its days (the later one on a tie: the week is told from its end)."""
    if lo == hi or (lo.year, lo.month) == (hi.year, hi.month):
        return cover(lo, hi)
    last_of_first = dt.date(lo.year, lo.month, calendar.monthrange(lo.year, lo.month)[1])
    in_first = (last_of_first - lo).days + 1
    in_second = (hi - last_of_first).days
    day = lo if in_first > in_second else hi
    return f"{day.year:04d}-{day.month:02d}", "month"
