"""The capture sources beside "Open documents…": a scanner through SANE, a camera through OpenCV,
and the watched scan folder, in one self-contained panel.

API (what the capture screen uses):
- `SourcesPanel(settings, parent=None, capture_dir=None)`; scans and camera stills are written to
  `capture_dir`, by default a private folder (mode 0700) made for this panel.
- signal `files_captured(list[str])`: paths of finished image files — a scan, a camera still, or
  complete new files from the watched folder (those stay where they are).
- `apply_settings(settings)`: device, resolution, mode, camera and watched folder from Settings.
- `chosen(settings) -> Settings`: settings with the scanner choice the officer made here, to save.
- `set_watching(on)`: pause or resume the watched folder (e.g. while the session is locked).
- `stop(keep_files=False)`: cancels a scan or device search, closes the camera, stops watching, and
  removes the private capture folder unless asked to keep it; call it when the window closes.
- `busy()`: a scan or device search is running.

Nothing here blocks the GUI thread: scanimage and the camera run in workers (desktop.workers),
the folder is watched with timers. Messages are shown in the panel, in place."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.base import Screen, message_label, name
from desktop.settings import SCAN_MODES, SCAN_RESOLUTIONS, Settings
from desktop.sources.camera import CameraError, CameraStream
from desktop.sources.scanner import (
    DEFAULT_TIMEOUT,
    Cancel,
    DeviceOptions,
    ScanDevice,
    ScanError,
    ScanRequest,
    device_options,
    list_devices,
    scan,
)
from desktop.sources.watch_folder import FolderWatcher
from desktop.workers import Worker, active_workers

log = logging.getLogger(__name__)

SCAN_KEYS = "Ctrl+Shift+S"
CAMERA_KEYS = "Ctrl+Shift+K"
REFRESH_KEYS = QKeySequence.StandardKey.Refresh  # F5 on every desktop
CANCEL_KEYS = "Esc"
STILL_KEYS = "Return"

SCAN_MESSAGES = {
    "no_scanimage": QT_TRANSLATE_NOOP("SourcesPanel", "Scanning is not available: the SANE program scanimage is not "
                                                      "installed (package sane-utils)."),
    "no_device": QT_TRANSLATE_NOOP("SourcesPanel", "No scanner found. Check that it is connected and switched on, "
                                                   "then refresh the list."),
    "busy": QT_TRANSLATE_NOOP("SourcesPanel", "The scanner is busy (another program may be using it). Try again "
                                              "in a moment."),
    "cancelled": QT_TRANSLATE_NOOP("SourcesPanel", "Scan cancelled."),
    "timeout": QT_TRANSLATE_NOOP("SourcesPanel", "The scanner did not finish in time; the scan was stopped."),
    "jammed": QT_TRANSLATE_NOOP("SourcesPanel", "The document feeder is jammed."),
    "no_docs": QT_TRANSLATE_NOOP("SourcesPanel", "The document feeder is empty."),
    "cover_open": QT_TRANSLATE_NOOP("SourcesPanel", "The scanner cover is open."),
    "access_denied": QT_TRANSLATE_NOOP("SourcesPanel", "Access to the scanner was denied (check this user's "
                                                       "permissions for scanners)."),
}
CAMERA_MESSAGES = {
    "no_camera": QT_TRANSLATE_NOOP("CameraDialog", "No camera could be opened (%1). Check that it is connected "
                                                   "and not in use by another program."),
    "lost": QT_TRANSLATE_NOOP("CameraDialog", "The camera stopped sending pictures."),
    "save_failed": QT_TRANSLATE_NOOP("CameraDialog", "The still could not be saved."),
}
WATCH_MESSAGES = {
    "off": QT_TRANSLATE_NOOP("SourcesPanel", "Not watching %1"),
    "watching": QT_TRANSLATE_NOOP("SourcesPanel", "Watching %1"),
    "missing": QT_TRANSLATE_NOOP("SourcesPanel", "The scan folder %1 is not available; watching resumes when it "
                                                 "is back."),
    "not_folder": QT_TRANSLATE_NOOP("SourcesPanel", "%1 is not a folder."),
    "unreadable": QT_TRANSLATE_NOOP("SourcesPanel", "The scan folder %1 cannot be read."),
}
MODE_LABELS = {"Color": QT_TRANSLATE_NOOP("SourcesPanel", "Colour"), "Gray": QT_TRANSLATE_NOOP("SourcesPanel", "Grey")}


def _keys_text(keys: str | QKeySequence.StandardKey) -> str:
    seqs = QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey) else [QKeySequence(keys)]
    return seqs[0].toString(QKeySequence.SequenceFormat.NativeText) if seqs else ""


def _tooltip(button: QPushButton, text: str, keys: str | QKeySequence.StandardKey) -> None:
    """Shortcut and tooltip together, after setText: setText replaces a button's shortcut."""
    button.setShortcut(QKeySequence(keys))
    shortcut = _keys_text(keys)
    button.setToolTip(f"{text} ({shortcut})" if shortcut else text)


class CameraDialog(QDialog):
    """Live preview with Take still; the camera runs only while the dialog is open."""

    still_saved = Signal(str)

    def __init__(self, source: int | str, out_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self.out_dir = out_dir
        self.stills: list[str] = []
        self.saving: list[Worker] = []
        self.stream = CameraStream(source, parent=self)
        self.stream.frame_ready.connect(self._show_frame)
        self.stream.opened.connect(self._opened)
        self.stream.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        self.preview = QLabel()
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 320)
        layout.addWidget(self.preview, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.still_button = QPushButton()
        self.still_button.setObjectName("takeStillButton")
        self.still_button.setEnabled(False)
        self.still_button.clicked.connect(self.take_still)
        buttons.addWidget(self.still_button)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCameraButton")
        self.close_button.clicked.connect(self.reject)  # Esc rejects too
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.failure: tuple[str, str] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Camera"))
        self.still_button.setText(self.tr("Take still"))
        _tooltip(self.still_button, self.tr("Save the current picture as a page"), STILL_KEYS)
        self.close_button.setText(self.tr("Close"))
        _tooltip(self.close_button, self.tr("Close the camera"), CANCEL_KEYS)
        name(self.preview, self.tr("Camera preview"))
        name(self.still_button, self.tr("Take still"))
        name(self.close_button, self.tr("Close the camera"))
        if self.failure is not None:
            self._failed(*self.failure)
        elif not self.stream.frames_read:
            self.message.setText(self.tr("Opening the camera…"))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.stream.start()

    def done(self, result: int) -> None:
        self.stream.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stream.stop()
        super().closeEvent(event)

    def _opened(self, width: int, height: int) -> None:
        self.still_button.setEnabled(True)
        self.still_button.setDefault(True)
        self.message.setText(self.tr("Camera ready (%1 × %2). Hold the page still and take a still.")
                             .replace("%1", str(width)).replace("%2", str(height)))  # fmt: skip

    def _failed(self, kind: str, detail: str) -> None:
        self.failure = (kind, detail)
        if kind != "save_failed":  # the camera itself still works after a failed save
            self.still_button.setEnabled(False)
        text = QCoreApplication.translate("CameraDialog", str(CAMERA_MESSAGES.get(kind, CAMERA_MESSAGES["lost"])))
        self.message.setText(text.replace("%1", str(self.stream.source)))
        log.info("camera: %s", kind)

    def _show_frame(self, image: QImage) -> None:
        pix = QPixmap.fromImage(image).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.FastTransformation)  # fmt: skip
        self.preview.setPixmap(pix)
        self.stream.frame_shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stream.frame_shown()

    def take_still(self) -> None:
        worker = self.stream.take_still(self.out_dir)
        if worker is None:
            return
        self.saving.append(worker)
        worker.signals.result.connect(self._saved)
        worker.signals.failed.connect(self._still_failed)  # bound methods: queued to the GUI thread
        worker.signals.finished.connect(self._still_done)

    def _still_failed(self, exc: CameraError) -> None:
        self._failed(exc.kind, exc.message)

    def _still_done(self) -> None:
        running = active_workers()
        self.saving = [w for w in self.saving if w in running]

    def _saved(self, path: str) -> None:
        self.stills.append(path)
        self.message.setText(self.tr("Still %1 saved and sent for reading.").replace("%1", str(len(self.stills))))
        self.still_saved.emit(path)


class SourcesPanel(Screen):
    files_captured = Signal(list)
    choice_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, capture_dir: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self.settings = settings
        self._own_dir = capture_dir is None
        self.capture_dir = capture_dir or tempfile.mkdtemp(prefix="tekseru-capture-")
        self.scan_worker: Worker | None = None
        self.devices_worker: Worker | None = None
        self.options_worker: Worker | None = None
        self._cancel: Cancel | None = None
        self._devices_cancel: Cancel | None = None
        self.devices: list[ScanDevice] | None = None  # None: not searched yet
        self.camera_dialog: CameraDialog | None = None
        self._message: tuple[str, str] = ("", "")  # (context-free source text, %1 argument)
        self.scan_timeout: float | None = None  # None: the scanner module's default
        self.camera_source: int | str | None = None  # a device or video path instead of settings.camera_index
        self.options: DeviceOptions | None = None  # what the chosen device supports, once asked

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scanner_box = QGroupBox()
        grid = QGridLayout(self.scanner_box)
        self.device_label = QLabel()
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("scannerDevice")
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_label.setBuddy(self.device_combo)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshScanners")
        self.refresh_button.clicked.connect(self.refresh_devices)
        self.resolution_label = QLabel()
        self.resolution_combo = QComboBox()
        self.resolution_combo.setObjectName("scanResolution")
        self.resolution_label.setBuddy(self.resolution_combo)
        for dpi in SCAN_RESOLUTIONS:
            self.resolution_combo.addItem(f"{dpi} dpi", dpi)
        self.mode_label = QLabel()
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("scanMode")
        self.mode_label.setBuddy(self.mode_combo)
        for mode in SCAN_MODES:
            self.mode_combo.addItem(mode, mode)
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("scanButton")
        self.scan_button.clicked.connect(self.scan)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelScanButton")
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.cancel_button.setVisible(False)
        # One row for everything, so the captured pages and the results keep the screen's height.
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.device_label, 0, 0)
        grid.addWidget(self.device_combo, 0, 1)
        grid.addWidget(self.refresh_button, 0, 2)
        grid.addWidget(self.resolution_label, 0, 3)
        grid.addWidget(self.resolution_combo, 0, 4)
        grid.addWidget(self.mode_label, 0, 5)
        grid.addWidget(self.mode_combo, 0, 6)
        grid.addWidget(self.scan_button, 0, 7)
        grid.addWidget(self.cancel_button, 0, 8)
        grid.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.scanner_box, 1)
        layout.addLayout(top)

        row = top
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.clicked.connect(self.open_camera)
        row.addWidget(self.camera_button)
        self.watch_check = QCheckBox()
        self.watch_check.setObjectName("watchFolder")
        self.watch_check.toggled.connect(self.set_watching)
        row.addWidget(self.watch_check)
        self.watch_status = QLabel()
        self.watch_status.setObjectName("watchStatus")
        self.watch_status.setWordWrap(True)
        row.addWidget(self.watch_status)
        self.watch_status.setMaximumWidth(260)
        self.message = message_label()
        layout.addWidget(self.message)

        self.watcher = FolderWatcher(parent=self)
        self.watcher.files_ready.connect(self.files_captured)
        self.watcher.status_changed.connect(lambda _s: self._show_watch_status())
        self.device_combo.currentIndexChanged.connect(self._device_chosen)
        self.resolution_combo.currentIndexChanged.connect(lambda _i: self.choice_changed.emit())
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.choice_changed.emit())
        self._fill_devices()
        self.retranslate()
        self.apply_settings(settings)

    # ---- settings

    def apply_settings(self, settings: Settings) -> None:
        old, self.settings = self.settings, settings
        self._select_device(settings.scanner_device)
        self.resolution_combo.setCurrentIndex(max(0, self.resolution_combo.findData(settings.scanner_resolution)))
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(settings.scanner_mode)))
        self.watch_check.setEnabled(bool(settings.watch_folder))
        if not settings.watch_folder:
            self.watcher.stop()
            self.watch_check.setChecked(False)
        elif settings.watch_folder != old.watch_folder or self.watcher.status == "off":
            self.watch_check.setChecked(True)
            self.set_watching(True)
        self._show_watch_status()

    def chosen(self, settings: Settings) -> Settings:
        return settings.replace(scanner_device=str(self.device_combo.currentData() or ""),
                                scanner_resolution=int(self.resolution_combo.currentData()),
                                scanner_mode=str(self.mode_combo.currentData()))  # fmt: skip

    def set_watching(self, on: bool) -> None:
        if self.watch_check.isChecked() != on:
            self.watch_check.setChecked(on)  # comes back here through toggled
            return
        if on and self.settings.watch_folder:
            if self.watcher.status == "off" or self.watcher.folder != os.path.abspath(self.settings.watch_folder):
                self.watcher.start(self.settings.watch_folder)
        else:
            self.watcher.stop()
        self._show_watch_status()

    # ---- texts

    def retranslate(self) -> None:
        self.scanner_box.setTitle(self.tr("Scanner"))
        self.device_label.setText(self.tr("&Device:"))
        self.resolution_label.setText(self.tr("&Resolution:"))
        self.mode_label.setText(self.tr("&Mode:"))
        for i in range(self.mode_combo.count()):
            self.mode_combo.setItemText(i, self.tr(str(MODE_LABELS.get(str(self.mode_combo.itemData(i)), ""))))
        if self.device_combo.count() and self.device_combo.itemData(0) == "":
            self.device_combo.setItemText(0, self.tr("First scanner found"))
        self.refresh_button.setText(self.tr("Find scanners"))
        _tooltip(self.refresh_button, self.tr("Search again for connected scanners"), REFRESH_KEYS)
        self.scan_button.setText(self.tr("Scan"))
        _tooltip(self.scan_button, self.tr("Scan one page"), SCAN_KEYS)
        self.cancel_button.setText(self.tr("Cancel"))
        _tooltip(self.cancel_button, self.tr("Stop the scan"), CANCEL_KEYS)
        self.camera_button.setText(self.tr("Camera…"))
        _tooltip(self.camera_button, self.tr("Take pages with the document camera"), CAMERA_KEYS)
        self.watch_check.setText(self.tr("Watch scan folder"))
        self.watch_check.setToolTip(self.tr("Read new files the scanner saves into the scan folder"))
        name(self.device_combo, self.tr("Scanner device"))
        name(self.resolution_combo, self.tr("Scan resolution"))
        name(self.mode_combo, self.tr("Scan colour mode"))
        name(self.refresh_button, self.tr("Find scanners"))
        name(self.scan_button, self.tr("Scan"))
        name(self.cancel_button, self.tr("Cancel the scan"))
        name(self.camera_button, self.tr("Camera"))
        name(self.watch_check, self.tr("Watch scan folder"))
        name(self.watch_status, self.tr("Scan folder status"))
        self._show_message(*self._message)
        self._show_watch_status()

    def _show_message(self, source: object, arg: str = "") -> None:
        """source: an untranslated text (QT_TRANSLATE_NOOP), kept to re-translate on a language change."""
        self._message = (str(source), arg)
        self.message.setText(self.tr(str(source)).replace("%1", arg) if source else "")

    def _show_watch_status(self) -> None:
        folder = self.settings.watch_folder
        if not folder:
            self.watch_status.setText(self.tr("No scan folder is set."))
            return
        self.watch_status.setText(self.tr(str(WATCH_MESSAGES.get(self.watcher.status, WATCH_MESSAGES["off"])))
                                  .replace("%1", folder))  # fmt: skip

    # ---- scanner

    def busy(self) -> bool:
        return self.scan_worker is not None or self.devices_worker is not None or self.options_worker is not None

    def _fill_devices(self) -> None:
        current = str(self.device_combo.currentData() or self.settings.scanner_device)
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("First scanner found"), "")
        for dev in self.devices or []:
            self.device_combo.addItem(dev.label(), dev.name)
        self.device_combo.blockSignals(False)
        self._select_device(current)

    def _select_device(self, device: str) -> None:
        idx = self.device_combo.findData(device)
        if idx < 0 and device:
            self.device_combo.addItem(device, device)  # configured but not (yet) found
            idx = self.device_combo.count() - 1
        self.device_combo.setCurrentIndex(max(0, idx))

    def refresh_devices(self) -> None:
        if self.devices_worker is not None:
            return
        self._devices_cancel = Cancel()
        self._show_message(QT_TRANSLATE_NOOP("SourcesPanel", "Searching for scanners…"))
        self.refresh_button.setEnabled(False)
        w = Worker(list_devices, cancel=self._devices_cancel, expected=(ScanError,), name="find scanners")
        w.signals.result.connect(self._devices_found)
        w.signals.failed.connect(self._scan_failed)
        w.signals.finished.connect(self._devices_done)
        self.devices_worker = w.start()

    def _devices_found(self, devices: list[ScanDevice]) -> None:
        self.devices = devices
        self._fill_devices()
        if devices:
            self._show_message(QT_TRANSLATE_NOOP("SourcesPanel", "Scanners found: %1"), str(len(devices)))
        else:
            self._show_message(SCAN_MESSAGES["no_device"])

    def _devices_done(self) -> None:
        self.devices_worker = None
        self.refresh_button.setEnabled(True)
        if self.devices:
            self._device_chosen()

    def _device_chosen(self, _index: int = -1) -> None:
        """Ask the device what it supports; resolutions and modes it lacks are disabled."""
        self.choice_changed.emit()
        if self.devices is None or self.options_worker is not None or self.devices_worker is not None:
            return  # options are asked for only after a search, never at start-up
        device = str(self.device_combo.currentData() or "")
        w = Worker(device_options, device, cancel=self._devices_cancel, expected=(ScanError,), name="scanner options")
        w.signals.result.connect(self._apply_options)
        w.signals.finished.connect(self._options_done)
        self.options_worker = w.start()

    def _options_done(self) -> None:
        self.options_worker = None

    def _apply_options(self, options: DeviceOptions) -> None:
        self.options = options
        for combo, ok in ((self.resolution_combo, options.supports_resolution),
                          (self.mode_combo, lambda m: options.device_mode(m) is not None)):  # fmt: skip
            model = combo.model()
            for i in range(combo.count()):
                item = model.item(i)  # type: ignore[attr-defined]
                item.setEnabled(bool(ok(combo.itemData(i))))

    def scan(self) -> None:
        if self.scan_worker is not None:
            return
        request = self.request()
        self._cancel = Cancel()
        self._show_message(QT_TRANSLATE_NOOP("SourcesPanel", "Scanning…"))
        self.scan_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        w = Worker(scan, request, self.capture_dir, timeout=self.scan_timeout or DEFAULT_TIMEOUT, cancel=self._cancel,
                   expected=(ScanError,), name="scan")  # fmt: skip
        w.signals.result.connect(self._scanned)
        w.signals.failed.connect(self._scan_failed)
        w.signals.finished.connect(self._scan_done)
        self.scan_worker = w.start()

    def request(self) -> ScanRequest:
        mode = str(self.mode_combo.currentData())
        if self.options is not None:
            mode = self.options.device_mode(mode) or mode
        return ScanRequest(device=str(self.device_combo.currentData() or ""),
                           resolution=int(self.resolution_combo.currentData()), mode=mode)  # fmt: skip

    def cancel_scan(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _scanned(self, path: str) -> None:
        self._show_message(QT_TRANSLATE_NOOP("SourcesPanel", "Page scanned; reading it."))
        self.files_captured.emit([path])

    def _scan_failed(self, exc: ScanError) -> None:
        log.info("scanner: %s", exc.kind)
        log.debug("scanner: %s", exc.message)
        if exc.kind in SCAN_MESSAGES:
            self._show_message(SCAN_MESSAGES[exc.kind])
        else:
            self._show_message(QT_TRANSLATE_NOOP("SourcesPanel", "The scan failed: %1"), exc.message)

    def _scan_done(self) -> None:
        self.scan_worker = None
        self._cancel = None
        self.scan_button.setEnabled(True)
        self.cancel_button.setVisible(False)

    # ---- camera

    def open_camera(self) -> CameraDialog:
        if self.camera_dialog is not None:
            self.camera_dialog.raise_()
            return self.camera_dialog
        source = self.settings.camera_index if self.camera_source is None else self.camera_source
        dialog = CameraDialog(source, self.capture_dir, self)
        dialog.still_saved.connect(lambda path: self.files_captured.emit([path]))
        dialog.finished.connect(self._camera_closed)
        self.camera_dialog = dialog
        dialog.open()
        return dialog

    def _camera_closed(self, _result: int) -> None:
        if self.camera_dialog is not None:
            self.camera_dialog.deleteLater()
        self.camera_dialog = None

    # ---- shutdown

    def stop(self, keep_files: bool = False) -> None:
        self.cancel_scan()
        if self._devices_cancel is not None:
            self._devices_cancel.cancel()
        if self.camera_dialog is not None:
            self.camera_dialog.reject()
        self.watcher.stop()
        if self._own_dir and not keep_files:
            shutil.rmtree(self.capture_dir, ignore_errors=True)
