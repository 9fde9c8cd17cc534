"""Specimen documents: a person and an issue rendered into a clean image with its truth record.
This is the factory's main entry point; `degrade` then makes the image look scanned or photographed."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.mrz.formats import MrzFormat
from ocr.specimens.canvas import Rendered, rect_quad
from ocr.specimens.issuance import KINDS, REFERENCE_DATE, Issue, Kind, mrz_data, new_issue
from ocr.specimens.layout_kaz import render_kaz_id_card, render_kaz_passport
from ocr.specimens.layout_prc import render_prc_passport
from ocr.specimens.mrz_compose import compose, mrz_fields
from ocr.specimens.mrz_render import mrz_truth_boxes
from ocr.specimens.persons import Ethnicity, SpecimenPerson, random_person

__all__ = ["BASE_DPI", "KINDS", "Kind", "Specimen", "make_document", "random_document"]

# 300 dpi: the MRZ pitch is 30 px and a page 1476 x 1039 px, detailed enough for every later
# resampling (150-600 dpi) and fast to draw.
BASE_DPI = 300

FORMATS: dict[Kind, MrzFormat] = {
    "prc_passport": MrzFormat.TD3,
    "kaz_passport": MrzFormat.TD3,
    "kaz_id_card": MrzFormat.TD1,
}
_RENDER: dict[Kind, Callable[[SpecimenPerson, Issue, tuple[str, ...], int], Rendered]] = {
    "prc_passport": render_prc_passport,
    "kaz_passport": render_kaz_passport,
    "kaz_id_card": render_kaz_id_card,
}


@dataclass(frozen=True, eq=False)
class Specimen:
    """An image of a document (BGR uint8), where document material is in it (`mask`, 255 inside),
    its truth record, and the JPEG bytes when the image was last JPEG-compressed (write those, not
    a re-encode, so the file on disk is exactly the image described)."""

    image: NDArray[np.uint8]
    mask: NDArray[np.uint8]
    truth: dict[str, Any]
    jpeg: bytes | None = None


def make_document(kind: Kind, person: SpecimenPerson, rng: random.Random, dpi: int = BASE_DPI) -> Specimen:
    """Issue a document of `kind` to `person` and render it clean. Raises ValueError for a Han
    person and a Kazakhstan document (Han specimens carry no Cyrillic name form)."""
    issue = new_issue(kind, person, rng)
    fmt = FORMATS[kind]
    data = mrz_data(person, issue)
    lines = compose(fmt, data)
    r = _RENDER[kind](person, issue, lines, dpi)
    h, w = r.rgb.shape[:2]
    truth: dict[str, Any] = {
        "kind": kind,
        "format": fmt.value,
        "mrz_lines": list(lines),
        "fields": mrz_fields(fmt, data, lines),
        "printed": r.printed,
        **mrz_truth_boxes(r.mrz_line_boxes, pad_px=round(0.8 * dpi / 25.4)),
        "portrait_box": r.portrait_box,
        "portrait_quad": rect_quad(r.portrait_box),
        "document_quads": [rect_quad(b) for b in r.outlines],
        "issue": {
            "issue_date": issue.issue_date.isoformat(),
            "expiry_date": issue.expiry_date.isoformat(),
            "place_of_issue": list(issue.place_of_issue),
            "authority": list(issue.authority),
            "valid_on": REFERENCE_DATE.isoformat(),
        },
        "person": person.to_dict(),
        "dpi": dpi,
        "image_size": [w, h],
        "degradation": None,
    }
    bgr = np.asarray(cv2.cvtColor(r.rgb, cv2.COLOR_RGB2BGR), dtype=np.uint8)
    return Specimen(bgr, r.mask, truth)


def random_document(kind: Kind, rng: random.Random, dpi: int = BASE_DPI) -> Specimen:
    """A fresh synthetic holder and a clean document of `kind`. Kazakhstan documents go to Kazakhs
    and Uyghurs; PRC passports to anyone."""
    ethnicity: Ethnicity | None = None
    if kind != "prc_passport":
        ethnicity = "kazakh" if rng.random() < 0.75 else "uyghur"
    return make_document(kind, random_person(rng, ethnicity), rng, dpi)
