"""Find the machine readable zone: two or three long, parallel, evenly pitched lines of characters.

Works on connected components rather than on fixed morphology kernels, so it does not depend on the
scale of the document in the picture: characters are linked to their right-hand neighbours into
chains, chains into lines, and lines into a 2- or 3-line block of equal length. Skew up to ±20° is
handled by the line fit; quarter turns by retrying on the turned image (the caller does that)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import cv2
import numpy as np

from ocr.mrz.formats import MrzFormat

# Line lengths ICAO allows, and the block shapes they come in.
SHAPES: dict[int, tuple[int, ...]] = {3: (30,), 2: (36, 44)}


@dataclass(frozen=True)
class LineFit:
    """One text line in working-image pixels: y = slope·x + intercept through character centres."""

    slope: float
    intercept: float
    x_first: float  # centre of the first character
    x_last: float  # centre of the last character
    char_height: float
    pitch: float
    members: int
    centers: np.ndarray  # (k, 2) component centres, sorted by x
    widths: np.ndarray  # (k,) component widths, same order: a blob twice as wide is two glyphs touching

    @property
    def angle(self) -> float:
        return float(np.degrees(np.arctan(self.slope)))

    @property
    def length(self) -> float:
        return float(np.hypot(self.x_last - self.x_first, self.slope * (self.x_last - self.x_first)))

    def y_at(self, x: float) -> float:
        return self.slope * x + self.intercept

    @property
    def estimated_chars(self) -> float:
        return self.length / self.pitch + 1.0 if self.pitch > 0 else 0.0


@dataclass(frozen=True)
class MrzBlock:
    """A candidate zone: its lines top to bottom, and the character count each line must have."""

    lines: tuple[LineFit, ...]
    chars_per_line: int
    score: float

    @property
    def format_hint(self) -> tuple[MrzFormat, ...]:
        if len(self.lines) == 3:
            return (MrzFormat.TD1,)
        return (MrzFormat.TD3, MrzFormat.MRVA) if self.chars_per_line == 44 else (MrzFormat.TD2, MrzFormat.MRVB)


# Binarisation variants, tried in turn by the reader while nothing convincing is found: the plain local
# threshold suits most pages; the smoothed, stricter one suppresses fine security-print line texture
# that otherwise welds characters into one blob.
BINARISATIONS: tuple[tuple[float, int], ...] = ((0.0, 12), (1.0, 18))


def binarise(gray: np.ndarray, variant: int = 0) -> np.ndarray:
    """Ink as 255: a local threshold, so uneven light and glare do not swallow whole lines."""
    sigma, offset = BINARISATIONS[variant]
    h, w = gray.shape
    block = max(15, (min(h, w) // 30) | 1)
    src = cv2.GaussianBlur(gray, (0, 0), sigma) if sigma > 0 else gray
    return cv2.adaptiveThreshold(src, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, offset)


def _components(ink: np.ndarray) -> np.ndarray:
    """Rows of (cx, cy, w, h) for blobs that could be characters or pairs of touching characters."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return np.zeros((0, 4), np.float32)
    st = stats[1:]
    w, h, area = st[:, cv2.CC_STAT_WIDTH], st[:, cv2.CC_STAT_HEIGHT], st[:, cv2.CC_STAT_AREA]
    max_h = ink.shape[0] / 8
    keep = (h >= 5) & (h <= max_h) & (w <= 3.2 * h) & (area >= 8) & (area <= 0.95 * w * h + 1)
    box_cx = st[:, cv2.CC_STAT_LEFT] + w / 2.0
    box_cy = st[:, cv2.CC_STAT_TOP] + h / 2.0
    out: np.ndarray = np.stack([box_cx, box_cy, w, h], axis=1)[keep].astype(np.float32)
    return out[np.argsort(out[:, 0])]


def _link(comps: np.ndarray) -> list[np.ndarray]:
    """Chains of components, each linked to the nearest right neighbour of compatible size and height."""
    n = len(comps)
    if n == 0:
        return []
    cx, cy, cw, ch = comps[:, 0], comps[:, 1], comps[:, 2], comps[:, 3]
    nxt = np.full(n, -1, dtype=np.int64)
    best_dx = np.full(n, np.inf)
    right = np.searchsorted(cx, cx + 3.2 * ch, side="right")
    for i in range(n):
        lo, hi = i + 1, int(right[i])
        if hi <= lo:
            continue
        dx = cx[lo:hi] - cx[i]
        dy = np.abs(cy[lo:hi] - cy[i])
        hr = ch[lo:hi] / ch[i]
        gap = dx - (cw[lo:hi] + cw[i]) / 2
        ok = (dx > 0.3 * np.minimum(ch[lo:hi], ch[i])) & (dy < 0.45 * np.maximum(ch[lo:hi], ch[i]))
        ok &= (hr > 0.35) & (hr < 2.8) & (gap < 1.9 * np.maximum(ch[lo:hi], ch[i]))
        if not ok.any():
            continue
        cand = np.nonzero(ok)[0]
        j = lo + int(cand[np.argmin(dx[cand] + 2 * dy[cand])])
        d = float(cx[j] - cx[i])
        # one predecessor per component: keep the closer one
        prev = np.nonzero(nxt == j)[0]
        if len(prev):
            p = int(prev[0])
            if best_dx[p] <= d:
                continue
            nxt[p] = -1
        nxt[i] = j
        best_dx[i] = d
    has_prev = np.zeros(n, dtype=bool)
    has_prev[nxt[nxt >= 0]] = True
    chains = []
    for start in np.nonzero(~has_prev)[0]:
        idx = [int(start)]
        while nxt[idx[-1]] >= 0 and len(idx) < 200:
            idx.append(int(nxt[idx[-1]]))
        if len(idx) >= 3:
            chains.append(np.array(idx))
    return chains


def _trim_ends(x: np.ndarray, widths: np.ndarray, pitch: float) -> np.ndarray:
    """Indices of the components left after dropping marks at either end that are off the line's
    rhythm — a seal's edge, a handwritten number — which would otherwise stretch the cell grid."""
    order = list(np.argsort(x))

    def glyphs(i: int) -> float:
        return max(1.0, round(float(widths[i]) / pitch)) if widths[i] > 1.4 * pitch else 1.0

    for _side in (0, 1):
        for _ in range(3):
            if len(order) <= 8:
                break
            a, b = order[0], order[1]
            expected = (glyphs(a) + glyphs(b)) / 2 * pitch
            if 0.7 * expected <= abs(float(x[b] - x[a])) <= 1.35 * expected:
                break
            order.pop(0)
        order.reverse()
    return np.array(sorted(order))


def _fit(comps: np.ndarray) -> LineFit | None:
    pts = comps[:, :2]
    if len(pts) < 2:
        return None
    x, y = pts[:, 0].astype(np.float64), pts[:, 1].astype(np.float64)
    slope, intercept = np.polyfit(x, y, 1)
    resid = np.abs(y - (slope * x + intercept))
    heights = comps[:, 3]
    tall = float(np.percentile(heights, 75))
    if len(pts) >= 6:  # refit without outliers (punctuation, specks)
        keep = resid < 0.25 * tall
        if keep.sum() >= 4:
            slope, intercept = np.polyfit(x[keep], y[keep], 1)
    dx = np.diff(x)
    pitch = float(np.median(dx)) if len(dx) else 0.0
    # merged glyph pairs make some gaps twice the pitch; the median is robust to a few of them.
    small = dx[dx < 1.5 * pitch] if pitch > 0 else dx
    if len(small):
        pitch = float(np.mean(small))
    if pitch > 0 and len(x) > 8:
        keep_idx = _trim_ends(x, comps[:, 2], pitch)
        if len(keep_idx) < len(x):
            return _fit(comps[keep_idx])
    order = np.argsort(x)
    return LineFit(
        float(slope),
        float(intercept),
        float(x[order[0]]),
        float(x[order[-1]]),
        tall,
        pitch,
        len(pts),
        pts[order],
        comps[order, 2],
    )


def _merge_collinear(fits: list[LineFit], comps_of: list[np.ndarray]) -> list[np.ndarray]:
    """Join chains broken by a glare spot or a smudge: same line, next to each other."""
    order = sorted(range(len(fits)), key=lambda i: fits[i].x_first)
    merged: list[np.ndarray] = []
    used = [False] * len(fits)
    for a in order:
        if used[a]:
            continue
        used[a] = True
        group = [comps_of[a]]
        cur = fits[a]
        for b in order:
            if used[b]:
                continue
            fb = fits[b]
            h = max(cur.char_height, fb.char_height)
            if fb.x_first <= cur.x_last or fb.x_first - cur.x_last > 6 * max(cur.pitch, fb.pitch, h):
                continue
            if abs(cur.y_at(fb.x_first) - fb.y_at(fb.x_first)) > 0.35 * h:
                continue
            if not 0.6 < fb.char_height / cur.char_height < 1.6:
                continue
            used[b] = True
            group.append(comps_of[b])
            joined = _fit(np.concatenate(group))
            if joined is None:
                break
            cur = joined
        merged.append(np.concatenate(group))
    return merged


def find_lines(gray: np.ndarray, variant: int = 0) -> list[LineFit]:
    """Long text lines (≥ 20 characters) in the image, each fitted through its character centres."""
    comps = _components(binarise(gray, variant))
    chains = _link(comps)
    fits: list[LineFit] = []
    comps_of: list[np.ndarray] = []
    for c in chains:
        f = _fit(comps[c])
        if f is not None:
            fits.append(f)
            comps_of.append(comps[c])
    lines = []
    for group in _merge_collinear(fits, comps_of):
        f = _fit(group)
        if f is not None and f.estimated_chars >= 20:
            lines.append(f)
    return lines


def _nearest_length(estimate: float, allowed: tuple[int, ...]) -> int | None:
    best = min(allowed, key=lambda n: abs(n - estimate))
    return best if abs(best - estimate) <= 0.18 * best else None


def _t(f: LineFit, x: float) -> float:
    """Position of the point of line `f` above `x`, measured along the line's direction."""
    th = np.arctan(f.slope)
    return float(x * np.cos(th) + f.y_at(x) * np.sin(th))


def _x_at_t(f: LineFit, t: float) -> float:
    th = np.arctan(f.slope)
    return float((t - f.intercept * np.sin(th)) / (np.cos(th) + f.slope * np.sin(th)))


def _common_extent(group: list[LineFit], allowed: tuple[int, ...]) -> tuple[int, float, list[LineFit]] | None:
    """MRZ lines start and end together. A stamp or glare can hide the end of one line, so try each
    line's own extent and their union, and keep the one whose character count fits a legal length."""
    pitch_t = float(np.median([f.pitch / np.cos(np.arctan(f.slope)) for f in group]))
    if pitch_t <= 0:
        return None
    spans = [(_t(f, f.x_first), _t(f, f.x_last)) for f in group]
    union = (min(a for a, _ in spans), max(b for _, b in spans))
    best: tuple[float, int, tuple[float, float]] | None = None
    for cand in [union, *spans]:
        est = (cand[1] - cand[0]) / pitch_t + 1
        n = _nearest_length(est, allowed)
        if n is None:
            continue
        err = abs(est - n) / n
        if best is None or err < best[0] - 0.01:
            best = (err, n, cand)
    if best is None:
        return None
    err, n, (t0, t1) = best
    fitted = [replace(f, x_first=_x_at_t(f, t0), x_last=_x_at_t(f, t1)) for f in group]
    return n, err, fitted


def find_blocks(gray: np.ndarray, variant: int = 0) -> list[MrzBlock]:
    """Candidate MRZ blocks, best first. Empty when nothing on the page looks like a zone."""
    lines = find_lines(gray, variant)
    # Sort by perpendicular position (y at the image centre) so neighbours are adjacent.
    xc = gray.shape[1] / 2
    lines.sort(key=lambda f: f.y_at(xc))
    blocks: list[MrzBlock] = []
    members: dict[int, set[int]] = {}
    for size in (3, 2):
        for i in range(len(lines) - size + 1):
            group = lines[i : i + size]
            if not _consistent(group):
                continue
            common = _common_extent(group, SHAPES[size])
            if common is None:
                continue
            n, fit_err, fitted = common
            score = min(1.0, sum(f.members for f in group) / (size * n)) - fit_err
            block = MrzBlock(tuple(fitted), n, score + 0.001 * group[-1].y_at(xc) / gray.shape[0])
            members[id(block)] = {id(f) for f in group}
            blocks.append(block)
    # Two lines of a three-line zone also look like a zone; the three-line reading is the true one.
    in_td1 = set().union(*(members[id(b)] for b in blocks if len(b.lines) == 3))
    blocks = [b for b in blocks if len(b.lines) == 3 or not members[id(b)] <= in_td1]
    blocks.sort(key=lambda b: -b.score)
    return blocks


def _consistent(group: list[LineFit]) -> bool:
    """Parallel lines of one type size, one line apart, overlapping along their length."""
    h = float(np.median([f.char_height for f in group]))
    # TD1 lines sit close; visas and some passports space their two lines further apart.
    max_gap = 3.2 if len(group) == 3 else 4.0
    for a, b in itertools.pairwise(group):
        if abs(a.angle - b.angle) > 3.0:
            return False
        if not 0.62 < b.char_height / a.char_height < 1.6:
            return False
        ta0, ta1 = _t(a, a.x_first), _t(a, a.x_last)
        tb0, tb1 = _t(b, b.x_first), _t(b, b.x_last)
        overlap = min(ta1, tb1) - max(ta0, tb0)
        if overlap < 0.5 * min(ta1 - ta0, tb1 - tb0):
            return False
        xm = (max(a.x_first, b.x_first) + min(a.x_last, b.x_last)) / 2
        gap = b.y_at(xm) - a.y_at(xm)
        if not 0.9 * h < gap * np.cos(np.arctan(a.slope)) < max_gap * h:
            return False
    return True
