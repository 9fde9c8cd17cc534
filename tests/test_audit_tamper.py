"""Every kind of tampering with the stored trail is detected and located: the report names the
first bad seq and what was done to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audit_helpers import filled, raw, rehash, shift
from verification.audit import AuditTrail
from verification.audit.canonical import entry_hash


def verdict(trail: AuditTrail) -> tuple[int, str]:
    report = trail.verify()
    assert not report.intact and report.problem is not None
    assert f"seq {report.problem.seq}" in report.problem.message or "seqs" in report.problem.message
    return report.problem.seq, report.problem.kind


def test_untouched_trail_is_intact(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    report = trail.verify()
    assert report.intact and report.entries == 10 and report.head_seq == 10


def test_triggers_refuse_accidental_edits(tmp_path: Path) -> None:
    import sqlite3

    trail = filled(tmp_path)
    conn = sqlite3.connect(trail.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM entries WHERE seq = 3")
    conn.close()


@pytest.mark.parametrize("column,value", [("actor", "officer9"), ("action", "registry.photo"),
                                          ("details", '{"n":4,"partner_id":"P999999"}'),
                                          ("time", "2020-01-01T00:00:00.000000Z")])  # fmt: skip
def test_edited_field_is_located(tmp_path: Path, column: str, value: str) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute(f"UPDATE entries SET {column} = ? WHERE seq = 5", (value,))
    assert verdict(trail) == (5, "edited")


def test_edited_and_rehashed_entry_is_located(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("UPDATE entries SET actor = 'someone' WHERE seq = 4")
        rehash(conn, 4)
    assert verdict(trail) == (4, "rehashed")


def test_deleted_entry_is_located(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq IN (6, 7)")
    assert verdict(trail) == (6, "deleted")


def test_deleted_first_entry_is_located(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq = 1")
    assert verdict(trail) == (1, "deleted")


def test_deleted_and_renumbered_is_located(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq = 6")
        shift(conn, 7, -1)
    seq, kind = verdict(trail)
    assert (seq, kind) == (6, "deleted")
    assert "seq 6 was seq 7" in (trail.verify().problem or pytest.fail()).message


def _forge(conn: object, seq: int, prev_seq: int, valid: bool) -> None:
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    prev = conn.execute("SELECT hash FROM entries WHERE seq = ?", (prev_seq,)).fetchone()[0]
    fields = (seq, "2030-01-01T00:00:00.000000Z", "intruder", "case.decide", '{"case":1}', prev)
    digest = entry_hash(*fields) if valid else "0" * 64
    conn.execute("INSERT INTO entries (seq, time, actor, action, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
                 (*fields, digest))  # fmt: skip


@pytest.mark.parametrize("valid_hash", [True, False])
def test_inserted_entry_is_located(tmp_path: Path, valid_hash: bool) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        shift(conn, 5, +1)  # open seq 5
        _forge(conn, 5, 4, valid_hash)
    assert verdict(trail) == (5, "inserted")


def test_entry_before_the_start_is_located(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("INSERT INTO entries VALUES (0, 't', 'a', 'b', '{}', 'x', 'y')")
    assert verdict(trail) == (0, "inserted")


@pytest.mark.parametrize("a,b", [(3, 4), (2, 8)])
def test_reordered_entries_are_located(tmp_path: Path, a: int, b: int) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("UPDATE entries SET seq = -1 WHERE seq = ?", (a,))
        conn.execute("UPDATE entries SET seq = ? WHERE seq = ?", (a, b))
        conn.execute("UPDATE entries SET seq = ? WHERE seq = -1", (b,))
    assert verdict(trail) == (a, "reordered")


def test_swapped_content_keeping_seq_is_reordering(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        r3 = conn.execute("SELECT time, actor, action, details, prev_hash, hash FROM entries WHERE seq = 3").fetchone()
        r4 = conn.execute("SELECT time, actor, action, details, prev_hash, hash FROM entries WHERE seq = 4").fetchone()
        sql = "UPDATE entries SET time=?, actor=?, action=?, details=?, prev_hash=?, hash=? WHERE seq = ?"
        conn.execute(sql, (*r4, 3))
        conn.execute(sql, (*r3, 4))
    assert verdict(trail) == (3, "reordered")


def test_replaced_chain_id_breaks_the_genesis(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("UPDATE meta SET value = 'ffff' WHERE key = 'chain_id'")
    reopened = AuditTrail.open_desk(tmp_path / "desk")
    assert verdict(reopened) == (1, "genesis")


def test_truncation_after_a_checkpoint_is_detected(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    cp = trail.checkpoint("supervisor", "report")
    assert cp.seq == 11 and trail.verify().intact
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq > 8")
    report = trail.verify()
    assert report.problem is not None and (report.problem.seq, report.problem.kind) == (9, "truncated")
    assert "checkpoint was issued at seq 11" in report.problem.message


def test_truncated_and_regrown_chain_is_detected(tmp_path: Path) -> None:
    trail = filled(tmp_path)
    cp = trail.checkpoint()
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq > 8")
    trail.append_many([("registry.person", "officer1", {"n": i}) for i in range(5)])  # chain valid again
    report = trail.verify()
    assert report.problem is not None and (report.problem.seq, report.problem.kind) == (cp.seq, "rewritten")


def test_truncation_without_a_checkpoint_is_invisible_to_the_chain(tmp_path: Path) -> None:
    """The known limit the checkpoints exist for: a chain cut at its end is still a valid chain."""
    trail = filled(tmp_path)
    with raw(trail) as conn:
        conn.execute("DELETE FROM entries WHERE seq > 8")
    assert trail.verify().intact
