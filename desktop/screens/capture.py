"""Capture: documents come in by the open-file dialog or by drag and drop; pages are loaded and
read in a worker, and each result appears as soon as it exists — the page with the MRZ outlined,
the MRZ lines and fields, every check, the registry look-up. Then the officer's decision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.capture_flow import (
    IMAGE_SUFFIXES,
    CaseOpened,
    FileFailed,
    FileStarted,
    MrzResult,
    PageLoaded,
    RegistryResult,
    accepted,
    read_documents,
)
from desktop.desk import Desk
from desktop.page_view import PageView
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from ocr.mrz.model import MrzRead
from verification.accounts import AccountError, User
from verification.cases import CaseError, Decision
from verification.cases.model import MIN_COMMENT

FIELD_LABELS = {
    "document_code": QT_TRANSLATE_NOOP("PageResult", "Document code"),
    "issuing_state": QT_TRANSLATE_NOOP("PageResult", "Issuing state"),
    "surname": QT_TRANSLATE_NOOP("PageResult", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("PageResult", "Given names"),
    "document_number": QT_TRANSLATE_NOOP("PageResult", "Document number"),
    "nationality": QT_TRANSLATE_NOOP("PageResult", "Nationality"),
    "birth_date": QT_TRANSLATE_NOOP("PageResult", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("PageResult", "Sex"),
    "expiry_date": QT_TRANSLATE_NOOP("PageResult", "Date of expiry"),
    "optional_data": QT_TRANSLATE_NOOP("PageResult", "Optional data"),
}


class PageResult(QFrame):
    """One page: the image on the left, the read and the look-up on the right."""

    def __init__(self, loaded: PageLoaded, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file, self.page_index = loaded.file, loaded.page.index
        self.read: MrzRead | None = None
        layout = QHBoxLayout(self)
        self.view = PageView(loaded.page)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        right.addWidget(self.heading)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        self.lines = QLabel()
        mono = QFont("OCR-B")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFamilies(["OCR-B", "OCRB", "DejaVu Sans Mono", "monospace"])
        self.lines.setFont(mono)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.lines)
        self.fields = QFormLayout()
        right.addLayout(self.fields)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        right.addWidget(self.checks)
        self.registry = QLabel()
        self.registry.setObjectName("registryResult")
        self.registry.setWordWrap(True)
        self.registry.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.registry)
        right.addStretch(1)
        layout.addLayout(right, 1)
        self.registry_result: RegistryResult | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("%1 — page %2").replace("%1", Path(self.file).name).replace(
            "%2", str(self.page_index + 1)))  # fmt: skip
        name(self.view, self.tr("Page image with the machine readable zone outlined"))
        name(self.lines, self.tr("MRZ lines"))
        name(self.registry, self.tr("Registry look-up"))
        if self.read is None:
            self.status.setText(self.tr("Reading the machine readable zone…"))
        else:
            self.show_read(self.read)
        if self.registry_result is not None:
            self.show_registry(self.registry_result)

    def show_read(self, read: MrzRead) -> None:
        self.read = read
        if read.box:
            self.view.outline(read.box)
        while self.fields.rowCount():
            self.fields.removeRow(0)
        if not read.found:
            self.status.setText(self.tr("No machine readable zone found on this page."))
            self.lines.clear()
            self.checks.clear()
            return
        verdict = self.tr("valid") if read.valid else self.tr("NOT valid")
        self.status.setText(self.tr("MRZ %1, %2 (%3 s)").replace("%1", str(read.format or "")).replace(
            "%2", verdict).replace("%3", f"{read.seconds:.2f}"))  # fmt: skip
        self.status.setProperty("ok", read.valid)
        self.lines.setText("\n".join(read.lines))
        if read.fields is not None:
            for key, label in FIELD_LABELS.items():
                value = QLabel(str(getattr(read.fields, key, "") or "—"))
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                text = self.tr(label)
                name(value, text)
                self.fields.addRow(text, value)
        marks = [f"{'✔' if ok else '✘'} {check}" for check, ok in read.checks.items()]
        problems = [f"⚠ {p}" for p in read.problems]
        self.checks.setText(self.tr("Checks:") + "\n" + "\n".join(marks + problems))
        name(self.checks, self.tr("Checks"))

    def show_registry(self, result: RegistryResult) -> None:
        self.registry_result = result
        warn = "" if result.freshness.fresh else "⚠ " + self.tr("Registry data is not current:") + " " \
            + result.freshness.message() + "\n"  # fmt: skip
        if not result.persons:
            self.registry.setText(warn + self.tr("Registry: no record for document %1.").replace(
                "%1", result.document_number))  # fmt: skip
            return
        out = []
        for p in result.persons:
            names = "; ".join(f"{n.surname} {n.given_names}".strip() for n in p.names)
            status = p.current_status
            st = "—" if status is None else f"{status.state.value} {status.since.isoformat()}"
            out.append(self.tr("Registry: %1 %2 — %3, born %4, citizenship %5").replace("%1", p.partner_state)
                       .replace("%2", p.partner_id).replace("%3", names).replace("%4", p.birth_date.isoformat())
                       .replace("%5", st))  # fmt: skip
        self.registry.setText(warn + "\n".join(out))


class CaptureScreen(Screen):
    case_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.max_age_days = 30.0
        self.worker: Worker | None = None
        self.case_id: int | None = None
        self.decided = False
        self.results: dict[tuple[str, int], PageResult] = {}
        self.failures: list[FileFailed] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        top.addWidget(self.title, 1)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.choose_files)
        top.addWidget(self.open_button)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_case)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("dropZone")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setMinimumHeight(60)
        layout.addWidget(self.drop_hint)
        self.progress = QProgressBar()
        self.progress.setObjectName("captureProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        holder = QWidget()
        self.results_layout = QVBoxLayout(holder)
        self.results_layout.addStretch(1)
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self._decision_panel())
        self.retranslate()
        self._update_decision()

    def _decision_panel(self) -> QWidget:
        box = QFrame()
        box.setObjectName("decisionPanel")
        grid = QGridLayout(box)
        self.decision_title = QLabel()
        self.decision_title.setObjectName("cardTitle")
        grid.addWidget(self.decision_title, 0, 0, 1, 4)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaximumHeight(60)
        grid.addWidget(self.comment, 1, 0, 1, 4)
        self.decision_buttons: dict[Decision, QPushButton] = {}
        for col, decision in enumerate((Decision.ACCEPT, Decision.REJECT, Decision.REFER)):
            button = QPushButton()
            button.setObjectName(f"decide_{decision.value}")
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.decision_buttons[decision] = button
            grid.addWidget(button, 2, col)
        self.decision_message = message_label()
        grid.addWidget(self.decision_message, 3, 0, 1, 4)
        return box

    def retranslate(self) -> None:
        self.title.setText(self.tr("New verification"))
        self.open_button.setText(self.tr("Open documents…"))
        name(self.open_button, self.tr("Open documents"))
        self.new_button.setText(self.tr("Start a new case"))
        name(self.new_button, self.tr("Start a new case"))
        self.drop_hint.setText(self.tr("Drop the passport and certificate here (images or PDF), or open them."))
        name(self.drop_hint, self.tr("Drop zone for document files"))
        name(self.progress, self.tr("Reading progress"))
        name(self.scroll, self.tr("Results"))
        self.decision_title.setText(self.tr("Officer's decision"))
        self.comment.setPlaceholderText(self.tr("Comment (required, at least %1 characters, when the decision "
                                                "differs from the verdict or there is no verdict)").replace(
                                                    "%1", str(MIN_COMMENT)))  # fmt: skip
        name(self.comment, self.tr("Decision comment"))
        labels = {Decision.ACCEPT: self.tr("Accept"), Decision.REJECT: self.tr("Reject"),
                  Decision.REFER: self.tr("Refer")}  # fmt: skip
        for decision, button in self.decision_buttons.items():
            button.setText(labels[decision])
            name(button, labels[decision])
        for card in self.results.values():
            card.retranslate()

    # -- input -----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Open documents"), "",
                                                self.tr("Images and PDF (%1)").replace("%1", patterns))  # fmt: skip
        if files:
            self.read_files(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and accepted(u.toLocalFile()) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.read_files(files)

    # -- work ------------------------------------------------------------------------------------

    def read_files(self, files: list[str]) -> None:
        if self.user is None:
            return
        if self.worker is not None:
            self.message.setText(self.tr("Still reading the previous documents; please wait."))
            return
        if self.decided:
            self.new_case()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.message.setText(self.tr("Reading…"))
        self.worker = Worker(read_documents, self.desk, self.user, files, self.max_age_days, self.case_id,
                             expected=(AccountError,), name="capture")  # fmt: skip
        self.worker.signals.failed.connect(lambda exc: self.message.setText(str(exc)))
        self.worker.signals.progress.connect(self._event)
        self.worker.signals.finished.connect(self._finished)
        self.worker.start()
        self._update_decision()

    def _event(self, event: object) -> None:
        if isinstance(event, FileStarted):
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.index)
            self.message.setText(self.tr("Reading %1…").replace("%1", Path(event.file).name))
        elif isinstance(event, FileFailed):
            self.failures.append(event)
            self.message.setText(self.tr("Could not read %1: %2").replace("%1", Path(event.file).name)
                                 .replace("%2", event.message))  # fmt: skip
        elif isinstance(event, CaseOpened):
            self.case_id = event.case_id
            self.case_changed.emit()
        elif isinstance(event, PageLoaded):
            card = PageResult(event)
            self.results[(event.file, event.page.index)] = card
            self.results_layout.insertWidget(self.results_layout.count() - 1, card)
        elif isinstance(event, MrzResult):
            self.results[(event.file, event.page_index)].show_read(event.read)
        elif isinstance(event, RegistryResult):
            self.results[(event.file, event.page_index)].show_registry(event)

    def _finished(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        if self.case_id is not None and (not self.failures or self.results):
            self.message.setText(self.tr("Case %1: %2 page(s) read.").replace("%1", str(self.case_id or "—"))
                                 .replace("%2", str(len(self.results))))  # fmt: skip
        self._update_decision()
        self.case_changed.emit()

    def busy(self) -> bool:
        return self.worker is not None

    def new_case(self) -> None:
        if self.worker is not None:
            return
        for card in self.results.values():
            card.setParent(None)
            card.deleteLater()
        self.results.clear()
        self.failures.clear()
        self.case_id, self.decided = None, False
        self.comment.clear()
        self.message.clear()
        self.decision_message.clear()
        self._update_decision()

    # -- decision --------------------------------------------------------------------------------

    def _update_decision(self) -> None:
        ready = self.case_id is not None and self.worker is None and not self.decided
        for button in self.decision_buttons.values():
            button.setEnabled(ready)
        self.comment.setEnabled(ready)

    def decide(self, decision: Decision) -> None:
        if self.user is None or self.case_id is None or self.worker is not None:
            return
        user, case_id, comment = self.user, self.case_id, self.comment.toPlainText()

        def run() -> object:
            with self.desk.lock:
                return self.desk.cases.decide(user, case_id, decision, comment)

        self.worker = Worker(run, expected=(CaseError,), name="decide")
        self.worker.signals.result.connect(lambda _case: self._decided(decision))
        self.worker.signals.failed.connect(lambda exc: self.decision_message.setText(str(exc)))
        self.worker.signals.finished.connect(self._decide_done)
        self.worker.start()
        self._update_decision()

    def _decided(self, decision: Decision) -> None:
        self.decided = True
        self.decision_message.setText(self.tr("Decision recorded for case %1: %2").replace(
            "%1", str(self.case_id)).replace("%2", decision.value))  # fmt: skip
        self.case_changed.emit()

    def _decide_done(self) -> None:
        self.worker = None
        self._update_decision()
