"""Embed every registry photo: incremental (a photo whose sha256 is already stored for this
engine version is skipped), resumable (each batch commits on its own, so after a kill the next run
starts where the last commit ended), cancellable, with a progress callback for a background thread.
A new engine version is a new key, so every photo is recomputed and the old rows are pruned."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ocr.errors import TekseruError
from ocr.imaging import load_image
from ocr.portraits import BLOCKING, QualityLimits, extract_portrait
from verification.faces.embedding_store import EmbeddingRow, EmbeddingStore
from verification.faces.engine import FaceMatcher
from verification.registry.store import Progress, RegistryStore

log = logging.getLogger(__name__)

PhotoSource = Iterable[tuple[str, bytes | None]]  # (partner_id, photo bytes or None without photo)


@dataclass(frozen=True)
class JobResult:
    seen: int
    computed: int
    skipped: int
    without_face: int  # photos stored with a reason instead of an embedding
    pruned: int
    completed: bool  # False when stopped early (nothing pruned then)
    seconds: float


def store_photos(store: RegistryStore, partner_ids: Iterable[str], actor: str) -> Iterator[tuple[str, bytes | None]]:
    """Photos through the registry protocol, one `photo()` look-up (and audit entry) each."""
    for pid in partner_ids:
        yield pid, store.photo(pid, actor)


def _embed_one(data: bytes, engine: FaceMatcher, limits: QualityLimits) -> tuple[str, EmbeddingRow | None]:
    try:
        img = load_image(data)
    except TekseruError:
        return "unreadable", None
    p = extract_portrait(img, limits)
    blocking = [r for r in p.reasons if r in BLOCKING]
    if blocking:
        return blocking[0], None
    return "ok", EmbeddingRow("", "", "ok", engine.embed(p))


def embed_registry(
    photos: PhotoSource,
    store: EmbeddingStore,
    engine: FaceMatcher,
    *,
    total: int = 0,
    batch: int = 32,
    limits: QualityLimits | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> JobResult:
    """Bring `store` up to date with `photos` for `engine`. `total` (0 when unknown) only feeds
    `progress(done, total, stage)`."""
    t0 = time.perf_counter()
    lim = limits or QualityLimits()
    known = store.known(engine.name, engine.version)
    seen: set[str] = set()
    pending: list[EmbeddingRow] = []
    computed = skipped = no_face = 0
    completed = True
    done = 0
    for pid, data in photos:
        if should_stop and should_stop():
            completed = False
            break
        done += 1
        if data is None:  # no photo (any more): not kept, so a full run prunes its old embedding
            skipped += 1
            continue
        seen.add(pid)
        sha = hashlib.sha256(data).hexdigest()
        if known.get(pid) == sha:
            skipped += 1
        else:
            status, row = _embed_one(data, engine, lim)
            pending.append(EmbeddingRow(pid, sha, status, row.vector if row else None))
            computed += status == "ok"
            no_face += status != "ok"
            if len(pending) >= batch:
                store.put(engine.name, engine.version, pending)
                pending = []
        if progress:
            progress(done, total, "faces")
    if pending:
        store.put(engine.name, engine.version, pending)
    pruned = store.prune(engine.name, engine.version, seen) if completed else 0
    secs = time.perf_counter() - t0
    log.info(
        "face embeddings %s: %d new, %d unchanged, %d without face, %.1f s",
        engine.name,
        computed,
        skipped,
        no_face,
        secs,
    )
    return JobResult(done, computed, skipped, no_face, pruned, completed, secs)
