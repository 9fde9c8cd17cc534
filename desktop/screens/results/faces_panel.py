"""The passport portrait beside the registry photo, with the score, the band it falls in and the
band edges, the engine, and every warning; then the 1:N search: registry persons under other
identities whose photo resembles the portrait, with their names (each look-up audited)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.capture_flow import Outcome
from desktop.screens.base import name
from desktop.screens.results.common import Panel, bgr_pixmap, bytes_pixmap, caption, fill_table, make_table


def _image_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setMinimumSize(180, 220)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QLabel.Shape.StyledPanel)
    return label


class FacesPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.portrait_title, self.photo_title = caption(), caption()
        grid.addWidget(self.portrait_title, 0, 0)
        grid.addWidget(self.photo_title, 0, 1)
        self.portrait, self.photo = _image_label("passportPortrait"), _image_label("registryPhoto")
        grid.addWidget(self.portrait, 1, 0)
        grid.addWidget(self.photo, 1, 1)
        layout.addLayout(grid)
        self.score = QLabel()
        self.score.setObjectName("faceScore")
        self.score.setWordWrap(True)
        self.score.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.score)
        self.hits_title = caption()
        layout.addWidget(self.hits_title)
        self.hits_note = QLabel()
        self.hits_note.setWordWrap(True)
        layout.addWidget(self.hits_note)
        self.hits = make_table("faceHits")
        layout.addWidget(self.hits, 1)
        self.redraw()  # accessible names before any result

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        comparison = outcome.result.face
        self.portrait.setPixmap(bgr_pixmap(comparison.crop_a if comparison is not None else None))
        photo = bytes_pixmap(outcome.result.registry_photo)
        if photo.isNull() and comparison is not None:
            photo = bgr_pixmap(comparison.crop_b)
        self.photo.setPixmap(photo)
        self.redraw()

    def redraw(self) -> None:
        self.portrait_title.setText(self.tr("Passport portrait"))
        self.photo_title.setText(self.tr("Registry photo"))
        self.hits_title.setText(self.tr("Similar faces under other identities (1:N search)"))
        name(self.portrait, self.tr("Passport portrait"))
        name(self.photo, self.tr("Registry photo"))
        name(self.score, self.tr("Face comparison"))
        name(self.hits, self.tr("Similar faces under other identities"))
        if self.outcome is None:
            return
        if self.portrait.pixmap().isNull():
            self.portrait.setText(self.tr("no portrait found"))
        if self.photo.pixmap().isNull():
            self.photo.setText(self.tr("no registry photo"))
        face = self.outcome.result.facts.face
        bands = {"match": self.tr("match"), "review": self.tr("unsure — compare by eye"),
                 "no_match": self.tr("no match")}  # fmt: skip
        if face is None:
            text = self.tr("The faces were not compared (no registry record or no passport page).")
        elif face.score is None:
            text = self.tr("The faces could not be compared: %1").replace("%1", face.reason or "—")
        else:
            text = self.tr("Score %1 — %2 (engine %3; match from %4, unsure from %5)").replace(
                "%1", f"{face.score:.3f}").replace("%2", bands.get(face.band or "", face.band or "—")).replace(
                "%3", face.engine or "—").replace("%4", "—" if face.match_edge is None else f"{face.match_edge:.2f}"
                ).replace("%5", "—" if face.review_edge is None else f"{face.review_edge:.2f}")  # fmt: skip
        warnings = list(face.warnings) if face is not None else []
        if warnings:
            text += "\n" + "\n".join("⚠ " + w for w in warnings)
        self.score.setText(text)
        hits = self.outcome.result.facts.face_hits
        claimed = self.outcome.result.person.partner_id if self.outcome.result.person is not None else None
        others = [h for h in hits or () if h.partner_id != claimed]
        if hits is None:
            self.hits_note.setText(self.tr("The 1:N search did not run (no usable portrait or no face index)."))
        elif not others:
            self.hits_note.setText(self.tr("No similar face under another identity."))
        else:
            self.hits_note.setText(self.tr("%1 registry person(s) under other identities look alike: compare "
                                           "them before deciding.").replace("%1", str(len(others))))  # fmt: skip
        rows = []
        for h in others:
            person = self.outcome.hit_persons.get(h.partner_id)
            names = "; ".join(f"{n.surname} {n.given_names}".strip() for n in person.names) if person else "—"
            born = person.birth_date.isoformat() if person else "—"
            rows.append([h.partner_id, f"{h.score:.3f}", bands.get(h.band, h.band), names, born])
        fill_table(self.hits, [self.tr("Partner id"), self.tr("Score"), self.tr("Band"), self.tr("Names"),
                               self.tr("Born")], rows, fit=True)  # fmt: skip
