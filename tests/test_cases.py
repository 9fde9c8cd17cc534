"""The case store: images by SHA-256, reads as JSON, verdict and decision with the comment rule,
permissions, search on normalised columns, the retention purge that keeps the record, and an
audit entry for every case action."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from verification.accounts import PermissionDenied, Role, User
from verification.audit import AuditTrail, desk_db
from verification.cases import (
    AGREEING,
    CaseError,
    CaseNotFound,
    CaseQuery,
    CaseStore,
    Decision,
    Subject,
    Verdict,
)
from verification.cases.schema import SCHEMA

OFFICER = User("aigerim", "Aigerim", Role.OFFICER)
OTHER = User("dana", "Dana", Role.OFFICER)
SUPERVISOR = User("bolat", "Bolat", Role.SUPERVISOR)
ADMIN = User("admin", "Admin", Role.ADMINISTRATOR)
JPEG = b"\xff\xd8\xff\xe0" + b"pretend image" * 10


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 1, 10, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def trail(tmp_path: Path) -> AuditTrail:
    return AuditTrail.open_desk(tmp_path, synchronous="NORMAL")


@pytest.fixture
def cases(tmp_path: Path, trail: AuditTrail, clock: Clock) -> CaseStore:
    return CaseStore.open_desk(tmp_path, trail, clock=clock)


def audit(trail: AuditTrail, prefix: str = "case.") -> list[tuple[str, str, dict[str, Any]]]:
    return [(e.action, e.actor, e.details) for e in trail.entries() if e.action.startswith(prefix)]


@dataclass
class FakeRead:
    """Stands in for an OCR dataclass: anything with to_json()."""

    number: str

    def to_json(self) -> dict[str, Any]:
        return {"format": "TD3", "fields": {"document_number": self.number}}


def test_a_case_holds_images_reads_verdict_and_decision(cases: CaseStore, trail: AuditTrail) -> None:
    case = cases.open_case(OFFICER, Subject("Wang", "Li Na", "E12345678"))
    image = cases.add_image(OFFICER, case.id, JPEG, "passport data page")
    assert image.sha256 == hashlib.sha256(JPEG).hexdigest()
    assert cases.images.path(image.sha256).read_bytes() == JPEG
    assert cases.images.path(image.sha256).stat().st_mode & 0o077 == 0
    cases.add_read(OFFICER, case.id, "mrz", {"found": True, "valid": True})
    cases.add_read(OFFICER, case.id, "mrz", FakeRead("E12345678"))
    checks = [{"check": "mrz_valid", "ok": True}, {"check": "registry_status", "ok": True}]
    cases.set_verdict(OFFICER, case.id, Verdict.CLEAR, checks)
    decided = cases.decide(OFFICER, case.id, Decision.ACCEPT)
    assert decided.decided_by == "aigerim" and decided.decided_at is not None and decided.comment is None
    full = cases.get(OFFICER, case.id)
    assert full.checks == checks and full.verdict == Verdict.CLEAR
    mrz = {"format": "TD3", "fields": {"document_number": "E12345678"}}
    assert [r.payload for r in full.reads] == [{"found": True, "valid": True}, mrz]
    assert full.images[0].label == "passport data page" and full.created_at == dt.datetime(
        2025, 1, 10, 8, tzinfo=dt.UTC
    )
    assert cases.image_bytes(OFFICER, case.id, image.sha256) == JPEG
    assert [a for a, _, _ in audit(trail)] == ["case.open", "case.verdict", "case.decide", "case.view", "case.view"]
    decide = audit(trail)[2][2]
    assert decide == {"case": case.id, "verdict": "CLEAR", "decision": "accept", "agrees": True,
                      "comment_sha256": None}  # fmt: skip
    assert all("Wang" not in e.details_json and "E12345678" not in e.details_json for e in trail.entries())


@pytest.mark.parametrize("verdict", list(Verdict))
@pytest.mark.parametrize("decision", list(Decision))
def test_comment_is_mandatory_when_disagreeing(cases: CaseStore, verdict: Verdict, decision: Decision) -> None:
    case = cases.open_case(OFFICER)
    cases.set_verdict(OFFICER, case.id, verdict, {})
    if AGREEING[verdict] == decision:
        assert cases.decide(OFFICER, case.id, decision).decision == decision
        return
    with pytest.raises(CaseError, match=f"comment of at least 5 characters is required.*verdict is {verdict.value}"):
        cases.decide(OFFICER, case.id, decision, "  ok ")
    decided = cases.decide(OFFICER, case.id, decision, "photo matches; registry lag known")
    assert decided.comment == "photo matches; registry lag known"


def test_disagreeing_decision_audits_a_comment_digest(cases: CaseStore, trail: AuditTrail) -> None:
    case = cases.open_case(OFFICER)
    cases.set_verdict(OFFICER, case.id, Verdict.ALERT, {"registry": "still PRC citizen"})
    cases.decide(OFFICER, case.id, Decision.REFER, "needs the supervisor")
    details = audit(trail)[-1][2]
    assert (
        details["agrees"] is False and details["comment_sha256"] == hashlib.sha256(b"needs the supervisor").hexdigest()
    )
    assert "needs the supervisor" not in trail.path.read_bytes().decode("latin-1")


def test_no_verdict_needs_a_comment_and_decided_cases_are_frozen(cases: CaseStore) -> None:
    case = cases.open_case(OFFICER)
    with pytest.raises(CaseError, match="there is no verdict"):
        cases.decide(OFFICER, case.id, Decision.REFER)
    cases.decide(OFFICER, case.id, Decision.REFER, "rules engine unavailable")
    with pytest.raises(CaseError, match="already decided"):
        cases.decide(SUPERVISOR, case.id, Decision.ACCEPT, "overruled by supervisor")
    with pytest.raises(CaseError, match="no longer change"):
        cases.set_verdict(OFFICER, case.id, Verdict.CLEAR, {})
    with pytest.raises(CaseError, match="no longer change"):
        cases.add_image(OFFICER, case.id, JPEG, "late")


def test_permissions(cases: CaseStore, trail: AuditTrail) -> None:
    case = cases.open_case(OFFICER)
    with pytest.raises(PermissionDenied, match="dana \\(officer\\) may not view case"):
        cases.get(OTHER, case.id)
    assert audit(trail)[-1] == ("case.view", "dana", {"case": case.id, "ok": False})
    assert cases.get(SUPERVISOR, case.id).id == cases.get(ADMIN, case.id).id == case.id
    with pytest.raises(PermissionDenied):
        cases.decide(OTHER, case.id, Decision.REFER, "not my case at all")
    with pytest.raises(PermissionDenied):
        cases.decide(ADMIN, case.id, Decision.REFER, "administrators do not decide")
    with pytest.raises(PermissionDenied):
        cases.open_case(ADMIN)
    with pytest.raises(PermissionDenied):
        cases.add_read(OTHER, case.id, "mrz", {})
    with pytest.raises(PermissionDenied):
        cases.purge_images(SUPERVISOR)
    assert cases.decide(SUPERVISOR, case.id, Decision.REFER, "taking this one over").decided_by == "bolat"
    with pytest.raises(CaseNotFound):
        cases.get(SUPERVISOR, 999)


def test_search_by_name_document_dates_verdict_officer(cases: CaseStore, clock: Clock, trail: AuditTrail) -> None:
    a = cases.open_case(OFFICER, Subject("Ärtykbaev", "Nurlan", "E 1234-5678"))
    cases.set_verdict(OFFICER, a.id, Verdict.ALERT, {})
    clock.now += dt.timedelta(days=3)
    b = cases.open_case(OFFICER, Subject("WANG", "LI<NA", "G98765432"))
    c = cases.open_case(OTHER, Subject("Wang", "Fang", "E00000001"))

    def ids(user: User = SUPERVISOR, **q: Any) -> list[int]:
        return [x.id for x in cases.search(user, CaseQuery(**q))]

    assert ids() == [c.id, b.id, a.id]
    assert ids(name="wang") == [c.id, b.id]
    assert ids(name="li na wang") == [b.id] and ids(name="na") == [b.id]
    assert ids(name="artykbaev") == [a.id] and ids(name="ARTYK") == [a.id]
    assert ids(name="100%_") == []
    assert ids(document="e12345678") == [a.id]
    assert ids(created_from=dt.date(2025, 1, 11)) == [c.id, b.id]
    assert ids(created_to=dt.date(2025, 1, 10)) == [a.id]
    assert ids(verdict=Verdict.ALERT) == [a.id]
    assert ids(officer="dana") == [c.id]
    assert ids(decided=False) == [c.id, b.id, a.id]
    assert ids(OFFICER) == [b.id, a.id] and ids(OFFICER, officer="dana") == []  # officers see their own only
    assert ids(OTHER, name="wang") == [c.id]
    searched = [d for a_, _, d in audit(trail) if a_ == "case.search"]
    assert searched[1]["query"]["fields"] == ["name"] and "wang" not in str(searched[1])


def test_purge_deletes_old_images_and_keeps_the_record(cases: CaseStore, clock: Clock, trail: AuditTrail) -> None:
    old = cases.open_case(OFFICER, Subject("Old", "Case", "E1"))
    shared = cases.add_image(OFFICER, old.id, JPEG, "data page")
    only_old = cases.add_image(OFFICER, old.id, JPEG + b"x", "certificate")
    cases.set_verdict(OFFICER, old.id, Verdict.REVIEW, {})
    cases.decide(OFFICER, old.id, Decision.REFER)
    clock.now += dt.timedelta(days=80)
    new = cases.open_case(OFFICER, Subject("New", "Case", "E2"))
    cases.add_image(OFFICER, new.id, JPEG, "same page again")
    clock.now += dt.timedelta(days=15)  # old is 95 days old, new 15

    result = cases.purge_images(ADMIN)  # default retention: 90 days
    assert (result.cases, result.images, result.files_deleted, result.case_ids) == (1, 2, 1, (old.id,))
    kept = cases.get(SUPERVISOR, old.id)
    assert kept.decision == Decision.REFER and kept.subject.surname == "Old"
    assert kept.images_purged_at == clock.now and all(i.purged_at == clock.now for i in kept.images)
    assert not cases.images.path(only_old.sha256).exists()
    assert cases.images.path(shared.sha256).exists()  # the newer case still uses it
    assert cases.image_bytes(SUPERVISOR, old.id, shared.sha256) is None
    assert cases.image_bytes(SUPERVISOR, new.id, shared.sha256) == JPEG
    assert cases.purge_images(ADMIN).cases == 0  # nothing more to do
    assert cases.purge_images(ADMIN, older_than_days=0).files_deleted == 1
    purges = [d for a, _, d in audit(trail) if a == "case.purge"]
    assert purges[0] == {"older_than_days": 90, "cutoff": "2025-01-15T08:00:00.000000Z", "cases": [old.id],
                         "images": 2}  # fmt: skip


def test_retention_setting_is_stored(tmp_path: Path, trail: AuditTrail) -> None:
    CaseStore.open_desk(tmp_path, trail, retention_days=30).close()
    assert CaseStore.open_desk(tmp_path, trail).retention_days == 30
    with pytest.raises(CaseError, match="at least one day"):
        CaseStore.open_desk(tmp_path, trail, retention_days=0)


def test_failed_audit_rolls_the_change_back(cases: CaseStore, trail: AuditTrail) -> None:
    case = cases.open_case(OFFICER)
    cases.set_verdict(OFFICER, case.id, Verdict.CLEAR, {})
    trail.close()  # the audit trail cannot be written any more
    with pytest.raises(Exception, match="closed"):
        cases.decide(OFFICER, case.id, Decision.ACCEPT)
    conn = sqlite3.connect(cases.path)
    assert conn.execute("SELECT decision FROM cases WHERE id = ?", (case.id,)).fetchone() == (None,)
    conn.close()


def test_reads_must_be_json(cases: CaseStore) -> None:
    case = cases.open_case(OFFICER)
    with pytest.raises(CaseError, match="cannot be stored as JSON"):
        cases.add_read(OFFICER, case.id, "mrz", {"x": float("nan")})


def test_cases_file_migrates_and_refuses_newer(tmp_path: Path, trail: AuditTrail) -> None:
    for version in range(1, SCHEMA.current + 1):
        path = tmp_path / f"v{version}.sqlite3"
        desk_db.open_db(path, SCHEMA, migrate_to=version).close()
        with CaseStore(path, trail) as store:
            assert store.open_case(OFFICER).id == 1
    conn = sqlite3.connect(tmp_path / "v1.sqlite3")
    conn.execute("INSERT INTO schema_version VALUES (99, 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(CaseError, match="newer Tekseru"):
        CaseStore(tmp_path / "v1.sqlite3", trail)


def test_the_desks_own_retention_run_uses_only_the_set_period(cases: CaseStore, clock: Clock,
                                                              trail: AuditTrail) -> None:  # fmt: skip
    old = cases.open_case(OFFICER, Subject("Old", "Case", "E1"))
    cases.add_image(OFFICER, old.id, JPEG, "data page")
    clock.now += dt.timedelta(days=40)
    recent = cases.open_case(OFFICER, Subject("Recent", "Case", "E2"))
    cases.add_image(OFFICER, recent.id, JPEG + b"r", "data page")
    assert cases.purge_expired().cases == 0  # 40 days < the default 90
    with pytest.raises(PermissionDenied):
        cases.set_retention_days(SUPERVISOR, 30)
    with pytest.raises(CaseError, match="1 to 3650"):
        cases.set_retention_days(ADMIN, 0)
    cases.set_retention_days(ADMIN, 30)
    assert cases.retention_days == 30
    result = cases.purge_expired()
    assert result.case_ids == (old.id,)
    assert cases.get(SUPERVISOR, recent.id).images_purged_at is None
    entries = audit(trail)
    assert ("case.retention", "admin", {"days": 30, "before": 90}) in entries
    assert [actor for action, actor, _d in entries if action == "case.purge"] == ["desk:retention"]  # a no-op run: none
