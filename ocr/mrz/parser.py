"""Text of a machine readable zone → fields, check-digit verdicts and well-formedness problems.

The input is untrusted OCR text: anything that is not a known ICAO 9303 shape raises
`MrzParseError`; anything of the right shape parses, and what is wrong with it is named in
`problems` and `checks` rather than raised, so the officer sees which field failed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ocr.errors import MrzParseError
from ocr.mrz import dates
from ocr.mrz.checkdigit import is_valid
from ocr.mrz.formats import (
    ALLOWED,
    ALPHABET,
    FIRST_CODE_CLASS,
    CharClass,
    LayoutSpec,
    MrzFormat,
    layout_for_lines,
)
from ocr.mrz.model import MrzFields, MrzParse

_ALPHABET = frozenset(ALPHABET)


# Upper-case ASCII only: str.upper() turns 'ß' into 'SS', 'ſ' into 'S', 'ı' into 'I' and 'ﬁ' into 'FI',
# which would make non-MRZ text pass the alphabet check as different letters.
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def normalise_lines(lines: Sequence[str]) -> list[str]:
    """Strip blanks and spaces and upper-case: the only cleaning that never changes meaning."""
    return [line.strip().replace(" ", "").translate(_ASCII_UPPER) for line in lines if line.strip()]


def _span(lines: Sequence[str], line: int, start: int, end: int) -> str:
    return lines[line][start:end]


def _strip(value: str) -> str:
    return value.replace("<", " ").strip()


def _split_name(name: str) -> tuple[str, str]:
    """ICAO: '<<' ends the primary identifier; single '<' separates parts of either name."""
    primary, _, secondary = name.partition("<<")
    return _strip(primary), " ".join(secondary.replace("<", " ").split())


def _td1_document_number(lines: Sequence[str]) -> tuple[str, str, str, str]:
    """Document number, its check digit, the data it covers and the rest of optional data 1.

    A number longer than nine characters continues in the optional data, its check digit being the
    last character before the first filler there, and the check digit position holds '<'."""
    number = lines[0][5:14]
    digit = lines[0][14]
    optional = lines[0][15:30]
    if digit == "<" and optional[:1] not in ("", "<"):
        tail = optional.split("<", 1)[0]
        if len(tail) >= 2:
            rest = optional[len(tail):]
            return number + tail[:-1], tail[-1], number + tail[:-1], rest
    return number, digit, number, optional


def _two_line_document_number(layout: LayoutSpec, lines: Sequence[str]) -> tuple[str, str, str, str]:
    number, digit = lines[1][0:9], lines[1][9]
    opt = layout.field("optional_data")
    optional = lines[1][opt.start:opt.end]
    if layout.format is MrzFormat.TD2 and digit == "<" and optional[:1] not in ("", "<"):
        tail = optional.split("<", 1)[0]
        if len(tail) >= 2:
            return number + tail[:-1], tail[-1], number + tail[:-1], optional[len(tail):]
    return number, digit, number, optional


def parse_mrz(lines: Sequence[str], today: dt.date | None = None) -> MrzParse:
    """Parse MRZ text; raises MrzParseError only when it is not an MRZ shape at all."""
    norm = normalise_lines(lines)
    if not norm:
        raise MrzParseError("no MRZ text")
    bad = sorted({c for line in norm for c in line} - _ALPHABET)
    if bad:
        raise MrzParseError(f"characters outside the MRZ alphabet: {''.join(bad)!r}")
    layout = layout_for_lines(norm)
    if layout is None:
        shape = "/".join(str(len(line)) for line in norm)
        raise MrzParseError(f"{len(norm)} line(s) of {shape} characters is not an ICAO 9303 MRZ shape")

    problems: list[str] = []
    for f in layout.fields:
        value = _span(norm, f.line, f.start, f.end)
        if f.kind is CharClass.DIGIT:
            continue  # dates are judged as dates below
        if any(c not in ALLOWED[f.kind] for c in value):
            problems.append(f"{f.name}: characters not allowed in this field")

    checks: dict[str, bool] = {}
    if layout.format is MrzFormat.TD1:
        number, digit, covered, optional = _td1_document_number(norm)
    else:
        number, digit, covered, optional = _two_line_document_number(layout, norm)
    checks["document_number"] = digit != "<" and is_valid(covered, digit)
    for c in layout.checks:
        if c.name == "document_number":
            continue
        data = "".join(_span(norm, ln, s, e) for ln, s, e in c.spans)
        digit = norm[c.line][c.pos]
        # is_valid takes '<' for an all-filler field's digit; the composite is never such a field.
        checks[c.name] = is_valid(data, digit) and not (c.name == "composite" and digit == "<")
    # The composite digit is '<'-free by rule; an empty TD3 personal number may have '<' or '0'.
    if "optional_data" in checks and not checks["optional_data"]:
        pn = layout.field("optional_data")
        data = _span(norm, pn.line, pn.start, pn.end)
        if set(data) <= {"<"} and norm[1][42] == "0":
            checks["optional_data"] = True

    code = _span(norm, 0, 0, 2)
    if not code[0].isalpha():
        problems.append("document_code: must start with a letter")
    elif code[0] not in ALLOWED[FIRST_CODE_CLASS[layout.format]]:
        allowed = ", ".join(sorted(ALLOWED[FIRST_CODE_CLASS[layout.format]]))
        problems.append(f"document_code: a {layout.format.value} code starts with {allowed}")
    state = _strip(_span(norm, 0, 2, 5))
    nat_spec = layout.field("nationality")
    nationality = _strip(_span(norm, nat_spec.line, nat_spec.start, nat_spec.end))
    if not state:
        problems.append("issuing_state: empty")
    if not nationality:
        problems.append("nationality: empty")
    name_spec = layout.field("name")
    surname, given = _split_name(_span(norm, name_spec.line, name_spec.start, name_spec.end))
    if not surname and not given:
        problems.append("name: empty")
    if not _strip(number):
        problems.append("document_number: empty")
    sex = _span(norm, *_pos(layout, "sex"))
    birth_raw = _span(norm, *_pos(layout, "birth_date"))
    expiry_raw = _span(norm, *_pos(layout, "expiry_date"))
    birth = dates.birth_date(birth_raw, today)
    expiry = dates.expiry_date(expiry_raw, today)
    if birth is None and birth_raw.strip("<"):
        problems.append("birth_date: not a calendar date")
    if expiry is None:
        problems.append("expiry_date: not a calendar date")

    opt2 = ""
    if layout.format is MrzFormat.TD1:
        opt2 = _strip(_span(norm, 1, 18, 29))
    fields = MrzFields(
        document_code=_strip(code),
        issuing_state=state,
        surname=surname,
        given_names=given,
        document_number=_strip(number),
        nationality=nationality,
        birth_date=birth.isoformat() if birth else None,
        sex=sex.replace("<", "X") if sex in ("M", "F", "X", "<") else sex,
        expiry_date=expiry.isoformat() if expiry else None,
        optional_data=_strip(optional),
        optional_data_2=opt2,
    )
    return MrzParse(layout.format, tuple(norm), fields, checks, tuple(problems))


def _pos(layout: LayoutSpec, name: str) -> tuple[int, int, int]:
    f = layout.field(name)
    return f.line, f.start, f.end
