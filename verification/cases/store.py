"""The case store: one SQLite file plus image files in the data folder. Opening, the verdict, the
decision, viewing, searching and purging are written to the audit trail inside the same
transaction's lifetime (the audit entry is appended before COMMIT; if it cannot be written the
change is rolled back), so no case action escapes the trail. Only identifiers, verdicts and
digests go to the audit trail — never names or comments."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from verification.accounts import (
    User,
    can_decide_case,
    can_open_case,
    can_purge_cases,
    can_review_referrals,
    can_view_case,
    require,
)
from verification.audit import desk_db
from verification.audit.canonical import canonical_json
from verification.cases import search as case_search
from verification.cases.errors import CaseError, CaseNotFound
from verification.cases.images import ImageStore
from verification.cases.model import (
    MIN_COMMENT,
    Case,
    CaseImage,
    CaseQuery,
    Decision,
    PurgeResult,
    Subject,
    Verdict,
    agrees,
)
from verification.cases.normalise import document_key, name_key
from verification.cases.rows import CASE_COLUMNS, case_of, load_case
from verification.cases.schema import SCHEMA
from verification.registry.store import AuditSink

log = logging.getLogger(__name__)

CASES_FILE = "cases.sqlite3"
IMAGES_DIR = "case-images"
DEFAULT_RETENTION_DAYS = 90


class ToJson(Protocol):
    """A read the OCR layer produced (its dataclasses have `to_json()`)."""

    def to_json(self) -> dict[str, Any]: ...


class CaseStore:
    """Cases of one desk. `retention_days`, when given, is stored as the desk's setting."""

    def __init__(
        self,
        path: str | Path,
        audit: AuditSink,
        *,
        images_dir: Path | None = None,
        retention_days: int | None = None,
        clock: Callable[[], dt.datetime] = desk_db.utc_now,
    ) -> None:
        self.path = Path(path)
        self._audit = audit
        self._clock = clock
        self.images = ImageStore(images_dir or self.path.parent / IMAGES_DIR)
        self._conn = desk_db.open_db(self.path, SCHEMA)
        self._lock = threading.RLock()  # one connection, shared by the UI's threads
        if retention_days is not None:
            if retention_days < 1:
                raise CaseError("images are kept at least one day")
            with self._tx() as conn:
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('retention_days', ?)",
                             (str(retention_days),))  # fmt: skip

    @classmethod
    def open_desk(cls, data_dir: Path, audit: AuditSink, **kwargs: Any) -> CaseStore:
        return cls(data_dir / CASES_FILE, audit, images_dir=data_dir / IMAGES_DIR, **kwargs)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def retention_days(self) -> int:
        row = self._conn.execute("SELECT value FROM settings WHERE key = 'retention_days'").fetchone()
        return DEFAULT_RETENTION_DAYS if row is None else int(row[0])

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._lock, desk_db.transaction(self._conn) as conn:
                yield conn
        except sqlite3.DatabaseError as exc:
            raise CaseError(f"the cases file {self.path} cannot be written ({exc})") from exc

    def _case(self, conn: sqlite3.Connection, case_id: int) -> Case:
        case = load_case(conn, case_id)
        if case is None:
            raise CaseNotFound(f"no case {case_id}")
        return case

    def _open_for_change(self, conn: sqlite3.Connection, user: User, case_id: int, what: str) -> Case:
        case = self._case(conn, case_id)
        require(can_view_case(user, case) and can_open_case(user), user, f"{what} case {case_id}")
        if case.decided:
            raise CaseError(f"case {case_id} is decided; it can no longer change")
        return case

    # -- building a case -------------------------------------------------------------------------

    def open_case(self, user: User, subject: Subject | None = None) -> Case:
        require(can_open_case(user), user, "open cases")
        now = desk_db.iso(self._clock())
        subject = subject or Subject()
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO cases (uid, officer, created_at) VALUES (?, ?, ?)", (uuid.uuid4().hex, user.username, now)
            )
            case_id = int(cur.lastrowid or 0)
            _write_subject(conn, case_id, subject)
            case = self._case(conn, case_id)
            self._audit.record("case.open", user.username, {"case": case_id, "uid": case.uid})
        log.info("case %d opened by %s", case_id, user.username)
        return case

    def set_subject(self, user: User, case_id: int, subject: Subject) -> None:
        with self._tx() as conn:
            self._open_for_change(conn, user, case_id, "change")
            _write_subject(conn, case_id, subject)

    def add_image(self, user: User, case_id: int, data: bytes, label: str, media_type: str = "image/jpeg") -> CaseImage:
        """Store the file (named by its SHA-256) and reference it from the case."""
        with self._tx() as conn:
            self._open_for_change(conn, user, case_id, "add images to")
            sha = self.images.put(data)
            now = desk_db.iso(self._clock())
            conn.execute(
                "INSERT INTO case_images (case_id, ord, sha256, label, media_type, size, added_at) VALUES "
                "(?, (SELECT COALESCE(MAX(ord), 0) + 1 FROM case_images WHERE case_id = ?), ?, ?, ?, ?, ?)",
                (case_id, case_id, sha, label, media_type, len(data), now),
            )
        return CaseImage(sha, label, media_type, len(data), desk_db.parse_iso(now))

    def add_read(self, user: User, case_id: int, kind: str, payload: Mapping[str, Any] | ToJson) -> None:
        """A read as JSON: a dict, or anything with `to_json()` (the OCR dataclasses)."""
        data = payload.to_json() if hasattr(payload, "to_json") else dict(payload)
        try:
            text = canonical_json(data)
        except (TypeError, ValueError) as exc:
            raise CaseError(f"the {kind} read cannot be stored as JSON: {exc}") from exc
        with self._tx() as conn:
            self._open_for_change(conn, user, case_id, "add reads to")
            conn.execute(
                "INSERT INTO case_reads (case_id, ord, kind, payload, added_at) VALUES "
                "(?, (SELECT COALESCE(MAX(ord), 0) + 1 FROM case_reads WHERE case_id = ?), ?, ?, ?)",
                (case_id, case_id, kind, text, desk_db.iso(self._clock())),
            )

    def set_verdict(self, user: User, case_id: int, verdict: Verdict, checks: object) -> Case:
        """The rules' verdict and check results (any JSON); may be replaced until the decision."""
        try:
            checks_json = canonical_json(checks)
        except (TypeError, ValueError) as exc:
            raise CaseError(f"the check results cannot be stored as JSON: {exc}") from exc
        with self._tx() as conn:
            self._open_for_change(conn, user, case_id, "set the verdict of")
            conn.execute("UPDATE cases SET verdict = ?, checks = ?, verdict_at = ? WHERE id = ?",
                         (verdict.value, checks_json, desk_db.iso(self._clock()), case_id))  # fmt: skip
            self._audit.record("case.verdict", user.username, {"case": case_id, "verdict": verdict.value,
                                                               "checks_sha256": _sha(checks_json)})  # fmt: skip
            return self._case(conn, case_id)

    # -- deciding --------------------------------------------------------------------------------

    def decide(self, user: User, case_id: int, decision: Decision, comment: str = "") -> Case:
        """Record the officer's decision, once. A decision other than the one the verdict calls for
        (CLEAR→accept, REVIEW→refer, ALERT→reject), or one without a verdict, needs a comment."""
        comment = comment.strip()
        with self._tx() as conn:
            case = self._case(conn, case_id)
            require(can_decide_case(user, case), user, f"decide case {case_id}")
            if case.decided:
                raise CaseError(f"case {case_id} was already decided ({case.decision}) by {case.decided_by}")
            agreeing = agrees(case.verdict, decision)
            if not agreeing and len(comment) < MIN_COMMENT:
                why = "there is no verdict" if case.verdict is None else f"the verdict is {case.verdict.value}"
                raise CaseError(f"a comment of at least {MIN_COMMENT} characters is required to {decision.value} "
                                f"case {case_id}: {why}")  # fmt: skip
            now = desk_db.iso(self._clock())
            conn.execute("UPDATE cases SET decision = ?, comment = ?, decided_at = ?, decided_by = ? WHERE id = ?",
                         (decision.value, comment or None, now, user.username, case_id))  # fmt: skip
            self._audit.record("case.decide", user.username, {
                "case": case_id, "verdict": None if case.verdict is None else case.verdict.value,
                "decision": decision.value, "agrees": agreeing, "comment_sha256": _sha(comment) if comment else None,
            })  # fmt: skip
            return self._case(conn, case_id)

    def resolve_referral(self, user: User, case_id: int, decision: Decision, comment: str) -> Case:
        """A supervisor's accept or reject of a case the officer referred, with a comment. The
        officer's referral stays as it was; the resolution is recorded beside it, once, and not
        by whoever made the referral (a second pair of eyes is the point of referring)."""
        comment = comment.strip()
        require(can_review_referrals(user), user, f"resolve the referral of case {case_id}")
        if decision == Decision.REFER:
            raise CaseError("a referral is resolved by accepting or rejecting the case")
        if len(comment) < MIN_COMMENT:
            raise CaseError(f"a comment of at least {MIN_COMMENT} characters is required to resolve a referral")
        with self._tx() as conn:
            case = self._case(conn, case_id)
            if case.decision != Decision.REFER:
                raise CaseError(f"case {case_id} was not referred")
            if case.review is not None:
                raise CaseError(f"the referral of case {case_id} was already resolved ({case.review.decision}) "
                                f"by {case.review.reviewed_by}")  # fmt: skip
            if case.decided_by == user.username:
                raise CaseError(f"case {case_id} was referred by {user.username}; another supervisor resolves it")
            conn.execute("INSERT INTO case_reviews (case_id, decision, comment, reviewed_at, reviewed_by) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (case_id, decision.value, comment, desk_db.iso(self._clock()), user.username))  # fmt: skip
            self._audit.record("case.review", user.username, {
                "case": case_id, "verdict": None if case.verdict is None else case.verdict.value,
                "referred_by": case.decided_by, "decision": decision.value, "comment_sha256": _sha(comment),
            })  # fmt: skip
            return self._case(conn, case_id)

    def review_queue(self, user: User, *, stale_hours: float | None = None, limit: int = 500) -> list[Case]:
        """For supervisors, newest first: referred cases not yet resolved and, with `stale_hours`,
        cases with a verdict left undecided for longer than that (without images and reads).
        Audited like a search: the list shows names."""
        require(can_review_referrals(user), user, "see the referrals queue")
        sql = (f"SELECT {CASE_COLUMNS} FROM cases WHERE (decision = 'refer' AND id NOT IN "
               "(SELECT case_id FROM case_reviews))")  # fmt: skip
        params: list[object] = []
        if stale_hours is not None:
            sql += " OR (decision IS NULL AND verdict IS NOT NULL AND created_at < ?)"
            params.append(desk_db.iso(self._clock() - dt.timedelta(hours=stale_hours)))
        sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
        params.append(max(1, min(limit, 10_000)))
        with self._lock:
            found = [case_of(row) for row in self._conn.execute(sql, params)]
        self._audit.record("case.search", user.username, {"query": {"queue": "referrals", "stale_hours": stale_hours},
                                                          "results": [c.id for c in found]})  # fmt: skip
        return found

    # -- reading ---------------------------------------------------------------------------------

    def get(self, user: User, case_id: int) -> Case:
        """The whole case; viewing is audited, and so is a refused attempt."""
        with self._lock:
            case = load_case(self._conn, case_id)
        if case is None:
            raise CaseNotFound(f"no case {case_id}")
        allowed = can_view_case(user, case)
        self._audit.record("case.view", user.username, {"case": case_id, "ok": allowed})
        require(allowed, user, f"view case {case_id}")
        return case

    def image_bytes(self, user: User, case_id: int, sha256: str) -> bytes | None:
        """An image of a case the user may see; None once purged."""
        case = self.get(user, case_id)
        if not any(i.sha256 == sha256 and i.purged_at is None for i in case.images):
            return None
        return self.images.read(sha256)

    def search(self, user: User, query: CaseQuery) -> list[Case]:
        """Matching cases (without images and reads), newest first. Audited with a digest of the
        query, since searching by name is a look-up of personal data too."""
        with self._lock:
            found = case_search.search(self._conn, user, query)
        filters = {"name": query.name, "document": query.document, "officer": query.officer,
                   "verdict": None if query.verdict is None else query.verdict.value,
                   "from": None if query.created_from is None else query.created_from.isoformat(),
                   "to": None if query.created_to is None else query.created_to.isoformat()}  # fmt: skip
        self._audit.record("case.search", user.username, {"query": filters, "results": [c.id for c in found]})
        return found

    # -- retention -------------------------------------------------------------------------------

    def purge_images(self, user: User, older_than_days: int | None = None) -> PurgeResult:
        """Delete the images of cases created more than N days ago (default: the desk's retention
        setting); the case record stays, its images marked purged with the date. A file shared
        with a newer case stays until that case is purged too."""
        require(can_purge_cases(user), user, "purge case images")
        days = self.retention_days if older_than_days is None else older_than_days
        if days < 0:
            raise CaseError("older_than_days cannot be negative")
        return self._purge(user.username, days, audit_empty=True)

    def purge_expired(self, actor: str = "desk:retention") -> PurgeResult:
        """The desk's own retention run (the app at start and every few hours; cron via the CLI):
        no signed-in user is needed because it can only apply the retention period an
        administrator set, never a shorter one. Audited under `actor`."""
        return self._purge(actor, self.retention_days, audit_empty=False)  # a run that finds nothing is no event

    def set_retention_days(self, user: User, days: int) -> None:
        """An administrator's change of how long case images are kept (audited)."""
        require(can_purge_cases(user), user, "change the retention period")
        if not 1 <= days <= 3650:
            raise CaseError("images are kept from 1 to 3650 days")
        before = self.retention_days
        with self._tx() as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('retention_days', ?)", (str(days),))
            self._audit.record("case.retention", user.username, {"days": days, "before": before})

    def _purge(self, actor: str, days: int, *, audit_empty: bool) -> PurgeResult:
        now = self._clock()
        cutoff = now - dt.timedelta(days=days)
        with self._tx() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT DISTINCT c.id FROM cases AS c JOIN case_images AS i ON i.case_id = c.id "
                "WHERE c.created_at < ? AND i.purged_at IS NULL ORDER BY c.id", (desk_db.iso(cutoff),))]  # fmt: skip
            marks = (desk_db.iso(now),)
            count = 0
            for case_id in ids:
                count += conn.execute("UPDATE case_images SET purged_at = ? WHERE case_id = ? AND purged_at IS NULL",
                                      (*marks, case_id)).rowcount  # fmt: skip
                conn.execute("UPDATE cases SET images_purged_at = ? WHERE id = ?", (*marks, case_id))
            if ids or audit_empty:
                self._audit.record("case.purge", actor, {"older_than_days": days, "cutoff": desk_db.iso(cutoff),
                                                         "cases": ids, "images": count})  # fmt: skip
        files = self._delete_unreferenced()
        log.info(
            "purged %d image(s) of %d case(s) older than %d days; %d file(s) deleted", count, len(ids), days, files
        )
        return PurgeResult(cutoff, len(ids), count, files, tuple(ids))

    def _delete_unreferenced(self) -> int:
        """Delete files whose every reference is purged (also finishes a purge killed half-way)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT sha256 FROM case_images GROUP BY sha256 HAVING SUM(purged_at IS NULL) = 0"
            ).fetchall()
        return sum(self.images.delete(sha) for (sha,) in rows)


def _write_subject(conn: sqlite3.Connection, case_id: int, subject: Subject) -> None:
    conn.execute(
        "UPDATE cases SET surname = ?, given_names = ?, document_number = ?, name_norm = ?, document_norm = ? "
        "WHERE id = ?",
        (subject.surname, subject.given_names, subject.document_number,
         name_key(subject.surname, subject.given_names), document_key(subject.document_number), case_id),
    )  # fmt: skip


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
