"""Unexpected errors reach the officer, wherever they happen: the main thread (sys.excepthook),
Python threads (threading.excepthook) and workers all report to one `ErrorReporter`, whose signal
is delivered on the GUI thread, where a dialog shows a short message and copyable details."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import __version__

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErrorReport:
    summary: str  # one line: the exception type and message
    details: str  # what to copy into a ticket: version, where, traceback


class ErrorReporter(QObject):
    raised = Signal(object)  # ErrorReport, delivered on the GUI thread (queued from others)

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[ErrorReport] = []

    def report(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str = "",
    ) -> ErrorReport:
        name = exc_type.__name__ if exc_type else "Error"
        summary = f"{name}: {exc}" if exc is not None and str(exc) else name
        trace = "".join(traceback.format_exception(exc_type, exc, tb)) if exc_type else ""
        details = f"Tekseru {__version__}, Python {sys.version.split()[0]}\nwhere: {where or 'main thread'}\n\n{trace}"
        report = ErrorReport(summary, details)
        self.reports.append(report)
        log.error("unexpected error in %s: %s", where or "main thread", summary)
        self.raised.emit(report)
        return report


_REPORTER: ErrorReporter | None = None


def reporter() -> ErrorReporter:
    global _REPORTER
    if _REPORTER is None:
        _REPORTER = ErrorReporter()
    return _REPORTER


def install_hooks() -> None:
    """Route uncaught exceptions of the main thread and of Python threads to the reporter."""

    def main_hook(et: type[BaseException], ev: BaseException, tb: TracebackType | None) -> None:
        if issubclass(et, KeyboardInterrupt):
            sys.__excepthook__(et, ev, tb)
            return
        reporter().report(et, ev, tb)

    def thread_hook(args: Any) -> None:
        name = args.thread.name if args.thread is not None else "?"
        reporter().report(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook


class ErrorDialog(QDialog):
    """Non-blocking: opened with open(), so a second error never nests event loops."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setAccessibleName(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Something went wrong. Your work so far is kept. Please copy the details below "
                               "into a report for field IT."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(report.summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Error summary"))
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(report.details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.report.summary}\n\n{self.report.details}")
