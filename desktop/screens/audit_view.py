"""The audit trail for supervisors and administrators: entries a page at a time (newest first,
filtered by actor, action and UTC date — so a trail of 100 000 entries never loads at once), the
chain check as a banner (intact, or tampered at seq N and what is wrong), and the export as JSON
Lines with a signed checkpoint, as `tekseru audit verify|export` do."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
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
from verification.accounts import AccountError, User, can_export_audit, require
from verification.audit import AuditError, ChainReport, ExportResult, export_trail

PAGE = 200
SUMMARY_CHARS = 160


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    date_from: dt.date | None = None  # UTC, inclusive
    date_to: dt.date | None = None  # UTC, inclusive


@dataclass(frozen=True)
class AuditRow:
    seq: int
    time: str
    actor: str
    action: str
    details: str  # the stored canonical JSON


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    before: int | None  # the page's keyset: entries with seq < before (None: from the head)
    more: bool  # older entries exist beyond this page


def read_page(path: Path, flt: AuditFilter, before: int | None, size: int = PAGE) -> AuditPage:
    """One page, newest first, on its own read-only connection (appends go on meanwhile). Keyset
    paging on seq, so every page costs the same however deep into the trail it is."""
    where: list[str] = ["seq < ?"]
    params: list[object] = [before if before is not None else 2**63 - 1]
    if flt.actor.strip():
        where.append("actor = ?")
        params.append(flt.actor.strip())
    if flt.action.strip():
        where.append("action = ?")
        params.append(flt.action.strip())
    if flt.date_from is not None:
        where.append("time >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        where.append("time < ?")
        params.append((flt.date_to + dt.timedelta(days=1)).isoformat())
    sql = (f"SELECT seq, time, actor, action, details FROM entries WHERE {' AND '.join(where)} "
           f"ORDER BY seq DESC LIMIT {size + 1}")  # fmt: skip
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
        try:
            found = conn.execute(sql, params).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise AuditError(f"cannot read the audit trail {path}: {exc}") from exc
    rows = [AuditRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in found[:size]]
    return AuditPage(rows, before, len(found) > size)


def known_actions(path: Path) -> list[str]:
    """Distinct actions (the (action, seq) index makes this a quick skip-scan)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
        try:
            return [str(r[0]) for r in conn.execute("SELECT DISTINCT action FROM entries ORDER BY action")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise AuditError(f"cannot read the audit trail {path}: {exc}") from exc


def summarise(details_json: str) -> str:
    """`key=value, …` of what the entry holds (registry queries are already digests in the trail)."""
    try:
        details = json.loads(details_json)
    except ValueError:
        return details_json[:SUMMARY_CHARS]
    if not isinstance(details, dict):
        return str(details)[:SUMMARY_CHARS]
    parts = []
    for key, value in details.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        parts.append(f"{key}={text}")
    out = ", ".join(parts)
    return out if len(out) <= SUMMARY_CHARS else out[: SUMMARY_CHARS - 1] + "…"


def export_with_checkpoint(desk: Desk, user: User, out: Path) -> ExportResult:
    """The CLI's export, plus the signed checkpoint beside it (to send on its own channel)."""
    require(can_export_audit(user), user, "export the audit trail")
    result = export_trail(desk.audit, out, user.username)
    side = out.with_name(out.name + ".checkpoint.json")
    fd = os.open(side, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps(result.checkpoint.to_json(), sort_keys=True) + "\n")
    return result


class AuditScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.worker: Worker | None = None  # page loading
        self.verify_worker: Worker | None = None
        self.export_worker: Worker | None = None
        self.report: ChainReport | None = None
        self.page: AuditPage | None = None
        self.history: list[int | None] = []  # keysets of the newer pages, to go back
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        top.addWidget(self.title, 1)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        top.addWidget(self.verify_button)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportAudit")
        self.export_button.clicked.connect(self.choose_export)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.banner = QLabel()
        self.banner.setObjectName("chainBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        grid = QGridLayout()
        self.actor = QLineEdit()
        self.actor.setObjectName("auditActor")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.setEditable(True)
        self.use_from, self.use_to = QCheckBox(), QCheckBox()
        self.use_from.setObjectName("auditUseFrom")
        self.use_to.setObjectName("auditUseTo")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, check, obj in ((self.date_from, self.use_from, "auditFrom"), (self.date_to, self.use_to, "auditTo")):
            edit.setObjectName(obj)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.actor_label, self.action_label = QLabel(), QLabel()
        self.actor_label.setBuddy(self.actor)
        self.action_label.setBuddy(self.action)
        grid.addWidget(self.actor_label, 0, 0)
        grid.addWidget(self.actor, 1, 0)
        grid.addWidget(self.action_label, 0, 1)
        grid.addWidget(self.action, 1, 1)
        grid.addWidget(self.use_from, 0, 2)
        grid.addWidget(self.date_from, 1, 2)
        grid.addWidget(self.use_to, 0, 3)
        grid.addWidget(self.date_to, 1, 3)
        self.filter_button = QPushButton()
        self.filter_button.setObjectName("auditFilter")
        self.filter_button.clicked.connect(self.apply_filter)
        self.actor.returnPressed.connect(self.apply_filter)
        grid.addWidget(self.filter_button, 1, 4)
        layout.addLayout(grid)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        nav = QHBoxLayout()
        self.newer_button, self.older_button = QPushButton(), QPushButton()
        self.newer_button.setObjectName("auditNewer")
        self.older_button.setObjectName("auditOlder")
        self.newer_button.clicked.connect(self.newer)
        self.older_button.clicked.connect(self.older)
        self.page_label = QLabel()
        self.page_label.setObjectName("auditPageLabel")
        nav.addWidget(self.newer_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.older_button)
        layout.addLayout(nav)
        self.message = message_label()
        layout.addWidget(self.message)
        self._nav_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit trail"))
        self.verify_button.setText(self.tr("&Verify chain"))
        name(self.verify_button, self.tr("Verify chain"))
        self.export_button.setText(self.tr("E&xport…"))
        name(self.export_button, self.tr("Export audit trail"))
        self.actor_label.setText(self.tr("Ac&tor"))
        name(self.actor, self.tr("Actor"))
        self.action_label.setText(self.tr("Actio&n"))
        name(self.action, self.tr("Action"))
        line = self.action.lineEdit()
        if line is not None:
            name(line, self.tr("Action"))
        self.use_from.setText(self.tr("From (UTC)"))
        name(self.use_from, self.tr("Filter from date"))
        name(self.date_from, self.tr("From date"))
        self.use_to.setText(self.tr("To (UTC)"))
        name(self.use_to, self.tr("Filter to date"))
        name(self.date_to, self.tr("To date"))
        self.filter_button.setText(self.tr("&Filter"))
        name(self.filter_button, self.tr("Filter"))
        self.newer_button.setText(self.tr("‹ Ne&wer"))
        name(self.newer_button, self.tr("Newer entries"))
        self.older_button.setText(self.tr("O&lder ›"))
        name(self.older_button, self.tr("Older entries"))
        self.table.setHorizontalHeaderLabels([self.tr("Seq"), self.tr("Time (UTC)"), self.tr("Actor"),
                                              self.tr("Action"), self.tr("Details")])  # fmt: skip
        name(self.table, self.tr("Audit entries"))
        name(self.banner, self.tr("Chain check result"))
        name(self.page_label, self.tr("Page"))
        self._show_report()
        self._show_page_label()

    # -- entries ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Shown: first page from the head, and the chain check."""
        if self.user is None:
            return
        self.export_button.setVisible(can_export_audit(self.user))
        self.history = []
        self._load(None)
        self.verify()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor=self.actor.text(),
            action=self.action.currentText(),
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,  # type: ignore[arg-type]
        )

    def apply_filter(self) -> None:
        self.history = []
        self._load(None)

    def older(self) -> None:
        if self.page is None or not self.page.more or not self.page.rows:
            return
        self.history.append(self.page.before)
        self._load(self.page.rows[-1].seq)

    def newer(self) -> None:
        if self.history:
            self._load(self.history.pop())

    def _load(self, before: int | None) -> None:
        if self.user is None or self.worker is not None:
            return
        path, flt, with_actions = self.desk.audit.path, self.current_filter(), self.action.count() == 0

        def run() -> tuple[AuditPage, list[str] | None]:
            return read_page(path, flt, before), known_actions(path) if with_actions else None

        self.worker = Worker(run, expected=(AuditError,), name="audit-page")
        self.worker.signals.result.connect(self._show_page)
        self.worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self.worker.signals.finished.connect(self._page_done)
        self._nav_enabled()
        self.worker.start()

    def _page_done(self) -> None:
        self.worker = None
        self._nav_enabled()

    def _nav_enabled(self) -> None:
        idle = self.worker is None
        self.newer_button.setEnabled(idle and bool(self.history))
        self.older_button.setEnabled(idle and self.page is not None and self.page.more)
        self.filter_button.setEnabled(idle)

    def _show_page(self, result: tuple[AuditPage, list[str] | None]) -> None:
        page, actions = result
        if actions is not None:
            typed = self.action.currentText()
            self.action.addItem("")
            self.action.addItems(actions)
            self.action.setCurrentText(typed)
        self.page = page
        self.table.setRowCount(len(page.rows))
        for r, row in enumerate(page.rows):
            for col, value in enumerate((str(row.seq), row.time, row.actor, row.action, summarise(row.details))):
                item = QTableWidgetItem(value)
                if col == 4:
                    item.setToolTip(row.details if len(row.details) < 2000 else row.details[:2000] + "…")
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self._show_page_label()
        self._nav_enabled()

    def _show_page_label(self) -> None:
        if self.page is None or not self.page.rows:
            self.page_label.setText(self.tr("No entries match."))
            return
        self.page_label.setText(
            self.tr("Entries %1 to %2 (page %3)")
            .replace("%1", str(self.page.rows[-1].seq))
            .replace("%2", str(self.page.rows[0].seq))
            .replace("%3", str(len(self.history) + 1))
        )

    # -- chain check -----------------------------------------------------------------------------

    def verify(self) -> None:
        if self.user is None or self.verify_worker is not None:
            return
        self.verify_worker = Worker(self.desk.audit.verify, expected=(AuditError,), name="audit-verify")
        self.verify_worker.signals.result.connect(self._verified)
        self.verify_worker.signals.failed.connect(lambda exc: self.banner.setText("⚠ " + str(exc)))
        self.verify_worker.signals.finished.connect(self._verify_done)
        self.verify_button.setEnabled(False)
        self.report = None
        self.banner.setProperty("state", "checking")
        self.banner.setText(self.tr("Checking the chain…"))
        self.verify_worker.start()

    def _verify_done(self) -> None:
        self.verify_worker = None
        self.verify_button.setEnabled(True)

    def _verified(self, report: ChainReport) -> None:
        self.report = report
        self._show_report()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        if report.problem is None:
            cp = report.checked_against
            tail = (self.tr("holds the checkpoint at seq %1").replace("%1", str(cp["seq"])) if cp
                    else self.tr("no checkpoint issued yet"))  # fmt: skip
            self.banner.setText("✔ " + self.tr("Audit trail intact: %1 entries, head seq %2; %3").replace(
                "%1", str(report.entries)).replace("%2", str(report.head_seq)).replace("%3", tail))  # fmt: skip
            self.banner.setProperty("state", "intact")
        else:
            p = report.problem
            self.banner.setText("✖ " + self.tr("Audit trail TAMPERED at seq %1 (%2): %3").replace(
                "%1", str(p.seq)).replace("%2", p.kind).replace("%3", p.message))  # fmt: skip
            self.banner.setProperty("state", "tampered")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # -- export ----------------------------------------------------------------------------------

    def choose_export(self) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit trail"), f"audit-{stamp}.jsonl",
                                              self.tr("JSON Lines (*.jsonl);;All files (*)"))  # fmt: skip
        if path:
            self.export(Path(path))

    def export(self, out: Path) -> None:
        if self.user is None or self.export_worker is not None:
            return
        self.export_worker = Worker(export_with_checkpoint, self.desk, self.user, out,
                                    expected=(AuditError, AccountError, OSError), name="audit-export")  # fmt: skip
        self.export_worker.signals.result.connect(self._exported)
        self.export_worker.signals.failed.connect(
            lambda exc: self.message.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
        )
        self.export_worker.signals.finished.connect(self._export_done)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.export_worker.start()

    def _export_done(self) -> None:
        self.export_worker = None
        self.export_button.setEnabled(True)

    def _exported(self, result: ExportResult) -> None:
        self.history = []
        self._load(None)  # the export and its checkpoint are entries too
        self.message.setText(
            self.tr("Exported %1 entries to %2 with a checkpoint signed at seq %3 (SHA-256 %4).")
            .replace("%1", str(result.entries))
            .replace("%2", str(result.path))
            .replace("%3", str(result.checkpoint.seq))
            .replace("%4", result.sha256[:16] + "…")
        )

    def workers(self) -> list[Worker]:
        return [w for w in (self.worker, self.verify_worker, self.export_worker) if w is not None]
