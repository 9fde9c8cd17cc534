"""Test helpers for the audit trail: a filled trail and the raw SQL an attacker with the file would
run (triggers dropped first: they only stop accidents)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from verification.audit import AuditTrail
from verification.audit.canonical import entry_hash


def filled(tmp_path: Path, n: int = 10) -> AuditTrail:
    trail = AuditTrail.open_desk(tmp_path / "desk")
    trail.append_many([("registry.person", f"officer{i % 3}", {"n": i, "partner_id": f"P{i:06d}"}) for i in range(n)])
    return trail


@contextmanager
def raw(trail: AuditTrail) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(trail.path, isolation_level=None)
    try:
        conn.execute("DROP TRIGGER IF EXISTS entries_no_update")
        conn.execute("DROP TRIGGER IF EXISTS entries_no_delete")
        yield conn
    finally:
        conn.close()


def rehash(conn: sqlite3.Connection, seq: int) -> None:
    """Recompute the stored hash of one entry from its (tampered) content, as a careful attacker would."""
    row = conn.execute(
        "SELECT seq, time, actor, action, details, prev_hash FROM entries WHERE seq = ?", (seq,)
    ).fetchone()
    conn.execute("UPDATE entries SET hash = ? WHERE seq = ?", (entry_hash(*row), seq))


def shift(conn: sqlite3.Connection, first: int, by: int) -> None:
    """Renumber every entry from `first` on by `by` (to close a gap or open one)."""
    order = "DESC" if by > 0 else "ASC"
    for (seq,) in conn.execute(f"SELECT seq FROM entries WHERE seq >= ? ORDER BY seq {order}", (first,)).fetchall():
        conn.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq + by, seq))
