"""Find the printed line of one field inside a straightened cut-out round where the template puts
it. The pose may be a millimetre or two off and a label sits just above each value, so the line
is chosen by position and by letter height together, and its extent by the gaps in its ink."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.viz.ink import ink_mask


@dataclass(frozen=True)
class Spot:
    """A line's ink in patch pixels (rows y0..y1, columns x0..x1) and its runs of ink along the line
    separated by gaps (each run (start, end))."""

    x0: int
    y0: int
    x1: int
    y1: int
    runs: tuple[tuple[int, int], ...]


def _runs(mask: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, end) of each run of True, end exclusive."""
    d = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist(), strict=True))


def _split_tall(bands: list[tuple[int, int]], profile: NDArray[np.int64], height: float) -> list[tuple[int, int]]:
    """Bands too tall for one line cut at their faintest row: a label printed just above a value,
    joined to it by background lines crossing the gap, comes apart there."""
    out: list[tuple[int, int]] = []
    for a, b in bands:
        if b - a <= 1.4 * height:
            out.append((a, b))
            continue
        inner = np.convolve(profile[a:b].astype(np.float64), np.ones(3) / 3, mode="same")
        margin = max(2, round(0.25 * height))
        if b - a <= 2 * margin:
            out.append((a, b))
            continue
        cut = a + margin + int(np.argmin(inner[margin : b - a - margin]))
        if inner[cut - a] < 0.5 * float(np.median(inner)):
            out += _split_tall([(a, cut), (cut + 1, b)], profile, height)
        else:
            out.append((a, b))
    return out


def ink_of(gray: NDArray[np.uint8], scale: float) -> NDArray[np.uint8]:
    """Ink of a field cut-out, specks smaller than a full stop at this scale removed."""
    lo, hi = np.percentile(gray, (5, 95))
    ink = ink_mask(gray, round(3.0 * scale), max(14.0, 0.22 * float(hi - lo)))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = stats[:, cv2.CC_STAT_AREA] < max(3, (0.12 * scale) ** 2)
    small[0] = False
    ink[small[labels]] = 0
    return ink


def find_line(
    ink: NDArray[np.uint8],
    centre_y: float,
    height: float,
    start_x: float,
    max_x: float,
    scale: float,
    end_gap_mm: float = 2.2,
    tolerance_mm: float = 2.5,
) -> Spot | None:
    """The line whose letters are about `height` px tall nearest `centre_y`, starting near
    `start_x` and ending at the first gap of `end_gap_mm` (or at `max_x`)."""
    w = ink.shape[1]
    tol = tolerance_mm * scale
    c0 = int(max(0, start_x - tol))
    c1 = int(min(w, start_x + max(8 * scale, 0.5 * (max_x - start_x))))
    # rows of text hold far more ink than rows crossed only by background lines and specks
    profile = ink[:, c0:c1].astype(bool).sum(axis=1)
    rows = profile >= max(2.0, 0.12 * float(profile.max(initial=0)))
    bands = _split_tall(_runs(rows), profile, height)
    # a band alone, or joined to its neighbour across a thin gap (二, 三, the breve of Й): the
    # candidate nearest the expected place and letter height wins, so a label printed just above
    # a value is neither taken for it nor glued to it
    candidates = list(bands)
    candidates += [(a[0], b[1]) for a, b in itertools.pairwise(bands) if b[0] - a[1] < 0.25 * height]
    best: tuple[float, int, int] | None = None
    for a, b in candidates:
        bh = b - a
        if bh < 0.3 * height or bh > 2.6 * height:
            continue
        cost = abs((a + b) / 2 - centre_y) / height + 2.0 * abs(np.log(bh / (1.08 * height)))
        if best is None or cost < best[0]:
            best = (cost, a, b)
    if best is None:
        return None
    _, y0, y1 = best
    # a column belongs to the text when several of its pixels are ink: a stray background line
    # crossing the band leaves one or two, the thinnest stroke of a letter more
    cols = ink[y0:y1, :].astype(bool).sum(axis=0) >= max(2.0, 0.1 * (y1 - y0))
    # a sliver narrower than any stroke, or a narrow run with little ink in it, is a background
    # line crossing the band, not a letter
    band = ink[y0:y1].astype(bool)
    sliver = max(2.0, 0.08 * (y1 - y0))

    def letter(a: int, b: int) -> bool:
        if b - a < sliver:
            return False
        return b - a >= 0.5 * (y1 - y0) or band[:, a:b].mean() >= 0.18

    runs = [(a, b) for a, b in _runs(cols) if b > start_x - tol and a < max_x + tol and letter(a, b)]
    if not runs:
        return None
    # the value starts where the template says, give or take the pose error: the run starting
    # nearest there (a speck a little to the left must not become the start)
    starts = [i for i, (a, b) in enumerate(runs) if b >= start_x - tol and a <= start_x + tol]
    if not starts:
        return None
    first = min(starts, key=lambda i: abs(runs[i][0] - start_x))
    # a value does not start in the middle of a word: take in letters just before the chosen run
    while first > 0 and runs[first][0] - runs[first - 1][1] < 0.35 * height and runs[first - 1][0] >= start_x - tol:
        first -= 1
    kept = [runs[first]]
    for a, b in runs[first + 1 :]:
        if a - kept[-1][1] > end_gap_mm * scale or a > max_x + 0.5 * tol:
            break
        kept.append((a, b))
    x0, x1 = kept[0][0], kept[-1][1]
    ys = np.nonzero(ink[y0:y1, x0:x1].astype(bool).any(axis=1))[0]
    if len(ys):
        y0, y1 = y0 + int(ys[0]), y0 + int(ys[-1]) + 1
    return Spot(int(x0), int(y0), int(x1), int(y1), tuple(kept))
