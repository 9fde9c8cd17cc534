"""Ink as the readers see it: printed text is dark in every colour channel, while security
backgrounds, seals and stamps are coloured and therefore light in at least one channel. Taking
the brightest channel keeps the text and drops most of the rest."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray


def text_gray(image: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Per-pixel maximum over the colour channels (the image itself when it is grey)."""
    if image.ndim == 2:
        return image
    b, g, r = cv2.split(image)
    return np.asarray(cv2.max(cv2.max(b, g), r), np.uint8)


def ink_mask(gray: NDArray[np.uint8], block: int, offset: float) -> NDArray[np.uint8]:
    """255 where a pixel is clearly darker than its neighbourhood (a `block`-pixel window)."""
    b = max(3, block | 1)
    return np.asarray(
        cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, b, offset), np.uint8
    )


def line_blobs(ink: NDArray[np.uint8], reach: int) -> NDArray[np.uint8]:
    """Ink smeared sideways by `reach` pixels: each printed line becomes one blob."""
    k = cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, reach), 1))
    return np.asarray(cv2.morphologyEx(ink, cv2.MORPH_CLOSE, k), np.uint8)
