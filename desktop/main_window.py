"""The main window: a header that always shows who is signed in (name and role), banners for demo
mode and for registry data older than allowed, and a stack of screens. Idle for the configured
time, the session locks: only the same officer's password resumes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.actions import ActionRegistry
from desktop.desk import Desk
from desktop.errors import ErrorDialog, ErrorReport, reporter
from desktop.i18n import LANGUAGE_NAMES, Languages
from desktop.screens.base import name
from desktop.screens.capture import CaptureScreen
from desktop.screens.history import HistoryScreen
from desktop.screens.registry import RegistryScreen
from desktop.screens.signin import SignInScreen
from desktop.settings import Settings, SettingsStore
from desktop.theme import apply_theme
from verification.accounts import User

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}  # fmt: skip


class IdleWatcher(QObject):
    """Restarts `timer` on any keyboard, mouse or touch input anywhere in the application."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, settings_store: SettingsStore, languages: Languages) -> None:
        super().__init__()
        self.desk = desk
        self.settings_store = settings_store
        self.settings: Settings = settings_store.load()
        self.languages = languages
        self.user: User | None = None
        self.error_dialogs: list[ErrorDialog] = []
        reporter().raised.connect(self.show_error)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setVisible(desk.demo)
        outer.addWidget(self.demo_banner)
        outer.addWidget(self._header())
        self.stale_banner = QLabel()
        self.stale_banner.setObjectName("staleBanner")
        self.stale_banner.setWordWrap(True)
        self.stale_banner.setVisible(False)
        outer.addWidget(self.stale_banner)
        self.stack = QStackedWidget()
        self.signin = SignInScreen(desk)
        self.capture = CaptureScreen(desk)
        self.registry = RegistryScreen(desk)
        self.history = HistoryScreen(desk)
        for screen in (self.signin, self.capture, self.registry, self.history):
            self.stack.addWidget(screen)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_ = ActionRegistry(self)
        self.actions_.connect("capture", lambda: self.show_screen(self.capture))
        self.actions_.connect("open_files", self._open_files)
        self.actions_.connect("history", lambda: self.show_screen(self.history))
        self.actions_.connect("registry", lambda: self.show_screen(self.registry))
        self.actions_.connect("lock", self.lock)
        self.actions_.connect("sign_out", self.sign_out)
        self.actions_.connect("quit", self.close)
        self.actions_.connect("shortcuts", self.show_shortcuts)
        self._menus()

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.idle_watcher = IdleWatcher(self.idle_timer)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle_watcher)

        self.signin.signed_in.connect(self._signed_in)
        self.registry.imported.connect(self.update_banners)
        self.apply_settings(self.settings)
        self.resize(1180, 820)
        self._set_session(None)
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------------

    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        self.app_title = QLabel("Tekseru")
        self.app_title.setObjectName("appTitle")
        row.addWidget(self.app_title)
        self.nav: dict[str, QPushButton] = {}
        for key in ("capture", "history", "registry", "lock"):
            button = QPushButton()
            button.setObjectName(f"nav_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.nav[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.officer = QLabel()
        self.officer.setObjectName("officer")
        row.addWidget(self.officer)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in LANGUAGE_NAMES.items():
            self.language.addItem(label, code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        row.addWidget(self.language)
        return header

    def _menus(self) -> None:
        bar = self.menuBar()
        self.case_menu = bar.addMenu("")
        for key in ("capture", "open_files", "history", "registry"):
            self.case_menu.addAction(self.actions_[key])
        self.session_menu = bar.addMenu("")
        for key in ("lock", "sign_out", "quit"):
            self.session_menu.addAction(self.actions_[key])
        self.view_menu = bar.addMenu("")
        self.theme_action = self.view_menu.addAction("")
        self.theme_action.setCheckable(True)
        self.theme_action.toggled.connect(lambda dark: self.change_settings(theme="dark" if dark else "light"))
        self.pseudo_action = self.view_menu.addAction("")
        self.pseudo_action.setCheckable(True)
        self.pseudo_action.toggled.connect(lambda on: self.change_settings(pseudo_localisation=on))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.actions_["shortcuts"])
        for key, button in self.nav.items():
            button.clicked.connect(self.actions_[key].trigger)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tekseru — document verification") + (" [DEMO]" if self.desk.demo else ""))
        self.demo_banner.setText(self.tr("DEMO MODE — demo data only; nothing here is a real verification"))
        name(self.demo_banner, self.tr("Demo mode"))
        self.actions_.retranslate()
        texts = {"capture": self.tr("Verify"), "history": self.tr("History"), "registry": self.tr("Registry"),
                 "lock": self.tr("Lock")}  # fmt: skip
        for key, button in self.nav.items():
            button.setText(texts[key])
            button.setToolTip(self.actions_[key].toolTip())
            name(button, texts[key], self.actions_[key].toolTip())
        name(self.language, self.tr("Language"))
        name(self.officer, self.tr("Signed-in officer"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.theme_action.setText(self.tr("Dark theme"))
        self.pseudo_action.setText(self.tr("Pseudo-localisation (layout check)"))
        self._show_officer()
        self.update_banners()

    # -- settings --------------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        for block in (self.language, self.theme_action, self.pseudo_action):
            block.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme_action.setChecked(settings.theme == "dark")
        self.pseudo_action.setChecked(settings.pseudo_localisation)
        for block in (self.language, self.theme_action, self.pseudo_action):
            block.blockSignals(False)
        if (self.languages.current, self.languages.pseudo) != (settings.language, settings.pseudo_localisation):
            self.languages.switch(settings.language, settings.pseudo_localisation)
        apply_theme(settings.theme)
        self.idle_timer.setInterval(max(1, settings.idle_lock_minutes) * 60_000)
        for screen in (self.capture, self.registry):
            screen.max_age_days = settings.registry_max_age_days
        if self.user is not None and settings.idle_lock_minutes > 0:
            self.idle_timer.start()
        elif settings.idle_lock_minutes == 0:
            self.idle_timer.stop()

    def change_settings(self, **changes: object) -> None:
        settings = self.settings.replace(**changes).validated()
        self.settings_store.save(settings)
        self.apply_settings(settings)

    def _language_chosen(self) -> None:
        self.change_settings(language=str(self.language.currentData()))

    # -- session ---------------------------------------------------------------------------------

    def _set_session(self, user: User | None) -> None:
        self.user = user
        for screen in (self.capture, self.registry, self.history):
            screen.user = user
        for key in ("capture", "open_files", "history", "registry", "lock", "sign_out"):
            self.actions_[key].setEnabled(user is not None)
        for button in self.nav.values():
            button.setEnabled(user is not None)
        self._show_officer()
        if user is None:
            self.idle_timer.stop()
        elif self.settings.idle_lock_minutes > 0:
            self.idle_timer.start()

    def _show_officer(self) -> None:
        if self.user is None:
            self.officer.setText(self.tr("Not signed in"))
            return
        roles = {"officer": self.tr("Officer"), "supervisor": self.tr("Supervisor"),
                 "administrator": self.tr("Administrator")}  # fmt: skip
        self.officer.setText(f"{self.user.display_name} ({self.user.username}) · {roles[self.user.role.value]}")

    def _signed_in(self, user: User) -> None:
        resumed = self.signin.locked_user is not None and self.signin.locked_user.username == user.username
        self._set_session(user)
        self.signin.locked_user = None
        self.show_screen(self._resume_screen if resumed else self.capture)

    def lock(self) -> None:
        """Hide everything behind the sign-in screen; only this officer can resume."""
        if self.user is None or self.stack.currentWidget() is self.signin:
            return
        self._resume_screen = self.stack.currentWidget()
        user = self.user
        self._set_session(None)
        self.signin.reset(locked_user=user)
        self.stack.setCurrentWidget(self.signin)

    def sign_out(self) -> None:
        self.capture.new_case()
        self._set_session(None)
        self.signin.reset()
        self.stack.setCurrentWidget(self.signin)

    def show_screen(self, screen: QWidget) -> None:
        if self.user is None:
            return
        if screen is self.registry:
            self.registry.refresh()
        self.stack.setCurrentWidget(screen)
        self.update_banners()

    def _open_files(self) -> None:
        self.show_screen(self.capture)
        self.capture.choose_files()

    def update_banners(self) -> None:
        with self.desk.lock:
            fr = self.desk.freshness(self.settings.registry_max_age_days)
        self.stale_banner.setVisible(not fr.fresh)
        self.stale_banner.setText("⚠ " + self.tr("Registry copy is not current: %1").replace("%1", fr.message()))
        name(self.stale_banner, self.tr("Registry data warning"))

    # -- errors and help -------------------------------------------------------------------------

    def show_error(self, report: ErrorReport) -> None:
        dialog = ErrorDialog(report, self)
        self.error_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.error_dialogs.remove(dialog))
        dialog.open()

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        name(dialog, self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(dialog)
        form = QFormLayout()
        for text, keys in self.actions_.shortcut_table():
            form.addRow(text.replace("&", ""), QLabel(keys or "—"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.open()
        self.shortcuts_dialog = dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        for worker_owner in (self.signin, self.capture, self.registry, self.history):
            if worker_owner.worker is not None:
                worker_owner.worker.cancel()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        super().closeEvent(event)
