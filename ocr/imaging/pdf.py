"""PDF pages rendered to pixels with pdfium. The render scale is capped from the page size before
rendering so that a page declaring a huge media box cannot make us allocate a huge bitmap."""

from __future__ import annotations

import math
import threading

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ocr.errors import ImageLoadError
from ocr.imaging.page import ImageArray, Page

POINTS_PER_INCH = 72.0

# pdfium is not thread-safe; every call into it goes through this lock.
_PDFIUM_LOCK = threading.Lock()


def render_pdf(
    data: bytes, name: str, *, dpi: float, max_pixels: int, max_pages: int, only_first: bool
) -> list[Page]:
    """Every page of the PDF as BGR pixels at `dpi`, lowered per page to stay within `max_pixels`."""
    with _PDFIUM_LOCK:
        doc = _open(data, name)
        try:
            count = len(doc)
            if count < 1:
                raise ImageLoadError(f"{name}: the PDF has no pages; export or scan the document again")
            if count > max_pages and not only_first:
                raise ImageLoadError(
                    f"{name}: the PDF has {count} pages, more than the {max_pages} allowed; "
                    "save only the passport pages as a separate PDF"
                )
            return [
                _render_page(doc, index, name, dpi, max_pixels) for index in range(1 if only_first else count)
            ]
        finally:
            doc.close()


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    """Open through the raw API: pdfium only sets its last-error code when a load fails, so
    PdfDocument's "no pages" check can read a stale code from an earlier file. `data` must outlive
    the document (pdfium reads from it lazily); the caller holds it."""
    raw = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if not raw:
        raise ImageLoadError(_open_failure(name, int(pdfium_c.FPDF_GetLastError())))
    return pdfium.PdfDocument(raw)


def _open_failure(name: str, err_code: int) -> str:
    if err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return f"{name}: the PDF is password-protected (encrypted); save an unprotected copy and load that"
    if err_code == pdfium_c.FPDF_ERR_SECURITY:
        return f"{name}: the PDF uses an unsupported encryption scheme; save an unprotected copy instead"
    return f"{name}: not a readable PDF (damaged or incomplete); export or scan the document again"


def capped_scale(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> float:
    """The render scale (pixels per point) for `dpi`, lowered so the bitmap stays within max_pixels."""
    scale = dpi / POINTS_PER_INCH

    def pixels(s: float) -> int:
        return max(1, math.ceil(width_pt * s)) * max(1, math.ceil(height_pt * s))

    if pixels(scale) > max_pixels:
        scale = math.sqrt(max_pixels / (width_pt * height_pt))
        while pixels(scale) > max_pixels:
            scale *= 0.995
    return scale


def _render_page(doc: pdfium.PdfDocument, index: int, name: str, dpi: float, max_pixels: int) -> Page:
    page = doc[index]
    try:
        width_pt, height_pt = (float(v) for v in page.get_size())
        if not (math.isfinite(width_pt) and math.isfinite(height_pt) and width_pt > 0 and height_pt > 0):
            raise ImageLoadError(f"{name}: PDF page {index + 1} has no usable size; the file is damaged")
        scale = capped_scale(width_pt, height_pt, dpi, max_pixels)
        bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
        try:
            image = _bitmap_to_bgr(bitmap.to_numpy())
        finally:
            bitmap.close()
    finally:
        page.close()
    return Page(image=image, source=name, index=index, dpi=scale * POINTS_PER_INCH)


def _bitmap_to_bgr(pixels: ImageArray) -> ImageArray:
    """An owned BGR copy: the bitmap's buffer is freed when the bitmap closes."""
    if pixels.ndim == 2:
        out = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_GRAY2BGR)
    else:
        out = pixels[:, :, :3].copy()
    return np.ascontiguousarray(out, dtype=np.uint8)
