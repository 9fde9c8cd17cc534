"""Calibrate the blur and size limits by degrading real faces and watching genuine scores fall:
the size limit is the smallest face at which at most 5% of genuine pairs drop below the review
edge; the blur limit lies midway between the last blur level that keeps to that and the first that
does not. Pose limits cannot be measured on these frontal sets and stay set by hand."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

import cv2
import numpy as np

from ocr.imaging import ImageArray
from ocr.portraits import QualityLimits, extract_portrait
from verification.faces.calibration_sets import Sample
from verification.faces.engine import FaceMatcher

SETS = ("face_recognition", "japanese_collage", "western_collage")
BLUR_SIGMAS = (0.0, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)  # at 64 px between the eyes
EYE_DISTANCES = (8, 10, 12, 16, 20, 24, 32, 48)
MAX_DROP = 0.05
_OPEN = QualityLimits(min_eye_distance=0.0, min_sharpness=0.0, max_yaw=9.0, max_roll=180.0, competing_area=9.0)


def _scaled(img: ImageArray, eye_d: float, target: float) -> ImageArray:
    f = target / eye_d
    interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
    return np.asarray(cv2.resize(img, None, fx=f, fy=f, interpolation=interp), np.uint8)


def _trial(img: ImageArray, engine: FaceMatcher, refs: list[np.ndarray], review: float) -> tuple[bool, float, int, int]:
    """(face found, sharpness, genuine partners scored, of them below review)."""
    p = extract_portrait(img, _OPEN)
    if not p.found or p.quality is None:
        return False, 0.0, len(refs), len(refs)
    v = engine.embed(p)
    below = sum(1 for r in refs if float(np.dot(v, r)) < review)
    return True, p.quality.sharpness, len(refs), below


def calibrate(kept: dict[str, list[Sample]], engine: FaceMatcher, match: float, review: float) -> dict[str, Any]:
    items: list[tuple[ImageArray, float, list[np.ndarray]]] = []
    for name in SETS:
        samples = kept[name]
        portraits = [extract_portrait(s.image, _OPEN) for s in samples]
        embs = [engine.embed(p) for p in portraits]
        for i, (s, p) in enumerate(zip(samples, portraits, strict=True)):
            refs = [embs[j] for j, o in enumerate(samples) if j != i and o.identity == s.identity]
            if refs and p.quality is not None:
                items.append((s.image, p.quality.eye_distance, refs))
    blur_rows: list[dict[str, Any]] = []
    for sigma in BLUR_SIGMAS:
        found = pairs = below = 0
        sharp = []
        for img, eye_d, refs in items:
            x = _scaled(img, eye_d, 64.0)
            if sigma:
                x = np.asarray(cv2.GaussianBlur(x, (0, 0), sigma), np.uint8)
            ok, sh, n, b = _trial(x, engine, refs, review)
            found += ok
            pairs += n
            below += b
            if ok:
                sharp.append(sh)
        blur_rows.append(
            _row("sigma", sigma, found, len(items), pairs, below, float(np.median(sharp)) if sharp else 0.0)
        )
    size_rows = []
    min_eye = float(EYE_DISTANCES[-1])
    for e in sorted(EYE_DISTANCES, reverse=True):
        found = pairs = below = 0
        for img, eye_d, refs in items:
            if eye_d <= e:
                continue
            ok, _, n, b = _trial(_scaled(img, eye_d, float(e)), engine, refs, review)
            found += ok
            pairs += n
            below += b
        row = _row("eye_distance", e, found, len(items), pairs, below, None)
        size_rows.append(row)
        if pairs and below / pairs <= MAX_DROP:
            min_eye = float(e)
        else:
            break
    limits = replace(QualityLimits(), min_eye_distance=min_eye, min_sharpness=_sharpness_limit(blur_rows))
    return {
        "limits": asdict(limits),
        "figures": {
            "engine": engine.name,
            "rule": f"size: smallest with at most {MAX_DROP:.0%} of genuine pairs below review; "
            "blur: midway between the last level within that and the first beyond it",
            "faces": len(items),
            "blur": blur_rows,
            "size": size_rows,
            "pose": "max_yaw and max_roll set by hand: no turned faces in the shared sets",
        },
    }


def _row(key: str, value: float, found: int, total: int, pairs: int, below: int, sharp: float | None) -> dict[str, Any]:
    row: dict[str, Any] = {key: value, "faces_found": found, "faces": total, "genuine_pairs": pairs}
    row["below_review"] = below
    row["below_review_rate"] = round(below / pairs, 4) if pairs else None
    if sharp is not None:
        row["median_sharpness"] = round(sharp, 1)
    return row


def _sharpness_limit(rows: list[dict[str, Any]]) -> float:
    """Midway between the median sharpness of the last blur level that keeps at most MAX_DROP of
    genuine pairs above review and that of the first level that does not."""
    last_ok = None
    for row in rows:
        rate = row["below_review_rate"]
        if rate is not None and rate <= MAX_DROP:
            last_ok = row["median_sharpness"]
            continue
        first_bad = row["median_sharpness"]
        return round(float(first_bad if last_ok is None else (last_ok + first_bad) / 2), 2)
    return 0.0
