"""Kazakhstan's individual identification number (ЖСН/ИИН): YYMMDD, a century-and-sex digit, four
serial digits and a check digit. Real algorithm, so readers that validate IINs accept specimens."""

from __future__ import annotations

import datetime as dt

_FIRST = tuple(range(1, 12))
_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first11: str) -> int | None:
    """Check digit of the first 11 digits, or None when both passes give 10 (no valid IIN exists
    with that prefix; issuers skip such serials)."""
    if len(first11) != 11 or not first11.isdigit():
        raise ValueError(f"an IIN prefix is 11 digits: {first11!r}")
    digits = [int(c) for c in first11]
    for weights in (_FIRST, _SECOND):
        rem = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rem != 10:
            return rem
    return None


def is_valid_iin(iin: str) -> bool:
    """True for 12 digits whose last is the check digit of the first 11."""
    if len(iin) != 12 or not iin.isdigit():
        return False
    return iin_check_digit(iin[:11]) == int(iin[11])


def century_sex_digit(birth: dt.date, sex: str) -> int:
    """1/2 for the 19th century, 3/4 for the 20th, 5/6 for the 21st; odd for men."""
    base = {18: 1, 19: 3, 20: 5}[birth.year // 100]
    return base + (1 if sex == "F" else 0)


def make_iin(birth: dt.date, sex: str, serial: int) -> str | None:
    """The IIN for a birth date, sex and 4-digit serial; None when that serial has no check digit."""
    first11 = f"{birth:%y%m%d}{century_sex_digit(birth, sex)}{serial % 10000:04d}"
    digit = iin_check_digit(first11)
    return None if digit is None else first11 + str(digit)
