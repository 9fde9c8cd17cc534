"""Face embeddings of registry photos in their own SQLite file beside the registry (so the
registry's schema stays its owner's), keyed by (partner_id, photo sha256, engine, version).
Rows of another engine version are never used for search; a full run prunes them."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import numpy as np
import numpy.typing as npt

from ocr.errors import TekseruError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS face_embedding (
    partner_id   TEXT NOT NULL,
    photo_sha256 TEXT NOT NULL,
    engine       TEXT NOT NULL,
    version      TEXT NOT NULL,
    status       TEXT NOT NULL,            -- 'ok' or the portrait reason that prevented an embedding
    dim          INTEGER NOT NULL,
    vector       BLOB,                     -- float32 little-endian, unit length; NULL unless ok
    computed_at  REAL NOT NULL,
    PRIMARY KEY (partner_id, photo_sha256, engine, version)
);
CREATE INDEX IF NOT EXISTS face_embedding_engine ON face_embedding (engine, version, status);
PRAGMA user_version = 1;
"""


class EmbeddingStoreError(TekseruError):
    """The embeddings file cannot be opened or is not a Tekseru embeddings file."""


@dataclass(frozen=True)
class EmbeddingRow:
    partner_id: str
    photo_sha256: str
    status: str
    vector: npt.NDArray[np.float32] | None


def path_for_registry(registry_path: str | Path) -> Path:
    """chn.sqlite3 -> chn.faces.sqlite3 in the same folder."""
    p = Path(registry_path)
    return p.with_name(p.stem + ".faces" + (p.suffix or ".sqlite3"))


class EmbeddingStore:
    """Thread-safe (one connection, one lock); every `put` batch is one transaction, so a killed
    job loses at most the batch in flight."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise EmbeddingStoreError(f"cannot open face embeddings {self.path.name}: {exc}") from None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> EmbeddingStore:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def known(self, engine: str, version: str) -> dict[str, str]:
        """partner_id -> photo sha256 already processed by this engine version."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT partner_id, photo_sha256 FROM face_embedding WHERE engine=? AND version=?", (engine, version)
            ).fetchall()
        return {str(p): str(s) for p, s in rows}

    def put(self, engine: str, version: str, rows: Iterable[EmbeddingRow]) -> int:
        """Write rows in one transaction, replacing each partner's older photo for this engine."""
        now = time.time()
        n = 0
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for r in rows:
                    self._conn.execute(
                        "DELETE FROM face_embedding WHERE partner_id=? AND engine=? AND version=?",
                        (r.partner_id, engine, version),
                    )
                    blob = None if r.vector is None else np.asarray(r.vector, "<f4").tobytes()
                    dim = 0 if r.vector is None else int(r.vector.shape[0])
                    self._conn.execute(
                        "INSERT INTO face_embedding VALUES (?,?,?,?,?,?,?,?)",
                        (r.partner_id, r.photo_sha256, engine, version, r.status, dim, blob, now),
                    )
                    n += 1
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return n

    def prune(self, engine: str, version: str, keep_partners: set[str] | None) -> int:
        """Drop rows of other versions of `engine`, and (when given) partners no longer present."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                cur = self._conn.execute("DELETE FROM face_embedding WHERE engine=? AND version<>?", (engine, version))
                n = cur.rowcount
                if keep_partners is not None:
                    ids = self._conn.execute(
                        "SELECT partner_id FROM face_embedding WHERE engine=? AND version=?", (engine, version)
                    ).fetchall()
                    gone = [(str(p),) for (p,) in ids if p not in keep_partners]
                    self._conn.executemany(
                        "DELETE FROM face_embedding WHERE partner_id=? AND engine=? AND version=?",
                        [(p, engine, version) for (p,) in gone],
                    )
                    n += len(gone)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return n

    def count(self, engine: str, version: str, status: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM face_embedding WHERE engine=? AND version=?"
        params: tuple[str, ...] = (engine, version)
        if status is not None:
            sql += " AND status=?"
            params += (status,)
        with self._lock:
            return int(self._conn.execute(sql, params).fetchone()[0])

    def matrix(self, engine: str, version: str) -> tuple[list[str], npt.NDArray[np.float32]]:
        """Partner ids and their unit embeddings (one row each) for exact search, in the table's own
        order (a sort bought nothing and cost a third of the load at 100k). The vectors are joined
        and converted in one go rather than row by row."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT partner_id, dim, vector FROM face_embedding WHERE engine=? AND version=? AND status='ok'",
                (engine, version),
            ).fetchall()
        if not rows:
            return [], np.zeros((0, 0), np.float32)
        ids, dims, blobs = zip(*rows, strict=True)
        dim = int(dims[0])
        if any(int(d) != dim for d in dims) or any(len(b) != 4 * dim for b in blobs):
            raise EmbeddingStoreError("face embeddings of one engine version differ in size")
        mat = np.frombuffer(b"".join(blobs), "<f4").reshape(len(rows), dim).astype(np.float32, copy=True)
        return [str(i) for i in ids], mat
