"""The local registry copy: what is installed and how old it is, and importing a signed package from
a file or USB stick, or pulling the newest from the partner's server (verified and applied in a
worker, with a progress bar). Every applied sync leaves a signed receipt of the audit chain head in
the desk's outbound folder and, on a stick, beside the package."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.screens.base import Screen, message_label, name
from desktop.workers import Worker
from verification.accounts import User
from verification.audit.receipts import write_sync_receipt
from verification.registry.errors import RegistryError
from verification.registry.store import Progress
from verification.registry.sync import HttpSource, ImportResult, pull

STATUS_ROWS = ("partner", "package", "published", "applied", "age", "counts")


def removable_media() -> str:
    """Where USB sticks are mounted on Debian desktops, for the file dialog to start in."""
    user = getpass.getuser()
    for base in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        if base.is_dir() and os.access(base, os.R_OK):
            return str(base)
    return ""


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
        pull_row = QHBoxLayout()
        self.url_label = QLabel()
        self.url = QLineEdit()
        self.url.setObjectName("registryUrl")
        self.url_label.setBuddy(self.url)
        self.pull_button = QPushButton()
        self.pull_button.setObjectName("pullButton")
        self.pull_button.clicked.connect(lambda: self.pull_from(self.url.text().strip()))
        self.url.returnPressed.connect(self.pull_button.click)
        pull_row.addWidget(self.url_label)
        pull_row.addWidget(self.url, 1)
        pull_row.addWidget(self.pull_button)
        layout.addLayout(pull_row)
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
        name(self.import_button, self.tr("Import package"), self.tr("From a file or a USB stick"))
        self.url_label.setText(self.tr("Server:"))
        self.url.setPlaceholderText(self.tr("https://… (the partner's package server)"))
        name(self.url, self.tr("Package server address"))
        self.pull_button.setText(self.tr("Pull newest"))
        name(self.pull_button, self.tr("Pull the newest packages from the server"))
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import registry package"), removable_media(),
                                              self.tr("Registry packages (*.tar *.tkpkg);;All files (*)"))  # fmt: skip
        if path:
            self.import_package(path)

    def import_package(self, path: str) -> None:
        """Verify and apply one package file (from a stick: copied off it first by the importer)."""
        desk = self.desk

        def run(progress: Progress) -> list[ImportResult]:
            return [desk.importer().import_file(Path(path), progress)]

        self._start(run, self.tr("Verifying and importing %1…").replace("%1", Path(path).name), Path(path).parent)

    def pull_from(self, url: str) -> None:
        """Download and apply every package newer than the installed one from the partner's server."""
        if not url.startswith(("http://", "https://")):
            self.message.setText(
                self.tr("Enter the server address, starting with https:// (or http:// on a local network).")
            )
            return
        desk = self.desk

        def run(progress: Progress) -> list[ImportResult]:
            downloads = desk.trust.private_dir()
            try:
                return pull(HttpSource(url, downloads), desk.importer(), progress)
            finally:
                shutil.rmtree(downloads, ignore_errors=True)

        self._start(run, self.tr("Pulling from %1…").replace("%1", url), None)

    def _start(self, fetch: Callable[[Progress], list[ImportResult]], what: str, beside: Path | None) -> None:
        if self.worker is not None:
            return
        desk = self.desk
        actor = self.user.username if self.user else f"desk:{getpass.getuser()}"

        def run(progress: Progress) -> list[ImportResult]:
            with desk.lock:
                try:
                    results = fetch(progress)
                except RegistryError as exc:
                    desk.audit.record("registry.sync", actor, {"ok": False, "reason": getattr(exc, "reason", "")})
                    raise
                for result in results:
                    v = result.version
                    details = {"ok": True, "applied": result.applied, "partner_state": v.partner_state,
                               "sequence": v.sequence, "kind": v.kind}  # fmt: skip
                    desk.audit.record("registry.sync", actor, details)
                    if result.applied:
                        write_sync_receipt(desk.audit, actor, details, desk.data_dir,
                                           [beside] if beside is not None else [])  # fmt: skip
                return results

        self.worker = Worker(run, expected=(RegistryError, OSError), name="registry-import", with_progress=True)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.result.connect(self._imported)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.finished.connect(self._done)
        self.import_button.setEnabled(False)
        self.pull_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.message.setText(what)
        self.worker.start()

    def _progress(self, item: tuple[int, int, str]) -> None:
        done, total, stage = item
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{stage} %p%")

    def _imported(self, results: list[ImportResult]) -> None:
        if not results:
            self.message.setText(self.tr("The registry copy is up to date: the server offers nothing newer."))
            return
        lines = []
        for result in results:
            v, r = result.version, result.result
            if result.applied:
                lines.append(self.tr("Applied package %1 #%2: %3 written, %4 deleted, %5 photos.")
                             .replace("%1", v.partner_state).replace("%2", str(v.sequence))
                             .replace("%3", str(r.persons_written)).replace("%4", str(r.persons_deleted))
                             .replace("%5", str(r.photos_written)))  # fmt: skip
            else:
                lines.append(self.tr("Package %1 #%2 was already applied; nothing changed.")
                             .replace("%1", v.partner_state).replace("%2", str(v.sequence)))  # fmt: skip
        if any(r.applied for r in results):
            lines.append(self.tr("A signed sync receipt was written to %1.").replace(
                "%1", str(self.desk.data_dir / "outbound")))  # fmt: skip
        self.message.setText("\n".join(lines))

    def _failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("Package refused: %1").replace("%1", str(exc)))

    def _done(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        self.pull_button.setEnabled(True)
        self.refresh()
        self.imported.emit()
