"""The supervisors' queue: cases officers referred (and, optionally, cases with a verdict left
undecided for too long), newest first. Opening one shows it read-only — verdict, checks with their
reasons, the images, the officer's comment — and the supervisor records the resolution with a
comment. Listing, opening and deciding are core calls, all audited, all in workers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.screens.case_view import CaseView, OpenedCase
from desktop.screens.case_view import open_case as open_stored_case
from desktop.workers import Worker
from verification.accounts import AccountError, User
from verification.cases import Case, CaseError, Decision


class ReferralsScreen(Screen):
    resolved = Signal(object)  # the Case after the supervisor's decision

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.worker: Worker | None = None
        self.cases: list[Case] = []
        self.opened: Case | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        top.addWidget(self.title, 1)
        self.include_stale = QCheckBox()
        self.include_stale.setObjectName("includeStale")
        self.include_stale.setChecked(True)
        top.addWidget(self.include_stale)
        self.stale_hours = QSpinBox()
        self.stale_hours.setObjectName("staleHours")
        self.stale_hours.setRange(1, 24 * 30)
        self.stale_hours.setValue(24)
        top.addWidget(self.stale_hours)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshReferrals")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.message = message_label()
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("referralTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.table.cellActivated.connect(lambda row, _col: self.open_row(row))
        split.addWidget(self.table)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        row = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openReferral")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        row.addWidget(self.open_button)
        row.addStretch(1)
        bl.addLayout(row)
        # The case as the officer saw it (verdict, checks with reasons, pages, portraits, reads),
        # read-only: the supervisor resolves it with the row below.
        self._just_recorded: int | None = None
        self.case_view = CaseView(desk)
        self.case_view.setObjectName("referralCase")
        self.case_view.back_button.setVisible(False)
        bl.addWidget(self.case_view, 1)
        decide_row = QHBoxLayout()
        self.decision_label = QLabel()
        decide_row.addWidget(self.decision_label)
        self.decision = QComboBox()
        self.decision.setObjectName("referralDecision")
        self.decision_label.setBuddy(self.decision)
        decide_row.addWidget(self.decision)
        self.comment_label = QLabel()
        decide_row.addWidget(self.comment_label)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("referralComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(60)
        self.comment_label.setBuddy(self.comment)
        decide_row.addWidget(self.comment, 1)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("recordResolution")
        self.decide_button.clicked.connect(self.record)
        decide_row.addWidget(self.decide_button)
        bl.addLayout(decide_row)
        self.decision_message = message_label()
        self.decision_message.setObjectName("decisionMessage")
        bl.addWidget(self.decision_message)
        split.addWidget(bottom)
        layout.addWidget(split, 1)
        self._set_decidable(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Referrals"))
        self.include_stale.setText(self.tr("Also undecided cases older than (hours):"))
        name(self.include_stale, self.tr("Also undecided cases older than (hours):"))
        name(self.stale_hours, self.tr("Hours undecided"))
        self.stale_hours.setSuffix(self.tr(" h"))
        self.refresh_button.setText(self.tr("&Refresh"))
        name(self.refresh_button, self.tr("Refresh"))
        self.open_button.setText(self.tr("&Open selected case"))
        name(self.open_button, self.tr("Open selected case"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Opened"), self.tr("Officer"),
                                              self.tr("Verdict"), self.tr("Status"), self.tr("Subject")])  # fmt: skip
        name(self.table, self.tr("Cases waiting for a supervisor"))
        self.decision_label.setText(self.tr("&Decision"))
        current = self.decision.currentIndex()
        self.decision.clear()
        self.decision.addItem(self.tr("Accept"), Decision.ACCEPT.value)
        self.decision.addItem(self.tr("Reject"), Decision.REJECT.value)
        self.decision.setCurrentIndex(max(0, current))
        name(self.decision, self.tr("Decision"))
        self.comment_label.setText(self.tr("&Comment"))
        name(self.comment, self.tr("Supervisor's comment"))
        self.decide_button.setText(self.tr("Record &decision"))
        name(self.decide_button, self.tr("Record decision"))
        name(self.decision_message, self.tr("Decision message"))
        if self.cases:
            self._show(self.cases)

    def _set_decidable(self, on: bool) -> None:
        for w in (self.decision, self.comment, self.decide_button):
            w.setEnabled(on)

    def _start(self, worker: Worker) -> None:
        self.worker = worker
        worker.signals.finished.connect(self._done)
        self.refresh_button.setEnabled(False)
        self.open_button.setEnabled(False)
        worker.start()

    def _done(self) -> None:
        self.worker = None
        self.refresh_button.setEnabled(True)
        self.open_button.setEnabled(True)

    # -- the queue -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.user is None or self.worker is not None:
            return
        user, desk = self.user, self.desk
        hours = float(self.stale_hours.value()) if self.include_stale.isChecked() else None

        def run() -> list[Case]:
            with desk.lock:
                return desk.cases.review_queue(user, stale_hours=hours)

        worker = Worker(run, expected=(CaseError, AccountError), name="referrals")
        worker.signals.result.connect(self._show)
        worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self._start(worker)

    def _show(self, cases: list[Case]) -> None:
        self.cases = cases
        self.table.setRowCount(len(cases))
        for r, c in enumerate(cases):
            subject = f"{c.subject.surname} {c.subject.given_names} {c.subject.document_number}".strip()
            status = self.tr("referred") if c.decision == Decision.REFER else self.tr("undecided")
            values = (str(c.id), c.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.officer,
                      c.verdict.value.upper() if c.verdict else "—", status, subject or "—")  # fmt: skip
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 case(s) waiting.").replace("%1", str(len(cases))))

    # -- one case --------------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.open_case(self.cases[row].id)

    def open_case(self, case_id: int) -> None:
        if self.user is None or self.worker is not None:
            return
        worker = Worker(open_stored_case, self.desk, self.user, case_id, expected=(CaseError, AccountError),
                        name="referral-open")  # fmt: skip
        worker.signals.result.connect(self._opened)
        worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self._start(worker)

    def _opened(self, opened: OpenedCase) -> None:
        case = opened.stored.case
        self.opened = case
        self.case_view.user = self.user  # the supervisor may save the report of any case
        self.case_view.show_case(opened)
        self.case_view.back_button.setVisible(False)
        open_ = case.awaiting_review or case.decision is None
        self._set_decidable(open_)
        self.comment.clear()
        if self._just_recorded != case.id:  # keep "Decision recorded" when this is that case, reopened
            self.decision_message.setText("" if open_ else self.tr("This case is resolved."))
        self._just_recorded = None

    def record(self) -> None:
        case = self.opened
        if self.user is None or case is None or self.worker is not None:
            return
        user, desk = self.user, self.desk
        decision = Decision(self.decision.currentData())  # combo data are plain strings
        comment = self.comment.toPlainText()
        referred = case.decision == Decision.REFER

        def run() -> Case:
            with desk.lock:
                if referred:
                    return desk.cases.resolve_referral(user, case.id, decision, comment)
                return desk.cases.decide(user, case.id, decision, comment)

        worker = Worker(run, expected=(CaseError, AccountError), name="referral-decide")
        worker.signals.result.connect(self._recorded)
        worker.signals.failed.connect(lambda exc: self.decision_message.setText(str(exc)))
        self.decide_button.setEnabled(False)
        worker.signals.finished.connect(lambda: self.decide_button.setEnabled(self.opened is not None
                                                                             and self.comment.isEnabled()))  # fmt: skip
        self._start(worker)

    def _recorded(self, case: Case) -> None:
        self.opened = case
        self._just_recorded = case.id
        QTimer.singleShot(0, lambda: self.open_case(case.id))  # show the resolution, once this worker is done
        self._set_decidable(False)
        self.decision_message.setText(self.tr("Decision recorded for case %1.").replace("%1", str(case.id)))
        self.cases = [c for c in self.cases if c.id != case.id]
        self._show(self.cases)
        self.resolved.emit(case)
