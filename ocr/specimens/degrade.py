"""Scanner and phone-camera looks for specimens: resampling, skew, perspective, page rotation,
background with margins, shadow, uneven light, glare, blur, sensor noise and JPEG. Every effect is
a recorded parameter drawn from a seed, and each is bounded against the MRZ character size so a
degraded document stays legible to a person (the benchmark expects ≥99% MRZ reads)."""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass
from typing import Any, Literal

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.specimens.documents import Specimen
from ocr.specimens.mrz_render import CAP_MM
from ocr.specimens.truth import warp_truth

Preset = Literal["scanner", "phone"]
Background = Literal["scanner_lid", "scanner_dark", "desk_wood", "desk_grey", "desk_fabric", "desk_white"]

# Bounds that keep the MRZ readable, relative to the cap height in output pixels.
MAX_BLUR_PER_CAP = 0.05
MAX_MOTION_PER_CAP = 0.09
MAX_GLARE = 0.55  # glare blends at most this far towards white: ink stays well below paper


@dataclass(frozen=True)
class DegradeParams:
    """Everything one degradation does, JSON-ready (see `to_dict`)."""

    preset: str
    dpi: float  # resolution of the document in the output
    skew_deg: float  # small rotation, counter-clockwise positive
    page_rotation: int  # 0, 90, 180 or 270 degrees clockwise, applied last
    perspective: tuple[float, ...]  # corner offsets (dx, dy) x 4 as fractions of the document's size
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom around the document
    background: Background
    shadow: float  # drop-shadow strength 0..1
    illumination: float  # how much the darker side loses, 0..0.45
    illumination_angle_deg: float
    vignette: float
    color_gain: tuple[float, float, float]  # white balance per channel (B, G, R)
    glare: (
        tuple[float, float, float, float] | None
    )  # centre x, y (fractions of the output), radius (fraction of min side), strength
    blur_sigma: float  # Gaussian, output pixels
    motion_px: float  # motion-blur length, output pixels
    motion_angle_deg: float
    noise_sigma: float  # sensor noise, grey levels
    jpeg_quality: int | None
    seed: int  # for the noise and background texture

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k, v in d.items():
            if isinstance(v, tuple):
                d[k] = list(v)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DegradeParams:
        kw: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()}
        return cls(**kw)


def _down(v: float, digits: int) -> float:
    """Round towards zero, so a recorded value never exceeds the bound it was drawn under."""
    f = 10.0**digits
    return math.floor(v * f) / f


def cap_px(dpi: float) -> float:
    """MRZ cap height in pixels at `dpi`."""
    return CAP_MM * dpi / 25.4


def sample_params(preset: Preset, rng: random.Random, rotations: bool = False) -> DegradeParams:
    """Draw parameters for `preset`: 'scanner' is mild (flatbed at 150-600 dpi, small skew, clean
    light), 'phone' harder (perspective, skew up to ±15°, uneven light, glare, more noise and JPEG).
    With `rotations`, the page may also be turned by 90/180/270 degrees."""
    page_rotation = rng.choice((0, 90, 180, 270)) if rotations else 0
    seed = rng.getrandbits(31)
    if preset == "scanner":
        dpi = float(rng.choices((150, 200, 240, 300, 400, 600), weights=(2, 3, 1, 4, 2, 1))[0])
        cap = cap_px(dpi)
        jitter = 0.0
        return DegradeParams(
            preset="scanner",
            dpi=dpi,
            skew_deg=round(rng.uniform(-4, 4) if rng.random() < 0.8 else rng.uniform(-10, 10), 2),
            page_rotation=page_rotation,
            perspective=(jitter,) * 8,
            margins_mm=tuple(round(rng.uniform(3, 15), 1) for _ in range(4)),  # type: ignore[arg-type]
            background=rng.choice(("scanner_lid", "scanner_lid", "scanner_lid", "scanner_dark")),
            shadow=round(rng.uniform(0.1, 0.3), 2),
            illumination=round(rng.uniform(0, 0.08), 3),
            illumination_angle_deg=round(rng.uniform(0, 360), 1),
            vignette=0.0,
            color_gain=(1.0, 1.0, 1.0),
            glare=None,
            blur_sigma=_down(rng.uniform(0, 0.5) * MAX_BLUR_PER_CAP * cap, 3),
            motion_px=0.0,
            motion_angle_deg=0.0,
            noise_sigma=round(rng.uniform(1, 4), 2),
            jpeg_quality=rng.randint(60, 95) if rng.random() < 0.9 else None,  # some scanners save PNG
            seed=seed,
        )
    if preset != "phone":
        raise ValueError(f"unknown preset {preset!r}: 'scanner' or 'phone'")
    dpi = round(rng.uniform(150, 400), 1)
    cap = cap_px(dpi)
    k = rng.uniform(0.0, 0.06)
    persp = tuple(round(rng.uniform(-k, k), 4) for _ in range(8))
    glare = None
    if rng.random() < 0.5:
        glare = (
            round(rng.uniform(0.2, 0.8), 3),
            round(rng.uniform(0.2, 0.8), 3),
            round(rng.uniform(0.08, 0.3), 3),
            _down(rng.uniform(0.25, MAX_GLARE), 3),
        )
    motion = _down(rng.uniform(0.3, 1.0) * MAX_MOTION_PER_CAP * cap, 2) if rng.random() < 0.35 else 0.0
    return DegradeParams(
        preset="phone",
        dpi=dpi,
        skew_deg=round(rng.uniform(-15, 15), 2),
        page_rotation=page_rotation,
        perspective=persp,
        margins_mm=tuple(round(rng.uniform(5, 25), 1) for _ in range(4)),  # type: ignore[arg-type]
        background=rng.choice(("desk_wood", "desk_grey", "desk_fabric", "desk_white")),
        shadow=round(rng.uniform(0.25, 0.6), 2),
        illumination=round(rng.uniform(0.1, 0.45), 3),
        illumination_angle_deg=round(rng.uniform(0, 360), 1),
        vignette=round(rng.uniform(0.05, 0.3), 3),
        color_gain=(
            round(rng.uniform(0.9, 1.08), 3),
            round(rng.uniform(0.95, 1.03), 3),
            round(rng.uniform(0.9, 1.08), 3),
        ),
        glare=glare,
        blur_sigma=_down(rng.uniform(0.2, 1.0) * MAX_BLUR_PER_CAP * cap, 3),
        motion_px=motion,
        motion_angle_deg=round(rng.uniform(0, 180), 1),
        noise_sigma=round(rng.uniform(3, 9), 2),
        jpeg_quality=rng.randint(35, 90),
        seed=seed,
    )


# ---------------------------------------------------------------- geometry


def _homography(p: DegradeParams, w: int, h: int, base_dpi: float) -> tuple[NDArray[np.float64], int, int]:
    """The map from clean-image pixels to output pixels, and the output size."""
    s = p.dpi / base_dpi
    sw, sh = w * s, h * s
    m = np.diag([s, s, 1.0])
    a = math.radians(-p.skew_deg)  # image y points down: positive skew turns counter-clockwise
    c, si = math.cos(a), math.sin(a)
    cx, cy = sw / 2, sh / 2
    rot = np.array([[c, -si, cx - c * cx + si * cy], [si, c, cy - si * cx - c * cy], [0, 0, 1]])
    m = rot @ m
    corners = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float64)
    src = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), rot).reshape(-1, 2)
    jit = np.asarray(p.perspective, np.float64).reshape(4, 2) * [sw, sh]
    if np.any(jit):
        m = cv2.getPerspectiveTransform(src.astype(np.float32), (src + jit).astype(np.float32)).astype(np.float64) @ m
    out = cv2.perspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64).reshape(-1, 1, 2), m)
    out = out.reshape(-1, 2)
    mm = p.dpi / 25.4
    ml, mt, mr, mb = (v * mm for v in p.margins_mm)
    x0, y0 = out.min(axis=0)
    x1, y1 = out.max(axis=0)
    m = np.array([[1, 0, ml - x0], [0, 1, mt - y0], [0, 0, 1]]) @ m
    cw, ch = math.ceil(x1 - x0 + ml + mr), math.ceil(y1 - y0 + mt + mb)
    rot_page = {
        0: np.eye(3),
        90: np.array([[0, -1, ch], [1, 0, 0], [0, 0, 1]], np.float64),
        180: np.array([[-1, 0, cw], [0, -1, ch], [0, 0, 1]], np.float64),
        270: np.array([[0, 1, 0], [-1, 0, cw], [0, 0, 1]], np.float64),
    }[p.page_rotation]
    m = rot_page @ m
    if p.page_rotation in (90, 270):
        cw, ch = ch, cw
    return m, cw, ch


# ---------------------------------------------------------------- pixels


def _low_freq(rng: np.random.Generator, w: int, h: int, cell: int) -> NDArray[np.float32]:
    """Smooth random field in about [-1, 1]: noise on a coarse grid, upsampled."""
    small = rng.standard_normal((h // cell + 2, w // cell + 2), dtype=np.float32)
    return np.asarray(cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC), dtype=np.float32)


LOW = 4  # backgrounds, shadows and light fields are smooth: compute them at 1/LOW resolution


def _background(kind: Background, rng: np.random.Generator, w: int, h: int) -> NDArray[np.float32]:
    """Background texture at 1/LOW of the output size (w, h are already reduced)."""
    field = _low_freq(rng, w, h, 24)
    img = np.empty((h, w, 3), np.float32)
    if kind == "scanner_lid":
        img[:] = rng.uniform(232, 250)
        img += (field * 1.0)[..., None]
    elif kind == "scanner_dark":
        img[:] = rng.uniform(18, 40)
        img += (field * 3)[..., None]
    elif kind == "desk_wood":
        yy = np.arange(h, dtype=np.float32)[:, None] * LOW
        streaks = rng.standard_normal((h // 4 + 2, w // 40 + 2), dtype=np.float32)  # long along x
        streaks = np.asarray(cv2.resize(streaks, (w, h), interpolation=cv2.INTER_CUBIC), dtype=np.float32)
        grain = np.sin(yy * rng.uniform(0.03, 0.06) + streaks * 1.5 + field * 3) * 0.5 + 0.5
        base = np.array([rng.uniform(50, 80), rng.uniform(95, 125), rng.uniform(140, 175)], np.float32)  # BGR
        img[:] = base
        img *= (0.85 + 0.25 * grain)[..., None]
    elif kind == "desk_fabric":
        base = np.array([rng.uniform(60, 120), rng.uniform(50, 100), rng.uniform(30, 90)], np.float32)  # BGR
        img[:] = base
        img += rng.standard_normal((h, w, 1), dtype=np.float32) * 9
    elif kind == "desk_grey":
        img[:] = rng.uniform(90, 150)
        img += (field * 8)[..., None]
    else:  # desk_white
        img[:] = rng.uniform(200, 225)
        img += (field * 6)[..., None]
    return img


def _light_field(p: DegradeParams, w: int, h: int) -> NDArray[np.float32]:
    """Multiplicative illumination at w x h (reduced): a linear fall-off towards one side plus
    vignetting."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xn, yn = xx / max(1, w - 1) - 0.5, yy / max(1, h - 1) - 0.5
    a = math.radians(p.illumination_angle_deg)
    ramp = (xn * math.cos(a) + yn * math.sin(a)) / 0.71 * 0.5 + 0.5  # 0..1
    f: NDArray[np.float32] = (1.0 - p.illumination * ramp - p.vignette * (xn**2 + yn**2) * 2).astype(np.float32)
    return f


def _glare_alpha(glare: tuple[float, float, float, float], w: int, h: int) -> NDArray[np.float32]:
    """How far each pixel is pushed towards white by a soft round highlight (w x h reduced)."""
    gx, gy, gr, strength = glare
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = gr * min(w, h)
    d2 = (xx - gx * w) ** 2 + (yy - gy * h) ** 2
    a: NDArray[np.float32] = (min(strength, MAX_GLARE) * np.exp(-d2 / (2 * r * r))).astype(np.float32)
    return a


def _motion_kernel(length: float, angle_deg: float) -> NDArray[np.float32]:
    n = max(3, math.ceil(length) | 1)
    k = np.zeros((n, n), np.float32)
    c = n // 2
    a = math.radians(angle_deg)
    dx, dy = math.cos(a) * length / 2, math.sin(a) * length / 2
    cv2.line(k, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA)
    return np.asarray(k / k.sum(), dtype=np.float32)


def degrade(spec: Specimen, params: DegradeParams) -> Specimen:
    """`spec` as a scanner or phone would capture it with `params`; the truth's geometry follows
    the warp and `truth['degradation']` records the parameters."""
    base_dpi = float(spec.truth["dpi"])
    h, w = spec.image.shape[:2]
    m, cw, ch = _homography(params, w, h, base_dpi)
    rng = np.random.default_rng(params.seed)

    s = params.dpi / base_dpi
    if s < 0.75:  # shrink first with area averaging, or the warp would alias fine print
        rw, rh = max(1, round(w * s)), max(1, round(h * s))
        src = cv2.resize(spec.image, (rw, rh), interpolation=cv2.INTER_AREA)
        src_mask = cv2.resize(spec.mask, (rw, rh), interpolation=cv2.INTER_AREA)
        m_src = m @ np.diag([w / rw, h / rh, 1.0])
    else:
        src, src_mask, m_src = spec.image, spec.mask, m
    out = cv2.warpPerspective(src, m_src, (cw, ch), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    alpha = cv2.warpPerspective(src_mask, m_src, (cw, ch), flags=cv2.INTER_LINEAR)

    # Everything smooth (background, shadow, light, glare) is computed at 1/LOW resolution in float
    # and brought to full size as uint8; full-size work stays in uint8 with in-place OpenCV calls,
    # which is several times faster than float arrays at 600 dpi.
    lw, lh = max(2, cw // LOW), max(2, ch // LOW)
    bg_small = _background(params.background, rng, lw, lh)
    if params.shadow > 0:
        off = max(1.0, params.dpi / 25.4 * 1.2) / LOW
        a_small = cv2.resize(alpha, (lw, lh), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
        sh_mask = cv2.warpAffine(a_small, np.array([[1, 0, off], [0, 1, off]], np.float32), (lw, lh))
        sh_mask = cv2.GaussianBlur(sh_mask, (0, 0), off * 1.5)
        bg_small *= (1 - params.shadow * sh_mask)[..., None]
    bg = cv2.resize(np.clip(bg_small, 0, 255).astype(np.uint8), (cw, ch), interpolation=cv2.INTER_LINEAR)
    outside = cv2.threshold(alpha, 127, 255, cv2.THRESH_BINARY_INV)[1]
    cv2.copyTo(bg, outside, out)
    del bg

    factor = _light_field(params, lw, lh)
    glare = _glare_alpha(params.glare, lw, lh) if params.glare is not None else None
    if glare is not None:
        factor *= 1 - glare
    gain = np.asarray(params.color_gain, np.float32)
    scale = 200.0  # factor (≤ ~1.1) stored as uint8 with headroom
    f3 = np.clip(factor[..., None] * gain * scale, 0, 255).astype(np.uint8)
    cv2.multiply(out, cv2.resize(f3, (cw, ch), interpolation=cv2.INTER_LINEAR), dst=out, scale=1 / scale)
    if glare is not None:
        g3 = np.repeat(np.clip(glare * 255, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
        cv2.add(out, cv2.resize(g3, (cw, ch), interpolation=cv2.INTER_LINEAR), dst=out)
    if params.noise_sigma > 0:
        # sensor grain drawn at half resolution (demosaicing correlates neighbours anyway) and
        # added before the optics blur, which smooths its 2x2 cells
        noise = np.empty((max(2, ch // 2), max(2, cw // 2), 3), np.int16)
        cv2.setRNGSeed(params.seed)
        cv2.randn(noise, np.zeros(3), np.full(3, params.noise_sigma))
        cv2.add(out, cv2.resize(noise, (cw, ch), interpolation=cv2.INTER_NEAREST), dst=out, dtype=cv2.CV_8U)
    if params.blur_sigma > 0.05:
        k = 2 * math.ceil(3 * params.blur_sigma) + 1
        cv2.GaussianBlur(out, (k, k), params.blur_sigma, dst=out)
    if params.motion_px >= 1:
        cv2.filter2D(out, -1, _motion_kernel(params.motion_px, params.motion_angle_deg), dst=out)
    jpeg = None
    if params.jpeg_quality is not None:
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(params.jpeg_quality)])
        assert ok
        jpeg = buf.tobytes()
        decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR)
        assert decoded is not None
        out = decoded
    truth = warp_truth(spec.truth, m, (cw, ch))
    truth["dpi"] = params.dpi
    truth["degradation"] = params.to_dict()
    return Specimen(np.asarray(out, dtype=np.uint8), np.asarray(alpha, dtype=np.uint8), truth, jpeg)
