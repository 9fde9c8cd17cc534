"""Test helpers for the registry sync: a small but real SQLite store implementing the
`RegistryStore` protocol (used until/unless the production store is importable), sample persons,
and helpers that build real signed packages with the partner-side tools and tamper with them."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import tarfile
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from verification.registry.errors import RegistryError
from verification.registry.model import (
    Candidate,
    CitizenshipState,
    CitizenshipStatus,
    IdentityDocument,
    MatchReason,
    PersonName,
    PersonRecord,
    RegistryStatus,
    Script,
)
from verification.registry.store import ApplyResult, PackageVersion, Progress, RegistryStore
from verification.registry.sync.keys import KeyDir
from verification.registry.sync.records import Delete, Upsert, operation_to_line, person_from_json, person_to_json

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


class FakeSqliteStore:
    """All-or-nothing apply in one SQLite transaction; rejects wrong base, other partner and
    rollback itself; the same package again is a no-op — the contract the real store keeps."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);"
            "CREATE TABLE IF NOT EXISTS persons (partner_id TEXT PRIMARY KEY, body TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS photos (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL);"
        )

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set(self, key: str, value: str | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)", (key, value))

    def status(self) -> RegistryStatus:
        def when(key: str) -> dt.datetime | None:
            v = self._meta(key)
            return None if v is None else dt.datetime.fromisoformat(v)

        persons = [self._load(b) for (b,) in self._db.execute("SELECT body FROM persons")]
        return RegistryStatus(
            partner_state=self._meta("partner"),
            sequence=int(self._meta("sequence") or 0),
            kind=self._meta("kind"),
            published_at=when("published_at"),
            applied_at=when("applied_at"),
            latest_trusted_time=when("trusted_time"),
            persons=len(persons),
            photos=self._db.execute("SELECT count(*) FROM photos").fetchone()[0],
            documents=sum(len(p.documents) for p in persons),
            crossings=sum(len(p.crossings) for p in persons),
            schema_version=1,
        )

    def apply(
        self,
        version: PackageVersion,
        upserts: Iterable[PersonRecord],
        deletes: Iterable[str],
        photos: Iterable[tuple[str, bytes]],
        progress: Progress | None = None,
    ) -> ApplyResult:
        t0 = time.perf_counter()
        st = self.status()
        if st.partner_state is not None and st.partner_state != version.partner_state:
            raise RegistryError(f"store holds {st.partner_state}, package is {version.partner_state}")
        if version.sequence == st.sequence and self._meta("package_sha256") == version.package_sha256:
            return ApplyResult(False, st.sequence, 0, 0, 0, time.perf_counter() - t0)
        if version.sequence <= st.sequence:
            raise RegistryError(f"sequence {version.sequence} is not newer than {st.sequence}")
        if version.kind == "delta" and version.base_sequence != st.sequence:
            raise RegistryError(f"delta on {version.base_sequence}, store at {st.sequence}")
        written = deleted = photos_written = 0
        self._db.execute("BEGIN")
        try:
            if version.kind == "full":
                self._db.execute("DELETE FROM persons")
                self._db.execute("DELETE FROM photos")
            for p in upserts:
                self._db.execute(
                    "INSERT OR REPLACE INTO persons VALUES (?, ?)", (p.partner_id, json.dumps(person_to_json(p)))
                )
                written += 1
                if progress:
                    progress(written, 0, "apply")
            for pid in deletes:
                deleted += self._db.execute("DELETE FROM persons WHERE partner_id = ?", (pid,)).rowcount
            for sha, data in photos:
                if hashlib.sha256(data).hexdigest() != sha:
                    raise RegistryError("photo does not match its hash")
                self._db.execute("INSERT OR REPLACE INTO photos VALUES (?, ?)", (sha, data))
                photos_written += 1
            self._set("partner", version.partner_state)
            self._set("sequence", str(version.sequence))
            self._set("kind", version.kind)
            self._set("published_at", version.published_at.isoformat())
            self._set("applied_at", dt.datetime.now(dt.UTC).isoformat())
            self._set("package_sha256", version.package_sha256)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return ApplyResult(True, version.sequence, written, deleted, photos_written, time.perf_counter() - t0)

    def note_trusted_time(self, when: dt.datetime) -> None:
        current = self.status().latest_trusted_time
        if current is None or when > current:
            self._set("trusted_time", when.isoformat())

    def _load(self, body: str) -> PersonRecord:
        return person_from_json(json.loads(body))

    def _all(self) -> list[PersonRecord]:
        return [self._load(b) for (b,) in self._db.execute("SELECT body FROM persons ORDER BY partner_id")]

    def person(self, partner_id: str, actor: str) -> PersonRecord | None:
        row = self._db.execute("SELECT body FROM persons WHERE partner_id = ?", (partner_id,)).fetchone()
        return None if row is None else self._load(row[0])

    def photo(self, partner_id: str, actor: str) -> bytes | None:
        p = self.person(partner_id, actor)
        if p is None or p.photo_sha256 is None:
            return None
        row = self._db.execute("SELECT data FROM photos WHERE sha256 = ?", (p.photo_sha256,)).fetchone()
        return None if row is None else bytes(row[0])

    def by_document(self, number: str, issuing_state: str | None, actor: str) -> list[PersonRecord]:
        return [
            p
            for p in self._all()
            if any(d.number == number and issuing_state in (None, d.issuing_state) for d in p.documents)
        ]

    def by_personal_id(self, personal_id: str, actor: str) -> list[PersonRecord]:
        return [p for p in self._all() if p.personal_id == personal_id]

    def search_name(
        self, surname: str, given_names: str, birth_date: dt.date | None, actor: str, limit: int = 10
    ) -> list[Candidate]:
        out = []
        for p in self._all():
            for n in p.names:
                if n.latin_surname.upper() == surname.upper() and (
                    not given_names or n.latin_given_names.upper() == given_names.upper()
                ):
                    if birth_date is None or birth_date == p.birth_date:
                        out.append(Candidate(p, 1.0, (MatchReason("surname", "exact"),)))
                    break
        return out[:limit]

    def close(self) -> None:
        self._db.close()


class ListAudit:
    """An AuditSink that keeps what it is told, for assertions."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, dict[str, object]]] = []

    def record(self, action: str, actor: str, details: dict[str, object]) -> None:
        self.entries.append((action, actor, details))


def open_store(path: Path) -> RegistryStore:
    """The production store when it is importable, else the fake (forced by TEKSERU_FAKE_STORE=1)."""
    if os.environ.get("TEKSERU_FAKE_STORE") == "1":
        return FakeSqliteStore(path)
    try:
        from verification.registry.sqlite_store import SqliteRegistryStore
    except ImportError:
        return FakeSqliteStore(path)
    store: RegistryStore = SqliteRegistryStore(path, ListAudit())
    return store


def person(n: int, partner: str = "CHN", photo: str | None = None) -> PersonRecord:
    return PersonRecord(
        partner_id=f"P{n:06d}",
        partner_state=partner,
        sex="F" if n % 2 else "M",
        birth_date=dt.date(1970 + n % 30, 1 + n % 12, 1 + n % 28),
        birth_place="乌鲁木齐",
        birth_place_latin="URUMQI",
        personal_id=f"65010{n:013d}",
        names=(
            PersonName(Script.HAN, "王", f"小{n}", "WANG", f"XIAO{n}"),
            PersonName(Script.CYRILLIC, "ВАН", "СЯО", "VAN", "SYAO"),
        ),
        documents=(IdentityDocument("passport", f"E{n:08d}", "CHN", "MPS Exit-Entry Administration"),),
        citizenship=(
            CitizenshipStatus(CitizenshipState.ACTIVE, dt.date(1990, 1, 1)),
            CitizenshipStatus(CitizenshipState.TERMINATED, dt.date(2024, 5, 1), f"T{n:06d}", "MPS"),
        ),
        photo_sha256=photo,
    )


def write_records(path: Path, persons: Iterable[PersonRecord], deletes: Iterable[str] = ()) -> Path:
    with path.open("wb") as f:
        for p in persons:
            f.write(operation_to_line(Upsert(p)))
        for pid in deletes:
            f.write(operation_to_line(Delete(pid)))
    return path


def tar_members(package: Path) -> dict[str, bytes]:
    with tarfile.open(package, "r:") as tar:
        out = {}
        for m in tar.getmembers():
            f = tar.extractfile(m)
            assert f is not None
            out[m.name] = f.read()
        return out


def write_tar(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def tamper(package: Path, out: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of `package` with its members edited in memory (the attacker's tool)."""
    members = tar_members(package)
    edit(members)
    return write_tar(out, members)


def edit_json(members: dict[str, bytes], name: str, edit: Callable[[dict[str, object]], None]) -> None:
    d = json.loads(members[name])
    edit(d)
    members[name] = json.dumps(d, indent=1).encode()


def with_photo(p: PersonRecord, data: bytes) -> PersonRecord:
    return replace(p, photo_sha256=hashlib.sha256(data).hexdigest())


def resign(members: dict[str, bytes], keys: KeyDir) -> None:
    """Re-sign a package after editing its targets, as the partner itself would: fresh lengths
    and hashes in targets, then snapshot and timestamp over the new files."""
    from verification.registry.sync.keys import sign
    from verification.registry.sync.tufapi import Metadata, MetaFile, Snapshot, Targets, Timestamp

    targets = Metadata[Targets].from_bytes(members["metadata/targets.json"]).signed
    for path, t in targets.targets.items():
        data = members["targets/" + path]
        t.length = len(data)
        t.hashes = {"sha256": hashlib.sha256(data).hexdigest()}
    tbytes = sign(targets, keys.signers("targets"))
    snapshot = Metadata[Snapshot].from_bytes(members["metadata/snapshot.json"]).signed
    snapshot.meta["targets.json"] = MetaFile(
        targets.version, len(tbytes), {"sha256": hashlib.sha256(tbytes).hexdigest()}
    )
    sbytes = sign(snapshot, keys.signers("snapshot"))
    timestamp = Metadata[Timestamp].from_bytes(members["metadata/timestamp.json"]).signed
    timestamp.snapshot_meta = MetaFile(snapshot.version, len(sbytes), {"sha256": hashlib.sha256(sbytes).hexdigest()})
    members["metadata/targets.json"] = tbytes
    members["metadata/snapshot.json"] = sbytes
    members["metadata/timestamp.json"] = sign(timestamp, keys.signers("timestamp"))
