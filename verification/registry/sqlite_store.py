"""The registry in one SQLite file: WAL, synchronous=FULL, foreign keys on, one transaction per
package. Every look-up is written to the `AuditSink` before its result is returned; log output
above DEBUG never carries personal data (only counts, sequences and timings)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Literal

from verification.registry import migrations, schema, sqlite_apply
from verification.registry.errors import RegistryError
from verification.registry.model import Candidate, PersonRecord, RegistryStatus
from verification.registry.sqlite_rows import load_records, norm_number
from verification.registry.sqlite_search import search
from verification.registry.store import ApplyResult, AuditSink, PackageVersion, Progress

log = logging.getLogger(__name__)
PAGE_SIZE = 16384


def _no_progress(done: int, total: int, stage: str) -> None:
    return None


def _parse_time(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


class SqliteRegistryStore:
    """`RegistryStore` over one SQLite file (created when missing, migrated when older). Raises
    RegistryError for a file that is not a Tekseru registry, is damaged, or is newer than this
    program. `verify="quick"` runs SQLite's quick_check on open (about 3 s per million persons)
    so a damaged file is refused before any look-up; "none" skips it (benchmarks, the kill test).
    A full package is loaded with up to `bulk_cache_mib` of page cache and Python's cyclic garbage
    collector paused. One instance may be shared by threads (calls are serialised)."""

    def __init__(
        self,
        path: str | Path,
        audit: AuditSink,
        *,
        progress_every: int = 10_000,
        cache_mib: int = 64,
        bulk_cache_mib: int = 1024,
        verify: Literal["quick", "none"] = "quick",
    ) -> None:
        self.path = Path(path)
        self._audit = audit
        self._every = max(1, progress_every)
        self._cache_kib = cache_mib * 1024
        self._bulk_cache_kib = bulk_cache_mib * 1024
        self._lock = threading.RLock()
        self._seen: tuple[int, int, str | None, int] | None = None
        self._conn = _open(self.path, self._cache_kib)
        if verify == "quick":
            try:
                self.verify(quick=True)
            except BaseException:
                self._conn.close()
                raise

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SqliteRegistryStore:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self, what: str) -> Iterator[sqlite3.Connection]:
        """Serialise access and turn SQLite failures into RegistryError with a message to act on."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.IntegrityError as exc:
                raise RegistryError(f"{what}: the data breaks a registry rule ({exc})") from exc
            except sqlite3.DatabaseError as exc:
                raise RegistryError(f"{what}: the registry file {self.path} is damaged or unreadable ({exc})") from exc

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check: ["ok"] for a sound file, else what is wrong."""
        with self._guard("integrity check") as conn:
            return [r[0] for r in conn.execute("PRAGMA integrity_check")]

    def verify(self, quick: bool = False) -> None:
        """Raise RegistryError unless SQLite's quick (or full) check finds the file sound."""
        with self._guard("check") as conn:
            found = [r[0] for r in conn.execute("PRAGMA quick_check(20)" if quick else "PRAGMA integrity_check(20)")]
        self._raise_unless_ok(found)

    def verify_aside(self) -> None:
        """SQLite's quick check on a connection of its own, so look-ups go on meanwhile (the desk app
        opens the store unchecked to show its window at once and checks here, in a worker; about
        3 s per million persons). Raises RegistryError for a damaged file."""
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30.0)
            try:
                found = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise RegistryError(f"check: the registry file {self.path} is damaged or unreadable ({exc})") from exc
        self._raise_unless_ok(found)

    def _raise_unless_ok(self, found: list[str]) -> None:
        if found != ["ok"]:
            raise RegistryError(
                f"the registry file {self.path} is damaged ({found[0]}"
                f"{f' and {len(found) - 1} more problems' if len(found) > 1 else ''}); restore it from a backup or "
                "import a full package into a new file"
            )

    # -- status ----------------------------------------------------------------------------------

    def status(self) -> RegistryStatus:
        with self._guard("status") as conn:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            row = conn.execute(
                "SELECT partner_state, sequence, kind, published_at, applied_at FROM applied_versions"
                " ORDER BY sequence DESC LIMIT 1"
            ).fetchone()
            version = migrations.read_version(conn)
        partner, seq, kind, published, applied = row if row else (None, 0, None, None, None)
        return RegistryStatus(
            partner_state=partner,
            sequence=int(seq),
            kind=kind,
            published_at=_parse_time(published),
            applied_at=_parse_time(applied),
            latest_trusted_time=_parse_time(meta.get("latest_trusted_time")),
            persons=int(meta.get("count_persons", 0)),
            photos=int(meta.get("count_photos", 0)),
            documents=int(meta.get("count_documents", 0)),
            crossings=int(meta.get("count_crossings", 0)),
            schema_version=version,
        )

    def note_trusted_time(self, when: dt.datetime) -> None:
        if when.tzinfo is None:
            raise RegistryError("a trusted time must carry its time zone")
        with self._guard("note trusted time") as conn, _transaction(conn):
            row = conn.execute("SELECT value FROM meta WHERE key = 'latest_trusted_time'").fetchone()
            if row is None or dt.datetime.fromisoformat(row[0]) < when:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('latest_trusted_time', ?)",
                    (when.astimezone(dt.UTC).isoformat(),),
                )

    # -- apply -----------------------------------------------------------------------------------

    def apply(
        self,
        version: PackageVersion,
        upserts: Iterable[PersonRecord],
        deletes: Iterable[str],
        photos: Iterable[tuple[str, bytes]],
        progress: Progress | None = None,
    ) -> ApplyResult:
        """Apply one verified package in ONE transaction (BEGIN IMMEDIATE … COMMIT): the data and
        the version row commit together or not at all, so a kill at any moment leaves the old or
        the new sequence. `photos` are (sha256 hex, JPEG bytes); a record refers to its photo by
        `photo_sha256`. A "full" package replaces everything; its `deletes` are not read (a full
        snapshot has none, and reading them could mean a second pass over a large package). In a
        delta, deletions are applied before upserts, and deleting a person the store does not
        hold is refused (the delta does not fit the installed data)."""
        sqlite_apply.validate(version)
        report = progress or _no_progress
        start = time.perf_counter()
        collecting = gc.isenabled()
        gc.disable()  # millions of short-lived rows, no cycles: collector passes over them cost a third of the time
        try:
            return self._apply(version, upserts, deletes, photos, report, start)
        finally:
            if collecting:
                gc.enable()

    def _apply(
        self,
        version: PackageVersion,
        upserts: Iterable[PersonRecord],
        deletes: Iterable[str],
        photos: Iterable[tuple[str, bytes]],
        report: Progress,
        start: float,
    ) -> ApplyResult:
        full = version.kind == "full"
        with self._guard(f"apply {version.partner_state} #{version.sequence}") as conn:
            if full:
                conn.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction; restored below
                conn.execute(f"PRAGMA cache_size = -{self._bulk_cache_kib}")
            try:
                with _transaction(conn):
                    if sqlite_apply.already_applied(conn, version):
                        log.info(
                            "package %s #%d already applied; nothing to do", version.partner_state, version.sequence
                        )
                        return ApplyResult(False, version.sequence, 0, 0, 0, time.perf_counter() - start)
                    if full:
                        counts = sqlite_apply.load_full(conn, version, upserts, photos, report, self._every)
                    else:
                        counts = sqlite_apply.load_delta(conn, version, upserts, deletes, photos, report, self._every)
                    report(0, 0, "checking")
                    sqlite_apply.check_photos(conn)
                    sqlite_apply.record(conn, version, counts, dt.datetime.now(dt.UTC))
                    report(1, 1, "committing")
            finally:
                if full:
                    conn.execute("PRAGMA foreign_keys = ON")
                    conn.execute(f"PRAGMA cache_size = -{self._cache_kib}")
            if full:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        seconds = time.perf_counter() - start
        log.info(
            "applied %s package %s #%d: %d written, %d deleted, %d photos in %.1f s",
            version.kind, version.partner_state, version.sequence,
            counts.persons_written, counts.persons_deleted, counts.photos_written, seconds,
        )  # fmt: skip
        return ApplyResult(
            True, version.sequence, counts.persons_written, counts.persons_deleted, counts.photos_written, seconds
        )

    # -- look-ups (each audited) -----------------------------------------------------------------

    def _audited(self, action: str, actor: str, query: dict[str, object], ids: list[str], start: float) -> None:
        """Write the audit record of a finished look-up; its result is returned only after this."""
        partner, sequence = self._installed()
        self._audit.record(
            action, actor, {"query": query, "results": ids, "partner_state": partner, "sequence": sequence}
        )
        log.info("%s: %d result(s) in %.1f ms", action, len(ids), 1000 * (time.perf_counter() - start))
        log.debug("%s query %r -> %r", action, query, ids)

    def _installed(self) -> tuple[str | None, int]:
        """(partner, sequence) installed; read again only when the file changed (data_version)."""
        with self._guard("read version") as conn:
            changes = conn.execute("PRAGMA data_version").fetchone()[0]
            if self._seen is None or self._seen[0] != changes or self._seen[1] != conn.total_changes:
                self._seen = (changes, conn.total_changes, *sqlite_apply.installed(conn))
            return self._seen[2], self._seen[3]

    def _records(self, sql: str, params: tuple[object, ...]) -> list[PersonRecord]:
        partner = self._installed()[0] or ""
        with self._guard("look-up") as conn:
            pks = [r[0] for r in conn.execute(sql, params)]
            found = load_records(conn, partner, pks)
        return sorted(found.values(), key=lambda r: r.partner_id)

    def person(self, partner_id: str, actor: str) -> PersonRecord | None:
        start = _begin(actor)
        found = self._records("SELECT pk FROM persons WHERE partner_id = ?", (partner_id,))
        self._audited("registry.person", actor, {"partner_id": partner_id}, [r.partner_id for r in found], start)
        return found[0] if found else None

    def iter_photos(self, actor: str) -> Iterator[tuple[str, bytes]]:
        """Every (partner id, photo) for the face-embedding job after a sync: one audit entry for
        the bulk read rather than one per person, since no officer looks at these."""
        start = _begin(actor)
        with self._guard("photos") as conn:
            count = conn.execute("SELECT COUNT(*) FROM persons WHERE photo_sha256 IS NOT NULL").fetchone()[0]
        self._audited("registry.photos_bulk", actor, {"count": count}, [], start)
        last = ""
        while True:  # in pages, so the connection is never held while the caller works
            with self._guard("photos") as conn:
                rows = conn.execute(
                    "SELECT s.partner_id, p.data FROM persons AS s JOIN photos AS p ON p.sha256 = s.photo_sha256 "
                    "WHERE s.partner_id > ? ORDER BY s.partner_id LIMIT 256",
                    (last,),
                ).fetchall()
            if not rows:
                return
            for pid, data in rows:
                yield str(pid), bytes(data)
            last = str(rows[-1][0])

    def photo(self, partner_id: str, actor: str) -> bytes | None:
        start = _begin(actor)
        with self._guard("photo") as conn:
            row = conn.execute(
                "SELECT p.data FROM persons AS s JOIN photos AS p ON p.sha256 = s.photo_sha256 WHERE s.partner_id = ?",
                (partner_id,),
            ).fetchone()
        data: bytes | None = None if row is None else bytes(row[0])
        self._audited("registry.photo", actor, {"partner_id": partner_id}, [partner_id] if data else [], start)
        return data

    def by_document(self, number: str, issuing_state: str | None, actor: str) -> list[PersonRecord]:
        """Exact match on the normalised number (letters and digits, upper case), optionally of one state."""
        start = _begin(actor)
        norm = norm_number(number)
        if issuing_state:
            sql = "SELECT DISTINCT person FROM documents WHERE number_norm = ? AND issuing_state = ?"
            found = self._records(sql, (norm, issuing_state.strip().upper()))
        else:
            found = self._records("SELECT DISTINCT person FROM documents WHERE number_norm = ?", (norm,))
        query: dict[str, object] = {"number": number, "issuing_state": issuing_state}
        self._audited("registry.by_document", actor, query, [r.partner_id for r in found], start)
        return found

    def by_personal_id(self, personal_id: str, actor: str) -> list[PersonRecord]:
        start = _begin(actor)
        found = self._records("SELECT pk FROM persons WHERE personal_id_norm = ?", (norm_number(personal_id),))
        self._audited(
            "registry.by_personal_id", actor, {"personal_id": personal_id}, [r.partner_id for r in found], start
        )
        return found

    def search_name(
        self, surname: str, given_names: str, birth_date: dt.date | None, actor: str, limit: int = 10
    ) -> list[Candidate]:
        """Ranked candidates, transliteration-aware (see `sqlite_search`)."""
        start = _begin(actor)
        partner = self._installed()[0] or ""
        with self._guard("name search") as conn:
            found = search(conn, partner, surname, given_names, birth_date, limit)
        query: dict[str, object] = {
            "surname": surname,
            "given_names": given_names,
            "birth_date": None if birth_date is None else birth_date.isoformat(),
        }
        self._audited("registry.search_name", actor, query, [c.person.partner_id for c in found], start)
        return found


def _begin(actor: str) -> float:
    if not actor or not actor.strip():
        raise ValueError("every registry look-up needs the actor (the signed-in officer) for the audit trail")
    return time.perf_counter()


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (and on an early return's no-op)."""
    conn.execute("BEGIN IMMEDIATE")
    ok = False
    try:
        yield
        ok = True
    finally:
        if ok and conn.in_transaction:
            conn.execute("COMMIT")
        elif conn.in_transaction:
            conn.execute("ROLLBACK")


def _open(path: Path, cache_kib: int) -> sqlite3.Connection:
    """Open (or create) and migrate; refuse anything that is not a Tekseru registry we understand."""
    if path.is_dir():
        raise RegistryError(f"{path} is a folder, not a registry file")
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
    except sqlite3.Error as exc:
        raise RegistryError(f"cannot open the registry file {path}: {exc}") from exc
    try:
        _identify(conn, path, existed)
        if not existed:  # only a new file can choose: larger pages mean shallower trees for a million persons
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise RegistryError(f"{path}: the file system does not allow write-ahead logging (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_size_limit = 67108864")
        if migrations.read_version(conn) != migrations.CURRENT:
            migrations.migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise RegistryError(f"{path} is not a usable registry file (damaged or not SQLite: {exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _identify(conn: sqlite3.Connection, path: Path, existed: bool) -> None:
    """A file is ours when it carries our application id; a SQLite file without any table (e.g.
    left by a first migration that was killed) may become ours; anything else is refused."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == schema.APPLICATION_ID or not existed:
        return
    tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and tables == 0:
        return
    raise RegistryError(f"{path} is not a Tekseru registry file (application id {app_id:#x}, {tables} schema objects)")
