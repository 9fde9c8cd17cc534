"""The accounts file's schema (see `verification.audit.desk_db` for the conventions)."""

from __future__ import annotations

import sqlite3

from verification.accounts.errors import AccountError
from verification.audit.desk_db import Schema, statements

# PRAGMA application_id of a Tekseru accounts file ("TKSU").
APPLICATION_ID = 0x544B5355

V1 = """
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'administrator')),
    password_hash TEXT NOT NULL,
    hash_params TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    last_sign_in TEXT
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in statements(V1):
        conn.execute(statement)


SCHEMA = Schema(kind="accounts", application_id=APPLICATION_ID, steps={1: _v1}, error=AccountError)
