"""The specimen factory's certificates and card sides: they carry the same person as that person's
passports, their codes decode to what the truth says, and degrading keeps the truth in step."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from ocr.specimens import SpecimenPerson, make_document, random_person, sample_params
from ocr.specimens.card_sides import card_side
from ocr.specimens.certificates import (
    CERT_KINDS,
    KAZ_AUTHORITIES,
    PRC_AUTHORITIES,
    CertKind,
    degrade_page,
    make_certificate,
)
from ocr.specimens.layout_cert_kaz import kaz_date
from ocr.specimens.layout_cert_prc import cn_date, hanzi_name, pinyin_name
from ocr.viz.translit import icao_latin as cyrillic_to_latin

DPI = 150  # half the factory's resolution: the same layout, four times faster to draw


def _kazakh(seed: int = 3) -> SpecimenPerson:
    return random_person(random.Random(seed), "kazakh")


@pytest.mark.parametrize("edition", ["2004", "2019"])
def test_prc_certificate_prints_the_persons_chinese_name_and_pinyin(edition: str) -> None:
    rng = random.Random(11)
    person = random_person(rng, "uyghur")
    spec = make_certificate("prc_renunciation", person, rng, DPI, edition=edition)
    p = {k: v["value"] for k, v in spec.truth["printed"].items()}
    assert p["name"] == hanzi_name(person) == f"{person.given_names_hanzi}·{person.surname_hanzi}"
    assert p["name_latin"] == pinyin_name(person)
    assert p["sex"] == ("男" if person.sex == "M" else "女")
    assert p["birth_date"] == cn_date(person.birth_date)
    assert p["place_of_birth"] == person.birth_place
    assert p["authority"] in PRC_AUTHORITIES
    cert = spec.truth["certificate"]
    assert p["certificate_number"] == cert["number"]
    assert p["issue_date"] == cn_date(dt.date.fromisoformat(cert["issue_date"]))
    assert dt.date.fromisoformat(cert["effect_date"]) <= dt.date.fromisoformat(cert["issue_date"])
    assert ("code" in p) == (edition == "2019")
    assert spec.truth["edition"] == edition


def test_han_names_run_surname_first_without_a_dot() -> None:
    rng = random.Random(5)
    person = random_person(rng, "han")
    spec = make_certificate("prc_renunciation", person, rng, DPI)
    assert spec.truth["printed"]["name"]["value"] == person.surname_hanzi + person.given_names_hanzi
    assert spec.truth["printed"]["name_latin"]["value"] == f"{person.surname_pinyin} {person.given_names_pinyin}"


@pytest.mark.parametrize("edition", ["2012", "2021"])
def test_kaz_certificate_prints_cyrillic_and_icao_latin(edition: str) -> None:
    rng = random.Random(12)
    person = _kazakh()
    spec = make_certificate("kaz_termination", person, rng, DPI, edition=edition)
    p = {k: v["value"] for k, v in spec.truth["printed"].items()}
    assert person.surname_cyrillic and person.given_names_cyrillic and person.patronymic_cyrillic
    assert p["surname"] == person.surname_cyrillic.upper()
    assert p["surname_latin"] == cyrillic_to_latin(person.surname_cyrillic)
    assert p["given_names"] == person.given_names_cyrillic.upper()
    assert p["patronymic"] == person.patronymic_cyrillic.upper()
    assert p["birth_date"] == kaz_date(person.birth_date)
    assert (p["authority"], p["authority_ru"]) in KAZ_AUTHORITIES
    assert ("code" in p) == (edition == "2021")


def test_codes_decode_to_the_truth() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    rng = random.Random(4)
    cases: tuple[tuple[CertKind, str, str], ...] = (
        ("prc_renunciation", "2019", "QRCode"),
        ("kaz_termination", "2021", "Code128"),
    )
    for kind, edition, fmt in cases:
        spec = make_certificate(kind, _kazakh(), rng, 200, edition=edition)
        x0, y0, x1, y1 = spec.truth["printed"]["code"]["box"]
        crop = spec.image[max(0, y0 - 40) : y1 + 40, max(0, x0 - 60) : x1 + 60]
        found = zxingcpp.read_barcodes(crop)
        assert [(r.format.name, r.text) for r in found] == [(fmt, spec.truth["code"]["text"])]
        assert spec.truth["code"]["format"] == fmt


def test_a_han_person_gets_no_kazakhstan_certificate() -> None:
    rng = random.Random(1)
    with pytest.raises(ValueError, match="Cyrillic"):
        make_certificate("kaz_termination", random_person(rng, "han"), rng, DPI)


def test_certificates_and_passports_of_one_person_agree() -> None:
    rng = random.Random(21)
    person = _kazakh(8)
    passport = make_document("kaz_passport", person, rng, DPI)
    cert = make_certificate("kaz_termination", person, rng, DPI)
    prc = make_certificate("prc_renunciation", person, rng, DPI)
    pp, cp = passport.truth["printed"], cert.truth["printed"]
    for key in ("surname", "surname_latin", "given_names", "given_names_latin", "patronymic", "birth_date"):
        assert pp[key]["value"] == cp[key]["value"], key
    assert passport.truth["person"] == cert.truth["person"] == prc.truth["person"]


def test_same_seed_same_certificate() -> None:
    a = make_certificate("prc_renunciation", _kazakh(), random.Random(9), DPI)
    b = make_certificate("prc_renunciation", _kazakh(), random.Random(9), DPI)
    assert a.truth == b.truth
    assert np.array_equal(a.image, b.image)


@pytest.mark.parametrize("kind", CERT_KINDS)
def test_degrading_a_certificate_moves_its_truth_and_adds_no_mrz(kind: CertKind) -> None:
    rng = random.Random(30)
    clean = make_certificate(kind, _kazakh(), rng, DPI)
    params = sample_params("phone", rng)
    spec = degrade_page(clean, params)
    assert "mrz_box" not in spec.truth and "mrz_line_boxes" not in spec.truth
    assert spec.truth["degradation"]["preset"] == "phone"
    h, w = spec.image.shape[:2]
    for entry in spec.truth["printed"].values():
        x0, y0, x1, y1 = entry["box"]
        assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
    assert set(spec.truth["printed"]) == set(clean.truth["printed"])


def test_card_sides_split_the_truth() -> None:
    rng = random.Random(2)
    card = make_document("kaz_id_card", _kazakh(), rng)
    front, back = card_side(card, "front"), card_side(card, "back")
    assert front.truth["kind"] == "kaz_id_card_front" and back.truth["kind"] == "kaz_id_card_back"
    assert set(front.truth["printed"]) | set(back.truth["printed"]) == set(card.truth["printed"])
    assert not set(front.truth["printed"]) & set(back.truth["printed"])
    assert "mrz_box" not in front.truth and back.truth["mrz_lines"] == card.truth["mrz_lines"]
    assert "portrait_box" in front.truth and "portrait_box" not in back.truth
    for side in (front, back):
        h, w = side.image.shape[:2]
        for entry in side.truth["printed"].values():
            x0, y0, x1, y1 = entry["box"]
            assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
    scanned = degrade_page(front, sample_params("scanner", rng))
    assert set(scanned.truth["printed"]) == set(front.truth["printed"]) and "mrz_box" not in scanned.truth
