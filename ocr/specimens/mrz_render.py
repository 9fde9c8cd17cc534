"""Prints an MRZ the way ICAO 9303 sets it: OCR-B, fixed 2.54 mm pitch (10 characters per inch),
cap height about 2.4 mm, lines at a fixed spacing; each character is placed on its own pitch cell
so the font's advance width never stretches the line."""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageDraw

from ocr.specimens.canvas import Box, Page, rect_quad
from ocr.specimens.fonts import font

PITCH_MM = 2.54
CAP_MM = 2.4
MRZ_INK = (22, 22, 26)


@lru_cache(maxsize=16)
def _ocrb_px_for_cap(cap_px: int) -> int:
    """Em size in pixels whose 'H' is `cap_px` tall."""
    probe = font("ocrb", 200)
    _, y0, _, y1 = probe.getbbox("H", anchor="ls")
    return round(200 * cap_px / (y1 - y0))


def draw_mrz(
    page: Page, lines: tuple[str, ...], x_mm: float, first_baseline_mm: float, line_pitch_mm: float
) -> list[Box]:
    """Draw the lines; return one box per line spanning its character cells from cap top to
    baseline (the area a reader must find)."""
    draw: ImageDraw.ImageDraw = page.draw
    cap = page.px(CAP_MM)
    f = font("ocrb", _ocrb_px_for_cap(cap))
    pitch = PITCH_MM * page.dpi / 25.4
    boxes: list[Box] = []
    for i, line in enumerate(lines):
        base = page.px(first_baseline_mm + i * line_pitch_mm)
        x0 = x_mm * page.dpi / 25.4
        for j, ch in enumerate(line):
            cx = x0 + (j + 0.5) * pitch
            draw.text((round(cx), base), ch, font=f, fill=MRZ_INK, anchor="ms")
        boxes.append([round(x0), base - cap, round(x0 + len(line) * pitch), base])
    return boxes


def mrz_truth_boxes(line_boxes: list[Box], pad_px: int) -> dict[str, object]:
    """The MRZ box (all lines, padded) and per-line boxes, each also as a quadrilateral."""
    x0 = min(b[0] for b in line_boxes) - pad_px
    y0 = min(b[1] for b in line_boxes) - pad_px
    x1 = max(b[2] for b in line_boxes) + pad_px
    y1 = max(b[3] for b in line_boxes) + pad_px
    box = [x0, y0, x1, y1]
    return {
        "mrz_box": box,
        "mrz_quad": rect_quad(box),
        "mrz_line_boxes": [{"box": b, "quad": rect_quad(b)} for b in line_boxes],
    }
