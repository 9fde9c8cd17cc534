"""Rotation and skew helpers, checked on text rendered here with DejaVu Sans and turned by known
angles (counter-clockwise positive throughout)."""

from __future__ import annotations

import time
from functools import cache

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from PIL import Image, ImageDraw, ImageFont

from ocr.imaging import deskew, estimate_skew, rotate, rotate_quadrant, to_gray
from ocr.imaging.page import ImageArray

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LINES = [
    "Passports are travel documents issued by a government to its citizens",
    "that certify the identity and nationality of the holder for the purpose",
    "of international travel. Border officers check the document number,",
    "the date of birth and the expiry date in the machine readable zone:",
    "P<KAZIVANOVA<<AIGERIM<<<<<<<<<<<<<<<<<<<<<<<<",
    "N123456784KAZ9001014F3001012<<<<<<<<<<<<<<06",
]


@cache
def text_page(font_size: int = 28, width: int = 1500, height: int = 700) -> ImageArray:
    """Black text on white, BGR: the kind of page the skew estimator is built for."""
    im = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, font_size)
    for i, line in enumerate(LINES):
        draw.text((60, 60 + i * int(font_size * 1.7)), line, fill="black", font=font)
    return np.ascontiguousarray(np.asarray(im)[:, :, ::-1])


def with_portrait(page: ImageArray) -> ImageArray:
    """Adds a large dark photo-like block and a frame, which must not drag the estimate."""
    out = page.copy()
    height, width = out.shape[:2]
    rng = np.random.default_rng(7)
    block = rng.integers(20, 120, (height // 2, width // 5, 3), dtype=np.uint8)
    out[height // 3 : height // 3 + block.shape[0], width - block.shape[1] - 30 : width - 30] = block
    out[5:10, :] = 0
    out[:, 5:10] = 0
    return out


@pytest.mark.parametrize("angle", [-15.0, -12.5, -9.3, -6.0, -3.7, -1.0, 0.0, 0.6, 2.2, 5.0, 8.8, 11.4, 15.0])
def test_estimate_skew_recovers_known_angles(angle: float) -> None:
    turned = rotate(text_page(), angle)
    assert estimate_skew(to_gray(turned)) == pytest.approx(angle, abs=1.0)


@pytest.mark.parametrize("angle", [-11.0, 4.0])
def test_estimate_skew_ignores_photos_and_frames(angle: float) -> None:
    turned = rotate(with_portrait(text_page()), angle)
    assert estimate_skew(to_gray(turned)) == pytest.approx(angle, abs=1.0)


@pytest.mark.parametrize("font_size", [14, 48])
def test_estimate_skew_across_text_sizes(font_size: int) -> None:
    page = text_page(font_size, width=60 * font_size, height=14 * font_size)
    assert estimate_skew(to_gray(rotate(page, 7.5))) == pytest.approx(7.5, abs=1.0)


def test_estimate_skew_is_zero_without_text() -> None:
    assert estimate_skew(np.full((400, 600), 255, np.uint8)) == 0.0
    assert estimate_skew(np.zeros((400, 600), np.uint8)) == 0.0
    noise = np.random.default_rng(3).integers(0, 256, (400, 600), dtype=np.uint8)
    assert estimate_skew(noise) == 0.0
    assert estimate_skew(np.full((3, 3), 255, np.uint8)) == 0.0


def test_estimate_skew_is_fast_on_a_full_page_scan() -> None:
    a4 = np.full((3508, 2480, 3), 255, np.uint8)
    a4[200:900, 200:1700] = text_page()
    gray = to_gray(rotate(a4, 6.0))
    started = time.perf_counter()
    angle = estimate_skew(gray)
    assert time.perf_counter() - started < 1.0
    assert angle == pytest.approx(6.0, abs=1.0)


def test_deskew_levels_the_text() -> None:
    levelled, angle = deskew(rotate(text_page(), -8.0))
    assert angle == pytest.approx(-8.0, abs=1.0)
    assert levelled.dtype == np.uint8 and levelled.ndim == 3
    assert abs(estimate_skew(to_gray(levelled))) < 0.5


def test_deskew_leaves_level_or_blank_pages_alone() -> None:
    blank = np.full((100, 200, 3), 255, np.uint8)
    out, angle = deskew(blank)
    assert angle == 0.0
    assert np.array_equal(out, blank) and out is not blank


def corner_marked(height: int = 40, width: int = 60) -> ImageArray:
    img = np.full((height, width, 3), 255, np.uint8)
    img[:5, -5:] = (0, 0, 255)  # red in the top-right corner
    return img


def test_rotate_quadrant_turns_counter_clockwise() -> None:
    turned = rotate_quadrant(corner_marked(), 1)
    assert turned.shape == (60, 40, 3)
    assert tuple(turned[0, 0]) == (0, 0, 255)  # top-right moves to top-left
    assert tuple(rotate_quadrant(corner_marked(), -1)[-1, -1]) == (0, 0, 255)  # clockwise: to bottom-right
    assert rotate_quadrant(corner_marked(), 2)[-1, 0].tolist() == [0, 0, 255]
    assert turned.flags.c_contiguous


@given(
    arrays(np.uint8, st.tuples(st.integers(1, 12), st.integers(1, 12), st.just(3))),
    st.integers(-9, 9),
)
def test_rotate_quadrant_round_trips(img: ImageArray, k: int) -> None:
    assert np.array_equal(rotate_quadrant(rotate_quadrant(img, k), -k), img)
    assert np.array_equal(rotate_quadrant(img, 4 + k), rotate_quadrant(img, k))


def test_rotate_keeps_the_whole_page_on_a_larger_canvas() -> None:
    img = np.zeros((100, 200, 3), np.uint8)  # black page, so lost corners would show as missing black
    out = rotate(img, 30.0)
    expected_w = 200 * np.cos(np.radians(30)) + 100 * np.sin(np.radians(30))
    expected_h = 200 * np.sin(np.radians(30)) + 100 * np.cos(np.radians(30))
    assert out.shape[1] == pytest.approx(expected_w, abs=2)
    assert out.shape[0] == pytest.approx(expected_h, abs=2)
    assert (out < 128).all(axis=2).sum() == pytest.approx(200 * 100, rel=0.03)
    assert tuple(out[0, 0]) == (255, 255, 255)  # new corner filled with white paper


def test_rotate_direction_and_border() -> None:
    img = np.full((101, 101), 255, np.uint8)
    img[48:53, 90:100] = 0  # a mark right of centre
    out = rotate(img, 90.0 - 1e-12)  # a right angle takes the lossless path
    assert np.array_equal(out, rotate_quadrant(img, 1))
    out = rotate(img, 45.0, border=0)
    ys, xs = np.nonzero(out[5:-5, 5:-5] < 128)
    centre = out.shape[0] / 2 - 5
    assert ys.mean() < centre and xs.mean() > centre  # counter-clockwise: up and to the right
    assert out[0, 0] == 0


def test_to_gray_accepts_grey_bgr_and_bgra() -> None:
    bgr = np.zeros((4, 5, 3), np.uint8)
    bgr[..., 2] = 255
    gray = to_gray(bgr)
    assert gray.shape == (4, 5) and int(gray[0, 0]) == 76  # Rec. 601 luma of pure red
    assert to_gray(gray) is gray
    assert to_gray(np.dstack([bgr, np.full((4, 5), 255, np.uint8)])).shape == (4, 5)
    with pytest.raises(ValueError):
        to_gray(np.zeros((4, 5, 2), np.uint8))
