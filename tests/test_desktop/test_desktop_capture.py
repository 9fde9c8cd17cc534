"""Capture by the open-file path and by drag and drop: pages and MRZ results appear, the window
stays responsive, the case is stored, the decision follows the comment rule; the registry screen
imports a signed package with progress, and the stale banner follows the data's age."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.main_window import MainWindow
from tests.test_desktop.conftest import ROOT, sign_in
from verification.cases import CaseQuery, Decision

SCAN = ROOT / "resources" / "demo" / "prc_passport_scan.png"


def _wait_read(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.capture.busy(), timeout=60_000)


def test_open_file_shows_page_outline_mrz_fields_and_checks(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.capture.read_files([str(SCAN)])
    assert window.capture.busy() and window.capture.progress.isVisible()  # work is off the GUI thread
    _wait_read(qtbot, window)
    assert list(window.capture.results) == [(str(SCAN), 0)]
    card = window.capture.results[(str(SCAN), 0)]
    assert card.read is not None and card.read.found and card.read.valid
    assert len(card.view.box) == 4  # the quadrilateral drawn on the page
    assert card.lines.text().splitlines()[0].startswith("POCHNMAMIER<<DINALA")
    assert "EV4770539" in [card.fields.itemAt(i).widget().text() for i in range(card.fields.count())
                           if card.fields.itemAt(i).widget() is not None]  # fmt: skip
    assert "✔" in card.checks.text()
    assert "no record" in card.registry.text()  # empty registry in this test
    assert window.capture.case_id is not None


def test_drag_and_drop_reads_the_file(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    screen = window.capture
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SCAN))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    screen.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    screen.dropEvent(drop)
    _wait_read(qtbot, window)
    card = screen.results[(str(SCAN), 0)]
    assert card.read is not None and card.read.valid


def test_drag_of_other_files_is_refused(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    other = tmp_path / "notes.txt"
    other.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(1, 1), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.capture.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_unreadable_file_is_reported_in_place(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not a png at all")
    window.capture.read_files([str(bad)])
    _wait_read(qtbot, window)
    assert "Could not read broken.png" in window.capture.message.text()
    assert window.capture.results == {}


def test_decision_needs_a_comment_without_verdict_then_is_stored(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.capture.read_files([str(SCAN)])
    _wait_read(qtbot, window)
    screen = window.capture
    screen.decision_buttons[Decision.ACCEPT].click()  # no verdict yet and no comment
    qtbot.waitUntil(lambda: not screen.busy(), timeout=5000)
    assert "comment" in screen.decision_message.text()
    screen.comment.setPlainText("MRZ valid, checked by hand against the registry")
    first = Decision.ACCEPT
    screen.decision_buttons[first].click()
    qtbot.waitUntil(lambda: screen.decided, timeout=5000)
    assert not screen.decision_buttons[first].isEnabled()
    assert window.user is not None
    case = window.desk.cases.get(window.user, screen.case_id)  # type: ignore[arg-type]
    assert case.decision is not None and case.decision.value == "accept"
    assert case.subject.document_number == "EV4770539"


def test_history_finds_and_reopens_the_case(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.capture.read_files([str(SCAN)])
    _wait_read(qtbot, window)
    window.actions_["history"].trigger()
    assert window.stack.currentWidget() is window.history
    window.history.document_edit.setText("EV4770539")
    window.history.search_button.click()
    qtbot.waitUntil(lambda: window.history.worker is None and window.history.table.rowCount() == 1, timeout=5000)
    window.history.table.selectRow(0)
    window.history.reopen_button.click()
    detail = window.history.detail.toPlainText()
    assert "EV4770539" in detail and "POCHNMAMIER<<DINALA" in detail
    assert window.user is not None
    assert window.desk.cases.search(window.user, CaseQuery(name="MAMIER"))


def test_account_that_may_not_open_cases_is_told_in_place(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, username="chief")  # an administrator: may not open cases
    window.capture.read_files([str(SCAN)])
    _wait_read(qtbot, window)
    assert "may not open cases" in window.capture.message.text()
    assert window.capture.case_id is None
