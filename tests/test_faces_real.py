"""1:1 comparison on real faces from ../shared/data/faces (skipped when that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from ocr.portraits import extract_portrait
from verification.faces import bands
from verification.faces.bands import Band
from verification.faces.compare import compare_images, compare_portraits
from verification.faces.engine import similarity
from verification.faces.registry import get_engine

FACES = Path(__file__).resolve().parents[2] / "shared" / "data" / "faces"
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not FACES.is_dir(), reason=f"shared face images not found at {FACES}"),
]
ENGINES = ["sface", "dlib"]


def _img(name: str) -> np.ndarray:
    img = cv2.imread(str(FACES / "face_recognition" / name))
    assert img is not None, name
    return np.asarray(img, np.uint8)


@pytest.mark.parametrize("engine", ENGINES)
def test_same_person_matches(engine: str) -> None:
    r = compare_images(_img("obama.jpg"), _img("obama2.jpg"), engine)
    assert r.reason is None and r.score is not None
    # dlib needs a match edge so high (no East-Asian false accept) that many genuine pairs land in review
    assert r.band is Band.MATCH if engine == "sface" else r.band in (Band.MATCH, Band.REVIEW)
    assert r.crop_a is not None and r.crop_b is not None
    assert r.engine == engine and r.engine_version


@pytest.mark.parametrize("engine", ENGINES)
def test_different_person_does_not_match(engine: str) -> None:
    r = compare_images(_img("obama.jpg"), _img("biden.jpg"), engine)
    assert r.band is Band.NO_MATCH
    assert r.score is not None and r.score < bands.load().for_engine(engine).review


def test_no_face_gives_a_reason_not_a_band() -> None:
    r = compare_images(_img("obama.jpg"), np.full((400, 300, 3), 230, np.uint8))
    assert r.band is None and r.score is None and r.reason == "b: no_face"
    assert r.portrait_b.faces == 0


def test_two_faces_give_a_reason() -> None:
    r = compare_images(_img("two_people.jpg"), _img("obama.jpg"))
    assert r.band is None and r.reason is not None and "several_faces" in r.reason
    assert r.portrait_a.faces == 2


def test_tiny_face_is_too_small() -> None:
    img = _img("obama.jpg")
    eye = extract_portrait(img).quality
    assert eye is not None
    f = 10.0 / eye.eye_distance  # about 10 px between the eyes, under the calibrated limit
    small = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    canvas = np.full((240, 240, 3), 200, np.uint8)
    canvas[60 : 60 + small.shape[0], 60 : 60 + small.shape[1]] = small
    r = compare_images(canvas, img)
    assert r.band is None and r.reason is not None
    assert r.reason.startswith("a: ") and ("too_small" in r.reason or "no_face" in r.reason)
    assert "too_small" in r.reason, r.portrait_a.reasons


def test_blurred_face_is_flagged_and_never_a_confident_no_match() -> None:
    img = _img("obama.jpg")
    blurred = cv2.GaussianBlur(img, (0, 0), 25)
    p = extract_portrait(blurred, bands.load().quality)
    assert "too_blurred" in p.reasons
    r = compare_portraits(p, extract_portrait(_img("biden.jpg")))
    assert r.band in (Band.REVIEW, Band.MATCH) and any("too_blurred" in w for w in r.warnings)


@pytest.mark.slow
def test_east_asian_collage_targets() -> None:
    """The default engine's bands on the Japanese collage: no false accept in match, at most two
    genuine pairs below review (the issue's targets), recomputed from the images."""
    import json

    sheet = cv2.imread(str(FACES / "collages" / "JapaneseBaldActor.jpg"))
    labels = json.loads((FACES / "collages" / "labels.json").read_text())["JapaneseBaldActor.jpg"]
    table = bands.load()
    eng = get_engine(table.default_engine)
    b = table.for_engine(eng.name)
    embs, who = [], []
    for lab in labels:
        x0, y0, x1, y1 = lab["box"]
        m = (x1 - x0) // 3
        crop = sheet[max(0, y0 - m) : y1 + m, max(0, x0 - m) : x1 + m]
        embs.append(eng.embed(extract_portrait(crop)))
        who.append(lab["person"])
    false_accepts = genuine_low = 0
    for i in range(len(embs)):
        for j in range(i + 1, len(embs)):
            band = b.decide(similarity(embs[i], embs[j]))
            false_accepts += who[i] != who[j] and band is Band.MATCH
            genuine_low += who[i] == who[j] and band is Band.NO_MATCH
    assert false_accepts == 0
    assert genuine_low <= 2
