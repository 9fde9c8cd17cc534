"""Test helper: compose ICAO 9303 MRZ lines from field values, independently of the parser.

The positions below are written out from ICAO 9303 parts 4-7 rather than read from
`ocr.mrz.formats`, so a wrong entry in the layout table makes the round-trip tests fail instead of
agreeing with itself. Only `check_digit` is shared (it has its own worked-example tests)."""

from __future__ import annotations

from dataclasses import dataclass

from ocr.mrz.checkdigit import check_digit
from ocr.mrz.formats import MrzFormat

# Width of the name field, of optional data (TD1: optional data 1) and of the whole line.
LINE_LENGTH = {MrzFormat.TD1: 30, MrzFormat.TD2: 36, MrzFormat.TD3: 44, MrzFormat.MRVA: 44, MrzFormat.MRVB: 36}
NAME_WIDTH = {MrzFormat.TD1: 30, MrzFormat.TD2: 31, MrzFormat.TD3: 39, MrzFormat.MRVA: 39, MrzFormat.MRVB: 31}
OPTIONAL_WIDTH = {MrzFormat.TD1: 15, MrzFormat.TD2: 7, MrzFormat.TD3: 14, MrzFormat.MRVA: 16, MrzFormat.MRVB: 8}
OPTIONAL_2_WIDTH = 11  # TD1 line 2, positions 19-29
# Only TD1 and TD2 have the long-document-number rule (ICAO 9303 parts 5 and 6).
LONG_NUMBER_FORMATS = (MrzFormat.TD1, MrzFormat.TD2)

# The ICAO 9303 specimens (parts 4-7), as printed there.
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
MRVA = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
MRVB = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<")


@dataclass(frozen=True)
class MrzValues:
    """What a document says, before it is written as MRZ text. Dates are raw YYMMDD."""

    format: MrzFormat
    document_code: str  # one or two letters
    issuing_state: str  # one to three letters
    surname: str  # words separated by single spaces
    given_names: str  # words separated by single spaces, or ""
    document_number: str  # [A-Z0-9]+; longer than 9 only for TD1/TD2
    nationality: str
    birth: str  # YYMMDD
    sex: str  # M, F, X or <
    expiry: str  # YYMMDD
    optional_data: str = ""  # [A-Z0-9]*
    optional_data_2: str = ""  # TD1 only
    empty_optional_check: str = "<"  # TD3: the check digit of an empty personal number, '<' or '0'


def pad(text: str, width: int) -> str:
    text = text.replace(" ", "<")
    if len(text) > width:
        raise ValueError(f"{text!r} does not fit in {width} characters")
    return text.ljust(width, "<")


def name_field(surname: str, given_names: str, width: int) -> str:
    text = surname.replace(" ", "<")
    if given_names:
        text += "<<" + given_names.replace(" ", "<")
    return pad(text, width)


def name_fits(surname: str, given_names: str, fmt: MrzFormat) -> bool:
    return len(surname) + (2 + len(given_names) if given_names else 0) <= NAME_WIDTH[fmt]


def document_number_and_optional(number: str, optional: str, width: int, fmt: MrzFormat) -> str:
    """Document number, its check digit and the optional data field, as printed.

    A number longer than nine characters (TD1/TD2 only) puts a filler in the check-digit position
    and continues in the optional data, followed by its check digit (over the whole number) and a
    filler; the remaining optional data follows."""
    if len(number) <= 9:
        return pad(number, 9) + check_digit(number) + pad(optional, width)
    if fmt not in LONG_NUMBER_FORMATS:
        raise ValueError(f"{fmt} has no long document numbers")
    return number[:9] + "<" + pad(number[9:] + check_digit(number) + "<" + optional, width)


def compose(v: MrzValues) -> list[str]:
    fmt = v.format
    code = pad(v.document_code, 2)
    state = pad(v.issuing_state, 3)
    nationality = pad(v.nationality, 3)
    birth = v.birth + check_digit(v.birth)
    expiry = v.expiry + check_digit(v.expiry)
    number_and_optional = document_number_and_optional(
        v.document_number, v.optional_data, OPTIONAL_WIDTH[fmt], fmt
    )
    if fmt is MrzFormat.TD1:
        line1 = code + state + number_and_optional
        line2 = birth + v.sex + expiry + nationality + pad(v.optional_data_2, OPTIONAL_2_WIDTH)
        line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        return [line1, line2, name_field(v.surname, v.given_names, 30)]

    line1 = code + state + name_field(v.surname, v.given_names, NAME_WIDTH[fmt])
    number, optional = number_and_optional[:10], number_and_optional[10:]
    line2 = number + nationality + birth + v.sex + expiry + optional
    if fmt is MrzFormat.TD3:
        line2 += check_digit(optional) if optional.strip("<") else v.empty_optional_check
    if fmt in (MrzFormat.TD2, MrzFormat.TD3):
        line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:])
    assert len(line1) == len(line2) == LINE_LENGTH[fmt], (line1, line2)
    return [line1, line2]


def with_composite(fmt: MrzFormat, lines: list[str]) -> list[str]:
    """The same lines with the composite check digit recomputed (TD1, TD2, TD3; visas have none)."""
    lines = list(lines)
    if fmt is MrzFormat.TD1:
        top, middle = lines[0], lines[1]
        digit = check_digit(top[5:30] + middle[0:7] + middle[8:15] + middle[18:29])
        lines[1] = middle[:29] + digit
    elif fmt in (MrzFormat.TD2, MrzFormat.TD3):
        line = lines[1]
        lines[1] = line[:-1] + check_digit(line[0:10] + line[13:20] + line[21:-1])
    return lines
