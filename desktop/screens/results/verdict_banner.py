"""The verdict, large, in words and a symbol as well as colour (readable without colour and in the
dark theme: white on a dark saturated background), with the reasons behind it, most severe first.
It is advice: the officer decides below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.screens.base import name
from desktop.screens.results.common import Panel
from verification.verdict import VerdictResult

COLOURS = {"CLEAR": "#1b6e34", "REVIEW": "#8a4b00", "ALERT": "#a1161b"}
SYMBOLS = {"CLEAR": "✔", "REVIEW": "⚠", "ALERT": "✖"}


class VerdictBanner(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.outcome: Outcome | None = None
        self.result: VerdictResult | None = None
        self.demo = False
        self.lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdictText")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        self.reasons = QLabel()
        self.reasons.setObjectName("verdictReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reasons)
        self.setVisible(False)
        self.redraw()

    def show_outcome(self, outcome: Outcome, lang: str) -> None:
        self.outcome = outcome
        self.show_verdict(outcome.result.verdict, outcome.result.demo, lang)

    def show_verdict(self, verdict: VerdictResult, demo: bool, lang: str) -> None:
        """Also for a verdict stored with a case (its JSON turned back into a `VerdictResult`)."""
        self.result, self.demo, self.lang = verdict, demo, lang
        self.redraw()
        self.setVisible(True)

    def clear(self) -> None:
        self.outcome, self.result = None, None
        self.setVisible(False)

    @property
    def verdict_value(self) -> str:
        return "" if self.result is None else self.result.verdict.value

    def redraw(self) -> None:
        name(self.verdict, self.tr("Verdict"), self.verdict_value)
        name(self.reasons, self.tr("Reasons for the verdict"))
        if self.result is None:
            return
        value = self.verdict_value
        words = {"CLEAR": self.tr("CLEAR — documents and registry agree"),
                 "REVIEW": self.tr("REVIEW — look closer before deciding"),
                 "ALERT": self.tr("ALERT — the registry contradicts the documents")}  # fmt: skip
        demo = self.tr(" [DEMO DATA]") if self.demo else ""
        self.verdict.setText(f"{SYMBOLS.get(value, '')} {words.get(value, value)}{demo}")
        colour = COLOURS.get(value, "#444444")
        self.verdict.setStyleSheet(f"background: {colour}; color: white; font-size: 16pt; font-weight: bold; "
                                   "padding: 6px; border-radius: 4px;")  # fmt: skip
        texts = self.result.texts(self.lang)
        lines = [f"• {t}" for t in texts] or [self.tr("Every check passed.")]
        self.reasons.setText(self.tr("Why:") + "\n" + "\n".join(lines))
