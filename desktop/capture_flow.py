"""The capture flow without Qt: files → pages → MRZ reads → registry look-ups, saved to one case,
as a generator whose yields are the results as they arrive (the worker turns them into signals).
Until the full verification pipeline lands, this is what the results screen shows."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.desk import Desk
from ocr.errors import TekseruError
from ocr.imaging import Page, load_pages
from ocr.mrz.model import MrzRead
from ocr.mrz.reader import read_image
from verification.accounts import User
from verification.cases import Subject
from verification.registry.model import PersonRecord
from verification.registry.sync import Freshness

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".pdf")
_MEDIA = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".tif": "image/tiff",
          ".tiff": "image/tiff", ".bmp": "image/bmp", ".webp": "image/webp", ".pdf": "application/pdf"}  # fmt: skip


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
class CaseOpened:
    case_id: int


@dataclass(frozen=True)
class PageLoaded:
    file: str
    page: Page
    pages: int


@dataclass(frozen=True)
class MrzResult:
    file: str
    page_index: int
    read: MrzRead


@dataclass(frozen=True)
class RegistryResult:
    file: str
    page_index: int
    document_number: str
    persons: tuple[PersonRecord, ...]
    freshness: Freshness


Event = FileStarted | FileFailed | CaseOpened | PageLoaded | MrzResult | RegistryResult


def accepted(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def read_documents(
    desk: Desk, user: User, paths: Sequence[str], max_age_days: float, case_id: int | None = None
) -> Generator[Event, None, int | None]:
    """Yields each result as soon as it exists; returns the case id (None if nothing was read)."""
    for i, path in enumerate(paths):
        yield FileStarted(path, i, len(paths))
        try:
            pages = load_pages(path)
            data = Path(path).read_bytes()
        except (TekseruError, OSError) as exc:
            yield FileFailed(path, str(exc))
            continue
        with desk.lock:
            if case_id is None:
                case_id = desk.cases.open_case(user).id
                opened = True
            else:
                opened = False
            desk.cases.add_image(user, case_id, data, Path(path).name, _MEDIA.get(Path(path).suffix.lower(), ""))
        if opened:
            yield CaseOpened(case_id)
        for page in pages:
            yield PageLoaded(path, page, len(pages))
        for page in pages:
            read = read_image(page.image, page=page.index)
            yield MrzResult(path, page.index, read)
            with desk.lock:
                desk.cases.add_read(user, case_id, "mrz", {"file": Path(path).name, **read.to_json()})
            f = read.fields
            if f is None or not f.document_number:
                continue
            with desk.lock:
                desk.cases.set_subject(user, case_id, Subject(f.surname, f.given_names, f.document_number))
                persons = desk.registry.by_document(f.document_number, f.issuing_state or None, user.username)
                fresh = desk.freshness(max_age_days)
            yield RegistryResult(path, page.index, f.document_number, tuple(persons), fresh)
    return case_id
