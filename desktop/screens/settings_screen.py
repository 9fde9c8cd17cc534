"""A form over the desk's Settings: appearance and idle lock, capture devices, the watched folder,
the registry, faces (the calibrated bands shown read-only) and retention, with a purge for
administrators. Apply checks every field against the Settings rules and rejects what is out of
range with a message (nothing is saved then); Cancel goes back to what is in force. Officers set
only their own preferences (language, theme); desk-wide values are for supervisors and administrators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import Desk
from desktop.i18n import LANGUAGE_NAMES
from desktop.screens.base import Screen, message_label, name
from desktop.settings import FACE_ENGINES, SCAN_MODES, SCAN_RESOLUTIONS, THEMES, Settings
from desktop.workers import Worker
from verification.accounts import AccountError, Role, User, can_purge_cases
from verification.cases import CaseError, PurgeResult
from verification.faces import bands


def bands_text(engine: str) -> str:
    """The calibrated match/review edges for an engine, from resources/faces/bands.json."""
    try:
        b = bands.load().for_engine(engine)
    except bands.BandsError as exc:
        return str(exc)
    return f"match ≥ {b.match:.2f} · review ≥ {b.review:.2f} · {b.version}"


class SettingsScreen(Screen):
    apply_requested = Signal(object)  # the validated Settings to save and put in force

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: User | None = None
        self.worker: Worker | None = None
        self.current = Settings()
        self._purge_armed = False
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        outer.addWidget(self.title)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}

        def section(key: str) -> QFormLayout:
            box = QGroupBox()
            box.setObjectName(f"section_{key}")
            self.boxes[key] = box
            layout.addWidget(box)
            return QFormLayout(box)

        def row(form: QFormLayout, key: str, field: QWidget | QHBoxLayout, buddy: QWidget | None = None) -> None:
            label = QLabel()
            target = buddy if buddy is not None else field if isinstance(field, QWidget) else None
            if target is not None:
                label.setBuddy(target)
            self.labels[key] = label
            form.addRow(label, field)

        form = section("appearance")
        self.language = QComboBox()
        for code, label in LANGUAGE_NAMES.items():
            self.language.addItem(label, code)
        self.theme = QComboBox()
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        row(form, "language", self.language)
        row(form, "theme", self.theme)
        row(form, "idle", self.idle)

        form = section("devices")
        self.scanner_device = QLineEdit()
        self.scanner_resolution = QComboBox()
        for dpi in SCAN_RESOLUTIONS:
            self.scanner_resolution.addItem(f"{dpi} dpi", dpi)
        self.scanner_mode = QComboBox()
        self.camera_index = QSpinBox()
        self.camera_index.setRange(0, 16)
        row(form, "scanner_device", self.scanner_device)
        row(form, "scanner_resolution", self.scanner_resolution)
        row(form, "scanner_mode", self.scanner_mode)
        row(form, "camera_index", self.camera_index)

        form = section("folders")
        self.watch_folder = QLineEdit()
        self.browse = QPushButton()
        self.browse.setObjectName("browseWatchFolder")
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.watch_folder, 1)
        folder_row.addWidget(self.browse)
        row(form, "watch_folder", folder_row, self.watch_folder)

        form = section("registry")
        self.registry_url = QLineEdit()
        self.registry_url.setPlaceholderText("https://…")
        self.max_age = QLineEdit()  # typed, so a wrong value can be rejected with a message
        row(form, "registry_url", self.registry_url)
        row(form, "max_age", self.max_age)

        form = section("faces")
        self.face_engine = QComboBox()
        for engine in FACE_ENGINES:
            self.face_engine.addItem(engine, engine)
        self.face_engine.currentIndexChanged.connect(self._show_bands)
        self.bands = QLabel()
        self.bands.setObjectName("faceBands")
        self.bands.setWordWrap(True)
        row(form, "face_engine", self.face_engine)
        row(form, "bands", self.bands)

        form = section("retention")
        self.retention = QLineEdit()
        row(form, "retention", self.retention)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeNow")
        self.purge_button.clicked.connect(self.purge)
        form.addRow(self.purge_button)
        self.purge_message = message_label()
        self.purge_message.setObjectName("purgeMessage")
        form.addRow(self.purge_message)
        layout.addStretch(1)

        for key, widget in (("language", self.language), ("theme", self.theme), ("idle", self.idle),
                            ("scanner_device", self.scanner_device), ("scanner_resolution", self.scanner_resolution),
                            ("scanner_mode", self.scanner_mode), ("camera_index", self.camera_index),
                            ("watch_folder", self.watch_folder), ("registry_url", self.registry_url),
                            ("max_age", self.max_age), ("face_engine", self.face_engine),
                            ("retention", self.retention)):  # fmt: skip
            widget.setObjectName(f"setting_{key}")

        self.message = message_label()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button, self.cancel_button = QPushButton(), QPushButton()
        self.apply_button.setObjectName("applySettings")
        self.cancel_button.setObjectName("cancelSettings")
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        titles = {"appearance": self.tr("Appearance and session"), "devices": self.tr("Capture devices"),
                  "folders": self.tr("Folders"), "registry": self.tr("Registry"), "faces": self.tr("Faces"),
                  "retention": self.tr("Retention")}  # fmt: skip
        for key, text in titles.items():
            self.boxes[key].setTitle(text)
        texts = {"language": self.tr("&Language"), "theme": self.tr("&Theme"),
                 "idle": self.tr("Lock after idle (&minutes, 0 = never)"),
                 "scanner_device": self.tr("Scanner &device (empty = first found)"),
                 "scanner_resolution": self.tr("Scan &resolution"), "scanner_mode": self.tr("Colour m&ode"),
                 "camera_index": self.tr("&Camera number"), "watch_folder": self.tr("&Watched scan folder"),
                 "registry_url": self.tr("Registry package &URL"),
                 "max_age": self.tr("Maximum registry a&ge (days)"), "face_engine": self.tr("Face &engine"),
                 "bands": self.tr("Calibrated bands"), "retention": self.tr("Keep case images (da&ys)")}  # fmt: skip
        for key, text in texts.items():
            self.labels[key].setText(text)
            buddy = self.labels[key].buddy()
            if buddy is not None:
                name(buddy, text.replace("&", ""))
        name(self.bands, self.tr("Calibrated bands"))
        self._fill_combo(self.theme, [(self.tr("Light"), THEMES[0]), (self.tr("Dark"), THEMES[1])])
        self._fill_combo(self.scanner_mode, [(self.tr("Colour"), SCAN_MODES[0]), (self.tr("Grey"), SCAN_MODES[1])])
        name(self.language, self.tr("Language"))
        self.browse.setText(self.tr("&Browse…"))
        name(self.browse, self.tr("Browse for the watched folder"))
        self.purge_button.setText(self.tr("Confirm: delete old images now") if self._purge_armed
                                  else self.tr("&Purge old images now…"))  # fmt: skip
        name(self.purge_button, self.tr("Purge old case images now"))
        name(self.purge_message, self.tr("Purge result"))
        self.apply_button.setText(self.tr("&Apply"))
        name(self.apply_button, self.tr("Apply settings"))
        self.cancel_button.setText(self.tr("Cance&l"))
        name(self.cancel_button, self.tr("Cancel changes"))
        name(self.message, self.tr("Settings message"))

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        data = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(data)))
        combo.blockSignals(False)

    # -- showing ---------------------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """Show the settings in force, and what the signed-in role may change."""
        self.current = settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.idle.setValue(settings.idle_lock_minutes)
        self.scanner_device.setText(settings.scanner_device)
        self.scanner_resolution.setCurrentIndex(max(0, self.scanner_resolution.findData(settings.scanner_resolution)))
        self.scanner_mode.setCurrentIndex(max(0, self.scanner_mode.findData(settings.scanner_mode)))
        self.camera_index.setValue(settings.camera_index)
        self.watch_folder.setText(settings.watch_folder)
        self.registry_url.setText(settings.registry_url)
        self.max_age.setText(f"{settings.registry_max_age_days:g}")
        self.face_engine.setCurrentIndex(max(0, self.face_engine.findData(settings.face_engine)))
        self.retention.setText(str(settings.retention_days))
        self._show_bands()
        desk_wide = self.user is not None and self.user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR)
        for key in ("devices", "folders", "registry", "faces", "retention"):
            self.boxes[key].setEnabled(desk_wide)
        self.idle.setEnabled(desk_wide)
        purge = self.user is not None and can_purge_cases(self.user)
        self.purge_button.setVisible(purge)
        self._disarm()
        self.message.setText("" if desk_wide else self.tr("Desk-wide settings are set by a supervisor or an "
                                                          "administrator."))  # fmt: skip

    def _show_bands(self) -> None:
        self.bands.setText(bands_text(str(self.face_engine.currentData())))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Watched scan folder"), self.watch_folder.text())
        if folder:
            self.watch_folder.setText(folder)

    # -- applying --------------------------------------------------------------------------------

    def edited(self) -> tuple[Settings | None, list[str]]:
        """The form as Settings, or None and what is wrong (in the user's language)."""
        problems: list[str] = []
        max_age = _number(self.max_age.text(), float)
        retention = _number(self.retention.text(), int)
        if max_age is None:
            problems.append(self.tr("Maximum registry age must be a number of days."))
        if retention is None:
            problems.append(self.tr("Image retention must be a whole number of days."))
        folder = self.watch_folder.text().strip()
        candidate = self.current.replace(
            language=str(self.language.currentData()), theme=str(self.theme.currentData()),
            idle_lock_minutes=self.idle.value(), scanner_device=self.scanner_device.text().strip(),
            scanner_resolution=int(self.scanner_resolution.currentData()),
            scanner_mode=str(self.scanner_mode.currentData()), camera_index=self.camera_index.value(),
            watch_folder=folder, registry_url=self.registry_url.text().strip(),
            registry_max_age_days=self.current.registry_max_age_days if max_age is None else max_age,
            face_engine=str(self.face_engine.currentData()),
            retention_days=self.current.retention_days if retention is None else retention,
        )  # fmt: skip
        messages = {
            "registry_max_age_days": self.tr("Maximum registry age must be more than 0 and at most 3650 days."),
            "retention_days": self.tr("Images must be kept from 1 to 3650 days."),
            "registry_url": self.tr("The registry URL must start with https://, http:// or file://."),
            "watch_folder": self.tr("The watched folder must be a full path."),
            "idle_lock_minutes": self.tr("The idle lock must be 0 to 240 minutes."),
            "camera_index": self.tr("The camera number must be 0 to 16."),
        }
        for key in candidate.invalid_fields():
            problems.append(messages.get(key, self.tr("%1 has a value that is not allowed.").replace("%1", key)))
        if folder and Path(folder).is_absolute() and not Path(folder).is_dir():
            problems.append(self.tr("The watched folder does not exist: %1").replace("%1", folder))
        return (None, problems) if problems else (candidate, [])

    def apply(self) -> None:
        settings, problems = self.edited()
        if settings is None:
            self.message.setText(self.tr("Not saved: %1").replace("%1", " ".join(problems)))
            return
        self.apply_requested.emit(settings)  # the window saves it and loads it back into this form
        self.message.setText(self.tr("Settings saved."))

    def cancel(self) -> None:
        self.load(self.current)
        self.message.setText(self.tr("Changes discarded."))

    # -- retention -------------------------------------------------------------------------------

    def _disarm(self) -> None:
        self._purge_armed = False
        self.retranslate()

    def purge(self) -> None:
        """Two clicks: the first says what will go, the second deletes (in a worker)."""
        if self.user is None or self.worker is not None:
            return
        number = _number(self.retention.text(), int)
        days = int(number) if number is not None else 0
        if not 1 <= days <= 3650:
            self.purge_message.setText(self.tr("Images must be kept from 1 to 3650 days."))
            return
        if not self._purge_armed:
            self._purge_armed = True
            self.retranslate()
            self.purge_message.setText(
                self.tr(
                    "Images of cases older than %1 days will be deleted; the case records stay. Click again to confirm."
                ).replace("%1", str(days))
            )
            return
        self._purge_armed = False
        user, desk = self.user, self.desk

        def run() -> PurgeResult:
            with desk.lock:
                return desk.cases.purge_images(user, older_than_days=days)

        self.worker = Worker(run, expected=(CaseError, AccountError), name="purge-images")
        self.worker.signals.result.connect(self._purged)
        self.worker.signals.failed.connect(lambda exc: self.purge_message.setText(str(exc)))
        self.worker.signals.finished.connect(self._purge_done)
        self.purge_button.setEnabled(False)
        self.purge_message.setText(self.tr("Purging…"))
        self.worker.start()

    def _purge_done(self) -> None:
        self.worker = None
        self.purge_button.setEnabled(True)
        self.retranslate()

    def _purged(self, result: PurgeResult) -> None:
        self.purge_message.setText(
            self.tr("Deleted %1 image(s) of %2 case(s); %3 file(s) removed.")
            .replace("%1", str(result.images))
            .replace("%2", str(result.cases))
            .replace("%3", str(result.files_deleted))
        )


def _number(text: str, kind: type[int] | type[float]) -> int | float | None:
    try:
        return kind(text.strip().replace(",", "."))
    except ValueError:
        return None
