"""dlib's ResNet descriptor (the model face_recognition uses), fed by YuNet's landmarks so both
engines see the same faces; dlib's own 5-point predictor places the chip as dlib was trained."""

from __future__ import annotations

import threading

import numpy as np

from ocr.portraits import PIPELINE_VERSION, Portrait
from ocr.portraits.models import FaceModelError, file_sha256, package_dir
from verification.faces.engine import Embedding, normalise


def hog_like_box(pts: tuple[tuple[float, float], ...]) -> tuple[int, int, int, int]:
    """The square dlib's HOG detector would draw, from YuNet's landmarks: centred between the eye
    and mouth midpoints, 2.26 eye-to-mouth or 2.33 eye-to-eye distances wide (fitted on the shared
    faces; a raw YuNet box shifts dlib's chip enough to ruin its descriptors)."""
    (rx, ry), (lx, ly), _, (mrx, mry), (mlx, mly) = pts
    ex, ey, mx, my = (rx + lx) / 2, (ry + ly) / 2, (mrx + mlx) / 2, (mry + mly) / 2
    side = (2.26 * float(np.hypot(mx - ex, my - ey)) + 2.33 * float(np.hypot(lx - rx, ly - ry))) / 2
    cx, cy = (ex + mx) / 2, (ey + my) / 2
    return round(cx - side / 2), round(cy - side / 2), round(cx + side / 2), round(cy + side / 2)


class DlibEngine:
    """`FaceMatcher` over dlib + face_recognition_models. Thread-safe (one model, one lock)."""

    name = "dlib"
    dim = 128

    def __init__(self) -> None:
        try:
            import dlib  # type: ignore[import-untyped]
        except ImportError as exc:
            raise FaceModelError("the dlib engine needs dlib (pip install 'tekseru[faces]')") from exc
        models = package_dir("face_recognition_models") / "models"
        rec = models / "dlib_face_recognition_resnet_model_v1.dat"
        pose = models / "shape_predictor_5_face_landmarks.dat"
        if not (rec.is_file() and pose.is_file()):
            raise FaceModelError("face_recognition_models is installed without its model files")
        self._dlib = dlib
        self._rec = dlib.face_recognition_model_v1(str(rec))
        self._pose = dlib.shape_predictor(str(pose))
        self.version = f"resnet_v1-{file_sha256(rec)[:12]}/{PIPELINE_VERSION}/dlib-{dlib.__version__}"
        self._lock = threading.Lock()

    def embed(self, portrait: Portrait) -> Embedding:
        if portrait.crop is None or portrait.crop_box is None:
            raise ValueError("no face to embed")
        rgb = np.ascontiguousarray(portrait.crop[:, :, ::-1])
        rect = self._dlib.rectangle(*hog_like_box(portrait.landmarks))
        with self._lock:
            shape = self._pose(rgb, rect)
            vec = self._rec.compute_face_descriptor(rgb, shape, 0)
        return normalise(np.array(vec))
