"""The results of one verification: the verdict banner above tabs for the checks, the passport
page, the faces, the registry record and the certificate. Built from one `Outcome`; a language
change re-renders every panel (the core's texts in the matching language)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.screens.base import name
from desktop.screens.results.certificate_panel import CertificatePanel
from desktop.screens.results.checks_list import ChecksList
from desktop.screens.results.common import core_language
from desktop.screens.results.faces_panel import FacesPanel
from desktop.screens.results.passport_panel import PassportPanel
from desktop.screens.results.registry_panel import RegistryPanel
from desktop.screens.results.verdict_banner import VerdictBanner
from ocr.imaging import Page

__all__ = ["ResultsView"]


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = VerdictBanner()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultTabs")
        self.checks = ChecksList()
        self.passport = PassportPanel()
        self.faces = FacesPanel()
        self.registry = RegistryPanel()
        self.certificate = CertificatePanel()
        for panel in (self.checks, self.passport, self.faces, self.registry, self.certificate):
            self.tabs.addTab(_scrolled(panel), "")
        layout.addWidget(self.tabs, 1)
        self.timings = QLabel()
        self.timings.setObjectName("timings")
        layout.addWidget(self.timings)
        self.setVisible(False)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.retranslate)  # after the switch has finished: its language is then current
        super().changeEvent(event)

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Checks"), self.tr("Passport"), self.tr("Faces"), self.tr("Registry record"),
                                  self.tr("Certificate"))):  # fmt: skip
            self.tabs.setTabText(i, text)
        name(self.tabs, self.tr("Verification results"))
        if self.outcome is not None:
            lang = core_language(self)
            self.banner.show_outcome(self.outcome, lang)
            self.checks.show_outcome(self.outcome, lang)
            t = self.outcome.result.timings
            spent = "  ".join(f"{k} {s:.2f} s" for k, s in t.items())
            self.timings.setText(self.tr("Timings: %1").replace("%1", spent))

    def show_outcome(self, outcome: Outcome, passport_pages: Sequence[Page]) -> None:
        self.outcome = outcome
        self.passport.show_outcome(outcome, passport_pages)
        self.faces.show_outcome(outcome)
        self.registry.show_outcome(outcome)
        self.certificate.show_outcome(outcome)
        self.retranslate()
        self.setVisible(True)

    def clear(self) -> None:
        self.outcome = None
        self.banner.clear()
        self.setVisible(False)
