"""The audit file's schema, one frozen text per version (see `desk_db`). Entries are never updated
or deleted by Tekseru; the triggers make an accidental UPDATE/DELETE fail loudly (anyone with the
file can drop them; the hash chain and signed checkpoints are what detect that)."""

from __future__ import annotations

import secrets
import sqlite3
import uuid

from verification.audit.desk_db import Schema, statements
from verification.audit.errors import AuditError

# PRAGMA application_id of a Tekseru audit file ("TKSA").
APPLICATION_ID = 0x544B5341

V1 = """
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX entries_action ON entries (action, seq);
CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
"""


def _v1(conn: sqlite3.Connection) -> None:
    script = V1.split("CREATE TRIGGER")
    for statement in statements(script[0]):
        conn.execute(statement)
    for trigger in script[1:]:  # trigger bodies hold semicolons
        conn.execute("CREATE TRIGGER" + trigger.rstrip().rstrip(";"))
    # The chain's identity (its genesis hash derives from it) and the key of query digests.
    conn.execute("INSERT INTO meta (key, value) VALUES ('chain_id', ?)", (uuid.uuid4().hex,))
    conn.execute("INSERT INTO meta (key, value) VALUES ('digest_key', ?)", (secrets.token_hex(32),))


SCHEMA = Schema(kind="audit", application_id=APPLICATION_ID, steps={1: _v1}, error=AuditError)
