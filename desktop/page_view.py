"""A page image with the MRZ quadrilateral outlined (the evidence for the read shown beside it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QLabel, QWidget

from ocr.imaging import Page


def page_pixmap(page: Page, box: Sequence[tuple[float, float]] = (), max_width: int = 520) -> QPixmap:
    img = page.image
    h, w = int(img.shape[0]), int(img.shape[1])
    qimage = QImage(img.data, w, h, int(img.strides[0]), QImage.Format.Format_BGR888).copy()
    scale = min(1.0, max_width / w)
    pixmap = QPixmap.fromImage(qimage).scaledToWidth(max(1, round(w * scale)),
                                                      Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    if len(box) >= 3:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#e0218a"), 3))
        painter.drawPolygon(QPolygonF([QPointF(x * scale, y * scale) for x, y in box]))
        painter.end()
    return pixmap


class PageView(QLabel):
    def __init__(self, page: Page, parent: QWidget | None = None, max_width: int = 520) -> None:
        super().__init__(parent)
        self.page = page
        self.max_width = max_width
        self.box: tuple[tuple[float, float], ...] = ()
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setPixmap(page_pixmap(page, max_width=max_width))

    def outline(self, box: Sequence[tuple[float, float]]) -> None:
        self.box = tuple(box)
        self.setPixmap(page_pixmap(self.page, self.box, self.max_width))
