"""Sign-in, the header, lockout, idle lock, demo banner, actions and shortcuts, settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from desktop.main_window import MainWindow
from desktop.settings import SCHEMA_VERSION, Settings, SettingsStore
from tests.test_desktop.conftest import sign_in


def test_good_password_signs_in_and_header_shows_officer_and_role(qtbot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.signin
    assert not window.actions_["capture"].isEnabled()
    sign_in(qtbot, window)
    assert window.user is not None and window.user.username == "aigerim"
    assert window.stack.currentWidget() is window.capture
    assert "Aigerim Nurlanovna" in window.officer.text() and "Officer" in window.officer.text()
    assert window.actions_["capture"].isEnabled()


def test_bad_password_stays_on_sign_in(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, password="wrong password!")
    assert window.user is None
    assert window.stack.currentWidget() is window.signin
    assert window.signin.message.text() == "Wrong user name or password."
    assert window.signin.password.text() == ""


def test_lockout_after_repeated_failures(qtbot, window: MainWindow) -> None:
    for _ in range(3):  # the test policy locks after 3
        sign_in(qtbot, window, password="wrong password!")
    assert "locked" in window.signin.message.text()
    sign_in(qtbot, window)  # even the right password is refused now
    assert window.user is None
    assert "locked" in window.signin.message.text()


def test_idle_lock_and_resume_by_same_officer_only(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.show_screen(window.history)
    window.idle_timer.setInterval(50)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin, timeout=3000)
    assert window.user is None
    assert window.signin.username.isReadOnly() and window.signin.username.text() == "aigerim"
    assert window.signin.title.text() == "Session locked"
    sign_in(qtbot, window)
    assert window.stack.currentWidget() is window.history  # back where the officer was


def test_lock_and_sign_out_actions(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.actions_["lock"].trigger()
    assert window.stack.currentWidget() is window.signin and window.user is None
    sign_in(qtbot, window)
    window.actions_["sign_out"].trigger()
    assert window.user is None and not window.signin.username.isReadOnly()


def test_demo_banner_visible_in_demo_mode(qtbot, window: MainWindow) -> None:
    assert window.desk.demo
    assert window.demo_banner.isVisible()
    assert "DEMO" in window.demo_banner.text()
    sign_in(qtbot, window)
    for screen in (window.capture, window.registry, window.history):
        window.show_screen(screen)
        assert window.demo_banner.isVisible()


def test_actions_have_standard_shortcuts_shown(window: MainWindow) -> None:
    assert window.actions_["open_files"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.actions_["capture"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.actions_["lock"].shortcut() == QKeySequence("Ctrl+L")
    assert "Ctrl+L" in window.actions_["lock"].toolTip()
    assert "Ctrl+L" in window.nav["lock"].toolTip()
    table = dict(window.actions_.shortcut_table())
    assert table["Lock"] == "Ctrl+L"


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QProgressBar, QTableWidget

    sign_in(qtbot, window)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QProgressBar, QTableWidget)
    widgets = [w for kind in kinds for w in window.findChildren(kind)]
    nameless = [w.objectName() or type(w).__name__ for w in widgets
                if not w.accessibleName() and not w.objectName().startswith("qt_")]  # fmt: skip
    assert nameless == []


def test_settings_round_trip_and_upgrade_from_version_1(tmp_path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    qs.setValue("idle_seconds", 600)
    qs.setValue("locale", "ru")
    qs.setValue("theme", "purple")  # unknown: falls back to the default
    store = SettingsStore(qs)
    settings = store.load()
    assert settings == Settings(language="ru", idle_lock_minutes=10)
    assert qs.value("schema_version") in (SCHEMA_VERSION, str(SCHEMA_VERSION))
    store.save(settings.replace(theme="dark", registry_max_age_days=7.5))
    again = SettingsStore(QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)).load()
    assert again.theme == "dark" and again.registry_max_age_days == 7.5 and again.language == "ru"


def test_idle_minutes_setting_drives_the_lock_timer(qtbot, window: MainWindow) -> None:
    window.change_settings(idle_lock_minutes=2)
    sign_in(qtbot, window)
    assert window.idle_timer.interval() == 120_000 and window.idle_timer.isActive()
    assert window.settings_store.load().idle_lock_minutes == 2


def test_the_app_icon_is_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import app_icon

    pixmap = app_icon().pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64  # the SVG was found and rendered
