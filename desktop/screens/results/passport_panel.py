"""The passport's data page with the machine readable zone outlined (the evidence), the MRZ lines,
every field with its check digits, and the printed fields read beside it with their confidence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.page_view import PageView
from desktop.screens.base import name
from desktop.screens.results.common import Panel, caption, fill_table, make_table
from ocr.imaging import Page
from ocr.mrz.model import MrzRead

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


def mrz_font() -> QFont:
    mono = QFont("OCR-B")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setFamilies(["OCR-B", "OCRB", "DejaVu Sans Mono", "monospace"])
    return mono


class PassportPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self.pages: Sequence[Page] = ()
        self.view: PageView | None = None
        layout = QHBoxLayout(self)
        self.page_holder = QVBoxLayout()
        self.page_holder.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self.page_holder)
        right = QVBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        self.lines = QLabel()
        self.lines.setObjectName("mrzLines")
        self.lines.setFont(mrz_font())
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.lines)
        self.mrz_title = caption()
        right.addWidget(self.mrz_title)
        self.mrz_table = make_table("mrzFields")
        right.addWidget(self.mrz_table)
        self.viz_title = caption()
        right.addWidget(self.viz_title)
        self.viz_table = make_table("printedFields")
        right.addWidget(self.viz_table)
        layout.addLayout(right, 1)
        self.redraw()  # accessible names before any result

    def show_outcome(self, outcome: Outcome, pages: Sequence[Page]) -> None:
        """`pages` are the passport pages in the order verify saw them (the MRZ read names its page)."""
        self.outcome, self.pages = outcome, pages
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None
        mrz = outcome.result.facts.passport_mrz
        index = mrz.page if mrz is not None and mrz.page < len(pages) else 0
        if pages:
            self.view = PageView(pages[index])
            if mrz is not None and mrz.box:
                self.view.outline(mrz.box)
            self.page_holder.addWidget(self.view)
        self.redraw()

    def redraw(self) -> None:
        if self.view is not None:
            name(self.view, self.tr("Passport page with the machine readable zone outlined"))
        self.mrz_title.setText(self.tr("Machine readable zone"))
        self.viz_title.setText(self.tr("Printed fields (visual zone)"))
        name(self.lines, self.tr("MRZ lines"))
        name(self.mrz_table, self.tr("MRZ fields"))
        name(self.viz_table, self.tr("Printed fields"))
        mrz: MrzRead | None = self.outcome.result.facts.passport_mrz if self.outcome is not None else None
        if self.outcome is None:
            return
        if mrz is None or not mrz.found:
            self.status.setText(self.tr("No machine readable zone was found on the passport pages."))
            self.lines.clear()
            fill_table(self.mrz_table, [self.tr("Field"), self.tr("Value")], [], fit=True)
        else:
            verdict = self.tr("check digits valid") if mrz.valid else self.tr("check digits NOT valid")
            self.status.setText(self.tr("MRZ %1, %2; read by %3 in %4 s").replace("%1", str(mrz.format or ""))
                                .replace("%2", verdict).replace("%3", mrz.engine or "—")
                                .replace("%4", f"{mrz.seconds:.2f}"))  # fmt: skip
            self.lines.setText("\n".join(mrz.lines))
            rows = []
            for key, label in FIELD_LABELS.items():
                value = str(getattr(mrz.fields, key, "") or "—") if mrz.fields is not None else "—"
                conf = mrz.field_confidence.get(key)
                check = mrz.checks.get(key)
                mark = "" if check is None else ("✔" if check else "✘")
                rows.append([QCoreApplication.translate("PageResult", label), value,
                             "" if conf is None else f"{conf:.2f}", mark])  # fmt: skip
            fill_table(self.mrz_table, [self.tr("Field"), self.tr("Value"), self.tr("Confidence"),
                                        self.tr("Check digit")], rows, fit=True)  # fmt: skip
        viz = self.outcome.result.facts.passport_viz
        rows = [] if viz is None else [[f.label or key, f.value or f.text or "—", f"{f.confidence:.2f}",
                                        "; ".join(f.problems)] for key, f in viz.fields.items()]  # fmt: skip
        fill_table(self.viz_table, [self.tr("Field"), self.tr("Value"), self.tr("Confidence"), self.tr("Problems")],
                   rows, fit=True)  # fmt: skip
