"""Coverage-guided fuzzing of the MRZ parser with atheris.

    python -m tests.fuzz.fuzz_mrz_parser -atheris_runs=200000

Each input is either raw text (bytes decoded as UTF-8 with lone surrogates kept, or as Latin-1,
split into lines) or a valid MRZ put through a few structured mutations (substitute, insert,
delete, swap/duplicate/drop lines, lower-case, spaces, fillers, spliced raw bytes). The parser must
return an MrzParse that keeps its invariants or raise MrzParseError; anything else is a finding.

`one_input` needs no atheris (it reads the bytes itself), so the test suite runs it too; atheris is
imported only when this module is run as a program."""

from __future__ import annotations

import datetime as dt
import sys

from ocr.errors import MrzParseError
from ocr.mrz.checkdigit import check_digit
from ocr.mrz.formats import ALPHABET, LAYOUTS, MrzFormat
from ocr.mrz.parser import parse_mrz
from tests.mrz_compose import MRVA, MRVB, TD1, TD2, TD3, MrzValues, compose

_F = MrzFormat
SEEDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(lines)
    for lines in (
        *(list(x) for x in (TD3, TD1, TD2, MRVA, MRVB)),
        compose(MrzValues(_F.TD3, "PO", "CHN", "ZHANG", "SAN", "E12345678", "CHN", "800101", "M", "300101",
                          "MNPEMNPEMNPEMN")),
        compose(MrzValues(_F.TD1, "ID", "D", "MUSTERMANN", "ERIKA", "T220001293456", "D", "640812", "<",
                          "310331", "AB", "CD")),
        compose(MrzValues(_F.TD2, "I", "UTO", "ERIKSSON", "", "D2314589073", "UTO", "000229", "X", "991231")),
        compose(MrzValues(_F.TD3, "P", "D", "VAN DER BERG", "A B C", "C01X00T47", "D", "991231", "M",
                          "000101", "", empty_optional_check="0")),
    )
)
NEAR = "abcxyzo0 \t\n\r<«-.,'|ß\u017f\u0131\ufb01\u00a0\u2028\x00\udc80é٣²\u212a"  # \u212a: Kelvin sign
TODAY = dt.date(2026, 11, 28)


class Reader:
    """Deterministic choices from the fuzzer's bytes (zeros once they run out)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def below(self, n: int) -> int:
        """An int in [0, n) for n ≤ 2**24."""
        return (self.byte() | self.byte() << 8 | self.byte() << 16) % n if n > 1 else 0

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += len(chunk)
        return chunk

    def rest(self) -> bytes:
        return self.take(len(self.data))


def _today(r: Reader) -> dt.date:
    choice = r.byte() % 5
    if choice == 0:
        return TODAY
    if choice == 1:  # a datetime is a date too (datetime.now() is an easy mistake to make)
        return dt.datetime(2026, 11, 28, r.byte() % 24)
    if choice == 2:  # anywhere python can represent
        return dt.date.fromordinal(1 + r.below(dt.date.max.toordinal()))
    return dt.date(1900, 1, 1) + dt.timedelta(days=r.below(300 * 366))


def _mutate(lines: list[str], r: Reader) -> list[str]:
    for _ in range(1 + r.byte() % 6):
        op = r.byte() % 12
        if not lines:
            lines = [""]
        i = r.below(len(lines))
        line = lines[i]
        col = r.below(len(line) + 1)
        if op == 0:  # substitute an alphabet character
            lines[i] = line[:col] + ALPHABET[r.below(len(ALPHABET))] + line[col + 1 :]
        elif op == 1:  # substitute a near-miss or hostile character
            lines[i] = line[:col] + NEAR[r.below(len(NEAR))] + line[col + 1 :]
        elif op == 2:  # insert
            lines[i] = line[:col] + (ALPHABET + NEAR)[r.below(len(ALPHABET + NEAR))] + line[col:]
        elif op == 3:  # delete
            lines[i] = line[:col] + line[col + 1 :]
        elif op == 4 and len(lines) > 1:  # swap two lines
            j = r.below(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 5:  # duplicate a line
            lines.insert(i, line)
        elif op == 6:  # drop a line
            del lines[i]
        elif op == 7:  # truncate
            lines[i] = line[:col]
        elif op == 8:  # lower-case and space out
            lines[i] = " " + " ".join(line.lower()[k : k + 1 + r.byte() % 9] for k in range(0, len(line), 5))
        elif op == 9:  # a run of fillers (an empty field, a '<' check digit)
            n = r.byte() % 16
            lines[i] = (line[:col] + "<" * n + line[col + n :])[: max(len(line), col)]
        elif op == 10:  # a check digit made right again for whatever the line now says
            lines[i] = line[:col] + check_digit("".join(c for c in line[:col] if c in ALPHABET)) + line[col + 1 :]
        else:  # splice raw bytes in, Latin-1 so every byte is one character
            chunk = r.take(r.byte() % 24).decode("latin-1")
            lines[i] = line[:col] + chunk + line[col + len(chunk) :]
    return lines


def lines_from(data: bytes) -> tuple[list[str], dt.date]:
    r = Reader(data)
    mode = r.byte() % 4
    today = _today(r)
    if mode == 0:
        text = r.rest().decode("utf-8", "surrogateescape")
        return (text.splitlines() if r.pos % 2 else text.split("\n")), today
    if mode == 1:
        return r.rest().decode("latin-1").splitlines(), today
    lines = list(SEEDS[r.byte() % len(SEEDS)])
    if mode == 3:  # cheap for the fuzzer to reach deep: a valid MRZ with few changes
        return _mutate(lines, r), today
    return _mutate(_mutate(lines, r), r), today


def check(lines: list[str], today: dt.date) -> None:
    """Parse and assert what must hold of any result; MrzParseError is the only allowed error."""
    try:
        result = parse_mrz(lines, today=today)
    except MrzParseError as e:
        assert str(e), "an MrzParseError needs a message"
        return
    layout = LAYOUTS[result.format]
    # normalising only drops whitespace and upper-cases a-z: it never makes or changes a character
    printed = [c for line in lines for c in line if not c.isspace()]
    assert all(c in ALPHABET or "a" <= c <= "z" for c in printed), (lines, result)
    assert len(printed) == sum(map(len, result.lines)), (lines, result)
    assert len(result.lines) == layout.lines, result
    assert all(len(line) == layout.length and set(line) <= set(ALPHABET) for line in result.lines), result
    assert set(result.checks) == {c.name for c in layout.checks}, result
    assert result.valid == (all(result.checks.values()) and not result.problems)
    for name, value in vars(result.fields).items():
        assert value is None or (isinstance(value, str) and "<" not in value), (name, value)
    day = today.date() if isinstance(today, dt.datetime) else today
    if result.fields.birth_date is not None:
        born = dt.date.fromisoformat(result.fields.birth_date)
        # at most a century back, or two for a 29 February whose century year is no leap year
        assert born <= day and day.year - born.year < 200, (born, today)
    if result.fields.expiry_date is not None:
        expiry = dt.date.fromisoformat(result.fields.expiry_date)
        assert abs(expiry.year - today.year) <= 50, (expiry, today)
    for c in layout.checks:
        if c.name == "composite" and result.checks[c.name]:
            data = "".join(result.lines[ln][s:e] for ln, s, e in c.spans)
            assert result.lines[c.line][c.pos] == check_digit(data), result
    assert parse_mrz(result.lines, today=today) == result, "normalised text must parse the same"


def one_input(data: bytes) -> None:
    lines, today = lines_from(data)
    check(lines, today)


def main(argv: list[str]) -> None:
    import atheris

    if not any(arg.startswith("-max_len=") for arg in argv):
        argv = [*argv, "-max_len=1024"]  # two 44-character lines need more than libFuzzer's default start
    atheris.instrument_all()
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
