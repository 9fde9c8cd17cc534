"""Every check, failing ones first: status as symbol and word, the check's name and reason in the
app's language, and the evidence it looked at (all of it in the tooltip)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.screens.base import name
from desktop.screens.results.common import Panel, evidence_json, evidence_text, fill_table, make_table
from verification.checks.model import CheckResult, Status
from verification.messages import check_title, render

ORDER = {Status.FAIL: 0, Status.REVIEW: 1, Status.NOT_APPLICABLE: 2, Status.PASS: 3}
SYMBOLS = {Status.FAIL: "✘", Status.REVIEW: "⚠", Status.NOT_APPLICABLE: "–", Status.PASS: "✔"}
WORDS = {Status.FAIL: QT_TRANSLATE_NOOP("ChecksList", "failed"),
         Status.REVIEW: QT_TRANSLATE_NOOP("ChecksList", "unsure"),
         Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("ChecksList", "not run"),
         Status.PASS: QT_TRANSLATE_NOOP("ChecksList", "passed")}  # fmt: skip
COLOURS = {Status.FAIL: "#e53935", Status.REVIEW: "#ef8f00", Status.PASS: "#43a047"}  # legible on light and dark


def ordered(checks: tuple[CheckResult, ...]) -> list[CheckResult]:
    return sorted(checks, key=lambda c: ORDER[c.status])  # stable: the pipeline's order within a status


class ChecksList(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self.shown: tuple[CheckResult, ...] = ()
        self.lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = make_table("checksTable")
        layout.addWidget(self.table)
        self.redraw()  # accessible names before any result

    def show_outcome(self, outcome: Outcome, lang: str) -> None:
        self.outcome = outcome
        self.show_checks(outcome.result.checks, lang)

    def show_checks(self, checks: Sequence[CheckResult], lang: str) -> None:
        """Also for checks stored with a case (`verification.cases` JSON turned back into results)."""
        self.shown, self.lang = tuple(checks), lang
        self.redraw()

    def redraw(self) -> None:
        name(self.table, self.tr("Checks, failing ones first"))
        checks = ordered(self.shown)
        rows = [[f"{SYMBOLS[c.status]} {self.tr(WORDS[c.status])}", check_title(c.id, self.lang),
                 render(c.reason, self.lang), evidence_text(c.evidence)] for c in checks]  # fmt: skip
        fill_table(self.table, [self.tr("Status"), self.tr("Check"), self.tr("Reason"), self.tr("Evidence")], rows,
                   [evidence_json(c.evidence) for c in checks])  # fmt: skip
        for r, c in enumerate(checks):
            item = self.table.item(r, 0)
            if item is not None and c.status in COLOURS:
                item.setForeground(QColor(COLOURS[c.status]))
