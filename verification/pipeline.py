"""The whole verification of one handed-over passport (+ renunciation certificate): read both,
look the person up in the local registry copy, compare the portrait with the registry photo and
search every registry photo, run the rules, combine them into a verdict. Qt-free and importable from
a worker thread: progress is a plain callback `progress(stage, done, total)`.

`record_case` stores a result in a case (reads, images, verdict and checks), so the CLI and the desk
file cases the same way."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from ocr.imaging import ImageArray
from ocr.mrz.model import MrzRead
from ocr.page_kind import PageRead, read_page
from ocr.viz.model import DocumentRead
from verification.cases import Case, CaseStore, Subject
from verification.checks import FaceHit, FaceResult, Facts, run_all
from verification.checks.model import CheckResult
from verification.faces.compare import FaceComparison, compare_images
from verification.faces.search import FaceIndex
from verification.registry.model import PersonRecord
from verification.registry.store import AuditSink, RegistryStore
from verification.registry.sync.freshness import freshness
from verification.verdict import VerdictResult, decide

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
STAGES = ("read_passport", "read_certificate", "registry_lookup", "face_compare", "face_search", "checks")
READERS = 2  # pages read side by side: Tesseract, matchTemplate and warps release the GIL
NAME_MATCH = 0.9  # a name+birth-date candidate at or above this score counts as found by name
DEFAULT_MAX_AGE = dt.timedelta(days=30)
PASSPORT_KINDS = ("prc_passport", "kaz_passport")
CERTIFICATE_KINDS = ("prc_renunciation", "kaz_termination")


@dataclass(frozen=True, eq=False)
class VerificationResult:
    verdict: VerdictResult
    checks: tuple[CheckResult, ...]
    facts: Facts
    passport_reads: tuple[PageRead, ...]
    certificate_reads: tuple[PageRead, ...]
    face: FaceComparison | None
    registry_photo: bytes | None
    timings: dict[str, float]
    demo: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def person(self) -> PersonRecord | None:
        return self.facts.person

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        v = self.verdict.to_json(lang)
        out: dict[str, Any] = {
            "verdict": v["verdict"],
            "verdict_reasons": v["reasons"],
            "checks": [c.to_json(lang) for c in self.checks],
            "partner_id": self.person.partner_id if self.person else None,
            "timings": {k: round(s, 3) for k, s in self.timings.items()},
        }
        if self.demo:
            out["demo"] = True
        return out


_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _readers() -> ThreadPoolExecutor:
    """One pool for the life of the process: its threads keep their own Tesseract engines (which
    are per thread, and cost far more to load than a page costs to read), so only the first
    verification pays for them, whichever thread (CLI main, desk worker) asks."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(READERS, thread_name_prefix="tekseru-read")
        return _pool


def _timed_read(img: ImageArray, page: int) -> tuple[PageRead, float]:
    t = time.perf_counter()
    return read_page(img, page), time.perf_counter() - t


def _gather(futures: Sequence[Future[tuple[PageRead, float]]]) -> tuple[tuple[PageRead, ...], float]:
    done = [f.result() for f in futures]
    return tuple(r for r, _ in done), sum(s for _, s in done)


@dataclass(frozen=True, eq=False)
class Reads:
    """Both documents read, before any registry work: what `verify` starts from. `timings` holds
    read_passport and read_certificate (each its own pages' time) and reading (the wall time)."""

    passport: tuple[PageRead, ...]
    certificate: tuple[PageRead, ...]
    timings: dict[str, float]


def read_documents(
    passport_pages: Sequence[ImageArray],
    certificate_pages: Sequence[ImageArray],
    progress: Progress | None = None,
    *,
    parallel: bool = True,
) -> Reads:
    """Every page read; with `parallel` all of them at once on the reader pool (Tesseract,
    matchTemplate and the warps release the GIL, so two pages take little more than the longer).
    Needs nothing of the registry, so a caller may open the registry meanwhile."""
    report = progress or (lambda stage, done, total: None)
    n = len(STAGES)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if parallel:
        report("read_passport", 0, n)
        pool = _readers()
        pending_p = [pool.submit(_timed_read, img, i) for i, img in enumerate(passport_pages)]
        pending_c = [pool.submit(_timed_read, img, i) for i, img in enumerate(certificate_pages)]
        passport, timings["read_passport"] = _gather(pending_p)
        report("read_certificate", 1, n)
        certificate, timings["read_certificate"] = _gather(pending_c)
    else:
        report("read_passport", 0, n)
        passport = tuple(read_page(img, i) for i, img in enumerate(passport_pages))
        timings["read_passport"] = time.perf_counter() - t0
        report("read_certificate", 1, n)
        t = time.perf_counter()
        certificate = tuple(read_page(img, i) for i, img in enumerate(certificate_pages))
        timings["read_certificate"] = time.perf_counter() - t
    timings["reading"] = time.perf_counter() - t0
    return Reads(passport, certificate, timings)


def _passport(reads: Sequence[PageRead]) -> tuple[MrzRead | None, DocumentRead | None]:
    mrz = next((r.mrz for r in reads if r.mrz is not None and r.mrz.found), None)
    doc = next((d for r in reads for d in r.documents if d.kind in PASSPORT_KINDS), None)
    return mrz, doc


def _certificate(reads: Sequence[PageRead]) -> DocumentRead | None:
    return next((d for r in reads for d in r.documents if d.kind in CERTIFICATE_KINDS), None)


def _lookup(
    registry: RegistryStore, mrz: MrzRead | None, actor: str
) -> tuple[PersonRecord | None, str, tuple[str, ...]]:
    if mrz is None or mrz.fields is None:
        return None, "", ()
    f = mrz.fields
    found = registry.by_document(f.document_number, f.issuing_state or None, actor) if f.document_number else []
    if len(found) == 1:
        return found[0], "document", ()
    if len(found) > 1:
        return found[0], "document", tuple(p.partner_id for p in found[1:])
    birth = dt.date.fromisoformat(f.birth_date) if f.birth_date else None
    cands = [c for c in registry.search_name(f.surname, f.given_names, birth, actor, limit=5) if c.score >= NAME_MATCH]
    if not cands:
        return None, "", ()
    return cands[0].person, "name", tuple(c.person.partner_id for c in cands[1:])


def _decode(data: bytes) -> ImageArray | None:
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return None if img is None else np.asarray(img, np.uint8)


def _face_result(c: FaceComparison, index: FaceIndex | None) -> FaceResult:
    edges = (index.bands.match, index.bands.review) if index is not None else (None, None)
    if edges == (None, None):
        from verification.faces import bands

        eb = bands.load().for_engine(c.engine)
        edges = (eb.match, eb.review)
    return FaceResult(c.score, c.band.value if c.band else None, c.reason, c.engine, c.warnings, *edges)


def verify(
    passport_pages: Sequence[ImageArray],
    certificate_pages: Sequence[ImageArray],
    registry: RegistryStore,
    faces: FaceIndex | None,
    audit: AuditSink,
    officer: str,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
    application_date: dt.date | None = None,
    max_age: dt.timedelta = DEFAULT_MAX_AGE,
    now: dt.datetime | None = None,
    demo: bool = False,
    parallel: bool = True,
    reads: Reads | None = None,
    face_engine: str | None = None,
) -> VerificationResult:
    """Pages are BGR images (from `ocr.imaging.load_pages`). `faces` is the 1:N index of registry
    photos (None: the search is not run and the verdict says so). Registry look-ups are audited by
    the store under `officer`; the verification itself is audited here. With `parallel` the pages
    are read side by side on the reader pool (about a third faster on two cores); the registry,
    the faces and the rules run in the calling thread.
    `timings` holds each stage's own seconds, `reading` the wall time of both reads, `total` all.
    `reads` (from `read_documents` on the same pages) skips the reading here. `face_engine` (default:
    the index's, else bands.json's) compares the portraits; the index must hold that engine's
    embeddings."""
    report = progress or (lambda stage, done, total: None)
    now = now or dt.datetime.now(dt.UTC)
    today = today or now.date()
    timings: dict[str, float] = {}
    total = len(STAGES)

    def stage(i: int, name: str) -> float:
        report(name, i, total)
        return time.perf_counter()

    t_all = time.perf_counter()
    if reads is None:
        reads = read_documents(passport_pages, certificate_pages, report, parallel=parallel)
    else:  # read beforehand (while the registry was opening): the stages still report in order
        report("read_passport", 0, total)
        report("read_certificate", 1, total)
        t_all -= reads.timings["reading"]
    timings.update(reads.timings)
    passport_reads, certificate_reads = reads.passport, reads.certificate
    mrz, viz = _passport(passport_reads)
    cert = _certificate(certificate_reads)

    t = stage(2, "registry_lookup")
    person, how, others = _lookup(registry, mrz, officer)
    fresh = freshness(registry.status(), max_age, now)
    photo = registry.photo(person.partner_id, officer) if person is not None and person.photo_sha256 else None
    timings["registry_lookup"] = time.perf_counter() - t

    t = stage(3, "face_compare")
    comparison: FaceComparison | None = None
    face: FaceResult | None = None
    photo_img = _decode(photo) if photo else None
    if passport_pages and photo_img is not None:
        engine = face_engine or (faces.engine if faces is not None else "") or None  # the index's, by default
        comparison = compare_images(passport_pages[0], photo_img, engine=engine)
        face = _face_result(comparison, faces)
    elif person is not None and passport_pages:
        face = FaceResult(None, None, "b: the registry holds no photo of this person")
    timings["face_compare"] = time.perf_counter() - t

    t = stage(4, "face_search")
    hits: tuple[FaceHit, ...] | None = None
    if faces is not None and comparison is not None and faces.engine not in ("", comparison.engine):
        raise ValueError(f"the face index holds {faces.engine} embeddings, not {comparison.engine}'s")
    if faces is not None and comparison is not None and comparison.portrait_a.usable:
        from verification.faces.registry import get_engine

        query = get_engine(comparison.engine).embed(comparison.portrait_a)
        hits = tuple(FaceHit(h.partner_id, h.score, h.band.value) for h in faces.search(query, k=5))
        audit.record("face.search", officer, {"engine": comparison.engine, "hits": [h.partner_id for h in hits]})
    timings["face_search"] = time.perf_counter() - t

    t = stage(5, "checks")
    facts = Facts(today, application_date or today, mrz, viz, cert, bool(certificate_pages), person, how, others,
                  face, hits, fresh)  # fmt: skip
    checks = tuple(run_all(facts))
    verdict = decide(checks)
    timings["checks"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t_all
    report("done", total, total)
    audit.record("verify", officer, {"verdict": verdict.verdict.value,
                                     "partner_id": person.partner_id if person else None,
                                     "checks": {c.id: c.status.value for c in checks}})  # fmt: skip
    return VerificationResult(verdict, checks, facts, passport_reads, certificate_reads, comparison, photo, timings,
                              demo)  # fmt: skip


def _png(img: ImageArray | None, longest: int = 1400) -> bytes | None:
    if img is None:
        return None
    h, w = img.shape[:2]
    scale = min(1.0, longest / max(h, w))
    if scale < 1.0:
        img = np.asarray(cv2.resize(img, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA), np.uint8)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return bytes(buf) if ok else None


def record_case(store: CaseStore, user: Any, result: VerificationResult, passport_pages: Sequence[ImageArray],
                certificate_pages: Sequence[ImageArray]) -> Case:  # fmt: skip
    """Open a case for `result`: subject, page images, every read, the face comparison, verdict."""
    f = result.facts.passport_mrz.fields if result.facts.passport_mrz is not None else None
    subject = Subject(f.surname, f.given_names, f.document_number) if f is not None else Subject()
    case = store.open_case(user, subject)
    for label, pages in (("passport", passport_pages), ("certificate", certificate_pages)):
        for i, img in enumerate(pages):
            data = _png(img)
            if data:
                store.add_image(user, case.id, data, f"{label} page {i + 1}")
    if result.face is not None:
        for label, crop in (("portrait passport", result.face.crop_a), ("portrait registry", result.face.crop_b)):
            data = _png(crop, 400)
            if data:
                store.add_image(user, case.id, data, label)
    for label, reads in (("passport", result.passport_reads), ("certificate", result.certificate_reads)):
        for r in reads:
            store.add_read(user, case.id, label, r)
    fj = result.facts.face
    hits = result.facts.face_hits
    store.add_read(user, case.id, "face", {
        "score": fj.score, "band": fj.band, "reason": fj.reason, "engine": fj.engine,
        "match_edge": fj.match_edge, "review_edge": fj.review_edge, "warnings": list(fj.warnings),
        "hits": None if hits is None else [{"partner_id": h.partner_id, "score": round(h.score, 4), "band": h.band}
                                           for h in hits],
    } if fj else {"compared": False})  # fmt: skip
    store.add_read(user, case.id, "timings", {k: round(v, 4) for k, v in result.timings.items()})
    payload = {**result.verdict.to_json(), "checks": [c.to_json() for c in result.checks],
               "partner_id": result.person.partner_id if result.person else None, "demo": result.demo}  # fmt: skip
    verdict = result.verdict.verdict
    return store.set_verdict(user, case.id, verdict, payload)
