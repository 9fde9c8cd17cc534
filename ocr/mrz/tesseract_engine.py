"""Tesseract as a second MRZ engine, on the same located cells as the glyph network.

Each line is cut out straight and OCRed as one line with the MRZ alphabet whitelisted; every symbol
Tesseract returns is assigned to the cell its box centre falls in, with its alternatives as
probabilities. Cells no symbol landed in (the '<' runs the LSTM merges) get no opinion. The result has
the glyph network's shape, so the same proven-correction decoder applies and the two engines are
compared on equal terms in the benchmark."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import cv2
import numpy as np
from PIL import Image

from ocr.errors import OcrEngineError
from ocr.mrz.formats import ALPHABET
from ocr.tesseract_probe import tessdata_dir

ENGINE = "tesseract"
LINE_CHAR_HEIGHT = 32  # Tesseract's LSTM models do best with capitals around 30 px

_local = threading.local()


@contextmanager
def _api() -> Iterator[Any]:
    """One Tesseract instance per thread: loading the model costs more than reading a line."""
    import tesserocr

    api = getattr(_local, "api", None)
    if api is None:
        try:
            api = tesserocr.PyTessBaseAPI(
                path=str(tessdata_dir()), lang="eng", psm=tesserocr.PSM.SINGLE_LINE, oem=tesserocr.OEM.LSTM_ONLY
            )
        except RuntimeError as exc:
            raise OcrEngineError(f"Tesseract could not start: {exc}") from exc
        api.SetVariable("tessedit_char_whitelist", ALPHABET)
        api.SetVariable("lstm_choice_mode", "2")
        _local.api = api
    yield api


def line_strip(
    gray: np.ndarray, centres: np.ndarray, char_height: float, angle_deg: float
) -> tuple[np.ndarray, np.ndarray]:
    """A straightened image of one line and the x of every cell centre in it."""
    scale = LINE_CHAR_HEIGHT / char_height
    x0, y0 = centres[0]
    theta = np.radians(angle_deg)
    c, s = np.cos(theta) * scale, np.sin(theta) * scale
    pitch = float(np.hypot(*(centres[-1] - centres[0]))) / max(len(centres) - 1, 1) * scale
    margin = 2 * pitch
    width = int(pitch * (len(centres) - 1) + 2 * margin)
    height = int(LINE_CHAR_HEIGHT * 2.2)
    m = np.array([[c, s, margin - (c * x0 + s * y0)], [-s, c, height / 2 - (-s * x0 + c * y0)]])
    strip = cv2.warpAffine(gray, m, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    xs = margin + pitch * np.arange(len(centres))
    return strip, xs


def line_probs(strip: np.ndarray, cell_x: np.ndarray) -> np.ndarray:
    """(n, 37) probabilities from Tesseract's symbols and their alternatives."""
    import tesserocr

    n = len(cell_x)
    pitch = float(cell_x[1] - cell_x[0]) if n > 1 else 1.0
    probs = np.full((n, len(ALPHABET)), 1.0 / len(ALPHABET))
    with _api() as api:
        api.SetImage(Image.fromarray(strip))
        api.Recognize()
        it = api.GetIterator()
        level = tesserocr.RIL.SYMBOL
        for sym in tesserocr.iterate_level(it, level):
            box = sym.BoundingBox(level)
            if box is None:
                continue
            cx = (box[0] + box[2]) / 2
            k = round(float(cx - cell_x[0]) / pitch)
            if not 0 <= k < n:
                continue
            dist = np.full(len(ALPHABET), 1e-4)
            for choice in sym.GetChoiceIterator():
                ch = choice.GetUTF8Text()
                if ch in ALPHABET:
                    dist[ALPHABET.index(ch)] = max(dist[ALPHABET.index(ch)], choice.Confidence() / 100.0)
            top = sym.GetUTF8Text(level)
            if top in ALPHABET and dist.max() <= 1e-4:
                dist[ALPHABET.index(top)] = max(sym.Confidence(level) / 100.0, 0.5)
            probs[k] = dist / dist.sum()
    return probs
