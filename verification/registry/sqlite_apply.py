"""Writing a package into the registry file: checks of the version against what is installed, bulk
loading of a full snapshot and record-by-record replacement for a delta. Every function here runs
inside the caller's single transaction; nothing commits."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TypeVar

from verification.registry import names, schema
from verification.registry.errors import RegistryError
from verification.registry.model import PersonName, PersonRecord
from verification.registry.sqlite_rows import INSERT, Rows
from verification.registry.store import PackageVersion, Progress

_SHA256 = re.compile(r"[0-9a-f]{64}")
T = TypeVar("T")
INSERT_KEY = "INSERT OR IGNORE INTO name_keys (person, key, spelling) VALUES (?, ?, ?)"


@dataclass
class Counts:
    persons_written: int = 0
    persons_deleted: int = 0
    photos_written: int = 0


def installed(conn: sqlite3.Connection) -> tuple[str | None, int]:
    """(partner_state, sequence) of the installed data; (None, 0) for an empty registry."""
    row = conn.execute("SELECT partner_state, sequence FROM applied_versions ORDER BY sequence DESC LIMIT 1").fetchone()
    return (None, 0) if row is None else (row[0], int(row[1]))


def validate(version: PackageVersion) -> None:
    """Refuse a version that cannot be right whatever is installed."""
    if version.kind not in ("full", "delta"):
        raise RegistryError(f"unknown package kind {version.kind!r} (expected 'full' or 'delta')")
    if version.sequence <= 0:
        raise RegistryError(f"package sequence must be positive, got {version.sequence}")
    if version.kind == "delta" and version.base_sequence is None:
        raise RegistryError("a delta package must name the sequence it applies on top of")
    if not _SHA256.fullmatch(version.package_sha256):
        raise RegistryError("package_sha256 must be 64 lower-case hex digits")
    if version.published_at.tzinfo is None:
        raise RegistryError("published_at must carry its time zone")


def already_applied(conn: sqlite3.Connection, version: PackageVersion) -> bool:
    """True when exactly this package is recorded (a no-op); raises RegistryError when it must not
    be applied: another partner, not newer than installed, or a delta on the wrong base."""
    row = conn.execute(
        "SELECT package_sha256 FROM applied_versions WHERE partner_state = ? AND sequence = ?",
        (version.partner_state, version.sequence),
    ).fetchone()
    if row is not None:
        if row[0] == version.package_sha256:
            return True
        raise RegistryError(
            f"sequence {version.sequence} of {version.partner_state} was already applied from a different "
            "package; two packages with one sequence mean the partner's feed cannot be trusted"
        )
    partner, current = installed(conn)
    if partner is not None and partner != version.partner_state:
        raise RegistryError(
            f"this registry holds {partner} data; a package from {version.partner_state} belongs in its own registry"
        )
    if version.sequence <= current:
        raise RegistryError(
            f"package sequence {version.sequence} is not newer than the installed {current} (rollback refused)"
        )
    if version.kind == "delta" and version.base_sequence != current:
        raise RegistryError(
            f"delta {version.sequence} applies on top of sequence {version.base_sequence}, but {current} is "
            "installed; a full package or the missing deltas are needed"
        )
    return False


@lru_cache(maxsize=1 << 19)
def _keys(name: PersonName) -> frozenset[tuple[str, str]]:
    return frozenset(names.name_keys(name))


class _Writer:
    """Buffers rows of many records and writes them with one executemany per table."""

    def __init__(self, conn: sqlite3.Connection, partner_state: str, next_pk: int) -> None:
        self.conn = conn
        self.partner_state = partner_state
        self.next_pk = next_pk
        self.rows = Rows()
        self.keys: list[tuple[int, str, str]] = []

    def add(self, rec: PersonRecord) -> None:
        if rec.partner_state != self.partner_state:
            raise RegistryError(
                f"record {rec.partner_id} is from {rec.partner_state}, the package from {self.partner_state}"
            )
        pk = self.next_pk
        self.next_pk += 1
        self.rows.add(rec, pk)
        found: frozenset[tuple[str, str]] | set[tuple[str, str]]
        if len(rec.names) == 1:
            found = _keys(rec.names[0])
        else:
            found = set()
            for name in rec.names:
                found |= _keys(name)
        self.keys.extend([(pk, k, spelling) for k, spelling in found])

    def flush(self) -> None:
        for table, rows in self.rows.tables():
            self.conn.executemany(INSERT[table], rows)
            rows.clear()
        self.conn.executemany(INSERT_KEY, self.keys)
        self.keys.clear()


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _secondary_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name NOT IN ({','.join('?' * len(schema.BOOKKEEPING_TABLES))}) ORDER BY name",
        schema.BOOKKEEPING_TABLES,
    ).fetchall()


def _data_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        f" AND name NOT IN ({','.join('?' * len(schema.BOOKKEEPING_TABLES))})",
        schema.BOOKKEEPING_TABLES,
    ).fetchall()
    return [r[0] for r in rows]


def load_full(
    conn: sqlite3.Connection,
    version: PackageVersion,
    upserts: Iterable[PersonRecord],
    photos: Iterable[tuple[str, bytes]],
    progress: Progress,
    every: int,
) -> Counts:
    """Replace all partner data: indexes are dropped and rebuilt after the bulk insert (sorting
    once beats updating them row by row), all inside the caller's transaction. Foreign-key
    enforcement must be off on the connection (the rows are consistent by construction)."""
    indexes = _secondary_indexes(conn)
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    for table in _data_tables(conn):
        conn.execute(f'DELETE FROM "{table}"')
    counts = Counts()
    writer = _Writer(conn, version.partner_state, 1)
    progress(0, 0, "persons")
    for batch in _batches(upserts, every):
        for rec in batch:
            writer.add(rec)
        writer.flush()
        counts.persons_written += len(batch)
        progress(counts.persons_written, 0, "persons")
    counts.photos_written = write_photos(conn, photos, progress, every)
    for i, (_, sql) in enumerate(indexes):
        progress(i, len(indexes), "indexing")
        try:
            conn.execute(sql)
        except sqlite3.IntegrityError as exc:
            raise RegistryError(f"the package lists a person twice ({exc})") from exc
    progress(len(indexes), len(indexes), "indexing")
    return counts


def load_delta(
    conn: sqlite3.Connection,
    version: PackageVersion,
    upserts: Iterable[PersonRecord],
    deletes: Iterable[str],
    photos: Iterable[tuple[str, bytes]],
    progress: Progress,
    every: int,
) -> Counts:
    """Delete, then replace or add whole records (a record is the unit of change); photos no
    person refers to any more are dropped."""
    counts = Counts()
    progress(0, 0, "deleting")
    for ids in _batches(deletes, 500):
        pks = _pks(conn, ids)
        missing = set(ids) - set(pks)
        if missing:
            raise RegistryError(
                f"the delta deletes {len(missing)} person(s) this registry does not hold; it does not fit the "
                "installed data"
            )
        conn.executemany("DELETE FROM persons WHERE pk = ?", [(pk,) for pk in pks.values()])
        counts.persons_deleted += len(ids)
    top = conn.execute("SELECT COALESCE(MAX(pk), 0) FROM persons").fetchone()[0]
    writer = _Writer(conn, version.partner_state, int(top) + 1)
    progress(0, 0, "persons")
    for batch in _batches(upserts, min(every, 5000)):
        old = _pks(conn, [r.partner_id for r in batch])
        conn.executemany("DELETE FROM persons WHERE pk = ?", [(pk,) for pk in old.values()])
        for rec in batch:
            writer.add(rec)
        writer.flush()
        counts.persons_written += len(batch)
        progress(counts.persons_written, 0, "persons")
    counts.photos_written = write_photos(conn, photos, progress, every)
    conn.execute(
        "DELETE FROM photos WHERE sha256 NOT IN (SELECT photo_sha256 FROM persons WHERE photo_sha256 IS NOT NULL)"
    )
    return counts


def _pks(conn: sqlite3.Connection, partner_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(partner_ids), 500):
        part = partner_ids[i : i + 500]
        marks = ",".join("?" * len(part))
        found.update(conn.execute(f"SELECT partner_id, pk FROM persons WHERE partner_id IN ({marks})", part))
    return found


def write_photos(conn: sqlite3.Connection, photos: Iterable[tuple[str, bytes]], progress: Progress, every: int) -> int:
    """Store photos by their SHA-256 (checked here: a photo is only ever the bytes it names)."""
    written = 0
    buffer: list[tuple[str, bytes]] = []
    progress(0, 0, "photos")
    for sha, data in photos:
        if hashlib.sha256(data).hexdigest() != sha:
            raise RegistryError(f"photo {sha[:12]}… does not have the SHA-256 it is filed under")
        buffer.append((sha, data))
        if len(buffer) >= min(every, 1000):
            written += _insert_photos(conn, buffer)
            progress(written, 0, "photos")
    written += _insert_photos(conn, buffer)
    progress(written, 0, "photos")
    return written


def _insert_photos(conn: sqlite3.Connection, buffer: list[tuple[str, bytes]]) -> int:
    before = conn.total_changes
    conn.executemany("INSERT OR IGNORE INTO photos (sha256, data) VALUES (?, ?)", buffer)
    buffer.clear()
    return conn.total_changes - before


def check_photos(conn: sqlite3.Connection) -> None:
    """Every photo a person refers to must be in the file after the package."""
    row = conn.execute(
        "SELECT COUNT(*), MIN(partner_id) FROM persons WHERE photo_sha256 IS NOT NULL"
        " AND photo_sha256 NOT IN (SELECT sha256 FROM photos)"
    ).fetchone()
    if row[0]:
        raise RegistryError(f"{row[0]} person(s) refer to a photo the package does not carry (e.g. {row[1]})")


def record(conn: sqlite3.Connection, version: PackageVersion, counts: Counts, applied_at: dt.datetime) -> None:
    """Record the version and refresh the counts shown by `status()` (same transaction as the data)."""
    conn.execute(
        "INSERT INTO applied_versions (partner_state, sequence, kind, base_sequence, published_at, package_sha256,"
        " applied_at, persons_written, persons_deleted, photos_written) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version.partner_state, version.sequence, version.kind, version.base_sequence,
            version.published_at.astimezone(dt.UTC).isoformat(), version.package_sha256,
            applied_at.isoformat(), counts.persons_written, counts.persons_deleted, counts.photos_written,
        ),
    )  # fmt: skip
    meta = {"partner_state": version.partner_state}
    for table in ("persons", "photos", "documents", "crossings"):
        meta[f"count_{table}"] = str(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
