"""First guesses of where a template's page lies, from marks that are easy to find whatever the
scale: the machine readable zone (its character centres are printed at fixed positions), a printed
frame, and the outline of the paper or card against what it lies on. Each guess may be turned by a
half turn (or a quarter turn for a frame or outline); the layout fit decides which is right."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.imaging import to_gray
from ocr.mrz.locator import MrzBlock, find_blocks
from ocr.mrz.working import working_image
from ocr.templates import MrzAnchor
from ocr.viz.geometry import BoxMm, Matrix, PageImage, Pose, Quad, affine_homography, box_corners, quad_homography

WORK_SIDE = 1000  # outline and frame search run on a copy no longer: edges do not need detail


def _mrz_points(block: MrzBlock) -> NDArray[np.float64]:
    """First and last character centre of every line, in line order."""
    pts = []
    for f in block.lines:
        pts += [(f.x_first, f.y_at(f.x_first)), (f.x_last, f.y_at(f.x_last))]
    return np.asarray(pts, np.float64)


def _mrz_template_points(anchor: MrzAnchor, flipped: bool) -> NDArray[np.float64]:
    fx, fy = anchor.first_centre
    lx = fx + (anchor.chars - 1) * anchor.pitch
    pts = []
    for i in range(anchor.lines):
        y = fy + i * anchor.line_pitch
        pts += [(fx, y), (lx, y)]
    arr = np.asarray(pts, np.float64)
    return arr[::-1].copy() if flipped else arr


def _turn(k: int, shape: tuple[int, ...]) -> Matrix:
    """Maps pixel coordinates of rot90(img, -k) (k quarter turns clockwise) back to img."""
    h, w = shape[:2]
    if k % 4 == 0:
        return np.eye(3)
    if k % 4 == 1:  # rotated (x', y') = (h-1-y, x)  ->  x = y', y = h-1-x'
        return np.array([[0, 1, 0], [-1, 0, h - 1], [0, 0, 1]], np.float64)
    if k % 4 == 2:
        return np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], np.float64)
    return np.array([[0, -1, w - 1], [1, 0, 0], [0, 0, 1]], np.float64)


def _around(image: NDArray[np.uint8], near: Quad) -> tuple[NDArray[np.uint8], tuple[int, int]]:
    """The part of the image round the MRZ reader's box, with room for the locator's size limits."""
    pts = np.asarray(near, np.float64)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    pad = 1.5 * min(x1 - x0, y1 - y0)
    h, w = image.shape[:2]
    xa, ya = max(0, int(x0 - pad)), max(0, int(y0 - pad))
    xb, yb = min(w, int(x1 + pad) + 1), min(h, int(y1 + pad) + 1)
    return np.ascontiguousarray(image[ya:yb, xa:xb]), (xa, ya)


def mrz_poses(image: NDArray[np.uint8], anchor: MrzAnchor, near: Quad = ()) -> list[Pose]:
    """Poses from the machine readable zone with `anchor.lines` lines of `anchor.chars`, both
    upright and half-turned; searched round `near` (the MRZ reader's box, image px) when given.
    Empty when no such zone is found."""
    offset = (0, 0)
    if near:
        image, offset = _around(image, near)
    gray, scale = working_image(to_gray(image))
    for k in (0, 1, 3):
        work = gray if k == 0 else np.ascontiguousarray(np.rot90(gray, -k))
        back = _turn(k, gray.shape)
        blocks = []
        for variant in (0, 1):
            blocks = [
                b
                for b in find_blocks(work, variant)
                if len(b.lines) == anchor.lines and b.chars_per_line == anchor.chars
            ]
            if blocks:
                break
        if not blocks:
            continue
        src = _mrz_points(blocks[0])
        to_image = (
            np.array([[1, 0, offset[0]], [0, 1, offset[1]], [0, 0, 1]]) @ np.diag([1 / scale, 1 / scale, 1.0]) @ back
        )
        out = []
        for flipped in (False, True):
            m = affine_homography(_mrz_template_points(anchor, flipped), src)
            out.append(Pose(to_image @ m, "mrz" + (" half-turned" if flipped else "")))
        return out
    return []


def order_quad(pts: NDArray[np.float64]) -> NDArray[np.float64]:
    """Four points clockwise (in image coordinates, y down) starting from the top-left one."""
    c = pts.mean(axis=0)
    ang = np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0])
    p = pts[np.argsort(ang)]
    start = int(np.argmin(p.sum(axis=1)))
    return np.roll(p, -start, axis=0)


def quad_poses(quad: NDArray[np.float64], box: BoxMm, source: str, aspect_tolerance: float = 0.15) -> list[Pose]:
    """Poses putting template `box` on image `quad`, one per quarter turn whose side ratio fits."""
    q = order_quad(np.asarray(quad, np.float64))
    top = float(np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    side = float(np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    seen = top / max(side, 1e-6)
    want = (box[2] - box[0]) / (box[3] - box[1])
    src = box_corners(box)
    out = []
    for k in range(4):
        ratio = seen if k % 2 == 0 else 1 / seen
        if abs(np.log(ratio / want)) > aspect_tolerance:
            continue
        out.append(Pose(quad_homography(src, np.roll(q, -k, axis=0)), f"{source} turn {k}"))
    return out


def _quad_of(contour: cv2.typing.MatLike) -> NDArray[np.float64] | None:
    hull = cv2.convexHull(contour)
    peri = cv2.arcLength(hull, True)
    for eps in (0.015, 0.025, 0.04):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            return np.asarray(approx.reshape(4, 2), np.float64)
    return None


def frame_quads(page: PageImage, min_area: float = 0.15, limit: int = 4) -> list[NDArray[np.float64]]:
    """Convex four-sided rings of ink covering at least `min_area` of the image, largest first:
    printed frames (and the edge of a sheet on a dark background)."""
    small, f = page.small(WORK_SIDE)
    dark = small.min(axis=2) if small.ndim == 3 else small
    block = max(15, (min(dark.shape[:2]) // 25) | 1)
    ink = cv2.adaptiveThreshold(dark, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)
    contours, _ = cv2.findContours(ink, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    area = dark.shape[0] * dark.shape[1]
    quads: list[tuple[float, NDArray[np.float64]]] = []
    for c in contours:
        a = cv2.contourArea(c)
        if a < min_area * area:
            continue
        q = _quad_of(c)
        if q is None or not cv2.isContourConvex(q.astype(np.int32).reshape(-1, 1, 2)):
            continue
        if cv2.contourArea(q.astype(np.float32)) > 1.15 * a:  # a blob, not a ring that follows a rectangle
            continue
        quads.append((a, q / f))
    quads.sort(key=lambda t: -t[0])
    out: list[NDArray[np.float64]] = []
    for _, q in quads:  # drop near-duplicates (both edges of one stroke)
        if all(np.abs(order_quad(q) - order_quad(o)).max() > 0.01 * max(page.image.shape[:2]) for o in out):
            out.append(q)
        if len(out) >= limit:
            break
    return out


def outline_quads(page: PageImage, min_area: float = 0.04, limit: int = 3) -> list[NDArray[np.float64]]:
    """Outlines of sheets or cards, found two ways that fail differently: by filling the background
    in from the image border up to any edge (exact on desks and dark lids, leaks into a pale card on
    a white lid), and by colour and texture unlike the border's (rougher, but sees a pale card)."""
    small, f = page.small(WORK_SIDE)
    return [q / f for q in _flooded(small, min_area, limit) + _unlike_border(small, min_area, limit)]


def _regions_quads(fg: NDArray[np.uint8], min_area: float, limit: int) -> list[NDArray[np.float64]]:
    h, w = fg.shape[:2]
    contours, _ = cv2.findContours(fg, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    out = []
    for c in sorted(contours, key=cv2.contourArea, reverse=True)[:limit]:
        if cv2.contourArea(c) < min_area * h * w:
            break
        q = _sides_quad(c.reshape(-1, 2).astype(np.float64))
        if q is not None:
            out.append(q)
    return out


def _flooded(small: NDArray[np.uint8], min_area: float, limit: int) -> list[NDArray[np.float64]]:
    """Regions the background cannot reach: flood fills from the border, with small steps in
    colour (lighting gradients pass) and stopped by edges."""
    h, w = small.shape[:2]
    blur = cv2.GaussianBlur(small, (0, 0), 1.5)
    mask = np.zeros((h + 2, w + 2), np.uint8)
    mask[1:-1, 1:-1] = cv2.Canny(cv2.cvtColor(blur, cv2.COLOR_BGR2GRAY), 20, 50) // 255
    flags = 4 | cv2.FLOODFILL_MASK_ONLY | (255 << 8)
    step = max(4, min(h, w) // 40)
    seeds = [(x, y) for x in range(0, w, step) for y in (0, h - 1)] + [
        (x, y) for y in range(0, h, step) for x in (0, w - 1)
    ]
    for x, y in seeds:
        if mask[y + 1, x + 1] == 0:
            cv2.floodFill(blur, mask, (x, y), 0, (3, 3, 3), (3, 3, 3), flags)
    fg = np.where(mask[1:-1, 1:-1] == 255, 0, 255).astype(np.uint8)
    k = max(3, round(0.01 * min(h, w))) | 1
    fg = np.asarray(cv2.morphologyEx(fg, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))), np.uint8)
    return _regions_quads(fg, min_area, limit)


def _unlike_border(small: NDArray[np.uint8], min_area: float, limit: int) -> list[NDArray[np.float64]]:
    """Regions unlike the image border in colour or texture, holes filled."""
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2Lab).astype(np.float32)
    h, w = lab.shape[:2]
    b = max(3, round(0.02 * min(h, w)))
    border = np.concatenate([lab[:b].reshape(-1, 3), lab[-b:].reshape(-1, 3),
                             lab[:, :b].reshape(-1, 3), lab[:, -b:].reshape(-1, 3)])  # fmt: skip
    med = np.median(border, axis=0)
    dist = np.linalg.norm(lab - med, axis=2)
    spread = float(np.percentile(np.linalg.norm(border - med, axis=1), 90))
    lum = lab[..., 0]
    mu = cv2.blur(lum, (5, 5))
    sd = np.sqrt(np.maximum(cv2.blur(lum * lum, (5, 5)) - mu * mu, 0))
    bsd = np.concatenate([sd[:b].ravel(), sd[-b:].ravel(), sd[:, :b].ravel(), sd[:, -b:].ravel()])
    fg = ((dist > max(12.0, 2.0 * spread)) | (sd > max(4.0, 2.5 * float(np.percentile(bsd, 90))))).astype(np.uint8)
    k = max(3, round(0.015 * min(h, w))) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    fg = np.asarray(cv2.morphologyEx(fg * 255, cv2.MORPH_CLOSE, kernel), np.uint8)
    contours, _ = cv2.findContours(fg, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros_like(fg)
    cv2.drawContours(filled, contours, -1, 255, cv2.FILLED)
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * k + 1, 2 * k + 1))
    filled = np.asarray(cv2.morphologyEx(filled, cv2.MORPH_OPEN, opening), np.uint8)
    return _regions_quads(filled, min_area, limit)


def _sides_quad(pts: NDArray[np.float64]) -> NDArray[np.float64] | None:
    """The quadrilateral of a region's four straight sides: boundary points are shared out to the
    nearest side of the minimum-area rectangle, each side is fitted by RANSAC (so a glare spot or
    shadow fused to the region, or a rounded corner, does not pull it) and neighbours intersected."""
    rect = order_quad(np.asarray(cv2.boxPoints(cv2.minAreaRect(pts.astype(np.float32))), np.float64))
    sides = [(rect[i], rect[(i + 1) % 4]) for i in range(4)]
    d = np.stack([_seg_dist(pts, a, b) for a, b in sides], axis=1)
    owner = np.argmin(d, axis=1)
    tol = 0.01 * float(min(np.linalg.norm(rect[1] - rect[0]), np.linalg.norm(rect[3] - rect[0]))) + 1.0
    rng = np.random.default_rng(0)
    lines = []
    for i, (a, b) in enumerate(sides):
        p = pts[owner == i]
        t = _along(p, a, b)
        p = p[(t > 0.12) & (t < 0.88)]  # away from (possibly rounded) corners
        if len(p) < 8:
            return None
        lines.append(_ransac_line(p, tol, rng))
    corners = [_cross(lines[i - 1], lines[i]) for i in range(4)]
    if any(c is None for c in corners):
        return None
    return order_quad(np.asarray(corners, np.float64))


def _seg_dist(p: NDArray[np.float64], a: NDArray[np.float64], b: NDArray[np.float64]) -> NDArray[np.float64]:
    t = np.clip(_along(p, a, b), 0, 1)
    proj = a + t[:, None] * (b - a)
    return np.asarray(np.linalg.norm(p - proj, axis=1), np.float64)


def _along(p: NDArray[np.float64], a: NDArray[np.float64], b: NDArray[np.float64]) -> NDArray[np.float64]:
    ab = b - a
    return np.asarray(((p - a) @ ab) / max(float(ab @ ab), 1e-9), np.float64)


def _ransac_line(
    p: NDArray[np.float64], tol: float, rng: np.random.Generator
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(point, unit direction) of the line most boundary points lie on."""
    best = np.zeros(len(p), bool)
    for _ in range(60):
        i, j = rng.choice(len(p), 2, replace=False)
        d = p[j] - p[i]
        n = np.linalg.norm(d)
        if n < 1e-6:
            continue
        normal = np.array([-d[1], d[0]]) / n
        inl = np.abs((p - p[i]) @ normal) < tol
        if inl.sum() > best.sum():
            best = inl
    q = p[best] if best.sum() >= 2 else p
    c = q.mean(axis=0)
    _, _, vt = np.linalg.svd(q - c, full_matrices=False)
    return c, vt[0]


def _cross(
    l1: tuple[NDArray[np.float64], NDArray[np.float64]], l2: tuple[NDArray[np.float64], NDArray[np.float64]]
) -> tuple[float, float] | None:
    (p1, d1), (p2, d2) = l1, l2
    m = np.array([[d1[0], -d2[0]], [d1[1], -d2[1]]])
    if abs(np.linalg.det(m)) < 1e-6:
        return None
    t, _ = np.linalg.solve(m, p2 - p1)
    x = p1 + t * d1
    return float(x[0]), float(x[1])
