"""The one place that finds bundled resources, whether running from a checkout, an installed
package, or a frozen installer build (PyInstaller unpacks into sys._MEIPASS)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    override = os.environ.get("TEKSERU_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
