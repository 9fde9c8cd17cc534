"""Capture by the open-file path and by drag and drop: pages appear and are recognised (with the
MRZ outlined) off the GUI thread, other files are refused, unreadable ones are reported in place;
a verification against an empty registry is filed as a case, the decision follows the comment
rule, and the history finds and reopens the case."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.capture_flow import PASSPORT
from desktop.main_window import MainWindow
from tests.test_desktop.conftest import ROOT, sign_in
from tests.test_desktop.test_desktop_sources import _sane_dir, needs_scanimage
from verification.cases import CaseQuery, Decision

SCAN = ROOT / "resources" / "demo" / "prc_passport_scan.png"


def _wait(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.capture.busy(), timeout=120_000)


def _verify(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.capture.read_files([str(SCAN)])
    _wait(qtbot, window)
    window.capture.verify()
    _wait(qtbot, window)


def test_open_file_shows_the_page_recognised_with_the_mrz_outlined(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    screen = window.capture
    screen.read_files([str(SCAN)])
    assert screen.busy() and screen.progress.isVisible()  # work is off the GUI thread
    assert not screen.verify_button.isEnabled()
    _wait(qtbot, window)
    assert list(screen.cards) == [(str(SCAN), 0)]
    card = screen.cards[(str(SCAN), 0)]
    assert card.read is not None and card.read.kind.kind == "prc_passport"
    assert card.read.mrz is not None and card.read.mrz.valid
    assert card.role == PASSPORT and "PRC passport" in card.kind.text()
    assert len(card.view.box) == 4  # the quadrilateral drawn on the page
    assert screen.verify_button.isEnabled() and screen.case_id is None  # nothing filed before Verify


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
    _wait(qtbot, window)
    card = screen.cards[(str(SCAN), 0)]
    assert card.read is not None and card.role == PASSPORT


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
    _wait(qtbot, window)
    assert "Could not read broken.png" in window.capture.message.text()
    assert window.capture.cards == {}


def test_decision_needs_a_comment_when_it_differs_then_is_stored(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    _verify(qtbot, window)  # an empty registry: no record, so not CLEAR
    screen = window.capture
    assert screen.outcome is not None and screen.case_id is not None
    assert screen.outcome.result.verdict.verdict.value != "CLEAR"
    assert "No registry record" in screen.results.registry.summary.text()
    screen.decision_buttons[Decision.ACCEPT].click()
    _wait(qtbot, window)
    assert "comment" in screen.decision_message.text()
    screen.comment.setPlainText("MRZ valid, checked by hand against the partner by phone")
    screen.decision_buttons[Decision.ACCEPT].click()
    qtbot.waitUntil(lambda: screen.decided, timeout=5000)
    assert not screen.decision_buttons[Decision.ACCEPT].isEnabled()
    assert window.user is not None
    case = window.desk.cases.get(window.user, screen.case_id)  # type: ignore[arg-type]
    assert case.decision is not None and case.decision.value == "accept"
    assert case.subject.document_number == "EV4770539"


def test_history_finds_and_reopens_the_case(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    _verify(qtbot, window)
    window.actions_["history"].trigger()
    assert window.stack.currentWidget() is window.history
    window.history.document_edit.setText("EV4770539")
    window.history.search_button.click()
    qtbot.waitUntil(lambda: window.history.worker is None and window.history.table.rowCount() == 1, timeout=5000)
    window.history.table.selectRow(0)
    window.history.reopen_button.click()
    view = window.history.case_view
    qtbot.waitUntil(lambda: window.history.worker is None and window.history.pages.currentWidget() is view,
                    timeout=5000)  # fmt: skip
    verdict = window.capture.outcome.result.verdict.verdict.value  # type: ignore[union-attr]
    assert "EV4770539" in view.summary.text() and view.banner.verdict_value == verdict
    assert window.user is not None
    assert window.desk.cases.search(window.user, CaseQuery(name="MAMIER"))


@needs_scanimage
def test_a_scan_through_sane_lands_on_the_capture_screen(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("SANE_CONFIG_DIR", str(_sane_dir(tmp_path / "sane")))
    sign_in(qtbot, window)
    assert window.sources.parent() is not None and window.sources.isVisibleTo(window.capture)
    with qtbot.waitSignal(window.sources.files_captured, timeout=30_000) as sig:
        window.sources.scan_button.click()
    [path] = sig.args[0]
    qtbot.waitUntil(lambda: (path, 0) in window.capture.cards, timeout=10_000)
    _wait(qtbot, window)
    card = window.capture.cards[(path, 0)]
    assert card.read is not None and card.role == "unused"  # the test pattern is no document: left out


def test_the_watched_scan_folder_feeds_the_capture_screen_only_when_signed_in(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                              tmp_path: Path) -> None:  # fmt: skip
    inbox = tmp_path / "scans"
    inbox.mkdir()
    window.change_settings(watch_folder=str(inbox))
    shutil.copy(SCAN, inbox / "early.png")  # nobody signed in: not read
    qtbot.wait(2500)
    assert not window.capture.cards
    sign_in(qtbot, window)
    shutil.copy(SCAN, inbox / "scan-0001.png")
    qtbot.waitUntil(lambda: (str(inbox / "scan-0001.png"), 0) in window.capture.cards, timeout=15_000)
    _wait(qtbot, window)
    assert window.capture.cards[(str(inbox / "scan-0001.png"), 0)].role == PASSPORT
    assert (str(inbox / "early.png"), 0) not in window.capture.cards


def test_verification_reuses_the_reads_made_at_capture(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window)
    _verify(qtbot, window)
    card = window.capture.cards[(str(SCAN), 0)]
    outcome = window.capture.outcome
    assert outcome is not None and card.read is not None
    assert outcome.result.passport_reads[0] is card.read  # read once, when captured
    assert outcome.result.timings["read_passport"] == pytest.approx(card.read_seconds)
