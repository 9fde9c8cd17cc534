"""Procedurally drawn portraits, so every specimen has a plausible passport photo without any real
face. A face recogniser must tell the drawn people apart, as it would real ones: a person's
identity (seeded from the person id) fixes the face's geometry and colouring — head outline, jaw
and chin, eye spacing, size and tilt, brows, nose, mouth, ears, hairline and hair style, skin tone
and marks, glasses and beard — and relief (brow ridge, cheekbones, nose) that is lit like a
photograph. A `variant` is another photo of the same person: other light, exposure, backdrop,
clothes and a slight turn of the head, the face itself unchanged. The same person and variant
always give the same image, so a person's documents print the same photo.
`python -m ocr.specimens.face_identity_check` measures how well SFace separates the drawn people."""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray

Rgb = tuple[int, int, int]
F32 = NDArray[np.float32]

# skin from light to dark, interpolated: any tone between neighbours can occur
SKIN: tuple[Rgb, ...] = ((246, 218, 194), (236, 200, 168), (222, 180, 144), (204, 158, 120), (178, 130, 96),
                         (146, 100, 72))  # fmt: skip
HAIR: tuple[Rgb, ...] = ((16, 13, 12), (30, 23, 20), (46, 34, 26), (66, 48, 34), (92, 64, 42), (120, 86, 56))
GREY_HAIR: tuple[Rgb, ...] = ((120, 116, 112), (150, 146, 140), (176, 172, 168))
EYES: tuple[Rgb, ...] = ((40, 28, 20), (60, 40, 28), (84, 60, 38), (96, 84, 60), (70, 90, 100))
CLOTHES: tuple[Rgb, ...] = ((30, 36, 52), (40, 40, 44), (70, 84, 110), (96, 60, 60), (60, 80, 70), (200, 200, 205),
                            (120, 110, 96), (20, 20, 24))  # fmt: skip
BACKDROP: tuple[Rgb, ...] = ((242, 242, 244), (232, 236, 242), (236, 236, 236), (226, 232, 238), (246, 244, 240))
# Ranges and strengths measured with tests/bench/face_identity_bench.py; see that file for figures.
EYE_W = (0.13, 0.24)  # half eye width, face units (smaller eyes did not separate people better)
AMBIENT = (0.42, 0.55)
WARP = 0.12  # largest displacement of a coarse warp control point, face units
FINE = 0.04  # … of a fine one over the inner face; stronger warps separate more but look grotesque
SYMMETRIC = True  # mirror-symmetric warps: plausible faces, and SFace separated them better
BLOTCH = 0.05  # skin tone variation
HAIR_STYLES_M = ("short", "short", "parted", "crop", "swept", "curly")
HAIR_STYLES_F = ("long", "long", "bob", "tied", "fringe", "short")


def _lerp_colour(table: tuple[Rgb, ...], t: float) -> tuple[float, float, float]:
    x = t * (len(table) - 1)
    i = min(int(x), len(table) - 2)
    f = x - i
    a, b = table[i], table[i + 1]
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f)


@dataclass(frozen=True)
class Identity:
    """What makes the face this person's, in units of the half head width (x right, y down, origin
    at the cheekbones' centre). Drawn once per person; never depends on the photo."""

    skin: tuple[float, float, float]
    hair: Rgb
    eye_colour: Rgb
    style: str
    crown: float  # top of the skull above the origin
    temple: float  # half width at the temples
    jaw: float  # half width at the jaw angle
    chin_w: float
    chin_y: float
    eye_y: float
    eye_x: float  # half the distance between the eye centres
    eye_w: float
    eye_h: float
    eye_tilt: float  # degrees, outer corner up
    lid_crease: float  # 0: none (monolid) … 1: deep crease
    iris: float
    lid: float  # line of the upper lid and lashes
    bags: float
    brow_gap: float
    brow_th: float
    brow_arch: float
    brow_slant: float
    brow_len: float
    nose_y: float
    nose_w: float
    nostril: float
    nose_ridge: float  # relief of the nose ridge and tip
    mouth_y: float
    mouth_w: float
    lip_up: float
    lip_low: float
    smile: float
    ear_size: float
    ear_y: float
    brow_ridge: float
    cheekbones: float
    sockets: float
    hairline: float  # forehead height above the eyes
    part: float
    volume: float
    fringe: float
    beard: float
    moustache: float
    glasses: int  # 0 none, 1 round, 2 rectangular
    moles: tuple[tuple[float, float, float], ...]
    freckles: int
    blotch: tuple[tuple[float, ...], ...]  # a small grid of skin tone variation
    lip_tint: float
    warp: tuple[tuple[tuple[float, float], ...], ...]  # displacement grid over WARP_SPAN, face units
    fine_warp: tuple[tuple[tuple[float, float], ...], ...]  # … over FINE_SPAN (the inner face)


def _identity(seed: int, sex: str) -> Identity:
    r = random.Random(seed)
    u = r.uniform
    male = sex == "M"
    eye_y = u(-0.12, 0.06)
    nose_y = eye_y + u(0.36, 0.62)
    mouth_y = nose_y + u(0.2, 0.36)
    chin_y = mouth_y + u(0.3, 0.52)
    moles = tuple((u(-0.75, 0.75), u(-0.6, chin_y - 0.2), u(0.012, 0.03)) for _ in range(r.choice((0, 0, 1, 1, 2, 3))))
    return Identity(
        skin=_lerp_colour(SKIN, r.random()),
        hair=r.choice(HAIR),
        eye_colour=r.choice(EYES),
        style=r.choice(HAIR_STYLES_M if male else HAIR_STYLES_F),
        crown=u(1.15, 1.5),
        temple=u(0.84, 1.0),
        jaw=u(0.66, 0.95) + (0.04 if male else -0.03),
        chin_w=u(0.14, 0.36),
        chin_y=chin_y,
        eye_y=eye_y,
        eye_x=u(0.32, 0.48),
        eye_w=u(*EYE_W),
        eye_h=u(0.25, 0.6),
        eye_tilt=u(-10.0, 14.0),
        iris=u(0.75, 1.1),
        lid=u(0.012, 0.035),
        bags=r.random(),
        lid_crease=r.random(),
        brow_gap=u(0.08, 0.25),
        brow_th=u(0.02, 0.085) + (0.015 if male else 0.0),
        brow_arch=u(0.0, 0.12),
        brow_slant=u(-0.12, 0.12),
        brow_len=u(0.8, 1.35),
        nose_y=nose_y,
        nose_w=u(0.12, 0.3),
        nostril=u(0.6, 1.4),
        nose_ridge=u(0.02, 0.25),
        mouth_y=mouth_y,
        mouth_w=u(0.18, 0.44),
        lip_up=u(0.02, 0.08),
        lip_low=u(0.03, 0.12),
        smile=u(-0.04, 0.05),
        ear_size=u(0.16, 0.27),
        ear_y=u(-0.05, 0.15),
        brow_ridge=u(0.0, 0.12) + (0.04 if male else 0.0),
        cheekbones=u(0.0, 0.14),
        sockets=u(0.02, 0.12),
        hairline=u(0.6, 0.95),
        part=u(-0.55, 0.55),
        volume=u(1.02, 1.2),
        fringe=r.random(),
        beard=u(0.3, 0.8) if male and r.random() < 0.25 else 0.0,
        moustache=u(0.4, 0.9) if male and r.random() < 0.3 else 0.0,
        glasses=r.choice((1, 2)) if r.random() < 0.15 else 0,
        moles=moles,
        freckles=r.choice((0, 0, 0, 0, 12, 25)),
        blotch=tuple(tuple(u(-1.0, 1.0) for _ in range(5)) for _ in range(6)),
        lip_tint=u(0.0, 1.0),
        warp=tuple(tuple((u(-WARP, WARP), u(-WARP, WARP)) for _ in range(7)) for _ in range(9)),
        fine_warp=tuple(tuple((u(-FINE, FINE), u(-FINE, FINE)) for _ in range(9)) for _ in range(11)),
    )


@dataclass(frozen=True)
class Session:
    """One photo of the person: what changes between two photographs of the same face."""

    light: tuple[float, float, float]
    ambient: float
    exposure: float
    balance: tuple[float, float, float]
    backdrop: Rgb
    cloth: Rgb
    roll: float
    scale: float
    shift: tuple[float, float]
    yaw: float
    smile: float


def _session(seed: int, variant: int) -> Session:
    r = random.Random(f"{seed}-photo-{variant}")
    u = r.uniform
    lx, ly = u(-0.35, 0.35), u(-0.45, -0.1)
    n = math.sqrt(lx * lx + ly * ly + 1.0)
    return Session(
        light=(lx / n, ly / n, 1.0 / n),
        ambient=u(*AMBIENT),
        exposure=u(0.95, 1.06),
        balance=(u(0.97, 1.03), 1.0, u(0.97, 1.03)),
        backdrop=r.choice(BACKDROP),
        cloth=r.choice(CLOTHES),
        roll=u(-2.5, 2.5),
        scale=u(0.97, 1.03),
        shift=(u(-0.015, 0.015), u(-0.015, 0.015)),
        yaw=u(-0.05, 0.05),
        smile=u(-0.015, 0.015),
    )


class _Canvas:
    """Pixel geometry: face units (half head width) to pixels, with the session's pose applied."""

    def __init__(self, w: int, h: int, s: Session) -> None:
        self.w, self.h = w, h
        self.unit = w * 0.29 * s.scale
        self.cx = w * (0.5 + s.shift[0])
        self.cy = h * (0.43 + s.shift[1])
        a = math.radians(s.roll)
        self.cos, self.sin = math.cos(a), math.sin(a)
        self.yaw = s.yaw

    def p(self, x: float, y: float) -> tuple[float, float]:
        # a slight turn of the head: the far side narrows
        x = x * (1.0 - self.yaw * x)
        x, y = x * self.unit, y * self.unit
        return (self.cx + x * self.cos - y * self.sin, self.cy + x * self.sin + y * self.cos)

    def pts(self, xy: list[tuple[float, float]]) -> NDArray[np.int32]:
        return np.array([[round(c) for c in self.p(x, y)] for x, y in xy], np.int32)

    def length(self, v: float) -> int:
        return max(1, round(v * self.unit))


def _poly(img: NDArray[np.uint8], cv: _Canvas, xy: list[tuple[float, float]], col: tuple[float, ...]) -> None:
    cv2.fillPoly(img, [cv.pts(xy)], col, cv2.LINE_AA)


def _ellipse_pts(x: float, y: float, rx: float, ry: float, n: int = 24, rot: float = 0.0) -> list[tuple[float, float]]:
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    out = []
    for k in range(n):
        t = 2 * math.pi * k / n
        dx, dy = rx * math.cos(t), ry * math.sin(t)
        out.append((x + dx * c - dy * s, y + dx * s + dy * c))
    return out


def _outline(f: Identity) -> list[tuple[float, float]]:
    """The right half of the head outline from the crown down to the chin's middle."""
    pts: list[tuple[float, float]] = []
    jaw_y = f.mouth_y - 0.02
    for k in range(13):  # skull: temples to crown
        t = k / 12 * math.pi / 2
        pts.append((math.cos(t) * (f.temple + (1.0 - f.temple) * (1 - math.sin(t))), -math.sin(t) * f.crown))
    pts.reverse()
    pts.append((1.0, 0.05))
    for k in range(1, 7):  # cheek to jaw angle
        t = k / 6
        pts.append((1.0 + (f.jaw - 1.0) * (t * t * (3 - 2 * t)), 0.05 + (jaw_y - 0.05) * t))
    for k in range(1, 9):  # jaw to chin, rounding into the chin
        t = k / 8
        x = f.chin_w + (f.jaw - f.chin_w) * math.cos(t * math.pi / 2)
        pts.append((x * (1 - 0.5 * t**4), jaw_y + (f.chin_y - jaw_y) * math.sin(t * math.pi / 2)))
    pts.append((0.0, f.chin_y + 0.02))
    return pts


def _both(half: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return half + [(-x, y) for x, y in reversed(half)]


def _relief(f: Identity, cv: _Canvas, face: F32) -> F32:
    """Height of the face (face units) for shading: a dome from the outline plus bumps."""
    h, w = face.shape
    dist = cv2.distanceTransform((face > 0.5).astype(np.uint8), cv2.DIST_L2, 3) / cv.unit
    height = np.sqrt(np.clip(dist * 1.6, 0, 1)).astype(np.float32) * 0.55
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xx - cv.cx, yy - cv.cy
    x = (dx * cv.cos + dy * cv.sin) / cv.unit
    y = (-dx * cv.sin + dy * cv.cos) / cv.unit

    def bump(x0: float, y0: float, sx: float, sy: float, amp: float) -> None:
        nonlocal height
        height = height + amp * np.exp(-(((x - x0) / sx) ** 2) - ((y - y0) / sy) ** 2)

    bump(0.0, (f.eye_y + f.nose_y) / 2, f.nose_w * 0.35, (f.nose_y - f.eye_y) * 0.55, f.nose_ridge)
    bump(0.0, f.nose_y - 0.04, f.nose_w * 0.45, 0.08, f.nose_ridge * 0.8 + 0.04)
    for sx in (-1, 1):
        bump(sx * f.nose_w * 0.7, f.nose_y, f.nose_w * 0.3, 0.07, 0.04)
        bump(sx * f.eye_x, f.eye_y - f.brow_gap, 0.22, 0.06, f.brow_ridge)
        bump(sx * f.eye_x, f.eye_y + 0.02, f.eye_w * 1.3, 0.1, -f.sockets)
        bump(sx * 0.62, f.eye_y + 0.28, 0.2, 0.12, f.cheekbones)
    bump(0.0, f.mouth_y, f.mouth_w * 0.9, 0.07, 0.05)
    bump(0.0, f.chin_y - 0.12, f.chin_w + 0.1, 0.1, 0.06)
    return np.asarray(height * face, np.float32)


def _shade(height: F32, cv: _Canvas, s: Session) -> F32:
    gy, gx = np.gradient(height * cv.unit / 3.0)
    n = np.sqrt(gx * gx + gy * gy + 1.0)
    lx, ly, lz = s.light
    lam = np.clip((-gx * lx - gy * ly + lz) / n, 0, 1)
    return np.asarray(s.ambient + (1.0 - s.ambient) * lam * 1.05, np.float32)


def _eye(img: NDArray[np.uint8], cv: _Canvas, f: Identity, side: int, skin: tuple[float, ...]) -> None:
    cx, cy = side * f.eye_x, f.eye_y
    ew, up, low = f.eye_w, f.eye_w * f.eye_h * 1.2, f.eye_w * f.eye_h * 0.8
    tilt = math.radians(f.eye_tilt) * side
    c, s = math.cos(tilt), math.sin(tilt)

    def at(dx: float, dy: float) -> tuple[float, float]:
        return (cx + dx * c, cy + dy - dx * s)

    upper = [
        at(ew * math.cos(t), -up * math.sin(t) * (1.0 + 0.25 * math.cos(t) * side)) for t in np.linspace(0, math.pi, 14)
    ]
    lower = [at(ew * math.cos(t), -low * math.sin(t)) for t in np.linspace(math.pi, 2 * math.pi, 14)[1:-1]]
    shadow = tuple(v * 0.82 for v in skin)
    socket = [at(ew * 1.3 * math.cos(t), -up * 2.2 * math.sin(t)) for t in np.linspace(0, math.pi, 10)]
    _poly(img, cv, socket, shadow)
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.fillPoly(mask, [cv.pts(upper + lower)], 255, cv2.LINE_AA)
    layer = img.copy()
    layer[mask > 0] = (236, 232, 228)
    ic = at(0.0, -up * 0.1)
    r_iris = max(up, low) * 0.95 * f.iris
    cv2.circle(layer, tuple(round(v) for v in cv.p(*ic)), cv.length(r_iris), f.eye_colour, -1, cv2.LINE_AA)
    cv2.circle(layer, tuple(round(v) for v in cv.p(*ic)), cv.length(r_iris * 0.45), (10, 8, 8), -1, cv2.LINE_AA)
    hl = cv.p(ic[0] + r_iris * 0.3, ic[1] - r_iris * 0.3)
    cv2.circle(layer, (round(hl[0]), round(hl[1])), cv.length(r_iris * 0.15), (250, 250, 250), -1, cv2.LINE_AA)
    a = mask.astype(np.float32)[..., None] / 255.0
    img[:] = (img * (1 - a) + layer * a).astype(np.uint8)
    cv2.polylines(img, [cv.pts(upper)], False, (28, 20, 18), cv.length(f.lid), cv2.LINE_AA)
    cv2.polylines(img, [cv.pts(lower)], False, tuple(v * 0.7 for v in skin), cv.length(0.008), cv2.LINE_AA)
    if f.bags > 0.5:
        bag = [
            at(ew * 0.8 * math.cos(t), low * (1.5 + f.bags) * math.sin(t)) for t in np.linspace(0.3, math.pi - 0.3, 8)
        ]
        cv2.polylines(img, [cv.pts(bag)], False, tuple(v * 0.8 for v in skin), cv.length(0.012), cv2.LINE_AA)
    if f.lid_crease > 0.4:
        crease = [
            at(ew * 0.9 * math.cos(t), -up * (1.6 + f.lid_crease) * math.sin(t))
            for t in np.linspace(0.1, math.pi - 0.1, 10)
        ]
        cv2.polylines(img, [cv.pts(crease)], False, tuple(v * 0.72 for v in skin), cv.length(0.01), cv2.LINE_AA)


def _brow(img: NDArray[np.uint8], cv: _Canvas, f: Identity, side: int, col: tuple[float, ...]) -> None:
    y0 = f.eye_y - f.brow_gap - f.eye_w * f.eye_h
    n = 12
    top, bot = [], []
    for k in range(n + 1):
        t = k / n
        x = side * (f.eye_x - f.eye_w * 1.05 + f.eye_w * 2.3 * f.brow_len * t)
        y = y0 - f.brow_arch * math.sin(math.pi * min(1.0, t * 1.3)) - f.brow_slant * (t - 0.5)
        th = f.brow_th * (1.15 - 0.7 * t)
        top.append((x, y - th / 2))
        bot.append((x, y + th / 2))
    _poly(img, cv, top + bot[::-1], col)


def _mouth(img: NDArray[np.uint8], cv: _Canvas, f: Identity, s: Session, lip: tuple[float, ...]) -> None:
    my, mw = f.mouth_y, f.mouth_w
    curve = f.smile + s.smile
    line = [(x, my - curve * (1 - (x / mw) ** 2) + curve) for x in np.linspace(-mw, mw, 17)]
    top = [(x, y - f.lip_up * (1 - (abs(x) / mw) ** 1.6) * (0.8 if abs(x) < mw * 0.12 else 1.0)) for x, y in line]
    bottom = [(x, y + f.lip_low * (1 - (x / mw) ** 2)) for x, y in line]
    _poly(img, cv, top + line[::-1], tuple(v * 0.85 for v in lip))
    _poly(img, cv, line + bottom[::-1], lip)
    cv2.polylines(img, [cv.pts(line)], False, (70, 36, 36), cv.length(0.012), cv2.LINE_AA)


def _hair_mask(
    f: Identity, cv: _Canvas, age: int, sex: str, face: NDArray[np.uint8]
) -> tuple[NDArray[np.uint8], NDArray[np.uint8]]:
    """(on top of the face, behind the head) masks; `face` is the face's own mask."""
    h, w = cv.h, cv.w
    front = np.zeros((h, w), np.uint8)
    back = np.zeros((h, w), np.uint8)
    v = f.volume
    top = -f.crown * v - 0.05
    cap = [(x * v * 1.02, y * v - 0.04) for x, y in _outline(f) if y < 0.3]
    cap = cap + [(-x, y) for x, y in reversed(cap)]
    cv2.fillPoly(front, [cv.pts(cap)], 255, cv2.LINE_AA)
    if f.style == "curly":
        for k in range(11):
            t = math.pi * (0.1 + 0.8 * k / 10)
            cv2.circle(front, tuple(round(c) for c in cv.p(-math.cos(t) * v * 0.95, -math.sin(t) * f.crown * v * 0.95)),
                       cv.length(0.2), 255, -1, cv2.LINE_AA)  # fmt: skip
    # cut the face out below the hairline
    recede = 0.15 if sex == "M" and age > 50 and f.fringe < 0.35 else 0.0
    hl = f.eye_y - f.hairline - recede
    face_open = np.zeros((h, w), np.uint8)
    if f.style == "fringe" or (f.style in ("short", "bob") and f.fringe > 0.7):
        hl = f.eye_y - f.brow_gap - 0.18
        opening = [(x, hl + 0.03 * math.sin(7 * x)) for x in np.linspace(-0.8, 0.8, 17)]
    else:
        opening = [
            (x, hl + 0.3 * (x - f.part) ** 2 * (1.0 if x > f.part else 0.8) - 0.08)
            for x in np.linspace(-0.86, 0.86, 19)
        ]
    side_y = 0.1 if f.style in ("long", "bob") else f.eye_y - 0.05
    opening = [(-0.86, side_y), *opening, (0.86, side_y), (0.86, 3.0), (-0.86, 3.0)]
    cv2.fillPoly(face_open, [cv.pts(opening)], 255, cv2.LINE_AA)
    face_open = np.minimum(face_open, face)
    front = np.minimum(front, 255 - face_open)
    if f.style in ("long", "bob"):
        low = 1.5 if f.style == "long" else f.chin_y
        wide = 1.25 * v
        cv2.fillPoly(
            back, [cv.pts([(-wide, -0.2), (wide, -0.2), (wide * 1.05, low), (-wide * 1.05, low)])], 255, cv2.LINE_AA
        )
        for sx in (-1, 1):
            strand = [(sx * 0.85, -0.5), (sx * wide, -0.4), (sx * wide * 1.03, low), (sx * 0.92, low), (sx * 0.9, 0.2)]
            cv2.fillPoly(front, [cv.pts(strand)], 255, cv2.LINE_AA)
    elif f.style == "tied":
        bun = _ellipse_pts(0.0, top - 0.05, 0.35, 0.22)
        cv2.fillPoly(back, [cv.pts(bun)], 255, cv2.LINE_AA)
    if f.style == "crop":
        front = (front.astype(np.float32) * 0.8).astype(np.uint8)
    return front, back


def _draw(seed: int, variant: int, sex: str, age: int, w: int, h: int) -> NDArray[np.uint8]:
    f = _identity(seed, sex)
    s = _session(seed, variant)
    cv = _Canvas(w, h, s)
    grey = age > 55 and random.Random(seed + 1).random() < 0.3 + (age - 55) * 0.02
    hair = GREY_HAIR[seed % len(GREY_HAIR)] if grey else f.hair
    skin = f.skin

    img = np.empty((h, w, 3), np.uint8)
    img[:] = s.backdrop
    ramp = np.linspace(1.02, 0.96, h, dtype=np.float32)[:, None, None]
    img = np.clip(img * ramp, 0, 255).astype(np.uint8)
    hair_col = np.array(hair, np.float32)

    # shoulders, neck, ears, face: one skin layer, shaded together
    _poly(img, cv, _ellipse_pts(0.0, 2.75, 2.05, 0.95, 32), s.cloth)
    skin_mask = np.zeros((h, w), np.uint8)
    neck_w = f.jaw * 0.55
    cv2.fillPoly(skin_mask, [cv.pts([(-neck_w, 0.4), (neck_w, 0.4), (neck_w * 1.05, 2.0), (-neck_w * 1.05, 2.0)])], 255)
    _poly(img, cv, [(-neck_w * 1.6, 1.85), (0.0, 2.4), (neck_w * 1.6, 1.85), (0.0, 2.05)],
          (236, 236, 238) if s.cloth != (200, 200, 205) else (40, 40, 50))  # fmt: skip
    face_mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(face_mask, [cv.pts(_both(_outline(f)))], 255, cv2.LINE_AA)
    front_hair, back_hair = _hair_mask(f, cv, age, sex, face_mask)
    if back_hair.any():
        a = back_hair.astype(np.float32)[..., None] / 255.0
        img = (img * (1 - a) + np.array(hair, np.float32) * 0.85 * a).astype(np.uint8)
    ear_mask = np.zeros((h, w), np.uint8)
    for sx in (-1, 1):
        ear = _ellipse_pts(sx * 0.98, f.ear_y, f.ear_size * 0.45, f.ear_size, 16, sx * 12)
        cv2.fillPoly(ear_mask, [cv.pts(ear)], 255,
                     cv2.LINE_AA)  # fmt: skip
    skin_mask = np.maximum(np.maximum(skin_mask, ear_mask), face_mask)
    # skin albedo: tone, blotches, marks
    blotch = cv2.resize(np.array(f.blotch, np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    albedo = np.empty((h, w, 3), np.float32)
    albedo[:] = skin
    albedo *= (1.0 + BLOTCH * blotch)[..., None]
    layer = albedo.copy()
    a_face = face_mask.astype(np.float32) / 255.0
    chin_shadow = np.zeros((h, w), np.uint8)
    cv2.fillPoly(chin_shadow, [cv.pts(_ellipse_pts(0.0, f.chin_y + 0.1, f.jaw * 0.6, 0.22))], 255, cv2.LINE_AA)
    layer[(chin_shadow > 0) & (face_mask < 128)] *= 0.7
    albedo = layer
    lip = (skin[0] * (0.8 + 0.1 * f.lip_tint), skin[1] * 0.55, skin[2] * (0.55 + 0.05 * f.lip_tint))
    work = np.clip(albedo, 0, 255).astype(np.uint8)
    for sx in (-1, 1):
        _eye(work, cv, f, sx, skin)
    _mouth(work, cv, f, s, lip)
    for sx in (-1, 1):  # nostrils and the wings of the nose
        nostril = _ellipse_pts(
            sx * f.nose_w * 0.42, f.nose_y + 0.02, f.nose_w * 0.22 * f.nostril, 0.035 * f.nostril, 12, sx * 20
        )
        _poly(work, cv, nostril,
              tuple(v * 0.45 for v in skin))  # fmt: skip
        wing = [
            (sx * f.nose_w * (0.6 + 0.4 * math.sin(t)), f.nose_y - 0.02 - 0.06 * math.cos(t))
            for t in np.linspace(0, math.pi, 8)
        ]
        cv2.polylines(work, [cv.pts(wing)], False, tuple(v * 0.72 for v in skin), cv.length(0.015), cv2.LINE_AA)
    if age >= 40:  # lines from the nose to the mouth corners, deeper with age
        k = min(1.0, (age - 30) / 40)
        for sx in (-1, 1):
            fold = [
                (sx * (f.nose_w * 0.9 + 0.08 * t), f.nose_y + (f.mouth_y - f.nose_y + 0.05) * t)
                for t in np.linspace(0, 1, 8)
            ]
            cv2.polylines(
                work, [cv.pts(fold)], False, tuple(v * (1 - 0.18 * k) for v in skin), cv.length(0.012), cv2.LINE_AA
            )
    for mx, my, mr in f.moles:
        cv2.circle(
            work, tuple(round(c) for c in cv.p(mx, my)), cv.length(mr), tuple(v * 0.45 for v in skin), -1, cv2.LINE_AA
        )
    fr = random.Random(seed + 7)
    for _ in range(f.freckles):
        x, y = fr.uniform(-0.6, 0.6), f.eye_y + fr.uniform(0.15, 0.45)
        cv2.circle(work, tuple(round(c) for c in cv.p(x, y)), cv.length(0.012), tuple(v * 0.8 for v in skin), -1)
    brow_col = tuple(min(255.0, v * 1.1) for v in hair) if not grey else (92, 88, 84)
    for sx in (-1, 1):
        _brow(work, cv, f, sx, brow_col)
    facial = np.zeros((h, w), np.uint8)
    if f.beard:
        beard = [(x, y) for x, y in _outline(f) if y > f.nose_y - 0.05]
        beard = [(x * 1.02, y + 0.02) for x, y in beard]
        inner = [
            (f.mouth_w * 1.15, f.mouth_y - 0.02),
            (f.mouth_w * 0.8, f.mouth_y + f.lip_low + 0.08),
            (0.0, f.mouth_y + f.lip_low + 0.1),
        ]
        cv2.fillPoly(facial, [cv.pts(_both(beard))], int(255 * f.beard), cv2.LINE_AA)
        cv2.fillPoly(facial, [cv.pts(_both(inner[::-1]))], 0, cv2.LINE_AA)
    if f.moustache:
        m = [(f.mouth_w * 1.1, f.mouth_y + 0.02), (f.mouth_w * 0.9, f.nose_y + 0.08), (0.0, f.nose_y + 0.09)]
        m2 = [(0.0, f.mouth_y - f.lip_up - 0.005), (f.mouth_w * 0.8, f.mouth_y - f.lip_up * 0.5)]
        outline = [*m, *[(-x, y) for x, y in reversed(m)], *[(-x, y) for x, y in m2[::-1]], *m2][:-1]
        cv2.fillPoly(facial, [cv.pts(outline)],
                     int(255 * f.moustache), cv2.LINE_AA)  # fmt: skip
    if facial.any():
        a = (cv2.GaussianBlur(facial, (0, 0), cv.unit * 0.02).astype(np.float32) / 255.0)[..., None]
        work = (work * (1 - a) + np.array(hair, np.float32) * a).astype(np.uint8)

    shade = _shade(_relief(f, cv, a_face), cv, s)
    a_skin = (cv2.GaussianBlur(skin_mask, (0, 0), 0.8).astype(np.float32) / 255.0)[..., None]
    neck_dark = np.where(face_mask[..., None] > 0, 1.0, 0.82).astype(np.float32)
    lit = work.astype(np.float32) * (shade[..., None] * neck_dark)
    img = (img * (1 - a_skin) + lit * a_skin).astype(np.float32)

    # hair on top, lit more flatly and with a strand texture
    a = front_hair.astype(np.float32)[..., None] / 255.0
    tex = random.Random(seed + 3)
    strands = np.zeros((h, w), np.float32)
    for _ in range(60):
        x0, y0 = tex.uniform(-1.2, 1.2), tex.uniform(-1.6, 0.2)
        p0, p1 = cv.p(x0, y0), cv.p(x0 + tex.uniform(-0.3, 0.3), y0 + tex.uniform(0.1, 0.5))
        cv2.line(strands, (round(p0[0]), round(p0[1])), (round(p1[0]), round(p1[1])), 1.0, 1, cv2.LINE_AA)
    hair_lit = (
        hair_col * (0.85 + 0.25 * strands[..., None]) * (0.6 + 0.4 * shade[..., None] / max(shade.max(), 1e-3) + 0.1)
    )
    img = img * (1 - a) + hair_lit * a

    if f.glasses:
        frame = (30, 28, 30) if f.glasses == 2 else (120, 110, 90)
        for sx in (-1, 1):
            c = (sx * f.eye_x, f.eye_y + 0.02)
            if f.glasses == 1:
                ring = _ellipse_pts(c[0], c[1], f.eye_w * 1.5, f.eye_w * 1.15, 28)
            else:
                rw, rh = f.eye_w * 1.55, f.eye_w * 1.0
                ring = [(c[0] - rw, c[1] - rh), (c[0] + rw, c[1] - rh), (c[0] + rw, c[1] + rh), (c[0] - rw, c[1] + rh)]
            cv2.polylines(img, [cv.pts(ring)], True, frame, cv.length(0.025), cv2.LINE_AA)
            arm = [(sx * (f.eye_x + f.eye_w * 1.5), f.eye_y - 0.02), (sx * 0.98, f.eye_y - 0.04)]
            cv2.polylines(img, [cv.pts(arm)], False, frame, cv.length(0.025), cv2.LINE_AA)
        bridge = [
            (-(f.eye_x - f.eye_w * 1.5), f.eye_y - 0.02),
            (0.0, f.eye_y - 0.06),
            (f.eye_x - f.eye_w * 1.5, f.eye_y - 0.02),
        ]
        cv2.polylines(img, [cv.pts(bridge)], False, frame, cv.length(0.025), cv2.LINE_AA)

    img = img * (s.exposure * np.array(s.balance, np.float32))
    out = _warp(np.clip(img, 0, 255).astype(np.uint8), f, cv)
    return np.asarray(cv2.GaussianBlur(out, (0, 0), max(0.6, w / 500)), dtype=np.uint8)


WARP_SPAN = ((-1.5, 1.5), (-1.8, 2.1))  # face units covered by the warp's control grid
FINE_SPAN = ((-1.0, 1.0), (-0.9, 1.4))


def _warp(img: NDArray[np.uint8], f: Identity, cv: _Canvas) -> NDArray[np.uint8]:
    """Bend the drawn face by the person's own smooth displacement field (fixed in face units, so
    every photo of the person bends the same way): the shapes no ellipse set can reach."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xx - cv.cx, yy - cv.cy
    x = (dx * cv.cos + dy * cv.sin) / cv.unit
    y = (-dx * cv.sin + dy * cv.cos) / cv.unit
    d = np.zeros((h, w, 2), np.float32)
    for grid_t, ((x0, x1), (y0, y1)) in ((f.warp, WARP_SPAN), (f.fine_warp, FINE_SPAN)):
        grid = np.array(grid_t, np.float32)  # (rows, cols, 2) in face units
        if SYMMETRIC:
            mirror = grid[:, ::-1].copy()
            mirror[..., 0] *= -1
            grid = ((grid + mirror) * (math.sqrt(2) / 2)).astype(np.float32)
        gx = (x - x0) / (x1 - x0) * (grid.shape[1] - 1)
        gy = (y - y0) / (y1 - y0) * (grid.shape[0] - 1)
        d += cv2.remap(grid, gx, gy, cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=(0.0, 0.0))
    ux = (d[..., 0] * cv.cos - d[..., 1] * cv.sin) * cv.unit
    uy = (d[..., 0] * cv.sin + d[..., 1] * cv.cos) * cv.unit
    return np.asarray(cv2.remap(img, xx + ux, yy + uy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE), np.uint8)


@lru_cache(maxsize=64)
def _cached(seed: int, variant: int, sex: str, age: int, w: int, h: int) -> NDArray[np.uint8]:
    out = _draw(seed, variant, sex, age, w, h)
    out.setflags(write=False)
    return out


def portrait(person_id: str, sex: str, age: int, w: int, h: int, variant: int = 0) -> NDArray[np.uint8]:
    """RGB portrait of `w` x `h` pixels for a person; deterministic in `person_id` and `variant`
    (age only greys the hair and deepens lines, so the face stays the same across documents)."""
    seed = int.from_bytes(hashlib.sha256(person_id.encode()).digest()[:8], "big")
    return _cached(seed, variant, sex, min(age // 10 * 10, 80), w, h).copy()
