"""Reopening a filed case from History shows what the officer saw at verification time, from what
the case stored: the verdict with its reasons, every check failing first, the portraits side by
side, the MRZ and the page images; the officer's decision and a supervisor's resolution (also in
the History list); purged images as placeholders; the PDF report; deciding an undecided case.
Officers never see another officer's case. The demo ALERT case is verified once per module (the
real pipeline on the real demo registry) and every test works on its own copy of that desk."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from desktop.capture_flow import run_verification
from desktop.desk import Desk
from desktop.main_window import MainWindow
from desktop.screens.case_view import open_case
from desktop.screens.history import NO_DATE
from desktop.screens.results.checks_list import ORDER
from desktop.screens.results.common import table_rows
from desktop.stored_case import PORTRAIT_PASSPORT, PORTRAIT_REGISTRY
from ocr.imaging import load_pages
from tests.test_desktop.conftest import PW, ROOT, make_desk_dir, sign_in
from verification import demo
from verification.accounts import PermissionDenied, Role
from verification.cases import Decision, Subject, Verdict
from verification.checks.model import Status

pytestmark = pytest.mark.slow
CASES = ROOT / "resources" / "demo" / "cases"


@dataclass(frozen=True)
class Built:
    folder: Path
    case_id: int
    other_case_id: int  # an officer's case that is not aigerim's
    verdict: str
    statuses: tuple[str, ...]
    document: str
    surname: str
    mrz_lines: tuple[str, ...]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One verified demo case (ALERT: some checks fail) filed by aigerim, and a case of dana's."""
    root = tmp_path_factory.mktemp("case-view")
    folder = make_desk_dir(root)
    desk = Desk.open(folder, demo=True)
    try:
        admin = desk.accounts.get("chief")
        assert admin is not None
        desk.accounts.add_user(admin, "bolat", PW, Role.SUPERVISOR, "Bolat Supervisor")
        desk.accounts.add_user(admin, "dana", PW, Role.OFFICER, "Dana Officer")
        src = demo.demo_dir()
        package = src / demo.PACKAGE
        published = dt.datetime.fromisoformat(json.loads((src / "package.json").read_text())["published_at"])
        now = dt.datetime.now(dt.UTC)
        if now - published > demo.MAX_AGE:
            package = demo._rebuild(src, root / demo.PACKAGE, now)
        assert desk.importer().import_file(package).applied
        aigerim = desk.accounts.get("aigerim")
        dana = desk.accounts.get("dana")
        assert aigerim is not None and dana is not None
        passport = [p.image for p in load_pages(CASES / "alert_passport.jpg")]
        certificate = [p.image for p in load_pages(CASES / "alert_certificate.jpg")]
        outcome = run_verification(desk, aigerim, passport, certificate, 30.0)
        assert outcome.case is not None, outcome.save_error
        other = desk.cases.open_case(dana, Subject("Ospanov", "Marat", "N0001"))
        desk.cases.set_verdict(dana, other.id, Verdict.REVIEW, {"verdict": "REVIEW", "reasons": [], "checks": []})
        mrz = outcome.result.facts.passport_mrz
        assert mrz is not None and mrz.fields is not None
        return Built(folder, outcome.case.id, other.id, outcome.result.verdict.verdict.value,
                     tuple(c.status.value for c in outcome.result.checks), mrz.fields.document_number,
                     mrz.fields.surname, mrz.lines)  # fmt: skip
    finally:
        desk.close()


@pytest.fixture
def desk(built: Built, tmp_path: Path) -> Iterator[Desk]:
    """This test's own copy of the built desk (overrides the conftest's empty one)."""
    folder = tmp_path / "desk"
    shutil.copytree(built.folder, folder)
    d = Desk.open(folder, demo=True)
    yield d
    d.close()


def user(desk: Desk, username: str):  # type: ignore[no-untyped-def]
    u = desk.accounts.get(username)
    assert u is not None
    return u


def search(qtbot, window: MainWindow, **filters: str) -> None:  # type: ignore[no-untyped-def]
    h = window.history
    window.actions_["history"].trigger()
    h.show_list()
    for key, value in filters.items():
        getattr(h, f"{key}_edit").setText(value)
    h.search_button.click()
    qtbot.waitUntil(lambda: h.worker is None, timeout=10_000)


def open_row(qtbot, window: MainWindow, row: int = 0, how: str = "button") -> None:  # type: ignore[no-untyped-def]
    h = window.history
    h.table.setCurrentCell(row, 0)
    if how == "double-click":
        rect = h.table.visualItemRect(h.table.item(row, 0))
        QTest.mouseClick(h.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseDClick(h.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    elif how == "enter":
        h.table.setFocus()
        QTest.keyClick(h.table, Qt.Key.Key_Return)
    else:
        h.reopen_button.click()
    qtbot.waitUntil(lambda: h.worker is None and h.pages.currentWidget() is h.case_view, timeout=10_000)
    assert h.case_view.message.text() == "", h.case_view.message.text()


def test_reopened_case_shows_what_the_officer_saw(qtbot, window: MainWindow, built: Built) -> None:
    sign_in(qtbot, window)
    search(qtbot, window, document=built.document)
    h = window.history
    assert [c.id for c in h.cases] == [built.case_id]
    assert not h.officer_edit.isVisibleTo(h)  # officers only ever see their own cases
    open_row(qtbot, window, how="double-click")
    view = h.case_view
    assert view.case is not None and view.case.id == built.case_id

    # the verdict banner with its reasons, in words
    assert view.banner.isVisibleTo(view) and view.banner.verdict_value == built.verdict == "ALERT"
    assert "ALERT" in view.banner.verdict.text() and "[DEMO DATA]" in view.banner.verdict.text()
    assert view.banner.reasons.text().count("•") >= 1

    # every check, failing ones first, each with its reason and evidence
    rows = table_rows(view.checks.table)
    assert len(rows) == len(built.statuses)
    words = {"failed": Status.FAIL, "unsure": Status.REVIEW, "not run": Status.NOT_APPLICABLE, "passed": Status.PASS}
    order = [ORDER[words[r[0].split(" ", 1)[1]]] for r in rows]
    assert order == sorted(order) and rows[0][0].startswith("✘ failed")
    assert all(r[2] for r in rows)

    # the portraits side by side with score and band; the pages; the MRZ as read
    for label in (PORTRAIT_PASSPORT, PORTRAIT_REGISTRY, "passport page 1", "certificate page 1"):
        assert not view.image_labels[label].pixmap().isNull(), label
    assert "Score 0." in view.face_score.text() and "engine" in view.face_score.text()
    assert "match from 0.41" in view.face_score.text() and "Face search (1:N)" in view.face_score.text()
    assert view.mrz_lines.text() == "\n".join(built.mrz_lines)
    mrz_rows = table_rows(view.mrz_table)
    assert ["Document number", built.document] == mrz_rows[4][:2]
    assert "check digits" in view.mrz_status.text()
    assert table_rows(view.certificate_table)  # the certificate's fields
    assert "Not decided yet." in view.decision_text.text()
    assert "total" in view.timings.text()

    # back to the list, and the other two ways in: Enter and the Open button
    view.back_button.click()
    assert h.pages.currentWidget() is h.list_page
    open_row(qtbot, window, how="enter")
    view.back_button.click()
    open_row(qtbot, window, how="button")
    assert view.case is not None and view.case.id == built.case_id


def test_decided_and_resolved_case_shows_both_decisions(qtbot, window: MainWindow, desk: Desk, built: Built) -> None:
    aigerim, bolat = user(desk, "aigerim"), user(desk, "bolat")
    desk.cases.decide(aigerim, built.case_id, Decision.REFER, "portrait unclear, asking a supervisor")
    desk.cases.resolve_referral(bolat, built.case_id, Decision.ACCEPT, "compared in person: same man")
    waiting = desk.cases.open_case(aigerim, Subject("Li", "Na", "E00000077"))
    desk.cases.decide(aigerim, waiting.id, Decision.REFER, "no verdict, please look")
    sign_in(qtbot, window)
    search(qtbot, window)
    h = window.history
    column = {c.id: h.table.item(r, 4).text() for r, c in enumerate(h.cases)}  # type: ignore[union-attr]
    assert column == {built.case_id: "accept (supervisor bolat)", waiting.id: "refer — awaiting supervisor"}

    open_row(qtbot, window, row=[c.id for c in h.cases].index(built.case_id))
    text = h.case_view.decision_text.text()
    assert "Officer's decision: referred by aigerim" in text
    assert "Officer's comment: portrait unclear, asking a supervisor" in text
    assert "Supervisor's resolution (final decision): accepted by bolat" in text
    assert "Supervisor's comment: compared in person: same man" in text
    assert not h.case_view.decision_buttons[Decision.ACCEPT].isVisibleTo(h.case_view)  # decided: read-only

    h.case_view.back_button.click()
    open_row(qtbot, window, row=[c.id for c in h.cases].index(waiting.id))
    assert "Referred: awaiting a supervisor's resolution." in h.case_view.decision_text.text()
    assert not h.case_view.banner.isVisibleTo(h.case_view)  # no verdict: no banner


def test_an_officer_cannot_open_another_officers_case(qtbot, window: MainWindow, desk: Desk, built: Built) -> None:
    sign_in(qtbot, window)
    search(qtbot, window, name="Ospanov")
    h = window.history
    assert h.cases == [] and h.table.rowCount() == 0
    search(qtbot, window, document="N0001")
    assert h.cases == []
    with pytest.raises(PermissionDenied):  # what the case view's worker calls is refused too
        open_case(desk, user(desk, "aigerim"), built.other_case_id)

    window.sign_out()
    sign_in(qtbot, window, "bolat")
    assert h.cases == [] and h.pages.currentWidget() is h.list_page  # nothing of the last session
    assert h.officer_edit.isVisibleTo(h)  # supervisors filter by officer
    search(qtbot, window, officer="dana")
    assert [c.id for c in h.cases] == [built.other_case_id]
    open_row(qtbot, window)
    assert h.case_view.case is not None and h.case_view.case.officer == "dana"
    assert not h.case_view.decision_buttons[Decision.ACCEPT].isVisibleTo(h.case_view)  # not the supervisor's own


def test_search_filters_by_date_and_verdict(qtbot, window: MainWindow, built: Built) -> None:
    sign_in(qtbot, window)
    h = window.history
    window.actions_["history"].trigger()
    today = QDate.currentDate()
    h.date_from.setDate(today.addDays(1))
    search(qtbot, window)
    assert h.cases == []
    h.date_from.setDate(today.addDays(-1))
    h.date_to.setDate(today.addDays(1))
    h.verdict.setCurrentIndex(h.verdict.findData(Verdict.ALERT.value))
    search(qtbot, window)
    assert [c.id for c in h.cases] == [built.case_id]
    h.verdict.setCurrentIndex(h.verdict.findData(Verdict.CLEAR.value))
    search(qtbot, window)
    assert h.cases == []
    h.verdict.setCurrentIndex(0)
    h.date_from.setDate(NO_DATE)
    h.date_to.setDate(NO_DATE)
    assert h.date_from.text() == "any"
    search(qtbot, window, name=built.surname.lower())
    assert [c.id for c in h.cases] == [built.case_id]


def test_purged_images_show_placeholders(qtbot, window: MainWindow, desk: Desk, built: Built) -> None:
    conn = sqlite3.connect(desk.cases.path)  # age the case: the store's clock cannot be moved here
    conn.execute("UPDATE cases SET created_at = ? WHERE id = ?",
                 ((dt.datetime.now(dt.UTC) - dt.timedelta(days=120)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                  built.case_id))  # fmt: skip
    conn.commit()
    conn.close()
    result = desk.cases.purge_images(user(desk, "chief"), 90)
    assert result.case_ids == (built.case_id,)
    sign_in(qtbot, window)
    search(qtbot, window, document=built.document)
    open_row(qtbot, window)
    view = window.history.case_view
    for label in (PORTRAIT_PASSPORT, PORTRAIT_REGISTRY, "passport page 1", "certificate page 1"):
        shown = view.image_labels[label]
        assert shown.pixmap().isNull() and shown.text() == "image deleted after 120 days", label
    assert view.banner.verdict_value == "ALERT" and table_rows(view.checks.table)  # the rest is all there
    assert view.mrz_lines.text() == "\n".join(built.mrz_lines)


def test_save_report_from_the_case_view(qtbot, window: MainWindow, built: Built, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    search(qtbot, window, document=built.document)
    open_row(qtbot, window)
    view = window.history.case_view
    out = tmp_path / "case.pdf"
    view.save_report(out)
    assert view.busy() and not view.save_button.isEnabled()  # in a worker
    qtbot.waitUntil(lambda: not view.busy(), timeout=120_000)
    assert view.report_path == out and out.read_bytes().startswith(b"%PDF")
    assert str(out) in view.message.text()


def test_deciding_from_the_case_view(qtbot, window: MainWindow, desk: Desk, built: Built) -> None:
    sign_in(qtbot, window)
    search(qtbot, window, document=built.document)
    open_row(qtbot, window)
    view = window.history.case_view
    accept = view.decision_buttons[Decision.ACCEPT]
    assert accept.isVisibleTo(view) and accept.isEnabled()
    accept.click()  # departs from ALERT: the core wants a comment, said in place
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    assert "comment of at least 5 characters" in view.decision_message.text()
    assert view.case is not None and view.case.decision is None
    view.comment.setPlainText("registry lags; termination revoked, confirmed by phone")
    accept.click()
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    assert "Decision recorded for case" in view.decision_message.text()
    assert "Officer's decision: accepted by aigerim" in view.decision_text.text()
    assert not accept.isVisibleTo(view)
    stored = desk.cases.get(user(desk, "aigerim"), built.case_id)
    assert stored.decision == Decision.ACCEPT and stored.comment is not None
    h = window.history
    assert h.table.item(0, 4).text() == "accept"  # type: ignore[union-attr]
