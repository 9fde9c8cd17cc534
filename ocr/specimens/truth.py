"""The truth record of a specimen: plain JSON-serialisable data, and how its geometry follows an
image warp (every box carries a quadrilateral, mapped corner by corner, plus its bounding box)."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.specimens.canvas import Box, rect_quad

Quad = list[list[float]]


def warp_quad(quad: Quad, m: NDArray[np.float64]) -> Quad:
    pts = np.asarray(quad, np.float64).reshape(-1, 1, 2)
    out = cv2.perspectiveTransform(pts, m).reshape(-1, 2)
    return [[round(float(x), 2), round(float(y), 2)] for x, y in out]


def quad_box(quad: Quad) -> Box:
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    return [math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys))]


def _warp_entry(entry: dict[str, Any], box_key: str, quad_key: str, m: NDArray[np.float64]) -> None:
    quad = warp_quad(entry.get(quad_key) or rect_quad(entry[box_key]), m)
    entry[quad_key] = quad
    entry[box_key] = quad_box(quad)


def warp_truth(truth: dict[str, Any], m: NDArray[np.float64], size: tuple[int, int]) -> dict[str, Any]:
    """A copy of `truth` with every box, quadrilateral and outline mapped through homography `m`
    into an image of `size` (w, h)."""
    t = copy.deepcopy(truth)
    for entry in t["printed"].values():
        _warp_entry(entry, "box", "quad", m)
    for entry in t["mrz_line_boxes"]:
        _warp_entry(entry, "box", "quad", m)
    _warp_entry(t, "mrz_box", "mrz_quad", m)
    _warp_entry(t, "portrait_box", "portrait_quad", m)
    t["document_quads"] = [warp_quad(q, m) for q in t["document_quads"]]
    t["image_size"] = [int(size[0]), int(size[1])]
    return t


def write_truth(truth: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


def read_truth(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
