"""The one normalisation every MRZ image goes through, shared by the reader and the model training so
that both see characters at the same scale."""

from __future__ import annotations

import cv2
import numpy as np

MIN_SIDE = 1000
MAX_SIDE = 2000


def working_image(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """Scale so the long side is within [MIN_SIDE, MAX_SIDE]; returns the image and the factor applied."""
    long_side = max(gray.shape[:2])
    if long_side < MIN_SIDE:
        f = MIN_SIDE / long_side
        return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC), f
    if long_side > MAX_SIDE:
        f = MAX_SIDE / long_side
        return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA), f
    return gray, 1.0
