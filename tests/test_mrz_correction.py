"""Correction rules on hand-made probability matrices: what may be corrected, what must not be, and
where the read must be flagged instead of being called valid."""

from __future__ import annotations

import numpy as np
import pytest

from ocr.mrz.checkdigit import check_digit
from ocr.mrz.correction import decode
from ocr.mrz.formats import ALPHABET, LAYOUTS, MrzFormat
from ocr.mrz.parser import parse_mrz

TD3_LINES = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1_LINES = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")


def confident(lines: tuple[str, ...], p: float = 0.995) -> np.ndarray:
    probs = np.full((len(lines), len(lines[0]), len(ALPHABET)), (1 - p) / (len(ALPHABET) - 1))
    for li, line in enumerate(lines):
        for ci, ch in enumerate(line):
            probs[li, ci, ALPHABET.index(ch)] = p
    return probs


def set_probs(probs: np.ndarray, li: int, ci: int, dist: dict[str, float]) -> None:
    rest = (1 - sum(dist.values())) / (len(ALPHABET) - len(dist))
    probs[li, ci, :] = rest
    for ch, p in dist.items():
        probs[li, ci, ALPHABET.index(ch)] = p


def test_clean_read_needs_no_correction() -> None:
    d = decode(confident(TD3_LINES), LAYOUTS[MrzFormat.TD3])
    assert d.lines == TD3_LINES
    assert d.corrections == ()
    assert d.uncertain == ()
    assert parse_mrz(d.lines).valid


def test_field_type_turns_letter_o_into_zero_in_a_date() -> None:
    probs = confident(TD3_LINES)
    set_probs(probs, 1, 15, {"O": 0.6, "0": 0.35})  # birth date 74'0'812 read with a letter O
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert d.raw_lines[1][15] == "O"
    assert d.lines == TD3_LINES
    assert [(c.line, c.column, c.before, c.after) for c in d.corrections] == [(1, 15, "O", "0")]
    assert "field type" in d.corrections[0].reason


def test_field_type_turns_zero_into_letter_o_in_a_name() -> None:
    lines = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD3_LINES[1])
    probs = confident(lines)
    set_probs(probs, 0, 11, {"0": 0.55, "O": 0.44})  # ERIKSS'O'N
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert d.lines[0] == lines[0]
    assert d.corrections[0].after == "O"


def test_check_digit_proves_a_correction_in_the_document_number() -> None:
    probs = confident(TD3_LINES)
    set_probs(probs, 1, 3, {"B": 0.7, "8": 0.29})  # L89'8'902C3: read as B
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert d.raw_lines[1][3] == "B"
    assert d.lines == TD3_LINES
    assert d.corrections[0].reason == "check digit (document_number)"
    assert parse_mrz(d.lines).valid


def test_no_correction_when_two_fixes_are_equally_plausible() -> None:
    """'B' at position 4 (truth '8') fails the check; changing it back to '8' passes, but so does changing
    position 6 to some other character the model finds just as likely. No correction is proved."""
    read = "L89B902C3"
    rival = next(
        ch for ch in ALPHABET[:-1] if ch != "0" and check_digit(read[:5] + ch + read[6:]) == "6"
    )
    probs = confident(TD3_LINES)
    set_probs(probs, 1, 3, {"B": 0.5, "8": 0.49})
    set_probs(probs, 1, 5, {"0": 0.5, rival: 0.49})
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert d.lines[1][:10] == read + "6"
    assert not any(c.line == 1 and c.column < 10 for c in d.corrections)
    assert not parse_mrz(d.lines).checks["document_number"]


def test_unprovable_correction_is_not_made() -> None:
    """The read fails its check and no likely alternative repairs it: leave it failing, never force it."""
    probs = confident(TD3_LINES)
    set_probs(probs, 1, 4, {"1": 0.999})  # '9' read confidently as '1': no alternative has any weight
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert d.lines[1][4] == "1"
    assert not parse_mrz(d.lines).checks["document_number"]
    assert not any(c.line == 1 and c.column < 10 for c in d.corrections)


def test_filler_versus_k_is_flagged_because_the_check_digit_cannot_see_it() -> None:
    lines = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD3_LINES[1])
    probs = confident(lines)
    set_probs(probs, 1, 37, {"<": 0.7, "K": 0.29})  # personal number filler: '<' and 'K' differ by 20
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert d.lines == lines
    assert (1, 37, "<", "K") in d.uncertain


def test_doubt_in_a_name_is_flagged_since_no_check_guards_it() -> None:
    probs = confident(TD3_LINES)
    set_probs(probs, 0, 16, {"N": 0.6, "M": 0.35})
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert (0, 16, "N", "M") in d.uncertain


def test_doubt_that_the_check_digit_settles_is_not_flagged() -> None:
    probs = confident(TD3_LINES)
    set_probs(probs, 1, 14, {"4": 0.7, "A": 0.0, "9": 0.25})  # birth date: 9 would break its check
    d = decode(probs, LAYOUTS[MrzFormat.TD3])
    assert not any((li, ci) == (1, 14) for li, ci, _, _ in d.uncertain)


@pytest.mark.parametrize("fmt", list(MrzFormat))
def test_every_layout_decodes_its_own_specimen(fmt: MrzFormat) -> None:
    specimens = {
        MrzFormat.TD1: TD1_LINES,
        MrzFormat.TD2: ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"),
        MrzFormat.TD3: TD3_LINES,
        MrzFormat.MRVA: (
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
        ),
        MrzFormat.MRVB: ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"),
    }
    lines = specimens[fmt]
    d = decode(confident(lines), LAYOUTS[fmt])
    assert d.lines == lines
    assert parse_mrz(d.lines).format is fmt
