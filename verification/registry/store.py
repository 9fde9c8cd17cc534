"""The one interface every registry store implements. SQLite is the default; a server database
(PostgreSQL, for consulates with many desks) will implement the same protocol later, so nothing above
this layer may use SQL directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from verification.registry.model import Candidate, PersonRecord, RegistryStatus

# progress(done, total, stage) — total may be 0 when unknown
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PackageVersion:
    """What a verified package says about itself; recorded in the same transaction as its data."""

    partner_state: str
    sequence: int
    kind: str  # "full" or "delta"
    base_sequence: int | None  # for a delta: the sequence it must be applied on top of
    published_at: dt.datetime
    package_sha256: str


@dataclass(frozen=True)
class ApplyResult:
    applied: bool  # False when this exact version was already applied (a no-op)
    sequence: int
    persons_written: int
    persons_deleted: int
    photos_written: int
    seconds: float


class AuditSink(Protocol):
    """Where every registry look-up is recorded (the hash-chained audit trail implements this)."""

    def record(self, action: str, actor: str, details: dict[str, object]) -> None: ...


class RegistryStore(Protocol):
    def status(self) -> RegistryStatus: ...

    def apply(
        self,
        version: PackageVersion,
        upserts: Iterable[PersonRecord],
        deletes: Iterable[str],
        photos: Iterable[tuple[str, bytes]],
        progress: Progress | None = None,
    ) -> ApplyResult:
        """All or nothing: the data and `version` commit together or not at all. Raises
        `RegistryError` when a delta's base is not the applied sequence or the partner differs."""
        ...

    def note_trusted_time(self, when: dt.datetime) -> None:
        """Advance the latest trusted time (never moves back)."""
        ...

    def person(self, partner_id: str, actor: str) -> PersonRecord | None: ...

    def photo(self, partner_id: str, actor: str) -> bytes | None: ...

    def by_document(self, number: str, issuing_state: str | None, actor: str) -> list[PersonRecord]: ...

    def by_personal_id(self, personal_id: str, actor: str) -> list[PersonRecord]: ...

    def search_name(
        self, surname: str, given_names: str, birth_date: dt.date | None, actor: str, limit: int = 10
    ) -> list[Candidate]: ...

    def close(self) -> None: ...
