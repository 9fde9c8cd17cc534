"""Page kinds: every document side is recognised whatever else is on the desk, and nothing that is
not a document (a blank sheet, noise, a photograph, printed letters, forms and framed notices in
the documents' own languages) is ever taken for a certificate."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from ocr.mrz.model import MrzRead
from ocr.page_kind import KIND_LABELS, read_page
from ocr.page_kind.classify import classify_page
from ocr.specimens import Specimen, random_document, sample_params
from ocr.specimens.card_sides import random_card_side
from ocr.specimens.certificates import CERT_KINDS, degrade_page, random_certificate
from ocr.specimens.non_documents import OTHERS, make_other
from ocr.templates import templates
from ocr.viz.geometry import PageImage

# Each module reads a handful of whole pages (about a second each).
pytestmark = pytest.mark.slow


def _captured(spec: Specimen, seed: int, preset: str = "scanner") -> Specimen:
    params = sample_params(preset, random.Random(seed))  # type: ignore[arg-type]
    return degrade_page(spec, replace(params, dpi=min(params.dpi, 220.0)))


@pytest.mark.parametrize(("side", "kind"), [("front", "kaz_id_card_front"), ("back", "kaz_id_card_back")])
def test_each_side_of_the_id_card_alone(side: str, kind: str) -> None:
    rng = random.Random(11 if side == "front" else 12)
    spec = _captured(random_card_side(side, rng), 13)  # type: ignore[arg-type]
    read = read_page(spec.image)
    assert read.kind.kind == kind, read.kind.evidence
    assert [d.kind for d in read.documents] == [kind]


def test_a_passport_photographed_on_a_desk() -> None:
    spec = _captured(random_document("kaz_passport", random.Random(21)), 22, "phone")
    read = read_page(spec.image)
    assert read.kind.kind == "kaz_passport" and read.kind.score > 0.8


def test_a_certificate_turned_upside_down() -> None:
    spec = _captured(random_certificate("kaz_termination", random.Random(31)), 32)
    turned = np.ascontiguousarray(spec.image[::-1, ::-1])
    read = read_page(turned)
    assert read.kind.kind == "kaz_termination"
    assert read.documents[0].fields["certificate_number"].text == spec.truth["printed"]["certificate_number"]["value"]


@pytest.mark.parametrize("other", OTHERS)
def test_nothing_else_is_a_document(other: str) -> None:
    rng = random.Random(f"other:{other}")
    spec = _captured(make_other(other, rng), 41, rng.choice(("scanner", "phone")))  # type: ignore[arg-type]
    read = read_page(spec.image)
    assert read.kind.kind == "unknown", read.kind.evidence
    assert read.kind.closest in KIND_LABELS
    assert not read.documents


@pytest.mark.parametrize("seed", range(4))
def test_text_pages_are_never_certificates(seed: int) -> None:
    """The hardest look-alikes: a framed notice and a labelled form, straight and rotated."""
    rng = random.Random(f"lookalike:{seed}")
    spec = _captured(make_other(("framed_notice", "form")[seed % 2], rng), seed)
    image = spec.image if seed < 2 else np.ascontiguousarray(np.rot90(spec.image, 2))
    kind, _ = classify_page(PageImage(image), templates(), _no_mrz)
    assert kind.kind not in CERT_KINDS


def _no_mrz() -> MrzRead:
    return MrzRead(found=False)


def test_unknown_pages_name_the_closest_kind() -> None:
    clean = random_certificate("prc_renunciation", random.Random(51))
    px = clean.truth["dpi"] / 25.4
    image = clean.image.copy()
    image[round(11 * px) : round(30 * px), round(30 * px) : round(180 * px)] = 246  # the title is gone
    spec = _captured(Specimen(image, clean.mask, clean.truth), 52)
    kind, _ = classify_page(PageImage(spec.image), templates(), _no_mrz)
    assert kind.kind == "unknown"  # the layout alone is not enough to call it a certificate
    assert kind.closest == "prc_renunciation" and 0 < kind.closest_score < 1
