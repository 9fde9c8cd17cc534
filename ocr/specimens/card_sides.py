"""Either side of a Kazakhstan ID card on its own page, as when an officer scans the front and the
back separately: cut from the factory's two-sided render, so both sides stay exactly the card that
`make_document('kaz_id_card', ...)` draws, with the truth of that side only."""

from __future__ import annotations

import copy
import random
from typing import Any, Literal

import numpy as np

from ocr.specimens.documents import Specimen, make_document
from ocr.specimens.layout_kaz import CARD_MARGIN_MM
from ocr.specimens.persons import Ethnicity, SpecimenPerson, random_person
from ocr.specimens.truth import warp_truth

Side = Literal["front", "back"]
SIDE_KINDS: dict[Side, str] = {"front": "kaz_id_card_front", "back": "kaz_id_card_back"}


def _inside(box: list[int], outline: list[list[float]]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    xs = [p[0] for p in outline]
    ys = [p[1] for p in outline]
    return min(xs) <= cx <= max(xs) and min(ys) <= cy <= max(ys)


def card_side(card: Specimen, side: Side) -> Specimen:
    """One side of a clean two-sided ID card specimen, with the scanner margin round it."""
    t = card.truth
    outline = t["document_quads"][0 if side == "front" else 1]
    m = round(CARD_MARGIN_MM * t["dpi"] / 25.4)
    x0, y0 = round(outline[0][0]) - m, round(outline[0][1]) - m
    x1, y1 = round(outline[2][0]) + m, round(outline[2][1]) + m
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    kept = copy.deepcopy(t)
    kept["printed"] = {k: v for k, v in t["printed"].items() if _inside(v["box"], outline)}
    kept["document_quads"] = [outline]
    truth: dict[str, Any] = warp_truth(kept, shift, (x1 - x0, y1 - y0))
    truth["kind"] = SIDE_KINDS[side]
    if side == "front":
        for key in ("format", "mrz_lines", "fields", "mrz_box", "mrz_quad", "mrz_line_boxes"):
            truth.pop(key, None)
    else:
        truth.pop("portrait_box", None)
        truth.pop("portrait_quad", None)
    image = np.ascontiguousarray(card.image[y0:y1, x0:x1])
    mask = np.ascontiguousarray(card.mask[y0:y1, x0:x1])
    return Specimen(image, mask, truth)


def make_card_side(person: SpecimenPerson, side: Side, rng: random.Random) -> Specimen:
    return card_side(make_document("kaz_id_card", person, rng), side)


def random_card_side(side: Side, rng: random.Random) -> Specimen:
    ethnicity: Ethnicity = "kazakh" if rng.random() < 0.75 else "uyghur"
    return make_card_side(random_person(rng, ethnicity), side, rng)
