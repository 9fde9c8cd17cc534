"""What a case holds: the captured images (by SHA-256), every read (plain JSON, so this layer does
not depend on the reading code), the verdict with its check results, and the officer's decision."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any


class Verdict(enum.StrEnum):
    CLEAR = "CLEAR"
    REVIEW = "REVIEW"
    ALERT = "ALERT"


class Decision(enum.StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    REFER = "refer"


# The decision that follows each verdict; any other decision must be explained in a comment.
AGREEING: dict[Verdict, Decision] = {Verdict.CLEAR: Decision.ACCEPT, Verdict.REVIEW: Decision.REFER,
                                     Verdict.ALERT: Decision.REJECT}  # fmt: skip
MIN_COMMENT = 5


def agrees(verdict: Verdict | None, decision: Decision) -> bool:
    return verdict is not None and AGREEING[verdict] == decision


@dataclass(frozen=True)
class Subject:
    """Who the case is about, as read from the documents (also stored normalised for search)."""

    surname: str = ""
    given_names: str = ""
    document_number: str = ""


@dataclass(frozen=True)
class CaseImage:
    sha256: str
    label: str
    media_type: str
    size: int
    added_at: dt.datetime
    purged_at: dt.datetime | None = None


@dataclass(frozen=True)
class CaseRead:
    kind: str  # e.g. "mrz", "visual", "face"
    payload: dict[str, Any]
    added_at: dt.datetime


@dataclass(frozen=True)
class Review:
    """A supervisor's resolution of a referred case (accept or reject, always with a comment)."""

    decision: Decision
    comment: str
    reviewed_at: dt.datetime
    reviewed_by: str


@dataclass(frozen=True)
class Case:
    id: int
    uid: str
    officer: str
    created_at: dt.datetime
    subject: Subject
    verdict: Verdict | None = None
    checks: Any = None
    verdict_at: dt.datetime | None = None
    decision: Decision | None = None
    comment: str | None = None
    decided_at: dt.datetime | None = None
    decided_by: str | None = None
    images_purged_at: dt.datetime | None = None
    images: tuple[CaseImage, ...] = ()
    reads: tuple[CaseRead, ...] = ()
    review: Review | None = None

    @property
    def decided(self) -> bool:
        return self.decision is not None

    @property
    def awaiting_review(self) -> bool:
        """Referred by the officer and not yet resolved by a supervisor."""
        return self.decision == Decision.REFER and self.review is None

    @property
    def final_decision(self) -> Decision | None:
        """What was finally decided: the supervisor's resolution of a referral, else the decision."""
        return self.review.decision if self.review is not None else self.decision

    def to_json(self, *, full: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "uid": self.uid,
            "officer": self.officer,
            "created_at": _iso(self.created_at),
            "surname": self.subject.surname,
            "given_names": self.subject.given_names,
            "document_number": self.subject.document_number,
            "verdict": None if self.verdict is None else self.verdict.value,
            "verdict_at": _iso(self.verdict_at),
            "decision": None if self.decision is None else self.decision.value,
            "comment": self.comment,
            "decided_at": _iso(self.decided_at),
            "decided_by": self.decided_by,
            "images_purged_at": _iso(self.images_purged_at),
            "review": None if self.review is None else {
                "decision": self.review.decision.value, "comment": self.review.comment,
                "reviewed_at": _iso(self.review.reviewed_at), "reviewed_by": self.review.reviewed_by},
        }  # fmt: skip
        if full:
            out["checks"] = self.checks
            out["images"] = [
                {"sha256": i.sha256, "label": i.label, "media_type": i.media_type, "size": i.size,
                 "added_at": _iso(i.added_at), "purged_at": _iso(i.purged_at)}
                for i in self.images
            ]  # fmt: skip
            out["reads"] = [{"kind": r.kind, "payload": r.payload, "added_at": _iso(r.added_at)} for r in self.reads]
        return out


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else when.isoformat()


@dataclass(frozen=True)
class CaseQuery:
    """Search filters, all optional and combined with AND; dates are of creation, inclusive."""

    name: str | None = None
    document: str | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    verdict: Verdict | None = None
    officer: str | None = None
    decided: bool | None = None
    limit: int = 100


@dataclass(frozen=True)
class PurgeResult:
    cutoff: dt.datetime
    cases: int
    images: int
    files_deleted: int
    case_ids: tuple[int, ...] = field(default=())
