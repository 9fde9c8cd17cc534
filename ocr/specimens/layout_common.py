"""Page geometry shared by the layouts: ICAO sizes and MRZ positions, portrait and ghost image."""

from __future__ import annotations

import datetime as dt

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.specimens.canvas import Box, Page
from ocr.specimens.guilloche import clear_band, guilloche
from ocr.specimens.mrz_render import PITCH_MM, draw_mrz
from ocr.specimens.persons import SpecimenPerson
from ocr.specimens.portrait import portrait

TD3_MM = (125.0, 88.0)  # ID-3 passport page
TD1_MM = (85.6, 54.0)  # ID-1 card
MRZ_LINE_PITCH_MM = 4.3
TD3_MRZ_TOP_MM = 88.0 - 23.2  # top of the TD3 machine readable zone
TD1_MRZ_TOP_MM = 54.0 - 17.9


def age(person: SpecimenPerson, on: dt.date) -> int:
    b = person.birth_date
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def draw_portrait(
    page: Page, person: SpecimenPerson, on: dt.date, x_mm: float, y_mm: float, w_mm: float, h_mm: float
) -> Box:
    """The holder's photo: printed slightly desaturated, as laser-engraved/inkjet photos are."""
    img = portrait(person.person_id, person.sex, age(person, on), page.px(w_mm), page.px(h_mm))
    grey = img.mean(axis=2, keepdims=True)
    img = (img * 0.8 + grey * 0.2).astype(np.uint8)
    return page.paste(img, x_mm, y_mm)


def draw_ghost(page: Page, person: SpecimenPerson, on: dt.date, x_mm: float, y_mm: float, w_mm: float, h_mm: float,
               source_mm: tuple[float, float] = (32.0, 41.0)) -> None:  # fmt: skip
    """The small faded second portrait real data pages carry as a security feature: the main
    portrait (drawn at `source_mm`, already cached) shrunk, greyed and printed at 28% ink."""
    main = portrait(person.person_id, person.sex, age(person, on), page.px(source_mm[0]), page.px(source_mm[1]))
    img = cv2.resize(main, (page.px(w_mm), page.px(h_mm)), interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    tinted = np.stack([grey * 0.9, grey * 0.85, grey * 0.95], axis=2).clip(0, 255).astype(np.uint8)
    page.paste(tinted, x_mm, y_mm, alpha=0.28)


def background(kind: str, size_mm: tuple[float, float], dpi: int, mrz_top_mm: float | None) -> NDArray[np.uint8]:
    """The security background at `dpi`, whitened below `mrz_top_mm` (the MRZ clear zone)."""
    w, h = round(size_mm[0] * dpi / 25.4), round(size_mm[1] * dpi / 25.4)
    img = guilloche(kind, w, h)
    if mrz_top_mm is not None:
        clear_band(img, round(mrz_top_mm * dpi / 25.4), h)
    return img


def draw_td3_mrz(page: Page, lines: tuple[str, ...]) -> list[Box]:
    """Two 44-character lines centred on the page, the last baseline ~6 mm above the bottom edge."""
    x = (TD3_MM[0] - 44 * PITCH_MM) / 2
    return draw_mrz(page, lines, x, 88.0 - 6.0 - MRZ_LINE_PITCH_MM, MRZ_LINE_PITCH_MM)


def draw_td1_mrz(page: Page, lines: tuple[str, ...]) -> list[Box]:
    """Three 30-character lines on the back of an ID-1 card."""
    x = (TD1_MM[0] - 30 * PITCH_MM) / 2
    pitch = 4.1
    return draw_mrz(page, lines, x, 54.0 - 4.2 - 2 * pitch, pitch)


def rounded_mask(w: int, h: int, radius: int) -> NDArray[np.uint8]:
    """255 inside a card with rounded corners (ID-1 corner radius 3.18 mm)."""
    m = np.zeros((h, w), np.uint8)
    cv2.rectangle(m, (radius, 0), (w - 1 - radius, h - 1), 255, -1)
    cv2.rectangle(m, (0, radius), (w - 1, h - 1 - radius), 255, -1)
    for cx, cy in (
        (radius, radius),
        (w - 1 - radius, radius),
        (radius, h - 1 - radius),
        (w - 1 - radius, h - 1 - radius),
    ):
        cv2.circle(m, (cx, cy), radius, 255, -1, cv2.LINE_AA)
    return m
