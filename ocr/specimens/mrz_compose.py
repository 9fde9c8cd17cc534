"""Correct machine readable zones built from field values, for every ICAO 9303 shape (TD1, TD2,
TD3, MRV-A, MRV-B): name truncation, all check digits, long TD1/TD2 document numbers. The specimen
documents print these lines, and tests use them as ground truth."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ocr.mrz.checkdigit import check_digit
from ocr.mrz.formats import MrzFormat

FILLER = "<"
_NAME_WIDTH = {MrzFormat.TD1: 30, MrzFormat.TD2: 31, MrzFormat.TD3: 39, MrzFormat.MRVA: 39, MrzFormat.MRVB: 31}
_OPTIONAL_WIDTH = {MrzFormat.TD2: 7, MrzFormat.TD3: 14, MrzFormat.MRVA: 16, MrzFormat.MRVB: 8}


@dataclass(frozen=True)
class MrzData:
    """What goes into an MRZ, in plain form: names in Latin letters with spaces or hyphens between
    parts, dates as dates. `optional_data_2` exists only in TD1 (line 2)."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: dt.date | None
    sex: str
    expiry_date: dt.date
    optional_data: str = ""
    optional_data_2: str = ""


def mrz_chars(text: str) -> str:
    """Text as MRZ characters: upper case, apostrophes dropped, every run of spaces, hyphens, commas
    or other separators one filler. Letters outside A-Z must be transliterated before this."""
    t = text.upper().replace("'", "").replace("’", "")
    foreign = sorted({c for c in t if c.isalpha() and not "A" <= c <= "Z"})
    if foreign:
        raise ValueError(f"transliterate {''.join(foreign)!r} to Latin before composing an MRZ")
    t = re.sub(r"[^A-Z0-9]+", FILLER, t)
    return t.strip(FILLER)


def _pad(value: str, width: int, what: str) -> str:
    if len(value) > width:
        raise ValueError(f"{what} {value!r} is longer than {width} characters")
    return value + FILLER * (width - len(value))


def name_field(surname: str, given_names: str, width: int) -> str:
    """`SURNAME<<GIVEN<NAMES` filled to `width`, truncated as ICAO 9303 part 3 says: the given names
    are cut first; the surname is cut only when it would leave no room for the initial of the
    first given name. A truncated field ends in a letter, so a reader can tell it may be cut."""
    primary = mrz_chars(surname)
    secondary = mrz_chars(given_names)
    full = primary + (FILLER * 2 + secondary if secondary else "")
    if len(full) <= width:
        return _pad(full, width, "name")
    if not secondary:
        return primary[:width]
    if len(primary) + 3 > width:
        return primary[: width - 3] + FILLER * 2 + secondary[0]
    cut = full[:width].rstrip(FILLER)
    return _pad(cut, width, "name")


def _date(d: dt.date | None) -> str:
    return FILLER * 6 if d is None else f"{d:%y%m%d}"


def _optional_digit(value: str) -> str:
    """Check digit of an optional field; ICAO allows '<' when the field is all fillers."""
    return FILLER if set(value) <= {FILLER} else check_digit(value)


def _number_and_overflow(number: str, long_ok: bool) -> tuple[str, str]:
    """The 9-character number field with its check digit, and what spills into optional data: a
    longer number keeps its first 9 characters, '<' in the check position, the rest plus the check
    digit at the start of the optional data."""
    num = mrz_chars(number)
    if len(num) <= 9:
        field = _pad(num, 9, "document number")
        return field + check_digit(field), ""
    if not long_ok:
        raise ValueError(f"document number {number!r}: longer than 9 characters only in TD1 and TD2")
    return num[:9] + FILLER, num[9:] + check_digit(num)


def _code(code: str) -> str:
    return _pad(mrz_chars(code), 2, "document code")


def _state(state: str) -> str:
    return _pad(mrz_chars(state), 3, "state code")


def compose(fmt: MrzFormat | str, d: MrzData) -> tuple[str, ...]:
    """The MRZ lines of `d` in layout `fmt`; raises ValueError when a field cannot fit."""
    fmt = MrzFormat(fmt)
    if fmt is MrzFormat.TD1:
        return _td1(d)
    return _two_line(fmt, d)


def _td1(d: MrzData) -> tuple[str, str, str]:
    number, overflow = _number_and_overflow(d.document_number, long_ok=True)
    opt1 = _pad(overflow + mrz_chars(d.optional_data), 15, "optional data")
    line1 = _code(d.document_code) + _state(d.issuing_state) + number + opt1
    head = _date(d.birth_date) + check_digit(_date(d.birth_date)) + _sex(d.sex)
    head += _date(d.expiry_date) + check_digit(_date(d.expiry_date)) + _state(d.nationality)
    opt2 = _pad(mrz_chars(d.optional_data_2), 11, "optional data 2")
    composite = check_digit(line1[5:30] + head[0:7] + head[8:15] + opt2)
    line2 = head + opt2 + composite
    line3 = name_field(d.surname, d.given_names, 30)
    return line1, line2, line3


def _sex(sex: str) -> str:
    s = sex.upper()[:1] or FILLER
    if s not in "MFX<":
        raise ValueError(f"sex {sex!r}: M, F, X or <")
    return s


def _two_line(fmt: MrzFormat, d: MrzData) -> tuple[str, str]:
    length = 44 if fmt in (MrzFormat.TD3, MrzFormat.MRVA) else 36
    if d.optional_data_2:
        raise ValueError("optional_data_2 exists only in TD1")
    line1 = _code(d.document_code) + _state(d.issuing_state) + name_field(d.surname, d.given_names, _NAME_WIDTH[fmt])
    number, overflow = _number_and_overflow(d.document_number, long_ok=fmt is MrzFormat.TD2)
    birth = _date(d.birth_date)
    expiry = _date(d.expiry_date)
    line2 = number + _state(d.nationality) + birth + check_digit(birth) + _sex(d.sex) + expiry + check_digit(expiry)
    optional = _pad(overflow + mrz_chars(d.optional_data), _OPTIONAL_WIDTH[fmt], "optional data")
    if fmt is MrzFormat.TD3:
        line2 += optional + _optional_digit(optional)
    else:
        line2 += optional
    if fmt in (MrzFormat.TD3, MrzFormat.TD2):
        line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:])
    assert len(line1) == length and len(line2) == length, (line1, line2)
    return line1, line2


def _strip(value: str) -> str:
    return value.replace(FILLER, " ").strip()


def mrz_fields(fmt: MrzFormat | str, d: MrzData, lines: tuple[str, ...]) -> dict[str, str | None]:
    """The truth of an MRZ as a reader should report it: values as they stand in the lines (names
    as truncated), fillers stripped, name fillers turned into spaces, dates as ISO dates."""
    fmt = MrzFormat(fmt)
    name = lines[2] if fmt is MrzFormat.TD1 else lines[0][5:]
    primary, _, secondary = name.partition(FILLER * 2)
    number = mrz_chars(d.document_number)
    if fmt is MrzFormat.TD1:
        optional = lines[0][15:30]
    elif fmt is MrzFormat.TD3:
        optional = lines[1][28:42]
    else:
        optional = lines[1][28 : 28 + _OPTIONAL_WIDTH[fmt]]
    if len(number) > 9:
        optional = optional[len(number) - 9 + 1 :]
    out: dict[str, str | None] = {
        "document_code": _strip(lines[0][0:2]),
        "issuing_state": _strip(lines[0][2:5]),
        "surname": _strip(primary),
        "given_names": " ".join(secondary.replace(FILLER, " ").split()),
        "document_number": number,
        "nationality": mrz_chars(d.nationality),
        "birth_date": d.birth_date.isoformat() if d.birth_date else None,
        "sex": "X" if _sex(d.sex) == FILLER else _sex(d.sex),
        "expiry_date": d.expiry_date.isoformat(),
        "optional_data": _strip(optional),
    }
    out["optional_data_2"] = _strip(lines[1][18:29]) if fmt is MrzFormat.TD1 else ""
    return out
