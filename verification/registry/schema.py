"""The registry file's schema, one frozen text per version. A version's text never changes once
released: a file written by it must still open and migrate (see `migrations`). Dates are ISO 8601
text (readable by field IT with any SQLite tool), times ISO 8601 UTC. Data tables
carry no CHECK constraints: they cost as much as the insert itself at a million records, and every
value is checked in Python (`sqlite_rows`) before it is written."""

from __future__ import annotations

# PRAGMA application_id of a Tekseru registry file ("TKSR"): anything else is not ours.
APPLICATION_ID = 0x544B5352

# Tables that are not partner data; every other table is replaced whole by a full package.
BOOKKEEPING_TABLES = ("schema_version", "meta", "applied_versions")

V1 = """
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE applied_versions (
    partner_state TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    kind TEXT NOT NULL CHECK (kind IN ('full', 'delta')),
    base_sequence INTEGER,
    published_at TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    persons_written INTEGER NOT NULL,
    persons_deleted INTEGER NOT NULL,
    photos_written INTEGER NOT NULL,
    PRIMARY KEY (partner_state, sequence)
);
CREATE TABLE persons (
    pk INTEGER PRIMARY KEY,
    partner_id TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    birth_place TEXT NOT NULL,
    birth_place_latin TEXT NOT NULL,
    personal_id TEXT,
    personal_id_norm TEXT,
    photo_sha256 TEXT
);
CREATE TABLE names (
    person INTEGER NOT NULL REFERENCES persons (pk) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    script TEXT NOT NULL,
    surname TEXT NOT NULL,
    given_names TEXT NOT NULL,
    latin_surname TEXT NOT NULL,
    latin_given_names TEXT NOT NULL,
    PRIMARY KEY (person, ord)
) WITHOUT ROWID;
CREATE TABLE documents (
    person INTEGER NOT NULL REFERENCES persons (pk) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    doc_type TEXT NOT NULL,
    number TEXT NOT NULL,
    number_norm TEXT NOT NULL,
    issuing_state TEXT NOT NULL,
    issuing_authority TEXT NOT NULL,
    issue_date TEXT,
    expiry_date TEXT,
    PRIMARY KEY (person, ord)
) WITHOUT ROWID;
CREATE TABLE citizenship (
    person INTEGER NOT NULL REFERENCES persons (pk) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    state TEXT NOT NULL,
    since TEXT NOT NULL,
    certificate_number TEXT,
    authority TEXT,
    PRIMARY KEY (person, ord)
) WITHOUT ROWID;
CREATE TABLE crossings (
    person INTEGER NOT NULL REFERENCES persons (pk) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    time TEXT NOT NULL,
    crossing_point TEXT NOT NULL,
    direction TEXT NOT NULL,
    document_number TEXT NOT NULL,
    document_state TEXT NOT NULL,
    PRIMARY KEY (person, ord)
) WITHOUT ROWID;
CREATE TABLE photos (
    sha256 TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE UNIQUE INDEX persons_partner_id ON persons (partner_id);
CREATE INDEX persons_personal_id ON persons (personal_id_norm) WHERE personal_id_norm IS NOT NULL;
CREATE INDEX persons_birth_date ON persons (birth_date);
CREATE INDEX persons_photo ON persons (photo_sha256) WHERE photo_sha256 IS NOT NULL;
CREATE INDEX documents_number ON documents (number_norm, issuing_state);
"""

# v2: name look-up keys (transliteration-aware skeletons and the characters of Chinese names), so
# a name search reads a few index entries instead of every name.
V2 = """
CREATE TABLE name_keys (
    person INTEGER NOT NULL REFERENCES persons (pk) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (person, key)
) WITHOUT ROWID;
CREATE INDEX name_keys_key ON name_keys (key, person);
"""


# v4: name keys carry the finer spelling key beside the skeleton, indexed together, so a crowded
# skeleton (common Chinese names: thousands of persons) yields its same-spelled names first.
V4 = """
DROP TABLE name_keys;
CREATE TABLE name_keys (
    person INTEGER NOT NULL REFERENCES persons (pk) ON DELETE CASCADE,
    key TEXT NOT NULL,
    spelling TEXT NOT NULL,
    PRIMARY KEY (person, key, spelling)
) WITHOUT ROWID;
CREATE INDEX name_keys_key ON name_keys (key, spelling, person);
"""
