"""The ICAO 9303 layouts as data: where each field sits, what characters it may hold, and which
check digit guards it. The parser, the corrector and the specimen factory all read this one table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MrzFormat(StrEnum):
    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"
    MRVA = "MRVA"
    MRVB = "MRVB"


class CharClass(StrEnum):
    """What one MRZ position may hold."""

    ALPHA = "alpha"  # A-Z or filler
    LETTER = "letter"  # A-Z only: the first character of the document code is never a filler
    CODE_ID = "code_id"  # first character of a TD1/TD2 document code: A, C or I (ICAO 9303 parts 5, 6)
    CODE_P = "code_p"  # first character of a TD3 document code: P (part 4)
    CODE_V = "code_v"  # first character of a visa's document code: V (part 7)
    DIGIT = "digit"  # 0-9 (dates, check digits)
    ALNUM = "alnum"  # A-Z, 0-9 or filler
    SEX = "sex"  # M, F, X or filler
    CHECK = "check"  # 0-9, or filler where ICAO allows an empty optional field's digit to be '<'


ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"

ALLOWED: dict[CharClass, frozenset[str]] = {
    CharClass.ALPHA: frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ<"),
    CharClass.LETTER: frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    CharClass.CODE_ID: frozenset("ACI"),
    CharClass.CODE_P: frozenset("P"),
    CharClass.CODE_V: frozenset("V"),
    CharClass.DIGIT: frozenset("0123456789"),
    CharClass.ALNUM: frozenset(ALPHABET),
    CharClass.SEX: frozenset("MFX<"),
    CharClass.CHECK: frozenset("0123456789<"),
}


@dataclass(frozen=True)
class FieldSpec:
    """A field at `line`, columns [start, end)."""

    name: str
    line: int
    start: int
    end: int
    kind: CharClass


@dataclass(frozen=True)
class CheckSpec:
    """A check digit at (line, pos) over the concatenation of `spans` [(line, start, end), …]."""

    name: str
    line: int
    pos: int
    spans: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class LayoutSpec:
    format: MrzFormat
    lines: int
    length: int
    fields: tuple[FieldSpec, ...]
    checks: tuple[CheckSpec, ...]

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def char_class(self, line: int, col: int) -> CharClass:
        """Character class of one position: a check-digit position is CHECK, else its field's kind."""
        if line == 0 and col == 0:
            return FIRST_CODE_CLASS[self.format]
        for c in self.checks:
            if c.line == line and c.pos == col:
                return CharClass.CHECK
        for f in self.fields:
            if f.line == line and f.start <= col < f.end:
                return f.kind
        return CharClass.ALNUM


A, D, N, S = CharClass.ALPHA, CharClass.DIGIT, CharClass.ALNUM, CharClass.SEX


def _two_line(fmt: MrzFormat, length: int, optional_end: int, composite: bool) -> LayoutSpec:
    fields = (
        FieldSpec("document_code", 0, 0, 2, A),
        FieldSpec("issuing_state", 0, 2, 5, A),
        FieldSpec("name", 0, 5, length, A),
        FieldSpec("document_number", 1, 0, 9, N),
        FieldSpec("nationality", 1, 10, 13, A),
        FieldSpec("birth_date", 1, 13, 19, D),
        FieldSpec("sex", 1, 20, 21, S),
        FieldSpec("expiry_date", 1, 21, 27, D),
        FieldSpec("optional_data", 1, 28, optional_end, N),
    )
    checks = [
        CheckSpec("document_number", 1, 9, ((1, 0, 9),)),
        CheckSpec("birth_date", 1, 19, ((1, 13, 19),)),
        CheckSpec("expiry_date", 1, 27, ((1, 21, 27),)),
    ]
    if fmt is MrzFormat.TD3:
        checks.append(CheckSpec("optional_data", 1, 42, ((1, 28, 42),)))
    if composite:
        checks.append(CheckSpec("composite", 1, length - 1, ((1, 0, 10), (1, 13, 20), (1, 21, length - 1))))
    return LayoutSpec(fmt, 2, length, fields, tuple(checks))


FIRST_CODE_CLASS: dict[MrzFormat, CharClass] = {
    MrzFormat.TD1: CharClass.CODE_ID,
    MrzFormat.TD2: CharClass.CODE_ID,
    MrzFormat.TD3: CharClass.CODE_P,
    MrzFormat.MRVA: CharClass.CODE_V,
    MrzFormat.MRVB: CharClass.CODE_V,
}

TD1 = LayoutSpec(
    MrzFormat.TD1,
    3,
    30,
    (
        FieldSpec("document_code", 0, 0, 2, A),
        FieldSpec("issuing_state", 0, 2, 5, A),
        FieldSpec("document_number", 0, 5, 14, N),
        FieldSpec("optional_data", 0, 15, 30, N),
        FieldSpec("birth_date", 1, 0, 6, D),
        FieldSpec("sex", 1, 7, 8, S),
        FieldSpec("expiry_date", 1, 8, 14, D),
        FieldSpec("nationality", 1, 15, 18, A),
        FieldSpec("optional_data_2", 1, 18, 29, N),
        FieldSpec("name", 2, 0, 30, A),
    ),
    (
        CheckSpec("document_number", 0, 14, ((0, 5, 14),)),
        CheckSpec("birth_date", 1, 6, ((1, 0, 6),)),
        CheckSpec("expiry_date", 1, 14, ((1, 8, 14),)),
        CheckSpec("composite", 1, 29, ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29))),
    ),
)
TD2 = _two_line(MrzFormat.TD2, 36, 35, composite=True)
TD3 = _two_line(MrzFormat.TD3, 44, 42, composite=True)
MRVA = _two_line(MrzFormat.MRVA, 44, 44, composite=False)
MRVB = _two_line(MrzFormat.MRVB, 36, 36, composite=False)

LAYOUTS: dict[MrzFormat, LayoutSpec] = {s.format: s for s in (TD1, TD2, TD3, MRVA, MRVB)}


def layouts_for_shape(lines: int, length: int) -> list[LayoutSpec]:
    """Layouts a block of `lines` × `length` characters could be; visas and passports share shapes."""
    return [s for s in LAYOUTS.values() if s.lines == lines and s.length == length]


def layout_for_lines(lines: list[str]) -> LayoutSpec | None:
    """Choose the layout from the shape and the document code (a 'V' first letter means a visa)."""
    shapes = layouts_for_shape(len(lines), len(lines[0]) if lines else 0)
    if not shapes or any(len(line) != len(lines[0]) for line in lines):
        return None
    if len(shapes) == 1:
        return shapes[0]
    is_visa = lines[0][:1] == "V"
    for s in shapes:
        if (s.format in (MrzFormat.MRVA, MrzFormat.MRVB)) == is_visa:
            return s
    return shapes[0]
