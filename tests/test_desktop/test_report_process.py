"""The desk app renders reports in a separate, lasting process (so font subsetting's garbage-collector
pauses never freeze the window): the PDF comes back whole, and a renderer that dies gives a clear
error, writes no file, and is started afresh for the next report."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import report_process
from verification.accounts import AccountStore, Role
from verification.audit import AuditTrail
from verification.cases import CaseStore, Subject, Verdict
from verification.report import ReportError, export_case_report


@pytest.fixture
def filed(tmp_path: Path) -> Iterator[tuple[CaseStore, AuditTrail, object, int]]:
    d = tmp_path / "desk"
    trail = AuditTrail.open_desk(d)
    accounts = AccountStore.open_desk(d, trail)
    admin = accounts.add_user(None, "chief", "correct horse battery", Role.ADMINISTRATOR, "Chief")
    officer = accounts.add_user(admin, "aigerim", "correct horse battery", Role.OFFICER, "Aigerim Nurlanovna")
    cases = CaseStore.open_desk(d, trail)
    case = cases.open_case(officer, Subject("SÄRSENBAEVA", "AIGERIM", "N1234567"))
    cases.set_verdict(officer, case.id, Verdict.REVIEW, {"verdict": "REVIEW", "reasons": [], "checks": []})
    yield cases, trail, officer, case.id
    report_process.shutdown()
    cases.close()
    accounts.close()
    trail.close()


def test_the_report_is_rendered_in_another_process(filed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases, trail, officer, case_id = filed
    out = export_case_report(cases, trail, officer, case_id, tmp_path / "r.pdf", render=report_process.render_elsewhere)
    assert out.pdf_path.read_bytes().startswith(b"%PDF")
    pool = report_process._pool
    assert pool is not None
    assert all(pid != os.getpid() for pid in pool._processes)  # the work ran elsewhere


def test_a_renderer_that_dies_is_reported_and_replaced(filed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases, trail, officer, case_id = filed
    export_case_report(cases, trail, officer, case_id, tmp_path / "first.pdf", render=report_process.render_elsewhere)
    pool = report_process._pool
    assert pool is not None
    for pid in list(pool._processes):
        os.kill(pid, signal.SIGKILL)  # what the kernel's out-of-memory killer would do
    with pytest.raises(ReportError, match="stopped unexpectedly"):
        export_case_report(cases, trail, officer, case_id, tmp_path / "lost.pdf",
                           render=report_process.render_elsewhere)  # fmt: skip
    assert not (tmp_path / "lost.pdf").exists()
    again = export_case_report(cases, trail, officer, case_id, tmp_path / "again.pdf",
                               render=report_process.render_elsewhere)  # fmt: skip
    assert again.pdf_path.read_bytes().startswith(b"%PDF")


def test_warm_up_starts_the_renderer_before_the_first_report(filed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases, trail, officer, case_id = filed
    report_process.warm_up()
    pool = report_process._pool
    assert pool is not None and pool._processes  # started, fonts loaded in it
    export_case_report(cases, trail, officer, case_id, tmp_path / "r.pdf", render=report_process.render_elsewhere)
    assert report_process._pool is pool  # the same lasting process did the work
