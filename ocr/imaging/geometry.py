"""Rotation and skew helpers shared by the MRZ reader and the field readers. Angles are in degrees and
counter-clockwise positive (OpenCV's convention), so `rotate(img, -estimate_skew(to_gray(img)))`
levels the text."""

from __future__ import annotations

import math

import cv2
import numpy as np
import numpy.typing as npt

from ocr.imaging.page import ImageArray

WHITE = (255, 255, 255)

MAX_SKEW_DEG = 20.0
# Skew is measured on a copy no larger than this: text stays legible and the search stays fast.
_SKEW_WORK_SIDE = 1600
_MIN_GLYPHS = 8
# How much sharper the best projection must be than a typical angle before we believe in text lines.
_MIN_PEAK_RATIO = 1.15


def to_gray(img: ImageArray) -> ImageArray:
    """Single-channel uint8 from grey, BGR or BGRA input."""
    if img.ndim == 2:
        return img
    if img.ndim == 3 and img.shape[2] == 1:
        return np.ascontiguousarray(img[:, :, 0])
    if img.ndim == 3 and img.shape[2] == 3:
        return np.asarray(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    if img.ndim == 3 and img.shape[2] == 4:
        return np.asarray(cv2.cvtColor(img, cv2.COLOR_BGRA2GRAY), dtype=np.uint8)
    raise ValueError(f"expected a grey, BGR or BGRA image, got shape {img.shape}")


def rotate_quadrant(img: ImageArray, k: int) -> ImageArray:
    """Turn by k quarter turns counter-clockwise (negative k: clockwise). Lossless: pixels are only
    moved, never resampled."""
    return np.ascontiguousarray(np.rot90(img, k % 4))


def rotate(img: ImageArray, angle_deg: float, border: int | tuple[int, int, int] = WHITE) -> ImageArray:
    """Rotate counter-clockwise by `angle_deg` on a canvas enlarged to keep every corner of the page;
    the new corners are filled with `border` (white paper by default)."""
    quarter = angle_deg / 90.0
    if math.isclose(quarter, round(quarter), abs_tol=1e-9):
        return rotate_quadrant(img, round(quarter))
    height, width = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2.0, height / 2.0), angle_deg, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w = math.ceil(height * sin + width * cos - 1e-6)
    new_h = math.ceil(height * cos + width * sin - 1e-6)
    matrix[0, 2] += new_w / 2.0 - width / 2.0
    matrix[1, 2] += new_h / 2.0 - height / 2.0
    fill = (border, border, border) if isinstance(border, int) else border
    out = cv2.warpAffine(
        img,
        matrix,
        (new_w, new_h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=fill,
    )
    return np.ascontiguousarray(out, dtype=np.uint8)


def estimate_skew(gray: ImageArray) -> float:
    """Angle of the dominant text lines in degrees (counter-clockwise positive) within ±20°, or 0.0
    when there is no text to measure.

    Projection-profile search on glyph centres (Baird's method): each character-sized blob becomes
    one point, and at the true angle those points fall into few narrow bands, which maximises the
    sum of squared band counts. Photos, frames and noise are dropped by blob size first, so a
    portrait or a card edge does not vote."""
    points, band = _glyph_centres(to_gray(gray))
    if len(points) < _MIN_GLYPHS:
        return 0.0
    coarse = np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-9, 0.25)
    coarse_scores = _profile_scores(points, coarse, band)
    best = int(np.argmax(coarse_scores))
    if coarse_scores[best] < _MIN_PEAK_RATIO * float(np.median(coarse_scores)):
        return 0.0
    centre = float(coarse[best])
    fine = np.arange(centre - 0.5, centre + 0.5 + 1e-9, 0.02)
    fine = fine[np.abs(fine) <= MAX_SKEW_DEG]
    fine_scores = _profile_scores(points, fine, band)
    # The peak can be a short plateau; its middle is the best estimate.
    near_best = fine[fine_scores >= fine_scores.max() * 0.995]
    angle = float(np.clip(near_best.mean(), -MAX_SKEW_DEG, MAX_SKEW_DEG))
    return 0.0 if abs(angle) < 1e-9 else angle


def deskew(img: ImageArray) -> tuple[ImageArray, float]:
    """The image with its text levelled, and the skew that was removed (estimate_skew's angle)."""
    angle = estimate_skew(to_gray(img))
    if angle == 0.0:
        return img.copy(), 0.0
    return rotate(img, -angle), angle


def _glyph_centres(gray: ImageArray) -> tuple[npt.NDArray[np.float64], float]:
    """Centres of character-sized dark blobs that sit in text-line-shaped regions (on a downscaled
    copy), and the band width to bin them with (a third of the typical glyph height)."""
    empty = (np.empty((0, 2)), 1.0)
    height, width = gray.shape[:2]
    if height < 8 or width < 8:
        return empty
    factor = min(1.0, _SKEW_WORK_SIDE / max(height, width))
    small = gray
    if factor < 1.0:
        size = (round(width * factor), round(height * factor))
        small = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    block = max(15, (min(small.shape[:2]) // 20) | 1)
    ink = np.asarray(
        cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 12),
        dtype=np.uint8,
    )
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return empty
    stats, centroids = stats[1:], centroids[1:]
    h_img, w_img = small.shape[:2]
    blob_w = stats[:, cv2.CC_STAT_WIDTH]
    blob_h = stats[:, cv2.CC_STAT_HEIGHT]
    area = stats[:, cv2.CC_STAT_AREA]
    plausible = (area >= 6) & (blob_h >= 3) & (blob_h <= h_img / 6) & (blob_w <= w_img / 6)
    lines = _text_line_mask(ink)
    cx = np.clip(np.rint(centroids[:, 0]).astype(np.int64), 0, w_img - 1)
    cy = np.clip(np.rint(centroids[:, 1]).astype(np.int64), 0, h_img - 1)
    in_line = lines[cy, cx] > 0
    candidates = plausible & in_line
    if candidates.sum() < _MIN_GLYPHS:
        return empty
    typical_h = float(np.median(blob_h[candidates]))
    glyphs = candidates & (blob_h >= typical_h * 0.4) & (blob_h <= typical_h * 2.5)
    return centroids[glyphs].astype(np.float64), max(1.0, typical_h / 3.0)


def _text_line_mask(ink: ImageArray) -> ImageArray:
    """Regions that look like lines of text: ink smeared sideways becomes long thin bands, while a
    photo, a guilloche or noise becomes one fat blob. Several smear lengths are tried because the
    text size is unknown; the one giving the most band length wins."""
    h_img, w_img = ink.shape[:2]
    best_mask = np.zeros_like(ink)
    best_length = 0.0
    for fraction in (0.01, 0.02, 0.04):
        reach = max(3, round(w_img * fraction))
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (reach, 1))
        smeared = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, kernel)
        contours, _ = cv2.findContours(smeared, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        lengths = [_band_length(c, reach, h_img) for c in contours]
        length = sum(lengths)
        if length > best_length:
            mask = np.zeros_like(ink)
            kept = [c for c, band in zip(contours, lengths, strict=True) if band > 0]
            cv2.drawContours(mask, kept, -1, 255, thickness=cv2.FILLED)
            best_mask, best_length = mask, length
    return best_mask


def _band_length(contour: cv2.typing.MatLike, reach: int, h_img: int) -> float:
    """Length of a blob that is a plausible text line (long, thin, near horizontal), else 0."""
    (_, _), (side_a, side_b), rect_angle = cv2.minAreaRect(contour)
    long_side, short_side = max(side_a, side_b), min(side_a, side_b)
    if long_side < 2 * reach or long_side < 4 * max(short_side, 1.0) or short_side > h_img / 8:
        return 0.0
    # Direction of the long side, folded into [-90, 90); text lines lie near horizontal.
    direction = rect_angle if side_a >= side_b else rect_angle - 90.0
    direction = (direction + 90.0) % 180.0 - 90.0
    return float(long_side) if abs(direction) <= MAX_SKEW_DEG + 5.0 else 0.0


def _profile_scores(
    points: npt.NDArray[np.float64], angles_deg: npt.NDArray[np.float64], band: float
) -> npt.NDArray[np.float64]:
    xs, ys = points[:, 0], points[:, 1]
    scores = np.empty(len(angles_deg), dtype=np.float64)
    for i, angle in enumerate(np.deg2rad(angles_deg)):
        # Distance across lines tilted counter-clockwise by `angle` (image y grows downwards).
        across = ys * math.cos(angle) + xs * math.sin(angle)
        position = (across - across.min()) / band
        lower = np.floor(position)
        upper_share = position - lower
        # Linear (soft) binning keeps the score smooth in the angle, so the peak is not quantised.
        index = lower.astype(np.int64)
        counts = np.bincount(index, weights=1.0 - upper_share, minlength=int(index.max()) + 2)
        counts += np.bincount(index + 1, weights=upper_share, minlength=len(counts))
        scores[i] = float(np.dot(counts, counts))
    return scores
