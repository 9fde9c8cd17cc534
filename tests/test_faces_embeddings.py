"""The registry embedding job: incremental by photo sha256, recomputed for a new engine version,
resumable after SIGKILL mid-run. Uses the specimen factory's cartoon portraits as registry photos
and a stand-in engine (real detection, cheap deterministic embedding) to stay fast."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pytest

from ocr.portraits import Portrait
from ocr.specimens.portrait import portrait
from verification.faces.embed_job import embed_registry
from verification.faces.embedding_store import EmbeddingStore, path_for_registry
from verification.faces.engine import Embedding, normalise

ROOT = Path(__file__).resolve().parents[1]


class StandInEngine:
    """A FaceMatcher whose embedding is a hash of the aligned-face landmarks (optionally slow)."""

    name = "standin"
    dim = 16

    def __init__(self, version: str = "1", delay: float = 0.0) -> None:
        self.version = version
        self.delay = delay
        self.calls = 0

    def embed(self, p: Portrait) -> Embedding:
        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        assert p.crop is not None
        seed = int.from_bytes(hashlib.sha256(p.crop.tobytes()).digest()[:4], "big")
        return normalise(np.random.default_rng(seed).standard_normal(self.dim))


@cache
def photo_bytes(pid: str) -> bytes:
    rgb = portrait(pid, "M" if int(pid[1:]) % 2 else "F", 40, 150, 190)
    ok, buf = cv2.imencode(".jpg", np.ascontiguousarray(rgb[:, :, ::-1]))
    assert ok
    return bytes(buf)


def photos(n: int) -> list[tuple[str, bytes | None]]:
    return [(f"P{i:04d}", photo_bytes(f"P{i:04d}")) for i in range(n)]


def test_path_beside_registry() -> None:
    assert path_for_registry("/x/registry/chn.sqlite3") == Path("/x/registry/chn.faces.sqlite3")


def test_incremental_changed_and_removed(tmp_path: Path) -> None:
    eng = StandInEngine()
    progress: list[tuple[int, int, str]] = []
    with EmbeddingStore(tmp_path / "e.sqlite3") as store:
        first = embed_registry(photos(6), store, eng, total=6, batch=4, progress=lambda *a: progress.append(a))
        assert (first.computed, first.skipped, first.completed) == (6, 0, True)
        assert progress[-1] == (6, 6, "faces")
        again = embed_registry(photos(6), store, eng)
        assert (again.computed, again.skipped) == (0, 6) and eng.calls == 6
        # one photo changed, one person gone, one without photo, one with a blank photo
        _, blank = cv2.imencode(".png", np.full((200, 160, 3), 250, np.uint8))
        changed = [*photos(4), ("P0004", photo_bytes("P0099")), ("P0006", None), ("P0007", bytes(blank))]
        third = embed_registry(changed, store, eng)
        assert (third.computed, third.without_face, third.pruned) == (1, 1, 1)
        ids, mat = store.matrix("standin", "1")
        assert ids == ["P0000", "P0001", "P0002", "P0003", "P0004"] and mat.shape == (5, 16)
        assert store.count("standin", "1", "no_face") == 1


def test_new_engine_version_recomputes_everything(tmp_path: Path) -> None:
    with EmbeddingStore(tmp_path / "e.sqlite3") as store:
        embed_registry(photos(3), store, StandInEngine("1"))
        v2 = StandInEngine("2")
        r = embed_registry(photos(3), store, v2)
        assert (r.computed, r.skipped, r.pruned) == (3, 0, 3)
        assert store.count("standin", "1") == 0 and store.count("standin", "2") == 3


def test_stop_request_keeps_committed_batches(tmp_path: Path) -> None:
    with EmbeddingStore(tmp_path / "e.sqlite3") as store:
        eng = StandInEngine()
        r = embed_registry(photos(8), store, eng, batch=2, should_stop=lambda: eng.calls >= 3)
        assert not r.completed and r.pruned == 0 and store.count("standin", "1") == 3


_CHILD = """
import sys
from tests.test_faces_embeddings import StandInEngine, photos
from verification.faces.embed_job import embed_registry
from verification.faces.embedding_store import EmbeddingStore
store = EmbeddingStore(sys.argv[1])
print("ready", flush=True)
embed_registry(photos(int(sys.argv[2])), store, StandInEngine(delay=0.05), batch=4)
print("finished", flush=True)
"""


@pytest.mark.slow
def test_job_survives_sigkill_and_resumes(tmp_path: Path) -> None:
    db, n = tmp_path / "e.sqlite3", 60
    photos(n)  # warm the cache here so the timing below is the child's
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(db), str(n)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline:
            with sqlite3.connect(db) as conn:
                done = conn.execute("SELECT COUNT(*) FROM face_embedding").fetchone()[0]
            if done >= 8:
                break
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with EmbeddingStore(db) as store:
        before = store.count("standin", "1")
        assert 8 <= before < n and before % 4 == 0  # whole batches only
        eng = StandInEngine()
        r = embed_registry(photos(n), store, eng)
        assert r.completed and r.skipped == before and r.computed + r.without_face == n - before
        assert store.count("standin", "1") == n and eng.calls == r.computed
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
