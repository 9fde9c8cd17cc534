"""Pin a page down by its print. Under a first-guess pose the page is cut out straight; its printed
lines (labels, titles, the start of every value) are compared with where the template says they
are, as two masks. The best shift of the whole page, then of each quarter of it, corrects the pose
for what a first guess misses (perspective, a stretched scan, a card edge lost on a white lid), and
the agreement left at the end says how much the page looks like this template at all."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.templates import Template
from ocr.viz.geometry import Matrix, PageImage, Pose, affine_homography, quad_homography, rectify
from ocr.viz.ink import ink_mask, line_blobs, text_gray

VALUE_START_MM = 6.0  # every value has ink at least this far from where it starts
GOOD_ENOUGH = 0.35  # a fit agreeing this well is not refined any further
# A coarse fit below this is another document: refining it costs most of a page's reading time,
# and never lifted one above 0.11 (181 fits on factory pages of every kind, scanner and phone
# captures), far under the 0.15 a page kind needs; the right template's coarse fit was 0.146 or more.
HOPELESS = 0.08


@dataclass(frozen=True)
class _Model:
    scale: float  # px per mm
    mask: NDArray[np.float32]  # expected line mask over the page, page (0, 0) at pixel (0, 0)
    quarters: tuple[tuple[int, int, int, int], ...]  # pixel boxes of the grid cells worth fitting


@lru_cache(maxsize=64)
def _model(template: Template, scale: float, grid: int = 2) -> _Model:
    w, h = template.page_mm
    mask = np.zeros((round(h * scale), round(w * scale)), np.float32)

    def put(x0: float, y0: float, x1: float, y1: float, weight: float = 1.0) -> None:
        inset = (y1 - y0) * 0.18  # boxes run from ascender to descender; ink is mostly between
        cv2.rectangle(mask, (round(x0 * scale), round((y0 + inset) * scale)),
                      (round(x1 * scale), round((y1 - inset) * scale)), weight, -1)  # fmt: skip

    for a in (*template.titles, *template.labels):
        put(*a.box)
    for f in template.fields:
        if f.type == "code":
            continue
        x0, y0, x1, y1 = f.box
        if f.after is None:
            put(x0, y0, min(x1, x0 + VALUE_START_MM), y1)
    if template.mrz is not None:
        # each MRZ line is a bar of fixed length: it pins rows down, but weighs little, or a page
        # turned upside down would match on its MRZ alone
        m = template.mrz
        fx, fy = m.first_centre
        for i in range(m.lines):
            y = fy + i * m.line_pitch
            put(fx - m.pitch / 2, y - 1.5, fx + (m.chars - 0.5) * m.pitch, y + 1.5, 0.4)
    cells = []
    mh, mw = mask.shape
    for qy in range(grid):
        for qx in range(grid):
            box = (qx * mw // grid, qy * mh // grid, (qx + 1) * mw // grid, (qy + 1) * mh // grid)
            if mask[box[1] : box[3], box[0] : box[2]].mean() > 0.01:
                cells.append(box)
    return _Model(scale, mask, tuple(cells))


def page_lines(page: PageImage, h: Matrix, template: Template, scale: float, margin: float) -> NDArray[np.float32]:
    """The page cut out straight at `scale` px/mm with `margin` mm round it, as a line-blob mask."""
    w, hh = template.page_mm
    img, hs = page.for_scale(h, (w / 2, hh / 2), scale)
    patch = text_gray(rectify(img, hs, (-margin, -margin, w + margin, hh + margin), scale))
    ink = ink_mask(patch, round(3.0 * scale), 12)
    blobs = line_blobs(ink, round(1.2 * scale))
    return np.asarray(blobs, np.float32) / 255.0


def _match(search: NDArray[np.float32], tmpl: NDArray[np.float32]) -> tuple[float, tuple[int, int]]:
    res = cv2.matchTemplate(search, tmpl, cv2.TM_CCOEFF_NORMED)
    _, best, _, loc = cv2.minMaxLoc(res)
    return float(best), (int(loc[0]), int(loc[1]))


def fit_layout(
    page: PageImage,
    pose: Pose,
    template: Template,
    scale: float,
    search_mm: float,
    quarters: bool = True,
    grid: int = 2,
) -> Pose:
    """`pose` corrected by the page's printed lines: the best shift of the whole page within
    `search_mm`, then (with `quarters`) of each part of a `grid` x `grid` split within 3 mm of it,
    whose shifts give a homography that also corrects rotation, scale and perspective. Scored by
    the agreement left (Pearson correlation of the two masks, clipped to 0..1)."""
    model = _model(template, scale, grid)
    key = f"lines:{pose.h.tobytes().hex()}:{template.page_mm}:{scale}:{search_mm}"
    lines = page.memo(key, lambda: page_lines(page, pose.h, template, scale, search_mm))
    s = round(search_mm * scale)
    score, (lx, ly) = _match(lines, model.mask)
    if not np.isfinite(score):
        return replace(pose, score=0.0)
    dx, dy = (lx - s) / scale, (ly - s) / scale
    shift = np.array([[1, 0, dx], [0, 1, dy], [0, 0, 1]], np.float64)
    if not quarters:
        return Pose(pose.h @ shift, pose.source, max(0.0, score))
    src, dst = [], []
    near = round(min(3.0, search_mm) * scale)
    for x0, y0, x1, y1 in model.quarters:
        part = model.mask[y0:y1, x0:x1]
        sx0, sy0 = x0 + lx - near, y0 + ly - near
        if sx0 < 0 or sy0 < 0:
            continue
        region = lines[sy0 : sy0 + (y1 - y0) + 2 * near, sx0 : sx0 + (x1 - x0) + 2 * near]
        if region.shape[0] < part.shape[0] + 2 * near or region.shape[1] < part.shape[1] + 2 * near:
            continue
        q_score, (qx, qy) = _match(region, part)
        if q_score < 0.25:
            continue
        cx, cy = (x0 + x1) / 2 / scale, (y0 + y1) / 2 / scale
        src.append((cx, cy))
        dst.append((cx + dx + (qx - near) / scale, cy + dy + (qy - near) / scale))
    correction = shift
    if len(src) > 4:  # more parts than a homography needs: least squares, outliers dropped
        found, _ = cv2.findHomography(np.asarray(src, np.float32), np.asarray(dst, np.float32), cv2.RANSAC, 1.0)
        correction = np.asarray(found, np.float64) if found is not None else shift
    elif len(src) == 4:
        correction = quad_homography(np.asarray(src), np.asarray(dst))
    elif len(src) == 3:
        correction = affine_homography(np.asarray(src), np.asarray(dst))
    return Pose(pose.h @ correction, pose.source, max(0.0, score))


def best_fit(page: PageImage, poses: list[Pose], template: Template, search_mm: float = 10.0) -> Pose | None:
    """The best of `poses` after a coarse shift of each (within `search_mm`), refined by finer
    fits. Refining by parts corrects perspective but can also spoil a pose that was right (a part
    with little print locks onto the wrong line), so the refinements compete with plain shifts,
    each judged by how well the page then agrees with the template at the finest scale. A pose
    whose coarse fit is hopeless is returned as it is (see HOPELESS)."""
    if not poses:
        return None
    coarse = [fit_layout(page, p, template, 1.5, search_mm, quarters=False) for p in poses]
    best = max(coarse, key=lambda p: p.score)
    if best.score < HOPELESS:
        return best

    def judged(pose: Pose) -> Pose:
        return fit_layout(page, pose, template, 4.0, 1.0, quarters=False)

    mid = fit_layout(page, fit_layout(page, best, template, 2.5, 3.0), template, 2.5, 2.0)
    tried = [judged(fit_layout(page, mid, template, 4.0, 1.5))]
    tried.append(judged(fit_layout(page, best, template, 2.5, 3.0, quarters=False)))
    if max(p.score for p in tried) < GOOD_ENOUGH:  # a strongly slanted photo: fit in nine parts too
        nine = fit_layout(page, best, template, 2.5, 3.0, grid=3)
        nine = fit_layout(page, fit_layout(page, nine, template, 2.5, 2.0, grid=3), template, 4.0, 1.5, grid=3)
        tried.append(judged(nine))
    return max(tried, key=lambda p: p.score)
