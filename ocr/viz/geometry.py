"""Where a template's page lies in an image: a homography from template millimetres to image
pixels, and the warps that cut any template region out of the image straight and at a chosen
resolution, however the page was turned, skewed or photographed at an angle."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

import cv2
import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float64]
BoxMm = tuple[float, float, float, float]
Quad = tuple[tuple[float, float], ...]
T = TypeVar("T")


@dataclass(frozen=True)
class Pose:
    """Template mm -> image px (`h`, 3x3), what it was found from, and how well the page's print
    agrees with the template under it (0..1; 0 until a layout fit has scored it)."""

    h: Matrix
    source: str
    score: float = 0.0

    def map(self, pts: Sequence[tuple[float, float]] | NDArray[np.float64]) -> NDArray[np.float64]:
        return map_points(self.h, pts)

    def quad(self, box: BoxMm) -> Quad:
        x0, y0, x1, y1 = box
        pts = self.map([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        return tuple((round(float(x), 1), round(float(y), 1)) for x, y in pts)

    def px_per_mm(self, at: tuple[float, float]) -> float:
        """Image pixels per template mm near `at` (geometric mean of the two directions)."""
        x, y = at
        p = self.map([(x, y), (x + 1.0, y), (x, y + 1.0)])
        return float(np.sqrt(np.linalg.norm(p[1] - p[0]) * np.linalg.norm(p[2] - p[0])))


def map_points(h: Matrix, pts: Sequence[tuple[float, float]] | NDArray[np.float64]) -> NDArray[np.float64]:
    arr = np.asarray(pts, np.float64).reshape(-1, 1, 2)
    return np.asarray(cv2.perspectiveTransform(arr, h).reshape(-1, 2), np.float64)


def scale_translate(scale: float, x0: float, y0: float) -> Matrix:
    """Patch pixels -> mm for a patch whose pixel (0, 0) is at (x0, y0) mm and `scale` px/mm."""
    return np.array([[1 / scale, 0, x0], [0, 1 / scale, y0], [0, 0, 1]], np.float64)


def rectify(image: NDArray[np.uint8], pose_h: Matrix, box: BoxMm, scale: float) -> NDArray[np.uint8]:
    """The template region `box` (mm) cut straight out of `image` at `scale` px/mm; pixels outside
    the image repeat its border so that edges do not look like ink."""
    x0, y0, x1, y1 = box
    w, h = max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale))
    m = pose_h @ scale_translate(scale, x0, y0)
    out = cv2.warpPerspective(
        image, m, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(out, np.uint8)


def quad_homography(src: NDArray[np.float64], dst: NDArray[np.float64]) -> Matrix:
    """The homography taking four points `src` to `dst`."""
    return np.asarray(cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)), np.float64)


def affine_homography(src: NDArray[np.float64], dst: NDArray[np.float64]) -> Matrix:
    """Least-squares affine map src -> dst (three or more points) as a 3x3 matrix: stable where a
    homography from a thin strip of points would extrapolate wildly."""
    a = np.hstack([src, np.ones((len(src), 1))])
    sol, *_ = np.linalg.lstsq(a, dst, rcond=None)
    m = np.eye(3)
    m[:2, :] = sol.T
    return m


def box_corners(box: BoxMm) -> NDArray[np.float64]:
    x0, y0, x1, y1 = box
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)


class PageImage:
    """An image with cached reduced copies, so that cutting a region out at a low resolution reads
    from a copy near that resolution instead of aliasing fine print from the full image."""

    def __init__(self, image: NDArray[np.uint8]) -> None:
        self.image = image
        self._levels: dict[int, NDArray[np.uint8]] = {0: image}
        self._memo: dict[str, object] = {}

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """`make()` computed once per page (outlines and frames serve every template tried)."""
        if key not in self._memo:
            self._memo[key] = make()
        return cast(T, self._memo[key])

    def level(self, k: int) -> NDArray[np.uint8]:
        """The image halved `k` times (a Gaussian pyramid: each level from the one above)."""
        if k not in self._levels:
            self._levels[k] = np.asarray(cv2.pyrDown(self.level(k - 1)), np.uint8)
        return self._levels[k]

    def small(self, max_side: int) -> tuple[NDArray[np.uint8], float]:
        """The largest cached reduction no longer than `max_side`, and its factor."""
        h, w = self.image.shape[:2]
        k = 0
        while max(h, w) / 2**k > max_side:
            k += 1
        img = self.level(k)
        return img, img.shape[1] / w

    def for_scale(self, pose_h: Matrix, at: tuple[float, float], scale: float) -> tuple[NDArray[np.uint8], Matrix]:
        """A copy with at least 1.5x `scale` px/mm near `at`, and `pose_h` mapped onto it."""
        ppm = Pose(pose_h, "").px_per_mm(at)
        k = 0
        while ppm / 2 ** (k + 1) >= 1.5 * scale and min(self.image.shape[:2]) / 2 ** (k + 1) > 64:
            k += 1
        img = self.level(k)
        f = img.shape[1] / self.image.shape[1]
        return img, np.diag([f, f, 1.0]) @ pose_h
