"""Document kind names as the officer reads them, in the app's language. The core names each kind
in English (`ocr.page_kind.KIND_LABELS`); the same texts are marked here for Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ocr.page_kind import KIND_LABELS

_MARKED = (
    QT_TRANSLATE_NOOP("PageKinds", "PRC passport, data page"),
    QT_TRANSLATE_NOOP("PageKinds", "Kazakhstan passport, data page"),
    QT_TRANSLATE_NOOP("PageKinds", "Kazakhstan ID card, both sides"),
    QT_TRANSLATE_NOOP("PageKinds", "Kazakhstan ID card, front"),
    QT_TRANSLATE_NOOP("PageKinds", "Kazakhstan ID card, back"),
    QT_TRANSLATE_NOOP("PageKinds", "PRC certificate of renunciation of nationality"),
    QT_TRANSLATE_NOOP("PageKinds", "Kazakhstan certificate of termination of citizenship"),
    QT_TRANSLATE_NOOP("PageKinds", "not a known document"),
)


def kind_name(kind: str) -> str:
    label = KIND_LABELS.get(kind, kind)
    return QCoreApplication.translate("PageKinds", label) if label in _MARKED else label
