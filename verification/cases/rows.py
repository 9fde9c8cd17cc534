"""Rows of the cases file to the model and back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from verification.audit.desk_db import parse_iso
from verification.cases.model import Case, CaseImage, CaseRead, Decision, Review, Subject, Verdict

CASE_COLUMNS = ("id, uid, officer, created_at, surname, given_names, document_number, verdict, checks, verdict_at, "
                "decision, comment, decided_at, decided_by, images_purged_at")  # fmt: skip


def _time(value: Any) -> dt.datetime | None:
    return None if value is None else parse_iso(str(value))


def case_of(
    row: tuple[Any, ...],
    images: tuple[CaseImage, ...] = (),
    reads: tuple[CaseRead, ...] = (),
    review: Review | None = None,
) -> Case:
    (cid, uid, officer, created, surname, given, number, verdict, checks, verdict_at,
     decision, comment, decided_at, decided_by, purged) = row  # fmt: skip
    return Case(
        id=int(cid),
        uid=str(uid),
        officer=str(officer),
        created_at=parse_iso(str(created)),
        subject=Subject(str(surname), str(given), str(number)),
        verdict=None if verdict is None else Verdict(verdict),
        checks=None if checks is None else json.loads(checks),
        verdict_at=_time(verdict_at),
        decision=None if decision is None else Decision(decision),
        comment=comment,
        decided_at=_time(decided_at),
        decided_by=decided_by,
        images_purged_at=_time(purged),
        images=images,
        reads=reads,
        review=review,
    )


def load_case(conn: sqlite3.Connection, case_id: int) -> Case | None:
    row = conn.execute(f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return None
    images = tuple(
        CaseImage(sha, label, media, int(size), parse_iso(added), _time(purged))
        for sha, label, media, size, added, purged in conn.execute(
            "SELECT sha256, label, media_type, size, added_at, purged_at FROM case_images WHERE case_id = ? "
            "ORDER BY ord", (case_id,))
    )  # fmt: skip
    reads = tuple(
        CaseRead(kind, json.loads(payload), parse_iso(added))
        for kind, payload, added in conn.execute(
            "SELECT kind, payload, added_at FROM case_reads WHERE case_id = ? ORDER BY ord", (case_id,))
    )  # fmt: skip
    return case_of(row, images, reads, load_review(conn, case_id))


def load_reviews(conn: sqlite3.Connection, case_ids: list[int]) -> dict[int, Review]:
    """The supervisors' resolutions of these cases, by case id (in chunks: SQLite caps the
    parameters of one statement)."""
    out: dict[int, Review] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for cid, decision, comment, at, by in conn.execute(
            f"SELECT case_id, decision, comment, reviewed_at, reviewed_by FROM case_reviews WHERE case_id IN ({marks})",
            chunk,
        ):
            out[int(cid)] = Review(Decision(decision), str(comment), parse_iso(str(at)), str(by))
    return out


def load_review(conn: sqlite3.Connection, case_id: int) -> Review | None:
    row = conn.execute("SELECT decision, comment, reviewed_at, reviewed_by FROM case_reviews WHERE case_id = ?",
                       (case_id,)).fetchone()  # fmt: skip
    return None if row is None else Review(Decision(row[0]), str(row[1]), parse_iso(str(row[2])), str(row[3]))
