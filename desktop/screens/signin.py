"""Sign-in against the desk's AccountStore (argon2id: slow by design, so in a worker). The same
screen unlocks an idle-locked session: the user name is fixed and only that officer can resume."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.desk import DEMO_ADMIN, DEMO_PASSWORD, DEMO_SUPERVISOR, DEMO_USER, Desk
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from verification.accounts import AccountError, AccountLocked, User


class SignInScreen(Screen):
    signed_in = Signal(object)  # User

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.locked_user: User | None = None
        self.worker: Worker | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(460)
        layout = QVBoxLayout(box)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.button = QPushButton()
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        layout.addWidget(self.button)
        self.message = message_label()
        layout.addWidget(self.message)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(desk.demo)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.demo_hint)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        locked = self.locked_user is not None
        self.title.setText(self.tr("Session locked") if locked else self.tr("Sign in"))
        self.username_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.button.setText(self.tr("Unlock") if locked else self.tr("Sign in"))
        name(self.username, self.tr("User name"))
        name(self.password, self.tr("Password"))
        name(self.button, self.button.text())
        name(self.message, self.tr("Sign-in message"))
        self.demo_hint.setText(self.tr("Demo mode: sign in as %1 (officer), %2 (supervisor) or %3 (administrator), "
                                       "each with the password %4.").replace("%1", DEMO_USER).replace(
            "%2", DEMO_SUPERVISOR).replace("%3", DEMO_ADMIN).replace("%4", DEMO_PASSWORD))  # fmt: skip

    def reset(self, locked_user: User | None = None) -> None:
        """Empty form; with `locked_user`, an unlock form for that officer only."""
        self.locked_user = locked_user
        self.username.setText(locked_user.username if locked_user else "")
        self.username.setReadOnly(locked_user is not None)
        self.password.clear()
        self.message.clear()
        self.retranslate()
        (self.password if locked_user else self.username).setFocus()

    def submit(self) -> None:
        if self.worker is not None:
            return
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.worker = Worker(self.desk.authenticate, username, password, expected=(AccountError,), name="sign-in")
        self.worker.signals.result.connect(self._ok)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.finished.connect(self._done)
        self.worker.start()

    def _ok(self, user: User) -> None:
        self.password.clear()
        self.message.clear()
        self.signed_in.emit(user)

    def _failed(self, exc: AccountError) -> None:
        self.password.clear()
        if isinstance(exc, AccountLocked):
            self.message.setText(self.tr("This account is locked after too many failed attempts. "
                                         "Ask an administrator, or wait and try again."))  # fmt: skip
        else:
            self.message.setText(self.tr("Wrong user name or password."))

    def _done(self) -> None:
        self.worker = None
        self.button.setEnabled(True)
