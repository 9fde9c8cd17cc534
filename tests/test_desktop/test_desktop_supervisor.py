"""Supervisor and administrator screens on a real desk: the referrals queue (an officer's referral
resolved by a supervisor), role-aware navigation, the audit viewer (pages, chain banner, a
tampered trail located, export with a checkpoint) and account management."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from desktop.desk import Desk
from desktop.main_window import MainWindow
from tests.test_desktop.conftest import PW, sign_in
from verification.accounts import Role
from verification.audit import verify_export
from verification.cases import Decision, Subject, Verdict

CHECKS = {"verdict": "REVIEW",
          "reasons": [{"leads_to": "REVIEW", "check": "face_match", "id": "verdict.review",
                       "text": "photo in review band"}],
          "checks": [{"id": "face_match", "status": "review", "reason": {"id": "face.review", "params": {}},
                      "evidence": {}}]}  # fmt: skip


def png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


@pytest.fixture
def referred(desk: Desk) -> int:
    """A supervisor account, and a case the officer aigerim referred (through the real stores)."""
    admin = desk.accounts.get("chief")
    assert admin is not None
    desk.accounts.add_user(admin, "bolat", PW, Role.SUPERVISOR, "Bolat Serikuly")
    officer = desk.accounts.get("aigerim")
    assert officer is not None
    case = desk.cases.open_case(officer, Subject("Wang", "Li Na", "E12345678"))
    desk.cases.add_image(officer, case.id, png(), "passport data page", "image/png")
    desk.cases.set_verdict(officer, case.id, Verdict.REVIEW, CHECKS)
    desk.cases.decide(officer, case.id, Decision.REFER, "photo looks older than the issue date")
    return case.id


def idle(qtbot, *workers_of: object) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: all(getattr(o, "worker", None) is None and not getattr(o, "workers", list)()
                                for o in workers_of), timeout=15_000)  # fmt: skip


def test_supervisor_resolves_an_officers_referral(qtbot, window: MainWindow, desk: Desk, referred: int) -> None:
    sign_in(qtbot, window, "bolat")
    assert window.nav["referrals"].isVisible() and window.nav["audit"].isVisible()
    assert not window.nav["users"].isVisible()
    window.actions_["referrals"].trigger()
    screen = window.referrals
    assert window.stack.currentWidget() is screen
    idle(qtbot, screen)
    assert screen.table.rowCount() == 1
    assert [screen.table.item(0, c).text() for c in (0, 2, 3, 4)] == [str(referred), "aigerim", "REVIEW", "referred"]
    assert "Wang" in screen.table.item(0, 5).text()
    screen.open_row(0)
    idle(qtbot, screen)
    view = screen.case_view  # the case as the officer saw it, read-only
    assert view.opened is not None and view.opened.stored.case.id == referred
    assert "photo looks older than the issue date" in view.decision_text.text()
    assert "face_match" in view.raw_checks.text() + view.checks.table.toolTip() + "".join(
        view.checks.table.item(r, 1).text() for r in range(view.checks.table.rowCount()))  # fmt: skip
    assert len(view.opened.pictures) == 1  # the stored page image, decoded
    assert view.save_button.isEnabled()  # supervisors report any case
    screen.decision.setCurrentIndex(screen.decision.findData("accept"))
    screen.comment.setPlainText("ok")  # too short: the core's rule, shown in place
    screen.decide_button.click()
    idle(qtbot, screen)
    assert "comment" in screen.decision_message.text()
    screen.comment.setPlainText("compared with the holder in person")
    screen.decide_button.click()
    idle(qtbot, screen)
    assert "Decision recorded" in screen.decision_message.text()
    assert screen.table.rowCount() == 0 and not screen.decide_button.isEnabled()
    bolat = desk.accounts.get("bolat")
    assert bolat is not None
    case = desk.cases.get(bolat, referred)
    assert case.review is not None and case.review.decision == Decision.ACCEPT
    assert case.review.reviewed_by == "bolat" and case.decision == Decision.REFER  # the referral stays
    assert any(e.action == "case.review" and e.actor == "bolat" for e in desk.audit.entries())


def test_officer_has_no_supervisor_or_admin_entries(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    for key in ("referrals", "audit", "users"):
        assert not window.nav[key].isVisible()
        assert not window.actions_[key].isEnabled()
        window.show_screen(getattr(window, {"referrals": "referrals", "audit": "audit_view", "users": "users"}[key]))
        assert window.stack.currentWidget() is not window.referrals
    assert window.stack.currentWidget() is window.capture
    assert window.nav["settings"].isVisible() and window.actions_["settings"].isEnabled()
    window.actions_["shortcuts"].trigger()
    listed = window.shortcuts_dialog.findChildren(QLabel)
    texts = {label.text() for label in listed}
    assert "Ctrl+," in texts and "Ctrl+Shift+R" not in texts
    window.shortcuts_dialog.close()


def test_administrator_manages_accounts_but_does_not_verify(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, "chief")
    assert window.stack.currentWidget() is window.users
    assert not window.nav["capture"].isVisible() and not window.actions_["open_files"].isEnabled()
    assert window.nav["users"].isVisible() and window.nav["audit"].isVisible()
    assert not window.nav["referrals"].isVisible()
    idle(qtbot, window.users)


def test_shortcuts_reach_every_supervisor_screen(qtbot, window: MainWindow, referred: int) -> None:
    sign_in(qtbot, window, "bolat")
    table = dict(window.actions_.shortcut_table(available_only=True))
    assert table["Referrals"] == "Ctrl+Shift+R" and table["Audit trail"] == "Ctrl+Shift+A"
    assert table["Settings"] and "Users" not in table
    assert "Ctrl+Shift+A" in window.nav["audit"].toolTip()
    for key, screen in (("audit", window.audit_view), ("settings", window.settings_screen),
                        ("referrals", window.referrals)):  # fmt: skip
        window.actions_[key].trigger()
        assert window.stack.currentWidget() is screen
        idle(qtbot, window.referrals, window.audit_view)


def test_audit_viewer_shows_entries_and_locates_tampering(qtbot, window: MainWindow, desk: Desk,
                                                           referred: int) -> None:  # fmt: skip
    sign_in(qtbot, window, "bolat")
    window.actions_["audit"].trigger()
    view = window.audit_view
    idle(qtbot, view)
    assert "intact" in view.banner.text() and view.banner.property("state") == "intact"
    actions = {view.table.item(r, 3).text() for r in range(view.table.rowCount())}
    assert {"case.open", "case.decide", "account.sign_in"} <= actions
    assert view.table.item(0, 0).text() == str(desk.audit.head().seq)  # newest first
    conn = sqlite3.connect(desk.audit.path, isolation_level=None)  # what an attacker with the file does
    conn.execute("DROP TRIGGER IF EXISTS entries_no_update")
    conn.execute("UPDATE entries SET actor = 'someone' WHERE seq = 3")
    conn.close()
    view.verify_button.click()
    idle(qtbot, view)
    assert "TAMPERED at seq 3" in view.banner.text() and "edited" in view.banner.text()
    assert view.banner.property("state") == "tampered"


def test_audit_viewer_pages_and_filters(qtbot, window: MainWindow, desk: Desk, referred: int) -> None:
    desk.audit.append_many([("registry.person", f"officer{i % 3}", {"n": i}) for i in range(450)])
    sign_in(qtbot, window, "bolat")
    window.actions_["audit"].trigger()
    view = window.audit_view
    idle(qtbot, view)
    assert view.table.rowCount() == 200 and view.older_button.isEnabled() and not view.newer_button.isEnabled()
    top = int(view.table.item(0, 0).text())
    view.older_button.click()
    idle(qtbot, view)
    assert int(view.table.item(0, 0).text()) == top - 200 and view.newer_button.isEnabled()
    view.newer_button.click()
    idle(qtbot, view)
    assert int(view.table.item(0, 0).text()) == top
    view.actor.setText("officer1")
    view.action.setCurrentText("registry.person")
    view.filter_button.click()
    idle(qtbot, view)
    rows = {(view.table.item(r, 2).text(), view.table.item(r, 3).text()) for r in range(view.table.rowCount())}
    assert rows == {("officer1", "registry.person")} and view.table.rowCount() == 150
    assert "n=" in view.table.item(0, 4).text()
    view.use_from.setChecked(True)
    view.date_from.setDate(view.date_from.date().addDays(1))  # tomorrow (UTC): nothing yet
    view.filter_button.click()
    idle(qtbot, view)
    assert view.table.rowCount() == 0 and view.page_label.text() == "No entries match."


def test_audit_export_writes_jsonl_and_checkpoint(qtbot, window: MainWindow, desk: Desk, referred: int,
                                                  tmp_path: Path) -> None:  # fmt: skip
    sign_in(qtbot, window, "bolat")
    window.actions_["audit"].trigger()
    view = window.audit_view
    idle(qtbot, view)
    out = tmp_path / "audit.jsonl"
    view.export(out)
    idle(qtbot, view)
    assert "Exported" in view.message.text()
    assert out.exists() and (tmp_path / "audit.jsonl.checkpoint.json").exists()
    report = verify_export(out, desk.audit.public_key)
    assert report.intact and report.entries > 5
    assert any(e.action == "audit.export" and e.actor == "bolat" for e in desk.audit.entries())


def test_admin_adds_a_user_who_can_sign_in(qtbot, window: MainWindow, desk: Desk) -> None:
    sign_in(qtbot, window, "chief")
    users = window.users
    idle(qtbot, users)
    assert {users.table.item(r, 0).text() for r in range(users.table.rowCount())} == {"chief", "aigerim"}
    users.new_username.setText("dana")
    users.new_display.setText("Dana Askarovna")
    users.new_role.setCurrentIndex(users.new_role.findData("supervisor"))
    users.new_pw.setText("a long enough pw 1")
    users.new_pw2.setText("a different one 22")
    users.add_button.click()
    assert "differ" in users.add_message.text()
    users.new_pw2.setText("a long enough pw 1")
    users.add_button.click()
    idle(qtbot, users)
    assert "dana" in users.add_message.text() and "added" in users.add_message.text()
    row = next(r for r in range(users.table.rowCount()) if users.table.item(r, 0).text() == "dana")
    assert users.table.item(row, 2).text() == "Supervisor" and users.table.item(row, 4).text() == "never"
    # a duplicate user name and a weak password: the store's messages, in place
    users.new_username.setText("aigerim")
    users.new_pw.setText("a long enough pw 2")
    users.new_pw2.setText("a long enough pw 2")
    users.add_button.click()
    idle(qtbot, users)
    assert "exists already" in users.add_message.text()
    users.new_username.setText("erlan")
    users.new_pw.setText("short")
    users.new_pw2.setText("short")
    users.add_button.click()
    idle(qtbot, users)
    assert "erlan" not in {u.username for u in users.users} and users.add_message.text()
    window.sign_out()
    sign_in(qtbot, window, "dana", "a long enough pw 1")
    assert window.user is not None and window.user.username == "dana" and window.user.role == Role.SUPERVISOR


def test_admin_unlocks_locks_resets_and_changes_role(qtbot, window: MainWindow, desk: Desk) -> None:
    for _ in range(3):  # the test policy locks after 3 failures
        sign_in(qtbot, window, "aigerim", "wrong password!")
    sign_in(qtbot, window, "chief")
    users = window.users
    idle(qtbot, users)
    users.select("aigerim")
    assert "locked until" in users.selected_name.text() and users.unlock_button.isEnabled()
    users.unlock_button.click()
    idle(qtbot, users)
    assert "unlocked" in users.message.text() and "active" in users.selected_name.text()
    users.reset_pw.setText("brand new secret 9")
    users.reset_pw2.setText("brand new secret 9")
    users.reset_button.click()
    idle(qtbot, users)
    assert "reset" in users.message.text()
    users.role.setCurrentIndex(users.role.findData("supervisor"))
    users.role_button.click()
    idle(qtbot, users)
    aigerim = desk.accounts.get("aigerim")
    assert aigerim is not None and aigerim.role == Role.SUPERVISOR
    users.select("chief")  # the last administrator cannot be disabled: the store says so in place
    users.lock_button.click()
    idle(qtbot, users)
    assert "last active administrator" in users.message.text()
    window.sign_out()
    sign_in(qtbot, window, "aigerim", "brand new secret 9")
    assert window.user is not None and window.user.role == Role.SUPERVISOR
