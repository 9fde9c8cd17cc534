"""Procedurally drawn portraits: head, hair, eyes, brows, nose, mouth, neck and shoulders from a
seed, so every specimen has a plausible passport photo without any real face. The same person id
always gives the same face, so a person's passport and ID card match."""

from __future__ import annotations

import hashlib
import random
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray

Rgb = tuple[int, int, int]

SKIN: tuple[Rgb, ...] = ((238, 206, 178), (228, 190, 156), (214, 172, 136), (198, 154, 118), (182, 136, 104))
HAIR: tuple[Rgb, ...] = ((22, 18, 16), (34, 26, 22), (48, 36, 28), (62, 46, 34))
GREY_HAIR: tuple[Rgb, ...] = ((120, 116, 112), (150, 146, 140))
CLOTHES: tuple[Rgb, ...] = ((30, 36, 52), (40, 40, 44), (70, 84, 110), (96, 60, 60), (60, 80, 70), (200, 200, 205))
BACKDROP: tuple[Rgb, ...] = ((242, 242, 244), (232, 236, 242), (236, 236, 236), (226, 232, 238))


def _shade(c: Rgb, f: float) -> Rgb:
    return (int(min(255, c[0] * f)), int(min(255, c[1] * f)), int(min(255, c[2] * f)))


def _ell(
    img: NDArray[np.uint8],
    c: tuple[float, float],
    ax: tuple[float, float],
    col: Rgb,
    angle: float = 0,
    a0: float = 0,
    a1: float = 360,
    th: int = -1,
) -> None:
    cv2.ellipse(
        img,
        (round(c[0]), round(c[1])),
        (max(1, round(ax[0])), max(1, round(ax[1]))),
        angle,
        a0,
        a1,
        col,
        th,
        cv2.LINE_AA,
    )


def _draw(seed: int, sex: str, age: int, w: int, h: int) -> NDArray[np.uint8]:
    rng = random.Random(seed)
    img = np.empty((h, w, 3), np.uint8)
    img[:] = rng.choice(BACKDROP)
    skin = rng.choice(SKIN)
    hair = rng.choice(GREY_HAIR) if age > 58 and rng.random() < 0.6 else rng.choice(HAIR)
    cx = w * rng.uniform(0.48, 0.52)
    cy = h * rng.uniform(0.42, 0.45)
    hw = w * rng.uniform(0.28, 0.31)  # half width of the head
    hh = hw * rng.uniform(1.28, 1.4)
    long_hair = sex == "F" and rng.random() < 0.85

    # hair behind the head (long hair falls to the shoulders)
    if long_hair:
        pts = np.array(
            [
                [cx - hw * 1.25, cy - hh * 0.2],
                [cx + hw * 1.25, cy - hh * 0.2],
                [cx + hw * 1.35, cy + hh * 1.25],
                [cx - hw * 1.35, cy + hh * 1.25],
            ],
            np.int32,
        )
        cv2.fillPoly(img, [pts], _shade(hair, 0.9), cv2.LINE_AA)
        _ell(img, (cx, cy - hh * 0.15), (hw * 1.25, hh * 1.0), _shade(hair, 0.9))

    # shoulders and clothes
    cloth = rng.choice(CLOTHES)
    _ell(img, (cx, h * 1.1), (w * rng.uniform(0.56, 0.64), h * 0.26), cloth)
    # neck
    nw = hw * 0.48
    cv2.rectangle(
        img, (round(cx - nw), round(cy + hh * 0.5)), (round(cx + nw), round(h * 0.95)), _shade(skin, 0.86), -1
    )
    collar = (236, 236, 238) if cloth != (200, 200, 205) else (40, 40, 50)
    tri = np.array([[cx - nw * 1.5, h * 0.88], [cx, h * 1.0], [cx + nw * 1.5, h * 0.88], [cx, h * 0.93]], np.int32)
    cv2.fillPoly(img, [tri], collar, cv2.LINE_AA)
    _ell(img, (cx, cy + hh * 0.72), (nw, hh * 0.22), _shade(skin, 0.72))  # shadow under the chin

    # ears, head, jaw
    for side in (-1, 1):
        _ell(img, (cx + side * hw * 0.98, cy + hh * 0.05), (hw * 0.16, hh * 0.2), _shade(skin, 0.92))
    _ell(img, (cx, cy), (hw, hh), skin)
    jaw = np.array(
        [
            [cx - hw * 0.97, cy + hh * 0.15],
            [cx - hw * 0.55, cy + hh * 0.85],
            [cx, cy + hh * 1.02],
            [cx + hw * 0.55, cy + hh * 0.85],
            [cx + hw * 0.97, cy + hh * 0.15],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [jaw], skin, cv2.LINE_AA)

    # soft shading towards the cheeks, lighter forehead and nose bridge
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - cx) / hw) ** 2 + ((yy - cy) / hh) ** 2
    inside = (d < 1.05).astype(np.float32)
    light = 1.0 - 0.16 * np.clip(d, 0, 1) ** 2 + 0.05 * np.exp(-(((xx - cx) / (hw * 0.22)) ** 2))
    img = np.clip(img * (1 + (light[..., None] - 1) * inside[..., None]), 0, 255).astype(np.uint8)

    # hair on top: a cap above a hairline, with a side parting for some
    hair_cap = np.zeros((h, w), np.uint8)
    _ell(hair_cap, (cx, cy - hh * 0.12), (hw * 1.08, hh * 1.0), (255, 255, 255))
    part = rng.uniform(-0.5, 0.5) * hw
    hairline = cy - hh * rng.uniform(0.42, 0.58) + 0.25 * hh * (((xx - cx - part) / hw) ** 2)
    if age > 50 and sex == "M" and rng.random() < 0.4:
        hairline -= hh * 0.12  # receding
    cap = (hair_cap > 0) & (yy < hairline)
    side_len = cy + hh * 0.3 if long_hair else cy - hh * 0.12  # long hair or sideburns
    cap |= (hair_cap > 0) & (np.abs(xx - cx) > hw * 0.88) & (yy < side_len)
    hair_img = np.empty_like(img)
    hair_img[:] = hair
    grain = (np.sin(xx * 0.9 + yy * 0.25) * 6).astype(np.float32)[..., None]
    hair_img = np.clip(hair_img.astype(np.float32) + grain, 0, 255).astype(np.uint8)
    img[cap] = hair_img[cap]

    # eyebrows
    ey = cy - hh * rng.uniform(0.02, 0.08)
    ex = hw * rng.uniform(0.36, 0.42)
    brow = _shade(hair, 1.0) if hair not in GREY_HAIR else (90, 86, 82)
    bt = max(2, round(hh * (0.045 if sex == "M" else 0.03)))
    for side in (-1, 1):
        _ell(img, (cx + side * ex, ey - hh * 0.08), (hw * 0.24, hh * 0.07), brow, 0, 200, 340, bt)
    # eyes: white, iris, pupil, upper lid
    eye_w, eye_h = hw * rng.uniform(0.17, 0.2), hh * rng.uniform(0.045, 0.06)
    for side in (-1, 1):
        c = (cx + side * ex, ey + hh * 0.04)
        _ell(img, (c[0], c[1] + eye_h * 0.5), (eye_w * 1.15, eye_h * 1.9), _shade(skin, 0.88))  # socket shade
        _ell(img, c, (eye_w, eye_h), (236, 234, 230))
        _ell(img, c, (eye_h * 0.95, eye_h * 0.95), rng.choice(((60, 40, 30), (45, 32, 24), (80, 60, 40))))
        _ell(img, c, (eye_h * 0.45, eye_h * 0.45), (12, 10, 10))
        _ell(img, c, (eye_w, eye_h), (30, 22, 20), 0, 180, 360, max(2, round(eye_h * 0.35)))
        _ell(img, (c[0] + eye_h * 0.25, c[1] - eye_h * 0.25), (eye_h * 0.15, eye_h * 0.15), (250, 250, 250))
    # nose: bridge shadow, tip, nostrils
    ny = cy + hh * rng.uniform(0.3, 0.36)
    nose_w = hw * rng.uniform(0.17, 0.22)
    for side in (-1, 1):
        cv2.line(
            img,
            (round(cx + side * nose_w * 0.45), round(ey + hh * 0.08)),
            (round(cx + side * nose_w * 0.6), round(ny - hh * 0.05)),
            _shade(skin, 0.9),
            max(1, round(hw * 0.02)),
            cv2.LINE_AA,
        )
        _ell(img, (cx + side * nose_w * 0.55, ny), (nose_w * 0.28, hh * 0.03), _shade(skin, 0.55))
    _ell(
        img, (cx, ny - hh * 0.035), (nose_w * 0.55, hh * 0.05), _shade(skin, 0.86), 0, 0, 180, max(1, round(hw * 0.02))
    )
    # mouth
    my = cy + hh * rng.uniform(0.55, 0.6)
    mw = hw * rng.uniform(0.3, 0.38)
    lip = (int(skin[0] * 0.78), int(skin[1] * 0.55), int(skin[2] * 0.55))
    _ell(img, (cx, my + hh * 0.015), (mw * 0.9, hh * 0.04), lip)
    _ell(img, (cx, my - hh * 0.01), (mw, hh * 0.03), _shade(lip, 0.9))
    cv2.line(
        img,
        (round(cx - mw), round(my)),
        (round(cx + mw), round(my)),
        (90, 50, 50),
        max(1, round(hh * 0.012)),
        cv2.LINE_AA,
    )
    return np.asarray(cv2.GaussianBlur(img, (0, 0), max(0.6, w / 500)), dtype=np.uint8)


@lru_cache(maxsize=64)
def _cached(seed: int, sex: str, age: int, w: int, h: int) -> NDArray[np.uint8]:
    out = _draw(seed, sex, age, w, h)
    out.setflags(write=False)
    return out


def portrait(person_id: str, sex: str, age: int, w: int, h: int) -> NDArray[np.uint8]:
    """RGB portrait of `w` x `h` pixels for a person; deterministic in `person_id` (age only greys
    the hair, so the face stays the same across documents)."""
    seed = int.from_bytes(hashlib.sha256(person_id.encode()).digest()[:8], "big")
    return _cached(seed, sex, min(age // 10 * 10, 80), w, h).copy()
