"""The settings screen: values saved to QSettings and read back, out-of-range input rejected with a
message (nothing saved), Cancel, a language switch that retranslates the window, what an officer
may change, the face bands shown, and the administrators' purge of old case images."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.desk import Desk
from desktop.i18n import Languages
from desktop.main_window import MainWindow
from desktop.settings import SettingsStore
from desktop.workers import active_workers
from tests.test_desktop.conftest import PW, sign_in
from tests.test_desktop.test_desktop_supervisor import png
from verification.accounts import Role
from verification.cases import Subject


def open_settings(qtbot, window: MainWindow, user: str = "chief") -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window, user)
    qtbot.waitUntil(lambda: window.users.worker is None, timeout=10_000)
    window.actions_["settings"].trigger()
    assert window.stack.currentWidget() is window.settings_screen


def test_changes_persist_and_reload(qtbot, window: MainWindow, tmp_path: Path) -> None:
    open_settings(qtbot, window)
    s = window.settings_screen
    folder = tmp_path / "scans"
    folder.mkdir()
    s.max_age.setText("7,5")
    s.retention.setText("30")
    s.registry_url.setText("https://registry.example.org/packages/")
    s.watch_folder.setText(str(folder))
    s.scanner_device.setText("genesys:libusb:001:004")
    s.scanner_resolution.setCurrentIndex(s.scanner_resolution.findData(600))
    s.scanner_mode.setCurrentIndex(s.scanner_mode.findData("Gray"))
    s.camera_index.setValue(2)
    s.face_engine.setCurrentIndex(s.face_engine.findData("dlib"))
    s.idle.setValue(12)
    s.apply_button.click()
    assert s.message.text() == "Settings saved."
    again = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).load()
    assert (again.registry_max_age_days, again.retention_days, again.registry_url) == (
        7.5, 30, "https://registry.example.org/packages/")  # fmt: skip
    assert (again.watch_folder, again.scanner_device, again.scanner_resolution, again.scanner_mode) == (
        str(folder), "genesys:libusb:001:004", 600, "Gray")  # fmt: skip
    assert (again.camera_index, again.face_engine, again.idle_lock_minutes) == (2, "dlib", 12)
    assert window.settings == again and window.idle_timer.interval() == 12 * 60_000
    assert window.registry.max_age_days == 7.5
    s.max_age.setText("99")
    s.cancel_button.click()  # back to what is in force
    assert s.max_age.text() == "7.5"


def test_invalid_values_are_rejected_with_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    open_settings(qtbot, window)
    s = window.settings_screen
    before = window.settings_store.load()
    for widget, value, words in ((s.max_age, "soon", "number"), (s.max_age, "0", "more than 0"),
                                 (s.retention, "0", "1 to 3650"), (s.registry_url, "ftp://x/y", "URL"),
                                 (s.watch_folder, "relative/path", "full path"),
                                 (s.watch_folder, str(tmp_path / "missing"), "does not exist")):  # fmt: skip
        s.load(window.settings)
        widget.setText(value)
        s.apply_button.click()
        assert s.message.text().startswith("Not saved") and words in s.message.text(), (value, s.message.text())
        assert window.settings_store.load() == before


def test_language_switch_through_settings_retranslates(qtbot, window: MainWindow) -> None:
    open_settings(qtbot, window, "aigerim")
    s = window.settings_screen
    s.language.setCurrentIndex(s.language.findData("ru"))
    s.apply_button.click()
    qtbot.waitUntil(lambda: window.nav["capture"].text() == "Проверка", timeout=3000)
    assert window.settings_store.load().language == "ru" and window.language.currentData() == "ru"
    s.language.setCurrentIndex(s.language.findData("en"))
    s.apply_button.click()
    qtbot.waitUntil(lambda: window.nav["capture"].text() == "Verify", timeout=3000)


def test_officer_sets_own_preferences_only(qtbot, window: MainWindow) -> None:
    open_settings(qtbot, window, "aigerim")
    s = window.settings_screen
    assert s.language.isEnabled() and s.theme.isEnabled()
    for key in ("devices", "folders", "registry", "faces", "retention"):
        assert not s.boxes[key].isEnabled()
    assert not s.idle.isEnabled() and not s.purge_button.isVisible()
    s.theme.setCurrentIndex(s.theme.findData("dark"))
    s.apply_button.click()
    assert window.settings_store.load().theme == "dark" and window.theme_action.isChecked()


def test_face_bands_are_shown_read_only(qtbot, window: MainWindow) -> None:
    open_settings(qtbot, window)
    s = window.settings_screen
    s.face_engine.setCurrentIndex(s.face_engine.findData("sface"))
    assert "match ≥ 0." in s.bands.text() and "review ≥ 0." in s.bands.text()


def test_admin_purges_old_images_in_a_worker(qtbot, window: MainWindow, desk: Desk) -> None:
    officer = desk.accounts.get("aigerim")
    assert officer is not None
    old = desk.cases.open_case(officer, Subject("Li", "Wei", "E00000001"))
    desk.cases.add_image(officer, old.id, png(), "old page", "image/png")
    new = desk.cases.open_case(officer, Subject("Li", "Na", "E00000002"))
    desk.cases.add_image(officer, new.id, png() + b"\0", "new page", "image/png")
    conn = sqlite3.connect(desk.cases.path)  # age one case: the store's clock cannot be moved here
    conn.execute("UPDATE cases SET created_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?", (old.id,))
    conn.commit()
    conn.close()
    open_settings(qtbot, window)
    s = window.settings_screen
    assert s.purge_button.isVisible()
    s.retention.setText("90")
    s.purge_button.click()
    assert "Click again" in s.purge_message.text() and s.worker is None  # nothing deleted yet
    s.purge_button.click()
    qtbot.waitUntil(lambda: s.worker is None, timeout=10_000)
    assert s.purge_message.text() == "Deleted 1 image(s) of 1 case(s); 1 file(s) removed."
    admin = desk.accounts.get("chief")
    assert admin is not None
    assert desk.cases.get(admin, old.id).images_purged_at is not None
    assert desk.cases.get(admin, new.id).images_purged_at is None


def test_supervisor_may_change_desk_settings_but_not_purge(qtbot, window: MainWindow, desk: Desk) -> None:
    admin = desk.accounts.get("chief")
    assert admin is not None
    desk.accounts.add_user(admin, "bolat", PW, Role.SUPERVISOR, "Bolat")
    open_settings(qtbot, window, "bolat")
    s = window.settings_screen
    assert s.boxes["registry"].isEnabled() and not s.purge_button.isVisible()


def test_window_state_is_remembered(qtbot, window: MainWindow, desk, settings_store, qm_dir) -> None:  # type: ignore[no-untyped-def]
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    assert not settings_store.qs.value("window/geometry").isEmpty()
    again = MainWindow(desk, settings_store, Languages([qm_dir]))
    qtbot.addWidget(again)
    again.show()
    try:
        qtbot.waitUntil(again.isMaximized)  # as the officer left it
    finally:
        qtbot.waitUntil(lambda: again.registry_check not in active_workers(), timeout=30_000)
        again.close()


def test_the_face_engine_setting_reaches_the_verification(window: MainWindow) -> None:
    assert window.capture.face_engine == "sface"
    window.change_settings(face_engine="dlib")
    assert window.capture.face_engine == "dlib"  # passed to Desk.face_index and pipeline.verify


def test_retention_is_the_desks_and_old_images_go_in_the_background(qtbot, window: MainWindow, desk: Desk,  # type: ignore[no-untyped-def]
                                                                    settings_store, qm_dir) -> None:  # fmt: skip
    officer, admin = desk.accounts.get("aigerim"), desk.accounts.get("chief")
    assert officer is not None and admin is not None
    old = desk.cases.open_case(officer, Subject("Li", "Wei", "E00000001"))
    desk.cases.add_image(officer, old.id, png(), "old page", "image/png")
    conn = sqlite3.connect(desk.cases.path)  # age the case: the store's clock cannot be moved here
    conn.execute("UPDATE cases SET created_at = '2026-01-01T00:00:00.000000Z' WHERE id = ?", (old.id,))
    conn.commit()
    conn.close()
    open_settings(qtbot, window)  # the administrator
    window.settings_screen.retention.setText("400")
    window.settings_screen.apply_button.click()
    assert desk.cases.retention_days == 400  # the desk's setting, not this user's preference
    qtbot.waitUntil(lambda: window.registry_check not in active_workers(), timeout=30_000)
    window.close()
    again = MainWindow(desk, settings_store, Languages([qm_dir]))  # the next start: housekeeping runs
    qtbot.addWidget(again)
    try:
        assert again.settings.retention_days == 400
        qtbot.waitUntil(lambda: again.registry_check not in active_workers(), timeout=30_000)
        assert desk.cases.get(admin, old.id).images_purged_at is None  # within 400 days
        desk.cases.set_retention_days(admin, 30)
        again._retention_run()  # what the six-hourly timer does
        qtbot.waitUntil(lambda: desk.cases.get(admin, old.id).images_purged_at is not None, timeout=30_000)
        actors = [e.actor for e in desk.audit.entries() if e.action == "case.purge"]
        assert "desk:retention" in actors
    finally:
        qtbot.waitUntil(lambda: again.registry_check not in active_workers(), timeout=30_000)
        again.close()


def test_an_officer_cannot_shorten_the_retention(qtbot, window: MainWindow, desk: Desk) -> None:
    sign_in(qtbot, window)  # aigerim, an officer
    window.put_settings(window.settings.replace(retention_days=1))
    assert desk.cases.retention_days == 90 and window.settings.retention_days == 90
    assert "administrator" in window.settings_screen.message.text()
