"""The capture and verification flow without Qt, so a worker can run it and tests can drive it:
files → pages → page kinds (passport or certificate, in any order), then the whole
`verification.pipeline.verify` over the sorted pages, filed as a case with `record_case`.
Store calls take the desk lock one at a time; the slow reading never holds it, so the rest of the
app (the stale banner, history) keeps answering while a page is read."""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from desktop.desk import Desk
from ocr.errors import TekseruError
from ocr.imaging import ImageArray, Page, load_pages
from ocr.page_kind import PageRead, read_page
from verification.accounts import User
from verification.cases import Case
from verification.pipeline import (
    CERTIFICATE_KINDS,
    PASSPORT_KINDS,
    Reads,
    VerificationResult,
    record_case,
    verify,
)
from verification.registry.model import PersonRecord
from verification.registry.store import AuditSink, RegistryStore

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".pdf")
PASSPORT, CERTIFICATE, UNUSED = "passport", "certificate", "unused"
ROLES = (PASSPORT, CERTIFICATE, UNUSED)


def accepted(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def role_for(read: PageRead | None) -> str:
    """Where a page goes by its recognised kind; an unknown page is left out until the officer says."""
    kind = read.kind.kind if read is not None else ""
    if kind in PASSPORT_KINDS:
        return PASSPORT
    if kind in CERTIFICATE_KINDS:
        return CERTIFICATE
    return UNUSED


@dataclass(frozen=True)
class FileStarted:
    file: str
    index: int
    total: int


@dataclass(frozen=True)
class FileFailed:
    file: str
    message: str


@dataclass(frozen=True)
class PageLoaded:
    file: str
    page: Page
    pages: int


@dataclass(frozen=True)
class PageRecognised:
    file: str
    page_index: int
    read: PageRead
    seconds: float = 0.0  # the read's own time: the verification reuses the read, and reports it


@dataclass(frozen=True)
class PageFailed:
    file: str
    page_index: int
    message: str


Event = FileStarted | FileFailed | PageLoaded | PageRecognised | PageFailed


def load_and_recognise(paths: Sequence[str]) -> Generator[Event, None, None]:
    """Each page appears as soon as it is loaded, and its kind as soon as it is read."""
    for i, path in enumerate(paths):
        yield FileStarted(path, i, len(paths))
        try:
            pages = load_pages(path)
        except (TekseruError, OSError) as exc:
            yield FileFailed(path, str(exc))
            continue
        for page in pages:
            yield PageLoaded(path, page, len(pages))
        for page in pages:
            t = time.perf_counter()
            try:
                read = read_page(page.image, page.index)
            except TekseruError as exc:
                yield PageFailed(path, page.index, str(exc))
                continue
            yield PageRecognised(path, page.index, read, time.perf_counter() - t)


class _Locked:
    """A store seen through the desk lock: each call holds it only for that call."""

    def __init__(self, target: object, lock: Any) -> None:
        self._target, self._lock = target, lock

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._target, attr)
        if not callable(value):
            return value

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return value(*args, **kwargs)

        return call


@dataclass(frozen=True)
class Outcome:
    """A verification as the results screen shows it: the pipeline's result, the case it was filed
    as (None with `save_error` when filing failed: the result is still shown), and the registry
    records of the 1:N hits under other identities (each look-up audited under the officer)."""

    result: VerificationResult
    case: Case | None
    save_error: str = ""
    hit_persons: dict[str, PersonRecord] = field(default_factory=dict)


def captured_reads(reads: Sequence[tuple[str, PageRead | None, float]]) -> Reads | None:
    """The capture-time reads as `verify` takes them: (role, read, seconds) per page in page order;
    None when a page was never read (then the verification reads everything itself)."""
    if any(read is None for _role, read, _s in reads):
        return None
    passport = tuple(r for role, r, _s in reads if role == PASSPORT and r is not None)
    certificate = tuple(r for role, r, _s in reads if role == CERTIFICATE and r is not None)
    p_time = sum(s for role, _r, s in reads if role == PASSPORT)
    c_time = sum(s for role, _r, s in reads if role == CERTIFICATE)
    return Reads(passport, certificate, {"read_passport": p_time, "read_certificate": c_time,
                                         "reading": p_time + c_time})  # fmt: skip


def run_verification(
    desk: Desk,
    user: User,
    passport: Sequence[ImageArray],
    certificate: Sequence[ImageArray],
    max_age_days: float,
    progress: Callable[[str, int, int], None] | None = None,
    reads: Reads | None = None,
    face_engine: str | None = None,
) -> Outcome:
    """`progress(stage, done, total)` per pipeline stage (the worker re-emits it as a signal).
    `reads`: the pages as read when they were captured, so they are not read a second time."""
    report = progress or (lambda stage, done, total: None)
    report("face_index", 0, 1)
    with desk.lock:
        faces = desk.face_index(user.username, face_engine)
    registry = cast(RegistryStore, _Locked(desk.registry, desk.lock))
    audit = cast(AuditSink, _Locked(desk.audit, desk.lock))
    result = verify(passport, certificate, registry, faces, audit, user.username, report,
                    max_age=dt.timedelta(days=max_age_days), demo=desk.demo, reads=reads,
                    face_engine=face_engine)  # fmt: skip
    report("save", 0, 1)
    case: Case | None = None
    save_error = ""
    try:
        with desk.lock:
            case = record_case(desk.cases, user, result, passport, certificate)
    except TekseruError as exc:  # e.g. an account that may not open cases: the result is still shown
        save_error = str(exc)
    claimed = result.person.partner_id if result.person is not None else None
    hits: dict[str, PersonRecord] = {}
    for hit in result.facts.face_hits or ():
        if hit.partner_id != claimed and hit.partner_id not in hits:
            person = registry.person(hit.partner_id, user.username)
            if person is not None:
                hits[hit.partner_id] = person
    return Outcome(result, case, save_error, hits)
