"""The verdict rule as data: ALERT only for registry contradictions on a firm identity, REVIEW for
any other fail, any review and missing evidence, CLEAR when every required check passes."""

from __future__ import annotations

from dataclasses import replace

from tests.test_checks import GOOD
from verification import checks as C
from verification.cases import Verdict
from verification.checks import CheckResult, Reason, Status
from verification.checks.model import FaceResult
from verification.verdict import decide


def _set(results: list[CheckResult], cid: str, st: Status) -> list[CheckResult]:
    return [replace(r, status=st) if r.id == cid else r for r in results]


def test_clear_when_all_pass() -> None:
    v = decide(C.run_all(GOOD))
    assert v.verdict is Verdict.CLEAR and v.texts() == ["Every check passed."]


def test_registry_contradiction_is_alert() -> None:
    v = decide(_set(C.run_all(GOOD), "citizenship_terminated", Status.FAIL))
    assert v.verdict is Verdict.ALERT
    assert "contradicts" in v.texts()[0] and v.reasons[0][1] == "citizenship_terminated"


def test_alert_downgraded_when_identity_not_firm() -> None:
    results = _set(_set(C.run_all(GOOD), "citizenship_terminated", Status.FAIL), "registry_person_found", Status.REVIEW)
    v = decide(results)
    assert v.verdict is Verdict.REVIEW and any(r[2].id == "verdict.downgraded" for r in v.reasons)


def test_face_no_match_alone_is_review_not_alert() -> None:
    v = decide(C.run_all(replace(GOOD, face=FaceResult(0.05, "no_match"))))
    assert v.verdict is Verdict.REVIEW


def test_review_and_missing_evidence() -> None:
    assert decide(_set(C.run_all(GOOD), "registry_fresh", Status.REVIEW)).verdict is Verdict.REVIEW
    missing = _set(C.run_all(GOOD), "face_vs_registry", Status.NOT_APPLICABLE)
    v = decide(missing)
    assert v.verdict is Verdict.REVIEW and v.reasons[0][2] == Reason("verdict.missing")
    dropped = [r for r in C.run_all(GOOD) if r.id != "mrz_valid"]
    assert decide(dropped).verdict is Verdict.REVIEW
    # not applicable for an optional check is fine
    assert decide(_set(C.run_all(GOOD), "certificate_known", Status.NOT_APPLICABLE)).verdict is Verdict.CLEAR


def test_reasons_in_four_languages() -> None:
    v = decide(_set(C.run_all(GOOD), "certificate_known", Status.FAIL))
    assert "Certificate number in registry" in v.to_json("en")["reasons"][0]["text"]
    for lang in ("ru", "kk", "zh"):
        assert v.texts(lang)[0] != v.texts("en")[0]
