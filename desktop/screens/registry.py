"""The local registry copy: what is installed and how old it is, and importing a signed package
file (verified and applied in a worker, with a progress bar)."""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from verification.accounts import User
from verification.registry.errors import RegistryError
from verification.registry.store import Progress
from verification.registry.sync import ImportResult

STATUS_ROWS = ("partner", "package", "published", "applied", "age", "counts")


def _when(t: dt.datetime | None) -> str:
    return "—" if t is None else t.astimezone().strftime("%Y-%m-%d %H:%M")


class RegistryScreen(Screen):
    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.max_age_days = 30.0
        self.worker: Worker | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        top.addWidget(self.title, 1)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.choose_package)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.form = QFormLayout()
        self.row_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in STATUS_ROWS:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"status_{key}")
            label.setBuddy(value)
            self.row_labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        layout.addLayout(self.form)
        self.freshness = QLabel()
        self.freshness.setObjectName("freshness")
        self.freshness.setWordWrap(True)
        layout.addWidget(self.freshness)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Registry"))
        self.import_button.setText(self.tr("Import package…"))
        name(self.import_button, self.tr("Import package"))
        texts = {"partner": self.tr("Partner"), "package": self.tr("Package"), "published": self.tr("Published"),
                 "applied": self.tr("Applied"), "age": self.tr("Age"), "counts": self.tr("Records")}  # fmt: skip
        for key, text in texts.items():
            self.row_labels[key].setText(text)
            name(self.values[key], text)
        name(self.progress, self.tr("Import progress"))
        name(self.freshness, self.tr("Data freshness"))
        self.refresh()

    def refresh(self) -> None:
        """Status is a few indexed counts in SQLite: well under 50 ms, so read in place."""
        if self.worker is not None:
            return
        with self.desk.lock:
            st = self.desk.registry.status()
            fr = self.desk.freshness(self.max_age_days)
        v = self.values
        v["partner"].setText(st.partner_state or "—")
        v["package"].setText(self.tr("none installed") if not st.sequence else
                             f"#{st.sequence} ({st.kind})")  # fmt: skip
        v["published"].setText(_when(st.published_at))
        v["applied"].setText(_when(st.applied_at))
        v["age"].setText("—" if fr.age is None else self.tr("%1 days (allowed: %2)").replace(
            "%1", f"{fr.age.total_seconds() / 86400:.1f}").replace("%2", f"{self.max_age_days:g}"))  # fmt: skip
        v["counts"].setText(self.tr("%1 persons, %2 documents, %3 photos, %4 crossings").replace(
            "%1", str(st.persons)).replace("%2", str(st.documents)).replace("%3", str(st.photos)).replace(
            "%4", str(st.crossings)))  # fmt: skip
        self.freshness.setText(("" if fr.fresh else "⚠ ") + fr.message())
        self.freshness.setProperty("stale", not fr.fresh)

    def choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import registry package"), "",
                                              self.tr("Registry packages (*.tar *.tkpkg);;All files (*)"))  # fmt: skip
        if path:
            self.import_package(path)

    def import_package(self, path: str) -> None:
        if self.worker is not None:
            return
        desk = self.desk
        actor = self.user.username if self.user else f"desk:{getpass.getuser()}"

        def run(progress: Progress) -> ImportResult:
            with desk.lock:
                try:
                    result = desk.importer().import_file(Path(path), progress)
                except RegistryError as exc:
                    desk.audit.record("registry.sync", actor, {"ok": False, "reason": getattr(exc, "reason", "")})
                    raise
                v = result.version
                details = {"ok": True, "applied": result.applied, "partner_state": v.partner_state,
                           "sequence": v.sequence, "kind": v.kind}  # fmt: skip
                desk.audit.record("registry.sync", actor, details)
                return result

        self.worker = Worker(run, expected=(RegistryError, OSError), name="registry-import", with_progress=True)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.result.connect(self._imported)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.finished.connect(self._done)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.message.setText(self.tr("Verifying and importing %1…").replace("%1", Path(path).name))
        self.worker.start()

    def _progress(self, item: tuple[int, int, str]) -> None:
        done, total, stage = item
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{stage} %p%")

    def _imported(self, result: ImportResult) -> None:
        v, r = result.version, result.result
        if result.applied:
            self.message.setText(self.tr("Applied package %1 #%2: %3 written, %4 deleted, %5 photos.")
                                 .replace("%1", v.partner_state).replace("%2", str(v.sequence))
                                 .replace("%3", str(r.persons_written)).replace("%4", str(r.persons_deleted))
                                 .replace("%5", str(r.photos_written)))  # fmt: skip
        else:
            self.message.setText(self.tr("Package %1 #%2 was already applied; nothing changed.")
                                 .replace("%1", v.partner_state).replace("%2", str(v.sequence)))  # fmt: skip

    def _failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("Package refused: %1").replace("%1", str(exc)))

    def _done(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        self.refresh()
        self.imported.emit()
