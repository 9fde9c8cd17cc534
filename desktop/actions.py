"""One registry of the app's actions: id, text, standard key sequence, and the QAction each window
gets. Menus, toolbars and the shortcut list all come from here, so a shortcut is defined once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # English source, translated in the "Actions" context
    keys: tuple[Key | str, ...]  # the standard key first; a fallback where a platform has none
    menu: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("capture", QT_TRANSLATE_NOOP("Actions", "New verification"), (Key.New,), "case"),
    ActionSpec("open_files", QT_TRANSLATE_NOOP("Actions", "Open documents…"), (Key.Open,), "case"),
    ActionSpec("verify", QT_TRANSLATE_NOOP("Actions", "Verify"), ("Ctrl+Return",), "case"),
    ActionSpec("next_applicant", QT_TRANSLATE_NOOP("Actions", "Next applicant"), ("Ctrl+Shift+N",), "case"),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "Case history"), (Key.Find,), "case"),
    ActionSpec("registry", QT_TRANSLATE_NOOP("Actions", "Registry"), ("Ctrl+R",), "case"),
    ActionSpec("referrals", QT_TRANSLATE_NOOP("Actions", "Referrals"), ("Ctrl+Shift+R",), "desk"),
    ActionSpec("audit", QT_TRANSLATE_NOOP("Actions", "Audit trail"), ("Ctrl+Shift+A",), "desk"),
    ActionSpec("users", QT_TRANSLATE_NOOP("Actions", "Users"), ("Ctrl+Shift+U",), "desk"),
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "Settings"), (Key.Preferences, "Ctrl+,"), "desk"),
    ActionSpec("lock", QT_TRANSLATE_NOOP("Actions", "Lock"), ("Ctrl+L",), "session"),
    ActionSpec("sign_out", QT_TRANSLATE_NOOP("Actions", "Sign out"), ("Ctrl+Shift+Q",), "session"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), (Key.Quit, "Ctrl+Q"), "session"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), (Key.HelpContents, "F1"), "help"),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for k in spec.keys:
        seqs = QKeySequence.keyBindings(k) if isinstance(k, Key) else [QKeySequence(k)]
        out.extend(s for s in seqs if not s.isEmpty() and s not in out)
        if out:
            break  # the standard binding wins; the fallback is for platforms without one
    return out


class ActionRegistry:
    def __init__(self, parent: QWidget) -> None:
        self.actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcuts(key_sequences(spec))
            action.setShortcutVisibleInContextMenu(True)
            parent.addAction(action)
            self.actions[spec.id] = action
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def connect(self, action_id: str, slot: Callable[[], object]) -> None:
        self.actions[action_id].triggered.connect(slot)

    def retranslate(self) -> None:
        for spec in ACTIONS:
            action = self.actions[spec.id]
            text = _tr(spec.text)
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)

    def shortcut_table(self, *, available_only: bool = False) -> list[tuple[str, str]]:
        """(text, keys) of every action, or only of those the signed-in role may use."""
        return [(self.actions[s.id].text(), self.actions[s.id].shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)) for s in ACTIONS
            if not available_only or self.actions[s.id].isVisible()]  # fmt: skip
