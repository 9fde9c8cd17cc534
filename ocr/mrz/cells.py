"""Cut a located MRZ into one small image per character cell.

MRZ type is monospaced and every line is full (fillers run to the end), so once a line's first and
last character centres and its character count are known, every cell's centre follows — even where
glyphs touch, break, or are hidden under a stamp. This is why the reader never has to guess how many
'<' a run holds, the failure that makes general OCR engines drop or add fillers."""

from __future__ import annotations

import cv2
import numpy as np

from ocr.mrz.locator import LineFit

CELL_H = 32
CELL_W = 24
# The cell window in units of the character height: wide enough for the widest glyph (M, W).
WINDOW_H = 1.6
WINDOW_W = 1.2


def block_char_height(lines: tuple[LineFit, ...] | list[LineFit]) -> float:
    """Cap height of the block: each line's is an upper percentile of its glyph heights, since '<' is
    shorter than letters; the median over lines resists one line under a stamp."""
    return float(np.median([f.char_height for f in lines]))


def cell_centres(line: LineFit, n: int) -> np.ndarray:
    """(n, 2) centres: a least-squares fit of component centres to their cell index, which absorbs
    the pitch error of a first or last glyph whose ink is off-centre ('1', '<')."""
    pts = line.centers
    x0, x1 = line.x_first, line.x_last
    pitch = (x1 - x0) / (n - 1)
    idx = np.rint((pts[:, 0] - x0) / pitch)
    ok = (idx >= 0) & (idx <= n - 1) & (np.abs(pts[:, 0] - (x0 + idx * pitch)) < 0.35 * pitch)
    if ok.sum() >= max(4, n // 3) and len(np.unique(idx[ok])) >= 3:
        b, a = np.polyfit(idx[ok], pts[ok, 0].astype(np.float64), 1)
    else:
        a, b = x0, pitch
    xs = a + b * np.arange(n)
    ys = line.slope * xs + line.intercept
    return np.stack([xs, ys], axis=1)


def cut_cells(gray: np.ndarray, centres: np.ndarray, char_height: float, angle_deg: float) -> np.ndarray:
    """(n, CELL_H, CELL_W) float32 cells, ink high, normalised over the whole line so that a '<'
    keeps its faintness relative to the letters around it."""
    scale = CELL_H / (WINDOW_H * char_height)
    theta = np.radians(angle_deg)
    c, s = np.cos(theta) * scale, np.sin(theta) * scale
    out = np.empty((len(centres), CELL_H, CELL_W), np.uint8)
    for i, (x, y) in enumerate(centres):
        # rotate by -angle about (x, y), scale, and put (x, y) at the cell centre
        m = np.array([[c, s, CELL_W / 2 - (c * x + s * y)], [-s, c, CELL_H / 2 - (-s * x + c * y)]])
        out[i] = cv2.warpAffine(
            gray,
            m,
            (CELL_W, CELL_H),
            flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )
    f = out.astype(np.float32)
    lo, hi = np.percentile(f, 2), np.percentile(f, 98)
    if hi - lo < 1:
        hi = lo + 1
    cells: np.ndarray = np.clip((hi - f) / (hi - lo), 0.0, 1.0).astype(np.float32)
    return cells
