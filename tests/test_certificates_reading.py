"""Reading renunciation certificates: every field of both editions of the PRC certificate (Chinese
characters and Pinyin) and of the Kazakhstan certificate (Kazakh and Russian, Cyrillic and Latin),
each with its confidence and its place on the page, the QR code and the barcode, and a new edition
that is described by a template file only, without any change to the code."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ocr.bundled import resource_path
from ocr.page_kind import PageRead, read_page
from ocr.specimens import Specimen, random_person, sample_params
from ocr.specimens.certificates import CertKind, degrade_page, make_certificate
from ocr.specimens.layout_cert_prc import EDITIONS as PRC_EDITIONS
from ocr.templates import load_templates

# Each module reads a handful of whole pages (about a second each).
pytestmark = pytest.mark.slow


def _scan(spec: Specimen, seed: int, preset: str = "scanner") -> Specimen:
    rng = random.Random(seed)
    params = sample_params(preset, rng)  # type: ignore[arg-type]
    if preset == "scanner":
        params = replace(params, dpi=200.0, skew_deg=-3.0, blur_sigma=0.3, jpeg_quality=90)
    return degrade_page(spec, params)


def _cert(kind: CertKind, edition: str, seed: int) -> Specimen:
    rng = random.Random(seed)
    person = random_person(rng, "uyghur" if kind == "kaz_termination" else "kazakh")
    return _scan(make_certificate(kind, person, rng, edition=edition), seed)


def _inside(quad: Any, box: list[int]) -> bool:
    """Whether the centre of the truth box lies in the read field's quad (as a box)."""
    q = np.asarray(quad, np.float64)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return bool(q[:, 0].min() <= cx <= q[:, 0].max() and q[:, 1].min() <= cy <= q[:, 1].max())


CASES = [("prc_renunciation", "2004", 201), ("prc_renunciation", "2019", 202),
         ("kaz_termination", "2012", 203), ("kaz_termination", "2021", 204)]  # fmt: skip


@pytest.fixture(scope="module")
def reads() -> dict[tuple[str, str], tuple[Specimen, PageRead]]:
    out = {}
    for kind, edition, seed in CASES:
        spec = _cert(kind, edition, seed)  # type: ignore[arg-type]
        out[(kind, edition)] = (spec, read_page(spec.image))
    return out


@pytest.mark.parametrize(("kind", "edition", "seed"), CASES)
def test_every_field_is_read(
    reads: dict[tuple[str, str], tuple[Specimen, PageRead]], kind: str, edition: str, seed: int
) -> None:
    spec, read = reads[(kind, edition)]
    assert read.kind.kind == kind
    assert [d.edition for d in read.documents] == [edition]
    fields = read.documents[0].fields
    wrong = {}
    for name, truth in spec.truth["printed"].items():
        if name == "code":
            continue
        got = fields[name]
        if got.text != truth["value"] or got.problems or got.confidence < 0.4 or not _inside(got.quad, truth["box"]):
            wrong[name] = (truth["value"], got.text, got.confidence, got.problems)
    assert not wrong


def test_prc_certificate_values(reads: dict[tuple[str, str], tuple[Specimen, PageRead]]) -> None:
    spec, read = reads[("prc_renunciation", "2019")]
    f = read.documents[0].fields
    person, cert = spec.truth["person"], spec.truth["certificate"]
    assert "·" in f["name"].text  # a transcribed Kazakh name keeps its middle dot
    assert f["sex"].value == person["sex"]
    assert f["birth_date"].value == person["birth_date"]
    assert f["issue_date"].value == cert["issue_date"] and f["effect_date"].value == cert["effect_date"]
    assert f["place_of_birth"].value == person["birth_place_latin"]


def test_qr_code_and_barcode(reads: dict[tuple[str, str], tuple[Specimen, PageRead]]) -> None:
    spec, read = reads[("prc_renunciation", "2019")]
    code = read.documents[0].code
    assert code is not None and code.format == "QRCode" and code.text == spec.truth["code"]["text"]
    assert code.parts["certificate_number"] == read.documents[0].fields["certificate_number"].text
    assert code.parts["surname_latin"] == spec.truth["person"]["surname_pinyin"]
    assert not [p for p in read.documents[0].problems if " says " in p]  # the code agrees with the page
    spec, read = reads[("kaz_termination", "2021")]
    code = read.documents[0].code
    assert code is not None and code.format == "Code128" and code.text == spec.truth["code"]["text"]
    for edition in ("2004",):
        assert reads[("prc_renunciation", edition)][1].documents[0].code is None


def test_a_phone_photo_of_each_kind() -> None:
    for kind, seed in (("prc_renunciation", 301), ("kaz_termination", 302)):
        rng = random.Random(seed)
        spec = _scan(make_certificate(kind, random_person(rng, "kazakh"), rng), seed, "phone")  # type: ignore[arg-type]
        read = read_page(spec.image)
        assert read.kind.kind == kind
        fields = read.documents[0].fields
        right = sum(fields[n].text == t["value"] for n, t in spec.truth["printed"].items() if n != "code")
        assert right >= len(spec.truth["printed"]) - 2  # a phone photo may cost a field; never the page


# ------------------------------------------------------------------ a new edition, as data only

DX, DY = -3.0, 4.0  # the new edition moves the whole form 3 mm left and 4 mm down inside the frame
NEW_LAYOUT = replace(
    PRC_EDITIONS["2019"],
    edition="2025",
    label_x=57.0,
    value_x=85.0,
    rows=(48.0, 58.0, 68.0, 78.0, 110.0),
    birth_label_x=117.0,
    birth_value_x=143.0,
    clause_y=94.0,
    authority_at=(117.0, 122.0),
    number_at=(143.0, 36.0),
    qr_at=(17.0, 104.0, 24.0),
    seal_at=(164.0, 126.0),
)


def _shift(box: list[float]) -> list[float]:
    return [round(box[0] + DX, 2), round(box[1] + DY, 2), round(box[2] + DX, 2), round(box[3] + DY, 2)]


def _new_edition_template() -> dict[str, Any]:
    """What field IT would write for the 2025 edition: the 2019 file with every printed element but
    the titles moved, as measured on the new form."""
    data: dict[str, Any] = json.loads(resource_path("templates", "prc_renunciation_2019.json").read_text("utf-8"))
    data["edition"] = "2025"
    data["description"] = "PRC certificate of renunciation of nationality, 2025 edition (test)"
    for item in data["labels"] + data["fields"]:
        item["box_mm"] = _shift(item["box_mm"])
    return data


def test_a_new_edition_is_read_from_a_template_file_alone(tmp_path: Path) -> None:
    (tmp_path / "prc_renunciation_2025.json").write_text(
        json.dumps(_new_edition_template(), ensure_ascii=False), encoding="utf-8"
    )
    assert ("prc_renunciation", "2025") in {t.key for t in load_templates([tmp_path])}
    rng = random.Random(401)
    spec = _scan(make_certificate("prc_renunciation", random_person(rng, "han"), rng, layout=NEW_LAYOUT), 401)
    assert spec.truth["edition"] == "2025"
    read = read_page(spec.image, template_dirs=[tmp_path])
    assert read.kind.kind == "prc_renunciation"
    doc = read.documents[0]
    assert doc.edition == "2025"
    wrong = {n: (t["value"], doc.fields[n].text) for n, t in spec.truth["printed"].items()
             if n != "code" and doc.fields[n].text != t["value"]}  # fmt: skip
    assert not wrong
    assert doc.code is not None and doc.code.text == spec.truth["code"]["text"]


def test_a_code_that_disagrees_with_the_page_is_reported() -> None:
    from ocr.certificates.codes import disagreements
    from ocr.viz.model import CodeRead, FieldRead

    def f(name: str, text: str, value: str = "") -> FieldRead:
        return FieldRead(name, name, text, value or text, 0.9, (), text, "eng")

    fields = {
        "certificate_number": f("certificate_number", "XJ202300457"),
        "birth_date": f("birth_date", "1991年8月14日", "1991-08-14"),
        "name_latin": f("name_latin", "DINALA MAMIER"),
    }
    parts = {"certificate_number": "XJ202300457", "surname_latin": "MAMIER", "given_names_latin": "DINALA",
             "birth_date": "19910814"}  # fmt: skip
    assert disagreements(CodeRead("QRCode", "…", parts, ()), fields) == []
    forged = dict(parts, certificate_number="XJ202399999", birth_date="19900814")
    found = disagreements(CodeRead("QRCode", "…", forged, ()), fields)
    assert len(found) == 2 and all("QRCode says" in p for p in found)
