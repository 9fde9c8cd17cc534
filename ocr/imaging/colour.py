"""Every Pillow pixel mode down to one layout (uint8 BGR), so no later stage ever sees alpha,
palettes, 16-bit or CMYK data. Transparency becomes white because scans and photos of documents
are read as dark ink on light paper."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

from ocr.errors import ImageLoadError
from ocr.imaging.page import ImageArray

_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_ALPHA_MODES = frozenset({"RGBA", "LA", "La", "RGBa", "PA"})
_VIA_RGB_MODES = frozenset({"CMYK", "YCbCr", "HSV", "LAB", "RGBX"})


def pil_to_bgr(im: Image.Image) -> ImageArray:
    """Pixels of a loaded Pillow image as a C-contiguous uint8 BGR array."""
    mode = im.mode
    if mode == "RGB" and "transparency" not in im.info:
        return _rgb_to_bgr(np.asarray(im))
    if mode == "L" and "transparency" not in im.info:
        return _gray_to_bgr(np.asarray(im))
    if mode == "1":
        return _gray_to_bgr(np.asarray(im.convert("L")))
    if mode in _SIXTEEN_BIT_MODES or mode in ("I", "F"):
        return _gray_to_bgr(_wide_gray_to_u8(np.asarray(im), mode))
    if mode in _ALPHA_MODES or "transparency" in im.info:
        return _flatten_on_white(np.asarray(im.convert("RGBA")))
    if mode == "P":
        return _rgb_to_bgr(np.asarray(im.convert("RGB")))
    if mode in _VIA_RGB_MODES:
        return _rgb_to_bgr(np.asarray(im.convert("RGB")))
    try:
        rgb = im.convert("RGB")
    except (ValueError, OSError) as exc:
        raise ImageLoadError(f"unsupported colour mode {mode!r}; save the image as RGB or greyscale") from exc
    return _rgb_to_bgr(np.asarray(rgb))


def _rgb_to_bgr(rgb: npt.NDArray[np.uint8]) -> ImageArray:
    out = cv2.cvtColor(np.ascontiguousarray(rgb, dtype=np.uint8), cv2.COLOR_RGB2BGR)
    return np.ascontiguousarray(out, dtype=np.uint8)


def _gray_to_bgr(gray: npt.NDArray[np.uint8]) -> ImageArray:
    out = cv2.cvtColor(np.ascontiguousarray(gray, dtype=np.uint8), cv2.COLOR_GRAY2BGR)
    return np.ascontiguousarray(out, dtype=np.uint8)


def _flatten_on_white(rgba: npt.NDArray[np.uint8]) -> ImageArray:
    rgb = rgba[..., :3].astype(np.uint16)
    alpha = rgba[..., 3:4].astype(np.uint16)
    # Integer blend with rounding: out = (c*a + 255*(255-a)) / 255.
    blended = (rgb * alpha + 255 * (255 - alpha) + 127) // 255
    return _rgb_to_bgr(blended.astype(np.uint8))


def _wide_gray_to_u8(values: npt.NDArray[np.generic], mode: str) -> npt.NDArray[np.uint8]:
    """16/32-bit integer and float grey to 8 bits. 16-bit data spans 0..65535 by definition; 32-bit
    and float files carry no range, so the values decide: already 0..255 stays, 0..1 float is scaled,
    16-bit-like integers are scaled down, anything else is stretched min..max."""
    data = values.astype(np.float64)
    if mode in _SIXTEEN_BIT_MODES:
        return np.clip(np.rint(data / 257.0), 0, 255).astype(np.uint8)
    finite = np.isfinite(data)
    if not finite.any():
        return np.zeros(data.shape, dtype=np.uint8)
    data = np.where(finite, data, 0.0)
    lo, hi = float(data.min()), float(data.max())
    if mode == "F" and lo >= 0.0 and hi <= 1.0:
        scaled = data * 255.0
    elif lo >= 0.0 and hi <= 255.0:
        scaled = data
    elif mode == "I" and lo >= 0.0 and hi <= 65535.0:
        scaled = data / 257.0
    else:
        scaled = (data - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(data)
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)
