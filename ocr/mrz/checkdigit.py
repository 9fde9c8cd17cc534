"""ICAO 9303 check digits (part 3, 4.9): weights 7-3-1 over the character values."""

from __future__ import annotations

_WEIGHTS = (7, 3, 1)


def char_value(ch: str) -> int:
    """Value of one MRZ character: digits as themselves, A=10 … Z=35, the filler '<' as 0."""
    if len(ch) != 1:  # '"0" <= "10" <= "9"' holds: without this ord() raises TypeError
        raise ValueError(f"not an MRZ character: {ch!r}")
    if "0" <= ch <= "9":
        return ord(ch) - 48
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(data: str) -> str:
    """The check digit of `data` as a one-character string."""
    total = 0
    for i, ch in enumerate(data):
        total += char_value(ch) * _WEIGHTS[i % 3]
    return str(total % 10)


def is_valid(data: str, digit: str) -> bool:
    """True when `digit` is the check digit of `data`. A '<' digit is valid only for an all-filler
    field (ICAO allows '<' for an empty optional field's check digit)."""
    if digit == "<":
        return set(data) <= {"<"}
    try:
        return check_digit(data) == digit
    except ValueError:
        return False
