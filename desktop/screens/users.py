"""Accounts, for administrators: who has which role, who is locked, who signed in when; adding an
account, resetting a password, locking (disabling) and unlocking, changing a role — all through the
AccountStore (its rules: password policy, the last administrator stays, every change audited) and
in a worker, since argon2id hashing is slow by design. Errors are shown in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from verification.accounts import AccountError, Role, User


def _password_pair() -> tuple[QLineEdit, QLineEdit]:
    a, b = QLineEdit(), QLineEdit()
    for edit in (a, b):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return a, b


class UsersScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.worker: Worker | None = None
        self.users: list[User] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("userTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        # the selected account
        self.selected_box = QGroupBox()
        sel = QFormLayout(self.selected_box)
        self.selected_name = QLabel()
        self.selected_name.setObjectName("selectedUser")
        sel.addRow(self.selected_name)
        role_row = QHBoxLayout()
        self.role = QComboBox()
        self.role.setObjectName("changeRole")
        self.role_button = QPushButton()
        self.role_button.setObjectName("changeRoleButton")
        self.role_button.clicked.connect(self.change_role)
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.role_button)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        sel.addRow(self.role_label, role_row)
        self.reset_pw, self.reset_pw2 = _password_pair()
        self.reset_pw.setObjectName("resetPassword")
        self.reset_pw2.setObjectName("resetPassword2")
        self.reset_label, self.reset2_label = QLabel(), QLabel()
        self.reset_label.setBuddy(self.reset_pw)
        self.reset2_label.setBuddy(self.reset_pw2)
        sel.addRow(self.reset_label, self.reset_pw)
        sel.addRow(self.reset2_label, self.reset_pw2)
        buttons = QHBoxLayout()
        self.reset_button, self.unlock_button, self.lock_button = QPushButton(), QPushButton(), QPushButton()
        self.reset_button.setObjectName("resetPasswordButton")
        self.unlock_button.setObjectName("unlockButton")
        self.lock_button.setObjectName("lockButton")
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_button.clicked.connect(self.lock)
        for b in (self.reset_button, self.unlock_button, self.lock_button):
            buttons.addWidget(b)
        sel.addRow(buttons)
        row.addWidget(self.selected_box, 1)

        # a new account
        self.add_box = QGroupBox()
        form = QFormLayout(self.add_box)
        self.new_username, self.new_display = QLineEdit(), QLineEdit()
        self.new_username.setObjectName("newUsername")
        self.new_display.setObjectName("newDisplayName")
        self.new_role = QComboBox()
        self.new_role.setObjectName("newRole")
        self.new_pw, self.new_pw2 = _password_pair()
        self.new_pw.setObjectName("newPassword")
        self.new_pw2.setObjectName("newPassword2")
        self.add_labels = [QLabel() for _ in range(5)]
        for label, edit in zip(self.add_labels, (self.new_username, self.new_display, self.new_role, self.new_pw,
                                                 self.new_pw2), strict=True):  # fmt: skip
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self.add_user)
        self.new_pw2.returnPressed.connect(self.add_user)
        form.addRow(self.add_button)
        self.add_message = message_label()
        self.add_message.setObjectName("addUserMessage")
        form.addRow(self.add_message)
        row.addWidget(self.add_box, 1)
        layout.addLayout(row)
        self.message = message_label()
        layout.addWidget(self.message)
        self._selected()
        self.retranslate()

    def role_names(self) -> dict[Role, str]:
        return {Role.OFFICER: self.tr("Officer"), Role.SUPERVISOR: self.tr("Supervisor"),
                Role.ADMINISTRATOR: self.tr("Administrator")}  # fmt: skip

    def retranslate(self) -> None:
        self.title.setText(self.tr("Users"))
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("State"), self.tr("Last sign-in")])  # fmt: skip
        name(self.table, self.tr("Accounts"))
        for combo in (self.role, self.new_role):
            current = combo.currentIndex()
            combo.clear()
            for role, text in self.role_names().items():
                combo.addItem(text, role.value)  # combo data are plain strings
            combo.setCurrentIndex(max(0, current))
        self.selected_box.setTitle(self.tr("Selected account"))
        self.role_label.setText(self.tr("R&ole"))
        name(self.role, self.tr("Role of the selected account"))
        self.role_button.setText(self.tr("C&hange role"))
        name(self.role_button, self.tr("Change role"))
        self.reset_label.setText(self.tr("New pass&word"))
        self.reset2_label.setText(self.tr("Repeat new password"))
        name(self.reset_pw, self.tr("New password"))
        name(self.reset_pw2, self.tr("Repeat new password"))
        self.reset_button.setText(self.tr("&Reset password"))
        name(self.reset_button, self.tr("Reset password"))
        self.unlock_button.setText(self.tr("&Unlock"))
        name(self.unlock_button, self.tr("Unlock account"))
        self.lock_button.setText(self.tr("Loc&k (disable)"))
        name(self.lock_button, self.tr("Lock account"))
        self.add_box.setTitle(self.tr("Add an account"))
        texts = (self.tr("User &name"), self.tr("&Display name"), self.tr("Ro&le"), self.tr("&Password"),
                 self.tr("Repeat pa&ssword"))  # fmt: skip
        for label, text, edit in zip(self.add_labels, texts, (self.new_username, self.new_display, self.new_role,
                                                              self.new_pw, self.new_pw2), strict=True):  # fmt: skip
            label.setText(text)
            name(edit, text.replace("&", ""))
        self.add_button.setText(self.tr("&Add account"))
        name(self.add_button, self.tr("Add account"))
        name(self.add_message, self.tr("Add account message"))
        name(self.selected_name, self.tr("Selected account"))
        if self.users:
            self._show(self.users)
        else:
            self._selected()

    # -- listing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._run(lambda by: None, lambda _r: None, name_="users-list")

    def _run(self, change: Callable[[User], object], ok: Callable[[object], None], *, name_: str,
             failed: QLabel | None = None) -> None:  # fmt: skip
        """Do `change` as the signed-in administrator, then list the accounts again — in a worker."""
        if self.user is None or self.worker is not None:
            return
        by, desk = self.user, self.desk

        def run() -> tuple[object, list[User]]:
            result = change(by)
            with desk.lock:
                return result, desk.accounts.list_users(by)

        where = failed or self.message
        self.worker = Worker(run, expected=(AccountError,), name=name_)

        def shown(result: tuple[object, list[User]]) -> None:
            self._show(result[1])
            ok(result[0])

        self.worker.signals.result.connect(shown)
        self.worker.signals.failed.connect(lambda exc: where.setText(str(exc)))
        self.worker.signals.finished.connect(self._done)
        self._busy(True)
        self.worker.start()

    def _done(self) -> None:
        self.worker = None
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.add_button.setEnabled(not busy)
        self._selected()
        if busy:
            for b in (self.role_button, self.reset_button, self.unlock_button, self.lock_button):
                b.setEnabled(False)

    def _state(self, u: User) -> str:
        if u.locked:
            return self.tr("locked (disabled)")
        if u.locked_until is not None:
            return self.tr("locked until %1").replace("%1", u.locked_until.astimezone().strftime("%Y-%m-%d %H:%M"))
        return self.tr("active")

    def _show(self, users: list[User]) -> None:
        keep = self.selected()
        self.users = users
        self.table.setRowCount(len(users))
        roles = self.role_names()
        for r, u in enumerate(users):
            seen = u.last_sign_in.astimezone().strftime("%Y-%m-%d %H:%M") if u.last_sign_in else self.tr("never")
            for col, value in enumerate((u.username, u.display_name, roles[u.role], self._state(u), seen)):
                self.table.setItem(r, col, QTableWidgetItem(value))
            if keep is not None and u.username == keep.username:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self._selected()

    def selected(self) -> User | None:
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.users[row] if rows and 0 <= row < len(self.users) else None

    def select(self, username: str) -> None:
        for r, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(r)

    def _selected(self) -> None:
        u = self.selected() if hasattr(self, "users") else None
        idle = self.worker is None
        self.selected_name.setText(self.tr("No account selected.") if u is None else
                                   f"{u.display_name} ({u.username}) · {self._state(u)}")  # fmt: skip
        if u is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(u.role.value)))
        self.role_button.setEnabled(idle and u is not None)
        self.reset_button.setEnabled(idle and u is not None)
        self.unlock_button.setEnabled(idle and u is not None and (u.locked or u.locked_until is not None))
        self.lock_button.setEnabled(idle and u is not None and not u.locked)

    # -- changes ---------------------------------------------------------------------------------

    def add_user(self) -> None:
        username, display = self.new_username.text().strip(), self.new_display.text().strip()
        password, again = self.new_pw.text(), self.new_pw2.text()
        role = Role(self.new_role.currentData())
        if not username:
            self.add_message.setText(self.tr("Enter a user name."))
            return
        if password != again:
            self.add_message.setText(self.tr("The two passwords differ."))
            return
        self.add_message.setText(self.tr("Adding…"))
        desk = self.desk

        def change(by: User) -> User:
            with desk.lock:  # one connection per store file: held through the hashing too
                return desk.accounts.add_user(by, username, password, role, display)

        def ok(result: object) -> None:
            assert isinstance(result, User)
            for edit in (self.new_username, self.new_display, self.new_pw, self.new_pw2):
                edit.clear()
            self.add_message.setText(self.tr("Account %1 added.").replace("%1", result.username))
            self.select(result.username)

        self._run(change, ok, name_="users-add", failed=self.add_message)

    def _change_selected(self, what: str, change: Callable[[User, str], User], done: str) -> None:
        target = self.selected()
        if target is None:
            return
        desk = self.desk

        def run(by: User) -> User:
            with desk.lock:
                return change(by, target.username)

        def ok(_result: object) -> None:
            self.message.setText(done.replace("%1", target.username))
            self.select(target.username)

        self._run(run, ok, name_=f"users-{what}")

    def unlock(self) -> None:
        self._change_selected("unlock", self.desk.accounts.unlock, self.tr("Account %1 unlocked."))

    def lock(self) -> None:
        self._change_selected("lock", self.desk.accounts.lock, self.tr("Account %1 locked."))

    def change_role(self) -> None:
        role = Role(self.role.currentData())
        accounts = self.desk.accounts
        self._change_selected("role", lambda by, who: accounts.set_role(by, who, role),
                              self.tr("Role of %1 changed."))  # fmt: skip

    def reset_password(self) -> None:
        target = self.selected()
        if target is None:
            return
        password, again = self.reset_pw.text(), self.reset_pw2.text()
        if password != again:
            self.message.setText(self.tr("The two passwords differ."))
            return
        desk = self.desk

        def change(by: User) -> User:
            with desk.lock:
                return desk.accounts.set_password(by, target.username, password)

        def ok(_result: object) -> None:
            self.reset_pw.clear()
            self.reset_pw2.clear()
            self.message.setText(self.tr("Password of %1 reset.").replace("%1", target.username))
            self.select(target.username)

        self._run(change, ok, name_="users-password")
