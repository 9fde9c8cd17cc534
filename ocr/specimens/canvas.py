"""A document page measured in millimetres: layouts place text where the real document has it,
and every printed value records its pixel box so the truth says exactly where it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw

from ocr.specimens.fonts import font

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0

Box = list[int]
Ink = tuple[int, int, int]
INK: Ink = (28, 28, 34)
LABEL_INK: Ink = (70, 70, 95)


def rect_quad(box: Box) -> list[list[float]]:
    """Corners of a box clockwise from top-left, the form every box takes after a warp."""
    x0, y0, x1, y1 = box
    return [[float(x0), float(y0)], [float(x1), float(y0)], [float(x1), float(y1)], [float(x0), float(y1)]]


@dataclass
class Rendered:
    """A drawn document before truth is assembled: the image, where document material is (mask),
    the printed fields, the MRZ line boxes, the portrait box and the outline of each page/card."""

    rgb: NDArray[np.uint8]
    mask: NDArray[np.uint8]
    printed: dict[str, dict[str, Any]]
    mrz_line_boxes: list[Box]
    portrait_box: Box
    outlines: list[Box]


@dataclass
class Page:
    """An RGB page at `dpi` with drawing helpers in mm and points."""

    width_mm: float
    height_mm: float
    dpi: int
    background: NDArray[np.uint8]
    printed: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.image = Image.fromarray(self.background, "RGB")
        self.draw = ImageDraw.Draw(self.image)

    @property
    def size_px(self) -> tuple[int, int]:
        return self.image.size

    def px(self, mm: float) -> int:
        return round(mm * self.dpi / MM_PER_INCH)

    def pt(self, points: float) -> int:
        return round(points * self.dpi / PT_PER_INCH)

    def text(
        self,
        x_mm: float,
        y_mm: float,
        text: str,
        size_pt: float,
        face: str = "sans",
        fill: Ink = INK,
        key: str | None = None,
        max_width_mm: float | None = None,
        anchor: str = "la",
    ) -> Box:
        """Draw `text` with its top-left (or `anchor`) at (x, y) mm, shrunk to `max_width_mm` if given.
        With a `key`, the value and its ink box go into `printed`. Returns the ink box."""
        px = self.pt(size_pt)
        f = font(face, px)
        if max_width_mm is not None:
            limit = self.px(max_width_mm)
            while px > 6 and f.getlength(text) > limit:
                px = int(px * 0.93)
                f = font(face, px)
        xy = (self.px(x_mm), self.px(y_mm))
        self.draw.text(xy, text, font=f, fill=fill, anchor=anchor)
        x0, y0, x1, y1 = self.draw.textbbox(xy, text, font=f, anchor=anchor)
        box = [int(x0), int(y0), int(x1), int(y1)]
        if key is not None:
            self.printed[key] = {"value": text, "box": box, "quad": rect_quad(box)}
        return box

    def label_value(
        self,
        x_mm: float,
        y_mm: float,
        label: str | tuple[str, ...],
        value: str,
        key: str,
        value_face: str = "sans_bold",
        value_pt: float = 8.0,
        label_pt: float = 5.0,
        label_face: str = "cjk",
        max_width_mm: float | None = None,
    ) -> Box:
        """A small label (one or more lines) with its value beneath, the way data pages print each
        field; returns the value's box."""
        labels = (label,) if isinstance(label, str) else label
        y = y_mm
        for line in labels:
            self.text(x_mm, y, line, label_pt, label_face, LABEL_INK, max_width_mm=max_width_mm)
            y += label_pt * 0.40
        return self.text(x_mm, y + 0.2, value, value_pt, value_face, key=key, max_width_mm=max_width_mm)

    def value_after(
        self, box: Box, text: str, size_pt: float, face: str, key: str, right_mm: float, gap_mm: float = 2.5
    ) -> Box:
        """A second value on the same line after `box` (a Latin name after the native one),
        sharing its baseline and shrunk to end before `right_mm`."""
        x = (box[2] + self.px(gap_mm)) * MM_PER_INCH / self.dpi
        y = box[3] * MM_PER_INCH / self.dpi
        return self.text(x, y, text, size_pt, face, key=key, anchor="ls", max_width_mm=right_mm - x)

    def paste(self, img: NDArray[np.uint8], x_mm: float, y_mm: float, alpha: float = 1.0) -> Box:
        """Paste an RGB array with its top-left at (x, y) mm, blended by `alpha`; returns its box."""
        x, y = self.px(x_mm), self.px(y_mm)
        h, w = img.shape[:2]
        region = np.asarray(self.image, dtype=np.uint8)[y : y + h, x : x + w]
        blended = (region.astype(np.float32) * (1 - alpha) + img.astype(np.float32) * alpha).astype(np.uint8)
        self.image.paste(Image.fromarray(blended, "RGB"), (x, y))
        return [x, y, x + w, y + h]

    def shift_printed(self, dx: int, dy: int) -> dict[str, dict[str, Any]]:
        """`printed` with every box moved by (dx, dy): the page pasted into a larger image."""
        out: dict[str, dict[str, Any]] = {}
        for k, v in self.printed.items():
            b = v["box"]
            box = [b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy]
            out[k] = {"value": v["value"], "box": box, "quad": rect_quad(box)}
        return out

    def rgb(self) -> NDArray[np.uint8]:
        return np.asarray(self.image, dtype=np.uint8).copy()
