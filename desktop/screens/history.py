"""Case history: search by name, document, verdict and officer; reopen a case to see what was
read and decided (and decide it, if nobody has yet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from verification.accounts import User
from verification.cases import Case, CaseError, CaseQuery, Verdict

COLUMNS = 6


class HistoryScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.worker: Worker | None = None
        self.cases: list[Case] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.name_edit, self.document_edit, self.officer_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_edit.setObjectName("searchName")
        self.document_edit.setObjectName("searchDocument")
        self.officer_edit.setObjectName("searchOfficer")
        self.verdict = QComboBox()
        self.verdict.setObjectName("searchVerdict")
        self.labels = [QLabel() for _ in range(4)]
        for col, (label, edit) in enumerate(zip(self.labels, (self.name_edit, self.document_edit, self.verdict,
                                                             self.officer_edit), strict=True)):  # fmt: skip
            label.setBuddy(edit)
            grid.addWidget(label, 0, col)
            grid.addWidget(edit, 1, col)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.search)
        grid.addWidget(self.search_button, 1, 4)
        layout.addLayout(grid)
        self.message = message_label()
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("caseTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.reopen(row))
        split.addWidget(self.table)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        row = QHBoxLayout()
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(lambda: self.reopen(self.table.currentRow()))
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        bl.addLayout(row)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("caseDetail")
        self.detail.setReadOnly(True)
        bl.addWidget(self.detail)
        split.addWidget(bottom)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Case history"))
        texts = (self.tr("Name"), self.tr("Document"), self.tr("Verdict"), self.tr("Officer"))
        for label, text, edit in zip(self.labels, texts, (self.name_edit, self.document_edit, self.verdict,
                                                          self.officer_edit), strict=True):  # fmt: skip
            label.setText(text)
            name(edit, text)
        current = self.verdict.currentIndex()
        self.verdict.clear()
        self.verdict.addItem(self.tr("any"), None)
        for v in Verdict:
            self.verdict.addItem(v.value.upper(), v)
        self.verdict.setCurrentIndex(max(0, current))
        self.search_button.setText(self.tr("Search"))
        name(self.search_button, self.tr("Search"))
        self.reopen_button.setText(self.tr("Reopen selected case"))
        name(self.reopen_button, self.tr("Reopen selected case"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Opened"), self.tr("Officer"),
                                              self.tr("Verdict"), self.tr("Decision"), self.tr("Subject")])  # fmt: skip
        name(self.table, self.tr("Cases found"))
        name(self.detail, self.tr("Case details"))

    def search(self) -> None:
        if self.user is None or self.worker is not None:
            return
        query = CaseQuery(
            name=self.name_edit.text().strip() or None,
            document=self.document_edit.text().strip() or None,
            verdict=self.verdict.currentData(),
            officer=self.officer_edit.text().strip() or None,
        )
        user, desk = self.user, self.desk

        def run() -> list[Case]:
            with desk.lock:
                return desk.cases.search(user, query)

        self.worker = Worker(run, expected=(CaseError,), name="case-search")
        self.worker.signals.result.connect(self._show)
        self.worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self.worker.signals.finished.connect(self._done)
        self.search_button.setEnabled(False)
        self.worker.start()

    def _done(self) -> None:
        self.worker = None
        self.search_button.setEnabled(True)

    def _show(self, cases: list[Case]) -> None:
        self.cases = cases
        self.table.setRowCount(len(cases))
        for r, c in enumerate(cases):
            subject = f"{c.subject.surname} {c.subject.given_names} {c.subject.document_number}".strip()
            values = (str(c.id), c.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.officer,
                      c.verdict.value.upper() if c.verdict else "—",
                      c.decision.value if c.decision else self.tr("undecided"), subject or "—")  # fmt: skip
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 case(s) found.").replace("%1", str(len(cases))))

    def reopen(self, row: int) -> None:
        if self.user is None or not 0 <= row < len(self.cases):
            return
        with self.desk.lock:  # one indexed row and its reads: fast
            case = self.desk.cases.get(self.user, self.cases[row].id)
        self.detail.setPlainText(self.case_text(case))


    def case_text(self, case: Case) -> str:
        s = case.subject
        lines = [
            self.tr("Case %1 opened %2 by %3").replace("%1", str(case.id)).replace(
                "%2", case.created_at.astimezone().strftime("%Y-%m-%d %H:%M")).replace("%3", case.officer),
            self.tr("Subject: %1").replace("%1", f"{s.surname} {s.given_names} {s.document_number}".strip() or "—"),
            self.tr("Verdict: %1").replace("%1", case.verdict.value.upper() if case.verdict else "—"),
            self.tr("Decision: %1").replace("%1", f"{case.decision.value} ({case.decided_by}): {case.comment or ''}"
                                      if case.decision else self.tr("undecided")),
            self.tr("Images: %1").replace("%1", ", ".join(i.label for i in case.images) or "—"),
        ]  # fmt: skip
        for read in case.reads:
            if read.kind == "mrz":
                p = read.payload
                lines.append(f"MRZ {p.get('file', '')} p{int(p.get('page', 0)) + 1}: "
                             f"{'valid' if p.get('valid') else 'NOT valid'}")  # fmt: skip
                lines.extend(f"    {line}" for line in p.get("lines", []))
        return "\n".join(lines)
