"""One filed case, read-only, as the officer saw it at verification time (from what the case stored):
the verdict banner with its reasons and every check, failing first (the results widgets, fed from
the stored JSON), the passport's MRZ and printed fields beside its page images, the two portraits
side by side with score and band, the certificate's fields, the timings; then the decision — the
officer's, and a supervisor's resolution of a referral as the final one. Images the retention purge
deleted show as such. Save report (PDF) in a worker; an undecided case of the signed-in officer can
be decided here (the core's comment rule, its message in place)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.kind_names import kind_name
from desktop.screens.base import message_label, name
from desktop.screens.results.checks_list import ChecksList
from desktop.screens.results.common import caption, core_language, fill_table, make_table
from desktop.screens.results.passport_panel import FIELD_LABELS, mrz_font
from desktop.screens.results.verdict_banner import VerdictBanner
from desktop.stored_case import PORTRAIT_PASSPORT, PORTRAIT_REGISTRY, StoredCase, StoredImage, load
from desktop.workers import Worker
from ocr.errors import TekseruError
from verification.accounts import AccountError, User, can_decide_case
from verification.cases import Case, CaseError, Decision
from verification.cases.model import MIN_COMMENT

PAGE_WIDTH, PORTRAIT = 520, 220


@dataclasses.dataclass(frozen=True)
class OpenedCase:
    """What the opening worker hands the GUI thread: the case and its images decoded (QImage is
    safe to build off the GUI thread; QPixmap is not)."""

    stored: StoredCase
    pictures: dict[str, QImage]


def _qimage(data: bytes | None, longest: int) -> QImage | None:
    if not data:
        return None
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        return None
    arr = np.ascontiguousarray(img)
    h, w = arr.shape[:2]
    image = QImage(arr.data, w, h, int(arr.strides[0]), QImage.Format.Format_BGR888).copy()
    return image.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)  # fmt: skip


def open_case(desk: Desk, user: User, case_id: int) -> OpenedCase:
    """Runs in a worker: the case (viewing audited; refused unless this user may see it) and its
    images, decoded."""
    with desk.lock:
        stored = load(desk.cases, user, case_id)
    pictures: dict[str, QImage] = {}
    for image in stored.images:
        longest = PORTRAIT if image.label in (PORTRAIT_PASSPORT, PORTRAIT_REGISTRY) else PAGE_WIDTH
        decoded = _qimage(image.data, longest)
        if decoded is not None:
            pictures[image.image.sha256 + image.label] = decoded
    return OpenedCase(stored, pictures)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def _clear(layout: QVBoxLayout | QHBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


class CaseView(QWidget):
    back_requested = Signal()
    decided = Signal(object)  # the Case after the officer's decision

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.desk = desk
        self.user: User | None = None
        self.worker: Worker | None = None
        self.opened: OpenedCase | None = None
        self.report_path: Path | None = None
        self.image_labels: dict[str, QLabel] = {}  # by image label ("passport page 1", "portrait passport"…)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToList")
        self.back_button.clicked.connect(self.back_requested.emit)
        top.addWidget(self.back_button)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        top.addWidget(self.title, 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCaseReport")
        self.save_button.clicked.connect(lambda: self.save_report())
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("caseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.banner = VerdictBanner()
        layout.addWidget(self.banner)
        layout.addWidget(self._decision_box())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self._checks_tab(), "")
        self.tabs.addTab(_scrolled(self._passport_tab()), "")
        self.tabs.addTab(_scrolled(self._faces_tab()), "")
        self.tabs.addTab(_scrolled(self._certificate_tab()), "")
        layout.addWidget(self.tabs, 1)
        self.timings = QLabel()
        self.timings.setObjectName("caseTimings")
        layout.addWidget(self.timings)
        self.message = message_label()
        self.message.setObjectName("caseMessage")
        layout.addWidget(self.message)
        self.retranslate()
        self._update()

    # -- building --------------------------------------------------------------------------------

    def _decision_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("caseDecision")
        grid = QGridLayout(box)
        self.decision_title = caption()
        grid.addWidget(self.decision_title, 0, 0, 1, 4)
        self.decision_text = QLabel()
        self.decision_text.setObjectName("caseDecisionText")
        self.decision_text.setWordWrap(True)
        self.decision_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.decision_text, 1, 0, 1, 4)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("caseComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(60)
        grid.addWidget(self.comment, 2, 0, 1, 4)
        self.decision_buttons: dict[Decision, QPushButton] = {}
        for col, decision in enumerate((Decision.ACCEPT, Decision.REJECT, Decision.REFER)):
            button = QPushButton()
            button.setObjectName(f"caseDecide_{decision.value}")
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.decision_buttons[decision] = button
            grid.addWidget(button, 3, col)
        self.decision_message = message_label()
        self.decision_message.setObjectName("caseDecisionMessage")
        grid.addWidget(self.decision_message, 4, 0, 1, 4)
        return box

    def _checks_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.checks = ChecksList()
        v.addWidget(self.checks, 1)
        self.raw_checks = QLabel()
        self.raw_checks.setObjectName("rawChecks")
        self.raw_checks.setWordWrap(True)
        self.raw_checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.raw_checks)
        return w

    def _passport_tab(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        self.passport_pages = QVBoxLayout()
        self.passport_pages.setAlignment(Qt.AlignmentFlag.AlignTop)
        h.addLayout(self.passport_pages)
        right = QVBoxLayout()
        self.mrz_status = QLabel()
        self.mrz_status.setObjectName("caseMrzStatus")
        self.mrz_status.setWordWrap(True)
        right.addWidget(self.mrz_status)
        self.mrz_lines = QLabel()
        self.mrz_lines.setObjectName("caseMrzLines")
        self.mrz_lines.setFont(mrz_font())
        self.mrz_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.mrz_lines)
        self.mrz_title, self.viz_title = caption(), caption()
        self.mrz_table, self.viz_table = make_table("caseMrzFields"), make_table("casePrintedFields")
        for title, table in ((self.mrz_title, self.mrz_table), (self.viz_title, self.viz_table)):
            right.addWidget(title)
            right.addWidget(table)
        right.addStretch(1)
        h.addLayout(right, 1)
        return w

    def _faces_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.faces_grid = QGridLayout()
        self.portrait_title, self.photo_title = caption(), caption()
        self.faces_grid.addWidget(self.portrait_title, 0, 0)
        self.faces_grid.addWidget(self.photo_title, 0, 1)
        v.addLayout(self.faces_grid)
        self.face_score = QLabel()
        self.face_score.setObjectName("caseFaceScore")
        self.face_score.setWordWrap(True)
        self.face_score.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.face_score)
        v.addStretch(1)
        return w

    def _certificate_tab(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        self.certificate_pages = QVBoxLayout()
        self.certificate_pages.setAlignment(Qt.AlignmentFlag.AlignTop)
        h.addLayout(self.certificate_pages)
        right = QVBoxLayout()
        self.certificate_status = QLabel()
        self.certificate_status.setObjectName("caseCertificateStatus")
        self.certificate_status.setWordWrap(True)
        right.addWidget(self.certificate_status)
        self.certificate_table = make_table("caseCertificateFields")
        right.addWidget(self.certificate_table)
        right.addStretch(1)
        h.addLayout(right, 1)
        return w

    # -- texts -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.retranslate)  # after the switch: its language is then current
        super().changeEvent(event)

    def retranslate(self) -> None:
        for button, text in ((self.back_button, self.tr("Back to the list")),
                             (self.save_button, self.tr("Save report (PDF)…"))):  # fmt: skip
            button.setText(text)
            name(button, text.rstrip("…"))
        for i, text in enumerate((self.tr("Checks"), self.tr("Passport"), self.tr("Faces"), self.tr("Certificate"))):
            self.tabs.setTabText(i, text)
        name(self.tabs, self.tr("Case contents"))
        name(self.summary, self.tr("Case summary"))
        self.decision_title.setText(self.tr("Decision"))
        name(self.decision_text, self.tr("Decision"))
        self.comment.setPlaceholderText(self.tr("Comment (required, at least %1 characters, when the decision "
                                                "differs from the verdict or there is no verdict)").replace(
                                                    "%1", str(MIN_COMMENT)))  # fmt: skip
        name(self.comment, self.tr("Decision comment"))
        labels = self._decision_labels()
        for decision, button in self.decision_buttons.items():
            button.setText(labels[decision])
            name(button, labels[decision])
        self.mrz_title.setText(self.tr("Machine readable zone"))
        self.viz_title.setText(self.tr("Printed fields (visual zone)"))
        name(self.mrz_lines, self.tr("MRZ lines"))
        name(self.mrz_table, self.tr("MRZ fields"))
        name(self.viz_table, self.tr("Printed fields"))
        self.portrait_title.setText(self.tr("Passport portrait"))
        self.photo_title.setText(self.tr("Registry photo"))
        name(self.face_score, self.tr("Face comparison"))
        name(self.certificate_table, self.tr("Certificate fields"))
        if self.opened is not None:
            self._render()

    def _decision_labels(self) -> dict[Decision, str]:
        return {Decision.ACCEPT: self.tr("Accept"), Decision.REJECT: self.tr("Reject"),
                Decision.REFER: self.tr("Refer")}  # fmt: skip

    def _decision_words(self) -> dict[Decision, str]:
        return {Decision.ACCEPT: self.tr("accepted"), Decision.REJECT: self.tr("rejected"),
                Decision.REFER: self.tr("referred")}  # fmt: skip

    # -- showing ---------------------------------------------------------------------------------

    @property
    def case(self) -> Case | None:
        return None if self.opened is None else self.opened.stored.case

    def show_case(self, opened: OpenedCase) -> None:
        self.opened = opened
        self.report_path = None
        self.comment.clear()
        self.message.clear()
        self.decision_message.clear()
        self._build_images()
        self._render()
        self.tabs.setCurrentIndex(0)

    def clear(self) -> None:
        self.opened = None
        self.report_path = None
        self.image_labels.clear()
        for layout in (self.passport_pages, self.certificate_pages):
            _clear(layout)
        self.banner.clear()
        self.checks.show_checks((), "en")
        self.message.clear()
        self.decision_message.clear()
        self._update()

    def _image_label(self, image: StoredImage, longest: int) -> QLabel:
        label = QLabel()
        label.setObjectName("caseImage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFrameShape(QLabel.Shape.StyledPanel)
        label.setMinimumSize(min(longest, 180), min(longest, 180))
        label.setToolTip(image.label)
        picture = self.opened.pictures.get(image.image.sha256 + image.label) if self.opened else None
        if picture is not None:
            label.setPixmap(QPixmap.fromImage(picture))
        self.image_labels[image.label] = label
        return label

    def _build_images(self) -> None:
        assert self.opened is not None
        stored = self.opened.stored
        self.image_labels.clear()
        for layout in (self.passport_pages, self.certificate_pages):
            _clear(layout)
        for layout, pages in ((self.passport_pages, stored.pages("passport") + stored.other_images()),
                              (self.certificate_pages, stored.pages("certificate"))):  # fmt: skip
            for image in pages:
                layout.addWidget(caption(image.label))
                layout.addWidget(self._image_label(image, PAGE_WIDTH))
        for col, label in enumerate((PORTRAIT_PASSPORT, PORTRAIT_REGISTRY)):
            old = self.faces_grid.itemAtPosition(1, col)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
            portrait = stored.image(label)
            if portrait is not None:
                self.faces_grid.addWidget(self._image_label(portrait, PORTRAIT), 1, col)
            else:
                missing = QLabel()
                missing.setObjectName("caseImage")
                missing.setMinimumSize(180, 220)
                missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
                missing.setFrameShape(QLabel.Shape.StyledPanel)
                self.image_labels[label] = missing
                self.faces_grid.addWidget(missing, 1, col)

    def _render(self) -> None:
        assert self.opened is not None
        stored = self.opened.stored
        case = stored.case
        lang = core_language(self)
        self.title.setText(self.tr("Case %1").replace("%1", str(case.id)))
        s = case.subject
        summary = self.tr("Opened %1 by %2; subject: %3").replace(
            "%1", case.created_at.astimezone().strftime("%Y-%m-%d %H:%M")).replace("%2", case.officer).replace(
            "%3", f"{s.surname} {s.given_names} {s.document_number}".strip() or "—")  # fmt: skip
        if stored.partner_id:
            summary += "; " + self.tr("registry record %1").replace("%1", stored.partner_id)
        self.summary.setText(summary)
        if stored.verdict is not None:
            self.banner.show_verdict(stored.verdict, stored.demo, lang)
        else:
            self.banner.clear()
        self.checks.show_checks(stored.checks, lang)
        self.raw_checks.setText("\n".join(stored.raw_checks))
        self.raw_checks.setVisible(bool(stored.raw_checks))
        self._render_decision(case)
        self._render_images()
        self._render_passport(stored)
        self._render_face(stored)
        self._render_certificate(stored)
        spent = "  ".join(f"{k} {v:.2f} s" for k, v in stored.timings.items())
        self.timings.setText(self.tr("Timings: %1").replace("%1", spent) if spent else "")
        self._update()

    def _render_decision(self, case: Case) -> None:
        words = self._decision_words()

        def when(t: dt.datetime | None) -> str:
            return t.astimezone().strftime("%Y-%m-%d %H:%M") if t is not None else "—"

        lines: list[str] = []
        if case.decision is None:
            lines.append(self.tr("Not decided yet."))
        else:
            lines.append(self.tr("Officer's decision: %1 by %2 at %3").replace("%1", words[case.decision]).replace(
                "%2", case.decided_by or "—").replace("%3", when(case.decided_at)))  # fmt: skip
            lines.append(self.tr("Officer's comment: %1").replace("%1", case.comment or "—"))
        if case.review is not None:
            r = case.review
            lines.append(self.tr("Supervisor's resolution (final decision): %1 by %2 at %3").replace(
                "%1", words[r.decision]).replace("%2", r.reviewed_by).replace("%3", when(r.reviewed_at)))  # fmt: skip
            lines.append(self.tr("Supervisor's comment: %1").replace("%1", r.comment))
        elif case.awaiting_review:
            lines.append(self.tr("Referred: awaiting a supervisor's resolution."))
        self.decision_text.setText("\n".join(lines))

    def _render_images(self) -> None:
        assert self.opened is not None
        stored = self.opened.stored
        for image in stored.images:
            label = self.image_labels.get(image.label)
            if label is None or not label.pixmap().isNull():
                continue
            if image.purged:
                label.setText(self.tr("image deleted after %1 days").replace("%1", str(stored.days_kept(image))))
            else:
                label.setText(self.tr("image file missing"))
            name(label, self.tr("Image %1").replace("%1", image.label), label.text())
        for key in (PORTRAIT_PASSPORT, PORTRAIT_REGISTRY):
            label = self.image_labels.get(key)
            if label is not None and stored.image(key) is None:
                label.setText(self.tr("no portrait stored"))
        for key, label in self.image_labels.items():
            if not label.pixmap().isNull():
                name(label, self.tr("Image %1").replace("%1", key))

    def _render_passport(self, stored: StoredCase) -> None:
        mrz = stored.mrz
        headers = [self.tr("Field"), self.tr("Value"), self.tr("Confidence"), self.tr("Check digit")]
        if mrz is None:
            self.mrz_status.setText(self.tr("No machine readable zone was found on the passport pages."))
            self.mrz_lines.clear()
            fill_table(self.mrz_table, headers, [], fit=True)
        else:
            valid = self.tr("check digits valid") if mrz.get("valid") else self.tr("check digits NOT valid")
            self.mrz_status.setText(self.tr("MRZ %1, %2; read by %3").replace("%1", str(mrz.get("format") or ""))
                                    .replace("%2", valid).replace("%3", str(mrz.get("engine") or "—")))  # fmt: skip
            self.mrz_lines.setText("\n".join(str(line) for line in mrz.get("lines", [])))
            fields = mrz.get("fields") if isinstance(mrz.get("fields"), dict) else {}
            confidence = mrz.get("field_confidence") or {}
            checks = mrz.get("checks") or {}
            rows = []
            for key, label in FIELD_LABELS.items():
                conf, check = confidence.get(key), checks.get(key)
                rows.append([QCoreApplication.translate("PageResult", str(label)), str((fields or {}).get(key) or "—"),
                             "" if conf is None else f"{float(conf):.2f}",
                             "" if check is None else ("✔" if check else "✘")])  # fmt: skip
            fill_table(self.mrz_table, headers, rows, fit=True)
        rows = [[str(f.get("label") or key), str(f.get("value") or f.get("text") or "—"),
                 f"{float(f.get('confidence') or 0):.2f}", "; ".join(f.get("problems") or [])]
                for d in stored.documents(stored.passport) for key, f in (d.get("fields") or {}).items()]  # fmt: skip
        fill_table(self.viz_table, [self.tr("Field"), self.tr("Value"), self.tr("Confidence"), self.tr("Problems")],
                   rows, fit=True)  # fmt: skip

    def _render_face(self, stored: StoredCase) -> None:
        face = stored.face
        bands = {"match": self.tr("match"), "review": self.tr("unsure — compare by eye"),
                 "no_match": self.tr("no match")}  # fmt: skip
        if face is None or face.get("compared") is False or face.get("score") is None:
            why = (face or {}).get("reason")
            text = self.tr("The faces were not compared (no registry record or no passport page).")
            self.face_score.setText(text + (f"\n{why}" if why else ""))
            return
        text = self.tr("Score %1 — %2 (engine %3)").replace("%1", f"{float(face['score']):.3f}").replace(
            "%2", bands.get(str(face.get("band")), str(face.get("band")))).replace(
            "%3", str(face.get("engine") or "—"))  # fmt: skip
        if face.get("match_edge") is not None and face.get("review_edge") is not None:
            edges = (f"{float(face['match_edge']):.2f}", f"{float(face['review_edge']):.2f}")
            text += "\n" + self.tr("match from %1, review from %2").replace("%1", edges[0]).replace("%2", edges[1])
        if face.get("reason"):
            text += "\n" + str(face["reason"])
        if face.get("warnings"):
            text += "\n" + self.tr("Warnings: %1").replace("%1", ", ".join(str(w) for w in face["warnings"]))
        hits = face.get("hits")
        if hits is not None:
            claimed = stored.partner_id
            others = [h for h in hits if h.get("partner_id") != claimed]
            text += "\n" + (self.tr("Face search (1:N): no one else in the registry matches.") if not others else
                            self.tr("Face search (1:N): also like %1").replace("%1", "; ".join(
                                f"{h.get('partner_id')} ({float(h.get('score', 0)):.2f}, "
                                f"{bands.get(str(h.get('band')), str(h.get('band')))})" for h in others)))  # fmt: skip
        self.face_score.setText(text)

    def _render_certificate(self, stored: StoredCase) -> None:
        headers = [self.tr("Field"), self.tr("Value"), self.tr("As printed"), self.tr("Confidence"),
                   self.tr("Problems")]  # fmt: skip
        docs = stored.documents(stored.certificate)
        if not docs:
            self.certificate_status.setText(self.tr("No certificate was handed over.") if not stored.certificate
                                            else self.tr("The certificate pages were not recognised as a known "
                                                         "certificate."))  # fmt: skip
            fill_table(self.certificate_table, headers, [], fit=True)
            return
        d = docs[0]
        kind = str(d.get("kind", ""))
        status = self.tr("%1, edition %2; layout fit %3").replace("%1", kind_name(kind)).replace(
            "%2", str(d.get("edition", ""))).replace("%3", f"{float(d.get('layout_score') or 0):.2f}")  # fmt: skip
        code = d.get("code")
        if isinstance(code, dict):
            parts = code.get("parts") or {}
            status += "\n" + self.tr("Code read (%1): %2").replace("%1", str(code.get("format", ""))).replace(
                "%2", ", ".join(f"{k}={v}" for k, v in parts.items()) or str(code.get("text", "")))  # fmt: skip
        if d.get("problems"):
            status += "\n⚠ " + "; ".join(str(p) for p in d["problems"])
        self.certificate_status.setText(status)
        rows = [[str(f.get("label") or key), str(f.get("value") or "—"), str(f.get("text") or ""),
                 f"{float(f.get('confidence') or 0):.2f}" if f.get("found", True) else self.tr("not found"),
                 "; ".join(f.get("problems") or [])] for key, f in (d.get("fields") or {}).items()]  # fmt: skip
        fill_table(self.certificate_table, headers, rows, fit=True)

    # -- state -----------------------------------------------------------------------------------

    def may_decide(self) -> bool:
        case, user = self.case, self.user
        return (case is not None and user is not None and case.decision is None and case.officer == user.username
                and can_decide_case(user, case))  # fmt: skip

    def busy(self) -> bool:
        return self.worker is not None

    def _update(self) -> None:
        idle = self.worker is None
        decidable = self.may_decide()
        for button in self.decision_buttons.values():
            button.setVisible(decidable)
            button.setEnabled(decidable and idle)
        self.comment.setVisible(decidable)
        self.comment.setEnabled(decidable and idle)
        self.save_button.setEnabled(self.case is not None and idle and self.user is not None)
        self.back_button.setEnabled(idle)

    def _start(self, worker: Worker) -> None:
        self.worker = worker
        worker.signals.finished.connect(self._finished)
        worker.start()
        self._update()

    def _finished(self) -> None:
        self.worker = None
        self._update()

    # -- deciding and the report -----------------------------------------------------------------

    def decide(self, decision: Decision) -> None:
        case, user, desk = self.case, self.user, self.desk
        if case is None or user is None or self.worker is not None or not self.may_decide():
            return
        comment, case_id = self.comment.toPlainText(), case.id

        def run() -> Case:
            with desk.lock:
                return desk.cases.decide(user, case_id, decision, comment)

        worker = Worker(run, expected=(CaseError, AccountError), name="case-view-decide")
        worker.signals.result.connect(self._decided)
        worker.signals.failed.connect(lambda exc: self.decision_message.setText(str(exc)))
        self.decision_message.clear()
        self._start(worker)

    def _decided(self, case: Case) -> None:
        if self.opened is None or self.opened.stored.case.id != case.id:
            return
        self.opened = dataclasses.replace(self.opened, stored=dataclasses.replace(self.opened.stored, case=case))
        self.comment.clear()
        self._render_decision(case)
        assert case.decision is not None
        self.decision_message.setText(self.tr("Decision recorded for case %1: %2").replace(
            "%1", str(case.id)).replace("%2", self._decision_words()[case.decision]))  # fmt: skip
        self._update()
        self.decided.emit(case)

    def _export(self, user: User, case_id: int, out: Path, lang: str) -> Any:
        """Runs in a worker; the report module is another part of the app, imported when needed."""
        from desktop.report_process import render_elsewhere
        from verification.report import export_case_report

        with self.desk.lock:
            return export_case_report(self.desk.cases, self.desk.audit, user, case_id, out, lang=lang,
                                      demo=self.desk.demo, render=render_elsewhere)  # fmt: skip

    def save_report(self, path: str | Path | None = None) -> None:
        case, user = self.case, self.user
        if case is None or user is None or self.worker is not None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"tekseru-case-{case.id}.pdf",
                                                    self.tr("PDF (*.pdf)"))  # fmt: skip
            if not chosen:
                return
            path = chosen
        worker = Worker(self._export, user, case.id, Path(path), core_language(self),
                        expected=(TekseruError, OSError, ImportError), name="case-view-report")  # fmt: skip
        worker.signals.result.connect(self._report_saved)
        worker.signals.failed.connect(lambda exc: self.message.setText(
            self.tr("The report could not be saved: %1").replace("%1", str(exc))))  # fmt: skip
        self.message.setText(self.tr("Writing the report…"))
        self._start(worker)

    def _report_saved(self, export: Any) -> None:
        self.report_path = Path(export.pdf_path)
        self.message.setText(self.tr("Report saved: %1").replace("%1", str(self.report_path)))
