"""What both renunciation certificates share: security paper, a printed frame, an official seal, and
the QR code or barcode newer editions carry. Each is drawn the way the real print process leaves it
(the seal in translucent ink over the text), so readers meet the same clutter as on a real form."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from ocr.specimens.canvas import Box, Ink, Page

Rgb = tuple[int, int, int]
A5_LANDSCAPE_MM = (210.0, 148.0)
A5_PORTRAIT_MM = (148.0, 210.0)


@dataclass(frozen=True)
class PaperStyle:
    """Security paper: base colour and the two pastel line families printed on it."""

    base: Rgb
    lines: Rgb
    waves: Rgb
    seed: int


@lru_cache(maxsize=8)
def _paper(w: int, h: int, style: PaperStyle) -> NDArray[np.uint8]:
    img = np.empty((h, w, 3), np.uint8)
    img[:] = style.base
    xs = np.linspace(0, w, max(200, w // 3))
    rng = np.random.default_rng(style.seed)
    spacing = h / 46
    for i in range(int(h / spacing) + 6):
        ys = (i - 3) * spacing + h / 60 * np.sin(xs / w * 2 * math.pi * 1.5 + i * 0.4)
        pts = np.stack([xs, ys], axis=1).round().astype(np.int32).reshape(-1, 1, 2)
        cv2.polylines(img, [pts], False, style.lines, 1, cv2.LINE_AA)
    cx, cy = w * rng.uniform(0.55, 0.7), h * rng.uniform(0.45, 0.6)
    t = np.linspace(0, 2 * math.pi, 1500)
    for k in range(18):
        r = h * 0.22 * (0.6 + 0.3 * np.sin(12 * t + k * 0.35) * 0.4 + 0.015 * k)
        pts = np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], axis=1).round().astype(np.int32).reshape(-1, 1, 2)
        cv2.polylines(img, [pts], True, style.waves, 1, cv2.LINE_AA)
    out = np.asarray(cv2.GaussianBlur(img, (0, 0), 0.6), dtype=np.uint8)
    out.setflags(write=False)
    return out


def paper(size_mm: tuple[float, float], dpi: int, style: PaperStyle) -> NDArray[np.uint8]:
    """A writable copy of the security paper at `dpi`."""
    w, h = round(size_mm[0] * dpi / 25.4), round(size_mm[1] * dpi / 25.4)
    return _paper(w, h, style).copy()


def draw_frame(page: Page, inset_mm: float, colour: Ink, width_mm: float = 1.2, inner_gap_mm: float = 1.6) -> Box:
    """The printed border: a heavy outer rule and a thin inner one. Returns the outer rule's box
    (centre of its stroke), which is what a reader locates."""
    w, h = page.size_px
    x0, y0 = page.px(inset_mm), page.px(inset_mm)
    x1, y1 = w - 1 - x0, h - 1 - y0
    page.draw.rectangle((x0, y0, x1, y1), outline=colour, width=max(1, page.px(width_mm)))
    g = page.px(inset_mm + width_mm + inner_gap_mm)
    page.draw.rectangle((g, g, w - 1 - g, h - 1 - g), outline=colour, width=max(1, page.px(0.3)))
    half = page.px(width_mm) // 2
    return [x0 + half, y0 + half, x1 - half, y1 - half]


def draw_seal(page: Page, cx_mm: float, cy_mm: float, radius_mm: float, colour: Rgb, alpha: float = 0.55) -> None:
    """A round official seal (two rings and a star) in translucent ink, multiplied over what is
    printed beneath it as stamp ink is."""
    rgb = np.asarray(page.image, dtype=np.uint8)
    r = page.px(radius_mm)
    cx, cy = page.px(cx_mm), page.px(cy_mm)
    ink = np.zeros(rgb.shape[:2], np.uint8)
    cv2.circle(ink, (cx, cy), r, 255, max(2, page.px(0.9)), cv2.LINE_AA)
    cv2.circle(ink, (cx, cy), round(r * 0.86), 255, max(1, page.px(0.3)), cv2.LINE_AA)
    star = []
    for k in range(10):
        rr = r * (0.32 if k % 2 == 0 else 0.13)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    cv2.fillPoly(ink, [np.round(np.array(star)).astype(np.int32)], 255, cv2.LINE_AA)
    for k in range(28):  # the ring of lettering, suggested by short strokes
        a = math.pi * (0.15 + 0.7 * k / 27) + math.pi
        p0 = (cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a))
        p1 = (cx + r * 0.58 * math.cos(a), cy + r * 0.58 * math.sin(a))
        cv2.line(ink, (round(p0[0]), round(p0[1])), (round(p1[0]), round(p1[1])), 255, max(1, page.px(0.35)))
    cover = (ink.astype(np.float32) / 255.0 * alpha)[..., None]
    tint = np.asarray(colour, np.float32) / 255.0
    out = rgb.astype(np.float32) * (1 - cover + cover * tint)
    page.image.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB"))


def draw_matrix(page: Page, modules: NDArray[np.bool_], x_mm: float, y_mm: float, size_mm: float) -> Box:
    """A 2-D code (True = dark module) fitted into a square of `size_mm`, with its quiet zone left
    as the paper it is printed on. Returns the symbol's box without the quiet zone."""
    n = modules.shape[0]
    px = page.px(size_mm)
    cell = px / n
    x0, y0 = page.px(x_mm), page.px(y_mm)
    q = round(2 * cell)  # the part of the quiet zone drawn white over the paper
    page.draw.rectangle((x0 - q, y0 - q, x0 + px + q, y0 + px + q), fill=(255, 255, 255))
    for r, c in zip(*np.nonzero(modules), strict=True):
        page.draw.rectangle(
            (
                x0 + round(c * cell),
                y0 + round(r * cell),
                x0 + round((c + 1) * cell) - 1,
                y0 + round((r + 1) * cell) - 1,
            ),
            fill=(15, 15, 20),
        )
    return [x0, y0, x0 + px, y0 + px]


def draw_bars(page: Page, bars: NDArray[np.bool_], x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> Box:
    """A linear barcode (True = bar, one entry per module) stretched to `w_mm` x `h_mm`."""
    n = len(bars)
    x0, y0 = page.px(x_mm), page.px(y_mm)
    width = page.px(w_mm)
    quiet = round(10 * width / n)
    page.draw.rectangle((x0 - quiet, y0 - 4, x0 + width + quiet, y0 + page.px(h_mm) + 4), fill=(255, 255, 255))
    y1 = y0 + page.px(h_mm)
    for i in np.nonzero(bars)[0]:
        page.draw.rectangle((x0 + round(i * width / n), y0, x0 + round((i + 1) * width / n) - 1, y1), fill=(15, 15, 20))
    return [x0, y0, x0 + width, y1]


def qr_modules(text: str) -> NDArray[np.bool_]:
    """The QR symbol of `text` (error correction M) as a module matrix, from segno."""
    import segno  # the factory alone makes codes; the product only reads them

    qr = segno.make(text, error="m", micro=False)
    return np.array([[bool(v) for v in row] for row in qr.matrix], dtype=bool)


def code128_modules(text: str) -> NDArray[np.bool_]:
    """Code 128 bars of `text`, one entry per module, from zxing-cpp's writer."""
    import zxingcpp

    img = np.asarray(
        zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128).to_image(scale=1, add_quiet_zones=False)
    )
    row = img[img.shape[0] // 2] if img.ndim == 2 else img[img.shape[0] // 2, :, 0]
    return np.asarray(row < 128, dtype=bool)
