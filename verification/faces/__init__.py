"""Face verification: 1:1 comparison of two portraits and 1:N search of the registry's photos.

One `FaceMatcher` interface (engine.py), two engines: "sface" (OpenCV YuNet + SFace, the default:
it separates the East-Asian calibration collage, dlib does not) and "dlib" (dlib ResNet, as in
face_recognition), selectable everywhere. Scores are cosine similarities of unit embeddings, higher
= more similar. Bands (match / review / no_match) are data in resources/faces/bands.json, produced
by `python -m verification.faces.calibrate`. No fused score: SFace alone already separates every
calibration pair, so fusion could not be shown to help and would double the cost.

Entry points: compare.compare_images / compare_portraits, embed_job.embed_registry,
search.FaceIndex, registry.get_engine."""

from verification.faces.bands import Band, BandTable, EngineBands
from verification.faces.compare import FaceComparison, compare_images, compare_portraits
from verification.faces.engine import Embedding, FaceMatcher, similarity
from verification.faces.registry import ENGINES, get_engine

__all__ = [
    "ENGINES",
    "Band",
    "BandTable",
    "Embedding",
    "EngineBands",
    "FaceComparison",
    "FaceMatcher",
    "compare_images",
    "compare_portraits",
    "get_engine",
    "similarity",
]
