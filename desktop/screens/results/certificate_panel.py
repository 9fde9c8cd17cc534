"""The renunciation or termination certificate as read: each field with its confidence and any
problem, the QR code or barcode when one was read, and a clear word when none was handed over or
none was recognised."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.kind_names import kind_name
from desktop.screens.base import name
from desktop.screens.results.common import Panel, fill_table, make_table


class CertificatePanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("certificateStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = make_table("certificateFields")
        layout.addWidget(self.table, 1)
        self.redraw()  # accessible names before any result

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.redraw()

    def redraw(self) -> None:
        name(self.table, self.tr("Certificate fields"))
        headers = [self.tr("Field"), self.tr("Value"), self.tr("As printed"), self.tr("Confidence"),
                   self.tr("Problems")]  # fmt: skip
        if self.outcome is None:
            return
        facts = self.outcome.result.facts
        cert = facts.certificate
        if cert is None:
            unknown = self.tr("The certificate pages were not recognised as a known certificate.")
            self.status.setText(self.tr("No certificate was handed over.") if not facts.certificate_given else unknown)
            fill_table(self.table, headers, [])
            return
        status = self.tr("%1, edition %2; layout fit %3").replace("%1", kind_name(cert.kind)).replace(
            "%2", cert.edition).replace("%3", f"{cert.layout_score:.2f}")  # fmt: skip
        if cert.code is not None:
            status += "\n" + self.tr("Code read (%1): %2").replace("%1", cert.code.format).replace(
                "%2", ", ".join(f"{k}={v}" for k, v in cert.code.parts.items()) or cert.code.text)  # fmt: skip
        if cert.problems:
            status += "\n⚠ " + "; ".join(cert.problems)
        self.status.setText(status)
        rows = [[f.label or key, f.value or "—", f.text, f"{f.confidence:.2f}" if f.found else self.tr("not found"),
                 "; ".join(f.problems)] for key, f in cert.fields.items()]  # fmt: skip
        fill_table(self.table, headers, rows)
