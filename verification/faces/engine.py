"""The one interface every face engine implements, and the score convention they share.

Scores are normalised so that higher means more similar, on the same scale for 1:1 and 1:N:
every engine returns L2-normalised float32 embeddings and the score is their cosine similarity
(dot product), in [-1, 1]. For SFace that *is* its native cosine score. For dlib, whose native
measure is the Euclidean distance d between raw descriptors (tolerance 0.6), the descriptors are
normalised first, so score = 1 - d'^2 / 2 with d' the distance between the normalised vectors.
Raw dlib descriptors have norms of about 1.39 (1.32-1.53 on the shared faces), so dlib's usual
tolerance d = 0.6 sits near a score of 0.91; the calibrated edges are in bands.json."""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from ocr.portraits import Portrait

Embedding = npt.NDArray[np.float32]


class FaceMatcher(Protocol):
    """`name` selects the engine and its bands; `version` changes whenever an embedding computed
    by it could differ (library or model file), so stored embeddings are recomputed."""

    name: str
    version: str
    dim: int

    def embed(self, portrait: Portrait) -> Embedding:
        """Unit-length embedding of the portrait's face. Raises ValueError without a face."""
        ...


def normalise(vec: npt.ArrayLike) -> Embedding:
    v = np.asarray(vec, dtype=np.float32).reshape(-1)
    n = float(np.linalg.norm(v))
    if not np.isfinite(n) or n == 0.0:
        raise ValueError("the engine returned an empty embedding")
    return (v / n).astype(np.float32)


def similarity(a: Embedding, b: Embedding) -> float:
    """The normalised score: cosine similarity of two unit embeddings (higher = more similar)."""
    return float(np.clip(np.dot(a, b), -1.0, 1.0))
