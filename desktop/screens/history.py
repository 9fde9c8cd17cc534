"""Case history: search by name, document number, dates, verdict and (supervisors) officer; the
decision column shows the final decision, a supervisor's resolution marked, and open referrals as
awaiting a supervisor. Opening a case (double-click, Enter or the Open button) shows it whole in
the case view, read in a worker; Back returns to the list. Officers only ever get their own cases
(the case store enforces it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.screens.case_view import CaseView, OpenedCase, open_case
from desktop.workers import Worker
from verification.accounts import AccountError, User, can_see_all_cases
from verification.cases import Case, CaseError, CaseQuery, Decision, Verdict

COLUMNS = 6
DECISION_COLUMN = 4
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" (their minimum, shown as the special text)


def _date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


def _date(edit: QDateEdit) -> dt.date | None:
    d = edit.date()
    return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())


class HistoryScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._user: User | None = None
        self.worker: Worker | None = None
        self.cases: list[Case] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.name_edit, self.document_edit, self.officer_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_edit.setObjectName("searchName")
        self.document_edit.setObjectName("searchDocument")
        self.officer_edit.setObjectName("searchOfficer")
        self.date_from, self.date_to = _date_edit("searchFrom"), _date_edit("searchTo")
        self.verdict = QComboBox()
        self.verdict.setObjectName("searchVerdict")
        self.fields: tuple[QWidget, ...] = (self.name_edit, self.document_edit, self.date_from, self.date_to,
                                            self.verdict, self.officer_edit)  # fmt: skip
        self.labels = [QLabel() for _ in self.fields]
        for col, (label, edit) in enumerate(zip(self.labels, self.fields, strict=True)):
            label.setBuddy(edit)
            grid.addWidget(label, 0, col)
            grid.addWidget(edit, 1, col)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.search)
        grid.addWidget(self.search_button, 1, len(self.fields))
        layout.addLayout(grid)
        self.message = message_label()
        layout.addWidget(self.message)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("caseTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Enter (and, by the style, a double-click) activates a row; both lead to the case view.
        self.table.cellActivated.connect(lambda row, _col: self.reopen(row))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.reopen(row))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(lambda: self.reopen(self.table.currentRow()))
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pages.addWidget(self.list_page)
        self.case_view = CaseView(desk)
        self.case_view.back_requested.connect(self.show_list)
        self.case_view.decided.connect(self._case_decided)
        self.pages.addWidget(self.case_view)
        self.retranslate()
        self._officer_filter()

    @property
    def user(self) -> User | None:
        return self._user

    @user.setter
    def user(self, user: User | None) -> None:
        """A new session sees nothing of the last one's list or case."""
        changed = user is None or self._user is None or user.username != self._user.username
        self._user = user
        self.case_view.user = user
        if changed:
            self.cases = []
            self.table.setRowCount(0)
            self.message.clear()
            self.case_view.clear()
            self.pages.setCurrentWidget(self.list_page)
        self._officer_filter()

    def _officer_filter(self) -> None:
        """Only supervisors (and administrators) see other officers' cases: only they filter by officer."""
        allowed = self._user is not None and can_see_all_cases(self._user)
        self.officer_edit.setVisible(allowed)
        self.labels[-1].setVisible(allowed)
        if not allowed:
            self.officer_edit.clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Case history"))
        texts = (self.tr("Name"), self.tr("Document number"), self.tr("Opened from"), self.tr("Opened to"),
                 self.tr("Verdict"), self.tr("Officer"))  # fmt: skip
        for label, text, edit in zip(self.labels, texts, self.fields, strict=True):
            label.setText(text)
            name(edit, text)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        current = self.verdict.currentIndex()
        self.verdict.clear()
        self.verdict.addItem(self.tr("any"), None)
        for v in Verdict:
            self.verdict.addItem(v.value.upper(), v.value)
        self.verdict.setCurrentIndex(max(0, current))
        self.search_button.setText(self.tr("Search"))
        name(self.search_button, self.tr("Search"))
        self.reopen_button.setText(self.tr("Open selected case"))
        name(self.reopen_button, self.tr("Open selected case"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Opened"), self.tr("Officer"),
                                              self.tr("Verdict"), self.tr("Decision"), self.tr("Subject")])  # fmt: skip
        name(self.table, self.tr("Cases found"))
        if self.cases:
            self._show(self.cases)

    def decision_text(self, case: Case) -> str:
        """The final decision: a supervisor's resolution marked as such, an open referral as awaiting."""
        words = {Decision.ACCEPT: self.tr("accept"), Decision.REJECT: self.tr("reject"),
                 Decision.REFER: self.tr("refer")}  # fmt: skip
        if case.review is not None:
            return self.tr("%1 (supervisor %2)").replace("%1", words[case.review.decision]).replace(
                "%2", case.review.reviewed_by)  # fmt: skip
        if case.awaiting_review:
            return self.tr("refer — awaiting supervisor")
        return words[case.decision] if case.decision is not None else self.tr("undecided")

    def search(self) -> None:
        if self.user is None or self.worker is not None:
            return
        verdict = self.verdict.currentData()
        query = CaseQuery(
            name=self.name_edit.text().strip() or None,
            document=self.document_edit.text().strip() or None,
            created_from=_date(self.date_from),
            created_to=_date(self.date_to),
            verdict=Verdict(verdict) if verdict else None,  # combo data come back as plain strings
            officer=(self.officer_edit.text().strip() or None) if self.officer_edit.isVisibleTo(self) else None,
        )
        user, desk = self.user, self.desk

        def run() -> list[Case]:
            with desk.lock:
                return desk.cases.search(user, query)

        self.worker = Worker(run, expected=(CaseError, AccountError), name="case-search")
        self.worker.signals.result.connect(self._show)
        self.worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self.worker.signals.finished.connect(self._done)
        self.search_button.setEnabled(False)
        self.worker.start()

    def _done(self) -> None:
        self.worker = None
        self.search_button.setEnabled(True)
        self.reopen_button.setEnabled(True)

    def _show(self, cases: list[Case]) -> None:
        self.cases = cases
        self.table.setRowCount(len(cases))
        for r, c in enumerate(cases):
            self._fill_row(r, c)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 case(s) found.").replace("%1", str(len(cases))))

    def _fill_row(self, r: int, c: Case) -> None:
        subject = f"{c.subject.surname} {c.subject.given_names} {c.subject.document_number}".strip()
        values = (str(c.id), c.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.officer,
                  c.verdict.value.upper() if c.verdict else "—", self.decision_text(c), subject or "—")  # fmt: skip
        for col, value in enumerate(values):
            self.table.setItem(r, col, QTableWidgetItem(value))

    # -- one case --------------------------------------------------------------------------------

    def reopen(self, row: int) -> None:
        """Open the case of this row in the case view (read in a worker: the case and its images)."""
        if self._user is None or self.worker is not None or not 0 <= row < len(self.cases):
            return
        user, desk, case_id = self._user, self.desk, self.cases[row].id
        self.worker = Worker(open_case, desk, user, case_id, expected=(CaseError, AccountError), name="case-open")
        self.worker.signals.result.connect(self._opened)
        self.worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self.worker.signals.finished.connect(self._done)
        self.search_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.message.setText(self.tr("Opening case %1…").replace("%1", str(case_id)))
        self.worker.start()

    def _opened(self, opened: OpenedCase) -> None:
        if self._user is None:  # signed out meanwhile
            return
        self.message.clear()
        self.case_view.show_case(opened)
        self.pages.setCurrentWidget(self.case_view)
        self.case_view.back_button.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()

    def _case_decided(self, case: Case) -> None:
        for r, c in enumerate(self.cases):
            if c.id == case.id:
                self.cases[r] = case
                self._fill_row(r, case)
