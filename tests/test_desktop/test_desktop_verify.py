"""The whole verification on the desk: the demo registry imported through the desk's importer,
the demo passport and certificate added by file and by drop, pages recognised and sorted, the
pipeline run in a worker with its stages, every result panel filled, the decision with the comment
rule, the PDF report saved and printed, the next applicant; failures keep what was captured."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.capture_flow import CERTIFICATE, PASSPORT, UNUSED
from desktop.main_window import MainWindow
from desktop.screens.results.checks_list import ORDER, ordered
from desktop.screens.results.common import table_rows
from tests.test_desktop.conftest import ROOT, sign_in
from verification import demo
from verification.cases import Decision
from verification.checks.model import Status
from verification.messages import render

pytestmark = pytest.mark.slow
CASES = ROOT / "resources" / "demo" / "cases"
PASSPORT_FILE = CASES / "clear_passport.jpg"
CERTIFICATE_FILE = CASES / "clear_certificate.jpg"


def install_demo_registry(window: MainWindow, tmp_path: Path) -> None:
    """The committed demo package through the desk's own importer (re-signed when older than the
    allowed age, as `verification.demo install` does, so the registry is never stale here)."""
    src = demo.demo_dir()
    package = src / demo.PACKAGE
    published = dt.datetime.fromisoformat(json.loads((src / "package.json").read_text())["published_at"])
    now = dt.datetime.now(dt.UTC)
    if now - published > demo.MAX_AGE:
        package = demo._rebuild(src, tmp_path / demo.PACKAGE, now)
    assert window.desk.importer().import_file(package).applied


def drop(screen, path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    screen.dragEnterEvent(enter)
    assert enter.isAccepted()
    screen.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))  # fmt: skip


def wait_idle(qtbot, window: MainWindow, timeout: int = 120_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.capture.busy(), timeout=timeout)


def capture_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = window.capture
    screen.read_files([str(PASSPORT_FILE)])  # the open-file path
    assert screen.busy() and screen.progress.isVisible()  # reading is off the GUI thread
    wait_idle(qtbot, window)
    drop(screen, CERTIFICATE_FILE)  # and a drop, in the other order would do as well
    wait_idle(qtbot, window)


def test_verify_demo_case_end_to_end(qtbot, window: MainWindow, tmp_path: Path) -> None:
    install_demo_registry(window, tmp_path)
    sign_in(qtbot, window)
    screen = window.capture
    capture_demo(qtbot, window)
    passport_card = screen.cards[(str(PASSPORT_FILE), 0)]
    cert_card = screen.cards[(str(CERTIFICATE_FILE), 0)]
    assert passport_card.read is not None and passport_card.read.kind.kind == "prc_passport"
    assert cert_card.read is not None and cert_card.read.kind.kind == "prc_renunciation"
    assert (passport_card.role, cert_card.role) == (PASSPORT, CERTIFICATE)
    assert "PRC passport" in passport_card.kind.text() and "renunciation" in cert_card.kind.text()
    assert len(passport_card.view.box) == 4  # MRZ outlined on the thumbnail
    cert_card.set_role(UNUSED)  # the officer can correct the sorting
    assert screen.pages_for(CERTIFICATE) == []
    cert_card.set_role(CERTIFICATE)

    stages: list[str] = []
    window.actions_["verify"].trigger()  # the Verify action (menu and shortcut)
    assert screen.busy() and screen.progress.isVisible() and screen.cancel_button.isEnabled()
    assert screen.worker is not None
    screen.worker.signals.progress.connect(lambda values: stages.append(values[0]))
    wait_idle(qtbot, window)
    assert screen.outcome is not None and screen.case_id is not None, screen.message.text()
    assert {"registry_lookup", "face_compare", "checks"} <= set(stages)
    result = screen.outcome.result

    # the verdict banner shows the pipeline's verdict, in words, with its reasons
    results = screen.results
    verdict = result.verdict.verdict.value
    assert results.isVisible() and results.banner.verdict_value == verdict
    assert verdict in results.banner.verdict.text()
    for reason in result.verdict.texts("en"):
        assert reason in results.banner.reasons.text()
    assert window.user is not None
    assert window.desk.cases.get(window.user, screen.case_id).verdict.value == verdict  # type: ignore[union-attr]

    # every check, failing ones first, with status text and the reason
    rows = table_rows(results.checks.table)
    assert len(rows) == len(result.checks)
    words = {"failed": Status.FAIL, "unsure": Status.REVIEW, "not run": Status.NOT_APPLICABLE, "passed": Status.PASS}
    order = [ORDER[words[r[0].split(" ", 1)[1]]] for r in rows]
    assert order == sorted(order)
    assert any(r[0].startswith("✔ passed") for r in rows)
    assert all(r[2] for r in rows)  # a reason on every row

    # the passport page with the MRZ outlined, and its fields
    assert results.passport.view is not None and len(results.passport.view.box) == 4
    mrz_rows = table_rows(results.passport.mrz_table)
    assert ["Document number", result.facts.passport_mrz.fields.document_number] == mrz_rows[4][:2]  # type: ignore[union-attr]

    # portrait beside the registry photo, with score, band and engine; the 1:N hits with names
    faces = results.faces
    assert not faces.portrait.pixmap().isNull() and not faces.photo.pixmap().isNull()
    face = result.facts.face
    assert face is not None and face.score is not None
    assert f"{face.score:.3f}" in faces.score.text() and face.engine in faces.score.text()
    others = [h for h in result.facts.face_hits or () if h.partner_id != result.person.partner_id]  # type: ignore[union-attr]
    hit_rows = table_rows(faces.hits)
    assert len(hit_rows) == len(others)
    for row in hit_rows:
        assert row[3] != "—"  # their names, looked up (and audited) by the store

    # the registry record: names in every script, status history, timeline with the termination marked
    person = result.person
    assert person is not None
    reg = results.registry
    assert {r[1] for r in table_rows(reg.names)} == {n.surname for n in person.names}
    assert len(table_rows(reg.statuses)) == len(person.citizenship)
    timeline = table_rows(reg.timeline)
    assert len(timeline) == len(person.citizenship) + len(person.crossings)
    assert any("termination takes effect" in r[1] and r[0] == person.current_status.since.isoformat()  # type: ignore[union-attr]
               for r in timeline)  # fmt: skip

    # the certificate's fields with their confidence
    cert_rows = table_rows(results.certificate.table)
    assert any(r[1] == result.facts.certificate.fields["certificate_number"].value for r in cert_rows)  # type: ignore[union-attr]

    # reasons follow the app's language (zh_CN in the app is zh in the core)
    first = ordered(result.checks)[0]
    for app_lang, core_lang in (("ru", "ru"), ("zh_CN", "zh"), ("en", "en")):
        window.language.setCurrentIndex(window.language.findData(app_lang))
        qtbot.waitUntil(lambda cl=core_lang: table_rows(results.checks.table)[0][2] == render(first.reason, cl),
                        timeout=3000)  # fmt: skip
        assert all(t in results.banner.reasons.text() for t in result.verdict.texts(core_lang))

    # decision: one that differs from the verdict needs a comment (the store's message in place)
    differing = Decision.ACCEPT if verdict != "CLEAR" else Decision.REJECT
    screen.decision_buttons[differing].click()
    wait_idle(qtbot, window)
    assert "comment" in screen.decision_message.text() and not screen.decided
    screen.comment.setPlainText("Compared the faces by eye with the registry photo")
    screen.decision_buttons[differing].click()
    wait_idle(qtbot, window)
    assert screen.decided and not screen.decision_buttons[differing].isEnabled()

    # the report: saved as PDF, and printed (to a PDF file here)
    out = tmp_path / "report.pdf"
    screen.save_report(out)
    wait_idle(qtbot, window)
    assert out.read_bytes().startswith(b"%PDF"), screen.decision_message.text()
    assert screen.report_path == out
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    screen.print_report(printer)
    wait_idle(qtbot, window)
    assert screen.printed_pages >= 1, screen.decision_message.text()
    assert printed.read_bytes().startswith(b"%PDF")

    # next applicant: everything cleared, the case stays in the history
    case_id = screen.case_id
    window.actions_["next_applicant"].trigger()
    assert screen.cards == {} and screen.outcome is None and not results.isVisible()
    assert not screen.decided and screen.comment.toPlainText() == ""
    assert window.desk.cases.get(window.user, case_id).decision is differing  # type: ignore[arg-type]


def test_corrupt_image_and_unverified_pages_are_not_lost(qtbot, window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    sign_in(qtbot, window)
    screen = window.capture
    screen.read_files([str(PASSPORT_FILE)])
    wait_idle(qtbot, window)
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8 not really a jpeg")
    screen.read_files([str(bad)])
    wait_idle(qtbot, window)
    assert "Could not read broken.jpg" in screen.message.text()
    assert list(screen.cards) == [(str(PASSPORT_FILE), 0)]  # the good page is still there
    # unverified pages are not saved anywhere: the officer is asked before they are discarded
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not screen.next_applicant()
    assert list(screen.cards) == [(str(PASSPORT_FILE), 0)]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert screen.next_applicant() and screen.cards == {}


def test_account_that_may_not_open_cases_still_sees_the_result(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, username="chief")  # an administrator: may not open cases
    screen = window.capture
    screen.read_files([str(PASSPORT_FILE)])
    wait_idle(qtbot, window)
    screen.verify()
    wait_idle(qtbot, window)
    assert screen.outcome is not None and screen.outcome.case is None
    assert "could not be filed" in screen.message.text() and "may not open cases" in screen.message.text()
    assert screen.results.banner.isVisibleTo(screen) and screen.results.banner.verdict_value
    assert not screen.decision_buttons[Decision.ACCEPT].isEnabled()  # nothing to decide on
    assert list(screen.cards) == [(str(PASSPORT_FILE), 0)]


def test_failure_inside_verify_keeps_the_pages(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    screen = window.capture
    screen.read_files([str(PASSPORT_FILE)])
    wait_idle(qtbot, window)
    window.desk.registry.close()  # the registry file goes away under the desk
    screen.verify()
    wait_idle(qtbot, window)
    assert screen.outcome is None
    text = screen.message.text()
    assert "The verification failed" in text and "damaged or unreadable" in text and "pages are kept" in text
    assert list(screen.cards) == [(str(PASSPORT_FILE), 0)]
    assert screen.verify_button.isEnabled()  # and can be tried again


def test_cancel_keeps_the_pages(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    screen = window.capture
    screen.read_files([str(PASSPORT_FILE)])
    wait_idle(qtbot, window)
    screen.verify()
    assert screen.cancel_button.isEnabled()
    screen.cancel_button.click()  # stops at the next stage
    wait_idle(qtbot, window)
    assert screen.outcome is None and "cancelled" in screen.message.text()
    assert list(screen.cards) == [(str(PASSPORT_FILE), 0)] and screen.verify_button.isEnabled()
