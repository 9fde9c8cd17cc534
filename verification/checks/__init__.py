"""The verification rules: one small pure function per rule over `Facts`, each returning a
`CheckResult` (status, a reason from the message catalogue, and the evidence it looked at).
`RULES` is the order the officer sees them in."""

from __future__ import annotations

from collections.abc import Callable

from verification.checks.certificate import certificate_vs_passport
from verification.checks.documents import document_dates, mrz_valid, mrz_vs_printed
from verification.checks.faces import face_other_identity, face_vs_registry
from verification.checks.model import CheckResult, FaceHit, FaceResult, Facts, Reason, Status
from verification.checks.registry import (
    certificate_known,
    citizenship_terminated,
    crossings_consistent,
    person_found,
    registry_fresh,
    termination_before_application,
)

Rule = Callable[[Facts], CheckResult]

RULES: tuple[Rule, ...] = (
    mrz_valid,
    document_dates,
    mrz_vs_printed,
    certificate_vs_passport,
    person_found,
    face_vs_registry,
    face_other_identity,
    citizenship_terminated,
    termination_before_application,
    certificate_known,
    crossings_consistent,
    registry_fresh,
)


def run_all(facts: Facts) -> list[CheckResult]:
    return [rule(facts) for rule in RULES]


__all__ = ["RULES", "CheckResult", "FaceHit", "FaceResult", "Facts", "Reason", "Rule", "Status", "run_all"]
