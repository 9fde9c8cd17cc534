"""Guilloche-like security backgrounds: pastel rosettes and interlaced sine bands drawn from
parametric curves. Every copy of a document type shares one design (as real ones do), so each
design is drawn once per process and copied."""

from __future__ import annotations

import math
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray

Rgb = tuple[int, int, int]


def _polyline(img: NDArray[np.uint8], xs: NDArray[np.float64], ys: NDArray[np.float64], color: Rgb) -> None:
    pts = np.stack([xs, ys], axis=1).round().astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(img, [pts], False, color, 1, cv2.LINE_AA)


def _rosette(img: NDArray[np.uint8], cx: float, cy: float, radius: float, color: Rgb, petals: int) -> None:
    """Interlaced wavy rings r(t) = R + a·sin(n·t + φ) with the phase turning ring by ring, the way
    a geometric lathe draws a banknote rosette."""
    t = np.linspace(0, 2 * math.pi, 1800)
    rings = 24
    for k in range(rings):
        r = radius * (0.55 + 0.45 * np.sin(petals * t + 2 * math.pi * k / rings) * 0.35 + 0.012 * k)
        xs = cx + r * np.cos(t)
        ys = cy + r * np.sin(t)
        _polyline(img, xs, ys, color)
    for k in range(10):
        r = radius * (0.18 + 0.1 * np.cos((petals // 2) * t + math.pi * k / 10) * 0.6)
        _polyline(img, cx + r * np.cos(t), cy + r * np.sin(t), color)


def _bands(img: NDArray[np.uint8], color: Rgb, spacing: float, amp: float, waves: float, tilt: float) -> None:
    """Families of phase-shifted sine waves crossing the page: the fine interlaced line work."""
    h, w = img.shape[:2]
    xs = np.linspace(-20, w + 20, max(400, w // 2))
    for i in range(int(h / spacing) + 8):
        y0 = (i - 4) * spacing
        phase = i * 0.55
        ys = y0 + amp * np.sin(xs * waves * 2 * math.pi / w + phase) + tilt * xs
        _polyline(img, xs, ys, color)


@lru_cache(maxsize=16)
def _design(w: int, h: int, base: Rgb, line_a: Rgb, line_b: Rgb, rosette: Rgb, seed: int) -> NDArray[np.uint8]:
    rng = np.random.default_rng(seed)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = base
    # soft diagonal tint so the page is not flat
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    tint = (np.sin(xx / w * 3.1 + yy / h * 1.7) * 6).astype(np.float32)
    img = np.clip(img.astype(np.float32) + tint[..., None], 0, 255).astype(np.uint8)
    _bands(img, line_a, spacing=h / 70, amp=h / 30, waves=2.5, tilt=0.02)
    _bands(img, line_b, spacing=h / 55, amp=h / 22, waves=1.5, tilt=-0.02)
    for _ in range(3):
        cx, cy = rng.uniform(0.15, 0.95) * w, rng.uniform(0.15, 0.85) * h
        _rosette(img, cx, cy, float(rng.uniform(0.16, 0.3) * h), rosette, int(rng.integers(9, 17)))
    out = np.asarray(cv2.GaussianBlur(img, (0, 0), 0.6), dtype=np.uint8)
    out.setflags(write=False)
    return out


PALETTES: dict[str, tuple[Rgb, Rgb, Rgb, Rgb]] = {
    # base, line family A, line family B, rosette
    "prc_passport": ((246, 236, 240), (224, 196, 214), (200, 214, 232), (214, 186, 214)),
    "kaz_passport": ((236, 244, 246), (186, 216, 228), (226, 222, 186), (178, 210, 222)),
    "kaz_id_card": ((238, 244, 250), (190, 212, 236), (232, 226, 190), (196, 206, 236)),
}


def guilloche(kind: str, w: int, h: int) -> NDArray[np.uint8]:
    """A writable RGB copy of the security background of document type `kind` at w x h pixels."""
    base, a, b, r = PALETTES[kind]
    return _design(w, h, base, a, b, r, seed=sum(map(ord, kind))).copy()


def clear_band(img: NDArray[np.uint8], y0: int, y1: int, strength: float = 0.85, fade: int = 20) -> None:
    """Whiten rows y0..y1 in place (fading in over `fade` rows), as the clear zone round a printed
    MRZ is."""
    ramp = np.clip((np.arange(y0 - fade, y1, dtype=np.float32) - (y0 - fade)) / max(1, fade), 0, 1) * strength
    start = max(0, y0 - fade)
    ramp = ramp[start - (y0 - fade) :, None, None]
    band = img[start:y1].astype(np.float32)
    img[start:y1] = (band * (1 - ramp) + 252 * ramp).astype(np.uint8)
