"""Capture and verify one applicant: passport and certificate pages come in by the open-file dialog,
by drag and drop (or from a capture source through `read_files`), in any order. Each page is
recognised in a worker and sorted by its kind, which the officer can correct; Verify runs the whole
pipeline in a worker with a stage-by-stage progress bar, and the results appear below. Then the
officer's decision, the PDF report, printing, and the next applicant. Nothing captured is dropped
when something fails: the pages stay, the error is shown in place."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.capture_flow import (
    CERTIFICATE,
    IMAGE_SUFFIXES,
    PASSPORT,
    ROLES,
    UNUSED,
    FileFailed,
    FileStarted,
    Outcome,
    PageFailed,
    PageLoaded,
    PageRecognised,
    accepted,
    captured_reads,
    load_and_recognise,
    role_for,
    run_verification,
)
from desktop.desk import Desk
from desktop.kind_names import kind_name
from desktop.page_view import PageView
from desktop.screens.base import Screen, message_label, name
from desktop.screens.results import ResultsView
from desktop.screens.results.common import core_language
from desktop.workers import Worker
from ocr.errors import TekseruError
from ocr.imaging import Page, load_pages
from ocr.page_kind import PageRead
from verification.accounts import AccountError, User
from verification.cases import CaseError, Decision
from verification.cases.model import MIN_COMMENT

STAGES = {
    "read": QT_TRANSLATE_NOOP("CaptureScreen", "Reading and recognising the pages"),
    "face_index": QT_TRANSLATE_NOOP("CaptureScreen", "Loading the registry's face index"),
    "read_passport": QT_TRANSLATE_NOOP("CaptureScreen", "Reading the passport"),
    "read_certificate": QT_TRANSLATE_NOOP("CaptureScreen", "Reading the certificate"),
    "registry_lookup": QT_TRANSLATE_NOOP("CaptureScreen", "Looking the person up in the registry"),
    "face_compare": QT_TRANSLATE_NOOP("CaptureScreen", "Comparing the portrait with the registry photo"),
    "face_search": QT_TRANSLATE_NOOP("CaptureScreen", "Searching every registry photo"),
    "checks": QT_TRANSLATE_NOOP("CaptureScreen", "Running the checks"),
    "done": QT_TRANSLATE_NOOP("CaptureScreen", "Verification done"),
    "save": QT_TRANSLATE_NOOP("CaptureScreen", "Filing the case"),
}
ROLE_LABELS = {PASSPORT: QT_TRANSLATE_NOOP("PageCard", "Passport"),
               CERTIFICATE: QT_TRANSLATE_NOOP("PageCard", "Certificate"),
               UNUSED: QT_TRANSLATE_NOOP("PageCard", "Not used")}  # fmt: skip


class PageCard(QFrame):
    """One captured page: a thumbnail, what it was recognised as, and where it goes (correctable)."""

    role_changed = Signal()
    remove_requested = Signal()

    def __init__(self, loaded: PageLoaded, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file, self.page = loaded.file, loaded.page
        self.read: PageRead | None = None
        self.read_seconds = 0.0
        self.error = ""
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        layout.addWidget(self.heading)
        self.view = PageView(loaded.page, max_width=150)
        layout.addWidget(self.view)
        self.kind = QLabel()
        self.kind.setObjectName("pageKind")
        self.kind.setWordWrap(True)
        self.kind.setMaximumWidth(200)
        layout.addWidget(self.kind)
        row = QHBoxLayout()
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("pageRole")
        for role in ROLES:
            self.role_combo.addItem("", role)
        self.role_combo.setCurrentIndex(ROLES.index(UNUSED))
        self.role_combo.setEnabled(False)  # until the page is recognised
        self.role_combo.currentIndexChanged.connect(lambda _i: self.role_changed.emit())
        row.addWidget(self.role_combo, 1)
        self.remove = QPushButton()
        self.remove.setObjectName("removePage")
        self.remove.clicked.connect(self.remove_requested.emit)
        row.addWidget(self.remove)
        layout.addLayout(row)
        self.retranslate()

    @property
    def key(self) -> tuple[str, int]:
        return (self.file, self.page.index)

    @property
    def role(self) -> str:
        return str(self.role_combo.currentData())

    def set_role(self, role: str) -> None:
        self.role_combo.setCurrentIndex(ROLES.index(role))

    def recognised(self, read: PageRead, seconds: float = 0.0) -> None:
        self.read, self.read_seconds = read, seconds
        self.role_combo.blockSignals(True)
        self.set_role(role_for(read))
        self.role_combo.blockSignals(False)
        self.role_combo.setEnabled(True)
        if read.mrz is not None and read.mrz.box:
            self.view.outline(read.mrz.box)
        self.retranslate()

    def failed(self, message: str) -> None:
        self.error = message
        self.role_combo.setEnabled(True)  # the officer may still say what it is
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("%1 — page %2").replace("%1", Path(self.file).name).replace(
            "%2", str(self.page.index + 1)))  # fmt: skip
        for i, role in enumerate(ROLES):
            self.role_combo.setItemText(i, self.tr(ROLE_LABELS[role]))
        self.remove.setText(self.tr("Remove"))
        name(self.remove, self.tr("Remove this page"))
        name(self.role_combo, self.tr("Use this page as"))
        name(self.view, self.tr("Page thumbnail"))
        if self.error:
            self.kind.setText("⚠ " + self.tr("Could not read this page: %1").replace("%1", self.error))
        elif self.read is None:
            self.kind.setText(self.tr("Recognising…"))
        elif self.read.kind.known:
            self.kind.setText(self.tr("Recognised as: %1 (%2)").replace("%1", kind_name(self.read.kind.kind)).replace(
                "%2", f"{self.read.kind.score:.2f}"))  # fmt: skip
        else:
            self.kind.setText("⚠ " + self.tr("Not recognised (closest: %1, %2); choose what it is.").replace(
                "%1", kind_name(self.read.kind.closest)).replace(
                "%2", f"{self.read.kind.closest_score:.2f}"))  # fmt: skip
        name(self.kind, self.tr("Recognised page kind"))


class CaptureScreen(Screen):
    case_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.max_age_days = 30.0
        self.face_engine: str | None = None  # from the settings; None: bands.json's default
        self.worker: Worker | None = None
        self.job = ""  # what the worker does: read, verify, decide, report, print
        self.cards: dict[tuple[str, int], PageCard] = {}
        self.failures: list[FileFailed] = []
        self.outcome: Outcome | None = None
        self.outcome_pages: list[Page] = []
        self.stale = False  # pages changed since the verification
        self.decided = False
        self.report_path: Path | None = None
        self.printed_pages = 0
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("dropZone")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setMinimumHeight(40)
        layout.addWidget(self.drop_hint)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("captureProgress")
        progress_row.addWidget(self.progress, 1)
        self.stage = QLabel()
        self.stage.setObjectName("stage")
        progress_row.addWidget(self.stage, 1)
        layout.addLayout(progress_row)
        self.message = message_label()
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.pages_scroll = QScrollArea()
        self.pages_scroll.setWidgetResizable(True)
        self.pages_scroll.setMinimumHeight(250)
        holder = QWidget()
        self.pages_layout = QHBoxLayout(holder)
        self.pages_layout.addStretch(1)
        self.pages_scroll.setWidget(holder)
        splitter.addWidget(self.pages_scroll)
        self.results = ResultsView()
        splitter.addWidget(self.results)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._decision_panel())
        self._set_progress(None)
        self.retranslate()
        self._update()

    def _top_bar(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        top.addWidget(self.title, 1)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.choose_files)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(lambda: self.next_applicant())
        for button in (self.open_button, self.verify_button, self.cancel_button, self.next_button):
            top.addWidget(button)
        return top

    def attach_sources(self, panel: QWidget) -> None:
        """Put the scanner / camera / watched-folder panel under the top bar; what it captures is
        read like opened files."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, panel)
        files_captured = getattr(panel, "files_captured", None)
        if files_captured is not None:
            files_captured.connect(self.read_files)

    def _decision_panel(self) -> QWidget:
        box = QFrame()
        box.setObjectName("decisionPanel")
        grid = QGridLayout(box)
        self.decision_title = QLabel()
        self.decision_title.setObjectName("cardTitle")
        grid.addWidget(self.decision_title, 0, 0, 1, 6)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaximumHeight(60)
        grid.addWidget(self.comment, 1, 0, 1, 6)
        self.decision_buttons: dict[Decision, QPushButton] = {}
        for col, decision in enumerate((Decision.ACCEPT, Decision.REJECT, Decision.REFER)):
            button = QPushButton()
            button.setObjectName(f"decide_{decision.value}")
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.decision_buttons[decision] = button
            grid.addWidget(button, 2, col)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(lambda: self.save_report())
        grid.addWidget(self.save_button, 2, 4)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(lambda: self.print_report())
        grid.addWidget(self.print_button, 2, 5)
        self.decision_message = message_label()
        grid.addWidget(self.decision_message, 3, 0, 1, 6)
        return box

    def retranslate(self) -> None:
        self.title.setText(self.tr("New verification"))
        for button, text in ((self.open_button, self.tr("Open documents…")), (self.verify_button, self.tr("Verify")),
                             (self.cancel_button, self.tr("Cancel")), (self.next_button, self.tr("Next applicant")),
                             (self.save_button, self.tr("Save report (PDF)…")),
                             (self.print_button, self.tr("Print report…"))):  # fmt: skip
            button.setText(text)
            name(button, text.rstrip("…"))
        self.drop_hint.setText(self.tr("Drop the passport and certificate pages here, in any order (images or PDF), "
                                       "or open them."))  # fmt: skip
        name(self.drop_hint, self.tr("Drop zone for document files"))
        name(self.progress, self.tr("Progress"))
        name(self.pages_scroll, self.tr("Captured pages"))
        self.decision_title.setText(self.tr("Officer's decision (the verdict is advice; you decide)"))
        self.comment.setPlaceholderText(self.tr("Comment (required, at least %1 characters, when the decision "
                                                "differs from the verdict or there is no verdict)").replace(
                                                    "%1", str(MIN_COMMENT)))  # fmt: skip
        name(self.comment, self.tr("Decision comment"))
        labels = {Decision.ACCEPT: self.tr("Accept"), Decision.REJECT: self.tr("Reject"),
                  Decision.REFER: self.tr("Refer")}  # fmt: skip
        for decision, button in self.decision_buttons.items():
            button.setText(labels[decision])
            name(button, labels[decision])
        for card in self.cards.values():
            card.retranslate()

    # -- state -----------------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return None if self.outcome is None or self.outcome.case is None else self.outcome.case.id

    def busy(self) -> bool:
        return self.worker is not None

    def pages_for(self, role: str) -> list[Page]:
        return [c.page for c in self.cards.values() if c.role == role]

    def _update(self) -> None:
        idle = self.worker is None
        signed_in = self.user is not None
        self.open_button.setEnabled(idle and signed_in)
        self.verify_button.setEnabled(idle and signed_in and bool(self.pages_for(PASSPORT)) and not self.decided)
        self.cancel_button.setEnabled(self.job in ("read", "verify"))
        self.next_button.setEnabled(idle)
        ready = self.case_id is not None and idle and not self.decided
        for button in self.decision_buttons.values():
            button.setEnabled(ready)
        self.comment.setEnabled(ready)
        self.save_button.setEnabled(self.case_id is not None and idle)
        self.print_button.setEnabled(self.case_id is not None and idle)
        for card in self.cards.values():
            card.remove.setEnabled(idle and not self.decided)
            card.role_combo.setEnabled(idle and not self.decided and (card.read is not None or bool(card.error)))

    def _set_progress(self, stage: str | None, done: int = 0, total: int = 0) -> None:
        self.progress.setVisible(stage is not None)
        self.stage.setVisible(stage is not None)
        if stage is None:
            return
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.stage.setText(self.tr(STAGES[stage]) if stage in STAGES else stage)

    def _start(self, job: str, worker: Worker) -> None:
        self.job, self.worker = job, worker
        worker.signals.finished.connect(self._finished)
        worker.start()
        self._update()

    def _finished(self) -> None:
        self.worker, self.job = None, ""
        self._set_progress(None)
        self._update()
        self.case_changed.emit()

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

    def read_files(self, files: list[str]) -> None:
        """Add pages to this applicant's case (also the way capture sources hand over their files)."""
        if self.user is None:
            return
        if self.worker is not None:
            self.say(self.message, lambda: self.tr("Still working on the previous step; please wait."))
            return
        if self.decided:
            self.new_case()
        self.say(self.message, lambda: self.tr("Reading…"))
        self._set_progress("read", 0, 0)
        worker = Worker(load_and_recognise, files, name="capture")
        worker.signals.progress.connect(self._event)
        self._start("read", worker)

    def _event(self, event: object) -> None:
        if isinstance(event, FileStarted):
            self._set_progress("read", event.index, event.total)
            self.stage.setText(self.tr("Reading %1…").replace("%1", Path(event.file).name))
        elif isinstance(event, FileFailed):
            self.failures.append(event)
            self.say(self.message, lambda: self.tr("Could not read %1: %2").replace("%1", Path(event.file).name)
                                 .replace("%2", event.message))  # fmt: skip
        elif isinstance(event, PageLoaded):
            key = (event.file, event.page.index)
            if key in self.cards:  # the same file again: the newer capture replaces the page
                self._remove(self.cards[key])
            card = PageCard(event)
            card.role_changed.connect(self._pages_changed)
            card.remove_requested.connect(lambda c=card: self._remove(c))
            self.cards[key] = card
            self.pages_layout.insertWidget(self.pages_layout.count() - 1, card)
            self._pages_changed()
        elif isinstance(event, PageRecognised) and (event.file, event.page_index) in self.cards:
            self.cards[(event.file, event.page_index)].recognised(event.read, event.seconds)
            self._pages_changed()
        elif isinstance(event, PageFailed) and (event.file, event.page_index) in self.cards:
            self.cards[(event.file, event.page_index)].failed(event.message)

    def _remove(self, card: PageCard) -> None:
        self.cards.pop(card.key, None)
        card.setParent(None)
        card.deleteLater()
        self._pages_changed()

    def _pages_changed(self) -> None:
        if self.outcome is not None and not self.decided:
            self.stale = True
            self.say(self.message, lambda:
                self.tr("The pages changed since the verification: verify again to see results "
                                         "for these pages."))  # fmt: skip
        self._update()

    # -- verification ----------------------------------------------------------------------------

    def verify(self) -> None:
        if self.user is None or self.worker is not None or self.decided:
            return
        passport, certificate = self.pages_for(PASSPORT), self.pages_for(CERTIFICATE)
        if not passport:
            self.say(self.message, lambda:
                self.tr("Add the passport's data page first (or mark a page as the passport)."))
            return
        if self.desk.registry_problem:
            self.say(self.message, lambda:
                self.tr("The registry copy is damaged, so nothing can be verified against it: "
                                         "import a full package again (Registry screen)."))  # fmt: skip
            return
        self.say(self.message, lambda: self.tr("Verifying %1 passport page(s) and %2 certificate page(s)…").replace(
            "%1", str(len(passport))).replace("%2", str(len(certificate))))  # fmt: skip
        self._set_progress("face_index", 0, 0)
        used = [c for c in self.cards.values() if c.role in (PASSPORT, CERTIFICATE)]
        reads = captured_reads([(c.role, c.read, c.read_seconds) for c in used])
        worker = Worker(run_verification, self.desk, self.user, [p.image for p in passport],
                        [p.image for p in certificate], self.max_age_days, reads=reads,
                        face_engine=self.face_engine, expected=(TekseruError,),
                        name="verify", with_progress=True)  # fmt: skip
        worker.signals.progress.connect(self._stage)
        worker.signals.result.connect(lambda outcome: self._verified(outcome, passport))
        worker.signals.failed.connect(self._verify_failed)
        worker.signals.finished.connect(self._verify_finished)
        self._start("verify", worker)

    def _stage(self, values: tuple[Any, ...]) -> None:
        stage, done, total = values
        if stage in ("face_index", "save"):
            self._set_progress(stage, 0, 0)
        else:
            self._set_progress(stage, int(done), int(total))

    def _verified(self, outcome: Outcome, passport: list[Page]) -> None:
        self.outcome, self.outcome_pages, self.stale = outcome, passport, False
        self.decided = False
        self.results.show_outcome(outcome, passport)
        verdict = outcome.result.verdict.verdict.value
        if outcome.case is not None:
            case_id = outcome.case.id
            self.say(self.message, lambda: self.tr("Verdict %1; filed as case %2. Decide below.").replace("%1", verdict)
                                 .replace("%2", str(case_id)))  # fmt: skip
        else:
            self.say(self.message, lambda:
                self.tr("Verdict %1, but the case could not be filed: %2").replace("%1", verdict)
                                 .replace("%2", outcome.save_error))  # fmt: skip
        self.say(self.decision_message, None)

    def _verify_failed(self, exc: BaseException) -> None:
        self.say(self.message, lambda:
            self.tr("The verification failed: %1. The pages are kept; correct them and verify "
                                     "again.").replace("%1", str(exc)))  # fmt: skip

    def _verify_finished(self) -> None:
        worker = self.worker
        if worker is not None and worker.cancelled:
            self.say(self.message, lambda: self.tr("Verification cancelled; the pages are kept."))
        elif self.outcome is None or self.stale:
            text = self.message.text()
            if not text.startswith(self.tr("The verification failed")):
                self.say(self.message, lambda:
                    self.tr("The verification did not finish (see the error details); the pages "
                                             "are kept."))  # fmt: skip

    def cancel(self) -> None:
        if self.worker is not None and self.job in ("read", "verify"):
            self.worker.cancel()
            self.stage.setText(self.tr("Cancelling…"))

    # -- decision, report, next applicant --------------------------------------------------------

    def decide(self, decision: Decision) -> None:
        if self.user is None or self.case_id is None or self.worker is not None or self.decided:
            return
        user, case_id, comment = self.user, self.case_id, self.comment.toPlainText()

        def run() -> object:
            with self.desk.lock:
                return self.desk.cases.decide(user, case_id, decision, comment)

        worker = Worker(run, expected=(CaseError, AccountError), name="decide")
        worker.signals.result.connect(lambda _case: self._decided(decision))
        worker.signals.failed.connect(lambda exc: self.say(self.decision_message, lambda: str(exc)))
        self._start("decide", worker)

    def _decided(self, decision: Decision) -> None:
        self.decided = True
        case_id = self.case_id

        def text() -> str:  # built again after a language switch
            labels = {Decision.ACCEPT: self.tr("accepted"), Decision.REJECT: self.tr("rejected"),
                      Decision.REFER: self.tr("referred")}  # fmt: skip
            return self.tr("Decision recorded for case %1: %2").replace("%1", str(case_id)).replace(
                "%2", labels[decision])  # fmt: skip

        self.say(self.decision_message, text)

    def _export(self, user: User, case_id: int, out: Path, lang: str) -> Any:
        """Runs in a worker; the report module is another part of the app, imported when needed."""
        from desktop.report_process import render_elsewhere
        from verification.report import export_case_report

        with self.desk.lock:
            return export_case_report(self.desk.cases, self.desk.audit, user, case_id, out, lang=lang,
                                      demo=self.desk.demo, render=render_elsewhere)  # fmt: skip

    def save_report(self, path: str | Path | None = None) -> None:
        if self.user is None or self.case_id is None or self.worker is not None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"tekseru-case-{self.case_id}.pdf",
                                                    self.tr("PDF (*.pdf)"))  # fmt: skip
            if not chosen:
                return
            path = chosen
        out = Path(path)
        worker = Worker(self._export, self.user, self.case_id, out, core_language(self),
                        expected=(TekseruError, OSError, ImportError), name="report")  # fmt: skip
        worker.signals.result.connect(self._report_saved)
        worker.signals.failed.connect(lambda exc: self.say(self.decision_message, lambda:
            self.tr("The report could not be saved: %1").replace("%1", str(exc))))  # fmt: skip
        self.say(self.decision_message, lambda: self.tr("Writing the report…"))
        self._start("report", worker)

    def _report_saved(self, export: Any) -> None:
        self.report_path = path = Path(export.pdf_path)
        self.say(self.decision_message, lambda: self.tr("Report saved: %1").replace("%1", str(path)))

    def _render_report(self, user: User, case_id: int, lang: str) -> list[QImage]:
        with tempfile.TemporaryDirectory(prefix="tekseru-print-") as tmp:
            export = self._export(user, case_id, Path(tmp) / "report.pdf", lang)
            pages = load_pages(export.pdf_path)
        return [QImage(p.image.data, p.image.shape[1], p.image.shape[0], int(p.image.strides[0]),
                       QImage.Format.Format_BGR888).copy() for p in pages]  # fmt: skip

    def print_report(self, printer: QPrinter | None = None) -> None:
        """Without a printer given, the print dialog chooses one (tests pass a PDF-file printer)."""
        if self.user is None or self.case_id is None or self.worker is not None:
            return
        if printer is None:
            if not QPrinterInfo.availablePrinters():
                self.say(self.decision_message, lambda:
                    self.tr("No printer is set up on this computer: save the report as "
                                                      "PDF and print it elsewhere, or print to a file."))  # fmt: skip
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        worker = Worker(self._render_report, self.user, self.case_id, core_language(self),
                        expected=(TekseruError, OSError, ImportError), name="print")  # fmt: skip
        worker.signals.result.connect(lambda images: self._paint(printer, images))
        worker.signals.failed.connect(lambda exc: self.say(self.decision_message, lambda:
            self.tr("The report could not be printed: %1").replace("%1", str(exc))))  # fmt: skip
        self.say(self.decision_message, lambda: self.tr("Preparing the report for printing…"))
        self._start("print", worker)

    def _paint(self, printer: QPrinter, images: list[QImage]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.say(self.decision_message, lambda: self.tr("The printer could not be opened."))
            return
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
        finally:
            painter.end()
        self.printed_pages = len(images)
        self.say(self.decision_message, lambda: self.tr("Report sent to the printer (%1 page(s)).").replace(
            "%1", str(len(images))))  # fmt: skip

    def next_applicant(self, confirm: bool = True) -> bool:
        """Clear everything for the next person. Pages not yet verified are not saved anywhere, so
        the officer is asked first; a verified case is in the history, decided or not."""
        if self.worker is not None:
            self.say(self.message, lambda: self.tr("Still working; cancel or wait before the next applicant."))
            return False
        if confirm and self.cards and (self.outcome is None or self.stale) and not self.decided:
            answer = QMessageBox.question(self, self.tr("Next applicant"),
                                          self.tr("These pages have not been verified and are not saved. "
                                                  "Discard them?"))  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        kept = self.case_id if self.outcome is not None and not self.decided else None
        self.new_case()
        if kept is not None:
            self.say(self.message, lambda: self.tr("Case %1 is kept in the history without a decision.").replace(
                "%1", str(kept)))  # fmt: skip
        return True

    def new_case(self) -> None:
        if self.worker is not None:
            return
        for card in list(self.cards.values()):
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self.failures.clear()
        self.outcome, self.outcome_pages, self.stale, self.decided = None, [], False, False
        self.report_path, self.printed_pages = None, 0
        self.results.clear()
        self.comment.clear()
        self.say(self.message, None)
        self.say(self.decision_message, None)
        self._update()
        self.case_changed.emit()
