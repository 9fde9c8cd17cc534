"""SFace (OpenCV Zoo, 128-d, cosine). OpenCV 5's FaceRecognizerSF.feature() cannot feed this
int8 model (its graph has more than one input), so the net is run through cv2.dnn with the input
named, and the face is aligned here with the same 5-point similarity transform alignCrop uses."""

from __future__ import annotations

import threading

import cv2
import numpy as np

from ocr.portraits import PIPELINE_VERSION, Portrait
from ocr.portraits.models import SFACE_FILE, opencv_model, quiet_opencv
from verification.faces.engine import Embedding, normalise

# ArcFace/SFace 112x112 template for right eye, left eye, nose tip, right and left mouth corner.
_TEMPLATE = np.array(
    [[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366], [41.5493, 92.3655], [70.7299, 92.2041]],
    np.float32,
)
_SIZE = 112


def align(img: np.ndarray, landmarks: tuple[tuple[float, float], ...]) -> np.ndarray:
    """112x112 BGR face aligned on the 5 landmarks (least-squares similarity transform)."""
    src = np.array(landmarks, np.float32)
    m, _ = cv2.estimateAffinePartial2D(src, _TEMPLATE, method=cv2.LMEDS)
    if m is None:
        raise ValueError("cannot align the face: degenerate landmarks")
    return np.asarray(cv2.warpAffine(img, m, (_SIZE, _SIZE), flags=cv2.INTER_LINEAR), np.uint8)


class SFaceEngine:
    """`FaceMatcher` with YuNet landmarks and SFace features. Thread-safe (one net, one lock)."""

    name = "sface"
    dim = 128

    def __init__(self) -> None:
        path = opencv_model(SFACE_FILE)
        self.version = f"sface-2021dec-int8bq/{PIPELINE_VERSION}/opencv-{cv2.__version__}"
        with quiet_opencv():
            self._net = cv2.dnn.readNetFromONNX(str(path))
        self._lock = threading.Lock()

    def embed(self, portrait: Portrait) -> Embedding:
        if portrait.crop is None:
            raise ValueError("no face to embed")
        face = align(portrait.crop, portrait.landmarks)
        # No mirror-image averaging: with the refined landmarks it changed no calibration pair and
        # doubled the cost.
        blob = cv2.dnn.blobFromImage(face, 1.0, (_SIZE, _SIZE), (0, 0, 0), swapRB=True, crop=False)
        with self._lock:
            self._net.setInput(blob, "data")
            out = self._net.forward()
        return normalise(out)
