"""ICAO 9303 part 3, 4.9 check digits: worked examples, character values, and what a single
substitution can and cannot reveal."""

from __future__ import annotations

import itertools

import pytest

from ocr.mrz.checkdigit import char_value, check_digit, is_valid
from ocr.mrz.formats import ALPHABET
from tests.mrz_compose import MRVA, MRVB, TD1, TD2, TD3

# Every digit in the specimens was recomputed by hand with weights 7-3-1, e.g. 'L898902C3':
# L=21*7 + 8*3 + 9*1 + 8*7 + 9*3 + 0*1 + 2*7 + C=12*3 + 3*1 = 147+24+9+56+27+0+14+36+3 = 316 → 6;
# '740812': 49+12+0+56+3+2 = 122 → 2;  '120415': 7+6+0+28+3+5 = 49 → 9.


@pytest.mark.parametrize(
    ("data", "digit"),
    [
        # ICAO 9303 part 3 worked examples
        ("520727", "3"),  # 27 July 1952: 35+6+0+49+6+7 = 103
        ("AB2134<<<", "5"),  # 70+33+2+7+9+4+0+0+0 = 125
        # TD3 specimen
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("L898902C36" + "7408122" + "1204159ZE184226B<<<<<1", "0"),
        # TD1 specimen
        ("D23145890", "7"),
        ("D231458907<<<<<<<<<<<<<<<" + "7408122" + "1204159" + "<<<<<<<<<<<", "6"),
        # TD2 specimen
        ("D231458907" + "7408122" + "1204159<<<<<<<", "6"),
        # MRV-A / MRV-B specimens
        ("L8988901C", "4"),
        ("400907", "8"),
        ("961210", "9"),
        # edge cases
        ("", "0"),
        ("<<<<<<<<<<<<<<", "0"),
    ],
)
def test_worked_examples(data: str, digit: str) -> None:
    assert check_digit(data) == digit
    assert is_valid(data, digit)


def test_specimen_check_digits_sit_where_icao_puts_them() -> None:
    td3 = TD3[1]
    assert td3[9] == check_digit(td3[0:9])
    assert td3[19] == check_digit(td3[13:19])
    assert td3[27] == check_digit(td3[21:27])
    assert td3[42] == check_digit(td3[28:42])
    assert td3[43] == check_digit(td3[0:10] + td3[13:20] + td3[21:43])
    top, middle = TD1[0], TD1[1]
    assert top[14] == check_digit(top[5:14])
    assert middle[6] == check_digit(middle[0:6])
    assert middle[14] == check_digit(middle[8:14])
    assert middle[29] == check_digit(top[5:30] + middle[0:7] + middle[8:15] + middle[18:29])
    td2 = TD2[1]
    assert td2[35] == check_digit(td2[0:10] + td2[13:20] + td2[21:35])
    for line in (MRVA[1], MRVB[1]):
        assert line[9] == check_digit(line[0:9])
        assert line[19] == check_digit(line[13:19])
        assert line[27] == check_digit(line[21:27])


def test_every_character_value() -> None:
    expected = {str(d): d for d in range(10)}
    expected.update({chr(ord("A") + i): 10 + i for i in range(26)})
    expected["<"] = 0
    assert set(expected) == set(ALPHABET)
    for ch, value in expected.items():
        assert char_value(ch) == value, ch


@pytest.mark.parametrize("ch", ["a", "z", " ", "", "AB", "10", "É", "٣", "²", "\x00", "«", "-"])
def test_non_mrz_characters_are_rejected(ch: str) -> None:
    with pytest.raises(ValueError, match="not an MRZ character"):
        char_value(ch)
    if len(ch) == 1:  # data holding it has no check digit at all
        assert not any(is_valid("L89890" + ch, d) for d in "0123456789<")


def test_filler_check_digit_only_for_an_all_filler_field() -> None:
    assert is_valid("<<<<<<<<<<<<<<", "<")
    assert is_valid("", "<")
    assert not is_valid("ZE184226B<<<<<", "<")
    assert not is_valid("<<<<<<<<<<<<<0", "<")
    assert not is_valid("L898902C3", "A")
    assert not is_valid("L898902C3", "")
    assert not is_valid("L898902C3", "66")


BASES = ["L898902C3", "740812", "D23145890", "AB2134<<<", "ZE184226B<<<<<"]


@pytest.mark.parametrize("base", BASES)
def test_single_substitution_detected_unless_value_difference_is_a_multiple_of_ten(base: str) -> None:
    """Weights 7, 3 and 1 are all prime to 10, so a substitution changes the sum by w·Δ, which is
    0 mod 10 exactly when Δ (the difference of the two character values) is. Values run 0-35, so
    the undetected pairs are those 10, 20 or 30 apart: '<'/'0'/'A'/'K'/'U', '6'/'G'/'Q', …"""
    digit = check_digit(base)
    for pos, new in itertools.product(range(len(base)), ALPHABET):
        old = base[pos]
        if new == old:
            continue
        changed = base[:pos] + new + base[pos + 1 :]
        blind = (char_value(new) - char_value(old)) % 10 == 0
        assert is_valid(changed, digit) is blind, (base, pos, old, new)


@pytest.mark.parametrize(
    ("a", "b"),
    [("K", "<"), ("G", "6"), ("A", "0"), ("U", "<"), ("O", "E"), ("Q", "6"), ("B", "1"), ("S", "I")],
)
def test_known_blind_spots_share_a_check_digit(a: str, b: str) -> None:
    """KNOWN BLIND SPOT: characters whose values differ by a multiple of 10 give the same check
    digit in any position ('K'=20 and '<'=0, 'G'=16 and '6', 'O'=24 and 'E'=14, 'S'=28 and
    'I'=18, …). Some are classic OCR confusions (G/6, K/<, S/I), so the reader must never
    take a passing check digit as proof that such a character was read right: it needs the
    field's character class (a date holds only digits) or other evidence."""
    assert (char_value(a) - char_value(b)) % 10 == 0
    for template in ("L89890{}C3", "{}", "<<<<<{}<<<<<<<<"):
        assert check_digit(template.format(a)) == check_digit(template.format(b))


def test_adjacent_transpositions_are_not_all_detected() -> None:
    """Not a substitution, but worth knowing: swapping neighbours x,y with weights w1,w2 changes
    the sum by (w1-w2)(x-y); with 7-3-1 that is 4Δ, 2Δ or 6Δ, blind whenever Δ is a multiple of 5."""
    assert check_digit("05") == check_digit("50")
    assert check_digit("12") != check_digit("21")
