"""Bringing a registry file to the current schema. Step N turns a version N-1 file into version N;
a new file runs every step from 0, so new and migrated files have the same schema by construction.
All pending steps run in ONE transaction: a file killed mid-migration stays at its old version."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable

from verification.registry import names, schema
from verification.registry.errors import RegistryError
from verification.registry.sqlite_rows import name_of

log = logging.getLogger(__name__)

# step(conn, final): `final` is True for the last step of a migration; derived data (name keys) is
# computed only there, once, in the current definition.
Step = Callable[[sqlite3.Connection, bool], None]


def _v1(conn: sqlite3.Connection, final: bool) -> None:
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    for statement in _statements(schema.V1):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection, final: bool) -> None:
    """Name look-up keys (derived data: computed by the last step that changes them)."""
    for statement in _statements(schema.V2):
        conn.execute(statement)
    if final:
        backfill_name_keys(conn)


def _v3(conn: sqlite3.Connection, final: bool) -> None:
    """Name keys built from the parts of a name (surname, given names) instead of the joined
    letters, and all-vowel names (YE YI) keyed by their vowels. No table changes; keys redone."""
    conn.execute("DELETE FROM name_keys")
    if final:
        conn.execute("DROP INDEX name_keys_key")  # one sort after, not a million index updates
        backfill_name_keys(conn)
        conn.execute("CREATE INDEX name_keys_key ON name_keys (key, person)")


def _v4(conn: sqlite3.Connection, final: bool) -> None:
    """The spelling key beside the skeleton key; the table is rebuilt and every key redone."""
    statements = _statements(schema.V4)
    for statement in statements[:-1]:
        conn.execute(statement)
    if final:
        backfill_name_keys(conn)
    conn.execute(statements[-1])


STEPS: dict[int, Step] = {1: _v1, 2: _v2, 3: _v3, 4: _v4}
CURRENT = max(STEPS)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def backfill_name_keys(conn: sqlite3.Connection, batch: int = 50_000) -> int:
    """Compute the look-up keys of every stored name, in the file's current key table shape."""
    columns = [r[1] for r in conn.execute("PRAGMA table_info(name_keys)")]
    with_spelling = "spelling" in columns
    sql = (
        "INSERT OR IGNORE INTO name_keys (person, key, spelling) VALUES (?, ?, ?)"
        if with_spelling
        else "INSERT OR IGNORE INTO name_keys (person, key) VALUES (?, ?)"
    )
    rows = conn.execute(
        "SELECT person, script, surname, given_names, latin_surname, latin_given_names FROM names ORDER BY person"
    )
    written = 0
    while chunk := rows.fetchmany(batch):
        keys = {(r[0], *k) for r in chunk for k in names.name_keys(name_of(r[1:]))}
        conn.executemany(sql, sorted(k if with_spelling else k[:2] for k in keys))
        written += len(keys)
    return written


def read_version(conn: sqlite3.Connection) -> int:
    """The file's schema version: 0 for a new, empty file."""
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, target: int = CURRENT) -> int:
    """Run the steps from the file's version up to `target` in one transaction; returns the
    version found. Raises RegistryError for a file newer than this program knows."""
    if target > CURRENT:
        raise ValueError(f"no schema version {target}; the newest is {CURRENT}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = read_version(conn)
        if found > CURRENT:
            raise RegistryError(
                f"the registry file was written by a newer Tekseru (schema version {found}; this program knows "
                f"up to {CURRENT}); update Tekseru before using it"
            )
        for version in range(found + 1, target + 1):
            STEPS[version](conn, version == target)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (version, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if found < target:
        log.info("registry schema migrated from version %d to %d", found, target)
    return found
