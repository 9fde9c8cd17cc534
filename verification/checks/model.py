"""What a rule sees and what it says: plain frozen data. A rule never reads images or the registry
itself; the pipeline gathers `Facts` once and every rule is a small pure function of them, so each
rule can be tested with hand-made facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ocr.mrz.model import MrzRead
from ocr.viz.model import DocumentRead
from verification.registry.model import PersonRecord
from verification.registry.sync.freshness import Freshness


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    REVIEW = "review"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Reason:
    """A message id of the catalogue (resources/messages/reasons.json) and its parameters."""

    id: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "params": dict(self.params)}


@dataclass(frozen=True)
class CheckResult:
    """`evidence` names what the rule looked at: which read and field, which registry record,
    which score — plain JSON values only."""

    id: str
    status: Status
    reason: Reason
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "status": self.status.value, "reason": self.reason.to_json(),
                               "evidence": self.evidence}  # fmt: skip
        if lang:
            from verification.messages import render

            out["reason"]["text"] = render(self.reason, lang)
        return out


@dataclass(frozen=True)
class FaceResult:
    """A 1:1 comparison as the rules need it (score and band are None exactly when `reason` says why)."""

    score: float | None
    band: str | None  # "match" | "review" | "no_match"
    reason: str | None = None
    engine: str = ""
    warnings: tuple[str, ...] = ()
    match_edge: float | None = None
    review_edge: float | None = None


@dataclass(frozen=True)
class FaceHit:
    """A 1:N search hit in the registry's photos."""

    partner_id: str
    score: float
    band: str


@dataclass(frozen=True)
class Facts:
    """Everything the rules may use. None means "not available" (not read, not found, not run)."""

    today: dt.date
    application_date: dt.date
    passport_mrz: MrzRead | None = None
    passport_viz: DocumentRead | None = None
    certificate: DocumentRead | None = None
    certificate_given: bool = False
    person: PersonRecord | None = None  # the registry record the documents lead to
    person_how: str = ""  # how it was found: "document", "personal_id", "name"
    other_candidates: tuple[str, ...] = ()  # partner ids of further registry records that fit too
    face: FaceResult | None = None
    face_hits: tuple[FaceHit, ...] | None = None  # None: the 1:N search did not run
    freshness: Freshness | None = None
