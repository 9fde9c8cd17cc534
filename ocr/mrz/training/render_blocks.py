"""Synthetic MRZ blocks for training the glyph model, cut into cells by the reader's own code path."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.mrz.cells import block_char_height, cell_centres, cut_cells
from ocr.mrz.formats import ALPHABET
from ocr.mrz.locator import find_blocks
from ocr.mrz.working import working_image

# (path, weight): OCR-B first; the others cover documents printed with look-alike monospaced faces.
FONTS: tuple[tuple[str, float], ...] = (
    ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0.55),
    ("/usr/share/fonts/opentype/ocr-b/OCRBS.otf", 0.12),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0.08),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 0.07),
    ("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf", 0.06),
    ("/usr/share/fonts/truetype/noto/NotoSansMono-Bold.ttf", 0.06),
    ("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf", 0.06),
)

SHAPES = ((3, 30), (2, 36), (2, 44))


@dataclass(frozen=True)
class Sample:
    cells: np.ndarray  # (k, CELL_H, CELL_W) float32
    labels: np.ndarray  # (k,) int64 indices into ALPHABET


def _available_fonts() -> list[tuple[str, float]]:
    return [(p, w) for p, w in FONTS if Path(p).exists()]


def _random_line(rng: random.Random, length: int) -> str:
    """Text with the mix of runs a real MRZ has: names, digit groups, and filler runs."""
    out: list[str] = []
    while len(out) < length:
        r = rng.random()
        if r < 0.30:
            out += ["<"] * rng.randint(1, 12)
        elif r < 0.60:
            out += rng.choices("0123456789", k=rng.randint(1, 8))
        else:
            out += rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k=rng.randint(1, 9))
    return "".join(out[:length])


def _background(rng: random.Random, w: int, h: int) -> np.ndarray:
    base = rng.randint(185, 250)
    img = np.full((h, w), base, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.randint(0, 6)):  # guilloche-like curves
        amp, per, ph = rng.uniform(5, 60), rng.uniform(40, 400), rng.uniform(0, 6.28)
        y0 = rng.uniform(0, h)
        d = np.abs(yy - (y0 + amp * np.sin(xx / per + ph)))
        img -= rng.uniform(10, 50) * np.exp(-(d**2) / rng.uniform(2, 20))
    gx, gy = rng.uniform(-40, 40), rng.uniform(-40, 40)
    img += gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    return img


def render_block(rng: random.Random) -> tuple[np.ndarray, list[str]]:
    n_lines, length = rng.choice(SHAPES)
    lines = [_random_line(rng, length) for _ in range(n_lines)]
    fonts = _available_fonts()
    path = rng.choices([p for p, _ in fonts], weights=[w for _, w in fonts])[0]
    size = rng.randint(26, 44)
    font = ImageFont.truetype(path, size)
    advance = font.getlength("M") * rng.uniform(1.0, 1.4)
    asc, desc = font.getmetrics()
    line_gap = size * rng.uniform(1.45, 2.2)
    margin_x, margin_y = int(rng.uniform(1, 5) * size), int(rng.uniform(1.5, 5) * size)
    w = int(2 * margin_x + advance * length)
    h = int(2 * margin_y + line_gap * (n_lines - 1) + asc + desc)
    bg = _background(rng, w, h)
    canvas = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(canvas)
    stroke = 1 if rng.random() < 0.15 else 0
    for li, text in enumerate(lines):
        y = margin_y + li * line_gap
        for ci, ch in enumerate(text):
            cw = font.getlength(ch)
            x = margin_x + ci * advance + (advance - cw) / 2
            draw.text((x, y), ch, font=font, fill=0, stroke_width=stroke, stroke_fill=0)
    if rng.random() < 0.25:  # a stamp or printed pattern over part of the zone, lighter than the ink
        sf = ImageFont.truetype(path, int(size * rng.uniform(1.5, 3)))
        xy = (rng.uniform(0, w * 0.6), rng.uniform(0, h * 0.6))
        draw.text(xy, rng.choice(("SPECIMEN", "MUSTER", "VOID", "SAMPLE")), font=sf, fill=rng.randint(165, 225))
    ink = np.asarray(canvas, np.float32) / 255.0
    ink_level = rng.uniform(0, 70)
    img = bg * ink + ink_level * (1 - ink)
    img = np.clip(img, 0, 255).astype(np.uint8)
    return img, lines


def degrade(rng: random.Random, img: np.ndarray) -> np.ndarray:
    h, w = img.shape
    angle = rng.uniform(-4, 4)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
    if rng.random() < 0.3:
        d = 0.03 * min(w, h)
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
        dst = src + np.array([[rng.uniform(-d, d), rng.uniform(-d, d)] for _ in range(4)], dtype=np.float32)
        img = cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (w, h), borderMode=cv2.BORDER_REPLICATE)
    # final character height between ~7 and ~45 px
    target = rng.uniform(0.22, 1.1)
    img = cv2.resize(img, None, fx=target, fy=target, interpolation=cv2.INTER_AREA)
    sigma = rng.uniform(0, 1.3) * (0.5 + target)
    if sigma > 0.3:
        img = cv2.GaussianBlur(img, (0, 0), sigma)
    noise = rng.uniform(0, 12)
    if noise > 1:
        img = np.clip(img + np.random.default_rng(rng.randint(0, 2**31)).normal(0, noise, img.shape), 0, 255).astype(
            np.uint8
        )
    if rng.random() < 0.7:
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, "JPEG", quality=rng.randint(30, 95))
        img = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    return img


def sample(rng: random.Random) -> Sample | None:
    """One rendered, degraded block cut into labelled cells; None when the locator missed it."""
    img, lines = render_block(rng)
    img = degrade(rng, img)
    work, _ = working_image(img)
    for block in find_blocks(work)[:3]:
        if len(block.lines) != len(lines):
            continue
        n = len(lines[0])
        h = block_char_height(block.lines)
        cells, labels = [], []
        for fit, text in zip(block.lines, lines, strict=True):
            cells.append(cut_cells(work, cell_centres(fit, n)[0], h, fit.angle))
            labels.append([ALPHABET.index(c) for c in text])
        return Sample(np.concatenate(cells), np.array(labels, np.int64).ravel())
    return None
