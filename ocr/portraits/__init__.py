"""Faces on document pages and photos: detection (YuNet), the holder's portrait, quality."""

from ocr.portraits.detector import Box, DetectedFace, Points, detect_faces
from ocr.portraits.extract import (
    BLOCKING,
    FACE_FOUND,
    NO_FACE,
    PIPELINE_VERSION,
    SEVERAL_FACES,
    STRONGLY_TURNED,
    TOO_BLURRED,
    TOO_SMALL,
    Portrait,
    extract_portrait,
)
from ocr.portraits.models import FaceModelError
from ocr.portraits.quality import FaceQuality, QualityLimits

__all__ = [
    "BLOCKING",
    "FACE_FOUND",
    "NO_FACE",
    "PIPELINE_VERSION",
    "SEVERAL_FACES",
    "STRONGLY_TURNED",
    "TOO_BLURRED",
    "TOO_SMALL",
    "Box",
    "DetectedFace",
    "FaceModelError",
    "FaceQuality",
    "Points",
    "Portrait",
    "QualityLimits",
    "detect_faces",
    "extract_portrait",
]
