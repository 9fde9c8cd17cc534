"""The desk's own SQLite files (audit trail, accounts, cases) are opened the way the registry is:
WAL, synchronous=FULL, foreign keys on, an application id that says whose file it is, and a
schema_version table with numbered migration steps run in ONE transaction. Keeping the SQL behind
each store's class is what lets PostgreSQL replace SQLite later behind the same interfaces."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ocr.errors import TekseruError

log = logging.getLogger(__name__)

Step = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Schema:
    """One kind of desk file: its name in messages, its application id and its migration steps
    (step N turns a version N-1 file into version N; a released step never changes)."""

    kind: str
    application_id: int
    steps: Mapping[int, Step]
    error: type[TekseruError]

    @property
    def current(self) -> int:
        return max(self.steps)


def statements(script: str) -> list[str]:
    """Split a DDL script into statements (the scripts hold no semicolons inside strings)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def read_version(conn: sqlite3.Connection) -> int:
    """The file's schema version: 0 for a new, empty file."""
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, schema: Schema, target: int | None = None) -> int:
    """Run the pending steps up to `target` in one transaction (a file killed mid-migration stays
    at its old version); returns the version found. Refuses a file newer than this program."""
    goal = schema.current if target is None else target
    if goal > schema.current:
        raise ValueError(f"no {schema.kind} schema version {goal}; the newest is {schema.current}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = read_version(conn)
        if found > schema.current:
            raise schema.error(
                f"the {schema.kind} file was written by a newer Tekseru (schema version {found}; this program "
                f"knows up to {schema.current}); update Tekseru before using it"
            )
        if found == 0:
            conn.execute(f"PRAGMA application_id = {schema.application_id}")
        for version in range(found + 1, goal + 1):
            schema.steps[version](conn)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (version, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if found < goal:
        log.info("%s schema migrated from version %d to %d", schema.kind, found, goal)
    return found


def open_db(
    path: Path, schema: Schema, *, synchronous: str = "FULL", migrate_to: int | None = None
) -> sqlite3.Connection:
    """Open (or create, 0600 in a 0700 folder: these files hold personal data) and migrate. Raises
    `schema.error` for a file that is not ours, is damaged, or is newer than this program."""
    if path.is_dir():
        raise schema.error(f"{path} is a folder, not a {schema.kind} file")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    existed = path.exists() and path.stat().st_size > 0
    if not path.exists():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass  # another process created it first
        except OSError as exc:
            raise schema.error(f"cannot create the {schema.kind} file {path}: {exc.strerror}") from exc
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
    except sqlite3.Error as exc:
        raise schema.error(f"cannot open the {schema.kind} file {path}: {exc}") from exc
    try:
        _identify(conn, path, existed, schema)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise schema.error(f"{path}: the file system does not allow write-ahead logging (got {mode})")
        conn.execute(f"PRAGMA synchronous = {'FULL' if synchronous.upper() == 'FULL' else 'NORMAL'}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        goal = schema.current if migrate_to is None else migrate_to
        if read_version(conn) != goal:
            migrate(conn, schema, goal)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise schema.error(f"{path} is not a usable {schema.kind} file (damaged or not SQLite: {exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _identify(conn: sqlite3.Connection, path: Path, existed: bool, schema: Schema) -> None:
    """Ours when it carries our application id; an empty SQLite file may become ours."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == schema.application_id or not existed:
        return
    tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and tables == 0:
        return
    raise schema.error(f"{path} is not a Tekseru {schema.kind} file (application id {app_id:#x}, {tables} objects)")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT (the write lock is taken up front, so concurrent writers queue
    instead of failing half-way), ROLLBACK on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    ok = False
    try:
        yield conn
        ok = True
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT" if ok else "ROLLBACK")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(when: dt.datetime) -> str:
    """ISO 8601 UTC with microseconds and a Z: sorts as text, readable with any SQLite tool."""
    if when.tzinfo is None:
        raise ValueError("a stored time must carry its time zone")
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
