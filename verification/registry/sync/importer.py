"""Import one package file into a `RegistryStore`: private copy, TUF verification, the registry's
own rules (partner, sequence, base), a full parse of the records, then one `store.apply`. Any
rejection happens before the store or the TUF cache is touched."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from verification.registry.errors import RegistryError, SyncRejected
from verification.registry.model import PersonRecord, RegistryStatus
from verification.registry.store import ApplyResult, PackageVersion, Progress, RegistryStore
from verification.registry.sync.archive import PackageArchive
from verification.registry.sync.format import DEFAULT_LIMITS, KIND_DELTA, Limits, Reason
from verification.registry.sync.records import Delete, RecordError, Upsert, read_operations
from verification.registry.sync.trust import TrustStore
from verification.registry.sync.verify import VerifiedPackage, verify

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock_for(data_dir: Path) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(data_dir.resolve(), threading.Lock())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ImportResult:
    version: PackageVersion
    applied: bool  # False: this exact package was already applied (a no-op)
    result: ApplyResult
    package_sha256: str  # of the package file as received (for the audit trail)
    issued_at: dt.datetime


class PackageImporter:
    def __init__(
        self,
        store: RegistryStore,
        trust: TrustStore,
        clock: Clock = utc_now,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.store = store
        self.trust = trust
        self.clock = clock
        self.limits = limits

    def import_file(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Verify and apply one package file (USB stick, inbox, download); raises SyncRejected.
        One import at a time per data dir: python-tuf's cache is single-writer."""
        with _lock_for(self.trust.data_dir):
            return self._import(path, progress)

    def _import(self, path: Path, progress: Progress | None) -> ImportResult:
        work = self.trust.private_dir()
        try:
            copy, file_sha = self._copy_in(path, work, progress)
            with PackageArchive(copy, self.limits, path.name) as archive:
                partner = self._partner(archive.hint.partner_state)
                anchor = self.trust.anchor(partner)
                assert anchor is not None  # checked by _partner
                with self.trust.candidate_cache(partner) as cache:
                    status = self.store.status()
                    verified = verify(
                        archive, anchor, cache, work, self.clock(), status.latest_trusted_time, self.limits, progress
                    )
                    self._check_order(verified.version, status)
                    self._check_records(verified)
                    result = self._apply(verified, progress)
                    self.store.note_trusted_time(verified.issued_at)
                    self.trust.commit(partner, cache)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        v = verified.version
        log.info(
            "%s %s package %s/%d: %d written, %d deleted, %d photos",
            "applied" if result.applied else "already had",
            v.kind,
            v.partner_state,
            v.sequence,
            result.persons_written,
            result.persons_deleted,
            result.photos_written,
        )
        return ImportResult(v, result.applied, result, file_sha, verified.issued_at)

    def _copy_in(self, path: Path, work: Path, progress: Progress | None) -> tuple[Path, str]:
        """Off the USB stick first: the stick can change or vanish while we verify."""
        dest = work / "package.tar"
        digest = hashlib.sha256()
        done = 0
        try:
            total = path.stat().st_size
            if total > self.limits.max_package_bytes:
                raise SyncRejected(
                    Reason.TOO_LARGE, f"{path.name} is larger than {self.limits.max_package_bytes} bytes"
                )
            with path.open("rb") as src, dest.open("wb") as out:
                while chunk := src.read(1024 * 1024):
                    done += len(chunk)
                    if done > self.limits.max_package_bytes:
                        raise SyncRejected(Reason.TOO_LARGE, f"{path.name} grew beyond the size limit while copied")
                    digest.update(chunk)
                    out.write(chunk)
                    if progress:
                        progress(done, total, "copy")
        except OSError as exc:
            raise RegistryError(f"cannot read the package {path}: {exc.strerror or exc}") from None
        return dest, digest.hexdigest()

    def _partner(self, partner: str) -> str:
        mine = self.store.status().partner_state
        if mine is not None and partner != mine:
            raise SyncRejected(
                Reason.OTHER_PARTNER, f"the package is from partner {partner}; this registry holds data of {mine}"
            )
        try:
            anchor = self.trust.anchor(partner)
        except RegistryError:
            anchor = None
        if anchor is None:
            trusted = ", ".join(self.trust.partners()) or "none"
            raise SyncRejected(
                Reason.NO_TRUST_ROOT,
                f"no trusted root is installed for partner {partner} (trusted: {trusted}); "
                "field IT installs it with `tekseru registry install-root`",
            )
        return partner

    def _check_order(self, v: PackageVersion, status: RegistryStatus) -> None:
        """Our sequence on top of TUF's versions: survives a lost or reset TUF cache."""
        if status.partner_state is not None and v.partner_state != status.partner_state:
            raise SyncRejected(
                Reason.OTHER_PARTNER,
                f"the package is signed as data of {v.partner_state}; "
                f"this registry holds data of {status.partner_state}",
            )
        installed = status.sequence
        if v.sequence < installed:
            raise SyncRejected(
                Reason.ROLLBACK,
                f"the package is #{v.sequence} but #{installed} is already installed: a replayed or older package",
            )
        if v.sequence == installed:
            return  # the store decides: the same package again is a no-op, another one is refused
        if v.kind == KIND_DELTA and v.base_sequence != installed:
            have = f"#{installed} is installed" if installed else "nothing is installed yet (a full package is needed)"
            raise SyncRejected(Reason.WRONG_BASE, f"the package is a delta on #{v.base_sequence} but {have}")

    def _check_records(self, verified: VerifiedPackage) -> None:
        """One full parse before apply, so a bad line is a rejection, not a failed transaction."""
        v = verified.version
        lines = 0
        try:
            for number, op in self._operations(verified):
                lines += 1
                if isinstance(op, Delete):
                    if v.kind != KIND_DELTA:
                        raise RecordError(f"line {number}: a full package cannot delete")
                    continue
                if op.person.partner_state != v.partner_state:
                    raise RecordError(f"line {number}: a person of another partner")
                sha = op.person.photo_sha256
                if sha is not None and sha not in verified.photos:
                    raise RecordError(f"line {number}: its photo is not in the package")
        except RecordError as exc:
            raise SyncRejected(Reason.BAD_RECORD, f"the records file is invalid: {exc}") from None
        if lines != verified.count:
            raise SyncRejected(
                Reason.BAD_RECORD, f"the records file has {lines} lines, its metadata says {verified.count}"
            )

    def _apply(self, verified: VerifiedPackage, progress: Progress | None) -> ApplyResult:
        def upserts() -> Iterator[PersonRecord]:
            for _, op in self._operations(verified):
                if isinstance(op, Upsert):
                    yield op.person

        def deletes() -> Iterator[str]:
            for _, op in self._operations(verified):
                if isinstance(op, Delete):
                    yield op.partner_id

        def photos() -> Iterator[tuple[str, bytes]]:
            for sha, path in sorted(verified.photos.items()):  # (sha256, bytes): stores key photos by hash
                yield sha, path.read_bytes()

        try:
            return self.store.apply(verified.version, upserts(), deletes(), photos(), progress)
        except SyncRejected:
            raise
        except RegistryError as exc:
            raise SyncRejected(Reason.STORE_REFUSED, f"the registry store refused the package: {exc}") from None

    def _operations(self, verified: VerifiedPackage) -> Iterator[tuple[int, Upsert | Delete]]:
        return read_operations(verified.records, self.limits.max_record_line_bytes)
