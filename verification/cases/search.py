"""Case search as one parameterised SQL query (and one for the resolutions of referred cases found);
officers only ever see their own cases, whatever filter they ask for."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from verification.accounts import User, can_see_all_cases
from verification.audit.desk_db import iso
from verification.cases.model import Case, CaseQuery, Decision
from verification.cases.normalise import document_key, name_terms
from verification.cases.rows import CASE_COLUMNS, case_of, load_reviews

MAX_LIMIT = 10_000


def _like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(conn: sqlite3.Connection, user: User, query: CaseQuery) -> list[Case]:
    where: list[str] = []
    params: list[object] = []
    officer = query.officer.strip().lower() if query.officer else None
    if not can_see_all_cases(user):
        if officer is not None and officer != user.username:
            return []
        officer = user.username
    if officer is not None:
        where.append("officer = ?")
        params.append(officer)
    for term in name_terms(query.name or ""):
        where.append("name_norm LIKE ? ESCAPE '\\'")
        params.append(f"% {_like(term)}%")
    if query.document:
        where.append("document_norm = ?")
        params.append(document_key(query.document))
    if query.created_from is not None:
        where.append("created_at >= ?")
        params.append(iso(dt.datetime.combine(query.created_from, dt.time(), dt.UTC)))
    if query.created_to is not None:
        where.append("created_at < ?")
        params.append(iso(dt.datetime.combine(query.created_to + dt.timedelta(days=1), dt.time(), dt.UTC)))
    if query.verdict is not None:
        where.append("verdict = ?")
        params.append(query.verdict.value)
    if query.decided is not None:
        where.append("decision IS NOT NULL" if query.decided else "decision IS NULL")
    sql = f"SELECT {CASE_COLUMNS} FROM cases"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
    params.append(max(1, min(query.limit, MAX_LIMIT)))
    found = [case_of(row) for row in conn.execute(sql, params)]
    # a referral's resolution is part of what was decided: lists show it (and "awaiting supervisor")
    reviews = load_reviews(conn, [c.id for c in found if c.decision == Decision.REFER])
    return [replace(c, review=reviews[c.id]) if c.id in reviews else c for c in found]
