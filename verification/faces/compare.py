"""1:1 comparison of two images: portraits, embeddings, score and band, with the reason when no
band can be given. Poor quality (blur, a turned head) never yields a confident no_match: it is
lowered to review, since a low score then says little about identity."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace

from ocr.imaging import ImageArray
from ocr.portraits import BLOCKING, NO_FACE, Portrait, extract_portrait
from verification.faces import bands as bands_mod
from verification.faces.bands import Band, BandTable
from verification.faces.engine import similarity
from verification.faces.registry import get_engine

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class FaceComparison:
    """`score`/`band` are None exactly when `reason` says why (e.g. "a: no_face")."""

    engine: str
    engine_version: str
    score: float | None
    band: Band | None
    reason: str | None
    portrait_a: Portrait
    portrait_b: Portrait
    warnings: tuple[str, ...]
    seconds: float

    @property
    def crop_a(self) -> ImageArray | None:
        return self.portrait_a.crop

    @property
    def crop_b(self) -> ImageArray | None:
        return self.portrait_b.crop


def _blocking(side: str, p: Portrait) -> str | None:
    if not p.found:
        return f"{side}: {NO_FACE}"
    bad = [r for r in p.reasons if r in BLOCKING]
    return f"{side}: {', '.join(bad)}" if bad else None


def compare_portraits(
    a: Portrait, b: Portrait, engine: str | None = None, table: BandTable | None = None
) -> FaceComparison:
    t0 = time.perf_counter()
    tab = table or bands_mod.load()
    name = engine or tab.default_engine
    eng_bands = tab.for_engine(name)
    eng = get_engine(name)
    warnings = tuple(f"{side}: {r}" for side, p in (("a", a), ("b", b)) for r in p.reasons[1:] if r not in BLOCKING)
    reason = _blocking("a", a) or _blocking("b", b)
    if reason:
        return FaceComparison(name, eng.version, None, None, reason, a, b, warnings, time.perf_counter() - t0)
    score = similarity(eng.embed(a), eng.embed(b))
    band = eng_bands.decide(score)
    if band is Band.NO_MATCH and warnings:
        band = Band.REVIEW
    log.debug("face compare %s: score %.3f band %s", name, score, band)
    return FaceComparison(name, eng.version, score, band, None, a, b, warnings, time.perf_counter() - t0)


def compare_images(
    img_a: ImageArray, img_b: ImageArray, engine: str | None = None, table: BandTable | None = None
) -> FaceComparison:
    """Both portraits (largest face, upright) compared with `engine` (default: bands.json's)."""
    t0 = time.perf_counter()
    tab = table or bands_mod.load()
    a = extract_portrait(img_a, tab.quality)
    b = extract_portrait(img_b, tab.quality)
    result = compare_portraits(a, b, engine, tab)
    return replace(result, seconds=time.perf_counter() - t0)
