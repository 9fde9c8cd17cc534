"""What every screen shares: texts set in `retranslate()`, called once and again on every language
change; accessible names set together with the visible texts; in-place messages that follow a
language switch too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class Screen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._said: dict[QLabel, Callable[[], str]] = {}  # in-place messages, rebuilt on a language switch

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for label, make in self._said.items():
                label.setText(make())
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text (and accessible name) through tr()."""

    def say(self, label: QLabel, make: Callable[[], str] | None) -> None:
        """Show an in-place message that follows a language switch: `make` builds the text with
        tr() and is called again after the switch (None clears the label)."""
        if make is None:
            self._said.pop(label, None)
            label.clear()
            return
        self._said[label] = make
        label.setText(make())


def name(widget: QWidget, text: str, description: str = "") -> None:
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("message")
    label.setAccessibleName("message")
    return label
