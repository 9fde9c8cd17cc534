"""1:N search: which registry persons' photos match a portrait, best first, whatever their names
or document numbers say. Exact search: one float32 matrix-vector product over unit embeddings,
memory-bound (512 MB at 1M x 128) and measured under the 100 ms target at 1M on our 2-core machine
(tests/bench/faces_bench.py), so no approximate index is used."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from verification.faces.bands import Band, EngineBands
from verification.faces.embedding_store import EmbeddingStore
from verification.faces.engine import Embedding


@dataclass(frozen=True)
class SearchHit:
    partner_id: str
    score: float
    band: Band


class FaceIndex:
    """Embeddings of one engine version held in memory (n x d float32, unit rows)."""

    def __init__(self, ids: list[str], matrix: npt.NDArray[np.float32], bands: EngineBands, engine: str = "") -> None:
        if matrix.shape[0] != len(ids):
            raise ValueError("one id per embedding row")
        self.ids = ids
        self.matrix = np.ascontiguousarray(matrix, np.float32)
        self.bands = bands
        self.engine = engine  # "" when unknown (built by hand): then any query is taken as from it

    @classmethod
    def from_store(cls, store: EmbeddingStore, engine: str, version: str, bands: EngineBands) -> FaceIndex:
        ids, mat = store.matrix(engine, version)
        return cls(ids, mat, bands, engine)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: Embedding, k: int = 10, min_score: float | None = None) -> list[SearchHit]:
        """Top `k` rows at or above `min_score` (default: the review edge), best first."""
        if not self.ids or k <= 0:
            return []
        floor = self.bands.review if min_score is None else min_score
        scores = top_k_exact(self.matrix, query, k)
        return [
            SearchHit(self.ids[i], float(s), self.bands.decide(float(s)))
            for i, s in zip(*scores, strict=True)
            if s >= floor
        ]


def top_k_exact(
    matrix: npt.NDArray[np.float32], query: Embedding, k: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float32]]:
    """Indices and scores of the k largest dot products, best first."""
    scores = matrix @ np.asarray(query, np.float32)
    n = scores.shape[0]
    k = min(k, n)
    idx = np.argpartition(scores, n - k)[n - k :]  # no negated copy: 1M floats cost ~2 ms to copy
    order = idx[np.argsort(-scores[idx], kind="stable")]
    return order, scores[order]
