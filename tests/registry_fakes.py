"""Test helpers for the registry sync: the production store with a list audit sink, sample
persons, and helpers that tamper with real signed packages built by the partner-side tools."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from verification.registry.model import (
    CitizenshipState,
    CitizenshipStatus,
    IdentityDocument,
    PersonName,
    PersonRecord,
    Script,
)
from verification.registry.sinks import ListAuditSink
from verification.registry.sqlite_store import SqliteRegistryStore
from verification.registry.store import RegistryStore
from verification.registry.sync.keys import KeyDir
from verification.registry.sync.records import Delete, Upsert, operation_to_line

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def open_store(path: Path) -> RegistryStore:
    """The production SQLite store with an in-memory audit sink."""
    return SqliteRegistryStore(path, ListAuditSink())


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
