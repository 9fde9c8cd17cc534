"""The MRZ glyph classifier at run time: a small convolutional network, exported to ONNX by
`ocr.mrz.training.train_glyphs` and evaluated with OpenCV's dnn module, which the reader already
depends on — so the product needs no deep-learning runtime of its own."""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from ocr.bundled import resource_path
from ocr.errors import OcrEngineError
from ocr.mrz.formats import ALPHABET

DEFAULT_MODEL = ("models", "mrz_glyphs.onnx")


class GlyphModel:
    """Probabilities over the 37 MRZ characters for each cell image."""

    def __init__(self, path: Path) -> None:
        meta_path = path.with_suffix(".json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise OcrEngineError(f"cannot read the MRZ glyph model description {meta_path}: {exc}") from exc
        if meta.get("alphabet") != ALPHABET:
            raise OcrEngineError(f"glyph model {path} was trained for another alphabet")
        self.path = path
        self.meta = meta
        self._local = threading.local()
        self._net()  # fail early, on the calling thread, if the file is missing or corrupt

    def _net(self) -> cv2.dnn.Net:
        """One network per thread: a dnn.Net must not run two forward passes at once."""
        net = getattr(self._local, "net", None)
        if net is None:
            try:
                net = cv2.dnn.readNetFromONNX(str(self.path))
            except cv2.error as exc:
                raise OcrEngineError(f"cannot load the MRZ glyph model {self.path}: {exc}") from exc
            self._local.net = net
        return net

    def predict(self, cells: np.ndarray) -> np.ndarray:
        """cells (n, 32, 24) float in [0, 1], ink high → (n, 37) probabilities."""
        if len(cells) == 0:
            return np.zeros((0, len(ALPHABET)), np.float32)
        net = self._net()
        net.setInput(np.ascontiguousarray(cells, dtype=np.float32)[:, None])
        logits = np.asarray(net.forward(), dtype=np.float64)
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out


@lru_cache(maxsize=2)
def load_model(path: Path | None = None) -> GlyphModel:
    return GlyphModel(path or resource_path(*DEFAULT_MODEL))
