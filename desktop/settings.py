"""One typed settings object over QSettings, versioned: `load` upgrades what an older version of
the app wrote (one hook per version step) before reading typed values, and falls back to the
default for anything missing or unreadable, so a damaged value never stops the app."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
LANGUAGES = ("en", "ru", "kk", "zh_CN")
THEMES = ("light", "dark")
SCAN_MODES = ("Color", "Gray")
SCAN_RESOLUTIONS = (150, 200, 300, 400, 600)
FACE_ENGINES = ("sface", "dlib")


@dataclass(frozen=True)
class Settings:
    language: str = "en"
    pseudo_localisation: bool = False
    theme: str = "light"
    idle_lock_minutes: int = 5  # 0: never lock
    registry_max_age_days: float = 30.0
    last_folder: str = ""
    # capture devices: a SANE device name ("" = the first one found), its resolution and colour mode
    scanner_device: str = ""
    scanner_resolution: int = 300
    scanner_mode: str = "Color"
    camera_index: int = 0
    watch_folder: str = ""  # "" = no watched scan folder
    # registry: where packages come from (a URL; USB and files are chosen at import time)
    registry_url: str = ""
    face_engine: str = "sface"
    retention_days: int = 90  # case images are deleted after this many days; the record is kept

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def invalid_fields(self) -> list[str]:
        """Names of the fields whose values are out of range (for a form to reject with a message)."""
        return [key for key, ok in _RULES.items() if not ok(getattr(self, key))]

    def validated(self) -> Settings:
        """Every out-of-range value replaced by its default, so a damaged value never stops the app."""
        d = Settings()
        return self.replace(**{key: getattr(d, key) for key in self.invalid_fields()})


def _url_ok(url: str) -> bool:
    if not url:
        return True
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        return bool(parts.netloc)
    return parts.scheme == "file" and bool(parts.path)


_RULES: dict[str, Callable[[Any], bool]] = {
    "language": lambda v: v in LANGUAGES,
    "theme": lambda v: v in THEMES,
    "idle_lock_minutes": lambda v: 0 <= v <= 240,
    "registry_max_age_days": lambda v: 0 < v <= 3650,
    "scanner_resolution": lambda v: v in SCAN_RESOLUTIONS,
    "scanner_mode": lambda v: v in SCAN_MODES,
    "camera_index": lambda v: 0 <= v <= 16,
    "face_engine": lambda v: v in FACE_ENGINES,
    "retention_days": lambda v: 1 <= v <= 3650,
    "registry_url": _url_ok,
    "watch_folder": lambda v: not v or Path(v).is_absolute(),
}


def _v1_to_v2(qs: QSettings) -> None:
    """Version 1 kept the idle time in seconds under `idle_seconds` and the language as `locale`."""
    if qs.contains("idle_seconds"):
        with contextlib.suppress(ValueError):
            qs.setValue("idle_lock_minutes", max(0, round(int(str(qs.value("idle_seconds"))) / 60)))
        qs.remove("idle_seconds")
    if qs.contains("locale"):
        qs.setValue("language", qs.value("locale"))
        qs.remove("locale")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _v1_to_v2}


def _convert(value: object, kind: type) -> Any:
    if kind is bool:
        if isinstance(value, str):
            if value.lower() in ("true", "1", "yes"):
                return True
            if value.lower() in ("false", "0", "no"):
                return False
            raise ValueError(value)
        return bool(value)
    return kind(value)


class SettingsStore:
    def __init__(self, qsettings: QSettings) -> None:
        self.qs = qsettings

    def upgrade(self) -> int:
        """Run the hooks from the stored version up to SCHEMA_VERSION; returns the version found."""
        raw = self.qs.value("schema_version")
        # Nothing stored yet is the current version; keys without a version were written by version 1.
        unversioned = 1 if self.qs.allKeys() else SCHEMA_VERSION
        found = int(str(raw)) if raw is not None and str(raw).isdigit() else unversioned
        version = found
        while version < SCHEMA_VERSION:
            UPGRADES[version](self.qs)
            version += 1
        self.qs.setValue("schema_version", SCHEMA_VERSION)
        return found

    def load(self) -> Settings:
        self.upgrade()
        values: dict[str, Any] = {}
        kinds = {"str": str, "bool": bool, "int": int, "float": float}
        for f in fields(Settings):
            if not self.qs.contains(f.name):
                continue
            try:
                values[f.name] = _convert(self.qs.value(f.name), kinds[str(f.type)])
            except (TypeError, ValueError):
                log.warning("setting %s unreadable; using the default", f.name)
        return Settings(**values).validated()

    def save(self, settings: Settings) -> None:
        for f in fields(Settings):
            self.qs.setValue(f.name, getattr(settings, f.name))
        self.qs.setValue("schema_version", SCHEMA_VERSION)
        self.qs.sync()
