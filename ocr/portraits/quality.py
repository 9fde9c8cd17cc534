"""Quality measures of one detected face: size, sharpness and head pose from the five landmarks.
Limits are data (the verification layer loads calibrated ones from resources/faces/bands.json);
the defaults here are the values that calibration produced, so `ocr` works on its own."""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from ocr.imaging import ImageArray, to_gray
from ocr.portraits.detector import DetectedFace

# Sharpness is measured on the face box scaled to this width, so it does not grow with resolution.
SHARPNESS_WIDTH = 112


@dataclass(frozen=True)
class QualityLimits:
    """Below `min_eye_distance` px the engines' inputs are upscaled mush; below `min_sharpness`
    (variance of the Laplacian at SHARPNESS_WIDTH) genuine scores drop; past `max_yaw`/`max_roll`
    the face is turned too far for a frontal comparison. `competing_area` decides when a second face
    is large enough to make the holder ambiguous (passport ghost portraits are ~0.15-0.3)."""

    min_eye_distance: float = 18.0
    min_sharpness: float = 40.0
    max_yaw: float = 0.45
    max_roll: float = 30.0
    competing_area: float = 0.4


@dataclass(frozen=True)
class FaceQuality:
    """`yaw` is the nose-tip offset from the eye/mouth mid-line in inter-eye distances (0 frontal,
    about ±0.5 at a 45° turn); `roll` is the in-plane eye-line angle in degrees."""

    width: int
    eye_distance: float
    sharpness: float
    yaw: float
    roll: float
    detector_score: float


def measure(img: ImageArray, face: DetectedFace) -> FaceQuality:
    (rx, ry), (lx, ly), (nx, ny), (mrx, mry), (mlx, mly) = face.landmarks
    eye_d = math.hypot(lx - rx, ly - ry)
    roll = math.degrees(math.atan2(ly - ry, lx - rx))
    # project the nose onto the eye line, relative to the midpoint of eyes and mouth corners
    mid_x = (rx + lx + mrx + mlx) / 4.0
    mid_y = (ry + ly + mry + mly) / 4.0
    ux, uy = ((lx - rx) / eye_d, (ly - ry) / eye_d) if eye_d > 0 else (1.0, 0.0)
    yaw = ((nx - mid_x) * ux + (ny - mid_y) * uy) / eye_d if eye_d > 0 else 0.0
    return FaceQuality(
        width=face.width,
        eye_distance=round(eye_d, 2),
        sharpness=round(sharpness(img, face), 2),
        yaw=round(yaw, 3),
        roll=round(roll, 2),
        detector_score=round(face.score, 3),
    )


def sharpness(img: ImageArray, face: DetectedFace) -> float:
    """Variance of the Laplacian over the inner face (box shrunk by 15%), scaled to a fixed width."""
    x0, y0, x1, y1 = face.box
    dx, dy = int((x1 - x0) * 0.15), int((y1 - y0) * 0.15)
    region = img[max(0, y0 + dy) : max(0, y1 - dy), max(0, x0 + dx) : max(0, x1 - dx)]
    if region.size == 0 or region.shape[0] < 4 or region.shape[1] < 4:
        return 0.0
    gray = to_gray(region)
    h, w = gray.shape[:2]
    size = (SHARPNESS_WIDTH, max(4, round(h * SHARPNESS_WIDTH / w)))
    interp = cv2.INTER_AREA if w > SHARPNESS_WIDTH else cv2.INTER_LINEAR
    norm = cv2.resize(gray, size, interpolation=interp)
    return float(np.var(cv2.Laplacian(norm, cv2.CV_64F)))


def problems(q: FaceQuality, limits: QualityLimits) -> list[str]:
    out = []
    if q.eye_distance < limits.min_eye_distance:
        out.append("too_small")
    if q.sharpness < limits.min_sharpness:
        out.append("too_blurred")
    if abs(q.yaw) > limits.max_yaw or abs(q.roll) > limits.max_roll:
        out.append("strongly_turned")
    return out
