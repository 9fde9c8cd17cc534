"""What the result panels share: tables filled from rows of text, images from BGR arrays or bytes,
evidence as short readable text, and the language of the core's messages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ocr.imaging import ImageArray

CORE_LANGUAGES = ("en", "ru", "kk", "zh")


def core_language(widget: QWidget | None = None) -> str:
    """The core's message language for the app's current one (the app says zh_CN, the core zh): the
    main window's `languages.current` when there is one, else Qt's default locale."""
    languages = getattr(widget.window(), "languages", None) if widget is not None else None
    current = getattr(languages, "current", None)
    code = (current if isinstance(current, str) else QLocale().name()).split("_")[0]
    return code if code in CORE_LANGUAGES else "en"


def make_table(object_name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]],
               tips: Sequence[str] = (), fit: bool = False) -> None:  # fmt: skip
    """With `fit`, the table is as tall as its rows (up to 14), so short tables stack without gaps."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if r < len(tips) and tips[r]:
                item.setToolTip(tips[r])
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    if fit:
        shown = sum(table.rowHeight(r) for r in range(min(len(rows), 14)))
        shown = shown or table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(shown + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2)


def table_rows(table: QTableWidget) -> list[list[str]]:
    out = []
    for r in range(table.rowCount()):
        out.append([(table.item(r, c).text() if table.item(r, c) is not None else "")  # type: ignore[union-attr]
                    for c in range(table.columnCount())])  # fmt: skip
    return out


def bgr_pixmap(img: ImageArray | None, longest: int = 240) -> QPixmap:
    if img is None:
        return QPixmap()
    arr = np.ascontiguousarray(img if img.ndim == 3 else cv2.cvtColor(img, cv2.COLOR_GRAY2BGR))
    h, w = arr.shape[:2]
    qimage = QImage(arr.data, w, h, int(arr.strides[0]), QImage.Format.Format_BGR888).copy()
    return QPixmap.fromImage(qimage).scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)  # fmt: skip


def bytes_pixmap(data: bytes | None, longest: int = 240) -> QPixmap:
    if not data:
        return QPixmap()
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return bgr_pixmap(None if img is None else np.asarray(img, np.uint8), longest)


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in value.items() if k not in ("quad", "box")) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return str(value)


def evidence_text(evidence: dict[str, Any], limit: int = 400) -> str:
    """Readable in a table cell: page coordinates left out (the page view shows them), cut at `limit`."""
    text = "; ".join(f"{k}: {_short(v)}" for k, v in evidence.items() if k not in ("quad", "box"))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evidence_json(evidence: dict[str, Any]) -> str:
    return json.dumps(evidence, ensure_ascii=False, indent=1, default=str)


class Panel(QWidget):
    """A results panel: `show_outcome` keeps what it shows, so a language change re-renders it."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)

    def redraw(self) -> None:
        """Set every text from the kept outcome (tr() and the core's language)."""


def caption(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("cardTitle")
    return label
