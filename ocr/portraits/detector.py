"""YuNet face detection (OpenCV Zoo, 5 landmarks). Large images are shrunk first: YuNet's cost grows
with the pixel count, a passport portrait stays far above its ~10 px minimum at 480 px, and the
landmarks are re-detected on the face crop at fixed sizes afterwards (extract.refine_landmarks)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from ocr.imaging import ImageArray
from ocr.portraits.models import YUNET_FILE, opencv_model, quiet_opencv

Box = tuple[int, int, int, int]  # left, top, right, bottom
Points = tuple[tuple[float, float], ...]  # right eye, left eye, nose tip, right mouth, left mouth (as YuNet)

_MAX_SIDE = 480  # quick pass: a portrait on a page or a photo's subject is far larger than YuNet needs
_FINE_SIDE = 1280  # second pass when the quick one finds nothing
_SCORE = 0.6
_NMS = 0.3


@dataclass(frozen=True)
class DetectedFace:
    """One face in the coordinates of the image it was found in."""

    box: Box
    landmarks: Points
    score: float

    @property
    def width(self) -> int:
        return self.box[2] - self.box[0]

    @property
    def area(self) -> int:
        return max(0, self.box[2] - self.box[0]) * max(0, self.box[3] - self.box[1])

    def shifted(self, dx: float, dy: float) -> DetectedFace:
        x0, y0, x1, y1 = self.box
        box = (round(x0 + dx), round(y0 + dy), round(x1 + dx), round(y1 + dy))
        return DetectedFace(box, tuple((x + dx, y + dy) for x, y in self.landmarks), self.score)


class _Yunet:
    """cv2.FaceDetectorYN is not thread-safe (input size is state): one instance, one lock."""

    def __init__(self) -> None:
        with quiet_opencv():
            self._det = cv2.FaceDetectorYN.create(str(opencv_model(YUNET_FILE)), "", (320, 320), _SCORE, _NMS, 5000)
        self._lock = threading.Lock()

    def detect(self, bgr: ImageArray) -> npt.NDArray[np.float32]:
        with self._lock:
            self._det.setInputSize((bgr.shape[1], bgr.shape[0]))
            _, faces = self._det.detect(bgr)
        return np.zeros((0, 15), np.float32) if faces is None else np.asarray(faces, np.float32)


_instance: _Yunet | None = None
_instance_lock = threading.Lock()


def _yunet() -> _Yunet:
    global _instance
    with _instance_lock:
        if _instance is None:
            _instance = _Yunet()
        return _instance


def as_bgr(img: ImageArray) -> ImageArray:
    """uint8 BGR from grey, BGR or BGRA (detectors and engines all want three channels)."""
    if img.ndim == 2:
        return np.asarray(cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), np.uint8)
    if img.ndim == 3 and img.shape[2] == 4:
        return np.asarray(cv2.cvtColor(img, cv2.COLOR_BGRA2BGR), np.uint8)
    if img.ndim == 3 and img.shape[2] == 3:
        return np.ascontiguousarray(img, np.uint8)
    raise ValueError(f"expected a grey, BGR or BGRA image, got shape {img.shape}")


def detect_faces(img: ImageArray, max_side: int = _MAX_SIDE) -> list[DetectedFace]:
    """Every face YuNet finds, largest first, in `img` coordinates. Never raises for image content.
    A quick pass at `max_side` first; only when it finds nothing, one at _FINE_SIDE for small faces."""
    faces = _detect_at(img, max_side)
    h, w = img.shape[:2]
    if not faces and max(h, w) > max_side < _FINE_SIDE:
        faces = _detect_at(img, _FINE_SIDE)
    return faces


def _detect_at(img: ImageArray, max_side: int) -> list[DetectedFace]:
    bgr = as_bgr(img)
    h, w = bgr.shape[:2]
    if h < 8 or w < 8:
        return []
    scale = min(1.0, max_side / max(h, w))
    small = bgr if scale == 1.0 else cv2.resize(bgr, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    rows = _yunet().detect(np.ascontiguousarray(small))
    faces = []
    for row in rows:
        x, y, bw, bh = (float(v) / scale for v in row[:4])
        pts = tuple((float(row[4 + 2 * i]) / scale, float(row[5 + 2 * i]) / scale) for i in range(5))
        box = (max(0, round(x)), max(0, round(y)), min(w, round(x + bw)), min(h, round(y + bh)))
        faces.append(DetectedFace(box, pts, float(row[14])))
    faces.sort(key=lambda f: f.area, reverse=True)
    return faces
