"""The supervisors' queue: cases officers referred (and, optionally, cases with a verdict left
undecided for too long), newest first. Opening one shows it read-only — verdict, checks with their
reasons, the images, the officer's comment — and the supervisor records the resolution with a
comment. Listing, opening and deciding are core calls, all audited, all in workers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from verification.accounts import AccountError, User
from verification.cases import Case, CaseError, Decision

THUMB = 160


@dataclass(frozen=True)
class OpenedCase:
    case: Case
    images: list[tuple[str, bytes | None]]  # label, bytes (None once purged)


def checks_lines(checks: Any) -> list[str]:
    """The stored check results as lines: each check's status and reason, then the verdict's reasons
    (the pipeline's payload); anything else as JSON, so nothing stored is hidden."""
    if checks is None:
        return []
    if not isinstance(checks, dict) or not isinstance(checks.get("checks", checks.get("reasons")), list):
        return [json.dumps(checks, ensure_ascii=False, sort_keys=True)]
    lines: list[str] = []
    for c in checks.get("checks", []):
        if isinstance(c, dict):
            reason = c.get("reason")
            why = reason.get("text") or reason.get("id", "") if isinstance(reason, dict) else str(reason or "")
            lines.append(f"{str(c.get('status', '?')).upper():5} {c.get('id', '?')}: {why}")
    for r in checks.get("reasons", []):
        if isinstance(r, dict):
            why = r.get("text") or r.get("id", "")
            lines.append(f"→ {str(r.get('leads_to', '')).upper()} {r.get('check', '')}: {why}")
    return lines


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
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("referralDetail")
        self.detail.setReadOnly(True)
        bl.addWidget(self.detail, 1)
        self.thumbs = QWidget()
        self.thumb_row = QHBoxLayout(self.thumbs)
        self.thumb_row.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.thumbs)
        scroll.setFixedHeight(THUMB + 40)
        bl.addWidget(scroll)
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
        name(self.detail, self.tr("Case details"))
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
        user, desk = self.user, self.desk

        def run() -> OpenedCase:
            with desk.lock:
                case = desk.cases.get(user, case_id)
                images = [(i.label, desk.cases.image_bytes(user, case_id, i.sha256)) for i in case.images]
            return OpenedCase(case, images)

        worker = Worker(run, expected=(CaseError, AccountError), name="referral-open")
        worker.signals.result.connect(self._opened)
        worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self._start(worker)

    def _opened(self, opened: OpenedCase) -> None:
        case = opened.case
        self.opened = case
        self.detail.setPlainText(self.case_text(case))
        while self.thumb_row.count() > 1:
            item = self.thumb_row.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for label, data in opened.images:
            thumb = QLabel()
            thumb.setObjectName("thumbnail")
            pix = QPixmap()
            if data is not None and pix.loadFromData(data):
                thumb.setPixmap(pix.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))  # fmt: skip
            else:
                thumb.setText(self.tr("%1 (purged or not an image)").replace("%1", label))
            thumb.setToolTip(label)
            name(thumb, self.tr("Image %1").replace("%1", label))
            self.thumb_row.insertWidget(self.thumb_row.count() - 1, thumb)
        open_ = case.awaiting_review or case.decision is None
        self._set_decidable(open_)
        self.comment.clear()
        self.decision_message.setText("" if open_ else self.tr("This case is resolved."))

    def case_text(self, case: Case) -> str:
        s = case.subject
        lines = [
            self.tr("Case %1 opened %2 by %3").replace("%1", str(case.id)).replace(
                "%2", case.created_at.astimezone().strftime("%Y-%m-%d %H:%M")).replace("%3", case.officer),
            self.tr("Subject: %1").replace("%1", f"{s.surname} {s.given_names} {s.document_number}".strip() or "—"),
            self.tr("Verdict: %1").replace("%1", case.verdict.value.upper() if case.verdict else "—"),
        ]  # fmt: skip
        if case.decision is not None:
            lines.append(self.tr("Officer's decision: %1 by %2").replace("%1", case.decision.value).replace(
                "%2", case.decided_by or "—"))  # fmt: skip
            lines.append(self.tr("Officer's comment: %1").replace("%1", case.comment or "—"))
        else:
            lines.append(self.tr("Not decided yet."))
        if case.review is not None:
            lines.append(self.tr("Resolved: %1 by %2: %3").replace("%1", case.review.decision.value).replace(
                "%2", case.review.reviewed_by).replace("%3", case.review.comment))  # fmt: skip
        checks = checks_lines(case.checks)
        if checks:
            lines.append(self.tr("Checks:"))
            lines.extend(f"    {line}" for line in checks)
        return "\n".join(lines)

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
        self.detail.setPlainText(self.case_text(case))
        self._set_decidable(False)
        self.decision_message.setText(self.tr("Decision recorded for case %1.").replace("%1", str(case.id)))
        self.cases = [c for c in self.cases if c.id != case.id]
        self._show(self.cases)
        self.resolved.emit(case)
