"""The main window: a header that always shows who is signed in (name and role), banners for demo
mode and for registry data older than allowed, and a stack of screens. Idle for the configured
time, the session locks: only the same officer's password resumes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
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
from desktop.screens.audit_view import AuditScreen
from desktop.screens.base import name
from desktop.screens.capture import CaptureScreen
from desktop.screens.history import HistoryScreen
from desktop.screens.referrals import ReferralsScreen
from desktop.screens.registry import RegistryScreen
from desktop.screens.settings_screen import SettingsScreen
from desktop.screens.signin import SignInScreen
from desktop.screens.users import UsersScreen
from desktop.settings import Settings, SettingsStore
from desktop.sources.panel import SourcesPanel
from desktop.theme import apply_theme
from desktop.workers import Worker, active_workers
from verification.accounts import (
    PermissionDenied,
    User,
    can_export_audit,
    can_manage_users,
    can_open_case,
    can_review_referrals,
)
from verification.cases import CaseError
from verification.registry.errors import RegistryError

WINDOW_GEOMETRY, WINDOW_STATE = "window/geometry", "window/state"
RETENTION_RUN_MS = 6 * 3600 * 1000
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


# Screens reached from the navigation row and the Desk menu, with who may open each.
NAV = ("capture", "history", "registry", "referrals", "audit", "users", "settings", "lock")
ROLE_RULES = {
    "capture": can_open_case,
    "open_files": can_open_case,
    "referrals": can_review_referrals,
    "audit": can_export_audit,  # supervisors and administrators read (and export) the trail
    "users": can_manage_users,
}


class MainWindow(QMainWindow):
    settings_applied = Signal(object)  # Settings: for screens and sources that follow them

    def __init__(self, desk: Desk, settings_store: SettingsStore, languages: Languages) -> None:
        super().__init__()
        self.desk = desk
        self.settings_store = settings_store
        # How long case images are kept is the desk's, in its case store, whoever signs in.
        self.settings: Settings = settings_store.load().replace(retention_days=desk.cases.retention_days)
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
        # Scanner, camera and watched scan folder feed the capture screen; the folder is watched only
        # while someone who may open cases is signed in.
        self.sources = SourcesPanel(self.settings)
        self.sources.set_watching(False)
        self.capture.attach_sources(self.sources)
        self.registry = RegistryScreen(desk)
        self.history = HistoryScreen(desk)
        self.referrals = ReferralsScreen(desk)
        self.audit_view = AuditScreen(desk)
        self.users = UsersScreen(desk)
        self.settings_screen = SettingsScreen(desk)
        for screen in (self.signin, self.capture, self.registry, self.history, self.referrals, self.audit_view,
                       self.users, self.settings_screen):  # fmt: skip
            self.stack.addWidget(screen)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_ = ActionRegistry(self)
        self.actions_.connect("capture", lambda: self.show_screen(self.capture))
        self.actions_.connect("open_files", self._open_files)
        self.actions_.connect("verify", lambda: self.stack.currentWidget() is self.capture and self.capture.verify())
        self.actions_.connect("next_applicant", lambda: self.stack.currentWidget() is self.capture
                              and self.capture.next_applicant())  # fmt: skip
        self.actions_.connect("history", lambda: self.show_screen(self.history))
        self.actions_.connect("registry", lambda: self.show_screen(self.registry))
        self.actions_.connect("referrals", lambda: self.show_screen(self.referrals))
        self.actions_.connect("audit", lambda: self.show_screen(self.audit_view))
        self.actions_.connect("users", lambda: self.show_screen(self.users))
        self.actions_.connect("settings", lambda: self.show_screen(self.settings_screen))
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
        self.registry.imported.connect(self._recheck_registry)
        self.settings_screen.apply_requested.connect(self.put_settings)
        self.apply_settings(self.settings)
        self._check_registry()
        self.retention_timer = QTimer(self)  # a desk left running for days still deletes old images
        self.retention_timer.setInterval(RETENTION_RUN_MS)
        self.retention_timer.timeout.connect(self._retention_run)
        self.retention_timer.start()
        self.resize(1180, 820)
        self.restore_window_state()
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
        for key in NAV:
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
        for key in ("capture", "open_files", "verify", "next_applicant", "history", "registry"):
            self.case_menu.addAction(self.actions_[key])
        self.desk_menu = bar.addMenu("")
        for key in ("referrals", "audit", "users", "settings"):
            self.desk_menu.addAction(self.actions_[key])
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
                 "referrals": self.tr("Referrals"), "audit": self.tr("Audit"), "users": self.tr("Users"),
                 "settings": self.tr("Settings"), "lock": self.tr("Lock")}  # fmt: skip
        for key, button in self.nav.items():
            button.setText(texts[key])
            button.setToolTip(self.actions_[key].toolTip())
            name(button, texts[key], self.actions_[key].toolTip())
        name(self.language, self.tr("Language"))
        name(self.officer, self.tr("Signed-in officer"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.desk_menu.setTitle(self.tr("&Desk"))
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
        self.capture.face_engine = settings.face_engine
        self.sources.apply_settings(settings)
        self.sources.set_watching(self.allowed("capture"))
        if not self.registry.url.text():
            self.registry.url.setText(settings.registry_url)
        self.settings_screen.load(settings)
        if self.user is not None and settings.idle_lock_minutes > 0:
            self.idle_timer.start()
        elif settings.idle_lock_minutes == 0:
            self.idle_timer.stop()

        self.settings_applied.emit(settings)

    def change_settings(self, **changes: object) -> None:
        self.put_settings(self.settings.replace(**changes))

    def put_settings(self, settings: Settings) -> None:
        """Save (so it persists) and put in force everywhere."""
        settings = settings.validated()
        if settings.retention_days != self.desk.cases.retention_days:
            try:
                if self.user is None:
                    raise PermissionDenied("only an administrator may change how long case images are kept")
                with self.desk.lock:
                    self.desk.cases.set_retention_days(self.user, settings.retention_days)
            except (PermissionDenied, CaseError) as exc:
                settings = settings.replace(retention_days=self.desk.cases.retention_days)
                self.settings_screen.message.setText(str(exc))
        self.settings_store.save(settings)
        self.apply_settings(settings)

    def _language_chosen(self) -> None:
        self.change_settings(language=str(self.language.currentData()))

    # -- session ---------------------------------------------------------------------------------

    def _set_session(self, user: User | None) -> None:
        self.user = user
        for screen in (self.capture, self.registry, self.history, self.referrals, self.audit_view, self.users,
                       self.settings_screen):  # fmt: skip
            screen.user = user
        for key in ("capture", "open_files", "history", "registry", "referrals", "audit", "users", "settings",
                    "lock", "sign_out"):  # fmt: skip
            self.actions_[key].setEnabled(self.allowed(key))
            self.actions_[key].setVisible(user is None or self.allowed(key))
        for key, button in self.nav.items():
            button.setEnabled(self.allowed(key))
            button.setVisible(user is None or self.allowed(key))
        self.settings_screen.load(self.settings)
        self.sources.set_watching(self.allowed("capture"))
        self._show_officer()
        if user is None:
            self.idle_timer.stop()
        elif self.settings.idle_lock_minutes > 0:
            self.idle_timer.start()

    def allowed(self, key: str) -> bool:
        """May the signed-in user use this action (the role rules of verification.accounts)?"""
        if self.user is None:
            return False
        rule = ROLE_RULES.get(key)
        return rule is None or bool(rule(self.user))

    def home(self) -> QWidget:
        """Where a role starts: officers and supervisors verify; administrators manage accounts."""
        if self.allowed("capture"):
            return self.capture
        return self.users if self.allowed("users") else self.history

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
        self.show_screen(self._resume_screen if resumed else self.home())

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
        keys = {self.capture: "capture", self.referrals: "referrals", self.audit_view: "audit", self.users: "users"}
        if screen in keys and not self.allowed(keys[screen]):
            return
        if screen is self.registry:
            self.registry.refresh()
        elif screen is self.referrals:
            self.referrals.refresh()
        elif screen is self.audit_view:
            self.audit_view.refresh()
        elif screen is self.users:
            self.users.refresh()
        elif screen is self.settings_screen:
            self.settings_screen.load(self.settings)
        self.stack.setCurrentWidget(screen)
        self.update_banners()

    def _open_files(self) -> None:
        self.show_screen(self.capture)
        self.capture.choose_files()

    def update_banners(self) -> None:
        problem = self.desk.registry_problem
        try:
            with self.desk.lock:
                fr = self.desk.freshness(self.settings.registry_max_age_days)
        except RegistryError as exc:  # a damaged file can fail even its status query
            problem = problem or str(exc)
        if problem:
            self.stale_banner.setVisible(True)
            self.stale_banner.setText("✖ " + self.tr("The registry copy is damaged; verification is stopped until a "
                                                     "full package is imported again: %1").replace("%1", problem))
        else:
            self.stale_banner.setVisible(not fr.fresh)
            self.stale_banner.setText("⚠ " + self.tr("Registry copy is not current: %1").replace("%1", fr.message()))
        name(self.stale_banner, self.tr("Registry data warning"))

    def _check_registry(self) -> None:
        """At start, in the background: the registry's integrity check and the retention run
        (Desk.housekeeping)."""
        self._in_background(self.desk.housekeeping)

    def _recheck_registry(self) -> None:
        """After an import: only a copy found damaged is checked again (a new full package may
        have mended it); a sound one was just verified by the import itself."""
        if self.desk.registry_problem:
            self._in_background(self.desk.check_registry)

    def _retention_run(self) -> None:
        self._in_background(self.desk.purge_expired_images)

    def _in_background(self, job: Callable[[], object]) -> None:
        self.registry_check = Worker(job, name="registry-check")
        self.registry_check.signals.finished.connect(self.update_banners)
        self.registry_check.start()

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
        for text, keys in self.actions_.shortcut_table(available_only=True):
            form.addRow(text.replace("&", ""), QLabel(keys or "—"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.open()
        self.shortcuts_dialog = dialog

    def running_workers(self) -> list[Worker]:
        owners = (self.signin, self.capture, self.registry, self.history, self.referrals, self.users,
                  self.settings_screen)  # fmt: skip
        check = [self.registry_check] if self.registry_check in active_workers() else []
        return [o.worker for o in owners if o.worker is not None] + self.audit_view.workers() + check

    def restore_window_state(self) -> None:
        """Size, position and maximised state as the officer left them (kept beside the settings)."""
        qs = self.settings_store.qs
        geometry = qs.value(WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = qs.value(WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_window_state(self) -> None:
        qs = self.settings_store.qs
        qs.setValue(WINDOW_GEOMETRY, self.saveGeometry())
        qs.setValue(WINDOW_STATE, self.saveState())
        qs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self.sources.stop()
        for worker in self.running_workers():
            worker.cancel()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        super().closeEvent(event)
