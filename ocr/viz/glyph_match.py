"""Compare a printed line with candidate texts drawn in the document's kind of typeface. For a
closed vocabulary (男/女, a list of authorities) this decides what Tesseract cannot: Tesseract's
Chinese model will not return a character its language model finds unlikely even when it is the
only one allowed, but a drawing of each candidate either looks like the ink or it does not."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

HEIGHT = 32  # ink height both sides are compared at

# Bold sans faces first: documents print values in bold sans-serif type.
_FONTS: dict[str, tuple[tuple[str, int], ...]] = {
    "han": (
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ),
    "other": (
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    ),
}


@lru_cache(maxsize=8)
def _font(script: str, size: int) -> ImageFont.FreeTypeFont | None:
    for path, index in _FONTS["han" if script == "han" else "other"]:
        if Path(path).exists():
            return ImageFont.truetype(path, size, index=index)
    return None


def main_band(binary: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Only the tallest band of rows holding ink: the line itself, without bits of the label
    printed just above it or of the next line below."""
    rows = binary.any(axis=1).astype(np.int8)
    d = np.diff(np.concatenate([[0], rows, [0]]))
    starts, ends = np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]
    if len(starts) <= 1:
        return binary
    tallest = int((ends - starts).max())
    merged: list[list[int]] = []
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        if merged and a - merged[-1][1] <= max(1, 0.3 * tallest):  # 吕, 二: parts of one line
            merged[-1][1] = b
        else:
            merged.append([a, b])
    a, b = max(merged, key=lambda r: (r[1] - r[0], binary[r[0] : r[1]].sum()))
    out = np.zeros_like(binary)
    out[a:b] = binary[a:b]
    return out


def _ink_box(binary: NDArray[np.uint8]) -> NDArray[np.uint8] | None:
    ys, xs = np.nonzero(binary)
    if len(xs) == 0:
        return None
    return binary[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def normalised(binary: NDArray[np.uint8]) -> NDArray[np.float32] | None:
    """Ink cropped to its box, scaled to HEIGHT, blurred a little so that strokes a pixel apart
    still overlap."""
    box = _ink_box(binary)
    if box is None:
        return None
    h, w = box.shape
    width = max(1, round(w * HEIGHT / h))
    img = cv2.resize(box.astype(np.float32), (width, HEIGHT), interpolation=cv2.INTER_AREA)
    return np.asarray(cv2.GaussianBlur(img, (0, 0), 1.2), np.float32)


@lru_cache(maxsize=512)
def drawn(text: str, script: str) -> NDArray[np.float32] | None:
    font = _font(script, 64)
    if font is None:
        return None
    x0, y0, x1, y1 = font.getbbox(text)
    img = Image.new("L", (int(x1 - x0) + 8, int(y1 - y0) + 8), 0)
    ImageDraw.Draw(img).text((4 - x0, 4 - y0), text, font=font, fill=255)
    return normalised((np.asarray(img, np.uint8) > 127).astype(np.uint8))


def similarity(a: NDArray[np.float32], b: NDArray[np.float32], max_ratio: float = 1.35) -> float:
    """Correlation of two normalised drawings, 0 when their widths differ by more than `max_ratio`."""
    wa, wb = a.shape[1], b.shape[1]
    if max(wa, wb) > max_ratio * min(wa, wb):
        return 0.0
    b = np.asarray(cv2.resize(b, (wa, HEIGHT), interpolation=cv2.INTER_LINEAR), np.float32)
    a0, b0 = a - a.mean(), b - b.mean()
    den = float(np.sqrt((a0 * a0).sum() * (b0 * b0).sum()))
    return float((a0 * b0).sum() / den) if den > 0 else 0.0


def best_drawn(line: NDArray[np.uint8], candidates: Sequence[str], script: str) -> tuple[str, float, float] | None:
    """The candidate whose drawing looks most like the ink of `line` (grey, dark text), its
    similarity (-1..1) and the runner-up's; None when no font is installed or there is no ink."""
    _, binary = cv2.threshold(line, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(np.asarray(binary, np.uint8), connectivity=8)
    area = stats[1:, cv2.CC_STAT_AREA]
    keep = np.zeros(n, bool)
    keep[1:] = area >= 0.02 * max(1, int(area.sum()))
    seen = normalised(main_band(keep[labels].astype(np.uint8)))
    if seen is None:
        return None
    scored = []
    for c in dict.fromkeys(candidates):
        d = drawn(c, script)
        if d is not None:
            scored.append((similarity(seen, d), c))
    if not scored:
        return None
    scored.sort(reverse=True)
    runner = scored[1][0] if len(scored) > 1 else 0.0
    return scored[0][1], scored[0][0], runner
