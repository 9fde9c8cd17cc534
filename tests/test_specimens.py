"""The specimen factory: correct MRZs for every ICAO format, real IIN check digits, renders whose
truth matches the image, deterministic degradation and truth that survives JSON."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocr.mrz.formats import MrzFormat
from ocr.mrz.parser import parse_mrz
from ocr.specimens import (
    KINDS,
    DegradeParams,
    MrzData,
    SpecimenPerson,
    compose,
    degrade,
    generate_set,
    make_document,
    name_field,
    random_document,
    random_person,
    sample_params,
)
from ocr.specimens.__main__ import main as cli_main
from ocr.specimens.iin import iin_check_digit, is_valid_iin, make_iin
from ocr.specimens.issuance import REFERENCE_DATE, mrz_data, new_issue
from ocr.specimens.mrz_compose import mrz_fields
from ocr.viz.translit import icao_latin as cyrillic_to_latin

# ------------------------------------------------------------------ an independent check digit


def _value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - ord("A") + 10


def _cd(s: str) -> str:
    return str(sum(_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def _assert_td3_like(l2: str, with_optional_digit: bool, composite: bool) -> None:
    assert l2[9] == _cd(l2[0:9])
    assert l2[19] == _cd(l2[13:19])
    assert l2[27] == _cd(l2[21:27])
    if with_optional_digit:
        assert l2[42] == (_cd(l2[28:42]) if l2[28:42].strip("<") else "<")
    if composite:
        assert l2[-1] == _cd(l2[0:10] + l2[13:20] + l2[21:-1])


UTO = MrzData(
    "P",
    "UTO",
    "Eriksson",
    "Anna Maria",
    "L898902C3",
    "UTO",
    dt.date(1974, 8, 12),
    "F",
    dt.date(2012, 4, 15),
    "ZE184226B",
)


def _visa(d: MrzData, optional: str) -> MrzData:
    return MrzData(
        "V",
        d.issuing_state,
        d.surname,
        d.given_names,
        d.document_number,
        d.nationality,
        d.birth_date,
        d.sex,
        d.expiry_date,
        optional,
    )


def test_td3_matches_the_icao_specimen() -> None:
    assert compose("TD3", UTO) == (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    )


def test_td1_long_document_number_matches_the_icao_specimen() -> None:
    d = MrzData(
        "I", "UTO", "Eriksson", "Anna Maria", "D23145890734", "UTO", dt.date(1974, 8, 12), "F", dt.date(2012, 4, 15)
    )
    lines = compose("TD1", d)
    assert lines == (
        "I<UTOD23145890<7349<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    )
    fields = mrz_fields("TD1", d, lines)
    assert fields["document_number"] == "D23145890734"
    assert fields["optional_data"] == ""


@pytest.mark.parametrize(
    ("fmt", "data", "shape"),
    [
        (
            MrzFormat.TD1,
            MrzData(
                "ID",
                "KAZ",
                "Ospanov",
                "",
                "012345678",
                "KAZ",
                dt.date(1990, 1, 1),
                "M",
                dt.date(2030, 1, 1),
                "900101300811",
                "XY",
            ),
            (3, 30),
        ),
        (
            MrzFormat.TD2,
            MrzData(
                "I",
                "UTO",
                "Eriksson",
                "Anna Maria",
                "D23145890",
                "UTO",
                dt.date(1974, 8, 12),
                "F",
                dt.date(2012, 4, 15),
                "AB",
            ),
            (2, 36),
        ),
        (MrzFormat.TD3, UTO, (2, 44)),
        (MrzFormat.MRVA, _visa(UTO, "ZE184226B"), (2, 44)),
        (MrzFormat.MRVB, _visa(UTO, "8"), (2, 36)),
    ],
)
def test_every_format_has_its_shape_and_valid_check_digits(
    fmt: MrzFormat, data: MrzData, shape: tuple[int, int]
) -> None:
    lines = compose(fmt, data)
    assert (len(lines), len(lines[0])) == shape
    assert all(len(line) == shape[1] for line in lines)
    assert all(set(line) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<") for line in lines)
    if fmt is MrzFormat.TD1:
        l1, l2, _ = lines
        assert l1[14] == _cd(l1[5:14])
        assert l2[6] == _cd(l2[0:6])
        assert l2[14] == _cd(l2[8:14])
        assert l2[29] == _cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    else:
        _assert_td3_like(lines[1], fmt is MrzFormat.TD3, fmt in (MrzFormat.TD2, MrzFormat.TD3))
    parsed = parse_mrz(list(lines), today=dt.date(2010, 1, 1))
    assert parsed.format is fmt
    assert all(parsed.checks.values()), parsed.checks
    assert parsed.fields.__dict__ == mrz_fields(fmt, data, lines)


def test_td3_and_mrv_refuse_long_document_numbers() -> None:
    long = MrzData("P", "KAZ", "A", "B", "N1234567890", "KAZ", dt.date(1990, 1, 1), "M", dt.date(2030, 1, 1))
    for fmt in ("TD3", "MRVA", "MRVB"):
        with pytest.raises(ValueError):
            compose(fmt, long)
    assert compose("TD2", long)[1][9] == "<"


# ------------------------------------------------------------------ names


def test_name_truncation_cuts_given_names_first_and_ends_in_a_letter() -> None:
    f = name_field("Bekmukhambetova", "Gulsezim Akmaral Shemshinur", 30)
    assert len(f) == 30
    assert f.startswith("BEKMUKHAMBETOVA<<GULSEZIM<")
    assert f[-1].isalpha()
    assert name_field("Kim", "Li", 30) == "KIM<<LI" + "<" * 23


def test_name_truncation_keeps_a_given_initial_when_the_surname_is_too_long() -> None:
    f = name_field("A" * 40, "Nursultan", 30)
    assert f == "A" * 27 + "<<N"


def test_name_field_maps_separators_and_drops_apostrophes() -> None:
    assert name_field("O'Neil", "Nur-Sultan  Ali", 39) == "ONEIL<<NUR<SULTAN<ALI" + "<" * 18


@settings(max_examples=200, deadline=None)
@given(
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ -", min_size=1, max_size=50).filter(lambda s: any(c.isalpha() for c in s)),
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ -", max_size=60),
    st.sampled_from((30, 31, 39)),
)
def test_name_field_always_fits(surname: str, given_names: str, width: int) -> None:
    f = name_field(surname, given_names, width)
    assert len(f) == width
    assert set(f) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
    assert not f.startswith("<")


def test_kazakh_transliteration_follows_icao() -> None:
    assert cyrillic_to_latin("Жақсыбеков") == "ZHAKSYBEKOV"
    assert cyrillic_to_latin("Нұрсұлтан") == "NURSULTAN"
    assert cyrillic_to_latin("Әсел") == "ASEL"
    assert cyrillic_to_latin("Айгерім") == "AIGERIM"
    assert cyrillic_to_latin("Қайрат") == "KAIRAT"
    assert cyrillic_to_latin("Юлия Щукина") == "IULIIA SHCHUKINA"
    assert cyrillic_to_latin("Гульнар") == "GULNAR"  # soft sign dropped


def test_people_vary_and_keep_their_forms_consistent() -> None:
    rng = random.Random(5)
    people = [random_person(rng) for _ in range(400)]
    by_group = {e: [p for p in people if p.ethnicity == e] for e in ("han", "kazakh", "uyghur")}
    for group in by_group.values():
        assert len({p.given_names for p in group}) >= 24
        assert len({p.surname for p in group}) >= 15
    assert any("-" in p.given_names for p in by_group["kazakh"])
    assert any(" " in p.given_names_latin for p in people)
    for p in by_group["kazakh"]:
        assert p.surname_latin == cyrillic_to_latin(p.surname)
    for p in by_group["uyghur"]:
        assert any("\u0600" <= c <= "\u06ff" for c in p.surname)  # Arabic script
        assert p.surname_cyrillic and p.given_names_cyrillic
    for p in people:
        assert is_valid_iin(p.iin)
        assert p.iin.startswith(f"{p.birth_date:%y%m%d}")
        assert SpecimenPerson.from_dict(json.loads(json.dumps(p.to_dict()))) == p
    assert len({p.person_id for p in people}) == len(people)
    again = random.Random(5)
    assert random_person(again) == people[0]


def test_some_names_are_truncated_in_td1() -> None:
    rng = random.Random(9)
    truncated = 0
    for _ in range(300):
        p = random_person(rng, rng.choice(("kazakh", "uyghur")))
        assert p.surname_cyrillic is not None and p.given_names_cyrillic is not None
        full = cyrillic_to_latin(p.surname_cyrillic) + "<<" + cyrillic_to_latin(p.given_names_cyrillic)
        truncated += len(full) > 30
    assert truncated > 0


# ------------------------------------------------------------------ IIN


def test_iin_check_digit_on_known_values() -> None:
    # 8·1+5·2+0·3+2·4+0·5+1·6+3·7+0·8+0·9+1·10+2·11 = 85, 85 mod 11 = 8
    assert iin_check_digit("85020130012") == 8
    assert is_valid_iin("850201300128")
    assert not is_valid_iin("850201300127")
    # first pass 131 mod 11 = 10, so weights 3..11,1,2: 78 mod 11 = 1
    assert iin_check_digit("90010130081") == 1
    # both passes give 10: no valid IIN with this prefix
    assert iin_check_digit("90010130080") is None
    assert make_iin(dt.date(1990, 1, 1), "M", 80) is None
    assert make_iin(dt.date(1990, 1, 1), "M", 81) == "900101300811"
    assert make_iin(dt.date(2004, 5, 6), "F", 1234) is not None
    assert make_iin(dt.date(2004, 5, 6), "F", 1234)[6] == "6"  # type: ignore[index]


# ------------------------------------------------------------------ issued documents (no rendering)


def test_prc_passport_line_two_has_no_filler() -> None:
    rng = random.Random(3)
    for _ in range(60):
        person = random_person(rng)
        issue = new_issue("prc_passport", person, rng)
        l1, l2 = compose("TD3", mrz_data(person, issue))
        assert l1.startswith("POCHN")
        assert "<" not in l2
        assert l2[10:13] == "CHN"
        num = issue.document_number
        assert len(num) == 9 and num[0] == "E" and num[2:].isdigit()
        assert issue.issue_date <= REFERENCE_DATE < issue.expiry_date
        assert all(parse_mrz([l1, l2], today=REFERENCE_DATE).checks.values())


def test_kazakhstan_documents_carry_the_iin() -> None:
    rng = random.Random(4)
    for _ in range(30):
        person = random_person(rng, "kazakh")
        issue = new_issue("kaz_passport", person, rng)
        l1, l2 = compose("TD3", mrz_data(person, issue))
        assert l1.startswith("P<KAZ")
        assert issue.document_number[0] == "N" and issue.document_number[1:].isdigit()
        assert l2[28:42] == person.iin + "<<"
        card = new_issue("kaz_id_card", person, rng)
        t1 = compose("TD1", mrz_data(person, card))
        assert t1[0].startswith("IDKAZ") and t1[0][5:14].isdigit()
        assert t1[0][15:27] == person.iin


def test_han_people_get_no_kazakhstan_documents() -> None:
    rng = random.Random(1)
    with pytest.raises(ValueError):
        new_issue("kaz_passport", random_person(rng, "han"), rng)


# ------------------------------------------------------------------ rendering and truth


@pytest.fixture(scope="module")
def clean_docs() -> dict[str, Any]:
    rng = random.Random(77)
    return {kind: random_document(kind, rng) for kind in KINDS}


def _inside(box: Sequence[float], size: Sequence[int]) -> bool:
    return 0 <= box[0] < box[2] <= size[0] and 0 <= box[1] < box[3] <= size[1]


def _ink_fraction(img: np.ndarray, box: Sequence[int]) -> float:
    x0, y0, x1, y1 = (int(v) for v in box)
    crop = img[y0:y1, x0:x1].mean(axis=2)
    return float((crop < 110).mean())


@pytest.mark.parametrize("kind", KINDS)
def test_render_truth_matches_the_image(kind: str, clean_docs: dict[str, Any]) -> None:
    spec = clean_docs[kind]
    t = spec.truth
    h, w = spec.image.shape[:2]
    assert spec.image.dtype == np.uint8 and spec.image.shape[2] == 3
    assert t["image_size"] == [w, h]
    assert t["kind"] == kind
    assert _inside(t["mrz_box"], (w, h))
    assert _inside(t["portrait_box"], (w, h))
    for entry in t["printed"].values():
        assert _inside(entry["box"], (w, h)), entry
    assert _ink_fraction(spec.image, t["mrz_box"]) > 0.05  # the MRZ is where the truth says
    assert _ink_fraction(spec.image, [0, 0, w, min(20, h)]) < 0.01
    lines = t["mrz_lines"]
    parsed = parse_mrz(lines, today=REFERENCE_DATE)
    assert all(parsed.checks.values())
    assert parsed.fields.__dict__ == t["fields"]
    f, p = t["fields"], t["printed"]
    assert p["document_number"]["value"] == f["document_number"]
    birth = dt.date.fromisoformat(f["birth_date"])
    if kind == "prc_passport":
        assert p["surname_latin"]["value"] == t["person"]["surname_pinyin"]
        assert p["birth_date"]["value"].startswith(f"{birth.day:02d} {birth.month}月")
        assert p["sex"]["value"].endswith(f["sex"])
    else:
        assert p["iin"]["value"] == t["person"]["iin"]
        assert p["birth_date"]["value"] == f"{birth:%d.%m.%Y}"
        assert cyrillic_to_latin(p["surname"]["value"]).startswith(f["surname"].replace(" ", ""))
    assert t["format"] == ("TD1" if kind == "kaz_id_card" else "TD3")
    assert len(t["document_quads"]) == (2 if kind == "kaz_id_card" else 1)


def test_same_person_same_portrait(clean_docs: dict[str, Any]) -> None:
    rng = random.Random(8)
    person = random_person(rng, "kazakh")
    a = make_document("kaz_passport", person, random.Random(1))
    b = make_document("prc_passport", person, random.Random(2))
    ca = a.image[slice(*a.truth["portrait_box"][1::2]), slice(*a.truth["portrait_box"][0::2])]
    cb = b.image[slice(*b.truth["portrait_box"][1::2]), slice(*b.truth["portrait_box"][0::2])]
    assert ca.shape == cb.shape
    assert np.abs(ca.astype(int) - cb.astype(int)).mean() < 1.0


def test_degradation_is_deterministic_and_boxes_follow(clean_docs: dict[str, Any]) -> None:
    spec = clean_docs["prc_passport"]
    for preset, seed in (("scanner", 1), ("phone", 2), ("phone", 3)):
        p1 = sample_params(preset, random.Random(seed), rotations=True)  # type: ignore[arg-type]
        p2 = sample_params(preset, random.Random(seed), rotations=True)  # type: ignore[arg-type]
        assert p1 == p2
        a, b = degrade(spec, p1), degrade(spec, p2)
        assert np.array_equal(a.image, b.image)
        assert a.jpeg == b.jpeg
        t = a.truth
        h, w = a.image.shape[:2]
        assert t["image_size"] == [w, h]
        assert _inside(t["mrz_box"], (w, h))
        assert _ink_fraction(a.image, t["mrz_box"]) > 0.03
        assert t["degradation"]["preset"] == preset
        assert DegradeParams.from_dict(json.loads(json.dumps(t["degradation"]))) == p1


def test_page_rotation_moves_the_mrz(clean_docs: dict[str, Any]) -> None:
    from dataclasses import replace

    spec = clean_docs["kaz_passport"]
    base = replace(sample_params("scanner", random.Random(4)), skew_deg=0.0, dpi=150.0)
    boxes = {}
    for rot in (0, 90, 180, 270):
        d = degrade(spec, replace(base, page_rotation=rot))
        h, w = d.image.shape[:2]
        x0, y0, x1, y1 = d.truth["mrz_box"]
        boxes[rot] = ((x0 + x1) / 2 / w, (y0 + y1) / 2 / h)
        assert _ink_fraction(d.image, d.truth["mrz_box"]) > 0.03
    assert boxes[0][1] > 0.7  # bottom
    assert boxes[90][0] < 0.3  # turned clockwise: the bottom edge goes left
    assert boxes[180][1] < 0.3
    assert boxes[270][0] > 0.7


def test_degradation_bounds_keep_the_mrz_legible() -> None:
    rng = random.Random(12)
    for _ in range(200):
        for preset in ("scanner", "phone"):
            p = sample_params(preset, rng, rotations=True)
            cap = 2.4 * p.dpi / 25.4
            assert 150 <= p.dpi <= 600
            assert abs(p.skew_deg) <= 15
            assert p.blur_sigma <= 0.05 * cap + 1e-9
            assert p.motion_px <= 0.09 * cap + 1e-9
            assert p.glare is None or p.glare[3] <= 0.55
            assert p.jpeg_quality is None or 35 <= p.jpeg_quality <= 95
            assert p.page_rotation in (0, 90, 180, 270)


def test_truth_round_trips_through_json(tmp_path: Path, clean_docs: dict[str, Any]) -> None:
    paths = generate_set(tmp_path, 3, seed=5, preset="mixed", workers=1)
    assert [p.suffix for p in paths] == [".jpg"] * 3 or all(p.suffix in (".jpg", ".png") for p in paths)
    for path in paths:
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert truth["image_file"] == path.name
        assert json.loads(json.dumps(truth)) == truth
        assert SpecimenPerson.from_dict(truth["person"]).to_dict() == truth["person"]
    again = generate_set(tmp_path / "again", 3, seed=5, preset="mixed", workers=1)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in paths]
    clean = clean_docs["kaz_id_card"].truth
    assert json.loads(json.dumps(clean)) == clean


def test_cli_writes_a_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli_main(["--out", str(tmp_path), "--count", "2", "--seed", "1", "--kinds", "kaz_id_card", "--workers", "1"])
        == 0
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "s1-00000-kaz_id_card.json",
        "s1-00000-kaz_id_card.png",
        "s1-00001-kaz_id_card.json",
        "s1-00001-kaz_id_card.png",
    ]
    assert "wrote 2 specimens" in capsys.readouterr().out


def test_untransliterated_names_are_refused() -> None:
    with pytest.raises(ValueError, match="transliterate"):
        name_field("Оспанов", "Ербол", 39)
