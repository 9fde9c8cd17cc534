"""Two-digit MRZ years to real dates. A birth date is never in the future; an expiry date lies within
the next 50 years or the past 50 — so the century follows from today's date, not from a fixed pivot."""

from __future__ import annotations

import datetime as dt


def _to_date(year: int, yymmdd: str) -> dt.date | None:
    try:
        return dt.date(year, int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return None


def birth_date(yymmdd: str, today: dt.date | None = None) -> dt.date | None:
    """None when the text is not a calendar date (month 13, '<' for an unknown day, …)."""
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return None
    today = today or dt.date.today()
    yy = int(yymmdd[:2])
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    d = _to_date(year, yymmdd)
    if d is not None and d > today:
        d = _to_date(year - 100, yymmdd)
    return d


def expiry_date(yymmdd: str, today: dt.date | None = None) -> dt.date | None:
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return None
    today = today or dt.date.today()
    yy = int(yymmdd[:2])
    year = 2000 + yy if 2000 + yy <= today.year + 50 else 1900 + yy
    return _to_date(year, yymmdd)
