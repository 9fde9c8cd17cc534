"""Reading the printed (VIZ) fields of generated passport pages and ID cards: every field of the
PRC passport (Chinese characters, Pinyin, bilingual dates), the Kazakhstan passport (Kazakh
Cyrillic, Latin, IIN) and the ID card (Kazakh and Russian), each right, with a confidence and in
the place it is printed. One scan of each is read once per module."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from ocr.page_kind import PageRead, read_page
from ocr.specimens import Specimen, make_document, random_person, sample_params
from ocr.specimens.certificates import degrade_page
from ocr.specimens.documents import Kind
from ocr.specimens.persons import Ethnicity

# Each module reads a handful of whole pages (about a second each).
pytestmark = pytest.mark.slow


def _scan(kind: Kind, ethnicity: Ethnicity, seed: int) -> Specimen:
    """A tidy flatbed scan at 250 dpi with a slight skew."""
    rng = random.Random(seed)
    spec = make_document(kind, random_person(rng, ethnicity), rng)
    params = replace(sample_params("scanner", rng), dpi=250.0, skew_deg=2.0, blur_sigma=0.3, jpeg_quality=90)
    return degrade_page(spec, params)


def _overlap(quad: Any, box: list[int]) -> float:
    """Share of the truth box covered by the read field's quad (as a box)."""
    q = np.asarray(quad, np.float64)
    x0, y0 = q.min(axis=0)
    x1, y1 = q.max(axis=0)
    w = max(0.0, min(x1, box[2]) - max(x0, box[0]))
    h = max(0.0, min(y1, box[3]) - max(y0, box[1]))
    return float(w * h / max(1.0, (box[2] - box[0]) * (box[3] - box[1])))


@pytest.fixture(scope="module")
def pages() -> dict[str, tuple[Specimen, PageRead]]:
    out = {}
    for name, kind, ethnicity, seed in (
        ("prc", "prc_passport", "uyghur", 101),
        ("prc_han", "prc_passport", "han", 102),
        ("kaz", "kaz_passport", "kazakh", 103),
        ("id", "kaz_id_card", "uyghur", 104),
    ):
        spec = _scan(kind, ethnicity, seed)  # type: ignore[arg-type]
        out[name] = (spec, read_page(spec.image))
    return out


def _fields(read: PageRead) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for doc in read.documents:
        fields.update(doc.fields)
    return fields


PRC_FIELDS = [
    "document_type", "issuing_state", "document_number", "surname", "surname_latin", "given_names",
    "given_names_latin", "sex", "place_of_birth", "birth_date", "place_of_issue", "issue_date", "expiry_date",
    "authority", "authority_latin",
]  # fmt: skip
KAZ_FIELDS = [
    "document_type", "issuing_state", "document_number", "surname", "surname_latin", "given_names",
    "given_names_latin", "patronymic", "birth_date", "sex", "place_of_birth", "iin", "nationality", "issue_date",
    "expiry_date", "authority",
]  # fmt: skip
ID_FIELDS = [
    "surname", "given_names", "patronymic", "birth_date", "sex", "iin", "issue_date", "expiry_date",
    "place_of_birth", "ethnicity", "authority", "document_number",
]  # fmt: skip


def _check(pages: dict[str, tuple[Specimen, PageRead]], which: str, field: str) -> None:
    spec, read = pages[which]
    truth = spec.truth["printed"][field]
    got = _fields(read)[field]
    assert got.found and got.text == " ".join(truth["value"].split()), (got.raw, got.notes, got.problems)
    assert got.confidence > 0.4
    assert not got.problems
    assert _overlap(got.quad, truth["box"]) > 0.5


@pytest.mark.parametrize("field", PRC_FIELDS)
def test_prc_passport_field(pages: dict[str, tuple[Specimen, PageRead]], field: str) -> None:
    _check(pages, "prc", field)


@pytest.mark.parametrize("field", ["surname", "given_names", "birth_date", "place_of_birth"])
def test_prc_passport_of_a_han_holder(pages: dict[str, tuple[Specimen, PageRead]], field: str) -> None:
    _check(pages, "prc_han", field)


@pytest.mark.parametrize("field", KAZ_FIELDS)
def test_kaz_passport_field(pages: dict[str, tuple[Specimen, PageRead]], field: str) -> None:
    _check(pages, "kaz", field)


@pytest.mark.parametrize("field", ID_FIELDS)
def test_kaz_id_card_field(pages: dict[str, tuple[Specimen, PageRead]], field: str) -> None:
    _check(pages, "id", field)


def test_values_are_normalised(pages: dict[str, tuple[Specimen, PageRead]]) -> None:
    spec, read = pages["prc"]
    f = _fields(read)
    person = spec.truth["person"]
    assert f["birth_date"].value == person["birth_date"]
    assert f["sex"].value == person["sex"]
    assert f["place_of_birth"].value == person["birth_place_latin"]
    kaz = _fields(pages["kaz"][1])
    assert kaz["birth_date"].value == pages["kaz"][0].truth["person"]["birth_date"]


def test_pages_are_found_from_their_mrz(pages: dict[str, tuple[Specimen, PageRead]]) -> None:
    for which, kind in (("prc", "prc_passport"), ("kaz", "kaz_passport"), ("id", "kaz_id_card")):
        _, read = pages[which]
        assert read.kind.kind == kind
        assert read.mrz is not None and read.mrz.valid
    _, card = pages["id"]
    assert [d.kind for d in card.documents] == ["kaz_id_card_front", "kaz_id_card_back"]
    assert card.documents[1].pose_source.startswith("mrz")
