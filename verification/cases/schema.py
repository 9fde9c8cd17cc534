"""The cases file's schema (conventions in `verification.audit.desk_db`). Names and document
numbers are kept as read for display and normalised in `name_norm` / `document_norm` for search."""

from __future__ import annotations

import sqlite3

from verification.audit.desk_db import Schema, statements
from verification.cases.errors import CaseError

# PRAGMA application_id of a Tekseru cases file ("TKSC").
APPLICATION_ID = 0x544B5343

V1 = """
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    officer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    surname TEXT NOT NULL DEFAULT '',
    given_names TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    name_norm TEXT NOT NULL DEFAULT '',
    document_norm TEXT NOT NULL DEFAULT '',
    verdict TEXT CHECK (verdict IN ('CLEAR', 'REVIEW', 'ALERT')),
    checks TEXT,
    verdict_at TEXT,
    decision TEXT CHECK (decision IN ('accept', 'reject', 'refer')),
    comment TEXT,
    decided_at TEXT,
    decided_by TEXT,
    images_purged_at TEXT,
    CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE TABLE case_images (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    label TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    purged_at TEXT,
    PRIMARY KEY (case_id, ord)
) WITHOUT ROWID;
CREATE TABLE case_reads (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (case_id, ord)
) WITHOUT ROWID;
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_officer ON cases (officer, created_at);
CREATE INDEX cases_verdict ON cases (verdict, created_at);
CREATE INDEX cases_document ON cases (document_norm);
CREATE INDEX case_images_sha ON case_images (sha256);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in statements(V1):
        conn.execute(statement)


# Version 2: a supervisor's resolution of a referred case, kept beside the officer's referral
# (which never changes), so both decisions and both comments stay on record.
V2 = """
CREATE TABLE case_reviews (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
    comment TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    reviewed_by TEXT NOT NULL
);
CREATE INDEX cases_decision ON cases (decision, created_at)
"""


def _v2(conn: sqlite3.Connection) -> None:
    for statement in statements(V2):
        conn.execute(statement)


SCHEMA = Schema(kind="cases", application_id=APPLICATION_ID, steps={1: _v1, 2: _v2}, error=CaseError)
