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


def _walk_indices(xs: np.ndarray, pitch: float) -> np.ndarray:
    """Cell index of each component, walking left to right with a pitch that adapts as it goes: in a
    phone photo the pitch shrinks or grows along the line, and a fixed pitch would drift off by the
    end. Parts of a broken glyph fall in the same cell; a gap under a stamp spans several."""
    idx = np.zeros(len(xs))
    p = pitch
    for k in range(1, len(xs)):
        dx = float(xs[k] - xs[k - 1])
        steps = int(np.floor(dx / p + 0.5))
        if steps >= 1:
            local = dx / steps
            if 0.75 * p < local < 1.33 * p:
                p = 0.8 * p + 0.2 * local
        idx[k] = idx[k - 1] + max(steps, 0)
    return idx


def _glyph_positions(xs: np.ndarray, widths: np.ndarray, pitch: float) -> np.ndarray:
    """Component centres turned into glyph centres: a blob two or three pitches wide is that many
    touching glyphs, and pieces of one broken glyph (closer than half a pitch) are one glyph."""
    out: list[float] = []
    for x, w in zip(xs, widths, strict=True):
        k = max(1, int(np.floor(w / pitch + 0.35))) if w > 1.4 * pitch else 1
        out.extend(float(x) + (j - (k - 1) / 2) * pitch for j in range(k))
    merged: list[float] = []
    for x in sorted(out):
        if merged and x - merged[-1] < 0.5 * pitch:
            merged[-1] = (merged[-1] + x) / 2
        else:
            merged.append(x)
    return np.array(merged)


def cell_centres(line: LineFit, n: int) -> tuple[np.ndarray, int]:
    """(n, 2) centres. The line's first character anchors cell 0; every glyph found is given its cell
    index by the walk, and a quadratic (perspective) or linear fit of position against index places
    all n cells — including those under a stamp or past the last glyph found.

    Also returns the misfit: by how many cells the glyphs overrun or fall short of either end. A line
    is always full (fillers run to its end), so a 44-character line cut as 36 cells leaves 8 glyphs
    over, and a 36-character line cut as 44 leaves 8 cells empty — the reading of a wrong length must
    not win on confidence alone."""
    x0, x1 = line.x_first, line.x_last
    pitch = (x1 - x0) / max(n - 1, 1)
    xs_all = line.centers[:, 0].astype(np.float64)
    keep = (xs_all > x0 - 0.5 * pitch) & (xs_all < x1 + 0.5 * pitch)
    coef: np.ndarray = np.array([pitch, x0])
    misfit = 0
    xs = _glyph_positions(xs_all[keep], line.widths[keep], pitch) if pitch > 0 else xs_all[keep]
    if len(xs) >= 4 and pitch > 0:
        idx = _walk_indices(xs, pitch) + np.floor((xs[0] - x0) / pitch + 0.5)
        misfit = int(abs(idx.max() - (n - 1)) + abs(idx.min()))
        ok = (idx >= 0) & (idx <= n - 1)
        if ok.sum() >= max(4, n // 3) and len(np.unique(idx[ok])) >= 3:
            spread = float(idx[ok].max() - idx[ok].min())
            deg = 2 if spread >= 0.6 * (n - 1) and ok.sum() >= 10 else 1
            coef = np.polyfit(idx[ok], xs[ok], deg)
            if deg == 2:  # refit without outliers (a speck, a broken glyph's far part)
                resid = np.abs(np.polyval(coef, idx[ok]) - xs[ok])
                good = resid < 0.3 * pitch
                if good.sum() >= 10:
                    coef = np.polyfit(idx[ok][good], xs[ok][good], 2)
    xs_cells = np.polyval(coef, np.arange(n, dtype=np.float64))
    ys = line.slope * xs_cells + line.intercept
    return np.stack([xs_cells, ys], axis=1), misfit


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
