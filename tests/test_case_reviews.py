"""A supervisor's resolution of a referred case: recorded beside the officer's referral (which
stays), once, with a comment, never by the one who referred it, audited with a comment digest;
and the supervisors' queue of referred (and long-undecided) cases."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.test_cases import ADMIN, OFFICER, OTHER, SUPERVISOR, Clock, audit
from verification.accounts import PermissionDenied, Role, User
from verification.audit import AuditTrail, desk_db
from verification.cases import CaseError, CaseStore, Decision, Subject, Verdict
from verification.cases.schema import SCHEMA

SECOND = User("saule", "Saule", Role.SUPERVISOR)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def trail(tmp_path: Path) -> AuditTrail:
    return AuditTrail.open_desk(tmp_path, synchronous="NORMAL")


@pytest.fixture
def cases(tmp_path: Path, trail: AuditTrail, clock: Clock) -> CaseStore:
    return CaseStore.open_desk(tmp_path, trail, clock=clock)


def referred(cases: CaseStore, by: User = OFFICER) -> int:
    case = cases.open_case(by, Subject("Wang", "Li Na", "E12345678"))
    cases.set_verdict(by, case.id, Verdict.REVIEW, [{"check": "photo", "ok": False}])
    cases.decide(by, case.id, Decision.REFER, "photo unclear")
    return case.id


def test_supervisor_resolves_a_referral_and_both_decisions_stay(cases: CaseStore, trail: AuditTrail) -> None:
    case_id = referred(cases)
    case = cases.resolve_referral(SUPERVISOR, case_id, Decision.ACCEPT, "  compared in person: same man  ")
    assert case.decision == Decision.REFER and case.comment == "photo unclear" and case.decided_by == "aigerim"
    assert case.review is not None and case.review.decision == Decision.ACCEPT
    assert case.review.comment == "compared in person: same man" and case.review.reviewed_by == "bolat"
    assert case.final_decision == Decision.ACCEPT and not case.awaiting_review
    assert cases.get(OFFICER, case_id).review == case.review  # the officer sees the outcome
    action, actor, details = audit(trail, "case.review")[0]
    assert (action, actor, details["case"], details["decision"]) == ("case.review", "bolat", case_id, "accept")
    assert details["referred_by"] == "aigerim" and "comment_sha256" in details
    assert "same man" not in str(details)  # comments never go to the trail
    assert case.to_json()["review"]["decision"] == "accept"


def test_resolution_rules(cases: CaseStore) -> None:
    case_id = referred(cases)
    for who in (OFFICER, OTHER, ADMIN):
        with pytest.raises(PermissionDenied):
            cases.resolve_referral(who, case_id, Decision.ACCEPT, "looks fine to me")
    with pytest.raises(CaseError, match="comment"):
        cases.resolve_referral(SUPERVISOR, case_id, Decision.REJECT, "no")
    with pytest.raises(CaseError, match="accepting or rejecting"):
        cases.resolve_referral(SUPERVISOR, case_id, Decision.REFER, "refer again")
    cases.resolve_referral(SUPERVISOR, case_id, Decision.REJECT, "forged stamp")
    with pytest.raises(CaseError, match="already resolved"):
        cases.resolve_referral(SECOND, case_id, Decision.ACCEPT, "changed my mind")
    own = referred(cases, by=SUPERVISOR)
    with pytest.raises(CaseError, match="another supervisor"):
        cases.resolve_referral(SUPERVISOR, own, Decision.ACCEPT, "my own referral")
    cases.resolve_referral(SECOND, own, Decision.ACCEPT, "checked by a colleague")
    accepted = cases.open_case(OFFICER)
    cases.set_verdict(OFFICER, accepted.id, Verdict.CLEAR, [])
    cases.decide(OFFICER, accepted.id, Decision.ACCEPT)
    with pytest.raises(CaseError, match="was not referred"):
        cases.resolve_referral(SUPERVISOR, accepted.id, Decision.REJECT, "not referred at all")


def test_queue_lists_open_referrals_and_stale_undecided_cases(cases: CaseStore, clock: Clock,
                                                              trail: AuditTrail) -> None:  # fmt: skip
    first = referred(cases)
    stale = cases.open_case(OTHER)
    cases.set_verdict(OTHER, stale.id, Verdict.CLEAR, [])
    cases.open_case(OTHER)  # no verdict yet: not waiting for anybody
    clock.now += dt.timedelta(hours=30)
    second = referred(cases, by=OTHER)
    resolved = referred(cases)
    cases.resolve_referral(SUPERVISOR, resolved, Decision.ACCEPT, "fine after all")
    assert [c.id for c in cases.review_queue(SUPERVISOR)] == [second, first]
    assert [c.id for c in cases.review_queue(SUPERVISOR, stale_hours=24)] == [second, stale.id, first]
    assert [c.id for c in cases.review_queue(SUPERVISOR, stale_hours=48)] == [second, first]
    assert audit(trail, "case.search")[-1][2]["results"] == [second, first]
    for who in (OFFICER, ADMIN):
        with pytest.raises(PermissionDenied):
            cases.review_queue(who)


def test_version_1_cases_file_gains_reviews(tmp_path: Path, trail: AuditTrail) -> None:
    path = tmp_path / "old.sqlite3"
    desk_db.open_db(path, SCHEMA, migrate_to=1).close()
    with CaseStore(path, trail) as store:
        case_id = referred(store)
        assert store.resolve_referral(SUPERVISOR, case_id, Decision.ACCEPT, "upgraded file").review is not None
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 2
    conn.close()
