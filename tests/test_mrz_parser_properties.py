"""Property-based tests of the MRZ parser: round trips of composed documents, what a single changed
character can and cannot reveal, and that no text makes the parser fail other than by
MrzParseError."""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ocr.errors import MrzParseError
from ocr.mrz import dates
from ocr.mrz.checkdigit import char_value
from ocr.mrz.formats import ALLOWED, ALPHABET, FIRST_CODE_CLASS, LAYOUTS, LayoutSpec, MrzFormat
from ocr.mrz.model import MrzFields, MrzParse
from ocr.mrz.parser import parse_mrz
from tests.fuzz.fuzz_mrz_parser import SEEDS, one_input
from tests.mrz_compose import (
    LONG_NUMBER_FORMATS,
    OPTIONAL_2_WIDTH,
    OPTIONAL_WIDTH,
    MrzValues,
    compose,
    name_fits,
)

LETTERS = string.ascii_uppercase
ALNUM = string.ascii_uppercase + string.digits
VISAS = (MrzFormat.MRVA, MrzFormat.MRVB)

words = st.text(LETTERS, min_size=1, max_size=8)


def spaced(max_len: int) -> st.SearchStrategy[str]:
    """[A-Z0-9] words joined by single spaces (fillers inside a field), at most max_len long."""
    return st.lists(st.text(ALNUM, min_size=1, max_size=6), max_size=3).map(
        lambda ws: " ".join(ws)[:max_len].rstrip()
    )


@dataclass(frozen=True)
class Doc:
    values: MrzValues
    today: dt.date
    birth: dt.date  # what the YYMMDD must resolve to on `today`
    expiry: dt.date


@st.composite
def documents(draw: st.DrawFn, fmt: MrzFormat | None = None) -> Doc:
    """Well-formed field values of any format, a `today` they are read on and their real dates:
    a birth date in the last 99 years, an expiry in the past 49 or next 50 years."""
    fmt = fmt or draw(st.sampled_from(list(MrzFormat)))
    today = draw(st.dates(dt.date(1950, 1, 1), dt.date(2150, 12, 31)))

    # ICAO 9303: P for passports (TD3), A, C or I for TD1/TD2 cards, V for visas
    first = draw(st.sampled_from(sorted(ALLOWED[FIRST_CODE_CLASS[fmt]])))
    code = first + draw(st.sampled_from(["", *LETTERS]))
    surname = draw(st.lists(words, min_size=1, max_size=3))
    given_names = draw(st.lists(words, max_size=3))
    while not name_fits(" ".join(surname), " ".join(given_names), fmt):
        if given_names:
            given_names.pop()
        elif len(surname) > 1:
            surname.pop()
        else:
            surname[0] = surname[0][:20]

    width = OPTIONAL_WIDTH[fmt]
    if fmt in LONG_NUMBER_FORMATS and draw(st.booleans()):
        # the rest of the number, its check digit and a filler must fit in the optional data
        number = draw(st.text(ALNUM, min_size=10, max_size=9 + width - 2))
        width -= len(number) - 9 + 2
    else:
        number = draw(st.text(ALNUM, min_size=1, max_size=9))
    birth = draw(st.dates(dt.date(today.year - 99, 1, 1), today))
    expiry = draw(st.dates(dt.date(today.year - 49, 1, 1), dt.date(today.year + 50, 12, 31)))
    values = MrzValues(
        format=fmt,
        document_code=code,
        issuing_state=draw(st.text(LETTERS, min_size=1, max_size=3)),
        surname=" ".join(surname),
        given_names=" ".join(given_names),
        document_number=number,
        nationality=draw(st.text(LETTERS, min_size=1, max_size=3)),
        birth=_yymmdd(birth),
        sex=draw(st.sampled_from("MFX<")),
        expiry=_yymmdd(expiry),
        optional_data=draw(spaced(width)),
        optional_data_2=draw(spaced(OPTIONAL_2_WIDTH)) if fmt is MrzFormat.TD1 else "",
        empty_optional_check=draw(st.sampled_from("<0")),
    )
    return Doc(values, today, birth, expiry)


def expected_fields(doc: Doc) -> MrzFields:
    v = doc.values
    return MrzFields(
        document_code=v.document_code,
        issuing_state=v.issuing_state,
        surname=v.surname,
        given_names=v.given_names,
        document_number=v.document_number,
        nationality=v.nationality,
        birth_date=doc.birth.isoformat(),
        sex="X" if v.sex == "<" else v.sex,
        expiry_date=doc.expiry.isoformat(),
        optional_data=v.optional_data,
        optional_data_2=v.optional_data_2,
    )


# (a) ------------------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(documents())
def test_composed_documents_parse_back_to_their_fields(doc: Doc) -> None:
    values = doc.values
    lines = compose(values)
    result = parse_mrz(lines, today=doc.today)
    assert result.format is values.format
    assert result.lines == tuple(lines)
    assert result.fields == expected_fields(doc)
    assert set(result.checks) == {c.name for c in LAYOUTS[values.format].checks}
    assert all(result.checks.values()), result.checks
    assert result.problems == ()
    assert result.valid


@settings(max_examples=50, deadline=None)
@given(documents())
def test_lower_case_and_spaces_do_not_change_the_parse(doc: Doc) -> None:
    today = doc.today
    lines = compose(doc.values)
    messy = ["  " + " ".join(line.lower()[i : i + 5] for i in range(0, len(line), 5)) + "\n" for line in lines]
    assert parse_mrz(messy, today=today) == parse_mrz(lines, today=today)


# (b) ------------------------------------------------------------------------------------------


def guarded_positions(layout: LayoutSpec) -> frozenset[tuple[int, int]]:
    """Every position some check digit covers, and the check digits themselves."""
    out: set[tuple[int, int]] = set()
    for c in layout.checks:
        out.add((c.line, c.pos))
        for line, start, end in c.spans:
            out.update((line, col) for col in range(start, end))
    return frozenset(out)


GUARDED = {fmt: guarded_positions(layout) for fmt, layout in LAYOUTS.items()}


def classify(fmt: MrzFormat, line: int, col: int, old: str, new: str) -> str:
    """What a single substitution must do.

    'detected'       – the new character is not allowed at that position (a digit in a name, a
                       letter in a date, 'Q' for sex…), or a check digit guards the position and
                       the values differ by other than a multiple of 10;
    'blind: value'   – guarded, but the values differ by 0, 10, 20 or 30 ('K'/'<', 'G'/'6',
                       '0'/'<' in a check-digit position…): the check digits cannot see it;
    'blind: unguarded' – no check digit covers the position (names, document code, issuing
                       state, nationality, sex, visa optional data): only the field's character
                       class can catch a change."""
    layout = LAYOUTS[fmt]
    if (line, col) == (0, 0):
        # The first code letter picks the format among those of the same shape: a passport's 'P'
        # read as 'V' is a well-formed visa, with fewer check digits.
        for other in LAYOUTS.values():
            same_shape = (other.lines, other.length) == (layout.lines, layout.length)
            if other.format is not fmt and same_shape and new in ALLOWED[FIRST_CODE_CLASS[other.format]]:
                return "blind: format switch"
    if new not in ALLOWED[layout.char_class(line, col)]:
        return "detected"
    if (line, col) not in GUARDED[fmt]:
        return "blind: unguarded"
    if (char_value(new) - char_value(old)) % 10 == 0:
        return "blind: value"
    return "detected"


@st.composite
def substitutions(draw: st.DrawFn) -> tuple[MrzValues, dt.date, int, int, str]:
    doc = draw(documents())
    values, today = doc.values, doc.today
    lines = compose(values)
    line = draw(st.integers(0, len(lines) - 1))
    # half the time aim at a guarded position, where the interesting arithmetic is
    guarded = sorted(col for ln, col in GUARDED[values.format] if ln == line)
    aim: bool = draw(st.booleans())
    col = draw(st.sampled_from(guarded if guarded and aim else range(len(lines[line]))))
    old = lines[line][col]
    # and a third of the time at a character of the same value mod 10: the check digits' blind spot
    same = [c for c in ALPHABET if c != old and (char_value(c) - char_value(old)) % 10 == 0]
    if draw(st.integers(0, 2)) == 0:
        new = draw(st.sampled_from(same))
    else:
        new = draw(st.sampled_from(ALPHABET.replace(old, "")))
    return values, today, line, col, new


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(substitutions())
def test_single_substitution_is_detected_or_a_known_blind_spot(
    case: tuple[MrzValues, dt.date, int, int, str],
) -> None:
    values, today, line, col, new = case
    lines = compose(values)
    old = lines[line][col]
    mutated = list(lines)
    mutated[line] = lines[line][:col] + new + lines[line][col + 1 :]
    result = parse_mrz(mutated, today=today)
    kind = classify(values.format, line, col, old, new)
    event(kind)
    detected = not result.valid
    if kind == "detected":
        assert detected, (values.format, line, col, old, new, result)
    else:
        event(f"{kind}: {'caught anyway' if detected else 'undetected'}")


def test_each_blind_spot_kind_really_goes_undetected() -> None:
    """The classification above is not vacuous: each blind kind has members that parse as valid,
    with a different value in the field."""
    today = dt.date(2026, 11, 28)
    lines = compose(
        MrzValues(
            MrzFormat.TD3, "P", "UTO", "ERIKSSON", "ANNA MARIA", "L8K6902C3", "UTO", "740812", "F", "120415",
            "ZE184226B",
        )
    )
    cases = [
        (1, 2, "<", "blind: value", "document_number", "L8 6902C3"),  # 'K'=20, '<'=0
        (1, 3, "G", "blind: value", "document_number", "L8KG902C3"),  # '6'=6, 'G'=16
        (1, 28, "P", "blind: value", "optional_data", "PE184226B"),  # 'Z'=35, 'P'=25
        (0, 5, "A", "blind: unguarded", "surname", "ARIKSSON"),
        (0, 21, "<", "blind: unguarded", "given_names", "ANNA M RIA"),
        (1, 20, "M", "blind: unguarded", "sex", "M"),
        (1, 11, "S", "blind: unguarded", "nationality", "USO"),
        (0, 3, "S", "blind: unguarded", "issuing_state", "USO"),
    ]
    for line, col, new, kind, field, value in cases:
        old = lines[line][col]
        assert classify(MrzFormat.TD3, line, col, old, new) == kind
        mutated = list(lines)
        mutated[line] = lines[line][:col] + new + lines[line][col + 1 :]
        result = parse_mrz(mutated, today=today)
        assert result.valid, (line, col, old, new)
        assert getattr(result.fields, field) == value

    # An unguarded document code can even change the format: a passport read as a visa.
    visa = parse_mrz(["V" + lines[0][1:], lines[1]], today=today)
    assert classify(MrzFormat.TD3, 0, 0, "P", "V") == "blind: format switch"
    assert visa.valid and visa.format is MrzFormat.MRVA


# (c) ------------------------------------------------------------------------------------------

NEAR_ALPHABET = ALPHABET + "abcxyz <«-0O"


@st.composite
def shaped_noise(draw: st.DrawFn) -> list[str]:
    """Lines of a real MRZ shape with random characters: gets past the shape checks."""
    layout = draw(st.sampled_from(list(LAYOUTS.values())))
    alphabet = draw(st.sampled_from([ALPHABET, NEAR_ALPHABET, "0123456789<", "ABCMFX<"]))
    return [
        draw(st.text(alphabet, min_size=layout.length, max_size=layout.length)) for _ in range(layout.lines)
    ]


any_text = st.one_of(
    st.lists(st.text(), max_size=6),
    st.text().map(str.splitlines),
    st.lists(st.text(NEAR_ALPHABET, min_size=25, max_size=50), max_size=4),
    st.lists(st.text(max_size=40).map(lambda s: s * 100), min_size=1, max_size=2),  # very long lines
    st.lists(st.text("\n\r\x0b\x0c\x1c\x85\u2028 \t"), max_size=4),
    shaped_noise(),
)


@settings(max_examples=200, deadline=None)
@given(any_text, st.dates())
def test_arbitrary_text_parses_or_raises_mrz_parse_error(lines: list[str], today: dt.date) -> None:
    try:
        result = parse_mrz(lines, today=today)
    except MrzParseError as e:
        assert str(e)
        return
    assert isinstance(result, MrzParse)
    layout = LAYOUTS[result.format]
    assert len(result.lines) == layout.lines
    assert all(len(line) == layout.length and set(line) <= set(ALPHABET) for line in result.lines)
    assert result.valid == (all(result.checks.values()) and not result.problems)
    for name, value in vars(result.fields).items():
        assert value is None or "<" not in value, (name, value)
    if result.fields.birth_date is not None:
        assert dt.date.fromisoformat(result.fields.birth_date) <= today
    assert parse_mrz(result.lines, today=today) == result  # the normalised text parses the same


# dates ----------------------------------------------------------------------------------------


@given(st.dates(dt.date(100, 1, 1), dt.date(9900, 12, 31)), st.data())
def test_birth_date_is_the_latest_such_date_not_after_today(today: dt.date, data: st.DataObject) -> None:
    born = data.draw(st.dates(dt.date(today.year - 99, 1, 1), today))
    assert dates.birth_date(_yymmdd(born), today) == born


@given(st.dates(dt.date(100, 1, 1), dt.date(9900, 12, 31)), st.data())
def test_expiry_date_lies_within_fifty_years(today: dt.date, data: st.DataObject) -> None:
    expiry = data.draw(st.dates(dt.date(today.year - 49, 1, 1), dt.date(today.year + 50, 12, 31)))
    assert dates.expiry_date(_yymmdd(expiry), today) == expiry


@given(st.text("0123456789", min_size=6, max_size=6), st.dates())
def test_dates_never_crash_and_birth_is_never_in_the_future(text: str, today: dt.date) -> None:
    born = dates.birth_date(text, today)
    assert born is None or born <= today
    expiry = dates.expiry_date(text, today)
    assert expiry is None or abs(expiry.year - today.year) <= 50


def _yymmdd(d: dt.date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


# the fuzz harness ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_harness_runs_without_atheris(data: bytes) -> None:
    """Keeps tests/fuzz/fuzz_mrz_parser.py working (its checks are the fuzzer's oracle)."""
    one_input(data)


def test_fuzz_seeds_are_valid_documents() -> None:
    for seed in SEEDS:
        assert parse_mrz(seed, today=dt.date(2026, 11, 28)).valid, seed
