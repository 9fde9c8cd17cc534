"""The MRZ glyph classifier at run time: a small convolutional network evaluated with numpy alone,
so the product needs no deep-learning runtime. Weights come from `ocr.mrz.training.train_glyphs`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ocr.bundled import resource_path
from ocr.errors import OcrEngineError
from ocr.mrz.formats import ALPHABET

DEFAULT_WEIGHTS = ("models", "mrz_glyphs.npz")


def _conv3x3_relu(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """x (n, h, w, c) channels-last, w (o, c, 3, 3) as torch stores it; 'same' padding."""
    n, h, wd, c = x.shape
    xp = np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))
    win = sliding_window_view(xp, (3, 3), axis=(1, 2))  # (n, h, w, c, 3, 3)
    cols = win.reshape(n * h * wd, c * 9)
    out = cols @ w.reshape(w.shape[0], -1).T + b
    y: np.ndarray = np.maximum(out, 0.0).reshape(n, h, wd, w.shape[0])
    return y


def _maxpool2(x: np.ndarray) -> np.ndarray:
    n, h, w, c = x.shape
    y: np.ndarray = x[:, : h // 2 * 2, : w // 2 * 2].reshape(n, h // 2, 2, w // 2, 2, c).max(axis=(2, 4))
    return y


class GlyphModel:
    """Probabilities over the 37 MRZ characters for each cell image."""

    def __init__(self, path: Path) -> None:
        try:
            with np.load(path, allow_pickle=False) as data:
                self._w = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            raise OcrEngineError(f"cannot load the MRZ glyph model {path}: {exc}") from exc
        alphabet = "".join(str(c) for c in self._w.pop("alphabet"))
        if alphabet != ALPHABET:
            raise OcrEngineError(f"glyph model {path} was trained for another alphabet")
        self.path = path

    def predict(self, cells: np.ndarray) -> np.ndarray:
        """cells (n, 32, 24) float in [0, 1], ink high → (n, 37) probabilities."""
        w = self._w
        x = cells.astype(np.float32)[..., None]
        x = _maxpool2(_conv3x3_relu(x, w["0_weight"], w["0_bias"]))
        x = _maxpool2(_conv3x3_relu(x, w["3_weight"], w["3_bias"]))
        x = _maxpool2(_conv3x3_relu(x, w["6_weight"], w["6_bias"]))
        x = x.transpose(0, 3, 1, 2).reshape(len(x), -1)  # torch flattens channels first
        x = np.maximum(x @ w["10_weight"].T + w["10_bias"], 0.0)
        logits = x @ w["13_weight"].T + w["13_bias"]
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out


@lru_cache(maxsize=2)
def load_model(path: Path | None = None) -> GlyphModel:
    return GlyphModel(path or resource_path(*DEFAULT_WEIGHTS))
