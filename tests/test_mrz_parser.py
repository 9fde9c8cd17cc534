"""parse_mrz on the ICAO specimens, on composed documents that exercise each rule, and on text
that is not an MRZ at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest

from ocr.errors import MrzParseError
from ocr.mrz import dates
from ocr.mrz.checkdigit import check_digit
from ocr.mrz.formats import LAYOUTS, MrzFormat
from ocr.mrz.model import MrzFields
from ocr.mrz.parser import normalise_lines, parse_mrz
from tests.mrz_compose import MRVA, MRVB, TD1, TD2, TD3, MrzValues, compose, with_composite

TODAY = dt.date(2026, 11, 28)

ANNA = {
    "issuing_state": "UTO",
    "surname": "ERIKSSON",
    "given_names": "ANNA MARIA",
    "birth_date": "1974-08-12",
    "sex": "F",
    "expiry_date": "2012-04-15",
    "optional_data_2": "",
}


@pytest.mark.parametrize(
    ("lines", "fmt", "expected"),
    [
        (
            TD3,
            MrzFormat.TD3,
            MrzFields(
                document_code="P", document_number="L898902C3", nationality="UTO",
                optional_data="ZE184226B", **ANNA,
            ),
        ),
        (
            TD1,
            MrzFormat.TD1,
            MrzFields(
                document_code="I", document_number="D23145890", nationality="UTO", optional_data="", **ANNA
            ),
        ),
        (
            TD2,
            MrzFormat.TD2,
            MrzFields(
                document_code="I", document_number="D23145890", nationality="UTO", optional_data="", **ANNA
            ),
        ),
        (
            MRVA,
            MrzFormat.MRVA,
            MrzFields(
                document_code="V", document_number="L8988901C", nationality="XXX",
                optional_data="6ZE184226B",
                **{**ANNA, "birth_date": "1940-09-07", "expiry_date": "1996-12-10"},
            ),
        ),
        (
            MRVB,
            MrzFormat.MRVB,
            MrzFields(
                document_code="V", document_number="L8988901C", nationality="XXX", optional_data="",
                **{**ANNA, "birth_date": "1940-09-07", "expiry_date": "1996-12-10"},
            ),
        ),
    ],
)
def test_icao_specimens(lines: tuple[str, ...], fmt: MrzFormat, expected: MrzFields) -> None:
    result = parse_mrz(lines, today=TODAY)
    assert result.format is fmt
    assert result.fields == expected
    assert result.problems == ()
    assert set(result.checks) == {c.name for c in LAYOUTS[fmt].checks}
    assert all(result.checks.values()), result.checks
    assert result.valid
    assert result.lines == lines


def td3(**changes: Any) -> MrzValues:
    base = MrzValues(
        MrzFormat.TD3, "P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415",
        "ZE184226B",
    )
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize(
    ("surname", "given", "field", "want_surname", "want_given"),
    [
        ("VAN DER BERG", "ANNA", "VAN<DER<BERG<<ANNA", "VAN DER BERG", "ANNA"),
        ("ERIKSSON", "ANNA MARIA", "ERIKSSON<<ANNA<MARIA", "ERIKSSON", "ANNA MARIA"),
        ("ERIKSSON", "", "ERIKSSON<<<", "ERIKSSON", ""),
        ("O", "J P", "O<<J<P", "O", "J P"),
    ],
)
def test_names_split_at_double_filler(
    surname: str, given: str, field: str, want_surname: str, want_given: str
) -> None:
    lines = compose(td3(surname=surname, given_names=given))
    assert lines[0][5:].startswith(field)
    result = parse_mrz(lines, today=TODAY)
    assert (result.fields.surname, result.fields.given_names) == (want_surname, want_given)
    assert result.valid


def test_name_that_fills_the_whole_field_is_kept_whole() -> None:
    given = "ABCDEFGHIJ KLMNOPQRSTUVWXY"
    surname = "X" * (39 - 2 - len(given))  # SURNAME<<GIVEN<NAMES fills all 39 positions
    result = parse_mrz(compose(td3(surname=surname, given_names=given)), today=TODAY)
    assert result.lines[0][-1] == "Y"
    assert (result.fields.surname, result.fields.given_names) == (surname, given)


def test_fillers_are_stripped_from_every_field() -> None:
    lines = compose(td3(issuing_state="D", nationality="D", document_number="C01X0", optional_data="12"))
    assert lines[0].startswith("P<D<<") and lines[1][10:13] == "D<<"
    f = parse_mrz(lines, today=TODAY).fields
    assert (f.document_code, f.issuing_state, f.nationality) == ("P", "D", "D")
    assert (f.document_number, f.optional_data) == ("C01X0", "12")
    assert not any("<" in str(v) for v in dataclasses.asdict(f).values())


@pytest.mark.parametrize(
    ("birth", "want"),
    [
        ("300101", "1930-01-01"),
        ("240101", "2024-01-01"),
        ("261128", "2026-11-28"),  # born today
        ("261129", "1926-11-29"),  # tomorrow is the future: a century ago
        ("991231", "1999-12-31"),
        ("000229", "2000-02-29"),
    ],
)
def test_birth_century_is_never_in_the_future(birth: str, want: str) -> None:
    assert parse_mrz(compose(td3(birth=birth)), today=TODAY).fields.birth_date == want


@pytest.mark.parametrize(
    ("expiry", "want"),
    [
        ("350101", "2035-01-01"),
        ("760101", "2076-01-01"),  # today's year + 50: still the future
        ("770101", "1977-01-01"),  # otherwise the past 49 years: an expired document, not 2077
        ("990101", "1999-01-01"),
        ("120415", "2012-04-15"),
    ],
)
def test_expiry_century_is_within_fifty_years(expiry: str, want: str) -> None:
    result = parse_mrz(compose(td3(expiry=expiry)), today=TODAY)
    assert result.fields.expiry_date == want
    assert result.valid  # an expired document still parses; expiry is judged elsewhere


def test_dates_follow_today_not_a_fixed_century() -> None:
    assert dates.expiry_date("050101", dt.date(2060, 6, 1)) == dt.date(2105, 1, 1)
    assert dates.expiry_date("050101", dt.date(2026, 6, 1)) == dt.date(2005, 1, 1)
    assert dates.birth_date("010101", dt.date(2101, 6, 1)) == dt.date(2101, 1, 1)
    assert dates.birth_date("500101", dt.date(1960, 1, 1)) == dt.date(1950, 1, 1)
    assert dates.birth_date("500101", dt.date(20, 1, 1)) is None  # would be year -50
    assert dates.birth_date("000229", dt.date(2100, 6, 1)) == dt.date(2000, 2, 29)  # 2100 is no leap year


def test_today_may_be_a_datetime() -> None:
    now = dt.datetime(2026, 11, 28, 15, 30)
    assert parse_mrz(TD3, today=now).fields == parse_mrz(TD3, today=TODAY).fields
    assert dates.birth_date("261128", now) == TODAY


@pytest.mark.parametrize("text", ["²²0101", "٣٣0101", "7408 2", "74081", "7408122", "74<812"])
def test_dates_accept_only_six_ascii_digits(text: str) -> None:
    assert dates.birth_date(text, TODAY) is None
    assert dates.expiry_date(text, TODAY) is None


def _break(fmt: MrzFormat, lines: list[str], name: str) -> list[str]:
    """Change check `name`'s digit and, unless it is the composite, re-fix the composite."""
    spec = next(c for c in LAYOUTS[fmt].checks if c.name == name)
    line = lines[spec.line]
    old = line[spec.pos]
    new = "7" if old in "<0" else str((int(old) + 1) % 10)
    out = list(lines)
    out[spec.line] = line[: spec.pos] + new + line[spec.pos + 1 :]
    return out if name == "composite" else with_composite(fmt, out)


SAMPLES = {
    MrzFormat.TD1: list(TD1),
    MrzFormat.TD2: list(TD2),
    MrzFormat.TD3: list(TD3),
    MrzFormat.MRVA: list(MRVA),
    MrzFormat.MRVB: list(MRVB),
}


@pytest.mark.parametrize(
    ("fmt", "name"), [(fmt, c.name) for fmt, layout in LAYOUTS.items() for c in layout.checks]
)
def test_each_failing_check_is_named_alone(fmt: MrzFormat, name: str) -> None:
    broken = _break(fmt, SAMPLES[fmt], name)
    result = parse_mrz(broken, today=TODAY)
    assert result.checks[name] is False
    assert {k for k, ok in result.checks.items() if not ok} == {name}
    assert result.problems == ()
    assert not result.valid


def test_china_passport_po_with_no_filler_on_line_two() -> None:
    values = td3(
        document_code="PO", issuing_state="CHN", nationality="CHN", surname="ZHANG", given_names="SAN",
        document_number="E12345678", birth="800101", sex="M", expiry="300101",
        optional_data="MNPEMNPEMNPEMN",  # 14 letters: the whole personal-number field
    )
    lines = compose(values)
    assert "<" not in lines[1]
    # Hand-checked with 7-3-1: 'E12345678' → 2 (98+3+2+21+12+5+42+21+8 = 212), '800101' → 4
    # (56+0+0+7+0+1 = 64), '300101' → 9 (21+0+0+7+0+1 = 29).
    assert lines[1][:43] == "E123456782CHN8001014M3001019MNPEMNPEMNPEMN" + check_digit("MNPEMNPEMNPEMN")
    result = parse_mrz(lines, today=TODAY)
    assert result.valid, (result.checks, result.problems)
    assert result.fields.document_code == "PO"
    assert result.fields.optional_data == "MNPEMNPEMNPEMN"
    assert result.fields.birth_date == "1980-01-01"
    assert result.fields.expiry_date == "2030-01-01"


def test_td1_long_document_number_continues_in_optional_data() -> None:
    # ICAO 9303 part 5, note j: filler in the check-digit position, the rest of the number at the
    # start of optional data, then the check digit over the whole number and a filler.
    number = "D23145890734"
    lines = [("I<UTOD23145890<734" + check_digit(number) + "<XY").ljust(30, "<"), *TD1[1:]]
    lines = with_composite(MrzFormat.TD1, lines)
    assert lines[0] == compose(
        MrzValues(
            MrzFormat.TD1, "I", "UTO", "ERIKSSON", "ANNA MARIA", number, "UTO", "740812", "F", "120415", "XY"
        )
    )[0]
    result = parse_mrz(lines, today=TODAY)
    assert result.valid, (result.checks, result.problems)
    assert result.fields.document_number == number
    assert result.fields.optional_data == "XY"

    wrong = lines[0][:18] + str((int(lines[0][18]) + 1) % 10) + lines[0][19:]
    bad = parse_mrz(with_composite(MrzFormat.TD1, [wrong, *lines[1:]]), today=TODAY)
    assert bad.checks["document_number"] is False
    assert bad.checks["composite"] is True


def test_td2_long_document_number() -> None:
    values = MrzValues(
        MrzFormat.TD2, "I", "UTO", "ERIKSSON", "ANNA MARIA", "D2314589073", "UTO", "740812", "F", "120415"
    )
    lines = compose(values)
    assert lines[1].startswith("D23145890<UTO") and lines[1][28:31] == "73" + check_digit("D2314589073")
    result = parse_mrz(lines, today=TODAY)
    assert result.valid
    assert result.fields.document_number == "D2314589073"


def test_filler_in_check_position_without_continuation_fails_the_number_check() -> None:
    lines = with_composite(MrzFormat.TD1, ["I<UTOD23145890<<<<<<<<<<<<<<<<", *TD1[1:]])
    result = parse_mrz(lines, today=TODAY)
    assert result.checks["document_number"] is False
    assert result.fields.document_number == "D23145890"


@pytest.mark.parametrize("digit", ["<", "0"])
def test_empty_td3_personal_number_check_may_be_filler_or_zero(digit: str) -> None:
    lines = compose(td3(optional_data="", empty_optional_check=digit))
    assert lines[1][28:43] == "<" * 14 + digit
    result = parse_mrz(lines, today=TODAY)
    assert result.valid
    assert result.fields.optional_data == ""


def test_empty_td3_personal_number_with_another_digit_fails() -> None:
    lines = with_composite(MrzFormat.TD3, compose(td3(optional_data="", empty_optional_check="3")))
    result = parse_mrz(lines, today=TODAY)
    assert result.checks["optional_data"] is False


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("birth", "741312", "birth_date: not a calendar date"),
        ("birth", "740230", "birth_date: not a calendar date"),
        ("birth", "250229", "birth_date: not a calendar date"),  # 2025 and 1925 are not leap years
        ("expiry", "121315", "expiry_date: not a calendar date"),
        ("expiry", "120400", "expiry_date: not a calendar date"),
    ],
)
def test_impossible_date_is_a_named_problem(field: str, value: str, problem: str) -> None:
    result = parse_mrz(compose(td3(**{field: value})), today=TODAY)
    assert all(result.checks.values())  # the check digit was computed over what is printed
    assert problem in result.problems
    assert getattr(result.fields, f"{field}_date") is None
    assert not result.valid


def test_unknown_birth_date_is_all_fillers() -> None:
    lines = compose(td3(birth="740812"))
    lines[1] = lines[1][:13] + "<<<<<<" + "0" + lines[1][20:]
    result = parse_mrz(with_composite(MrzFormat.TD3, lines), today=TODAY)
    assert result.fields.birth_date is None
    assert result.problems == ()
    assert result.valid


@pytest.mark.parametrize("sex", ["Q", "0", "A", "K"])
def test_sex_other_than_m_f_x_filler_is_a_problem(sex: str) -> None:
    result = parse_mrz(compose(td3(sex=sex)), today=TODAY)
    assert "sex: characters not allowed in this field" in result.problems
    assert result.fields.sex == sex
    assert not result.valid


@pytest.mark.parametrize(("sex", "want"), [("M", "M"), ("F", "F"), ("X", "X"), ("<", "X")])
def test_sex_values(sex: str, want: str) -> None:
    result = parse_mrz(compose(td3(sex=sex)), today=TODAY)
    assert result.fields.sex == want
    assert result.valid


@pytest.mark.parametrize(
    ("position", "char", "problem"),
    [
        ((0, 0), "<", "document_code: must start with a letter"),
        ((0, 1), "1", "document_code: characters not allowed in this field"),
        ((0, 3), "1", "issuing_state: characters not allowed in this field"),
        ((0, 8), "5", "name: characters not allowed in this field"),
        ((1, 11), "7", "nationality: characters not allowed in this field"),
    ],
)
def test_digits_in_letter_fields_are_problems(position: tuple[int, int], char: str, problem: str) -> None:
    line, col = position
    lines = list(TD3)
    lines[line] = lines[line][:col] + char + lines[line][col + 1 :]
    result = parse_mrz(lines, today=TODAY)
    assert problem in result.problems
    assert not result.valid


def test_empty_required_fields_are_problems() -> None:
    lines = ["P<<<<" + "<" * 39, "<<<<<<<<<<<<<" + TD3[1][13:]]
    result = parse_mrz(lines, today=TODAY)
    assert set(result.problems) == {
        "issuing_state: empty",
        "name: empty",
        "document_number: empty",
        "nationality: empty",
    }
    assert result.checks["document_number"] is False


@pytest.mark.parametrize("fmt", [MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3])
def test_filler_is_never_a_composite_check_digit(fmt: MrzFormat) -> None:
    # Found by the fuzzer: with everything the composite covers blank, '<' passed as its digit.
    if fmt is MrzFormat.TD1:
        lines = ["I<UTO" + "<" * 25, "<" * 30, "ERIKSSON<<ANNA".ljust(30, "<")]
    else:
        length = LAYOUTS[fmt].length
        lines = ["P<UTOERIKSSON<<ANNA".ljust(length, "<"), "<" * length]
    result = parse_mrz(lines, today=TODAY)
    assert result.checks["composite"] is False
    assert not result.valid


def test_empty_nationality_alone_is_a_problem() -> None:
    # Nationality is mandatory (ICAO 9303 part 4) and no check digit covers it.
    result = parse_mrz([TD3[0], TD3[1][:10] + "<<<" + TD3[1][13:]], today=TODAY)
    assert result.problems == ("nationality: empty",)
    assert all(result.checks.values())
    assert not result.valid


def test_lower_case_spaces_and_blank_lines_are_normalised() -> None:
    messy = [
        "",
        "  p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\t",
        "   ",
        " l898902c36uto 7408122f1204159ze184226b<<<<<10 \r\n",
    ]
    result = parse_mrz(messy, today=TODAY)
    assert result.lines == TD3
    assert result.valid
    assert normalise_lines(messy) == list(TD3)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([], "no MRZ text"),
        (["", "   ", "\n"], "no MRZ text"),
        ([TD3[0][:-1], TD3[1][:-1]], "2 line(s) of 43/43 characters is not an ICAO 9303 MRZ shape"),
        ([TD3[0], TD3[1][:-1]], "44/43"),
        ([TD3[0]], "1 line(s) of 44"),
        ([TD3[0], TD3[1], TD3[1]], "3 line(s) of 44/44/44"),
        ([*TD1, TD1[2]], "4 line(s)"),
        ([TD1[0], TD1[1]], "2 line(s) of 30/30"),
        ([TD3[0] + TD3[1]], "1 line(s) of 88"),
        ([TD3[0], TD3[1].replace("<", "-")], "characters outside the MRZ alphabet: '-'"),
        ([TD3[0], TD3[1].replace("<", "«")], "'«'"),
        ([TD3[0].replace("K", "ß"), TD3[1]], "'ß'"),
        ([TD3[0] + "\x00", TD3[1]], "outside the MRZ alphabet"),
    ],
)
def test_not_an_mrz_raises_a_clear_error(lines: list[str], message: str) -> None:
    with pytest.raises(MrzParseError, match=re.escape(message)):
        parse_mrz(lines, today=TODAY)


@pytest.mark.parametrize(
    "trap",
    [("ERIKSSON", "ERIKßON"), ("ERIKSSON", "ERIKſſON"), ("ANNA<MARIA", "ANNA<MARıA"), ("ANNA", "ANNA\ufb01")],
)
def test_non_ascii_letters_are_not_upper_cased_into_mrz_letters(trap: tuple[str, str]) -> None:
    # str.upper() maps 'ß'→'SS', 'ſ'→'S', 'ı'→'I', 'ﬁ'→'FI': text that merely looks like an MRZ
    # must not parse as a valid one.
    old, new = trap
    line = TD3[0].lower().replace(old.lower(), new.lower(), 1)
    if len(line) != 44:  # keep the shape so only the character can be the reason
        line = line[:44] if len(line) > 44 else line.ljust(44, "<")
    with pytest.raises(MrzParseError, match="outside the MRZ alphabet"):
        parse_mrz([line, TD3[1]], today=TODAY)


def test_visa_and_passport_shapes_are_told_apart_by_the_document_code() -> None:
    assert parse_mrz(TD3, today=TODAY).format is MrzFormat.TD3
    assert parse_mrz(MRVA, today=TODAY).format is MrzFormat.MRVA
    assert parse_mrz(TD2, today=TODAY).format is MrzFormat.TD2
    assert parse_mrz(MRVB, today=TODAY).format is MrzFormat.MRVB
