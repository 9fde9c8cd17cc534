"""Portrait extraction on synthetic document pages (specimen factory, cartoon portraits with exact
truth boxes), turned pages, and inputs that must never crash it."""

from __future__ import annotations

import random

import numpy as np
import pytest

from ocr.portraits import FACE_FOUND, NO_FACE, extract_portrait
from ocr.specimens.documents import random_document


def _inside_fraction(box: tuple[int, int, int, int], truth: list[int]) -> float:
    """Share of the found face box that lies inside the truth portrait box."""
    x0, y0 = max(box[0], truth[0]), max(box[1], truth[1])
    x1, y1 = min(box[2], truth[2]), min(box[3], truth[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter / max(1, (box[2] - box[0]) * (box[3] - box[1]))


@pytest.fixture(scope="module", params=["prc_passport", "kaz_passport", "kaz_id_card"])
def page(request: pytest.FixtureRequest) -> tuple[np.ndarray, list[int]]:
    spec = random_document(request.param, random.Random(7))
    return spec.image, spec.truth["portrait_box"]


def test_portrait_found_inside_truth_box(page: tuple[np.ndarray, list[int]]) -> None:
    img, truth = page
    p = extract_portrait(img)
    assert p.found and p.reasons[0] == FACE_FOUND and p.usable
    assert p.box is not None and _inside_fraction(p.box, truth) > 0.9
    assert p.rotation == 0
    assert p.crop is not None and p.crop.shape[0] > (p.box[3] - p.box[1])  # cropped with a margin


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_turned_page_is_set_upright(turns: int) -> None:
    spec = random_document("prc_passport", random.Random(11 + turns))
    img = np.ascontiguousarray(np.rot90(spec.image, turns))
    p = extract_portrait(img)
    assert p.found and p.usable
    assert (p.rotation + turns) % 4 == 0
    # the box is reported in the coordinates of the image given: turn the truth box the same way
    h, w = spec.image.shape[:2]
    x0, y0, x1, y1 = spec.truth["portrait_box"]
    corners = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], float)
    for _ in range(turns):  # one counter-clockwise quarter turn of a w x h image: (x, y) -> (y, w - x)
        corners = np.stack([corners[:, 1], w - corners[:, 0]], axis=1)
        w, h = h, w
    truth = [int(corners[:, 0].min()), int(corners[:, 1].min()), int(corners[:, 0].max()), int(corners[:, 1].max())]
    assert p.box is not None and _inside_fraction(p.box, truth) > 0.9


def test_ghost_portrait_does_not_count_as_a_second_holder() -> None:
    spec = random_document("prc_passport", random.Random(3))
    p = extract_portrait(spec.image)
    assert p.faces >= 2 and p.usable  # the small ghost image is seen but not a competing face


@pytest.mark.parametrize(
    "img",
    [
        np.full((600, 800, 3), 255, np.uint8),
        np.zeros((3, 3, 3), np.uint8),
        np.full((400, 300), 128, np.uint8),
        np.zeros((50, 60, 4), np.uint8),
        np.random.default_rng(0).integers(0, 255, (300, 300, 3), dtype=np.uint8),
    ],
    ids=["blank page", "3x3", "grey", "bgra", "noise"],
)
def test_no_face_never_crashes(img: np.ndarray) -> None:
    p = extract_portrait(img)
    assert not p.found and p.reasons == (NO_FACE,) and p.crop is None and not p.usable
