"""Two-digit MRZ years to real dates. A birth date is never in the future; an expiry date lies within
the next 50 years or the past 50 — so the century follows from today's date, not from a fixed pivot."""

from __future__ import annotations

import datetime as dt


def _to_date(year: int, yymmdd: str) -> dt.date | None:
    try:
        return dt.date(year, int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return None


def _today(today: dt.date | None) -> dt.date:
    # A datetime is a date too, but cannot be compared with one: keep only its date.
    if today is None:
        return dt.date.today()
    return today.date() if isinstance(today, dt.datetime) else today


def birth_date(yymmdd: str, today: dt.date | None = None) -> dt.date | None:
    """The latest such date not after today, in the latest year ending in YY or the one a century
    before (a 29 February may need it); None when the text is not a calendar date (month 13, '<'
    for an unknown day, …)."""
    if not _is_six_digits(yymmdd):
        return None
    today = _today(today)
    yy = int(yymmdd[:2])
    year = today.year - (today.year - yy) % 100  # the latest year not after this one ending in yy
    d = _to_date(year, yymmdd)
    if d is None or d > today:
        d = _to_date(year - 100, yymmdd)
    return d if d is not None and d <= today else None


def expiry_date(yymmdd: str, today: dt.date | None = None) -> dt.date | None:
    """The year ending in yy within the past 49 and next 50 years of today's year."""
    if not _is_six_digits(yymmdd):
        return None
    today = _today(today)
    yy = int(yymmdd[:2])
    year = today.year + 50 - (today.year + 50 - yy) % 100  # the latest year ≤ today.year + 50
    return _to_date(year, yymmdd)


def _is_six_digits(text: str) -> bool:
    # str.isdigit() is true of '²' and '٣' too; only ASCII digits are MRZ digits.
    return len(text) == 6 and text.isascii() and text.isdigit()
