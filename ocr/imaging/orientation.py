"""Which way up a page is, from Tesseract's orientation and script detection (OSD). Phones and
flatbeds hand us passports turned by quarter turns; the MRZ reader needs them upright."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from ocr.errors import OcrEngineError
from ocr.imaging.geometry import to_gray
from ocr.imaging.page import ImageArray
from ocr.tesseract_probe import available_languages, tessdata_dir

# OSD slows down sharply on big images and gains nothing from more than a few thousand pixels.
_OSD_MAX_SIDE = 2000
_OSD_LOCK = threading.Lock()


@dataclass(frozen=True)
class OrientationGuess:
    """How far the page content is turned from upright.

    `degrees` is 0, 90, 180 or 270, counter-clockwise (the same sense as rotate_quadrant), so
    `rotate_quadrant(img, guess.turns_to_upright)` makes the page upright. `confidence` is
    Tesseract's orientation confidence (about 2 is a weak, 15 a firm answer); 0.0 means OSD could
    not decide (blank page, too little text) and `degrees` is then 0."""

    degrees: int
    confidence: float
    script: str = ""
    script_confidence: float = 0.0

    @property
    def turns_to_upright(self) -> int:
        """Argument for rotate_quadrant that undoes this orientation."""
        return (-self.degrees // 90) % 4


UNDECIDED = OrientationGuess(degrees=0, confidence=0.0)


def detect_orientation(img: ImageArray) -> OrientationGuess:
    """Tesseract OSD's guess for the page orientation. Never raises for image content (a blank or
    tiny image gives confidence 0); raises OcrEngineError when Tesseract or osd.traineddata is
    missing, because then no image can be judged."""
    import tesserocr  # deferred: loading never needs Tesseract, only orientation does

    folder = tessdata_dir()
    if "osd" not in available_languages():
        raise OcrEngineError(
            f"Tesseract orientation data (osd.traineddata) is missing from {folder}; "
            "install it with 'sudo apt install tesseract-ocr-osd'"
        )
    gray = _prepared(img)
    if gray is None:
        return UNDECIDED
    try:
        with _OSD_LOCK, tesserocr.PyTessBaseAPI(
            path=str(folder), lang="osd", psm=tesserocr.PSM.OSD_ONLY
        ) as api:
            api.SetImage(Image.fromarray(gray))
            result = api.DetectOrientationScript()
    except RuntimeError as exc:
        raise OcrEngineError(f"Tesseract could not start orientation detection: {exc}") from exc
    if not result:
        return UNDECIDED
    confidence = float(result.get("orient_conf") or 0.0)
    clockwise = int(result.get("orient_deg") or 0) % 360
    if confidence <= 0.0 or clockwise not in (0, 90, 180, 270):
        return UNDECIDED
    return OrientationGuess(
        degrees=(360 - clockwise) % 360,
        confidence=confidence,
        script=str(result.get("script_name") or ""),
        script_confidence=float(result.get("script_conf") or 0.0),
    )


def _prepared(img: ImageArray) -> ImageArray | None:
    """Grey, at most _OSD_MAX_SIDE on the long side; None when too small or flat to hold text."""
    if img.size == 0:
        return None
    gray = to_gray(img)
    height, width = gray.shape[:2]
    if min(height, width) < 16 or int(gray.max()) - int(gray.min()) < 16:
        return None
    factor = _OSD_MAX_SIDE / max(height, width)
    if factor < 1.0:
        size = (round(width * factor), round(height * factor))
        gray = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    return np.ascontiguousarray(gray, dtype=np.uint8)
