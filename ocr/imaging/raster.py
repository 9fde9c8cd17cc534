"""Pillow decoding of the raster formats under hard limits. The declared pixel size is checked on the
header before any pixel is decoded, so a tiny file that claims 20,000 x 20,000 pixels costs
microseconds, not gigabytes."""

from __future__ import annotations

import math
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from ocr.errors import ImageLoadError
from ocr.imaging.colour import pil_to_bgr
from ocr.imaging.formats import ImageFormat
from ocr.imaging.page import Page

# Pillow's limit and the warnings filters are process-wide; one lock keeps concurrent loads from
# seeing each other's temporary settings.
_PILLOW_LOCK = threading.RLock()

_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")

_MIN_PLAUSIBLE_DPI = 10.0
_MAX_PLAUSIBLE_DPI = 20_000.0


@contextmanager
def pillow_limits(max_pixels: int) -> Iterator[None]:
    """Pillow's decompression-bomb guard set to `max_pixels` and made fatal, and its metadata
    warnings silenced, for this block only."""
    with _PILLOW_LOCK, warnings.catch_warnings():
        # Pillow's complaints about odd metadata are noise nobody can act on; a bomb is fatal.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        saved = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = max_pixels
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def too_large_message(name: str, pixels: int | None, max_pixels: int, size: str = "") -> str:
    """The refusal for an oversized image, telling the officer how to get a usable file."""
    declared = f" is {size} pixels" if size else ""
    amount = f" ({pixels / 1e6:.1f} megapixels)" if pixels is not None else ""
    return (
        f"{name}: image{declared}{amount} is larger than the {max_pixels / 1e6:g}-megapixel limit; "
        "rescan at 300-600 dpi or reduce the image size"
    )


def decode_raster(
    fh: BinaryIO, fmt: ImageFormat, name: str, *, max_pixels: int, max_pages: int, only_first: bool
) -> list[Page]:
    """Every page (TIFF) or the only image (other formats) of `fh`, upright and BGR."""
    with pillow_limits(max_pixels):
        try:
            im = Image.open(fh, formats=[fmt.value])
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            found = _BOMB_PIXELS.search(str(exc))
            pixels = int(found.group(1)) if found else None
            raise ImageLoadError(too_large_message(name, pixels, max_pixels)) from exc
        except UnidentifiedImageError as exc:
            raise ImageLoadError(
                f"{name}: not a readable {fmt.label} file (damaged, incomplete or mislabelled); "
                "save or scan it again"
            ) from exc
        with im:
            count = 1 if only_first else _frame_count(im, fmt, name, max_pages)
            pages: list[Page] = []
            for index in range(count):
                if index:
                    im.seek(index)
                pages.append(_decode_frame(im, name, index, max_pixels))
            return pages


def _frame_count(im: Image.Image, fmt: ImageFormat, name: str, max_pages: int) -> int:
    """Pages to decode: all of a multi-page TIFF (refused beyond max_pages), else just the first.
    Counted by walking the directory chain only, before any page is decoded."""
    if fmt is not ImageFormat.TIFF:
        return 1
    count = 1
    while True:
        try:
            im.seek(count)
        except EOFError:
            break
        count += 1
        if count > max_pages:
            raise ImageLoadError(
                f"{name}: the TIFF has more than {max_pages} pages; split it and load the passport pages only"
            )
    im.seek(0)
    return count


def _decode_frame(im: Image.Image, name: str, index: int, max_pixels: int) -> Page:
    width, height = im.size
    if width <= 0 or height <= 0:
        raise ImageLoadError(f"{name}: page {index + 1} is {width} x {height} pixels; the file is damaged")
    if width * height > max_pixels:
        raise ImageLoadError(too_large_message(name, width * height, max_pixels, f"{width} x {height}"))
    im.load()
    dpi = _dpi(im.info.get("dpi"))
    upright = _exif_upright(im)
    return Page(image=pil_to_bgr(upright), source=name, index=index, dpi=dpi)


def _exif_upright(im: Image.Image) -> Image.Image:
    """Apply the camera's EXIF orientation. Broken EXIF is ignored rather than refused: the pixels are
    fine and the orientation step later in the pipeline recovers a wrong rotation."""
    try:
        return ImageOps.exif_transpose(im)
    except Exception:
        return im


def _dpi(value: object) -> float | None:
    """Resolution from the file header, or None when absent or implausible (0, 1 and the like mean
    'unknown' in the wild). Unequal axes are averaged; scanners write equal ones."""
    if not isinstance(value, tuple) or not value:
        return None
    try:
        axes = [float(v) for v in value[:2]]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not all(math.isfinite(a) and _MIN_PLAUSIBLE_DPI <= a <= _MAX_PLAUSIBLE_DPI for a in axes):
        return None
    return sum(axes) / len(axes)
